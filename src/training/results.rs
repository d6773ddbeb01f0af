//! A trainee's results: each answered exercise as the state store keeps it
//! ([`TraineeResult`]), written out as JSON, CSV and a printable record of completion (PDF).
//!
//! Decisions:
//! - The answer is kept as codes (`pin_locked / reset_pin_at_office / ¥300`, "none" for "not
//!   a refusal"), the same in every language; the console and the record print it in words.
//! - The PDF is not a certificate of the kiosk, so it carries no SPECIMEN mark; every page says
//!   it is a training record instead. Its words are English (as the training log's are); a
//!   name or a title in any script prints in the face of its script ([`FontSet`]).
//! - The CSV quotes every field that holds a comma, a quote or a line break (RFC 4180).

use std::path::{Path, PathBuf};

use super::{Answer, ExerciseRecord, TrainingError};
use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::handout::{self, Frame, Item, Line};
use crate::pdf::{FontSet, INK, NAVY, RED};
pub use crate::store::database::TraineeResult;

/// The mark on every page of a results record.
pub const RECORD_MARK: &str =
    "Training record — not a certificate / 研修記録(証明書ではありません)";

/// The exercise's id: the scenario file's stem and the question's number.
pub fn exercise_id(file: &Path, index: usize) -> String {
    let stem = file.file_stem().map_or_else(
        || file.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    format!("{stem}#{}", index + 1)
}

/// The answer as codes: reason, next step and, when given, the amount.
pub fn answer_codes(a: &Answer) -> String {
    let reason = a.reason.map_or("none", |r| r.code());
    let next = a.next_step.map_or("none", |n| n.code());
    match a.yen {
        Some(y) => format!("{reason} / {next} / ¥{y}"),
        None => format!("{reason} / {next}"),
    }
}

/// The answer read back from [`answer_codes`] (parts that do not read are left out).
pub fn answer_of(codes: &str) -> Answer {
    let mut parts = codes.split(" / ");
    Answer {
        reason: parts.next().and_then(Reason::from_code),
        next_step: parts.next().and_then(NextStep::from_code),
        yen: parts
            .next()
            .and_then(|y| y.trim_start_matches('¥').parse().ok()),
    }
}

/// The result to keep for `trainee`'s answer `rec` to the exercise `exercise` (its id).
pub fn result_of(trainee: &str, exercise: &str, rec: &ExerciseRecord) -> TraineeResult {
    TraineeResult {
        trainee: trainee.to_string(),
        exercise: exercise.to_string(),
        title: rec.scenario.clone(),
        answer: answer_codes(&rec.answer),
        correct: rec.marking.correct,
        millis: (rec.seconds.max(0.0) * 1000.0).round() as u64,
        at: rec.answered_at.clone(),
    }
}

/// The results as CSV: a header, then one row per result.
pub fn to_csv(results: &[TraineeResult]) -> String {
    let mut out = String::from("trainee,exercise,title,answer,correct,seconds,at\n");
    for r in results {
        let row = [
            field(&r.trainee),
            field(&r.exercise),
            field(&r.title),
            field(&r.answer),
            r.correct.to_string(),
            format!("{:.1}", r.millis as f64 / 1000.0),
            field(&r.at),
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// One CSV field, quoted when it must be.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The results as pretty JSON (an array of [`TraineeResult`]).
pub fn to_json(results: &[TraineeResult]) -> Result<String, TrainingError> {
    Ok(serde_json::to_string_pretty(results)?)
}

/// A trainee's record of completion: name, exercises done, right answers, and a table of
/// every result; each page marked [`RECORD_MARK`].
pub fn to_pdf(
    trainee: &str,
    results: &[TraineeResult],
    fonts: &FontSet,
) -> Result<Vec<u8>, TrainingError> {
    let frame = Frame {
        title: "kofu training record",
        mark: RECORD_MARK,
    };
    let mut v = vec![
        Item::Text(Line::new(
            "Record of completion / 研修修了記録",
            16.0,
            0.0,
            INK,
        )),
        Item::Gap(4.0),
        Item::Text(Line::new(
            format!("Trainee / 研修者: {trainee}"),
            12.0,
            0.0,
            INK,
        )),
    ];
    let right = results.iter().filter(|r| r.correct).count();
    let distinct: std::collections::BTreeSet<&str> =
        results.iter().map(|r| r.exercise.as_str()).collect();
    let line = |s: String, size, color| Item::Text(Line::new(s, size, 0.0, color));
    v.push(line(
        format!(
            "Exercises completed: {} ({} answers, {right} right)",
            distinct.len(),
            results.len()
        ),
        10.0,
        INK,
    ));
    v.push(line(
        "This is a record of training on the kofu kiosk emulator, not a certificate of the kiosk."
            .into(),
        9.0,
        INK,
    ));
    v.push(Item::Gap(6.0));
    v.push(Item::Heading(Line::new("Results", 11.5, 0.0, NAVY)));
    for (i, r) in results.iter().enumerate() {
        let verdict = if r.correct { "RIGHT" } else { "WRONG" };
        v.push(Item::Keep(vec![
            Item::Gap(3.0),
            line(
                format!("{}. [{verdict}] {} ({})", i + 1, r.title, r.exercise),
                9.5,
                if r.correct { INK } else { RED },
            ),
            Item::Text(Line::new(
                format!(
                    "Answer: {}; {:.1} s; {}",
                    r.answer,
                    r.millis as f64 / 1000.0,
                    r.at
                ),
                9.0,
                14.0,
                INK,
            )),
        ]));
    }
    if results.is_empty() {
        v.push(line("No exercise answered.".into(), 9.0, INK));
    }
    Ok(handout::to_pdf_set(fonts, frame, v, None)?)
}

/// The file-name part for a trainee (letters and digits of any script, others as `_`).
pub fn file_part(trainee: &str) -> String {
    let s: String = trainee
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    if s.is_empty() { "trainee".into() } else { s }
}

/// The faces a results record prints with: the bundled set, hanzi in the Japanese face.
pub fn fonts(assets: &Path) -> Result<FontSet, TrainingError> {
    Ok(FontSet::bundled(assets, "ja")?)
}

/// Writes `results.json` and `results.csv` (every result given) into `dir`, and a record of
/// completion `record-<trainee>.pdf` per trainee among them; returns the paths written.
pub fn export(
    dir: &Path,
    results: &[TraineeResult],
    fonts: &FontSet,
) -> Result<Vec<PathBuf>, TrainingError> {
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        crate::output::write_file(&p, bytes).map_err(|e| TrainingError::Io {
            path: e.path.display().to_string(),
            source: e.source,
        })?;
        Ok::<PathBuf, TrainingError>(p)
    };
    std::fs::create_dir_all(dir).map_err(|source| TrainingError::Io {
        path: dir.display().to_string(),
        source,
    })?;
    let mut out = vec![
        write("results.json", to_json(results)?.as_bytes())?,
        write("results.csv", to_csv(results).as_bytes())?,
    ];
    let mut trainees: Vec<&str> = results.iter().map(|r| r.trainee.as_str()).collect();
    trainees.sort_unstable();
    trainees.dedup();
    for t in trainees {
        let mine: Vec<TraineeResult> = results.iter().filter(|r| r.trainee == t).cloned().collect();
        let name = format!("record-{}.pdf", file_part(t));
        out.push(write(&name, &to_pdf(t, &mine, fonts)?)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_it_must_and_answers_read_back() {
        let r = TraineeResult {
            trainee: "Silva, Ana".into(),
            exercise: "exercise-x#1".into(),
            title: "say \"hi\"".into(),
            answer: "pin_locked / reset_pin / ¥300".into(),
            correct: false,
            millis: 1500,
            at: "t".into(),
        };
        let csv = to_csv(&[r]);
        assert!(
            csv.contains("\"Silva, Ana\",exercise-x#1,\"say \"\"hi\"\"\""),
            "{csv}"
        );
        assert!(csv.contains(",false,1.5,t\n"), "{csv}");
        let a = Answer {
            reason: Some(Reason::PinLocked),
            next_step: None,
            yen: Some(300),
        };
        assert_eq!(answer_of(&answer_codes(&a)), a);
        assert_eq!(
            answer_of(&answer_codes(&Answer::default())),
            Answer::default()
        );
    }
}
