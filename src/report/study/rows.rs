//! The rows of the study's outputs: `study.json` is a [`Study`], `sessions.csv` its
//! [`SessionRow`]s. Field names are DESIGN.md's ("Study"); fields beyond them are documented
//! here and in the README.

use std::collections::BTreeMap;

use serde::Serialize;

use super::stats::Spread;

/// One machine variant: what a person met (maker, municipality, language, display mode).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Variant {
    /// Vendor profile id (or file).
    pub vendor: String,
    /// Municipality profile id.
    pub municipality: String,
    /// Screen language.
    pub lang: String,
    /// Display mode (`normal`, `large_text`, …).
    pub display: String,
    /// Sessions recorded.
    pub sessions: usize,
    /// Sessions that did the task ([`crate::research::timeline::OutcomeSummary::completed`]).
    pub completed: usize,
    /// completed ÷ sessions.
    pub completion_rate: f64,
    /// Time on task, seconds.
    pub time_on_task_s: Spread,
    /// Each session's time on task, seconds, in file order (the chart's dots).
    pub times_s: Vec<f64>,
    /// Taps on the panel.
    pub taps: usize,
    /// Taps that missed.
    pub misses: usize,
    /// misses ÷ taps; `null` with no tap.
    pub misclick_rate: Option<f64>,
    /// Errors a person could have avoided (`outcome.errors`), summed.
    pub errors: usize,
    /// Mean SUS score of the sessions that answered it.
    pub sus: Option<f64>,
    /// Mean SEQ of the sessions that answered it.
    pub seq: Option<f64>,
}

/// One screen of one vendor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScreenRow {
    /// Vendor.
    pub vendor: String,
    /// `Screen::name` (or `warning`).
    pub screen: String,
    /// Times the screen was shown.
    pub visits: usize,
    /// Median time on show per visit, seconds; `null` if never shown.
    pub median_s: Option<f64>,
    /// Taps on it.
    pub taps: usize,
    /// Taps on it that missed.
    pub misses: usize,
    /// Inputs on it that went back.
    pub back: usize,
    /// Inputs on it that cancelled.
    pub cancel: usize,
}

/// How many sessions of a vendor got as far as a screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunnelRow {
    /// Vendor.
    pub vendor: String,
    /// Screen, in flow order.
    pub screen: String,
    /// Sessions that showed it at least once.
    pub reached: usize,
}

/// An observer's note with where it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoteRow {
    /// The session's timeline file.
    pub file: String,
    /// Milliseconds since the session's first input.
    pub t_ms: u64,
    /// The note.
    pub text: String,
}

/// A heat map written (relative path) and what it shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeatmapRow {
    /// Vendor.
    pub vendor: String,
    /// Screen.
    pub screen: String,
    /// Language the picture was drawn in (the vendor's most frequent).
    pub lang: String,
    /// `heatmaps/<vendor>-<screen>.png`.
    pub file: String,
    /// Taps that hit a control (blue).
    pub hits: usize,
    /// Misses (red).
    pub misses: usize,
    /// PIN keys tapped on the screen, not drawn: the recorder gives them the pad's centre.
    pub pin_keys: usize,
}

/// One session, as a row of `sessions.csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionRow {
    /// Timeline file.
    pub file: String,
    /// Vendor.
    pub vendor: String,
    /// Municipality.
    pub municipality: String,
    /// Language.
    pub lang: String,
    /// Display mode.
    pub display: String,
    /// Outcome status.
    pub status: String,
    /// Task done.
    pub completed: bool,
    /// Time on task, seconds.
    pub time_on_task_s: f64,
    /// Taps.
    pub taps: usize,
    /// Misses.
    pub misses: usize,
    /// Keyboard and keypad keys.
    pub keys: usize,
    /// The outcome's errors joined with `;`.
    pub errors: String,
    /// SEQ answer.
    pub seq: Option<u8>,
    /// SUS score.
    pub sus: Option<f64>,
}

impl SessionRow {
    /// The CSV header (the field names, in order).
    pub const COLUMNS: [&'static str; 14] = [
        "file",
        "vendor",
        "municipality",
        "lang",
        "display",
        "status",
        "completed",
        "time_on_task_s",
        "taps",
        "misses",
        "keys",
        "errors",
        "seq",
        "sus",
    ];
}

/// The whole study (`study.json`; `rows` go to `sessions.csv` instead).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Study {
    /// Tool and version.
    pub generator: String,
    /// Sessions read.
    pub sessions: usize,
    /// Sessions that did the task.
    pub completed: usize,
    /// Per variant, sorted by vendor, municipality, language, display.
    pub variants: Vec<Variant>,
    /// Per vendor and screen, in flow order.
    pub screens: Vec<ScreenRow>,
    /// Per vendor, the screens in flow order and how many sessions reached each.
    pub funnel: Vec<FunnelRow>,
    /// Every observer note.
    pub notes: Vec<NoteRow>,
    /// Each avoidable error's count over all sessions.
    pub errors_by_kind: BTreeMap<String, usize>,
    /// Heat maps drawn.
    pub heatmaps: Vec<HeatmapRow>,
    /// What could not be drawn or read, and why (the study itself is complete).
    pub warnings: Vec<String>,
    /// One row per session.
    #[serde(skip)]
    pub rows: Vec<SessionRow>,
}
