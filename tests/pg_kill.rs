//! Kiosks killed on a class database (issue 25): `kofu soak` processes on one PostgreSQL
//! database, four at a time, each on a card of its own (a wrong PIN first on half of them), are
//! killed with SIGKILL at random points — ≥ 200 kills — and the database is recounted: every
//! `issued N` and `pin CARD K` line a killed process printed is durable; no issue number twice
//! and none skipped (a number is taken in the transaction that records the issue); every issue
//! row has its start event and, when done, its end event; each card's PIN records are a history
//! its chip could have had (a counted entry not judged stays a failure) and its counter ends
//! where that history does; no card's lock outlives its kiosk. Skips with one line without
//! PostgreSQL (fails instead under KOFU_REQUIRE_PG=1, as in CI).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;
mod pg;

use std::io::{BufRead, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "pg_kill/recount.rs"]
mod kill_recount;

use kill_recount::Run;

const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");
/// Kiosk processes at once (the machine has two cores; the server needs its share).
const SLOTS: usize = 4;
/// Cards in the deck: each slot's first card, and spares for cards the kills lock.
const CARDS: usize = 40;

/// `kofu soak` on `card`, issuing until killed.
fn soak(url: &str, deck: &Path, card: &str, kiosk: &str, wrong_first: bool) -> Child {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kofu"));
    c.args(["soak", "--pin", "1234", "--sessions", "100000"])
        .args(["--card", card, "--kiosk", kiosk, "--state", url])
        .arg("--personas")
        .arg(deck)
        .env("KOFU_ASSETS", ASSETS)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if wrong_first {
        c.arg("--wrong-pin-first");
    }
    c.spawn().unwrap()
}

/// Runs a kiosk process and kills it at a random point: most often a few milliseconds after
/// its first line (while issuing), sometimes while it starts (connecting, migrating). Returns
/// what it printed, whether it was killed (rather than stopping on its own) and its stderr.
fn kill_at_random(mut child: Child, rng: &mut common::Rng) -> (Vec<String>, bool, String) {
    let stdout = child.stdout.take().unwrap();
    let lines = Arc::new(Mutex::new(Vec::new()));
    let seen = lines.clone();
    let reader = std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            match line {
                Ok(l) => seen.lock().unwrap().push(l),
                Err(_) => break,
            }
        }
    });
    let started = Instant::now();
    let early = rng.range(0, 100) < 15;
    if early {
        std::thread::sleep(Duration::from_millis(rng.range(0, 80)));
    } else {
        while lines.lock().unwrap().is_empty() && started.elapsed() < Duration::from_secs(30) {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_micros(300));
        }
        std::thread::sleep(Duration::from_micros(rng.range(0, 40_000)));
    }
    let killed = child.try_wait().unwrap().is_none();
    if killed {
        child.kill().unwrap(); // SIGKILL
    }
    let _ = child.wait();
    reader.join().unwrap();
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    let out = lines.lock().unwrap().clone();
    (out, killed, err)
}

/// One slot: kiosk processes one after another on the slot's card, each killed, until `kills`
/// kills are made in all; a card the kills lock (three counted entries never judged) is
/// replaced by a spare.
fn slot(
    s: usize,
    url: &str,
    deck: &Path,
    kills: &AtomicUsize,
    spares: &AtomicUsize,
    target: usize,
) -> Vec<Run> {
    let mut rng = common::Rng(0x9E37_79B9_7F4A_7C15 ^ ((s as u64 + 1) * 0x1234_5678));
    let mut card = format!("c{s}");
    let wrong_first = s.is_multiple_of(2);
    let mut runs = Vec::new();
    let mut n = 0;
    while kills.load(Ordering::SeqCst) < target {
        let kiosk = format!("k{s}-{n}");
        n += 1;
        let child = soak(url, deck, &card, &kiosk, wrong_first);
        let (lines, killed, err) = kill_at_random(child, &mut rng);
        let locked = !killed && err.contains("was not authorised");
        assert!(killed || locked, "kiosk {kiosk} stopped on its own: {err}");
        runs.push(Run::new(&card, lines, locked));
        if killed {
            kills.fetch_add(1, Ordering::SeqCst);
        } else {
            let next = spares.fetch_add(1, Ordering::SeqCst);
            assert!(next < CARDS, "more cards locked than the deck has spares");
            card = format!("c{next}");
        }
    }
    runs
}

#[test]
fn kiosks_killed_at_random_points_lose_no_count_and_repeat_no_number() {
    let test = "kiosks_killed_at_random_points_lose_no_count_and_repeat_no_number";
    let Some(server) = pg::Server::start(test) else {
        return;
    };
    let url = server.create_db("killed");
    let tmp = tempfile::tempdir().unwrap();
    let deck = tmp.path().join("deck.toml");
    common::write_deck(&deck, CARDS);
    let target: usize = std::env::var("KOFU_PG_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let kills = AtomicUsize::new(0);
    let spares = AtomicUsize::new(SLOTS);
    let started = Instant::now();
    let runs: Vec<Vec<Run>> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..SLOTS)
            .map(|s| {
                let (url, deck, kills, spares) = (&url, &deck, &kills, &spares);
                scope.spawn(move || slot(s, url, deck, kills, spares, target))
            })
            .collect();
        threads.into_iter().map(|t| t.join().unwrap()).collect()
    });
    let runs: Vec<Run> = runs.into_iter().flatten().collect();
    let made = kills.load(Ordering::SeqCst);
    assert!(made >= target, "{made} kills");
    let working = runs.iter().filter(|r| !r.lines.is_empty()).count();
    let mut db = server.client("killed");
    let found = kill_recount::check(&mut db, &runs);
    eprintln!(
        "{made} kills in {:.1} s ({working} after the kiosk printed a fact, {} cards locked \
         by kills); {} issues printed, {} in the database; {} PIN entries counted, {} printed",
        started.elapsed().as_secs_f64(),
        runs.iter().filter(|r| r.locked).count(),
        found.printed_issues,
        found.issues,
        found.entries,
        found.printed_entries,
    );
    assert!(
        working * 2 >= made,
        "too few kills landed while issuing ({working} of {made})"
    );
    assert!(found.printed_issues > 0 && found.entries > 0);
}
