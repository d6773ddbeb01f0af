//! Crash safety: a kiosk process killed with SIGKILL at ≥ 200 random points while issuing.
//! After each kill the journal loads; no issue the process reported done is lost; no
//! half-written record is read back; PIN counters never go back.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::io::BufRead;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use kofu::domain::record::{IssueNumber, Record};
use kofu::store::Database;

#[test]
fn sigkill_at_random_points_loses_nothing_reported() {
    let dir = tempfile::tempdir().expect("tmp");
    let deck = dir.path().join("deck.toml");
    common::write_deck(&deck, 1);
    let state = dir.path().join("state");
    let kills: u32 = std::env::var("KOFU_CRASH_POINTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(220);
    let mut rng = common::Rng(0x9E37_79B9_7F4A_7C15);
    let mut reports = Reports::default();
    let mut killed_while_working = 0;
    for _ in 0..kills {
        let (out, seen) = kill_at_random(soak(&state, &deck), &mut rng);
        if seen {
            killed_while_working += 1;
        }
        reports.read(&out);
        check_journal(&state, &reports);
    }
    eprintln!(
        "crash test: {kills} kills, {killed_while_working} while the process was issuing, {} issues reported done and kept",
        reports.done.len()
    );
    assert!(
        killed_while_working >= kills / 2,
        "too few kills landed while issuing ({killed_while_working})"
    );
    assert!(!reports.done.is_empty());
}

/// A kiosk process issuing certificates for card `c0` over and over (a wrong PIN first each
/// time), reporting each issue and PIN count on its stdout.
fn soak(state: &Path, deck: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_kofu"))
        .args([
            "soak",
            "--card",
            "c0",
            "--pin",
            "1234",
            "--sessions",
            "100000",
            "--wrong-pin-first",
        ])
        .arg("--state")
        .arg(state)
        .arg("--personas")
        .arg(deck)
        .env(
            "KOFU_ASSETS",
            concat!(env!("CARGO_MANIFEST_DIR"), "/assets"),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn")
}

/// Reads the child's reports as they come and kills it at a random point once it is issuing:
/// what it reported, and whether it had reported anything (was working) when killed.
fn kill_at_random(mut child: Child, rng: &mut common::Rng) -> (String, bool) {
    let stdout = child.stdout.take().expect("stdout");
    let seen = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let seen2 = seen.clone();
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        let mut r = std::io::BufReader::new(stdout);
        let mut line = String::new();
        while r.read_line(&mut line).unwrap_or(0) > 0 {
            seen2.store(true, std::sync::atomic::Ordering::SeqCst);
            out.push_str(&line);
            line.clear();
        }
        out
    });
    let started = std::time::Instant::now();
    while !seen.load(std::sync::atomic::Ordering::SeqCst)
        && started.elapsed() < Duration::from_secs(10)
    {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the kiosk process stopped on its own: {status}");
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    std::thread::sleep(Duration::from_micros(rng.range(0, 25_000)));
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let out = reader.join().unwrap_or_default();
    (out, seen.load(std::sync::atomic::Ordering::SeqCst))
}

/// What the killed processes reported, over all the kills.
#[derive(Default)]
struct Reports {
    /// Issues reported done.
    done: Vec<IssueNumber>,
    /// PIN failure counts reported, in order.
    pins: Vec<u8>,
    /// The last PIN failure count reported.
    last_pin: Option<u8>,
}

impl Reports {
    /// Takes in one process's reports (`issued N HOLDER CARD`, `pin CARD COUNT`).
    fn read(&mut self, out: &str) {
        for line in out.lines() {
            let parts: Vec<&str> = line.split_whitespace().collect();
            match parts.as_slice() {
                ["issued", n, holder, "c0"] => {
                    assert_eq!(*holder, "p0");
                    self.done.push(IssueNumber::parse(n).expect("issue number"));
                }
                ["pin", "c0", f] => {
                    let v: u8 = f.parse().expect("count");
                    self.pins.push(v);
                    self.last_pin = Some(v);
                }
                // A line cut by the kill is not a report.
                _ => {}
            }
        }
    }
}

/// After every kill: the journal loads, with no corrupt line; it keeps every issue and PIN count
/// reported; the PIN counter never went back; issue numbers stay unique.
fn check_journal(state: &Path, reports: &Reports) {
    let (records, stats) = Database::read_all_with_stats(state).expect("journal loads");
    assert_eq!(
        stats.unknown_records, 0,
        "a half-written record was read back"
    );
    let done: std::collections::BTreeSet<IssueNumber> = records
        .iter()
        .filter_map(|r| match r {
            Record::IssueDone { issue, .. } => Some(*issue),
            _ => None,
        })
        .collect();
    for n in &reports.done {
        assert!(done.contains(n), "issue {n} reported done but lost");
    }
    let pins: Vec<u8> = records
        .iter()
        .filter_map(|r| match r {
            Record::Pin { card, failures, .. } if card == "c0" => Some(*failures),
            _ => None,
        })
        .collect();
    // Every count the process reported is in the journal, in order: none went back.
    let mut it = pins.iter();
    for r in &reports.pins {
        assert!(
            it.any(|p| p == r),
            "reported PIN count {r} missing from the journal"
        );
    }
    if let (Some(reported), Some(now)) = (reports.last_pin, pins.last()) {
        // Since the last report at most one more entry happened: a wrong one (+1) or a reset.
        let allowed: &[u8] = if reported == 0 {
            &[0, 1]
        } else {
            &[reported, reported + 1, 0]
        };
        assert!(
            allowed.contains(now),
            "PIN counter went back: reported {reported}, journal {now}"
        );
        assert!(*now < 3, "the soak never locks the card");
    }
    // Issue numbers stay unique.
    let mut started: Vec<IssueNumber> = records
        .iter()
        .filter_map(|r| match r {
            Record::IssueStarted { issue, .. } => Some(*issue),
            _ => None,
        })
        .collect();
    let n = started.len();
    started.sort();
    started.dedup();
    assert_eq!(started.len(), n, "duplicate issue number");
}
