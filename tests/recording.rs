//! Recording a session for research (`kofu --record`): a session driven through the window
//! (taps by accessible name, a tap on no control, keys, the machine's parts, the questionnaire)
//! is written as a scenario that `kofu run` replays to the same outcome and a timeline with the
//! inputs and screens in order — and no PIN anywhere.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use egui_kittest::Harness;
use kofu::domain::session::Screen;
use kofu::research::timeline::{InputKind, PIN_KEY, Timeline, sus_score};
use kofu::scenario::run::{self, RunOptions};
use kofu::window::{KioskApp, UiOptions, tokens};

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

use support::*;

/// Records one session on `vendor`: a miss, English, a wrong PIN then the right one, a resident
/// certificate paid with a ¥1,000 note, Finish, then SEQ 6 and the SUS by keyboard.
fn record(vendor: &str, dir: &std::path::Path) -> Harness<'static, KioskApp> {
    let o = UiOptions {
        record: Some(dir.to_path_buf()),
        ..opts(vendor)
    };
    let mut h = harness(app(o));
    h.run();
    // The city's name in the header is text, not a control: a miss.
    let miss = egui::pos2(tokens::MARGIN + 20.0, tokens::MARGIN + 20.0);
    h.drag_at(miss);
    h.drop_at(miss);
    h.run();
    start_in_english(&mut h, "card-tsukuba-hanako");
    click(
        &mut h,
        "Certificates issued at your municipality of residence",
    );
    type_pin(&mut h, "1111");
    assert_eq!(
        screen(&h),
        Screen::Pin,
        "a wrong PIN stays on the PIN screen"
    );
    type_pin(&mut h, "1234");
    assert_eq!(screen(&h), Screen::RemoveCard);
    click(&mut h, "Remove card");
    print_one(&mut h, "Copy of resident certificate", 150);
    click(&mut h, "Finish");
    assert!(
        h.state().questionnaire().is_some(),
        "the questionnaire follows"
    );
    click(&mut h, "6");
    click(&mut h, "Answer ten statements");
    for n in [4, 2, 3, 1, 5, 2, 4, 3, 4, 1] {
        let key = [
            egui::Key::Num1,
            egui::Key::Num2,
            egui::Key::Num3,
            egui::Key::Num4,
            egui::Key::Num5,
        ][n - 1];
        h.key_press(key);
        h.run();
    }
    click(&mut h, "Finish");
    assert!(h.state().questionnaire().is_none());
    assert_eq!(screen(&h), Screen::Language, "the next session starts");
    h
}

fn files(dir: &std::path::Path, ext: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(ext))
        .collect();
    v.sort();
    v
}

#[test]
fn a_recorded_session_replays_to_the_same_outcome_and_its_timeline_is_in_order() {
    for vendor in ["fujifilm", "sharp"] {
        let dir = tempfile::tempdir().unwrap();
        let h = record(vendor, dir.path());
        let timelines = files(dir.path(), ".timeline.json");
        assert_eq!(
            timelines.len(),
            1,
            "{vendor}: one session with input, one timeline"
        );
        let text = std::fs::read_to_string(&timelines[0]).unwrap();
        let tl: Timeline = serde_json::from_str(&text).unwrap();
        let scenario_path = dir.path().join(&tl.scenario);
        let scenario_text = std::fs::read_to_string(&scenario_path).unwrap();
        for written in [&text, &scenario_text] {
            assert!(
                !written.contains("1234") && !written.contains("1111"),
                "no PIN"
            );
            assert!(!written.contains("花子"), "no name");
        }
        assert!(
            scenario_text.contains("do = \"pin\"\nvalue = \"wrong\"\n"),
            "{scenario_text}"
        );
        assert!(scenario_text.contains("do = \"pin\"\nvalue = \"correct\"\n"));

        // The replay reaches the recorded outcome (and its [expect] holds).
        let sc = kofu::scenario::load(&scenario_path).unwrap();
        let outcome = run::run(&sc, &RunOptions::default()).unwrap();
        assert!(
            outcome.expectations_met,
            "{vendor}: {:?}",
            outcome.mismatches
        );
        assert_eq!(outcome.status, "issued");
        assert_eq!(outcome.status, tl.outcome.status);
        assert_eq!(outcome.pin_tries_left, tl.outcome.pin_tries_left);
        let screens: Vec<&str> = tl.outcome.screens.iter().map(String::as_str).collect();
        assert_eq!(outcome.screens, screens, "{vendor}: the same screens");
        assert_eq!(outcome.fee_yen, tl.outcome.fee_yen);
        assert_eq!(tl.outcome.errors, vec!["wrong_pin".to_string()]);

        // Inputs in order, the first a miss; taps name their controls and cause their events.
        let first = &tl.inputs[0];
        assert_eq!(
            (first.kind, first.target.as_deref()),
            (InputKind::Tap, None)
        );
        assert!((first.x.unwrap() - 20.0).abs() < 0.5 && (first.y.unwrap() - 20.0).abs() < 0.5);
        assert!(tl.inputs.windows(2).all(|w| w[0].t_ms <= w[1].t_ms));
        let services = tl
            .inputs
            .iter()
            .find(|i| i.target.as_deref() == Some("Administrative services"))
            .unwrap();
        assert_eq!(services.event.as_deref(), Some("services"));
        assert_eq!(services.screen, "language");
        let pin_keys: Vec<_> = tl
            .inputs
            .iter()
            .filter(|i| i.target.as_deref() == Some(PIN_KEY))
            .collect();
        assert_eq!(pin_keys.len(), 8, "eight digits typed on the pad");
        // Each entry's digits at the pad's centre (the second entry's pad sits lower, under
        // the "wrong PIN" message), never at the key touched.
        for entry in pin_keys.chunks(4) {
            assert!(entry.iter().all(|i| i.x == entry[0].x && i.y == entry[0].y));
        }
        let machine: Vec<_> = tl
            .inputs
            .iter()
            .filter(|i| i.kind == InputKind::Machine)
            .filter_map(|i| i.target.clone())
            .collect();
        assert!(machine.contains(&"slot: ¥1000".to_string()), "{machine:?}");

        // Screens in the order shown, each left when the next was entered; after the items are
        // taken no home screen (it is the next customer's), then the questionnaire.
        let shown: Vec<&str> = tl.screens.iter().map(|s| s.screen.as_str()).collect();
        // The home menu, its language list (English chosen there), the home menu in English.
        let want = ["language", "language_list", "language", "services"];
        assert_eq!(&shown[..4], &want, "{shown:?}");
        let english = tl
            .inputs
            .iter()
            .find(|i| i.target.as_deref() == Some("English"))
            .unwrap();
        assert_eq!(english.screen, "language_list");
        assert_eq!(english.event.as_deref(), Some("language"));
        assert!(shown.contains(&"pin") && shown.contains(&"payment"));
        assert_eq!(
            &shown[shown.len() - 2..],
            &["take_items", "questionnaire"],
            "{shown:?}"
        );
        assert!(
            tl.screens
                .windows(2)
                .all(|w| w[0].left_ms <= w[1].entered_ms)
        );
        let task = &tl.screens[..tl.screens.len() - 1];
        assert!(task.windows(2).all(|w| w[0].left_ms == w[1].entered_ms));
        assert!(tl.screens.iter().all(|s| s.entered_ms <= s.left_ms));
        assert_eq!(tl.answers.seq, Some(6));
        assert_eq!(tl.answers.sus.as_deref().and_then(sus_score), Some(77.5));
        assert_eq!(tl.lang, "en");
        assert_eq!(tl.vendor, vendor);
        drop(h);
    }
}

#[test]
fn a_session_without_input_is_not_written_and_closing_writes_one_in_progress() {
    let dir = tempfile::tempdir().unwrap();
    let o = UiOptions {
        record: Some(dir.path().to_path_buf()),
        ..opts("fujifilm")
    };
    let mut h = harness(app(o));
    h.run();
    h.state_mut().restart(None);
    h.run();
    assert!(files(dir.path(), ".json").is_empty(), "no input, no file");
    choose_language(&mut h, "English");
    h.state_mut()
        .observer_note("looked for the language button");
    h.state_mut().stop_recording();
    let timelines = files(dir.path(), ".timeline.json");
    assert_eq!(timelines.len(), 1);
    let tl: Timeline =
        serde_json::from_str(&std::fs::read_to_string(&timelines[0]).unwrap()).unwrap();
    assert_eq!(tl.outcome.status, "cancelled");
    assert_eq!(tl.notes.len(), 1);
    assert_eq!(tl.answers.seq, None);
    assert_eq!(files(dir.path(), ".toml").len(), 1);
    // Its replay stops where the session was left, and expects no status of it.
    let sc = kofu::scenario::load(&dir.path().join(&tl.scenario)).unwrap();
    let outcome = run::run(&sc, &RunOptions::default()).unwrap();
    assert!(outcome.expectations_met, "{:?}", outcome.mismatches);
    let screens: Vec<&str> = tl.outcome.screens.iter().map(String::as_str).collect();
    assert_eq!(outcome.screens, screens);
}

#[test]
fn a_session_cut_off_mid_way_is_on_disk_as_interrupted_up_to_its_last_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut o = UiOptions {
        record: Some(dir.path().to_path_buf()),
        ..opts("sharp")
    };
    o.design.participant = Some("P 07/a".into());
    let mut h = harness(app(o));
    h.run();
    start_in_english(&mut h, "card-tsukuba-hanako");
    click(
        &mut h,
        "Certificates issued at your municipality of residence",
    );
    assert_eq!(screen(&h), Screen::Pin);
    // The window dies here (a crash, SIGKILL): nothing is closed or flushed; what is on disk
    // is what a killed process leaves.
    std::mem::forget(h);
    let timelines = files(dir.path(), ".timeline.json");
    assert_eq!(timelines.len(), 1, "written as it went");
    let name = timelines[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    assert!(name.starts_with("P_07_a-"), "participant first: {name}");
    let tl: Timeline =
        serde_json::from_str(&std::fs::read_to_string(&timelines[0]).unwrap()).unwrap();
    assert_eq!(tl.outcome.status, "interrupted");
    assert_eq!(tl.design.participant.as_deref(), Some("P 07/a"));
    assert_eq!(tl.screens.last().map(|s| s.screen.as_str()), Some("pin"));
    assert_eq!(tl.outcome.screens.last().map(String::as_str), Some("pin"));
    // Everything up to the cut replays.
    let sc = kofu::scenario::load(&dir.path().join(&tl.scenario)).unwrap();
    let outcome = run::run(&sc, &RunOptions::default()).unwrap();
    assert!(outcome.expectations_met, "{:?}", outcome.mismatches);
    let screens: Vec<&str> = tl.outcome.screens.iter().map(String::as_str).collect();
    assert_eq!(outcome.screens, screens);
}

/// Not a check: records one session per vendor into `$KOFU_RECORD_LOOK` for a person to look
/// at with `kofu study` (`cargo test --test recording -- --ignored`).
#[test]
#[ignore = "writes recordings for a person to look at"]
fn record_for_a_look() {
    let Some(dir) = std::env::var_os("KOFU_RECORD_LOOK") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    for vendor in ["fujifilm", "sharp"] {
        let _h = record(vendor, &dir);
    }
}
