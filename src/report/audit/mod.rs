//! The accessibility audit (`kofu audit`): every screen of the tour × every language × normal,
//! large text and high contrast, on both vendors, measured on what the window actually paints
//! and exposes (the paint list and the AccessKit tree of an off-screen frame).
//!
//! The checks, each named by its success criteria in [`criteria::RULES`] (a failure of any
//! makes `kofu audit` exit 1), measured against the thresholds of an audit [`profile`]:
//! - `contrast`, `target_size`, `named`, `clipped`, `below_fold`, `overlap`, `focus_order`,
//!   `large_text`, `text_height`: the texts and controls ([`frame`]).
//! - `non_text_contrast`, `focus_indicator`, `colour_vision`: what is not text ([`wcag`];
//!   every frame is drawn with the keypad highlight on, so the ring is measured everywhere).
//! - `line_height`, `word_break`, `tiles_aligned`: how text and tiles are set ([`layout`]).
//! - `spoken`, `stale_status`, `first_page`: what the speech guide says and the status line
//!   shows against what is painted ([`reading`]).
//!
//! Failures are grouped by cause (one row per problem, with the screens it occurs on) and
//! written as `audit.html`, `audit.json`, `audit.csv` and SARIF 2.1.0 `audit.sarif`
//! ([`report`]).

use std::path::PathBuf;

use serde::Serialize;

use crate::report::tour::Stop;
use crate::report::walkthrough::esc;

mod check;
pub mod criteria;
mod frame;
pub mod highlight;
mod layout;
mod order;
mod page;
mod pictures;
pub mod profile;
mod reading;
pub mod report;
mod run;
pub mod wcag;

pub use check::{Checked, Fail, Said, check_all, hex};
pub use frame::check_frame;
pub use profile::Profile;
pub use report::{Group, Place};

/// Version of `audit.json`'s layout: 2 added `version`, `profile`, `rules`, `groups` and each
/// finding's `cause`, `rect` and `picture`.
pub const JSON_VERSION: u32 = 2;

/// Declared panel: a 13.3-inch 4:3 touch panel, 270 × 202.5 mm for 1024 × 768 logical px,
/// read at 50 cm; 44 px ≈ 11.6 mm.
pub const MM_PER_PX: f64 = 270.0 / 1024.0;
/// Declared viewing distance.
pub const VIEWING_DISTANCE_MM: f64 = 500.0;
/// Capital H as a share of the font size.
pub const CAP_HEIGHT_EM: f64 = 0.73;

/// Display modes audited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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

/// One failed check on one screen.
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
    /// The problem without what differs from screen to screen (the report's group).
    pub cause: String,
    /// The failing element, `[x, y, w, h]` in logical px, when it has one.
    pub rect: Option<[f32; 4]>,
    /// The picture with the element outlined, when this screen drew its group's picture.
    pub picture: Option<String>,
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
    /// A picture of the screen, when it drew one for a problem it was the first to show
    /// (relative to the report folder).
    pub png: Option<String>,
}

/// The audit's result (`audit.json`).
#[derive(Debug, Clone, Serialize)]
pub struct Audit {
    /// Layout version of this file ([`JSON_VERSION`]).
    pub version: u32,
    /// mm per logical px of the declared panel.
    pub mm_per_px: f64,
    /// Declared viewing distance, mm.
    pub viewing_distance_mm: f64,
    /// The thresholds used.
    pub profile: Profile,
    /// Every check with its success criteria.
    pub rules: Vec<criteria::Rule>,
    /// Screens audited.
    pub screens: Vec<ScreenResult>,
    /// Individual checks made.
    pub checks: usize,
    /// Every failure.
    pub findings: Vec<Finding>,
    /// The failures grouped by check and cause: one per problem.
    pub groups: Vec<Group>,
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
    /// Where to write audit.html, audit.json, audit.csv and audit.sarif.
    pub out: Option<PathBuf>,
    /// Thresholds (the bundled WCAG 2.2 AA profile when none).
    pub profile: Option<Profile>,
}

/// Runs the audit and, with `out`, writes its four files.
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
    let profile = o.profile.clone().unwrap_or_else(Profile::wcag22_aa);
    // The deck is read once; every screen starts from a fresh kiosk holding a copy.
    let deck = crate::kiosk::load_personas()?;
    let mut jobs = Vec::new();
    for lang in &langs {
        for &mode in &modes {
            for vendor in &vendors {
                for stop in Stop::ALL.into_iter().filter(|s| s.on(vendor)) {
                    jobs.push(run::Job {
                        lang: lang.clone(),
                        mode,
                        vendor: vendor.clone(),
                        stop,
                        first_lang: lang == &langs[0],
                    });
                }
            }
        }
    }
    if let Some(dir) = &o.out {
        std::fs::create_dir_all(dir)?;
    }
    let outs = run::audit_all(&jobs, &deck, &profile, o.out.as_deref())?;
    let mut audit = Audit {
        version: JSON_VERSION,
        mm_per_px: profile.mm_per_px(),
        viewing_distance_mm: profile.viewing_distance_mm,
        profile,
        rules: criteria::RULES.to_vec(),
        screens: Vec::with_capacity(outs.len()),
        checks: 0,
        findings: Vec::new(),
        groups: Vec::new(),
        colour_vision: Vec::new(),
        passed: true,
    };
    for so in outs {
        audit.checks += so.checks;
        audit.findings.extend(so.findings);
        audit.colour_vision.extend(so.colour_vision);
        audit.screens.extend(so.result);
    }
    audit.groups = report::groups(&audit.findings);
    audit.passed = audit.findings.is_empty();
    if let Some(dir) = &o.out {
        pictures::draw(&mut audit, &jobs, &deck, dir)?;
        report::write_all(&audit, dir)?;
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
