//! The rows of the study's outputs: `study.json` is a [`Study`], `sessions.csv` its
//! [`SessionRow`]s. Field names are DESIGN.md's ("Study"); fields beyond them are documented
//! here and in the README.

use std::collections::BTreeMap;

use serde::Serialize;

use super::compare::Comparison;
use super::funnel::StepKind;
use super::inference::Interval;

/// One machine variant: vendor × municipality × condition (the study's design). Language and
/// display mode are not variants: they are counted here and are columns of `sessions.csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Variant {
    /// `vendor / municipality / condition` (`—` for no condition): how the page names it and
    /// what `--compare` takes.
    pub name: String,
    /// Vendor profile id (or file).
    pub vendor: String,
    /// Municipality profile id.
    pub municipality: String,
    /// The study condition (`--condition`); `null` for sessions recorded without one.
    pub condition: Option<String>,
    /// The screen languages of its sessions, sorted and joined with `,` (DESIGN.md's `lang`;
    /// one code when all sessions had one language).
    pub lang: String,
    /// The display modes of its sessions, joined the same way.
    pub display: String,
    /// Sessions per screen language.
    pub langs: BTreeMap<String, usize>,
    /// Sessions per display mode.
    pub displays: BTreeMap<String, usize>,
    /// Different participant ids (sessions without one are not counted).
    pub participants: usize,
    /// The tasks given (`--task`), sorted.
    pub tasks: Vec<String>,
    /// Sessions recorded.
    pub sessions: usize,
    /// Sessions that did the task ([`crate::research::timeline::OutcomeSummary::completed`]).
    pub completed: usize,
    /// completed ÷ sessions.
    pub completion_rate: f64,
    /// Adjusted-Wald 95 % interval of the completion rate ([`super::inference::adjusted_wald`]).
    pub completion_ci95: Option<Interval>,
    /// Time on task of the completed sessions, seconds.
    pub time_on_task_s: TaskTime,
    /// Each session's time on task, seconds, in file order (completed or not).
    pub times_s: Vec<f64>,
    /// Taps on the panel during the task.
    pub taps: usize,
    /// Taps that missed.
    pub misses: usize,
    /// misses ÷ taps; `null` with no tap.
    pub misclick_rate: Option<f64>,
    /// Errors a person could have avoided, summed (recorded and derived, see README).
    pub errors: usize,
    /// Each error kind's count.
    pub errors_by_kind: BTreeMap<String, usize>,
    /// Mean SUS score of the sessions that answered it.
    pub sus: Option<f64>,
    /// Sessions that answered the SUS.
    pub sus_n: usize,
    /// t interval of the mean SUS ([`super::inference::t_interval`]); `null` under two answers.
    pub sus_ci95: Option<Interval>,
    /// Mean SEQ of the sessions that answered it.
    pub seq: Option<f64>,
    /// Sessions that answered the SEQ.
    pub seq_n: usize,
    /// t interval of the mean SEQ.
    pub seq_ci95: Option<Interval>,
}

/// Time on task of a variant's completed sessions (a failed attempt's time says when the
/// person stopped, not how long the task takes).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TaskTime {
    /// Completed sessions timed.
    pub n: usize,
    /// Median (linear interpolation); `null` with no completed session.
    pub median: Option<f64>,
    /// 90th percentile.
    pub p90: Option<f64>,
    /// Geometric mean ([`super::inference::geometric`]): the better estimate of a small sample's
    /// middle for skewed times (Sauro & Lewis ch. 3).
    pub geomean: Option<f64>,
    /// Log-t 95 % interval of the geometric mean; `null` under two times.
    pub ci95: Option<Interval>,
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

/// How many sessions of a variant got as far as a screen, in the flow's order
/// ([`super::funnel`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunnelRow {
    /// The variant's name.
    pub variant: String,
    /// Vendor.
    pub vendor: String,
    /// Screen, in flow order.
    pub screen: String,
    /// A step of every path, an optional step or a dead end.
    pub kind: StepKind,
    /// Sessions that reached it in order during their task.
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
    /// Language of the picture (and of every tap drawn on it).
    pub lang: String,
    /// Display mode of the picture (and of every session drawn on it).
    pub display: String,
    /// Sessions whose taps are on the picture (none is drawn below five).
    pub sessions: usize,
    /// `heatmaps/<vendor>-<screen>-<lang>-<display>.png`; empty when too few sessions tapped.
    pub file: String,
    /// Taps that hit a control (blue).
    pub hits: usize,
    /// Misses (red).
    pub misses: usize,
    /// PIN keys tapped on the screen, not drawn: the recorder gives them the pad's centre.
    pub pin_keys: usize,
}

/// One session: a row of `sessions.csv` (written by [`super::export`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionRow {
    /// Timeline file.
    pub file: String,
    /// The station that recorded it (a class database's sessions; `None` from a folder).
    pub station: Option<String>,
    /// The variant's name.
    pub variant: String,
    /// Participant id.
    pub participant: Option<String>,
    /// Task given.
    pub task: Option<String>,
    /// Study condition.
    pub condition: Option<String>,
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
    /// The errors: the outcome's, then the derived ones.
    pub errors: Vec<String>,
    /// SEQ answer.
    pub seq: Option<u8>,
    /// The ten SUS answers, when all ten were given.
    pub sus_answers: Option<Vec<u8>>,
    /// SUS score.
    pub sus: Option<f64>,
}

/// The whole study (`study.json`; `rows` go to `sessions.csv` instead).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Study {
    /// Tool and version.
    pub generator: String,
    /// Sessions read (after the filters).
    pub sessions: usize,
    /// Sessions that did the task.
    pub completed: usize,
    /// The `--lang` and `--display` filters applied (empty: all sessions).
    pub filters: Filters,
    /// The `--station`, `--condition`, `--from` and `--to` filters applied; left out of
    /// `study.json` when none was given.
    #[serde(skip_serializing_if = "super::Scope::is_all")]
    pub scope: super::Scope,
    /// Per variant, sorted by vendor, municipality, condition.
    pub variants: Vec<Variant>,
    /// Two variants compared (`--compare A B`, or the only two).
    pub comparison: Option<Comparison>,
    /// Per vendor and screen, in flow order.
    pub screens: Vec<ScreenRow>,
    /// Per variant, the screens in flow order and how many sessions reached each in order.
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

/// Which sessions a study keeps: language and display mode are filters, never splits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Filters {
    /// Screen languages kept (empty: all).
    pub lang: Vec<String>,
    /// Display modes kept (empty: all).
    pub display: Vec<String>,
}

impl Filters {
    /// Whether a session in `lang` and `display` is kept.
    pub fn keeps(&self, lang: &str, display: &str) -> bool {
        (self.lang.is_empty() || self.lang.iter().any(|l| l == lang))
            && (self.display.is_empty() || self.display.iter().any(|d| d == display))
    }
}
