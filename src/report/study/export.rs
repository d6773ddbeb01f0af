//! The study's tables for R, pandas or a spreadsheet, quoted by the `csv` crate (RFC 4180):
//! `sessions.csv`, one row per session, and `inputs.csv`, one row per input. Codes (screens,
//! statuses, error kinds) stay codes here; the page puts them into words.

use std::collections::BTreeSet;

use super::Loaded;
use super::rows::SessionRow;
use super::task;
use crate::research::timeline::InputKind;

/// The columns of `sessions.csv` before the SUS answers and the error kinds: the first
/// fourteen are those of earlier versions, in their order.
pub const SESSION_COLUMNS: [&str; 18] = [
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
    "participant",
    "task",
    "condition",
    "variant",
];

/// The columns of `inputs.csv`.
pub const INPUT_COLUMNS: [&str; 14] = [
    "file",
    "participant",
    "task",
    "condition",
    "t_ms",
    "kind",
    "screen",
    "target",
    "x",
    "y",
    "disabled",
    "event",
    "in_task",
    "variant",
];

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

/// A number as Rust's shortest round-trip form, a whole number with `.0` (`40.0`).
fn float(v: f64) -> String {
    format!("{v:?}")
}

/// `sessions.csv`: the [`SESSION_COLUMNS`], `station` when a session came from a class database
/// (a study of folders only has the columns it always had), `sus_1` … `sus_10` (the answers,
/// 1–5, empty when the SUS was not answered), then `error_<kind>`, the count of each error kind
/// any session had, in the kinds' order.
pub fn sessions_csv(rows: &[SessionRow]) -> Result<Vec<u8>, csv::Error> {
    let kinds: BTreeSet<&str> = rows
        .iter()
        .flat_map(|r| r.errors.iter().map(String::as_str))
        .collect();
    let mut w = csv::Writer::from_writer(Vec::new());
    let stations = rows.iter().any(|r| r.station.is_some());
    let mut header: Vec<String> = SESSION_COLUMNS.iter().map(|c| c.to_string()).collect();
    if stations {
        header.push("station".into());
    }
    header.extend((1..=10).map(|i| format!("sus_{i}")));
    header.extend(kinds.iter().map(|k| format!("error_{k}")));
    w.write_record(&header)?;
    for r in rows {
        let mut rec = vec![
            r.file.clone(),
            r.vendor.clone(),
            r.municipality.clone(),
            r.lang.clone(),
            r.display.clone(),
            r.status.clone(),
            r.completed.to_string(),
            float(r.time_on_task_s),
            r.taps.to_string(),
            r.misses.to_string(),
            r.keys.to_string(),
            r.errors.join(";"),
            opt(r.seq),
            opt(r.sus.map(float)),
            opt(r.participant.as_deref()),
            opt(r.task.as_deref()),
            opt(r.condition.as_deref()),
            r.variant.clone(),
        ];
        if stations {
            rec.push(opt(r.station.as_deref()));
        }
        let answers = r.sus_answers.as_deref().unwrap_or(&[]);
        rec.extend((0..10).map(|i| opt(answers.get(i))));
        rec.extend(
            kinds
                .iter()
                .map(|k| r.errors.iter().filter(|e| e == k).count().to_string()),
        );
        w.write_record(&rec)?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

fn kind_name(k: InputKind) -> &'static str {
    match k {
        InputKind::Tap => "tap",
        InputKind::Key => "key",
        InputKind::Keypad => "keypad",
        InputKind::Machine => "machine",
    }
}

/// `inputs.csv`: every input of every session ([`INPUT_COLUMNS`]); `in_task` says whether it
/// counts in the task's figures (before the task's end, not on the questionnaire).
pub fn inputs_csv(sessions: &[Loaded], rows: &[SessionRow]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(INPUT_COLUMNS)?;
    for (l, r) in sessions.iter().zip(rows) {
        let t = &l.timeline;
        let end = task::end_ms(t);
        for i in &t.inputs {
            let in_task = task::in_task(i, end);
            w.write_record([
                r.file.as_str(),
                r.participant.as_deref().unwrap_or(""),
                r.task.as_deref().unwrap_or(""),
                r.condition.as_deref().unwrap_or(""),
                &i.t_ms.to_string(),
                kind_name(i.kind),
                &i.screen,
                i.target.as_deref().unwrap_or(""),
                &opt(i.x),
                &opt(i.y),
                if i.disabled { "true" } else { "false" },
                i.event.as_deref().unwrap_or(""),
                if in_task { "true" } else { "false" },
                &r.variant,
            ])?;
        }
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
