//! Paths in a scenario (issue 23 item 4, issue 24 item 5): `municipality`, `vendor` and
//! `personas` files are read from the scenario's folder whatever the working directory; bundled
//! ids keep working; an unknown id or a missing file is reported at the scenario's line and
//! column with the ids there are; a recording's relative deck path replays from elsewhere.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::TimeZone;
use kofu::research::recording::script::{Script, ScriptHead};
use kofu::scenario::run::{RunOptions, kiosk_for};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const STEPS: &str = r#"at = "2026-06-10T10:00:00+09:00"
use_card = "card-tsukuba-hanako"
steps = [
  { do = "language", value = "en" },
  { do = "services" },
  { do = "cert_issue" },
  { do = "place_card" },
  { do = "residence" },
  { do = "pin", value = "1234" },
  { do = "remove_card" },
  { do = "certificate", value = "resident_certificate" },
  { do = "copies", value = 1 },
  { do = "confirm" },
  { do = "insert", value = 1000 },
  { do = "take_items" },
]
"#;

/// `kofu run` of `scenario` (as given) from `cwd`.
fn kofu_run(cwd: &Path, scenario: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kofu"))
        .current_dir(cwd)
        .args(["run", "--compact", scenario])
        .output()
        .unwrap()
}

/// A folder `a/` holding a scenario whose `head` lines come first, and its files beside it;
/// an empty folder `b/` to run from.
fn folders(head: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a");
    std::fs::create_dir_all(a.join("decks")).unwrap();
    std::fs::create_dir_all(dir.path().join("b")).unwrap();
    std::fs::copy(
        root().join("assets/municipalities/tsukuba.toml"),
        a.join("town.toml"),
    )
    .unwrap();
    std::fs::copy(
        root().join("assets/vendors/sharp.toml"),
        a.join("machine.toml"),
    )
    .unwrap();
    std::fs::copy(
        root().join("tests/compat/design-2026-11/personas.toml"),
        a.join("decks/people.toml"),
    )
    .unwrap();
    let text = format!("title = \"paths\"\n{head}{STEPS}\n[expect]\nstatus = \"issued\"\n");
    std::fs::write(a.join("s.toml"), text).unwrap();
    dir
}

#[test]
fn files_named_in_a_scenario_are_read_from_its_folder() {
    let dir = folders(
        "municipality = \"town.toml\"\nvendor = \"machine.toml\"\npersonas = \"decks/people.toml\"\n",
    );
    let out = kofu_run(&dir.path().join("b"), "../a/s.toml");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let o: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (o["vendor"].as_str(), o["status"].as_str()),
        (Some("sharp"), Some("issued"))
    );
}

#[test]
fn bundled_ids_still_work_from_anywhere() {
    let dir = folders(
        "municipality = \"tsukuba\"\nvendor = \"sharp\"\npersonas = \"decks/people.toml\"\n",
    );
    let out = kofu_run(&dir.path().join("b"), "../a/s.toml");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_unknown_id_is_reported_at_the_scenario_line_with_the_ids_there_are() {
    for (head, line, col, says) in [
        (
            "municipality = \"atlantis\"\n",
            2,
            16,
            "unknown municipality `atlantis`; the bundled ones are ",
        ),
        (
            "vendor = \"acme\"\n",
            2,
            10,
            "unknown vendor `acme`; the bundled ones are fujifilm, sharp",
        ),
        (
            "municipality = \"nowhere.toml\"\n",
            2,
            16,
            "`municipality`: no file ",
        ),
        (
            "personas = \"decks/none.toml\"\n",
            2,
            12,
            "`personas`: no file ",
        ),
    ] {
        let dir = folders(head);
        let out = kofu_run(&dir.path().join("b"), "../a/s.toml");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{head}: {err}");
        let want = format!("../a/s.toml:{line}:{col}: {says}");
        assert!(err.contains(&want), "{head}: wanted {want}\ngot {err}");
    }
    let dir = folders("municipality = \"atlantis\"\n");
    let err =
        String::from_utf8_lossy(&kofu_run(&dir.path().join("b"), "../a/s.toml").stderr).to_string();
    assert!(err.contains("tsukuba") && err.contains("toshima"), "{err}");
}

#[test]
fn a_recording_with_a_relative_deck_replays_from_its_own_folder() {
    // The window was started in the crate's folder with `--personas <relative path>`.
    let deck = "tests/compat/design-2026-11/personas.toml";
    assert!(
        Path::new(deck).is_file(),
        "tests run from the crate's folder"
    );
    let at = chrono_tz::Asia::Tokyo
        .with_ymd_and_hms(2026, 6, 10, 10, 0, 0)
        .single()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let head = ScriptHead {
        title: "Recorded",
        dir: dir.path(),
        municipality: "tests/compat/renamed/municipality.toml",
        vendor: "fujifilm",
        at,
        personas: Some(deck),
        status: "issued",
        left: true,
        reason: None,
        fee_yen: 0,
        paid_yen: 0,
        documents: 0,
    };
    let text = Script::new(at).to_toml(&head).unwrap();
    // Written relative to the recording's folder (README "Recording").
    assert!(text.contains("personas = \"../"), "{text}");
    let path = dir.path().join("recording.toml");
    std::fs::write(&path, &text).unwrap();
    let sc = kofu::scenario::load(&path).unwrap();
    let kiosk = kiosk_for(&sc, &RunOptions::default());
    assert!(kiosk.is_ok(), "{text}\n{:?}", kiosk.err());
    assert_eq!(
        sc.personas
            .as_deref()
            .map(Path::canonicalize)
            .unwrap()
            .unwrap(),
        Path::new(deck).canonicalize().unwrap()
    );
}
