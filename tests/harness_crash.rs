//! The round's crash harness (issue 24 item 6): `kofu run` processes on one state folder and
//! one `--out` folder, SIGKILLed at ≥ 300 random points (`KOFU_HARNESS_KILLS`), the state
//! recounted after every run:
//!
//! - the state opens, as a kiosk and as a reader, and no half-written record is read back;
//! - every issue a finished run reported is in the state, done; no issue number repeats;
//! - the PIN count in the `pins` table is the journal's last count for the card, and every issue
//!   was preceded by its PIN entries counted first (`1, 2, 0`: the wrong PIN counted, the right
//!   one counted, then cleared): a right PIN judged before it was counted shows as `1, 0`;
//! - at the end, every PDF in `--out` (not a `.kofu-*.part`) verifies against the state.
//!
//! Behind `--ignored` (about 2 minutes on 2 cores): `.ci/run` runs it.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::harness::{self, kofu};
use kofu::domain::record::Record;
use kofu::store::Database;

const CARD: &str = "c0";

#[test]
#[ignore = "the round's size, ≈ 2 min: cargo test --test harness_crash -- --ignored"]
fn three_hundred_kills_of_runs_on_one_folder_lose_nothing() {
    let kills_wanted = harness::size("KILLS", 300);
    let tmp = tempfile::tempdir().unwrap();
    let deck = tmp.path().join("deck.toml");
    common::write_deck(&deck, 1);
    let sc = tmp.path().join("s.toml");
    std::fs::write(&sc, harness::scenario(&deck, &["0000", "1234"])).unwrap();
    let (state, out) = (tmp.path().join("state"), tmp.path().join("out"));
    let run = |cmd: &mut std::process::Command| {
        cmd.arg("run")
            .arg(&sc)
            .arg("--state")
            .arg(&state)
            .arg("--out")
            .arg(&out)
            .arg("--compact");
    };
    // How long a run takes here: the kills fall anywhere in it (a fifth of them after it).
    let mut finished = BTreeSet::new();
    let mut took = Vec::new();
    for _ in 0..3 {
        let mut cmd = kofu();
        run(&mut cmd);
        let e = harness::run_with_timeout(&mut cmd, Duration::from_secs(60));
        assert_eq!(e.code, Some(0), "{}", e.stderr);
        finished.extend(harness::issued_numbers(&e.stdout));
        took.push(e.took);
        recount(&state, &finished);
    }
    took.sort();
    let (mut mid_pin, mut mid_issue) = (0, 0);
    let span = u64::try_from(took[1].as_micros()).unwrap() * 5 / 4;
    let mut rng = common::Rng(0xC0FF_EE00_D15E_A5E5);
    let (mut killed, mut runs) = (0, 3);
    while killed < kills_wanted {
        runs += 1;
        let mut cmd = kofu();
        run(&mut cmd);
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let readers = harness::readers(&mut child);
        let at = Duration::from_micros(rng.range(0, span));
        let started = Instant::now();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break Some(s);
            }
            if started.elapsed() >= at {
                child.kill().unwrap();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_micros(200));
        };
        let (stdout, stderr) = (readers.0.join().unwrap(), readers.1.join().unwrap());
        match status {
            Some(s) => {
                assert!(s.success(), "a run ended on its own and failed: {stderr}");
                finished.extend(harness::issued_numbers(&stdout));
            }
            None => killed += 1,
        }
        let (count, open) = recount(&state, &finished);
        if status.is_none() {
            mid_pin += usize::from(count > 0);
            mid_issue += usize::from(open);
        }
    }
    let pdfs = finished_pdfs(&out);
    let verified = verify_all(&state, &pdfs);
    eprintln!(
        "crash harness: {runs} runs, {killed} killed (a run takes {:?}; {mid_pin} kills left a \
         PIN entry counted, {mid_issue} an issue started and not done), {} finished; {} PDFs in \
         --out, {verified} verified ok",
        took[1],
        finished.len(),
        pdfs.len(),
    );
    assert!(
        finished.len() >= 3 && verified >= finished.len(),
        "every finished run's PDF is in --out"
    );
    // The share of kills that land mid-way depends on how much of a run is process start on
    // the machine (seen: 57 and 103 of 300 here); a tenth keeps the harness from passing with
    // every kill before the run touched the state.
    assert!(
        mid_pin + mid_issue >= usize::try_from(killed / 10).unwrap(),
        "too few kills landed in the middle of a decision: {mid_pin} + {mid_issue}"
    );
}

/// After every run: the state opens and reads whole, keeps every finished issue done, repeats
/// no issue number, its PIN count is the journal's, and each issue's PIN entries were counted
/// before they were judged. Then the card's count is cleared (the resident entered the right
/// PIN at another kiosk), so a run never meets a locked card. The count found, and whether
/// the last issue started is not done.
fn recount(state: &Path, finished: &BTreeSet<String>) -> (u8, bool) {
    let (records, stats) = Database::read_all_with_stats(state).expect("the state reads");
    assert_eq!(stats.unknown_records, 0, "a half-written record read back");
    let mut started = BTreeSet::new();
    let mut done = BTreeSet::new();
    let mut pins: Vec<u8> = Vec::new();
    for r in &records {
        match r {
            Record::Pin { card, failures, .. } if card == CARD => pins.push(*failures),
            Record::IssueStarted { issue, .. } => {
                assert!(started.insert(*issue), "issue number {issue} repeated");
                let last: Vec<u8> = pins.iter().rev().take(3).rev().copied().collect();
                assert_eq!(
                    last,
                    [1, 2, 0],
                    "issue {issue}: its PIN entries were not each counted before judged"
                );
            }
            Record::IssueDone { issue, .. } => {
                done.insert(issue.to_string());
            }
            _ => {}
        }
    }
    let open = started
        .iter()
        .next_back()
        .is_some_and(|n| !done.contains(&n.to_string()));
    for n in finished {
        assert!(
            done.contains(n),
            "issue {n} reported by a finished run, lost"
        );
    }
    let mut db = Database::open(state).expect("the state opens as a kiosk");
    let count = db.pin_failures(CARD).unwrap();
    assert_eq!(
        count,
        pins.last().copied(),
        "the pins table and the journal disagree"
    );
    let count = count.unwrap_or(0);
    assert!(count <= 2, "a run on a clear card counted {count}");
    if count > 0 {
        db.record_pin_entry(CARD, 0, true, "2026-11-25T10:00:00+09:00")
            .unwrap();
    }
    (count, open)
}

/// The PDFs in `out`, leaving out the temporaries of killed runs.
fn finished_pdfs(out: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            !name.starts_with('.') && name.ends_with(".pdf")
        })
        .collect();
    v.sort();
    v
}

/// `kofu verify` over every PDF, 40 to a call: each must be `ok`, a killed run's too (a copy
/// is put in `--out` only once the state has recorded it: before that order, this harness saw
/// 3 PDFs in 900 kills that `verify` called unknown). The number verified.
fn verify_all(state: &Path, pdfs: &[PathBuf]) -> usize {
    let mut ok = 0;
    for chunk in pdfs.chunks(40) {
        let e = harness::run_with_timeout(
            kofu().arg("verify").args(chunk).arg("--state").arg(state),
            Duration::from_secs(120),
        );
        assert!(e.code.is_some(), "verify hung or crashed: {}", e.stderr);
        for line in e.stdout.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert!(v["ok"] == true, "verify refused a PDF in --out: {line}");
            ok += 1;
        }
    }
    assert_eq!(ok, pdfs.len(), "a verdict per file");
    ok
}
