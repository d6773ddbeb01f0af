//! Files and streams that never hang or panic (issue 24, item 5): standard output that cannot
//! be written, a named pipe given as an input, a huge value quoted in a message, and
//! `audit --out` at a plain file.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

const SCENARIO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/scenarios/back-and-forth.toml"
);

fn kofu(args: &[&str], cwd: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kofu"));
    c.args(args).current_dir(cwd).env(
        "KOFU_ASSETS",
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets"),
    );
    c
}

/// Waits for `child` at most `limit`; a child still running is killed and the test fails (a
/// hang must not hang the test suite).
fn wait_within(mut child: Child, limit: Duration) -> (ExitStatus, String) {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                std::io::Read::read_to_string(&mut e, &mut err).unwrap();
            }
            return (status, err);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("kofu still running after {limit:?}: it blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn no_panic(err: &str) {
    assert!(!err.contains("panicked"), "a panic: {err}");
    assert!(!err.contains("failed printing"), "println! failed: {err}");
}

#[test]
fn stdout_on_a_full_device_is_exit_1_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["run", SCENARIO],
        vec!["check", SCENARIO],
        vec!["predict", SCENARIO],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let child = kofu(&args, dir.path())
            .stdout(full)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (status, err) = wait_within(child, Duration::from_secs(120));
        no_panic(&err);
        assert_eq!(status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("standard output"), "{args:?}: {err}");
        assert!(err.lines().count() <= 2, "{args:?}: {err}");
    }
}

#[test]
fn a_closed_pipe_is_exit_1_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = kofu(&["run", SCENARIO], dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before kofu writes (as `| head -c 0` would).
    drop(child.stdout.take());
    let (status, err) = wait_within(child, Duration::from_secs(120));
    no_panic(&err);
    assert_eq!(status.code(), Some(1), "{err}");
}

#[test]
fn a_named_pipe_as_an_input_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("scenario.toml");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo");
    for cmd in ["run", "check", "predict", "verify"] {
        let child = kofu(&[cmd, "scenario.toml"], dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (status, err) = wait_within(child, Duration::from_secs(20));
        no_panic(&err);
        assert_eq!(status.code(), Some(2), "{cmd}: {err}");
        assert!(err.contains("scenario.toml"), "{cmd}: {err}");
        assert!(err.contains("not a regular file"), "{cmd}: {err}");
    }
}

#[test]
fn a_huge_value_is_quoted_short() {
    let dir = tempfile::tempdir().unwrap();
    let huge = "v".repeat(2_000_000);
    let cases = [
        format!("title = \"x\"\nat = \"{huge}\"\nsteps = [{{ do = \"services\" }}]\n"),
        format!("title = \"x\"\nvendor = \"{huge}\"\nsteps = [{{ do = \"services\" }}]\n"),
        format!("title = \"x\"\nsteps = [{{ do = \"{huge}\" }}]\n"),
    ];
    for (i, text) in cases.iter().enumerate() {
        std::fs::write(dir.path().join("big.toml"), text).unwrap();
        for cmd in ["check", "run"] {
            let o: Output = kofu(&[cmd, "big.toml"], dir.path()).output().unwrap();
            let err = String::from_utf8_lossy(&o.stderr);
            no_panic(&err);
            assert_eq!(o.status.code(), Some(2), "case {i} {cmd}: {}", &err[..200]);
            assert!(err.len() < 1024, "case {i} {cmd}: {} bytes", err.len());
            assert!(err.contains('…'), "case {i} {cmd}: {err}");
        }
    }
}

#[test]
fn audit_out_at_a_plain_file_is_exit_1_with_the_path() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plain"), "not a folder").unwrap();
    let o = kofu(
        &[
            "audit", "--out", "plain", "--lang", "en", "--vendor", "sharp",
        ],
        dir.path(),
    )
    .output()
    .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    no_panic(&err);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("plain"), "{err}");
}
