//! Two kiosk processes on one state folder, the same card, wrong PINs interleaved at a
//! barrier: both read the count before either writes. No count may be lost (the review found
//! 1, 2, 3 (locked), then 1: six wrong PINs before the lock), and a correct PIN at one kiosk
//! must not unlock what the other locked.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use kofu::domain::calendar::parse_instant;
use kofu::domain::reason::Reason;
use kofu::domain::session::{Event, Kiosk, NullPrinter, Screen, Session};
use kofu::kiosk::{load_deck, load_municipality, load_vendor};
use kofu::store::Database;

const CHILD: &str = "KOFU_PIN_INTERLEAVE_CHILD";

/// Waits until `name` exists in `dir` (the barrier), at most 60 s.
fn wait_for(dir: &Path, name: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !dir.join(name).exists() {
        assert!(Instant::now() < deadline, "barrier {name} never came");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The child: for each round, read the card (choose residence), say "ready-ROUND-ME", wait for
/// "go-ROUND", enter the PIN of that round, say "done-ROUND-ME" with the screen it reached.
#[test]
fn child_kiosk() {
    let Some(dir) = std::env::var_os(CHILD).map(PathBuf::from) else {
        return;
    };
    let me = std::env::var("KOFU_PIN_INTERLEAVE_ME").unwrap();
    let pins: Vec<String> = std::env::var("KOFU_PIN_INTERLEAVE_PINS")
        .unwrap()
        .split(',')
        .map(str::to_string)
        .collect();
    let kiosk = Arc::new(Kiosk {
        registry: load_deck(&dir.join("deck.toml")).unwrap(),
        municipality: load_municipality("tsukuba").unwrap(),
        vendor: load_vendor("fujifilm").unwrap(),
        kiosk_id: format!("kiosk-{me}"),
    });
    for (round, pin) in pins.iter().enumerate() {
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
            Event::PlaceCard("c0".into()),
        ] {
            s.handle(e).unwrap();
        }
        s.handle(Event::Residence).unwrap();
        let read_locked = s.screen() != Screen::Pin;
        std::fs::write(dir.join(format!("ready-{round}-{me}")), "").unwrap();
        wait_for(&dir, &format!("go-{round}"));
        let outcome = if read_locked {
            "locked-at-read".to_string()
        } else {
            s.handle(Event::Pin(pin.clone())).unwrap();
            match (s.screen(), s.refusal().map(|r| r.reason)) {
                (_, Some(Reason::PinLocked)) => "locked".to_string(),
                (Screen::Pin, _) => format!("wrong-{}", s.pin_tries_left()),
                (other, _) => other.name().to_string(),
            }
        };
        std::fs::write(dir.join(format!("done-{round}-{me}")), outcome).unwrap();
    }
}

fn spawn(dir: &Path, me: &str, pins: &str) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["child_kiosk", "--exact", "--nocapture"])
        .env(CHILD, dir)
        .env("KOFU_PIN_INTERLEAVE_ME", me)
        .env("KOFU_PIN_INTERLEAVE_PINS", pins)
        .env(
            "KOFU_ASSETS",
            concat!(env!("CARGO_MANIFEST_DIR"), "/assets"),
        )
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn round(dir: &Path, n: usize) -> (String, String) {
    wait_for(dir, &format!("ready-{n}-a"));
    wait_for(dir, &format!("ready-{n}-b"));
    std::fs::write(dir.join(format!("go-{n}")), "").unwrap();
    wait_for(dir, &format!("done-{n}-a"));
    wait_for(dir, &format!("done-{n}-b"));
    let read = |me: &str| std::fs::read_to_string(dir.join(format!("done-{n}-{me}"))).unwrap();
    (read("a"), read("b"))
}

#[test]
fn two_kiosks_interleaving_wrong_pins_lose_no_count() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    common::write_deck(&dir.join("deck.toml"), 1);
    std::fs::create_dir_all(dir.join("state")).unwrap();
    // Round 0: both wrong. Round 1: a wrong, b right. Round 2: both right.
    let mut a = spawn(dir, "a", "0000,0000,1234");
    let mut b = spawn(dir, "b", "9999,1234,1234");
    let r0 = round(dir, 0);
    // Both read 0 before either wrote: the second write counts on top of the first.
    let mut r0v = [r0.0.clone(), r0.1.clone()];
    r0v.sort();
    assert_eq!(r0v, ["wrong-1", "wrong-2"], "{r0:?}");
    let r1 = round(dir, 1);
    // Both read 2; a's wrong PIN is the third (locked), and b's right PIN, entered after or
    // before it, either lands first (accepted, then a locks on top of 0 → 1 left) or after the
    // lock (refused locked). What must never happen: a count lost, or a lock undone.
    let mut journal = Database::open(&dir.join("state")).unwrap();
    let count = journal.pin_failures("c0").unwrap();
    match (r1.0.as_str(), r1.1.as_str()) {
        ("locked", "locked") => assert_eq!(count, Some(3)),
        ("wrong-2", "remove_card") => assert_eq!(count, Some(1)),
        other => panic!("round 1: {other:?}, count {count:?}"),
    }
    let r2 = round(dir, 2);
    for c in [&mut a, &mut b] {
        let status = c.wait().unwrap();
        assert!(status.success());
    }
    if count == Some(3) {
        assert_eq!(r2, ("locked-at-read".into(), "locked-at-read".into()));
    } else {
        assert_eq!(r2, ("remove_card".into(), "remove_card".into()));
    }
}
