//! Kiosk processes on one class database (issue 25): eight kiosks enter wrong PINs for the same
//! card at once (the card locks after exactly three, as the chip's one counter does), and eight
//! `kofu soak` kiosks issue 200 certificates each with no number given twice. Skips with one
//! line when PostgreSQL is not installed (fails instead under KOFU_REQUIRE_PG=1, as in CI).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use kofu::domain::calendar::parse_instant;
use kofu::domain::reason::Reason;
use kofu::domain::record::Record;
use kofu::domain::session::{Event, Kiosk, NullPrinter, Screen, Session};
use kofu::domain::store::Store;
use kofu::kiosk::{load_municipality, load_personas, load_vendor};
use kofu::store::StateStore;

const CHILD: &str = "KOFU_PG_KIOSK_CHILD";
const CARD: &str = "card-tsukuba-hanako";
const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");

/// Waits until `name` exists in `dir` (the barrier), at most 120 s.
fn wait_for(dir: &Path, name: &str) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while !dir.join(name).exists() {
        assert!(Instant::now() < deadline, "barrier {name} never came");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The child kiosk: each round, reads the card (residence), says "ready-ROUND-ME", waits for
/// "go-ROUND", enters a wrong PIN, says "done-ROUND-ME" with what the screen showed.
#[test]
fn child_kiosk() {
    let Some(dir) = std::env::var_os(CHILD).map(PathBuf::from) else {
        return;
    };
    let me = std::env::var("KOFU_PG_KIOSK_ME").unwrap();
    let url = std::env::var("KOFU_PG_KIOSK_URL").unwrap();
    let rounds: usize = std::env::var("KOFU_PG_KIOSK_ROUNDS")
        .unwrap()
        .parse()
        .unwrap();
    let kiosk = Arc::new(Kiosk {
        registry: load_personas().unwrap(),
        municipality: load_municipality("tsukuba").unwrap(),
        vendor: load_vendor("fujifilm").unwrap(),
        kiosk_id: format!("kiosk-{me}"),
    });
    for round in 0..rounds {
        let store = StateStore::open(Path::new(&url)).unwrap();
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
            Event::PlaceCard(CARD.into()),
            Event::Residence,
        ] {
            s.handle(e).unwrap();
        }
        let read_locked = s.screen() != Screen::Pin;
        std::fs::write(dir.join(format!("ready-{round}-{me}")), "").unwrap();
        wait_for(&dir, &format!("go-{round}"));
        let outcome = if read_locked {
            "locked-at-read".to_string()
        } else {
            s.handle(Event::Pin("0000".into())).unwrap();
            match (s.screen(), s.refusal().map(|r| r.reason)) {
                (_, Some(Reason::PinLocked)) => "locked".to_string(),
                (Screen::Pin, _) => format!("wrong-{}", s.pin_tries_left()),
                (other, _) => other.name().to_string(),
            }
        };
        // Written aside and renamed, so the parent never reads a file still empty.
        let aside = dir.join(format!("tmp-{round}-{me}"));
        std::fs::write(&aside, outcome).unwrap();
        std::fs::rename(&aside, dir.join(format!("done-{round}-{me}"))).unwrap();
    }
}

#[test]
fn eight_kiosks_interleaving_wrong_pins_lock_the_card_after_exactly_three() {
    let test = "eight_kiosks_interleaving_wrong_pins_lock_the_card_after_exactly_three";
    let Some(server) = pg::Server::start(test) else {
        return;
    };
    let url = server.create_db("pins");
    // Migrated once before the kiosks start, so all of them start entering at the barrier.
    StateStore::open(Path::new(&url)).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let kiosks = 8;
    let rounds = 2;
    let children: Vec<_> = (0..kiosks)
        .map(|me| {
            Command::new(std::env::current_exe().unwrap())
                .args(["child_kiosk", "--exact", "--nocapture"])
                .env(CHILD, dir)
                .env("KOFU_PG_KIOSK_ME", me.to_string())
                .env("KOFU_PG_KIOSK_URL", &url)
                .env("KOFU_PG_KIOSK_ROUNDS", rounds.to_string())
                .env("KOFU_ASSETS", ASSETS)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut outcomes = Vec::new();
    for round in 0..rounds {
        for me in 0..kiosks {
            wait_for(dir, &format!("ready-{round}-{me}"));
        }
        // Every kiosk has read the card's count before any enters its PIN.
        std::fs::write(dir.join(format!("go-{round}")), "").unwrap();
        for me in 0..kiosks {
            wait_for(dir, &format!("done-{round}-{me}"));
            let o = std::fs::read_to_string(dir.join(format!("done-{round}-{me}"))).unwrap();
            outcomes.push((round, o));
        }
    }
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let count = |s: &str| outcomes.iter().filter(|(_, o)| o == s).count();
    // Round 0: all eight read 3 tries left; one sees 2 left, one 1 left, one locks it, and the
    // other five are refused as locked: no count lost, none counted past the lock.
    assert_eq!(count("wrong-2"), 1, "{outcomes:?}");
    assert_eq!(count("wrong-1"), 1, "{outcomes:?}");
    assert_eq!(
        count("locked") + count("locked-at-read"),
        kiosks * rounds - 2,
        "{outcomes:?}"
    );
    // A kiosk that finished round 0 early may read the card before the lock: it is refused
    // at its entry instead, never counted.
    assert!(
        outcomes
            .iter()
            .filter(|(r, _)| *r == 1)
            .all(|(_, o)| o == "locked-at-read" || o == "locked"),
        "round 1 finds the card locked: {outcomes:?}"
    );
    let mut store = StateStore::open(Path::new(&url)).unwrap();
    assert_eq!(store.pin_failures(CARD).unwrap(), Some(3));
    let counted: Vec<u8> = store
        .events()
        .unwrap()
        .0
        .iter()
        .filter_map(|r| match r {
            Record::Pin { card, failures, .. } if card == CARD => Some(*failures),
            _ => None,
        })
        .collect();
    assert_eq!(counted, [1, 2, 3], "exactly three entries counted");
}

#[test]
fn eight_kiosks_issue_two_hundred_each_with_no_number_twice() {
    let test = "eight_kiosks_issue_two_hundred_each_with_no_number_twice";
    let Some(server) = pg::Server::start(test) else {
        return;
    };
    let url = server.create_db("issues");
    let (kiosks, per) = (8, 200);
    let started = Instant::now();
    let children: Vec<_> = (0..kiosks)
        .map(|i| {
            Command::new(env!("CARGO_BIN_EXE_kofu"))
                .args(["soak", "--pin", "1234", "--sessions", &per.to_string()])
                .args(["--card", CARD, "--kiosk", &format!("kiosk-{i}")])
                .args(["--state", &url])
                .env("KOFU_ASSETS", ASSETS)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut printed = Vec::new();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(
            o.status.success(),
            "kiosk failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        for line in String::from_utf8_lossy(&o.stdout).lines() {
            if let Some(rest) = line.strip_prefix("issued ") {
                printed.push(rest.split(' ').next().unwrap().to_string());
            }
        }
    }
    eprintln!(
        "{kiosks} kiosks × {per} issues on PostgreSQL in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let unique: BTreeSet<&String> = printed.iter().collect();
    assert_eq!(
        printed.len(),
        kiosks * per,
        "every kiosk printed every issue"
    );
    assert_eq!(unique.len(), printed.len(), "a number was given twice");
    let mut c = server.client("issues");
    let row = c
        .query_one(
            "SELECT count(*), count(DISTINCT number), max(number), count(done) FROM issues",
            &[],
        )
        .unwrap();
    let (n, distinct, max, done): (i64, i64, Option<i64>, i64) =
        (row.get(0), row.get(1), row.get(2), row.get(3));
    let total = (kiosks * per) as i64;
    assert_eq!((n, distinct, max, done), (total, total, Some(total), total));
    let mut store = StateStore::open(Path::new(&url)).unwrap();
    assert_eq!(
        store.pin_failures(CARD).unwrap(),
        Some(0),
        "no count left behind"
    );
}

const HOLDER: &str = "KOFU_PG_HOLDER_URL";

/// The child of the next test: counts a wrong PIN entry, says so, and never judges it (it is
/// killed while it holds the card's lock).
#[test]
fn child_holding_an_entry() {
    let Ok(url) = std::env::var(HOLDER) else {
        return;
    };
    let mut store = StateStore::open(Path::new(&url)).unwrap();
    let before = store
        .begin_pin_entry(CARD, 0, "2026-11-25T10:00:00+09:00")
        .unwrap();
    println!("counted {before}");
    std::thread::sleep(Duration::from_secs(120));
}

#[test]
fn a_kiosk_killed_mid_entry_leaves_it_counted_and_the_card_free() {
    let test = "a_kiosk_killed_mid_entry_leaves_it_counted_and_the_card_free";
    let Some(server) = pg::Server::start(test) else {
        return;
    };
    let url = server.create_db("killed");
    StateStore::open(Path::new(&url)).unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["child_holding_an_entry", "--exact", "--nocapture"])
        .env(HOLDER, &url)
        .env("KOFU_ASSETS", ASSETS)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.starts_with("counted") {
        line.clear();
        let n = std::io::BufRead::read_line(&mut out, &mut line).unwrap();
        assert!(n > 0, "the child ended before counting");
    }
    let mut other = StateStore::open(Path::new(&url)).unwrap();
    assert_eq!(
        other.pin_failures(CARD).unwrap(),
        Some(1),
        "counted before judged"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    // The dead kiosk's lock went with its connection: this entry goes ahead at once, on top
    // of the entry it counted.
    let started = Instant::now();
    let before = other
        .begin_pin_entry(CARD, 0, "2026-11-25T10:01:00+09:00")
        .unwrap();
    assert_eq!(before, 1);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        other
            .end_pin_entry(CARD, false, "2026-11-25T10:01:00+09:00")
            .unwrap(),
        2
    );
}
