//! The round's races (issue 24 item 6): eight kiosk processes on one state folder.
//!
//! - one card, eight wrong PINs entered at one barrier, round after round (a fresh card each
//!   round, `KOFU_HARNESS_RACE_ROUNDS`, 25 by default): the card locks after exactly three wrong
//!   PINs — two are told "wrong" (2 and 1 tries left), the rest are refused as locked, the count
//!   is 3 and the journal holds exactly the counts 1, 2, 3;
//! - one card, eight processes issuing certificates for it at once (`kofu soak`, 60 each): no
//!   issue number repeats, every issue is done, the card's count ends clear.
//!
//! Behind `--ignored` (under a minute on 2 cores): `.ci/run` runs it.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::harness::{self, kofu};
use kofu::domain::calendar::parse_instant;
use kofu::domain::reason::Reason;
use kofu::domain::record::Record;
use kofu::domain::session::{Event, Kiosk, NullPrinter, Screen, Session};
use kofu::kiosk::{load_deck, load_municipality, load_vendor};
use kofu::store::Database;

const CHILD: &str = "KOFU_HARNESS_RACE_CHILD";
const KIOSKS: usize = 8;

/// Waits until `name` exists in `dir` (the barrier), at most 120 s.
fn wait_for(dir: &Path, name: &str) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while !dir.join(name).exists() {
        assert!(Instant::now() < deadline, "barrier {name} never came");
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// A child kiosk: each round, read card `c<round>` to the PIN screen, say `ready-R-ME`, wait
/// for `go-R`, enter a wrong PIN, write what it saw to `done-R-ME`.
#[test]
fn child_kiosk() {
    let Some(dir) = std::env::var_os(CHILD).map(PathBuf::from) else {
        return;
    };
    let me = std::env::var("KOFU_HARNESS_RACE_ME").unwrap();
    let rounds: usize = std::env::var("KOFU_HARNESS_RACE_N")
        .unwrap()
        .parse()
        .unwrap();
    let kiosk = Arc::new(Kiosk {
        registry: load_deck(&dir.join("deck.toml")).unwrap(),
        municipality: load_municipality("tsukuba").unwrap(),
        vendor: load_vendor("fujifilm").unwrap(),
        kiosk_id: format!("kiosk-{me}"),
    });
    for round in 0..rounds {
        let store = Database::open(&dir.join("state")).unwrap();
        let mut s = Session::new(
            kiosk.clone(),
            Box::new(store),
            Box::new(NullPrinter),
            parse_instant("2026-11-25T10:00:00+09:00").unwrap(),
            format!("s-{me}-{round}"),
        );
        for e in [
            Event::Services,
            Event::CertIssue,
            Event::PlaceCard(format!("c{round}")),
            Event::Residence,
        ] {
            s.handle(e).unwrap();
        }
        assert_eq!(s.screen(), Screen::Pin, "round {round}: the card was clear");
        std::fs::write(dir.join(format!("ready-{round}-{me}")), "").unwrap();
        wait_for(&dir, &format!("go-{round}"));
        s.handle(Event::Pin("0000".into())).unwrap();
        let outcome = match (s.screen(), s.refusal().map(|r| r.reason)) {
            (_, Some(Reason::PinLocked)) => "locked".to_string(),
            (Screen::Pin, _) => format!("wrong-{}", s.pin_tries_left()),
            (other, _) => other.name().to_string(),
        };
        // Written aside and renamed, so the parent never reads it half-written.
        let part = dir.join(format!("part-{round}-{me}"));
        std::fs::write(&part, outcome).unwrap();
        std::fs::rename(&part, dir.join(format!("done-{round}-{me}"))).unwrap();
    }
}

#[test]
#[ignore = "the round's size, under a minute: cargo test --test harness_races -- --ignored"]
fn eight_kiosks_lock_a_card_after_exactly_three_wrong_pins() {
    let rounds = usize::try_from(harness::size("RACE_ROUNDS", 25)).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    common::write_deck(&dir.join("deck.toml"), rounds);
    Database::open(&dir.join("state")).unwrap();
    let children: Vec<_> = (0..KIOSKS)
        .map(|me| {
            Command::new(std::env::current_exe().unwrap())
                .args(["child_kiosk", "--exact", "--nocapture"])
                .env(CHILD, dir)
                .env("KOFU_HARNESS_RACE_ME", me.to_string())
                .env("KOFU_HARNESS_RACE_N", rounds.to_string())
                .env(
                    "KOFU_ASSETS",
                    concat!(env!("CARGO_MANIFEST_DIR"), "/assets"),
                )
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut seen: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    for round in 0..rounds {
        for me in 0..KIOSKS {
            wait_for(dir, &format!("ready-{round}-{me}"));
        }
        std::fs::write(dir.join(format!("go-{round}")), "").unwrap();
        let mut outcomes: Vec<String> = (0..KIOSKS)
            .map(|me| {
                let done = format!("done-{round}-{me}");
                wait_for(dir, &done);
                std::fs::read_to_string(dir.join(done)).unwrap()
            })
            .collect();
        outcomes.sort();
        let mut want = vec!["locked".to_string(); KIOSKS - 2];
        want.extend(["wrong-1".to_string(), "wrong-2".to_string()]);
        assert_eq!(outcomes, want, "round {round}");
        *seen.entry(outcomes).or_default() += 1;
    }
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let records = Database::read_all(&dir.join("state")).unwrap();
    let mut db = Database::open(&dir.join("state")).unwrap();
    for round in 0..rounds {
        let card = format!("c{round}");
        let counts: Vec<u8> = records
            .iter()
            .filter_map(|r| match r {
                Record::Pin {
                    card: c, failures, ..
                } if *c == card => Some(*failures),
                _ => None,
            })
            .collect();
        assert_eq!(counts, [1, 2, 3], "{card}: the counts written");
        assert_eq!(db.pin_failures(&card).unwrap(), Some(3), "{card}");
    }
    eprintln!(
        "races: {rounds} rounds × {KIOSKS} kiosks, one wrong PIN each at a barrier: every card \
         locked after exactly three ({} entries after the lock refused, uncounted)",
        rounds * (KIOSKS - 3)
    );
}

#[test]
#[ignore = "the round's size, under a minute: cargo test --test harness_races -- --ignored"]
fn eight_kiosks_issuing_for_one_card_repeat_no_number() {
    let per = harness::size("RACE_ISSUES", 60);
    let tmp = tempfile::tempdir().unwrap();
    let deck = tmp.path().join("deck.toml");
    common::write_deck(&deck, 1);
    let state = tmp.path().join("state");
    let children: Vec<_> = (0..KIOSKS)
        .map(|i| {
            let mut c = kofu();
            c.args(["soak", "--card", "c0", "--pin", "1234"])
                .args(["--sessions", &per.to_string(), "--kiosk", &format!("k{i}")])
                .arg("--state")
                .arg(&state)
                .arg("--personas")
                .arg(&deck)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    let mut reported = BTreeSet::new();
    for c in children {
        let o = c.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "a kiosk failed: {err}");
        for l in String::from_utf8_lossy(&o.stdout).lines() {
            if let ["issued", n, ..] = l.split_whitespace().collect::<Vec<_>>().as_slice() {
                assert!(reported.insert(n.to_string()), "{n} reported twice");
            }
        }
    }
    let records = Database::read_all(&state).unwrap();
    let (mut started, mut done) = (BTreeSet::new(), BTreeSet::new());
    for r in &records {
        match r {
            Record::IssueStarted { issue, .. } => {
                assert!(started.insert(issue.to_string()), "{issue} repeated");
            }
            Record::IssueDone { issue, .. } => {
                assert!(done.insert(issue.to_string()), "{issue} done twice");
            }
            _ => {}
        }
    }
    let want = usize::try_from(per).unwrap() * KIOSKS;
    assert_eq!(started.len(), want);
    assert_eq!(done, started);
    assert_eq!(reported, started);
    let count = Database::open(&state).unwrap().pin_failures("c0").unwrap();
    assert_eq!(count, Some(0), "eight right PINs at once left a count");
    eprintln!("races: {KIOSKS} kiosks × {per} issues for one card: {want} numbers, none repeated");
}
