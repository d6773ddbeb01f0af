//! A recording folder moves with its deck and profile (issue 23): the recorder writes their
//! paths relative to the recording, so a study folder copied to another machine (here: moved
//! elsewhere, the old place gone) replays with `kofu run` and `kofu study` from any working
//! directory. A recording written before, with absolute paths, still replays.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use kofu::domain::session::Screen;
use kofu::window::UiOptions;

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

use support::*;

fn kofu(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kofu"))
        .current_dir(cwd)
        .args(args)
        .output()
        .unwrap()
}

fn assets(p: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(p)
}

/// A study folder (`decks/`, `profiles/`, `rec/`) with one recorded session: the window was
/// given the deck and the profile as files of that folder.
fn record_study(study: &Path) -> String {
    for d in ["decks", "profiles"] {
        std::fs::create_dir_all(study.join(d)).unwrap();
    }
    let deck = study.join("decks/personas.toml");
    let profile = study.join("profiles/tsukuba.toml");
    std::fs::copy(assets("personas.toml"), &deck).unwrap();
    std::fs::copy(assets("municipalities/tsukuba.toml"), &profile).unwrap();
    let o = UiOptions {
        record: Some(study.join("rec")),
        personas: Some(deck),
        municipality: profile.display().to_string(),
        ..opts("sharp")
    };
    let mut h = harness(app(o));
    h.run();
    start_in_english(&mut h, "card-tsukuba-hanako");
    click(
        &mut h,
        "Certificates issued at your municipality of residence",
    );
    type_pin(&mut h, "1234");
    assert_eq!(screen(&h), Screen::RemoveCard);
    click(&mut h, "Remove card");
    print_one(&mut h, "Copy of resident certificate", 150);
    click(&mut h, "Finish");
    assert!(h.state().questionnaire().is_some(), "the session has ended");
    drop(h);
    let mut names: Vec<String> = std::fs::read_dir(study.join("rec"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    names.remove(0)
}

#[test]
fn a_moved_recording_folder_replays_with_run_and_study_from_elsewhere() {
    let here = tempfile::tempdir().unwrap();
    let study = here.path().join("study");
    let name = record_study(&study);
    let text = std::fs::read_to_string(study.join("rec").join(&name)).unwrap();
    assert!(
        text.contains("municipality = \"../profiles/tsukuba.toml\"")
            && text.contains("personas = \"../decks/personas.toml\"")
            && text.contains("status = \"issued\""),
        "{text}"
    );

    // Moved to "another machine": the old place is gone.
    let there = tempfile::tempdir().unwrap();
    let moved = there.path().join("copied/study");
    std::fs::create_dir_all(moved.parent().unwrap()).unwrap();
    std::fs::rename(&study, &moved).unwrap();
    drop(here);
    let elsewhere = tempfile::tempdir().unwrap();
    let scenario = moved.join("rec").join(&name);
    let out = kofu(elsewhere.path(), &["run", &scenario.display().to_string()]);
    let json = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{json}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(json.contains("\"expectations_met\": true"), "{json}");
    assert!(json.contains("\"status\": \"issued\""), "{json}");

    let report = elsewhere.path().join("report");
    let rec = moved.join("rec").display().to_string();
    let out = kofu(
        elsewhere.path(),
        &[
            "study",
            &rec,
            "--out",
            &report.display().to_string(),
            "--no-heatmaps",
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("without all their pictures"), "{err}");
    let session = name.trim_end_matches(".toml");
    let pictures = std::fs::read_dir(report.join("replay").join(session))
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "png"))
        .count();
    assert!(pictures > 3, "{pictures} replay pictures");

    // A recording of before (absolute paths, here the moved folder's) still replays.
    let absolute = text
        .replace(
            "\"../profiles/tsukuba.toml\"",
            &format!(
                "{:?}",
                moved.join("profiles/tsukuba.toml").display().to_string()
            ),
        )
        .replace(
            "\"../decks/personas.toml\"",
            &format!(
                "{:?}",
                moved.join("decks/personas.toml").display().to_string()
            ),
        );
    assert!(!absolute.contains("\"../"));
    let old = elsewhere.path().join("old.toml");
    std::fs::write(&old, absolute).unwrap();
    let out = kofu(elsewhere.path(), &["run", "old.toml"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
