//! A recording survives the window being killed: a child process (this test binary again)
//! drives a recorded session on Sharp — a wrong PIN, a pause on the PIN screen — and is then
//! killed with SIGKILL from outside, mid-session, with nothing closed or flushed. What it left
//! on disk must be a timeline `kofu study` reads as `interrupted` with everything up to the
//! cut, and a scenario `kofu run` replays to the same screens.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::Duration;

use kofu::domain::session::Screen;
use kofu::research::timeline::Timeline;
use kofu::window::UiOptions;

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

use support::*;

/// Where the child records (set only for the child).
const CHILD_DIR: &str = "KOFU_KILL_TEST_DIR";
/// What the child prints when it is mid-session and may be killed.
const READY: &str = "kofu-kill-test: on the PIN screen";

/// The child's half: records until killed. Ignored, and a no-op unless the parent set
/// `KOFU_KILL_TEST_DIR`.
#[test]
#[ignore = "the child process of a_session_killed_with_sigkill_is_read_as_interrupted"]
fn child_records_until_killed() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let mut o = UiOptions {
        record: Some(dir.into()),
        ..opts("sharp")
    };
    o.design.participant = Some("P09".into());
    o.design.task = Some("resident certificate".into());
    let mut h = harness(app(o));
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
    let mut out = std::io::stdout().lock();
    writeln!(out, "{READY}").unwrap();
    out.flush().unwrap();
    drop(out);
    // Keep the window alive (and its files open) until the parent kills the process.
    std::thread::sleep(Duration::from_secs(120));
    std::process::exit(3);
}

#[test]
fn a_session_killed_with_sigkill_is_read_as_interrupted() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("rec");
    std::fs::create_dir(&rec).unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_records_until_killed", "--ignored"])
        .args(["--nocapture", "--test-threads=1"])
        .env(CHILD_DIR, &rec)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let ready = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|l| l.contains(READY));
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert!(
        ready,
        "the child never reached the PIN screen ({status}):\n{err}"
    );
    assert_eq!(status.signal(), Some(9), "killed by SIGKILL");

    let timelines: Vec<_> = std::fs::read_dir(&rec)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".timeline.json"))
        .collect();
    assert_eq!(timelines.len(), 1, "one session, written as it went");
    let tl: Timeline =
        serde_json::from_str(&std::fs::read_to_string(&timelines[0]).unwrap()).unwrap();
    assert_eq!(tl.outcome.status, "interrupted");
    assert_eq!(tl.design.participant.as_deref(), Some("P09"));
    assert_eq!(tl.outcome.screens.last().map(String::as_str), Some("pin"));
    assert!(
        tl.outcome.errors.iter().any(|e| e == "wrong_pin"),
        "the wrong PIN before the cut is kept: {:?}",
        tl.outcome.errors
    );
    // No temporary file is left looking like a session.
    let names: Vec<String> = std::fs::read_dir(&rec)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "a timeline and its scenario: {names:?}");

    // `kofu run` replays the scenario to the same screens.
    let scenario = rec.join(&tl.scenario);
    let run = Command::new(env!("CARGO_BIN_EXE_kofu"))
        .args(["run", "--compact"])
        .arg(&scenario)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "kofu run: {text}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let outcome: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(outcome["screens"], serde_json::json!(tl.outcome.screens));

    // `kofu study` counts it as an interrupted session of P09's.
    let out = dir.path().join("report");
    let study = Command::new(env!("CARGO_BIN_EXE_kofu"))
        .args(["study", "--no-replays", "--no-heatmaps", "--out"])
        .arg(&out)
        .arg(&rec)
        .output()
        .unwrap();
    assert!(
        study.status.success(),
        "kofu study: {}",
        String::from_utf8_lossy(&study.stderr)
    );
    let csv = std::fs::read_to_string(out.join("sessions.csv")).unwrap();
    let mut rows = csv.lines();
    let head: Vec<&str> = rows.next().unwrap().split(',').collect();
    let row: Vec<&str> = rows.next().unwrap().split(',').collect();
    let col = |name: &str| row[head.iter().position(|h| *h == name).unwrap()];
    assert_eq!(col("status"), "interrupted");
    assert_eq!(col("participant"), "P09");
    assert_eq!(col("completed"), "false");
}
