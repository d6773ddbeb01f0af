//! Faults of a network (issue 25, item 5) on a throwaway server: the server stopped and started
//! under load (kiosks issuing and entering PINs; the window out of service within 5 s, money
//! returned, resumed after; no count lost, no issue number twice), and a kiosk whose
//! connection is killed while its PIN entry holds the card's lock. The instructor's commands
//! reaching one window are in `tests/pg_station.rs`. Skips with one line when PostgreSQL is
//! not installed (fails instead under KOFU_REQUIRE_PG=1, as in CI).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use kofu::domain::reason::Reason;
use kofu::domain::record::{IssueStartedFields, StoreError};
use kofu::domain::session::Screen;
use kofu::report::tour;
use kofu::store::Store;
use kofu::store::postgres::PgStore;
use kofu::store::worker::{Connect, WorkerStore};
use kofu::window::{KioskApp, tokens};

const AT: &str = "2026-11-25T10:00:00+09:00";

/// What one load kiosk was told was durable, and what it tried.
#[derive(Debug, Default)]
struct Ledger {
    /// Card → the count a committed entry reported (the newest).
    durable: BTreeMap<String, u8>,
    /// Card → entries tried (committed or not).
    tried: BTreeMap<String, u8>,
    /// Issue numbers given.
    issues: Vec<i64>,
    /// Calls that failed (the outage).
    errors: u32,
}

fn fields(t: usize) -> IssueStartedFields {
    IssueStartedFields {
        session: format!("load-{t}"),
        card: format!("load-{t}"),
        holder: "p".into(),
        certificate: "resident_certificate".into(),
        copies: 1,
        fee_yen: 200,
        at: AT.into(),
    }
}

/// A kiosk of the load: wrong PINs (two per card, never the lock) and issues, reconnecting
/// after every failure, until told to stop.
fn load_kiosk(url: &str, t: usize, stop: &AtomicBool) -> Ledger {
    let mut l = Ledger::default();
    let mut store: Option<PgStore> = None;
    let mut n = 0u32;
    while !stop.load(Ordering::SeqCst) {
        let Some(s) = store.as_mut() else {
            match PgStore::connect(url) {
                Ok(s) => store = Some(s),
                Err(_) => std::thread::sleep(Duration::from_millis(50)),
            }
            continue;
        };
        let card = format!("load-{t}-{}", n / 2);
        n += 1;
        *l.tried.entry(card.clone()).or_default() += 1;
        let pin = s
            .begin_pin_entry(&card, 0, AT)
            .inspect(|before| {
                l.durable.insert(card.clone(), before + 1);
            })
            .and_then(|_| s.end_pin_entry(&card, false, AT));
        let issued = pin.and_then(|_| s.begin_issue(fields(t)));
        match issued {
            Ok(i) => l.issues.push(i64::try_from(i.0).unwrap()),
            Err(_) => {
                l.errors += 1;
                store = None;
            }
        }
    }
    l
}

fn harness(app: KioskApp) -> Harness<'static, KioskApp> {
    Harness::builder()
        .with_size(tokens::window_size())
        .with_max_steps(50)
        .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app)
}

/// Frames until `done` holds (at most `limit`); how long it took.
fn frames_until(
    h: &mut Harness<'_, KioskApp>,
    limit: Duration,
    what: &str,
    done: impl Fn(&KioskApp) -> bool,
) -> Duration {
    let t = Instant::now();
    while !done(h.state()) {
        assert!(
            t.elapsed() < limit,
            "{what}: not within {limit:?}; on {:?}, last log {:?}",
            h.state().session().screen(),
            h.state().history().last().map(|l| &l.entry)
        );
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    t.elapsed()
}

fn window(url: &str, station: &str) -> KioskApp {
    KioskApp::new(kofu::window::UiOptions {
        memory_store: false,
        state: Some(url.into()),
        station: Some(station.into()),
        ..tour::options("fujifilm", "ja")
    })
    .unwrap()
}

#[test]
fn a_server_stopped_and_started_under_load_loses_nothing_and_the_window_goes_out_of_service() {
    let Some(server) = pg::Server::start("server_stopped_under_load") else {
        return;
    };
    let url = server.create_db("outage");
    let mut h = harness(window(&url, "outage-window"));
    h.step();
    // A resident at the payment screen with ¥100 in (the PIN entry and the rest through the
    // worker store, on the real server).
    tour::reach(h.state_mut(), tour::Stop::Payment).unwrap();
    h.step();
    assert!(!h.state().centre_unreachable());

    let stop = Arc::new(AtomicBool::new(false));
    let kiosks: Vec<_> = (0..4)
        .map(|t| {
            let (url, stop) = (url.clone(), stop.clone());
            std::thread::spawn(move || load_kiosk(&url, t, &stop))
        })
        .collect();
    std::thread::sleep(Duration::from_millis(700));

    server.stop();
    let down = frames_until(&mut h, Duration::from_secs(5), "out of service", |a| {
        a.session().screen() == Screen::OutOfService
    });
    let app = h.state();
    assert!(app.centre_unreachable());
    assert_eq!(
        app.session().refusal().map(|r| r.reason),
        Some(Reason::CentreUnreachable)
    );
    assert_eq!(app.change_tray(), 100, "the ¥100 inserted comes back");
    std::thread::sleep(Duration::from_millis(1_500));
    h.step();
    assert_eq!(h.state().session().screen(), Screen::OutOfService);

    server.start_again();
    let up = frames_until(&mut h, Duration::from_secs(15), "resumed", |a| {
        !a.centre_unreachable() && a.session().screen() == Screen::Language
    });
    // It works again for real: a new resident reaches the payment screen.
    tour::reach(h.state_mut(), tour::Stop::Payment).unwrap();
    std::thread::sleep(Duration::from_millis(700));
    stop.store(true, Ordering::SeqCst);
    let ledgers: Vec<Ledger> = kiosks.into_iter().map(|k| k.join().unwrap()).collect();
    eprintln!(
        "out of service {:.2} s after the stop; resumed {:.2} s after the start",
        down.as_secs_f64(),
        up.as_secs_f64()
    );

    let mut db = server.client("outage");
    let counts: BTreeMap<String, i16> = db
        .query(
            "SELECT card, failures FROM pins WHERE card LIKE 'load-%'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let numbers: BTreeSet<i64> = db
        .query("SELECT number FROM issues", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut given = BTreeSet::new();
    let (mut entries, mut issues) = (0, 0);
    for l in &ledgers {
        assert!(l.errors > 0, "the stop came under load: {l:?}");
        for (card, n) in &l.durable {
            let have = counts.get(card).copied().unwrap_or(0);
            assert!(have >= i16::from(*n), "{card}: {n} reported, {have} kept");
            assert!(have <= i16::from(l.tried[card]), "{card}: more than tried");
            entries += 1;
        }
        for n in &l.issues {
            assert!(given.insert(*n), "issue number {n} given twice");
            assert!(numbers.contains(n), "issue {n} reported but not kept");
            issues += 1;
        }
    }
    assert!(entries > 0 && issues > 0);
    eprintln!("load: {entries} cards counted, {issues} issues, none lost or repeated");
}

#[test]
fn a_kiosk_killed_while_its_pin_entry_holds_the_card_lets_the_other_go_on_and_the_count_stays() {
    let Some(server) = pg::Server::start("kiosk_killed_mid_entry") else {
        return;
    };
    let url = server.create_db("killed");
    let owned = url.clone();
    let connect: Connect =
        Arc::new(move || PgStore::connect(&owned).map(|s| Box::new(s) as Box<dyn Store>));
    let mut first = WorkerStore::start(connect().unwrap(), connect, "killed");
    let health = first.handle();
    let card = "card-tsukuba-hanako";
    // The first kiosk counts its entry and holds the card while the PIN is compared.
    assert_eq!(first.begin_pin_entry(card, 0, AT).unwrap(), 0);

    let other_url = url;
    let other = std::thread::spawn(move || {
        let mut k = PgStore::connect(&other_url).unwrap();
        let t = Instant::now();
        let before = k.begin_pin_entry(card, 0, AT).unwrap();
        let waited = t.elapsed();
        let after = k.end_pin_entry(card, false, AT).unwrap();
        (before, after, waited)
    });
    std::thread::sleep(Duration::from_millis(500));
    assert!(!other.is_finished(), "the second kiosk waits for the card");

    // The first kiosk's connection dies mid-entry (its machine is killed or cut off).
    let mut db = server.client("killed");
    let killed: i64 = db
        .query_one(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_locks
             WHERE locktype = 'advisory' AND granted) t",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(killed, 1);
    let (before, after, waited) = other.join().unwrap();
    assert_eq!(before, 1, "the killed kiosk's entry stays counted");
    assert_eq!(after, 2);
    assert!(waited < Duration::from_secs(5), "waited {waited:?}");

    // The killed kiosk's right PIN cannot undo anything: its store is unreachable, the count
    // stays, and its worker connects again on its own.
    let e = first.end_pin_entry(card, true, AT).unwrap_err();
    assert!(matches!(e, StoreError::Unreachable { .. }), "{e}");
    let failures: i16 = db
        .query_one("SELECT failures FROM pins WHERE card = $1", &[&card])
        .unwrap()
        .get(0);
    assert_eq!(failures, 2);
    let t = Instant::now();
    while !health.reachable() {
        assert!(t.elapsed() < Duration::from_secs(10), "no reconnect");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(first.pin_failures(card).unwrap(), Some(2));
}
