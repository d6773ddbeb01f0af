//! The handbook's pictures: each refusal screen as the kiosk draws it, made by playing the
//! first bundled scenario that ends in that refusal on the off-screen window (the renderer
//! `kofu walkthrough` uses), in the handbook's municipality and language. A reason no bundled
//! scenario reaches in that municipality gets no picture (the handbook says so), never a
//! picture of something else.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::domain::reason::Reason;
use crate::domain::refusal::Refusal;
use crate::handout::Picture;
use crate::report::offscreen::{Image, Offscreen};
use crate::scenario::Scenario;
use crate::window::{KioskApp, UiOptions, replay, tokens};

use super::walk::{Walk, walk_on};

/// A refusal screen and the scenario that showed it.
#[derive(Debug, Clone)]
pub struct RefusalPicture {
    /// The scenario's file name without `.toml` (the appendix names it).
    pub scenario: String,
    /// The refusal as that scenario played it (its facts fill the handbook's sentences).
    pub refusal: Refusal,
    /// The panel (the touch screen), shrunk for print.
    pub picture: Picture,
}

/// Printed width of a screen picture, in points (a third of the A4 text width is too small to
/// read; half is the size of a photo in a handout).
const SHOWN_WIDTH: f32 = 250.0;

/// For every reason a bundled scenario in `scenarios` refuses with, the refusal screen as it
/// looks in `municipality` (an id or a profile file) and `lang`. Scenarios that fail to load
/// or play, or end otherwise in this municipality, are skipped.
pub fn refusal_pictures(
    scenarios: &Path,
    municipality: &str,
    lang: &str,
) -> BTreeMap<Reason, RefusalPicture> {
    all_pictures(scenarios, municipality, lang, &[]).0
}

/// What one worker shoots: the scenarios that end in one reason (the first that plays to it
/// in this municipality is pictured), or one vendor's normal visit.
enum Job {
    Refusal(Reason, Vec<Scenario>),
    Walk(String),
}

/// What a job gave.
enum Shot {
    Refusal(Reason, RefusalPicture),
    Walk(Walk),
}

/// The refusal screens and the walks of `vendors` (ids), shot by one worker per core, each
/// with its own off-screen window reused from scenario to scenario (its faces and glyphs are
/// made once): pictures are nearly all of a handbook's time.
pub(super) fn all_pictures(
    scenarios: &Path,
    municipality: &str,
    lang: &str,
    vendors: &[&str],
) -> (BTreeMap<Reason, RefusalPicture>, Vec<Walk>) {
    // The walks first: they are the longest jobs.
    let mut jobs: Vec<Job> = vendors
        .iter()
        .map(|v| Job::Walk((*v).to_string()))
        .collect();
    jobs.extend(
        refusal_candidates(scenarios, lang)
            .into_iter()
            .map(|(r, v)| Job::Refusal(r, v)),
    );
    let next = AtomicUsize::new(0);
    let done = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                let mut off = Offscreen::new(tokens::window_size());
                while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let shot = match job {
                        Job::Walk(v) => {
                            walk_on(&mut off, scenarios, municipality, lang, v).map(Shot::Walk)
                        }
                        Job::Refusal(reason, candidates) => candidates
                            .iter()
                            .find_map(|sc| shoot(&mut off, sc, municipality, lang, *reason))
                            .map(|p| Shot::Refusal(*reason, p)),
                    };
                    if let (Some(shot), Ok(mut d)) = (shot, done.lock()) {
                        d.push(shot);
                    }
                }
            });
        }
    });
    let mut shots = BTreeMap::new();
    let mut walks = Vec::new();
    for shot in done.into_inner().unwrap_or_default() {
        match shot {
            Shot::Refusal(r, p) => {
                shots.insert(r, p);
            }
            Shot::Walk(w) => walks.push(w),
        }
    }
    walks.sort_by_key(|w| vendors.iter().position(|v| *v == w.vendor));
    (shots, walks)
}

/// The bundled scenarios by the reason they expect, each reason's in file order.
fn refusal_candidates(scenarios: &Path, lang: &str) -> BTreeMap<Reason, Vec<Scenario>> {
    let mut paths: Vec<_> = std::fs::read_dir(scenarios)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    let mut out: BTreeMap<Reason, Vec<Scenario>> = BTreeMap::new();
    for path in paths {
        let Ok(mut sc) = crate::scenario::load(&path) else {
            continue;
        };
        sc.set_language(lang);
        if let Some(expected) = expected_reason(&sc) {
            out.entry(expected).or_default().push(sc);
        }
    }
    out
}

/// The reason the scenario's `[expect]` names.
fn expected_reason(sc: &Scenario) -> Option<Reason> {
    let code = sc
        .expect
        .iter()
        .find(|(k, _, _)| k == "reason")
        .and_then(|(_, v, _)| v.as_str())?;
    Reason::ALL.into_iter().find(|r| r.code() == code)
}

fn shoot(
    off: &mut Offscreen,
    sc: &Scenario,
    municipality: &str,
    lang: &str,
    want: Reason,
) -> Option<RefusalPicture> {
    let mut app = KioskApp::new(ui_options(sc, municipality, lang)?).ok()?;
    replay::play(&mut app, sc, |_, _| Ok(())).ok()?;
    let refusal = app
        .session()
        .refusal()
        .filter(|r| r.reason == want)?
        .clone();
    Some(RefusalPicture {
        scenario: scenario_id(sc),
        refusal,
        picture: snap(off, &mut app),
    })
}

/// The scenario's file name without `.toml` (what the appendix names it by: a title is
/// English).
fn scenario_id(sc: &Scenario) -> String {
    sc.source
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The panel as the window shows it now, for print (only the panel is painted: the machine
/// around it is cut away anyway).
pub(super) fn snap(off: &mut Offscreen, app: &mut KioskApp) -> Picture {
    off.settle(app);
    let bg = app.machine_tokens().c.machine_bg;
    let m = tokens::MARGIN;
    let area = egui::Rect::from_min_size(egui::pos2(m, m), tokens::PANEL_SIZE);
    let img = off.render_with(
        |shapes| {
            shapes.retain(|s| s.clip_rect.intersects(area));
            for s in shapes.iter_mut() {
                s.clip_rect = s.clip_rect.intersect(area);
            }
        },
        bg,
    );
    panel(&img)
}

/// The off-screen window for `sc` in `municipality` and `lang`, paused and quiet.
pub(super) fn ui_options(sc: &Scenario, municipality: &str, lang: &str) -> Option<UiOptions> {
    let kiosk = crate::scenario::run::kiosk_for(
        sc,
        &crate::scenario::run::RunOptions {
            municipality: Some(municipality.to_string()),
            ..Default::default()
        },
    )
    .ok()?;
    Some(UiOptions {
        municipality: municipality.to_string(),
        vendor: sc.vendor.clone(),
        at: sc.at,
        deck: Some(kiosk.registry),
        lang: lang.to_string(),
        print_seconds_per_copy: 1.0e6,
        open_files: false,
        pdf: false,
        memory_store: true,
        clock_paused: true,
        keep_finished: true,
        speech_audio: false,
        ..UiOptions::default()
    })
}

/// The touch panel cut out of the window picture, halved as the walkthrough's thumbnails are
/// ([`Image::shrink`]), as RGB (the machine is drawn opaque).
fn panel(img: &Image) -> Picture {
    let m = tokens::MARGIN as usize;
    let half = img
        .crop(
            m,
            m,
            tokens::PANEL_SIZE.x as usize,
            tokens::PANEL_SIZE.y as usize,
        )
        .shrink(2);
    Picture {
        width: u32::try_from(half.width).unwrap_or(0),
        height: u32::try_from(half.height).unwrap_or(0),
        rgb: half
            .pixels
            .iter()
            .flat_map(|c| [c.r(), c.g(), c.b()])
            .collect(),
        shown_width: SHOWN_WIDTH,
        indent: 0.0,
    }
}
