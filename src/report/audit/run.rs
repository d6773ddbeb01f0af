//! The audit's run over every screen × language × mode × vendor: the screens are shared out to
//! one worker per core (each with its own off-screen context) and each frame is read once for
//! every check; then [`super::pictures`] draws the problems' pictures.

use std::path::Path;

use egui::Rect;

use super::check::{Said, check_all};
use super::profile::Profile;
use super::{Finding, Mode, ScreenResult, highlight, wcag};
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
pub(super) struct Shared<'a> {
    deck: &'a Registry,
    profile: &'a Profile,
    out: Option<&'a Path>,
}

/// How many workers: one per core, at most 4, at most one per `n` items.
pub(super) fn workers(n: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(1, |c| c.get())
        .clamp(1, 4)
        .min(n.max(1))
}

/// Audits every job and returns the results in job order. Each worker takes a block of
/// consecutive jobs (whole languages): a context lays out glyphs once per language and size,
/// and glyph hinting was a third of the checks' time when workers took jobs in turn.
pub(super) fn audit_all(
    jobs: &[Job],
    deck: &Registry,
    profile: &Profile,
    out: Option<&Path>,
) -> anyhow::Result<Vec<ScreenOut>> {
    let sh = Shared { deck, profile, out };
    let n = workers(jobs.len());
    let size = jobs.len().div_ceil(n).max(1);
    let mut done: Vec<ScreenOut> = Vec::with_capacity(jobs.len());
    std::thread::scope(|s| -> anyhow::Result<()> {
        let handles: Vec<_> = jobs
            .chunks(size)
            .map(|block| {
                let sh = &sh;
                s.spawn(move || -> anyhow::Result<Vec<ScreenOut>> {
                    let mut off = Offscreens {
                        panel: Offscreen::new(tokens::window_size()),
                        console: None,
                    };
                    block
                        .iter()
                        .map(|j| audit_screen(sh, &mut off, j))
                        .collect()
                })
            })
            .collect();
        for h in handles {
            match h.join() {
                Ok(r) => done.extend(r?),
                Err(_) => anyhow::bail!("an audit worker panicked"),
            }
        }
        Ok(())
    })?;
    Ok(done)
}

/// A worker's off-screen contexts: the kiosk's window, and one wide enough for the trainer
/// console beside the machine (made at the first home screen, then kept: a fresh context
/// rasterizes every glyph again, and each console's did so for a tenth of the audit's time).
pub(super) struct Offscreens {
    panel: Offscreen,
    console: Option<Offscreen>,
}

/// Reaches one screen from a fresh kiosk, checks its frame and draws the pictures it owes.
pub(super) fn audit_screen(
    sh: &Shared<'_>,
    offs: &mut Offscreens,
    job: &Job,
) -> anyhow::Result<ScreenOut> {
    let off = &mut offs.panel;
    let Job {
        lang,
        mode,
        vendor,
        stop,
        ..
    } = job;
    let (mode, stop) = (*mode, *stop);
    let mut app = reach(sh.deck, off, job)?;
    let t = app.tokens().clone();
    // What a headset user has heard on this screen: the machine's own words (said when the
    // headset went in), then the screen's.
    let said = Said {
        lang: lang.clone(),
        speech: format!("{} ／ {}", app.chrome_words(), app.speech()),
        live_status: app.live_status().to_string(),
    };
    let mut checked = check_all(&off.last, &t, mode, sh.profile, Some(&said));
    // The keypad walks the highlight round the screen; the guide's words for each move are
    // checked against the frame's tree (no new frame: the highlight ring is all that moves).
    let moves = highlight::walk(&mut app);
    checked.checks += highlight::check_moves(&moves, &checked.nodes, &mut checked.fails);
    if mode == Mode::Normal && stop == Stop::Home {
        let wide = offs
            .console
            .get_or_insert_with(|| Offscreen::new(highlight::console_window_size()));
        checked.checks += console(sh, wide, job, &mut checked.fails)?;
    }
    checked.result.failures = checked.fails.len();
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
    for f in checked.fails {
        so.findings.push(Finding {
            lang: lang.clone(),
            mode,
            vendor: vendor.clone(),
            screen: stop.name().to_string(),
            check: f.check,
            detail: f.detail,
            cause: f.cause,
            rect: f.rect.map(|r| [r.min.x, r.min.y, r.width(), r.height()]),
            picture: None,
        });
    }
    so.result = Some(r);
    Ok(so)
}

/// `console_named` on the job's language and vendor: a kiosk with the trainer console docked
/// beside the machine, every control of the window (console, machine parts, panel) checked
/// for a name and a role. Returns the checks made.
fn console(
    sh: &Shared<'_>,
    wide: &mut Offscreen,
    job: &Job,
    fails: &mut Vec<super::Fail>,
) -> anyhow::Result<usize> {
    let mut app = KioskApp::new(UiOptions {
        deck: Some(sh.deck.clone()),
        trainer: true,
        ..tour::options(&job.vendor, &job.lang)
    })?;
    // A window wide enough for the console docked at the machine's right, as on a laptop.
    wide.settle(&mut app);
    let nodes = wide.last.tree();
    Ok(highlight::check_console(&nodes, fails))
}

/// A fresh kiosk brought to the job's screen, drawn on `off` with the keypad highlight on.
pub(super) fn reach(deck: &Registry, off: &mut Offscreen, job: &Job) -> anyhow::Result<KioskApp> {
    let Job {
        lang,
        mode,
        vendor,
        stop,
        ..
    } = job;
    let mut app = KioskApp::new(UiOptions {
        deck: Some(deck.clone()),
        ..tour::options(vendor, lang)
    })?;
    app.set_display(*mode == Mode::LargeText, *mode == Mode::HighContrast);
    tour::reach(&mut app, *stop).map_err(|e| anyhow::anyhow!("{lang} {vendor} {stop:?}: {e}"))?;
    app.show_keypad_highlight();
    off.settle(&mut app);
    Ok(app)
}

/// Draws a 3 px red outline just outside `r`.
pub(super) fn outline(img: &mut Image, r: Rect) {
    let red = tokens::premultiplied([230, 0, 0, 255]);
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

/// The picture as a PNG with zlib's fastest level and the Sub filter: the report's pictures
/// are many, and deflate at the default level was an eighth of the audit's time.
pub(super) fn fast_png(img: &Image) -> anyhow::Result<Vec<u8>> {
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    use image::{ExtendedColorType, ImageEncoder};
    let mut rgba = Vec::with_capacity(img.pixels.len() * 4);
    for c in &img.pixels {
        rgba.extend_from_slice(&c.to_srgba_unmultiplied());
    }
    let (w, h) = (u32::try_from(img.width)?, u32::try_from(img.height)?);
    let mut png = Vec::new();
    PngEncoder::new_with_quality(&mut png, CompressionType::Fast, FilterType::Sub).write_image(
        &rgba,
        w,
        h,
        ExtendedColorType::Rgba8,
    )?;
    Ok(png)
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
        crate::output::write_file(&cvd.join(&name), &fast_png(&seen)?)?;
        let screen = format!("{vendor} {}", stop.name());
        out.push((screen, d.name(), format!("screens/colour_vision/{name}")));
    }
    Ok(out)
}
