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
//!   `Pin(****)`, and [`redact`] masks any `Pin(…)` again on the way in.
//! - The PDF uses the certificate's face (BIZ UDGothic), subset per file like the
//!   certificates, so the log reads back as text (Japanese included).

use std::path::{Path, PathBuf};

use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use serde::{Deserialize, Serialize};

use crate::certificate::fonts::{FontError, FontFace};
use crate::domain::municipality::Municipality;
use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::domain::refusal::Refusal;
use crate::domain::session::LogEntry;
use crate::error::InputError;
use crate::scenario::outcome::{LogOut, RefusalOut};
use crate::scenario::run::{Outcome, RunError, RunOptions};
use crate::scenario::{Exercise, Scenario};

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

/// A refusal as the log keeps it: code, rule, next step in words and as a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusalRecord {
    /// Reason code.
    pub reason: Reason,
    /// The rule, in the domain's words.
    pub rule: String,
    /// The next step, in the domain's words.
    pub next_step: String,
    /// The next step's stable code.
    pub next_step_code: NextStep,
}

impl RefusalRecord {
    /// The refusal in English as the trainer reads it (the rule of a private reason included),
    /// rendered from the same ftl texts as the screen.
    pub fn new(r: &Refusal, m: &Municipality) -> Self {
        let en = crate::i18n::I18n::in_lang("en");
        Self {
            reason: r.reason,
            rule: crate::i18n::refusal::trainer_rule(&en, r, m),
            next_step: crate::i18n::refusal::text(&en, r, m).next_step,
            next_step_code: r.reason.next_step_code(),
        }
    }
}

impl From<&RefusalOut> for RefusalRecord {
    fn from(r: &RefusalOut) -> Self {
        Self {
            reason: r.reason,
            rule: r.rule.clone(),
            next_step: r.next_step.clone(),
            next_step_code: r.next_step_code,
        }
    }
}

/// One event of a kiosk session, as the training log keeps it (PIN redacted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Session id.
    pub session: String,
    /// Simulated time.
    pub at: String,
    /// The event (`Pin(****)`, never the digits).
    pub event: String,
    /// Screen before.
    pub from: String,
    /// Screen after.
    pub to: String,
    /// What happened, in words (or why the session did not accept the event).
    pub note: String,
    /// The refusal the event caused, if any.
    pub refusal: Option<RefusalRecord>,
}

impl EventRecord {
    /// From a session's log entry (the note in English, from the effects).
    pub fn from_entry(session: &str, e: &LogEntry, m: &Municipality) -> Self {
        let en = crate::i18n::I18n::in_lang("en");
        Self {
            session: session.to_string(),
            at: e.at.clone(),
            event: redact(&e.event),
            from: e.from.to_string(),
            to: e.to.to_string(),
            note: redact(&crate::i18n::effects::notes(&en, &e.effects, m)),
            refusal: e.refusal().map(|r| RefusalRecord::new(r, m)),
        }
    }

    /// From a line of a `kofu run` outcome's log (already in English).
    pub fn from_outcome(session: &str, e: &LogOut) -> Self {
        Self {
            session: session.to_string(),
            at: e.at.clone(),
            event: redact(&e.event),
            from: e.from.to_string(),
            to: e.to.to_string(),
            note: redact(&e.note),
            refusal: e.refusal.as_ref().map(RefusalRecord::from),
        }
    }

    /// An event the session did not accept.
    pub fn rejected(session: &str, message: &str) -> Self {
        Self {
            session: session.to_string(),
            at: String::new(),
            event: "(not accepted)".into(),
            from: String::new(),
            to: String::new(),
            note: redact(message),
            refusal: None,
        }
    }
}

/// Masks every `Pin(…)` in a text as `Pin(****)`.
pub fn redact(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("Pin(") {
        let (before, after) = rest.split_at(i + 4);
        out.push_str(before);
        match after.find(')') {
            Some(j) => {
                out.push_str("****)");
                rest = after.get(j + 1..).unwrap_or_default();
            }
            None => {
                out.push_str("****");
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
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
            std::fs::write(p, bytes).map_err(|source| TrainingError::Io {
                path: p.display().to_string(),
                source,
            })
        };
        write(&json, self.to_json()?.as_bytes())?;
        write(&pdf, &self.to_pdf(font)?)?;
        Ok((json, pdf))
    }

    /// The printable log: A4 pages, each numbered `n / N` and marked [`SPECIMEN_MARK`].
    pub fn to_pdf(&self, font: &FontFace) -> Result<Vec<u8>, TrainingError> {
        let lines = self.lines();
        let pages = paginate(font, &lines);
        render(font, &pages)
    }

    fn lines(&self) -> Vec<Line> {
        let mut v = Vec::new();
        let h1 = |v: &mut Vec<Line>, s: String| v.push(Line::new(s, 15.0, 0.0, INK));
        let h2 = |v: &mut Vec<Line>, s: String| {
            v.push(Line::gap(6.0));
            v.push(Line::new(s, 11.5, 0.0, NAVY));
        };
        let p = |v: &mut Vec<Line>, s: String, indent: f32| {
            v.push(Line::new(s, 9.0, indent, INK));
        };
        h1(&mut v, "Training record / 研修記録".into());
        p(&mut v, format!("Started: {}", self.started_at), 0.0);
        if let Some(t) = &self.trainee {
            p(&mut v, format!("Trainee: {t}"), 0.0);
        }
        p(&mut v, format!("Score: {}", self.score), 0.0);
        h2(&mut v, format!("Questions ({})", self.exercises.len()));
        if self.exercises.is_empty() {
            p(&mut v, "No question answered.".into(), 0.0);
        }
        for (i, e) in self.exercises.iter().enumerate() {
            v.push(Line::gap(3.0));
            let verdict = if e.marking.correct { "RIGHT" } else { "WRONG" };
            v.push(Line::new(
                format!("Q{}. [{verdict}] {}", i + 1, e.question),
                9.5,
                0.0,
                if e.marking.correct { INK } else { RED },
            ));
            p(
                &mut v,
                format!("Scenario: {} ({})", e.scenario, e.file),
                14.0,
            );
            let when = match e.after_step {
                Some(n) => format!("after step {n}"),
                None => "when the session ended".into(),
            };
            p(
                &mut v,
                format!(
                    "Asked {when}, at {}; answered in {:.0} s",
                    e.asked_at, e.seconds
                ),
                14.0,
            );
            p(
                &mut v,
                format!(
                    "Expected: reason {}; next step {} ({}){}",
                    reason_text(e.expected_reason),
                    e.expected_next_step,
                    crate::i18n::I18n::in_lang("en")
                        .t(&format!("next-step-{}", e.expected_next_step.code())),
                    e.expected_yen
                        .map(|y| format!("; amount ¥{y}"))
                        .unwrap_or_default()
                ),
                14.0,
            );
            let mark = |ok: bool| if ok { "right" } else { "wrong" };
            p(
                &mut v,
                format!(
                    "Answer: reason {} ({}); next step {} ({}){}",
                    reason_text(e.answer.reason),
                    mark(e.marking.reason),
                    e.answer
                        .next_step
                        .map_or("none".to_string(), |n| n.code().to_string()),
                    mark(e.marking.next_step),
                    match (e.marking.yen, e.answer.yen) {
                        (Some(ok), Some(y)) => format!("; amount ¥{y} ({})", mark(ok)),
                        (Some(ok), None) => format!("; amount none ({})", mark(ok)),
                        _ => String::new(),
                    }
                ),
                14.0,
            );
            if let Some(r) = &e.refusal {
                p(&mut v, format!("Rule: {}", r.rule), 14.0);
                p(&mut v, format!("Next step: {}", r.next_step), 14.0);
            }
            if let Some(x) = &e.explanation {
                p(&mut v, format!("Note: {x}"), 14.0);
            }
        }
        let refusals: Vec<_> = self.refusals().collect();
        h2(&mut v, format!("Refusals ({})", refusals.len()));
        if refusals.is_empty() {
            p(&mut v, "No refusal.".into(), 0.0);
        }
        for (e, r) in refusals {
            v.push(Line::gap(2.0));
            v.push(Line::new(
                format!("{} {} — {}", e.at, e.session, r.reason),
                9.0,
                0.0,
                INK,
            ));
            p(&mut v, format!("Rule: {}", r.rule), 14.0);
            p(
                &mut v,
                format!("Next step ({}): {}", r.next_step_code, r.next_step),
                14.0,
            );
        }
        h2(&mut v, format!("Events ({})", self.events.len()));
        for e in &self.events {
            let line = if e.from.is_empty() {
                format!("{} {}: {}", e.session, e.event, e.note)
            } else {
                format!(
                    "{} {} {} → {}: {}",
                    e.at.get(11..).unwrap_or(&e.at),
                    e.event,
                    e.from,
                    e.to,
                    e.note
                )
            };
            v.push(Line::new(redact(&line), 8.0, 0.0, INK));
        }
        v
    }
}

fn reason_text(r: Option<Reason>) -> String {
    r.map_or("none (not a refusal)".to_string(), |r| r.code().to_string())
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
    Ok(FontFace::from_file(
        &assets.join(crate::certificate::pdf::BUNDLED_FONT_IN_ASSETS),
    )?)
}

// ---- PDF ------------------------------------------------------------------------------------

use crate::certificate::pdf::{FontRefs, Glyphs, PAGE_H, PAGE_W, PdfError, deflate};

const MARGIN_X: f32 = 50.0;
const TOP: f32 = PAGE_H - 70.0;
const BOTTOM: f32 = 60.0;
const INK: (f32, f32, f32) = (0.1, 0.1, 0.12);
const NAVY: (f32, f32, f32) = (0.1, 0.16, 0.32);
const RED: (f32, f32, f32) = (0.75, 0.05, 0.05);

#[derive(Debug, Clone)]
struct Line {
    text: String,
    size: f32,
    indent: f32,
    color: (f32, f32, f32),
}

impl Line {
    fn new(text: String, size: f32, indent: f32, color: (f32, f32, f32)) -> Self {
        Self {
            text,
            size,
            indent,
            color,
        }
    }
    fn gap(points: f32) -> Self {
        Self::new(String::new(), points / 1.3, 0.0, INK)
    }
}

/// Wraps a text to `max_w` points (by character, so Japanese wraps too; Latin at spaces
/// where possible).
fn wrap(font: &FontFace, text: &str, size: f32, max_w: f32) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        cur.push(c);
        if font.width(&cur, size) > max_w {
            cur.pop();
            // Break at the last space if there is one in the second half of the line.
            let cut = cur
                .rfind(' ')
                .filter(|i| *i > cur.len() / 2)
                .map(|i| (cur[..i].to_string(), cur[i + 1..].to_string()));
            match cut {
                Some((a, b)) => {
                    out.push(a);
                    cur = b;
                }
                None => out.push(std::mem::take(&mut cur)),
            }
            cur.push(c);
        }
    }
    out.push(cur);
    out
}

fn paginate(font: &FontFace, lines: &[Line]) -> Vec<Vec<(f32, Line)>> {
    let mut pages = vec![Vec::new()];
    let mut y = TOP;
    for l in lines {
        let max_w = PAGE_W - 2.0 * MARGIN_X - l.indent;
        let parts = if l.text.is_empty() {
            vec![String::new()]
        } else {
            wrap(font, &l.text, l.size, max_w)
        };
        for (i, part) in parts.into_iter().enumerate() {
            let h = l.size * 1.3;
            if y - h < BOTTOM {
                pages.push(Vec::new());
                y = TOP;
            }
            y -= h;
            let indent = l.indent + if i > 0 { 10.0 } else { 0.0 };
            if let Some(p) = pages.last_mut() {
                p.push((y, Line::new(part, l.size, indent, l.color)));
            }
        }
    }
    pages
}

fn text(
    c: &mut Content,
    g: &mut Glyphs<'_>,
    x: f32,
    y: f32,
    size: f32,
    color: (f32, f32, f32),
    s: &str,
) -> Result<(), TrainingError> {
    if s.trim().is_empty() {
        return Ok(());
    }
    let bytes = g.encode(s)?;
    c.begin_text()
        .set_font(Name(b"F1"), size)
        .set_fill_rgb(color.0, color.1, color.2)
        .next_line(x, y)
        .show(Str(&bytes))
        .end_text();
    Ok(())
}

fn render(font: &FontFace, pages: &[Vec<(f32, Line)>]) -> Result<Vec<u8>, TrainingError> {
    let mut next = 1;
    let mut id = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog = id();
    let tree = id();
    let type0 = id();
    let cid_font = id();
    let descriptor = id();
    let file = id();
    let to_unicode = id();
    let cid_to_gid = id();
    let info = id();
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (id(), id())).collect();
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().map(|(p, _)| *p))
        .count(i32::try_from(pages.len()).unwrap_or(i32::MAX));
    pdf.document_info(info)
        .title(TextStr("kofu training record (SPECIMEN)"))
        .producer(TextStr("kofu"));
    let mut g = Glyphs::new(font);
    let total = pages.len();
    for (n, (lines, (page_id, content_id))) in pages.iter().zip(&page_ids).enumerate() {
        let mut c = Content::new();
        // Header: the specimen mark; footer: page n / N.
        text(
            &mut c,
            &mut g,
            MARGIN_X,
            PAGE_H - 40.0,
            10.0,
            RED,
            SPECIMEN_MARK,
        )?;
        c.set_stroke_rgb(RED.0, RED.1, RED.2)
            .set_line_width(0.8)
            .move_to(MARGIN_X, PAGE_H - 48.0)
            .line_to(PAGE_W - MARGIN_X, PAGE_H - 48.0)
            .stroke();
        let number = format!("{} / {total}", n + 1);
        let w = font.width(&number, 9.0);
        text(
            &mut c,
            &mut g,
            PAGE_W - MARGIN_X - w,
            34.0,
            9.0,
            INK,
            &number,
        )?;
        text(&mut c, &mut g, MARGIN_X, 34.0, 8.0, RED, SPECIMEN_MARK)?;
        for (y, l) in lines {
            text(
                &mut c,
                &mut g,
                MARGIN_X + l.indent,
                *y,
                l.size,
                l.color,
                &l.text,
            )?;
        }
        let mut page = pdf.page(*page_id);
        page.parent(tree)
            .media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .contents(*content_id);
        page.resources().fonts().pair(Name(b"F1"), type0);
        page.finish();
        pdf.stream(*content_id, &deflate(&c.finish()))
            .filter(Filter::FlateDecode);
    }
    g.embed(
        &mut pdf,
        &FontRefs {
            type0,
            cid: cid_font,
            descriptor,
            file,
            to_unicode,
            cid_to_gid,
        },
    )?;
    Ok(pdf.finish())
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
