//! Trainees and their results (issue 21, item 4): a name typed on the console, an exercise
//! answered through the console, the result kept in the state folder's database, shown in the
//! console's results table, exported as JSON, CSV and a record of completion, and the training
//! log naming the trainee; `--trainee` (UiOptions::trainee) names the log without typing.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kofu::domain::reason::Reason;
use kofu::i18n::I18n;
use kofu::report::tour;
use kofu::store::Database;
use kofu::training::TrainingLog;
use kofu::window::{KioskApp, UiOptions, tokens};

fn console(state: &Path, trainee: Option<&str>) -> Harness<'static, KioskApp> {
    let o = UiOptions {
        trainer: true,
        print_seconds_per_copy: 0.0,
        state: Some(state.to_path_buf()),
        trainee: trainee.map(str::to_string),
        ..tour::options("fujifilm", "en")
    };
    let mut size = tokens::window_size();
    size.x += tokens::TRAINER_WIDTH + tokens::MARGIN;
    let mut h = Harness::builder()
        .with_size(size)
        .with_max_steps(200)
        .build_ui_state(
            |ui, app: &mut KioskApp| app.show(ui),
            KioskApp::new(o).unwrap(),
        );
    h.run();
    h
}

fn click(h: &mut Harness<'_, KioskApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

fn combo(h: &mut Harness<'_, KioskApp>, label: &str) {
    let role = egui::accesskit::Role::ComboBox;
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, label).click();
    h.run();
}

/// Plays the PIN-locked exercise to its question and answers it: the reason right, the next
/// step wrong (a wrong answer).
fn answer_pin_locked(h: &mut Harness<'_, KioskApp>) {
    combo(h, "Exercise scenario");
    let label = h
        .get_by_label_contains("Exercise: PIN locked")
        .accesskit_node()
        .label()
        .unwrap();
    click(h, &label);
    click(h, "Start exercise");
    click(h, "Play to the question");
    let m = kofu::kiosk::load_municipality("tsukuba").unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let reason = kofu::training::feedback::reason_choices(&I18n::in_lang("en"), &m, today)
        .into_iter()
        .find(|(r, _)| *r == Reason::PinLocked)
        .unwrap()
        .1;
    combo(h, "Reason");
    click(h, &reason);
    combo(h, "Next step");
    click(h, "Ask at the municipal office's counter");
    click(h, "Submit answer");
    h.get_by_label("Wrong.");
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    v.sort();
    v
}

fn pdf_text(path: &Path) -> String {
    let doc = lopdf::Document::load(path).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

#[test]
fn a_result_answered_on_the_console_is_kept_shown_and_exported_with_the_trainees_name() {
    let state = tempfile::tempdir().unwrap();
    let mut h = console(state.path(), None);
    // The field is named for a screen reader, and says what it is for while empty.
    h.get_by_label_contains("Type the trainee's name");
    let entry = egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(entry, "Trainee").focus();
    h.run();
    h.get_by_role_and_label(entry, "Trainee")
        .type_text("Silva, Ana");
    h.run();
    answer_pin_locked(&mut h);
    // Kept in the state folder's database under the name.
    let kept = Database::open(state.path())
        .unwrap()
        .results(Some("Silva, Ana"))
        .unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    let r = &kept[0];
    assert!(!r.correct);
    assert!(
        r.exercise.starts_with("exercise-") && r.exercise.ends_with("#1"),
        "{r:?}"
    );
    assert!(r.answer.starts_with("pin_locked / "), "{r:?}");
    // The console's results table: the exercise, the answer in words, wrong, the time.
    h.get_by_label("Results of Silva, Ana");
    // The exercise as the picker names it: its number and title.
    let named: Vec<String> = h
        .query_all_by_label_contains("PIN locked")
        .flat_map(|n| {
            let a = n.accesskit_node();
            [a.label(), a.value()]
        })
        .flatten()
        .collect();
    assert!(
        named.iter().any(|v| v.ends_with(". Exercise: PIN locked")),
        "the exercise in the results table: {named:?} ({})",
        r.title
    );
    h.get_by_label("Wrong");
    let labels: Vec<String> = h
        .query_all_by_label_contains("Ask at the municipal office's counter")
        .flat_map(|n| {
            let a = n.accesskit_node();
            [a.label(), a.value()]
        })
        .flatten()
        .collect();
    assert!(
        labels
            .iter()
            .any(|l| l.ends_with(" / Ask at the municipal office's counter") && l.contains("PIN")),
        "the answer in words: {labels:?}"
    );
    // Exported: JSON and CSV with the name, and a record of completion.
    click(&mut h, "Export results (JSON, CSV, PDF)");
    let dir = state.path().join("training").join("results-Silva__Ana");
    let files = files_in(&dir);
    let json = std::fs::read_to_string(dir.join("results.json")).unwrap();
    assert!(json.contains("\"trainee\": \"Silva, Ana\""), "{json}");
    let csv = std::fs::read_to_string(dir.join("results.csv")).unwrap();
    assert!(
        csv.lines()
            .nth(1)
            .unwrap()
            .starts_with("\"Silva, Ana\",exercise-"),
        "{csv}"
    );
    assert!(csv.contains(",false,"), "{csv}");
    let pdf = files
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        .unwrap();
    let text = pdf_text(pdf);
    assert!(
        text.contains("Silva, Ana") && text.contains("Training record"),
        "{text}"
    );
    assert!(
        !text.contains("SPECIMEN"),
        "not a kiosk certificate: {text}"
    );
    // The training log names the trainee.
    click(&mut h, "Export log (JSON and PDF)");
    let log = exported_log(state.path());
    assert_eq!(log.trainee.as_deref(), Some("Silva, Ana"));
    // A second window on the same folder shows the trainee's results from the store.
    drop(h);
    let h = console(state.path(), Some("Silva, Ana"));
    h.get_by_label("Results of Silva, Ana");
    h.get_by_label("Wrong");
}

fn exported_log(state: &Path) -> TrainingLog {
    let json = files_in(&state.join("training"))
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("the log's JSON");
    TrainingLog::from_json(&std::fs::read_to_string(json).unwrap()).unwrap()
}

#[test]
fn the_trainee_option_names_the_training_log() {
    let state = tempfile::tempdir().unwrap();
    let mut h = console(state.path(), Some("山田 花子"));
    answer_pin_locked(&mut h);
    click(&mut h, "Export log (JSON and PDF)");
    assert_eq!(
        exported_log(state.path()).trainee.as_deref(),
        Some("山田 花子")
    );
    let kept = Database::open(state.path()).unwrap().results(None).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].trainee, "山田 花子");
}

#[test]
fn without_a_name_no_result_is_kept() {
    let state = tempfile::tempdir().unwrap();
    let mut h = console(state.path(), None);
    answer_pin_locked(&mut h);
    let kept = Database::open(state.path()).unwrap().results(None).unwrap();
    assert!(kept.is_empty(), "{kept:?}");
}

#[test]
fn kofu_results_exports_a_trainees_results_from_the_state_folder() {
    let state = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut db = Database::open(state.path()).unwrap();
    for (trainee, correct) in [("山田 花子", true), ("Ana", false)] {
        db.add_result(&kofu::store::database::TraineeResult {
            trainee: trainee.into(),
            exercise: "exercise-pin-locked#1".into(),
            title: "PIN locked".into(),
            answer: "pin_locked / reset_pin_at_office".into(),
            correct,
            millis: 4200,
            at: "2026-11-25T01:00:00Z".into(),
        })
        .unwrap();
    }
    drop(db);
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kofu"))
            .args(args)
            .output()
            .unwrap()
    };
    let (s, o) = (state.path().to_str().unwrap(), out.path().to_str().unwrap());
    let done = run(&[
        "results",
        "--state",
        s,
        "--out",
        o,
        "--trainee",
        "山田 花子",
    ]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let csv = std::fs::read_to_string(out.path().join("results.csv")).unwrap();
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(
        csv.contains("山田 花子,exercise-pin-locked#1,PIN locked,"),
        "{csv}"
    );
    assert!(csv.contains(",true,4.2,"), "{csv}");
    let text = pdf_text(&out.path().join("record-山田_花子.pdf"));
    assert!(text.contains("山田 花子"), "{text}");
    // No such trainee, or no state: bad input.
    let none = run(&["results", "--state", s, "--out", o, "--trainee", "Nobody"]);
    assert_eq!(none.status.code(), Some(2));
    let empty = tempfile::tempdir().unwrap();
    let e = empty.path().to_str().unwrap();
    assert_eq!(
        run(&["results", "--state", e, "--out", o]).status.code(),
        Some(2)
    );
}
