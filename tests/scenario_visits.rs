//! `[[visit]]` (issue 23 item 3): a file of three visits — a wrong PIN on day 1, another on day
//! 2, the right one on day 3 — plays to the same outcomes as the same visits written as three
//! files and run in order on one `--state` folder; in memory and on a state folder alike.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};

use kofu::scenario::run::{Outcome, RunOptions, run};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenario_data/visits")
        .join(name)
}

/// What a visit's outcome says, the fields a trainer reads (the log's times aside).
fn summary(o: &Outcome) -> serde_json::Value {
    serde_json::json!({
        "status": o.status,
        "reason": o.reason,
        "pin_tries_left": o.pin_tries_left,
        "screens": o.screens,
        "fee_yen": o.fee_yen,
        "paid_yen": o.paid_yen,
        "change_yen": o.change_yen,
        "documents": o.documents.iter().map(|d| (&d.certificate, &d.issue_number, d.copies)).collect::<Vec<_>>(),
        "started_at": o.started_at,
        "expectations_met": o.expectations_met,
    })
}

fn run_file(path: &Path, state: Option<&Path>) -> Outcome {
    let sc = kofu::scenario::load(path).unwrap();
    let opts = RunOptions {
        state: state.map(Path::to_path_buf),
        ..RunOptions::default()
    };
    run(&sc, &opts).unwrap()
}

#[test]
fn three_visits_in_one_file_match_three_files_on_one_state() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let apart: Vec<serde_json::Value> = ["day-1.toml", "day-2.toml", "day-3.toml"]
        .iter()
        .map(|f| summary(&run_file(&data(f), Some(&state))))
        .collect();
    // The files on one state meet their own expectations: 2, 1, then 3 tries left.
    for s in &apart {
        assert_eq!(s["expectations_met"], true, "{s}");
    }
    let tries: Vec<_> = apart.iter().map(|s| s["pin_tries_left"].clone()).collect();
    assert_eq!(tries, [2, 1, 3]);

    let in_memory = run_file(&data("three-days.toml"), None);
    assert!(in_memory.expectations_met, "{:?}", in_memory.mismatches);
    let together: Vec<_> = in_memory.visits.iter().map(summary).collect();
    assert_eq!(together, apart, "in memory");
    // The top-level fields are the last visit's.
    assert_eq!(summary(&in_memory), apart[2]);

    let on_state = run_file(&data("three-days.toml"), Some(&dir.path().join("state2")));
    let together: Vec<_> = on_state.visits.iter().map(summary).collect();
    assert_eq!(together, apart, "on a --state folder");
}

#[test]
fn a_day_file_alone_does_not_remember_the_day_before() {
    // Without the state the day-2 file starts from the deck's count: its expectation fails,
    // which is what the visits (or --state) are for.
    let o = run_file(&data("day-2.toml"), None);
    assert_eq!(o.pin_tries_left, 2);
    assert!(!o.expectations_met);
}

#[test]
fn a_visit_mismatch_names_its_visit_line_and_column() {
    let text = std::fs::read_to_string(data("three-days.toml"))
        .unwrap()
        .replacen("pin_tries_left = 1", "pin_tries_left = 3", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wrong.toml");
    std::fs::write(&path, &text).unwrap();
    let o = run_file(&path, None);
    assert!(!o.expectations_met);
    let m = &o.mismatches[0];
    let line = text
        .lines()
        .position(|l| l.starts_with("pin_tries_left = 3"))
        .unwrap()
        + 1;
    assert_eq!(
        (m.field.as_str(), m.line, m.column, m.visit),
        ("pin_tries_left", line, 1, Some(2))
    );
    assert_eq!(m.actual, 1);
}

#[test]
fn a_visit_without_at_starts_when_the_one_before_ended() {
    let text = std::fs::read_to_string(data("three-days.toml"))
        .unwrap()
        .replacen("at = \"2026-11-25T10:00:00+09:00\"\n", "", 1);
    let sc = kofu::scenario::parse(kofu::error::Source::from_text("v.toml", &text)).unwrap();
    let o = run(&sc, &RunOptions::default()).unwrap();
    assert_eq!(o.visits[1].started_at, o.visits[0].ended_at);
}

#[test]
fn visits_and_top_level_expect_do_not_mix() {
    let text = "title = \"t\"\n[expect]\nstatus = \"issued\"\n[[visit]]\nsteps = [{ do = \"services\" }]\n";
    let e = kofu::scenario::parse(kofu::error::Source::from_text("v.toml", text)).unwrap_err();
    assert_eq!((e.line, e.column), (3, 1), "{e}");
    assert!(e.message.contains("[visit.expect]"), "{e}");
}

#[test]
fn a_visit_at_another_kiosk_shares_the_card_and_the_state() {
    // Day 2 at a Sharp machine in Toshima: the wrong PIN counts against the same card.
    let text = std::fs::read_to_string(data("three-days.toml"))
        .unwrap()
        .replacen(
            "at = \"2026-11-25T10:00:00+09:00\"",
            "at = \"2026-11-25T10:00:00+09:00\"\nmunicipality = \"toshima\"\nvendor = \"sharp\"",
            1,
        );
    let sc = kofu::scenario::parse(kofu::error::Source::from_text("v.toml", &text)).unwrap();
    let o = run(&sc, &RunOptions::default()).unwrap();
    assert!(o.expectations_met, "{:?}", o.mismatches);
    let kiosks: Vec<_> = o
        .visits
        .iter()
        .map(|v| (v.municipality.as_str(), v.vendor.as_str(), v.pin_tries_left))
        .collect();
    assert_eq!(
        kiosks,
        [
            ("tsukuba", "fujifilm", 2),
            ("toshima", "sharp", 1),
            ("tsukuba", "fujifilm", 3)
        ]
    );
    let wrong = text.replace("\"toshima\"", "\"atlantis\"");
    let sc = kofu::scenario::parse(kofu::error::Source::from_text("v.toml", &wrong)).unwrap();
    let e = run(&sc, &RunOptions::default()).unwrap_err().to_string();
    let line = wrong.lines().position(|l| l.contains("atlantis")).unwrap() + 1;
    assert!(
        e.starts_with(&format!(
            "v.toml:{line}:16: unknown municipality `atlantis`"
        )),
        "{e}"
    );
}
