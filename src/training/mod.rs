//! Training exercises: a scenario's `[[exercise]]` questions asked of a trainee, the answers
//! marked against the domain (reason code, next-step code, amount), a score, and the session
//! log exported as JSON and as a printable A4 PDF (every page numbered `n / N` and marked
//! "SPECIMEN / 見本 — training record").
//!
//! Decisions:
//! - An answer is right when every part the exercise expects is right: the reason (when the
//!   exercise names one; "not a refusal" is the right answer when it names none), the next
//!   step, and the amount (when it names `answer_yen`).
//! - The log never holds a PIN: events come from the session's log, which already writes
//!   `Pin(****)`, and [`redact`] masks any `Pin(…)` again on the way in; an event's sentence
//!   says only that four digits were entered.
//! - The record is in English (the console shows the same events and feedback in the
//!   trainer's language): its face prints ja, en, pt, es, tl and id, not every language.
//! - The PDF uses the certificate's face (BIZ UDGothic), subset per file like the
//!   certificates, so the log reads back as text (Japanese included).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::error::InputError;
use crate::pdf::{FontError, FontFace, PdfError};
use crate::scenario::run::{Outcome, RunError, RunOptions};
use crate::scenario::{Exercise, Scenario};

pub mod cards;
pub mod cases;
pub mod feedback;
mod pdf;
mod record;
pub mod results;

pub use record::{EventRecord, RefusalRecord, redact};

/// The mark on every page of the printed log.
pub const SPECIMEN_MARK: &str = "SPECIMEN / 見本 — training record";

/// Why a training log could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum TrainingError {
    /// The font could not be loaded.
    #[error(transparent)]
    Font(#[from] FontError),
    /// The PDF could not be written (font subsetting, too many distinct characters).
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// JSON could not be written or read.
    #[error("training log JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A file could not be written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// A trainee's answer to one question. `None` parts were not given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The reason code chosen (None: "not a refusal").
    pub reason: Option<Reason>,
    /// The next step chosen.
    pub next_step: Option<NextStep>,
    /// The amount given, in yen.
    pub yen: Option<u32>,
}

/// How an answer was marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marking {
    /// The reason part was right.
    pub reason: bool,
    /// The next-step part was right.
    pub next_step: bool,
    /// The amount was right (None when the exercise asks for none).
    pub yen: Option<bool>,
    /// Every part was right.
    pub correct: bool,
}

/// Marks an answer against the exercise's expectations (which the parser has already checked
/// against the domain's next step for the reason).
pub fn mark(ex: &Exercise, a: &Answer) -> Marking {
    let reason = a.reason == ex.reason;
    let next_step = a.next_step == Some(ex.next_step);
    let yen = ex.answer_yen.map(|want| a.yen == Some(want));
    Marking {
        reason,
        next_step,
        yen,
        correct: reason && next_step && yen.unwrap_or(true),
    }
}

/// One question asked and answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseRecord {
    /// The scenario's title.
    pub scenario: String,
    /// The scenario file.
    pub file: String,
    /// Asked after this step (None: when the session ended).
    pub after_step: Option<usize>,
    /// The question.
    pub question: String,
    /// Expected reason (None: not a refusal).
    pub expected_reason: Option<Reason>,
    /// Expected next step.
    pub expected_next_step: NextStep,
    /// Expected amount, if asked.
    pub expected_yen: Option<u32>,
    /// The trainee's answer.
    pub answer: Answer,
    /// How it was marked.
    pub marking: Marking,
    /// The refusal the session showed when the question was asked (the domain's rule and
    /// next step in words), if any.
    pub refusal: Option<RefusalRecord>,
    /// The trainer's explanation.
    pub explanation: Option<String>,
    /// Simulated time when the question was asked.
    pub asked_at: String,
    /// Wall-clock time of the answer (RFC 3339).
    pub answered_at: String,
    /// Seconds the trainee took to answer.
    pub seconds: f64,
}

impl ExerciseRecord {
    /// Marks `answer` to `ex` of scenario `sc` and records it.
    pub fn new(
        sc: &Scenario,
        ex: &Exercise,
        answer: Answer,
        refusal: Option<RefusalRecord>,
        asked_at: &str,
        seconds: f64,
    ) -> Self {
        Self {
            scenario: sc.title.clone(),
            file: sc.source.path.display().to_string(),
            after_step: ex.after_step,
            question: ex.question.clone(),
            expected_reason: ex.reason,
            expected_next_step: ex.next_step,
            expected_yen: ex.answer_yen,
            marking: mark(ex, &answer),
            answer,
            refusal,
            explanation: ex.explanation.clone(),
            asked_at: asked_at.to_string(),
            answered_at: now_stamp(),
            seconds,
        }
    }
}

/// Right answers out of questions answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// Right answers.
    pub correct: u32,
    /// Questions answered.
    pub total: u32,
}

impl Score {
    /// Whole percent (0 when nothing was answered).
    pub fn percent(self) -> u32 {
        (self.correct * 100).checked_div(self.total).unwrap_or(0)
    }
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} / {} ({}%)", self.correct, self.total, self.percent())
    }
}

/// A training session: every event, every answered question, the score.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrainingLog {
    /// Wall-clock start (RFC 3339).
    pub started_at: String,
    /// Trainee's name, if given.
    pub trainee: Option<String>,
    /// Every event of the kiosk sessions, in order.
    pub events: Vec<EventRecord>,
    /// Every question answered, in order.
    pub exercises: Vec<ExerciseRecord>,
    /// The score.
    pub score: Score,
}

/// The time now to the second (a printed record needs no nanoseconds).
fn now_stamp() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl TrainingLog {
    /// An empty log starting now.
    pub fn new() -> Self {
        Self {
            started_at: now_stamp(),
            ..Self::default()
        }
    }

    /// Adds an answered question and updates the score.
    pub fn record(&mut self, r: ExerciseRecord) {
        self.score.total += 1;
        if r.marking.correct {
            self.score.correct += 1;
        }
        self.exercises.push(r);
    }

    /// The score recomputed from the records.
    pub fn recount(&self) -> Score {
        Score {
            correct: self.exercises.iter().filter(|e| e.marking.correct).count() as u32,
            total: self.exercises.len() as u32,
        }
    }

    /// The refusals among the events.
    pub fn refusals(&self) -> impl Iterator<Item = (&EventRecord, &RefusalRecord)> {
        self.events
            .iter()
            .filter_map(|e| e.refusal.as_ref().map(|r| (e, r)))
    }

    /// Pretty JSON.
    pub fn to_json(&self) -> Result<String, TrainingError> {
        Ok(serde_json::to_string_pretty(self)?)
    }

    /// Reads a log written by [`TrainingLog::to_json`].
    pub fn from_json(text: &str) -> Result<Self, TrainingError> {
        Ok(serde_json::from_str(text)?)
    }

    /// Writes `training-<stamp>.json` and `training-<stamp>.pdf` into `dir` (created if
    /// missing); returns both paths.
    pub fn export(&self, dir: &Path, font: &FontFace) -> Result<(PathBuf, PathBuf), TrainingError> {
        std::fs::create_dir_all(dir).map_err(|source| TrainingError::Io {
            path: dir.display().to_string(),
            source,
        })?;
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%3f");
        let json = dir.join(format!("training-{stamp}.json"));
        let pdf = dir.join(format!("training-{stamp}.pdf"));
        let write = |p: &Path, bytes: &[u8]| {
            crate::output::write_file(p, bytes).map_err(|e| TrainingError::Io {
                path: e.path.display().to_string(),
                source: e.source,
            })
        };
        write(&json, self.to_json()?.as_bytes())?;
        write(&pdf, &self.to_pdf(font)?)?;
        Ok((json, pdf))
    }

    /// The printable log: A4 pages, each numbered `n / N` and marked [`SPECIMEN_MARK`].
    pub fn to_pdf(&self, font: &FontFace) -> Result<Vec<u8>, TrainingError> {
        pdf::to_pdf(self, font)
    }
}

/// Runs the scenario's steps up to the question (all of them when the exercise is asked at
/// the end), headless, as `kofu run` does: the outcome shows the screen and amounts the trainee
/// should see when the question comes.
pub fn play_to_question(sc: &Scenario, ex: &Exercise) -> Result<Outcome, RunError> {
    let mut upto = sc.clone();
    if let Some(n) = ex.after_step {
        upto.steps.truncate(n);
    }
    upto.expect.clear();
    crate::scenario::run::run(&upto, &RunOptions::default())
}

/// The scenario files in `dir` that carry at least one exercise, sorted by file name, parsed.
/// Files that do not parse are returned as errors (never skipped silently).
pub fn exercise_scenarios(dir: &Path) -> Vec<Result<Scenario, InputError>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    files
        .into_iter()
        .map(|p| crate::scenario::load(&p))
        .filter(|r| r.as_ref().map_or(true, |s| !s.exercises.is_empty()))
        .collect()
}

/// Loads the bundled face (BIZ UDGothic) from the assets folder.
pub fn load_font(assets: &Path) -> Result<FontFace, TrainingError> {
    Ok(FontFace::bundled(assets)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_masks_every_pin() {
        assert_eq!(
            redact("Pin(1234) then Pin(****)"),
            "Pin(****) then Pin(****)"
        );
        assert_eq!(redact("Pin(12"), "Pin(****");
        assert_eq!(redact("Insert(100)"), "Insert(100)");
    }

    #[test]
    fn score_percent() {
        let s = Score {
            correct: 2,
            total: 3,
        };
        assert_eq!(s.percent(), 66);
        assert_eq!(Score::default().percent(), 0);
        assert_eq!(s.to_string(), "2 / 3 (66%)");
    }
}
