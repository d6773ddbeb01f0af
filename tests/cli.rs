//! The `kofu` command as a user meets it: exit codes, error positions, state between runs,
//! and no PIN anywhere on disk or in the output.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn kofu(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kofu"))
        .args(args)
        .current_dir(cwd)
        .env(
            "KOFU_ASSETS",
            concat!(env!("CARGO_MANIFEST_DIR"), "/assets"),
        )
        .output()
        .expect("run kofu")
}

const WRONG_PIN: &str = r#"
title = "One wrong PIN, then give up"
at = "2026-11-25T10:00:00+09:00"
use_card = "c0"
personas = "deck.toml"
steps = [
  { do = "services" },
  { do = "cert_issue" },
  { do = "place_card" },
  { do = "residence" },
  { do = "pin", value = "9876" },
  { do = "cancel" },
]
[expect]
status = "cancelled"
"#;

#[test]
fn pin_failures_survive_restarts_with_a_state_folder() {
    let dir = tempfile::tempdir().expect("tmp");
    common::write_deck(&dir.path().join("deck.toml"), 1);
    std::fs::write(dir.path().join("wrong.toml"), WRONG_PIN).expect("write");
    let state = dir.path().join("state");
    let state_s = state.to_str().expect("utf8");
    let mut tries = Vec::new();
    for _ in 0..3 {
        let o = kofu(
            &["run", "wrong.toml", "--state", state_s, "--compact"],
            dir.path(),
        );
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        tries.push(v["pin_tries_left"].as_u64().unwrap_or(99));
        assert!(
            !String::from_utf8_lossy(&o.stdout).contains("9876"),
            "PIN in the outcome"
        );
    }
    // The third run finds the card locked: refused before any PIN is taken.
    assert_eq!(tries, vec![2, 1, 0]);
    let o = kofu(
        &["run", "wrong.toml", "--state", state_s, "--compact"],
        dir.path(),
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["status"], "refused");
    assert_eq!(v["reason"], "pin_locked");
    assert_eq!(o.status.code(), Some(1), "expectation (cancelled) failed");
    // Without a state folder every run is a first visit.
    let o = kofu(&["run", "wrong.toml", "--compact"], dir.path());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["pin_tries_left"], 2);
    assert_eq!(o.status.code(), Some(0));
    // Nothing in the state folder holds the PIN or the demo PIN of the deck.
    for e in std::fs::read_dir(&state).expect("state") {
        let text = std::fs::read_to_string(e.expect("e").path()).unwrap_or_default();
        assert!(!text.contains("9876") && !text.contains("1234"));
    }
}

#[test]
fn bad_input_names_file_line_and_column_and_exits_2() {
    let dir = tempfile::tempdir().expect("tmp");
    common::write_deck(&dir.path().join("deck.toml"), 1);
    let cases = [
        // A step that does not exist.
        (
            "s1.toml",
            "title = \"x\"\nuse_card = \"c0\"\npersonas = \"deck.toml\"\nsteps = [\n  { do = \"services\" },\n  { do = \"fly\" },\n]\n",
            ":6:10:",
        ),
        // A TOML syntax error.
        (
            "s2.toml",
            "title = \"x\"\nsteps = [\n  { do = \"services\" \n",
            ":3:",
        ),
        // A My Number with a wrong check digit in a deck.
        (
            "d1.toml",
            "[[person]]\nid = \"a\"\nname = \"見本 花\"\nkana = \"ミホン ハナ\"\nborn = \"1990-01-01\"\nsex = \"F\"\n\n[[card]]\nid = \"c\"\nholder = \"a\"\nmy_number = \"983205673215\"\napplied = \"2022-05-01\"\nissued = \"2022-06-01\"\ncert_issued = \"2022-06-01\"\npin = \"1234\"\n",
            ":11:13:",
        ),
        // An impossible date.
        (
            "d2.toml",
            "[[person]]\nid = \"a\"\nname = \"見本 花\"\nkana = \"ミホン ハナ\"\nborn = \"1990-02-30\"\nsex = \"F\"\n",
            ":5:8:",
        ),
        // A step that is illegal on its screen.
        (
            "s3.toml",
            "title = \"x\"\nat = \"2026-11-25T10:00:00+09:00\"\nuse_card = \"c0\"\npersonas = \"deck.toml\"\nsteps = [\n  { do = \"services\" },\n  { do = \"insert\", value = 100 },\n]\n",
            ":7:3:",
        ),
    ];
    for (name, text, pos) in cases {
        std::fs::write(dir.path().join(name), text).expect("write");
        let cmd = if name.starts_with('s') && name != "s3.toml" {
            "check"
        } else if name == "s3.toml" {
            "run"
        } else {
            "check"
        };
        let o = kofu(&[cmd, name], dir.path());
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{name}: {err}");
        assert!(
            err.contains(&format!("{name}{pos}")),
            "{name}: expected position {pos} in: {err}"
        );
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
    // A wrong PIN in a deck is reported without echoing it.
    std::fs::write(dir.path().join("d3.toml"), "[[person]]\nid = \"a\"\nname = \"見本 花\"\nkana = \"ミホン ハナ\"\nborn = \"1990-01-01\"\nsex = \"F\"\n[[card]]\nid = \"c\"\nholder = \"a\"\nmy_number = \"983205673214\"\napplied = \"2022-05-01\"\nissued = \"2022-06-01\"\ncert_issued = \"2022-06-01\"\npin = \"98765\"\n").expect("write");
    let o = kofu(&["check", "d3.toml"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&o.stderr).contains("98765"));
}

#[test]
fn bundled_files_check_clean_and_a_missing_file_is_exit_2() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = kofu(
        &[
            "check",
            "assets/personas.toml",
            "assets/vendors/fujifilm.toml",
            "assets/municipalities/tsukuba.toml",
        ],
        root,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = kofu(&["check", "no/such/file.toml"], root);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/file.toml"));
}

#[test]
fn happy_path_runs_and_failed_expectations_exit_1() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = kofu(
        &[
            "run",
            "assets/scenarios/happy-resident-fujifilm.toml",
            "--compact",
        ],
        root,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["status"], "issued");
    assert_eq!(v["change_yen"], 700);
    assert_eq!(v["documents"][0]["copies"], 2);
    assert!(
        v["documents"][0]["issue_number"]
            .as_str()
            .is_some_and(|n| n.starts_with('S'))
    );
    // The same scenario on a Sharp machine: consent and Next are supplied.
    let o = kofu(
        &[
            "run",
            "assets/scenarios/happy-resident-fujifilm.toml",
            "--vendor",
            "sharp",
            "--compact",
        ],
        root,
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["status"], "issued");
    assert_eq!(v["auto_steps"], serde_json::json!(["consent", "next"]));
    // Expecting the wrong fee fails with exit 1 and names the line.
    let dir = tempfile::tempdir().expect("tmp");
    let text = std::fs::read_to_string(root.join("assets/scenarios/happy-resident-fujifilm.toml"))
        .expect("read");
    let broken = text.replace("fee_yen = 300", "fee_yen = 450");
    std::fs::write(dir.path().join("x.toml"), broken).expect("write");
    let o = kofu(
        &["run", dir.path().join("x.toml").to_str().expect("utf8")],
        root,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("expected fee_yen = 450, got 300"));
}

#[test]
fn an_output_that_fails_mid_session_is_exit_1_and_the_session_ends_accounted() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("out");
    // The second copy's file name is taken by a folder: the first copy prints, the second
    // cannot be written (as a full or failing disk would).
    std::fs::create_dir_all(out.join("S000000001-resident_certificate-2of2.pdf")).unwrap();
    let state = dir.path().join("state");
    let scenario = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/scenarios/happy-resident-fujifilm.toml"
    );
    let o = kofu(
        &[
            "run",
            scenario,
            "--out",
            out.to_str().unwrap(),
            "--state",
            state.to_str().unwrap(),
            "--compact",
        ],
        dir.path(),
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("S000000001-resident_certificate-2of2.pdf"),
        "{err}"
    );
    assert!(err.contains("os error"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json outcome");
    // One copy printed and charged, the rest of the ¥1,000 back.
    assert_eq!(v["status"], "issued");
    assert_eq!(v["charged_yen"], 150);
    assert_eq!(v["change_yen"], 850);
    assert_eq!(v["paid_yen"], 1000);
    let records = kofu::store::Database::read_all(&state).unwrap();
    let journal: Vec<String> = records
        .iter()
        .map(|r| serde_json::to_string(r).unwrap())
        .collect();
    let last: Vec<&str> = journal.iter().rev().take(2).map(String::as_str).collect();
    assert!(
        last[1].contains("\"issue_done\"") && last[1].contains("\"failed\""),
        "{journal:?}"
    );
    assert!(last[1].contains("\"printed_copies\":1"), "{journal:?}");
    assert!(
        last[0].contains("\"session_ended\"") && last[0].contains("\"change_yen\":850"),
        "{journal:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_an_output_name_is_replaced_not_followed() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    let name = out.join("S000000001-resident_certificate-1of2.pdf");
    std::os::unix::fs::symlink(&victim, &name).unwrap();
    let scenario = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/scenarios/happy-resident-fujifilm.toml"
    );
    let o = kofu(
        &["run", scenario, "--out", out.to_str().unwrap(), "--compact"],
        dir.path(),
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    let meta = std::fs::symlink_metadata(&name).unwrap();
    assert!(meta.file_type().is_file(), "the link was followed or kept");
    assert!(std::fs::read(&name).unwrap().starts_with(b"%PDF"));
    // No temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
