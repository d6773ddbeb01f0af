//! What the instructor station knows of its class, without a window: every station with who
//! needs help first, the results per trainee and exercise, the commands sent lately. The
//! window draws it and `kofu class URL --json` prints it ([`ClassJson`]), so both say the same.
//!
//! # Who needs help first
//! Each station gets a rank, lowest first ([`needs_help`]):
//! 0. a refusal is on show, or the trainee's last exercise answer was wrong: someone is stuck
//!    or learnt the wrong rule, and the trainer should go now;
//! 1. long on one screen: [`LONG_ON_STEP_MS`] on a screen past the home menu, clock running;
//! 2. lost: silent for 10 s ([`StationRow::lost`]): what it shows is stale, and the trainer
//!    walks over rather than steering it from here (a lost station's stale refusal does not
//!    count);
//! 3. the rest.
//!
//! Within a rank, the longest on its screen first, then by name.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::store::database::TraineeResult;
use crate::store::postgres::class::{RecordingRow, SentCommand, StationRow};

/// On one screen this long (past the home menu, clock running), a station needs help: a
/// visit's screens take seconds each, a minute on one is someone stuck.
pub const LONG_ON_STEP_MS: i64 = 60_000;

/// The version of [`ClassJson`]'s contract (README, "kofu class --json").
pub const JSON_VERSION: u32 = 1;

/// Why a station is ranked where it is, and the rank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NeedsHelp {
    /// 0 (go now) to 3 (fine); see the module's notes.
    pub rank: u8,
    /// The reasons that apply, as codes: `refusal`, `wrong-answer`, `long-on-step`, `lost`.
    pub reasons: Vec<&'static str>,
}

/// A station's rank and reasons ([`needs_help`]'s rules in the module's notes).
pub fn needs_help(s: &StationRow) -> NeedsHelp {
    if s.lost() {
        return NeedsHelp {
            rank: 2,
            reasons: vec!["lost"],
        };
    }
    let st = &s.state;
    let mut reasons = Vec::new();
    if st.refusal.is_some() {
        reasons.push("refusal");
    }
    if st.last_answer_correct == Some(false) {
        reasons.push("wrong-answer");
    }
    let long = s.on_screen_ms >= LONG_ON_STEP_MS && st.screen != "language" && !st.paused;
    if long {
        reasons.push("long-on-step");
    }
    let rank = if st.refusal.is_some() || st.last_answer_correct == Some(false) {
        0
    } else if long {
        1
    } else {
        3
    };
    NeedsHelp { rank, reasons }
}

/// The stations in the order the window shows them: who needs help first.
pub fn sorted(mut stations: Vec<StationRow>) -> Vec<StationRow> {
    stations.sort_by_cached_key(|s| (needs_help(s).rank, Reverse(s.on_screen_ms), s.name.clone()));
    stations
}

/// A trainee's answers to one exercise, summed up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultLine {
    /// The trainee.
    pub trainee: String,
    /// The exercise's id (`scenario-file#n`).
    pub exercise: String,
    /// Its title.
    pub title: String,
    /// Times answered.
    pub answered: u32,
    /// Times right.
    pub correct: u32,
    /// Whether the last answer was right.
    pub last_correct: bool,
    /// Mean seconds from question to answer.
    pub mean_seconds: f64,
    /// When it was last answered (RFC 3339).
    pub last_at: String,
}

/// The results per trainee and exercise, by trainee and then exercise.
pub fn result_lines(results: &[TraineeResult]) -> Vec<ResultLine> {
    let mut by: BTreeMap<(&str, &str), (ResultLine, u64)> = BTreeMap::new();
    for r in results {
        let (line, millis) = by
            .entry((r.trainee.as_str(), r.exercise.as_str()))
            .or_insert_with(|| {
                let line = ResultLine {
                    trainee: r.trainee.clone(),
                    exercise: r.exercise.clone(),
                    title: r.title.clone(),
                    answered: 0,
                    correct: 0,
                    last_correct: false,
                    mean_seconds: 0.0,
                    last_at: String::new(),
                };
                (line, 0)
            });
        line.answered += 1;
        line.correct += u32::from(r.correct);
        line.last_correct = r.correct;
        line.last_at.clone_from(&r.at);
        *millis += r.millis;
        line.mean_seconds = (*millis as f64 / f64::from(line.answered) / 100.0).round() / 10.0;
    }
    by.into_values().map(|(l, _)| l).collect()
}

/// Everything the instructor station reads at once.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// Every station, sorted ([`sorted`]).
    pub stations: Vec<StationRow>,
    /// Every result kept, in the order answered.
    pub results: Vec<TraineeResult>,
    /// The commands sent lately, newest first, with their acknowledgements.
    pub commands: Vec<SentCommand>,
    /// The recorded sessions (without their bodies).
    pub recordings: Vec<RecordingRow>,
}

/// A station in the JSON: its row with whether it is lost and why it ranks where it does.
#[derive(Debug, Clone, Serialize)]
pub struct StationJson<'a> {
    /// The row as the database gives it.
    #[serde(flatten)]
    pub row: &'a StationRow,
    /// Silent for 10 s.
    pub lost: bool,
    /// Its rank and reasons.
    pub needs_help: NeedsHelp,
}

/// `kofu class URL --json`: the class once, for scripts and tests (contract in README).
#[derive(Debug, Clone, Serialize)]
pub struct ClassJson<'a> {
    /// [`JSON_VERSION`].
    pub version: u32,
    /// The stations, who needs help first.
    pub stations: Vec<StationJson<'a>>,
    /// Per trainee and exercise.
    pub results: Vec<ResultLine>,
    /// The commands sent lately, newest first.
    pub commands: &'a [SentCommand],
    /// The recorded sessions, by station.
    pub recordings: &'a [RecordingRow],
}

impl Snapshot {
    /// The snapshot as the JSON's document.
    pub fn json(&self) -> ClassJson<'_> {
        ClassJson {
            version: JSON_VERSION,
            stations: self
                .stations
                .iter()
                .map(|row| StationJson {
                    row,
                    lost: row.lost(),
                    needs_help: needs_help(row),
                })
                .collect(),
            results: result_lines(&self.results),
            commands: &self.commands,
            recordings: &self.recordings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::postgres::class::StationState;

    fn row(name: &str, screen: &str, on_screen_ms: i64, silent_ms: i64) -> StationRow {
        StationRow {
            name: name.into(),
            state: StationState {
                screen: screen.into(),
                step: 3,
                ..StationState::default()
            },
            silent_ms,
            on_screen_ms,
        }
    }

    #[test]
    fn refused_and_wrong_come_first_then_long_then_lost() {
        let fine = row("a-fine", "pin", 5_000, 100);
        let long = row("b-long", "pin", 90_000, 100);
        let lost = row("c-lost", "pin", 120_000, 11_000);
        let mut refused = row("d-refused", "refusal", 1_000, 100);
        refused.state.refusal = Some("pin_locked".into());
        let mut wrong = row("e-wrong", "payment", 3_000, 100);
        wrong.state.last_answer_correct = Some(false);
        let home = row("f-home", "language", 600_000, 100);
        let order: Vec<String> = sorted(vec![fine, long, lost, refused, wrong, home])
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(
            order,
            [
                "e-wrong",
                "d-refused",
                "b-long",
                "c-lost",
                "f-home",
                "a-fine"
            ]
        );
    }

    #[test]
    fn results_are_summed_per_trainee_and_exercise() {
        let r = |t: &str, ex: &str, ok: bool, ms: u64| TraineeResult {
            trainee: t.into(),
            exercise: ex.into(),
            title: "T".into(),
            answer: "none / none".into(),
            correct: ok,
            millis: ms,
            at: "t".into(),
        };
        let lines = result_lines(&[
            r("Sato", "x#1", false, 1000),
            r("Abe", "x#1", true, 500),
            r("Sato", "x#1", true, 2000),
        ]);
        assert_eq!(lines.len(), 2);
        assert_eq!((lines[0].trainee.as_str(), lines[0].answered), ("Abe", 1));
        let sato = &lines[1];
        assert_eq!(
            (sato.answered, sato.correct, sato.last_correct),
            (2, 1, true)
        );
        assert!(
            (sato.mean_seconds - 1.5).abs() < 1e-9,
            "{}",
            sato.mean_seconds
        );
    }
}
