//! The printable training record: the log as lines of text (headings, questions with the
//! expected and given answers, refusals, events), wrapped and paginated on A4, each page marked
//! [`SPECIMEN_MARK`] and numbered `n / N`. The face is embedded through the certificate's
//! [`SubsetFont`], so the record reads back as text (Japanese included).

use super::{SPECIMEN_MARK, TrainingError, TrainingLog, redact};
use crate::certificate::fonts::FontFace;
use crate::domain::reason::Reason;
use crate::handout::{self, Frame, INK, Item, Line, NAVY, RED};

/// The printable log of `log`, with `font` subset into it.
pub(super) fn to_pdf(log: &TrainingLog, font: &FontFace) -> Result<Vec<u8>, TrainingError> {
    let frame = Frame {
        title: "kofu training record (SPECIMEN)",
        mark: SPECIMEN_MARK,
    };
    Ok(handout::to_pdf(font, frame, lines(log))?)
}

/// The record as lines of text, before wrapping.
fn lines(log: &TrainingLog) -> Vec<Item> {
    let mut v = Vec::new();
    let h1 = |v: &mut Vec<Item>, s: String| v.push(Item::Text(Line::new(s, 15.0, 0.0, INK)));
    let h2 = |v: &mut Vec<Item>, s: String| {
        v.push(Item::Gap(6.0));
        v.push(Item::Text(Line::new(s, 11.5, 0.0, NAVY)));
    };
    let p = |v: &mut Vec<Item>, s: String, indent: f32| {
        v.push(Item::Text(Line::new(s, 9.0, indent, INK)));
    };
    h1(&mut v, "Training record / 研修記録".into());
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
        v.push(Item::Gap(3.0));
        let verdict = if e.marking.correct { "RIGHT" } else { "WRONG" };
        v.push(Item::Text(Line::new(
            format!("Q{}. [{verdict}] {}", i + 1, e.question),
            9.5,
            0.0,
            if e.marking.correct { INK } else { RED },
        )));
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
    let refusals: Vec<_> = log.refusals().collect();
    h2(&mut v, format!("Refusals ({})", refusals.len()));
    if refusals.is_empty() {
        p(&mut v, "No refusal.".into(), 0.0);
    }
    for (e, r) in refusals {
        v.push(Item::Gap(2.0));
        v.push(Item::Text(Line::new(
            format!("{} {} — {}", e.at, e.session, r.reason),
            9.0,
            0.0,
            INK,
        )));
        p(&mut v, format!("Rule: {}", r.rule), 14.0);
        p(
            &mut v,
            format!("Next step ({}): {}", r.next_step_code, r.next_step),
            14.0,
        );
    }
    h2(&mut v, format!("Events ({})", log.events.len()));
    for e in &log.events {
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
        v.push(Item::Text(Line::new(redact(&line), 8.0, 0.0, INK)));
    }
    v
}

/// An expected or given reason as its code.
fn reason_text(r: Option<Reason>) -> String {
    r.map_or("none (not a refusal)".to_string(), |r| r.code().to_string())
}
