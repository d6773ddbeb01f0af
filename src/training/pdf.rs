//! The printable training record: the log as lines of text (headings, questions with the
//! expected and given answers, refusals, events), wrapped and paginated on A4, each page marked
//! [`SPECIMEN_MARK`] and numbered `n / N`: a handout ([`crate::handout`]) on the PDF engine,
//! so the record reads back as text (Japanese included).

use super::{ExerciseRecord, SPECIMEN_MARK, TrainingError, TrainingLog, redact};
use crate::domain::reason::Reason;
use crate::handout::{self, Frame, Item, Line};
use crate::pdf::{FontFace, INK, NAVY, RED};

/// The printable log of `log`, with `font` subset into it.
pub(super) fn to_pdf(log: &TrainingLog, font: &FontFace) -> Result<Vec<u8>, TrainingError> {
    let frame = Frame {
        title: "kofu training record (SPECIMEN)",
        mark: SPECIMEN_MARK,
    };
    Ok(handout::to_pdf(font, frame, lines(log))?)
}

/// The record as lines of text, before wrapping: the head, then the questions, the refusals
/// and the events.
fn lines(log: &TrainingLog) -> Vec<Item> {
    let mut v = Vec::new();
    v.push(Item::Text(Line::new(
        "Training record / 研修記録",
        15.0,
        0.0,
        INK,
    )));
    p(&mut v, format!("Started: {}", log.started_at), 0.0);
    if let Some(t) = &log.trainee {
        p(&mut v, format!("Trainee: {t}"), 0.0);
    }
    p(&mut v, format!("Score: {}", log.score), 0.0);
    h2(&mut v, format!("Questions ({})", log.exercises.len()));
    if log.exercises.is_empty() {
        p(&mut v, "No question answered.".into(), 0.0);
    }
    for (i, e) in log.exercises.iter().enumerate() {
        question(&mut v, i + 1, e);
    }
    refusals(&mut v, log);
    events(&mut v, log);
    v
}

/// A section heading, after a little space.
fn h2(v: &mut Vec<Item>, s: String) {
    v.push(Item::Gap(6.0));
    v.push(Item::Text(Line::new(s, 11.5, 0.0, NAVY)));
}

/// A paragraph of body text.
fn p(v: &mut Vec<Item>, s: String, indent: f32) {
    v.push(Item::Text(Line::new(s, 9.0, indent, INK)));
}

/// Question `number`: its verdict, scenario, when it was asked, the expected and the given answer,
/// and the refusal's rule and next step and the trainer's note, if any.
fn question(v: &mut Vec<Item>, number: usize, e: &ExerciseRecord) {
    v.push(Item::Gap(3.0));
    let verdict = if e.marking.correct { "RIGHT" } else { "WRONG" };
    v.push(Item::Text(Line::new(
        format!("Q{number}. [{verdict}] {}", e.question),
        9.5,
        0.0,
        if e.marking.correct { INK } else { RED },
    )));
    p(v, format!("Scenario: {} ({})", e.scenario, e.file), 14.0);
    let when = match e.after_step {
        Some(n) => format!("after step {n}"),
        None => "when the session ended".into(),
    };
    p(
        v,
        format!(
            "Asked {when}, at {}; answered in {:.0} s",
            e.asked_at, e.seconds
        ),
        14.0,
    );
    p(
        v,
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
    p(v, answer_text(e), 14.0);
    if let Some(r) = &e.refusal {
        p(v, format!("Rule: {}", r.rule), 14.0);
        p(v, format!("Next step: {}", r.next_step), 14.0);
    }
    if let Some(x) = &e.explanation {
        p(v, format!("Note: {x}"), 14.0);
    }
}

/// The trainee's answer, each part marked right or wrong.
fn answer_text(e: &ExerciseRecord) -> String {
    let mark = |ok: bool| if ok { "right" } else { "wrong" };
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
    )
}

/// Every refusal the sessions showed, with its rule and next step.
fn refusals(v: &mut Vec<Item>, log: &TrainingLog) {
    let refusals: Vec<_> = log.refusals().collect();
    h2(v, format!("Refusals ({})", refusals.len()));
    if refusals.is_empty() {
        p(v, "No refusal.".into(), 0.0);
    }
    for (e, r) in refusals {
        v.push(Item::Gap(2.0));
        v.push(Item::Text(Line::new(
            format!("{} {} — {}", e.at, e.session, r.reason),
            9.0,
            0.0,
            INK,
        )));
        p(v, format!("Rule: {}", r.rule), 14.0);
        p(
            v,
            format!("Next step ({}): {}", r.next_step_code, r.next_step),
            14.0,
        );
    }
}

/// Every event of the sessions, one line each, with any PIN redacted.
fn events(v: &mut Vec<Item>, log: &TrainingLog) {
    h2(v, format!("Events ({})", log.events.len()));
    for e in &log.events {
        let time = e.at.get(11..).unwrap_or(&e.at);
        let line = if !e.said.is_empty() {
            // The sentence ("PIN entered (4 digits) → …"), never the event's code.
            format!("{time} {}", e.said).trim_start().to_string()
        } else if e.from.is_empty() {
            format!("{} {}: {}", e.session, e.event, e.note)
        } else {
            format!("{time} {} {} → {}: {}", e.event, e.from, e.to, e.note)
        };
        v.push(Item::Text(Line::new(redact(&line), 8.0, 0.0, INK)));
    }
}

/// An expected or given reason as its code.
fn reason_text(r: Option<Reason>) -> String {
    r.map_or("none (not a refusal)".to_string(), |r| r.code().to_string())
}
