//! The audit's run over every screen × language × mode × vendor: the screens are shared out to
//! one worker per core (each with its own off-screen context), each frame is read once for every
//! check, and a picture is drawn only for the first screen of each problem, its element
//! outlined in red.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use egui::{Color32, Rect};

use super::check::{Said, check_all};
use super::profile::Profile;
use super::{Finding, Mode, ScreenResult, wcag};
use crate::domain::registry::Registry;
use crate::report::offscreen::{Image, Offscreen};
use crate::report::tour::{self, Stop};
use crate::window::tokens::{self, Tokens};
use crate::window::{KioskApp, UiOptions};

/// One screen to audit: where in the loops over languages, modes, vendors and stops.
#[derive(Debug, Clone)]
pub(super) struct Job {
    pub lang: String,
    pub mode: Mode,
    pub vendor: String,
    pub stop: Stop,
    /// The first language audited (it alone gets colour-vision pictures).
    pub first_lang: bool,
}

/// What one screen gave.
#[derive(Debug, Default)]
pub(super) struct ScreenOut {
    pub result: Option<ScreenResult>,
    pub findings: Vec<Finding>,
    pub checks: usize,
    pub colour_vision: Vec<(String, &'static str, String)>,
}

/// What every worker shares.
struct Shared<'a> {
    jobs: &'a [Job],
    next: AtomicUsize,
    /// Problems (check, cause) that already have a picture.
    pictured: Mutex<HashSet<(&'static str, String)>>,
    deck: &'a Registry,
    profile: &'a Profile,
    out: Option<&'a Path>,
}

/// Audits every job, on as many workers as the machine has cores (at most 4), and returns
/// their results in job order.
pub(super) fn audit_all(
    jobs: &[Job],
    deck: &Registry,
    profile: &Profile,
    out: Option<&Path>,
) -> anyhow::Result<Vec<ScreenOut>> {
    let shared = Shared {
        jobs,
        next: AtomicUsize::new(0),
        pictured: Mutex::new(HashSet::new()),
        deck,
        profile,
        out,
    };
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4)
        .min(jobs.len().max(1));
    let mut done: Vec<(usize, ScreenOut)> = Vec::with_capacity(jobs.len());
    std::thread::scope(|s| -> anyhow::Result<()> {
        let handles: Vec<_> = (0..workers).map(|_| s.spawn(|| worker(&shared))).collect();
        for h in handles {
            match h.join() {
                Ok(r) => done.extend(r?),
                Err(_) => anyhow::bail!("an audit worker panicked"),
            }
        }
        Ok(())
    })?;
    done.sort_by_key(|(i, _)| *i);
    Ok(done.into_iter().map(|(_, o)| o).collect())
}

/// Takes jobs until none is left.
fn worker(sh: &Shared<'_>) -> anyhow::Result<Vec<(usize, ScreenOut)>> {
    let mut off = Offscreen::new(tokens::window_size());
    let mut out = Vec::new();
    loop {
        let i = sh.next.fetch_add(1, Ordering::Relaxed);
        let Some(job) = sh.jobs.get(i) else {
            return Ok(out);
        };
        out.push((i, audit_screen(sh, &mut off, job)?));
    }
}

/// Reaches one screen from a fresh kiosk, checks its frame and draws the pictures it owes.
fn audit_screen(sh: &Shared<'_>, off: &mut Offscreen, job: &Job) -> anyhow::Result<ScreenOut> {
    let Job {
        lang,
        mode,
        vendor,
        stop,
        ..
    } = job;
    let (mode, stop) = (*mode, *stop);
    let mut app = KioskApp::new(UiOptions {
        deck: Some(sh.deck.clone()),
        ..tour::options(vendor, lang)
    })?;
    app.set_display(mode == Mode::LargeText, mode == Mode::HighContrast);
    tour::reach(&mut app, stop).map_err(|e| anyhow::anyhow!("{lang} {vendor} {stop:?}: {e}"))?;
    app.show_keypad_highlight();
    off.settle(&mut app);
    let t = app.tokens().clone();
    let said = Said {
        lang: lang.clone(),
        speech: app.speech().to_string(),
        live_status: app.live_status().to_string(),
    };
    let checked = check_all(&off.last, &t, mode, sh.profile, Some(&said));
    let mut so = ScreenOut {
        checks: checked.checks,
        ..ScreenOut::default()
    };
    let mut r = checked.result;
    r.lang = lang.clone();
    r.vendor = vendor.clone();
    r.screen = stop.name().to_string();
    if let Some(dir) = sh.out
        && mode == Mode::Normal
        && job.first_lang
        && matches!(
            stop,
            Stop::HomeLanguages | Stop::Certificate | Stop::Refusal
        )
    {
        so.colour_vision = colour_vision(off, &t, dir, vendor, stop)?;
    }
    let mut img: Option<Image> = None;
    for f in checked.fails {
        let picture = match sh.out {
            Some(dir) if claim(sh, f.check, &f.cause) => {
                let base = img.get_or_insert_with(|| off.render_with(|_| {}, t.c.machine_bg));
                let name = format!(
                    "{lang}-{}-{vendor}-{}-{}.png",
                    mode.name(),
                    stop.name(),
                    f.check
                );
                let mut pic = base.clone();
                if let Some(rect) = f.rect {
                    outline(&mut pic, rect);
                }
                let shots = dir.join("screens");
                std::fs::create_dir_all(&shots)?;
                crate::output::write_file(&shots.join(&name), &pic.to_png()?)?;
                r.png.get_or_insert_with(|| format!("screens/{name}"));
                Some(format!("screens/{name}"))
            }
            _ => None,
        };
        so.findings.push(Finding {
            lang: lang.clone(),
            mode,
            vendor: vendor.clone(),
            screen: stop.name().to_string(),
            check: f.check,
            detail: f.detail,
            cause: f.cause,
            rect: f.rect.map(|r| [r.min.x, r.min.y, r.width(), r.height()]),
            picture,
        });
    }
    so.result = Some(r);
    Ok(so)
}

/// True for the first screen to show the problem `(check, cause)`: it draws its picture.
fn claim(sh: &Shared<'_>, check: &'static str, cause: &str) -> bool {
    sh.pictured
        .lock()
        .map(|mut set| set.insert((check, cause.to_string())))
        .unwrap_or(false)
}

/// Draws a 3 px red outline just outside `r`.
fn outline(img: &mut Image, r: Rect) {
    let red = Color32::from_rgb(230, 0, 0);
    let r = r.expand(3.0);
    let (w, h) = (img.width as i64, img.height as i64);
    let clampx = |v: f32| (v.round() as i64).clamp(0, w - 1);
    let clampy = |v: f32| (v.round() as i64).clamp(0, h - 1);
    let (x0, x1, y0, y1) = (
        clampx(r.left()),
        clampx(r.right()),
        clampy(r.top()),
        clampy(r.bottom()),
    );
    let mut set = |x: i64, y: i64| {
        if (0..w).contains(&x) && (0..h).contains(&y) {
            img.pixels[(y * w + x) as usize] = red;
        }
    };
    for k in 0..3 {
        for x in x0..=x1 {
            set(x, y0 + k);
            set(x, y1 - k);
        }
        for y in y0..=y1 {
            set(x0 + k, y);
            set(x1 - k, y);
        }
    }
}

/// Writes the screen just drawn as viewers with each colour-vision deficiency see it.
fn colour_vision(
    off: &Offscreen,
    t: &Tokens,
    dir: &Path,
    vendor: &str,
    stop: Stop,
) -> anyhow::Result<Vec<(String, &'static str, String)>> {
    let img = off.render_with(|_| {}, t.c.machine_bg);
    let cvd = dir.join("screens").join("colour_vision");
    std::fs::create_dir_all(&cvd)?;
    let mut out = Vec::new();
    for d in wcag::Deficiency::ALL {
        let name = format!("{vendor}-{}-{}.png", stop.name(), d.name());
        let seen = wcag::simulate_image(&img, d);
        crate::output::write_file(&cvd.join(&name), &seen.to_png()?)?;
        let screen = format!("{vendor} {}", stop.name());
        out.push((screen, d.name(), format!("screens/colour_vision/{name}")));
    }
    Ok(out)
}
