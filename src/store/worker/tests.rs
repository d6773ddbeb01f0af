#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::*;
use crate::domain::record::{IssueNumber, IssueStartedFields, Record};
use crate::store::MemoryStore;

/// What the fake stores share: what they did, whether "the server" is up, how slow a PIN
/// entry is, how many connections were opened.
#[derive(Default)]
struct World {
    log: Mutex<Vec<String>>,
    down: AtomicBool,
    slow_pin_ms: AtomicU64,
    /// Reads (the worker's checks) hang this long on the first connection only.
    slow_first_read_ms: AtomicU64,
    connects: AtomicU64,
}

struct Fake {
    world: Arc<World>,
    inner: MemoryStore,
    /// Which connection this is (1: the first).
    nth: u64,
}

impl Fake {
    fn up(&self) -> Result<(), StoreError> {
        if self.world.down.load(Ordering::SeqCst) {
            return Err(StoreError::Database {
                path: "fake".into(),
                message: "connection closed".into(),
            });
        }
        Ok(())
    }
    fn note(&self, s: String) {
        self.world.log.lock().unwrap().push(s);
    }
}

impl Store for Fake {
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        self.up()?;
        if self.nth == 1 {
            let ms = self.world.slow_first_read_ms.load(Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(ms));
        }
        self.inner.pin_failures(card)
    }
    fn begin_pin_entry(&mut self, card: &str, deck: u8, at: &str) -> Result<u8, StoreError> {
        self.up()?;
        let ms = self.world.slow_pin_ms.load(Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(ms));
        let before = self.inner.begin_pin_entry(card, deck, at)?;
        self.note(format!("begin {card}"));
        Ok(before)
    }
    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        self.up()?;
        self.note(format!("end {card} {correct}"));
        self.inner.end_pin_entry(card, correct, at)
    }
    fn begin_issue(&mut self, f: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        self.up()?;
        self.inner.begin_issue(f)
    }
    fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        self.up()?;
        if let Record::IssueDone { issue, .. } = rec {
            // A refusal by a database that works.
            return Err(StoreError::IssueAlreadyDone(*issue));
        }
        self.inner.append(rec)
    }
    fn registration(&mut self, p: &str, m: &str) -> Result<Option<String>, StoreError> {
        self.up()?;
        self.inner.registration(p, m)
    }
}

fn start(world: &Arc<World>) -> WorkerStore {
    let w = world.clone();
    let connect: Connect = Arc::new(move || {
        let nth = w.connects.fetch_add(1, Ordering::SeqCst) + 1;
        if w.down.load(Ordering::SeqCst) {
            return Err(StoreError::Database {
                path: "fake".into(),
                message: "no such file".into(),
            });
        }
        Ok(Box::new(Fake {
            world: w.clone(),
            inner: MemoryStore::default(),
            nth,
        }) as Box<dyn Store>)
    });
    let first = connect().unwrap();
    WorkerStore::start(first, connect, "fake")
}

fn fields() -> IssueStartedFields {
    IssueStartedFields {
        session: "s".into(),
        card: "c".into(),
        holder: "h".into(),
        certificate: "resident_certificate".into(),
        copies: 1,
        fee_yen: 200,
        at: "2026-11-25T10:00:00+09:00".into(),
    }
}

fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    let t = Instant::now();
    while !f() {
        assert!(t.elapsed() < Duration::from_secs(10), "{what}: not in 10 s");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn calls_pass_through_and_a_working_database_refusal_stays_what_it_is() {
    let world = Arc::new(World::default());
    let mut s = start(&world);
    assert_eq!(s.begin_issue(fields()).unwrap(), IssueNumber(1));
    assert_eq!(s.begin_issue(fields()).unwrap(), IssueNumber(2));
    assert_eq!(s.begin_pin_entry("c", 0, "t").unwrap(), 0);
    assert_eq!(s.end_pin_entry("c", false, "t").unwrap(), 1);
    assert_eq!(s.pin_failures("c").unwrap(), Some(1));
    let done = Record::IssueDone {
        issue: IssueNumber(1),
        printed_copies: 1,
        pages: 1,
        charged_yen: 200,
        content_hash: String::new(),
        failed: None,
        at: "t".into(),
    };
    assert!(matches!(
        s.append(&done),
        Err(StoreError::IssueAlreadyDone(_))
    ));
    assert!(s.handle().reachable());
}

#[test]
fn a_lost_connection_is_unreachable_at_once_and_the_worker_reconnects() {
    let world = Arc::new(World::default());
    let mut s = start(&world);
    let h = s.handle();
    world.down.store(true, Ordering::SeqCst);
    let t = Instant::now();
    let e = s.begin_issue(fields()).unwrap_err();
    assert!(matches!(e, StoreError::Unreachable { .. }), "{e}");
    assert!(t.elapsed() < Duration::from_millis(500));
    assert!(!h.reachable());
    // While down, calls fail at once without waiting for the deadline.
    let t = Instant::now();
    assert!(s.pin_failures("c").is_err());
    assert!(t.elapsed() < Duration::from_millis(100));
    world.down.store(false, Ordering::SeqCst);
    wait_until("reconnected", || h.reachable());
    assert!(world.connects.load(Ordering::SeqCst) >= 2);
    assert!(s.begin_issue(fields()).is_ok());
}

#[test]
fn an_idle_worker_notices_the_outage_by_itself() {
    let world = Arc::new(World::default());
    let s = start(&world);
    let h = s.handle();
    world.down.store(true, Ordering::SeqCst);
    let t = Instant::now();
    wait_until("noticed", || !h.reachable());
    assert!(t.elapsed() < RETRY * 3, "{:?}", t.elapsed());
}

#[test]
fn a_call_past_its_deadline_is_unreachable_and_a_late_pin_entry_stays_a_failure() {
    let world = Arc::new(World::default());
    let mut s = start(&world);
    let h = s.handle();
    world.slow_pin_ms.store(3_000, Ordering::SeqCst);
    let t = Instant::now();
    let e = s.begin_pin_entry("c", 0, "t").unwrap_err();
    let waited = t.elapsed();
    assert!(matches!(e, StoreError::Unreachable { .. }), "{e}");
    assert!(waited >= DEADLINE && waited < DEADLINE + Duration::from_millis(500));
    world.slow_pin_ms.store(0, Ordering::SeqCst);
    // A fresh worker answers meanwhile.
    wait_until("fresh worker", || h.reachable());
    assert!(s.begin_issue(fields()).is_ok());
    // The stuck one counted the entry after its caller gave up: judged wrong, not left open.
    wait_until("late entry judged", || {
        world.log.lock().unwrap().iter().any(|l| l == "end c false")
    });
    let log = world.log.lock().unwrap().clone();
    assert_eq!(log, ["begin c", "end c false"]);
}

#[test]
fn a_worker_stuck_while_idle_shows_unreachable_and_is_replaced() {
    let world = Arc::new(World::default());
    // The first connection's checks hang (a cut network: no answer, no error).
    world.slow_first_read_ms.store(60_000, Ordering::SeqCst);
    let mut s = start(&world);
    let h = s.handle();
    let t = Instant::now();
    wait_until("seen as unreachable", || !h.reachable());
    assert!(t.elapsed() < RETRY + DEADLINE + Duration::from_millis(500));
    // A fresh worker on a fresh connection answers, with the first still stuck.
    wait_until("replaced", || h.reachable());
    assert_eq!(world.connects.load(Ordering::SeqCst), 2);
    assert!(s.begin_issue(fields()).is_ok());
}
