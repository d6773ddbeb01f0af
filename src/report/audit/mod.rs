//! The accessibility audit (`kofu audit`): every screen of the tour × every language × normal,
//! large text and high contrast, on both vendors, measured on what the window actually paints
//! and exposes (the paint list and the AccessKit tree of an off-screen frame).
//!
//! Checks (a failure of any makes `kofu audit` exit 1):
//! - `contrast`: every visible text against the fills painted under it, composited in paint
//!   order: ≥ 4.5:1, or ≥ 3:1 for large text (≥ 24 px, WCAG's 18 pt). Text of disabled
//!   controls is exempt (WCAG 1.4.3).
//! - `target_size`: every control on the panel and the machine's parts is at least 44 logical px
//!   in both directions; reported in mm at the declared panel size ([`MM_PER_PX`]).
//! - `named`: every interactive node has an accessible name and a role.
//! - `clipped`: no text cut by its clip rectangle, elided, or running out of its control.
//! - `below_fold`: no text of the screen's body below its fold: a screen that does not fit
//!   is paged (Next / Previous page, reachable by the keypad), never scrolled.
//! - `overlap`: no two texts painted over each other.
//! - `focus_order`: controls come in reading order — by region (panel, the machine's two
//!   columns), then top to bottom, then left to right within a row.
//! - `large_text`: in large-text mode, panel text other than small print has a capital H of
//!   at least 6 mm (H ≈ 0.73 em).
//! - `non_text_contrast`, `focus_indicator`, `colour_vision`: see [`wcag`] (every frame is
//!   drawn with the keypad highlight on, so the focus ring is measured on every screen).

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::domain::registry::Registry;
use crate::report::offscreen::Offscreen;
use crate::report::tour::{self, Stop};
use crate::report::walkthrough::esc;
use crate::window::tokens::{self, Tokens};
use crate::window::{KioskApp, UiOptions};

mod frame;
mod page;
pub mod wcag;

pub use frame::check_frame;
use page::html;

/// Declared panel: a 13.3-inch 4:3 touch panel, 270 × 202.5 mm for 1024 × 768 logical px,
/// read at 50 cm; 44 px ≈ 11.6 mm.
pub const MM_PER_PX: f64 = 270.0 / 1024.0;
/// Declared viewing distance.
pub const VIEWING_DISTANCE_MM: f64 = 500.0;
/// Capital H as a share of the font size.
pub const CAP_HEIGHT_EM: f64 = 0.73;

/// Display modes audited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Standard theme, standard text.
    Normal,
    /// Large text.
    LargeText,
    /// High-contrast theme.
    HighContrast,
}

impl Mode {
    /// All modes.
    pub const ALL: [Mode; 3] = [Mode::Normal, Mode::LargeText, Mode::HighContrast];
    /// Name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::LargeText => "large_text",
            Mode::HighContrast => "high_contrast",
        }
    }
}

/// One failed check.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Language code.
    pub lang: String,
    /// Display mode.
    pub mode: Mode,
    /// Vendor id.
    pub vendor: String,
    /// Tour stop (screen).
    pub screen: String,
    /// Check name.
    pub check: &'static str,
    /// What and where.
    pub detail: String,
}

/// Figures of one screen.
#[derive(Debug, Clone, Serialize)]
pub struct ScreenResult {
    /// Language code.
    pub lang: String,
    /// Display mode.
    pub mode: Mode,
    /// Vendor id.
    pub vendor: String,
    /// Tour stop.
    pub screen: String,
    /// Texts measured.
    pub texts: usize,
    /// Controls measured.
    pub controls: usize,
    /// Lowest text contrast found.
    pub min_contrast: f64,
    /// Smallest control side, mm.
    pub min_target_mm: f64,
    /// Texts below the fold of a scrolling body (reachable by scrolling).
    pub scrolled_out: usize,
    /// Failed checks.
    pub failures: usize,
    /// Picture of the screen when it has failures (relative to the report folder).
    pub png: Option<String>,
}

/// The audit's result (`audit.json`).
#[derive(Debug, Clone, Serialize)]
pub struct Audit {
    /// mm per logical px of the declared panel.
    pub mm_per_px: f64,
    /// Declared viewing distance, mm.
    pub viewing_distance_mm: f64,
    /// Screens audited.
    pub screens: Vec<ScreenResult>,
    /// Individual checks made.
    pub checks: usize,
    /// Every failure.
    pub findings: Vec<Finding>,
    /// Pictures of screens as viewers with a colour-vision deficiency see them (relative to
    /// the report folder): screen name, deficiency, file.
    pub colour_vision: Vec<(String, &'static str, String)>,
    /// True when nothing failed.
    pub passed: bool,
}

/// What to audit.
#[derive(Debug, Clone, Default)]
pub struct AuditOptions {
    /// Languages (all bundled when empty).
    pub langs: Vec<String>,
    /// Modes (all when empty).
    pub modes: Vec<Mode>,
    /// Vendors (fujifilm and sharp when empty).
    pub vendors: Vec<String>,
    /// Where to write audit.html and audit.json.
    pub out: Option<PathBuf>,
}

/// Runs the audit.
pub fn run(o: &AuditOptions) -> anyhow::Result<Audit> {
    let langs = languages(o);
    let modes: Vec<Mode> = if o.modes.is_empty() {
        Mode::ALL.to_vec()
    } else {
        o.modes.clone()
    };
    let vendors: Vec<String> = if o.vendors.is_empty() {
        vec!["fujifilm".into(), "sharp".into()]
    } else {
        o.vendors.clone()
    };
    let mut off = Offscreen::new(tokens::window_size());
    // The deck is read once; every screen starts from a fresh kiosk holding a copy.
    let deck = crate::kiosk::load_personas()?;
    let mut audit = Audit {
        mm_per_px: MM_PER_PX,
        viewing_distance_mm: VIEWING_DISTANCE_MM,
        screens: Vec::new(),
        checks: 0,
        findings: Vec::new(),
        colour_vision: Vec::new(),
        passed: true,
    };
    for lang in &langs {
        for &mode in &modes {
            for vendor in &vendors {
                for stop in Stop::ALL.into_iter().filter(|s| s.on(vendor)) {
                    let visit = Visit {
                        lang,
                        mode,
                        vendor,
                        stop,
                        first_lang: lang == &langs[0],
                    };
                    audit_screen(&mut audit, &mut off, &deck, &visit, o.out.as_deref())?;
                }
            }
        }
    }
    audit.passed = audit.findings.is_empty();
    if let Some(dir) = &o.out {
        std::fs::create_dir_all(dir)?;
        let json = serde_json::to_string_pretty(&audit)?;
        crate::output::write_file(&dir.join("audit.json"), json.as_bytes())?;
        crate::output::write_file(&dir.join("audit.html"), html(&audit).as_bytes())?;
    }
    Ok(audit)
}

/// The languages asked for, or every bundled one: the first is the one whose screens the
/// colour-vision pictures show.
fn languages(o: &AuditOptions) -> Vec<String> {
    if o.langs.is_empty() {
        crate::i18n::I18n::new()
            .languages()
            .iter()
            .map(|(c, _)| c.to_string())
            .collect()
    } else {
        o.langs.clone()
    }
}

/// One screen of the audit: where in the loops over languages, modes, vendors and stops.
struct Visit<'a> {
    lang: &'a String,
    mode: Mode,
    vendor: &'a String,
    stop: Stop,
    /// The first language audited (it alone gets colour-vision pictures).
    first_lang: bool,
}

/// Reaches one screen from a fresh kiosk, checks its frame (both check families) and adds
/// its figures, failures and pictures to the audit.
fn audit_screen(
    audit: &mut Audit,
    off: &mut Offscreen,
    deck: &Registry,
    v: &Visit<'_>,
    out: Option<&Path>,
) -> anyhow::Result<()> {
    let Visit {
        lang,
        mode,
        vendor,
        stop,
        ..
    } = *v;
    let mut app = KioskApp::new(UiOptions {
        deck: Some(deck.clone()),
        ..tour::options(vendor, lang)
    })?;
    app.set_display(mode == Mode::LargeText, mode == Mode::HighContrast);
    tour::reach(&mut app, stop).map_err(|e| anyhow::anyhow!("{lang} {vendor} {stop:?}: {e}"))?;
    app.show_keypad_highlight();
    off.settle(&mut app);
    let t = app.tokens().clone();
    let (mut r, mut fails, mut checks) = check_frame(&off.last, &t, mode);
    let (more, more_fails) = wcag::check_frame(&off.last, &t);
    checks += more;
    r.failures += more_fails.len();
    fails.extend(more_fails);
    if let Some(dir) = out
        && mode == Mode::Normal
        && v.first_lang
        && matches!(
            stop,
            Stop::HomeLanguages | Stop::Certificate | Stop::Refusal
        )
    {
        write_colour_vision(audit, off, &t, dir, vendor, stop)?;
    }
    r.lang = lang.clone();
    r.vendor = vendor.clone();
    r.screen = stop.name().to_string();
    audit.checks += checks;
    if !fails.is_empty()
        && let Some(dir) = out
    {
        let name = format!("{lang}-{}-{vendor}-{}.png", mode.name(), stop.name());
        let shots = dir.join("screens");
        std::fs::create_dir_all(&shots)?;
        let img = off.render_with(|_| {}, t.c.machine_bg);
        crate::output::write_file(&shots.join(&name), &img.to_png()?)?;
        r.png = Some(format!("screens/{name}"));
    }
    for (check, detail) in fails {
        audit.findings.push(Finding {
            lang: lang.clone(),
            mode,
            vendor: vendor.clone(),
            screen: stop.name().to_string(),
            check,
            detail,
        });
    }
    audit.screens.push(r);
    Ok(())
}

/// Writes the screen just drawn as viewers with each colour-vision deficiency see it, and
/// lists the pictures in the audit.
fn write_colour_vision(
    audit: &mut Audit,
    off: &mut Offscreen,
    t: &Tokens,
    dir: &Path,
    vendor: &str,
    stop: Stop,
) -> anyhow::Result<()> {
    let img = off.render_with(|_| {}, t.c.machine_bg);
    let cvd = dir.join("screens").join("colour_vision");
    std::fs::create_dir_all(&cvd)?;
    for d in wcag::Deficiency::ALL {
        let name = format!("{vendor}-{}-{}.png", stop.name(), d.name());
        let seen = wcag::simulate_image(&img, d);
        crate::output::write_file(&cvd.join(&name), &seen.to_png()?)?;
        let screen = format!("{vendor} {}", stop.name());
        let file = format!("screens/colour_vision/{name}");
        audit.colour_vision.push((screen, d.name(), file));
    }
    Ok(())
}
