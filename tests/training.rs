//! Training exercises: the `[[exercise]]` format (valid and invalid files, `kofu check`, the
//! optional `lang` and `feedback`), the bundled exercises against the domain, marking and
//! score, the feedback each choice gets, the training log as JSON (round trip) and as PDF (read
//! back: question, `n / N`, SPECIMEN, no PIN, events as sentences). The console itself is in
//! tests/training_console.rs.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use kofu::domain::next_step::NextStep;
use kofu::domain::reason::Reason;
use kofu::error::Source;
use kofu::scenario::run::{RunOptions, run};
use kofu::scenario::{Action, Scenario};
use kofu::training::{
    Answer, EventRecord, ExerciseRecord, RefusalRecord, Score, TrainingLog, load_font, mark,
    play_to_question,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn parse(text: &str) -> Result<Scenario, kofu::error::InputError> {
    kofu::scenario::parse(Source::from_text("ex.toml", text))
}

const HEAD: &str = r#"title = "t"
at = "2026-11-25T10:00:00+09:00"
use_card = "card-pin-locked"
steps = [
  { do = "language", value = "en" },
  { do = "services" },
  { do = "cert_issue" },
  { do = "place_card" },
  { do = "residence" },
]
"#;

fn bundled() -> Vec<Scenario> {
    let dir = root().join("assets/scenarios");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("exercise-") && n.ends_with(".toml"))
        })
        .collect();
    v.sort();
    v.iter()
        .map(|p| kofu::scenario::load(p).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

#[test]
fn a_single_exercise_table_and_an_array_of_them_parse() {
    let one = parse(&format!(
        "{HEAD}[exercise]\nquestion = \"Why?\"\nreason = \"pin_locked\"\n"
    ))
    .expect("one table");
    assert_eq!(one.exercises.len(), 1);
    let e = &one.exercises[0];
    assert_eq!(e.reason, Some(Reason::PinLocked));
    assert_eq!(
        e.next_step,
        NextStep::ResetPinAtCityHall,
        "next step defaults to the domain's"
    );
    assert_eq!(e.after_step, None);
    let many = parse(&format!(
        "{HEAD}[[exercise]]\nafter_step = 5\nquestion = \"Why?\"\nreason = \"pin_locked\"\nnext_step = \"reset_pin_at_city_hall\"\nexplanation = \"x\"\n\n[[exercise]]\nquestion = \"How much?\"\nnext_step = \"insert_more_money\"\nanswer_yen = 50\n"
    ))
    .expect("array");
    assert_eq!(many.exercises.len(), 2);
    assert_eq!(many.exercises[0].after_step, Some(5));
    assert_eq!(many.exercises[1].reason, None);
    assert_eq!(many.exercises[1].answer_yen, Some(50));
    assert_eq!(many.exercises[1].next_step, NextStep::InsertMoreMoney);
}

#[test]
fn bad_exercises_are_errors_with_line_and_column() {
    // Unknown reason code: points at the value.
    let e = parse(&format!(
        "{HEAD}[[exercise]]\nquestion = \"Why?\"\nreason = \"pin_lockd\"\n"
    ))
    .expect_err("bad reason");
    assert_eq!((e.line, e.column), (13, 10), "{e}");
    assert!(e.message.contains("unknown reason `pin_lockd`"), "{e}");
    assert!(e.message.contains("pin_locked"), "lists the codes: {e}");
    // Unknown next step.
    let e = parse(&format!(
        "{HEAD}[[exercise]]\nquestion = \"Why?\"\nnext_step = \"go_home\"\n"
    ))
    .expect_err("bad next step");
    assert_eq!((e.line, e.column), (13, 13), "{e}");
    // Next step that contradicts the domain.
    let e = parse(&format!(
        "{HEAD}[[exercise]]\nquestion = \"Why?\"\nreason = \"pin_locked\"\nnext_step = \"come_back_tomorrow\"\n"
    ))
    .expect_err("mismatch");
    assert_eq!((e.line, e.column), (14, 13), "{e}");
    assert!(e.message.contains("reset_pin_at_city_hall"), "{e}");
    // after_step out of range.
    let e = parse(&format!(
        "{HEAD}[[exercise]]\nafter_step = 9\nquestion = \"Why?\"\nreason = \"pin_locked\"\n"
    ))
    .expect_err("after_step");
    assert_eq!((e.line, e.column), (12, 14), "{e}");
    // Unknown field, and no expected answer at all.
    let e = parse(&format!(
        "{HEAD}[exercise]\nquestion = \"Why?\"\nreason = \"pin_locked\"\nanswer = 1\n"
    ))
    .expect_err("unknown field");
    assert_eq!(e.line, 14, "{e}");
    let e = parse(&format!("{HEAD}[[exercise]]\nquestion = \"Why?\"\n")).expect_err("no answer");
    assert_eq!(e.line, 12, "{e}");
}

#[test]
fn kofu_check_rejects_a_bad_reason_with_exit_2() {
    let dir = tempfile::tempdir().expect("tmp");
    let f = dir.path().join("bad.toml");
    std::fs::write(
        &f,
        format!("{HEAD}[[exercise]]\nquestion = \"Why?\"\nreason = \"pin_lockd\"\n"),
    )
    .expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kofu"))
        .arg("check")
        .arg(&f)
        .output()
        .expect("kofu");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.toml:13:10:"), "{err}");
    // The bundled exercises pass.
    let files: Vec<PathBuf> = bundled().iter().map(|s| s.source.path.clone()).collect();
    let ok = std::process::Command::new(env!("CARGO_BIN_EXE_kofu"))
        .arg("check")
        .args(&files)
        .output()
        .expect("kofu");
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
}

/// Every bundled exercise's expected next step is the domain's for its reason, and the
/// scenario really ends with that reason; amount questions match the session's amount due.
#[test]
fn bundled_exercises_agree_with_the_domain() {
    let all = bundled();
    let count: usize = all.iter().map(|s| s.exercises.len()).sum();
    assert!(count >= 12, "only {count} exercises");
    let mut reasons = BTreeSet::new();
    let mut amounts = 0;
    for sc in &all {
        let name = sc.source.path.display().to_string();
        assert!(!sc.exercises.is_empty(), "{name}: no exercise");
        let outcome = run(&sc.clone(), &RunOptions::default()).expect("run");
        assert!(outcome.expectations_met, "{name}: {:?}", outcome.mismatches);
        for ex in &sc.exercises {
            let at_question = play_to_question(sc, ex).expect("play");
            match ex.reason {
                Some(r) => {
                    assert_eq!(
                        ex.next_step,
                        kofu::domain::next_step::NextStep::for_reason(r),
                        "{name}"
                    );
                    assert_eq!(ex.next_step, NextStep::for_reason(r), "{name}");
                    assert_eq!(outcome.status, "refused", "{name}");
                    assert_eq!(outcome.reason.as_deref(), Some(r.code()), "{name}");
                    assert_eq!(
                        at_question.reason.as_deref(),
                        Some(r.code()),
                        "{name}: refused by the time the question comes"
                    );
                    reasons.insert(r);
                }
                None => {
                    assert_ne!(outcome.status, "refused", "{name}");
                    if let Some(y) = ex.answer_yen {
                        amounts += 1;
                        assert_eq!(ex.next_step, NextStep::InsertMoreMoney, "{name}");
                        assert_eq!(at_question.screens.last().copied(), Some("payment"));
                        assert_eq!(
                            at_question.fee_yen - at_question.paid_yen,
                            y,
                            "{name}: amount still due"
                        );
                    }
                }
            }
        }
    }
    for r in [
        Reason::PinLocked,
        Reason::CertificateExpired,
        Reason::OutOfServiceHours,
        Reason::YearEndSuspension,
        Reason::DomicileNotRegistered,
        Reason::MovedOut,
        Reason::NoSealRegistration,
        Reason::NoTaxRecord,
        Reason::CardExpired,
        Reason::CardSuspended,
        Reason::UnderAge,
        Reason::SupportMeasures,
    ] {
        assert!(reasons.contains(&r), "no exercise about {r}");
    }
    assert!(amounts >= 1, "no payment-short exercise");
}

/// The right answer to the PIN-locked exercise.
fn pin_locked_answer() -> Answer {
    Answer {
        reason: Some(Reason::PinLocked),
        next_step: Some(NextStep::ResetPinAtCityHall),
        yen: None,
    }
}

fn pin_locked() -> Scenario {
    kofu::scenario::load(&root().join("assets/scenarios/exercise-pin-locked.toml"))
        .expect("scenario")
}

#[test]
fn marking_and_score() {
    let sc = pin_locked();
    let ex = &sc.exercises[0];
    let right = pin_locked_answer();
    assert!(mark(ex, &right).correct);
    let wrong_step = Answer {
        next_step: Some(NextStep::CityHall),
        ..right
    };
    let m = mark(ex, &wrong_step);
    assert!(m.reason && !m.next_step && !m.correct);
    let wrong_reason = Answer {
        reason: Some(Reason::CardExpired),
        ..right
    };
    assert!(!mark(ex, &wrong_reason).correct);
    assert!(!mark(ex, &Answer::default()).correct);
    // Amount questions: reason "none", next step and amount must all be right.
    let pay = kofu::scenario::load(&root().join("assets/scenarios/exercise-payment-short.toml"))
        .expect("scenario");
    let px = &pay.exercises[0];
    let ok = Answer {
        reason: None,
        next_step: Some(NextStep::InsertMoreMoney),
        yen: Some(50),
    };
    assert!(mark(px, &ok).correct);
    let m = mark(
        px,
        &Answer {
            yen: Some(150),
            ..ok
        },
    );
    assert_eq!(m.yen, Some(false));
    assert!(!m.correct);
    let mut log = TrainingLog::new();
    log.record(ExerciseRecord::new(&sc, ex, right, None, "t", 3.0));
    log.record(ExerciseRecord::new(&sc, ex, wrong_step, None, "t", 4.0));
    log.record(ExerciseRecord::new(&pay, px, ok, None, "t", 5.0));
    assert_eq!(
        log.score,
        Score {
            correct: 2,
            total: 3
        }
    );
    assert_eq!(log.recount(), log.score);
    assert_eq!(log.score.percent(), 66);
}

/// A log of every bundled exercise played headless, each answered (right, then wrong).
fn sample_log() -> TrainingLog {
    let mut log = TrainingLog::new();
    log.trainee = Some("研修 太郎 (fictional)".into());
    for (i, sc) in bundled().iter().enumerate() {
        for ex in &sc.exercises {
            let o = play_to_question(sc, ex).expect("play");
            let session = format!("s{i}");
            log.events
                .extend(o.log.iter().map(|e| EventRecord::from_outcome(&session, e)));
            let answer = if i % 2 == 0 {
                Answer {
                    reason: ex.reason,
                    next_step: Some(ex.next_step),
                    yen: ex.answer_yen,
                }
            } else {
                Answer {
                    reason: Some(Reason::Deceased),
                    next_step: Some(NextStep::CityHall),
                    yen: None,
                }
            };
            let refusal = o.refusal.as_ref().map(RefusalRecord::from);
            log.record(ExerciseRecord::new(
                sc,
                ex,
                answer,
                refusal,
                &o.ended_at,
                7.0,
            ));
        }
    }
    log
}

#[test]
fn json_export_round_trips() {
    let log = sample_log();
    let json = log.to_json().expect("json");
    let back = TrainingLog::from_json(&json).expect("read back");
    assert_eq!(back, log);
    assert!(json.contains("\"expected_next_step\": \"reset_pin_at_city_hall\""));
    assert!(json.contains("\"reason\": \"pin_locked\""));
    assert!(json.contains("Pin(****)"));
    assert!(!json.contains("2580"), "a PIN in the JSON");
    assert!(!json.contains("Pin(1234)"));
    // Every refusal carries its rule and next step.
    assert!(log.refusals().count() >= 12);
    for (_, r) in log.refusals() {
        assert!(!r.rule.is_empty() && !r.next_step.is_empty());
        assert_eq!(
            r.next_step_code,
            kofu::domain::next_step::NextStep::for_reason(r.reason)
        );
    }
}

fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn pdf_export_reads_back_with_questions_page_numbers_specimen_and_no_pin() {
    let log = sample_log();
    let font = load_font(&root().join("assets")).expect("font");
    let dir = tempfile::tempdir().expect("tmp");
    let (json_path, pdf_path) = log.export(dir.path(), &font).expect("export");
    assert!(json_path.is_file());
    let bytes = std::fs::read(&pdf_path).expect("pdf");
    assert!(
        bytes.len() < 400_000,
        "{} bytes: the font is not subset",
        bytes.len()
    );
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads it");
    let n = doc.get_pages().len() as u32;
    assert!(n >= 2, "a long log spans pages ({n})");
    let mut all = String::new();
    for p in 1..=n {
        let t = doc.extract_text(&[p]).expect("text");
        let c = compact(&t);
        assert!(c.contains(&compact(&format!("{p} / {n}"))), "page {p}: {t}");
        assert!(c.contains("SPECIMEN/見本—trainingrecord"), "page {p}: {t}");
        // The running head and foot left out, a paragraph broken across pages reads on.
        let body = c.replace("SPECIMEN/見本—trainingrecord", "").replacen(
            &compact(&format!("{p} / {n}")),
            "",
            1,
        );
        all.push_str(&body);
    }
    for e in &log.exercises {
        // The question may wrap: compare without whitespace.
        assert!(
            all.contains(&compact(&e.question)),
            "missing {}",
            e.question
        );
    }
    assert!(all.contains("RIGHT") && all.contains("WRONG"));
    assert!(all.contains("研修記録") && all.contains("研修太郎"));
    assert!(all.contains("Rule:"));
    assert!(all.contains(&compact(
        "Next step (reset_pin_at_city_hall): Reset the PIN"
    )));
    assert!(all.contains("Pin(****)"));
    // No PIN a scenario typed ever appears.
    for sc in bundled() {
        for s in &sc.steps {
            if let Action::Pin(p) = &s.action {
                assert!(!all.contains(&format!("Pin({p})")), "PIN in the PDF");
            }
        }
    }
    assert!(!all.contains("2580"), "the locked card's PIN in the PDF");
}

// ---- the trainer's own words: `lang` and `feedback` ----------------------------------------

#[test]
fn lang_and_feedback_are_optional_and_checked() {
    let sc = parse(&format!(
        "{HEAD}[exercise]\nquestion = \"Why?\"\nreason = \"pin_locked\"\n"
    ))
    .expect("no lang, no feedback");
    assert_eq!(sc.exercises[0].lang, "en", "the default language");
    assert!(sc.exercises[0].feedback.is_empty());
    let sc = parse(&format!(
        "{HEAD}[[exercise]]\nquestion = \"なぜ？\"\nreason = \"pin_locked\"\nlang = \"ja\"\n\n[exercise.feedback]\ncard_expired = \"カードは有効です\"\ncity_hall = \"窓口の種類が違います\"\nnot_refused = \"断られます\"\n"
    ))
    .expect("lang and feedback");
    let ex = &sc.exercises[0];
    assert_eq!(ex.lang, "ja");
    assert_eq!(
        ex.feedback_for("card_expired", "ja"),
        Some("カードは有効です")
    );
    assert_eq!(
        ex.feedback_for("card_expired", "en"),
        None,
        "only in its language"
    );
    let e = parse(&format!(
        "{HEAD}[[exercise]]\nquestion = \"Why?\"\nreason = \"pin_locked\"\nlang = \"fr\"\n"
    ))
    .expect_err("unknown language");
    assert_eq!(e.line, 14, "{e}");
    assert!(e.message.contains("unknown language `fr`"), "{e}");
    let e = parse(&format!(
        "{HEAD}[[exercise]]\nquestion = \"Why?\"\nreason = \"pin_locked\"\nfeedback = {{ card_expird = \"x\" }}\n"
    ))
    .expect_err("unknown choice");
    assert_eq!(e.line, 14, "{e}");
    assert!(e.message.contains("card_expird"), "{e}");
}

/// The printed record says each event as a sentence: options in the option screen's words,
/// never the struct, and a PIN as four digits entered.
#[test]
fn the_printed_record_says_events_as_sentences() {
    use kofu::domain::session::{CertOptions, Event, LogEntry, Scope};
    let m = kofu::kiosk::load_municipality("tsukuba").expect("profile");
    let entry = |event: &Event, from: &'static str, to: &'static str| LogEntry {
        at: "2026-11-25 10:00:05".into(),
        event: format!("{event:?}"),
        from,
        to,
        effects: Vec::new(),
    };
    let options = Event::Options(CertOptions {
        scope: Scope::Household,
        relationship: true,
        ..CertOptions::default()
    });
    let pin = Event::Pin("2580".into());
    let mut log = TrainingLog::new();
    log.events = vec![
        EventRecord::from_entry(
            "s1",
            Some(&options),
            &entry(&options, "options", "copies"),
            &m,
        ),
        EventRecord::from_entry(
            "s1",
            Some(&pin.without_secret()),
            &entry(&pin.without_secret(), "pin", "remove_card"),
            &m,
        ),
    ];
    assert!(
        log.events[0]
            .said
            .starts_with("Options chosen: Whole household"),
        "{:?}",
        log.events[0]
    );
    let font = load_font(&root().join("assets")).expect("font");
    let bytes = log.to_pdf(&font).expect("pdf");
    let doc = lopdf::Document::load_mem(&bytes).expect("pdf");
    let text = compact(
        &doc.extract_text(&[1, 2])
            .unwrap_or_else(|_| doc.extract_text(&[1]).expect("text")),
    );
    assert!(!text.contains("CertOptions"), "{text}");
    assert!(
        text.contains(&compact("Options chosen: Whole household")),
        "{text}"
    );
    assert!(text.contains(&compact("PIN entered (4 digits)")), "{text}");
    assert!(!text.contains("2580"));
}
