//! Unit tests of the state database: every record kind, kiosks sharing a folder, and damage
//! to each file of a folder failing closed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use std::collections::BTreeSet;
use std::sync::{Arc, Barrier};

mod damage;

fn session_started(n: u32) -> Record {
    Record::SessionStarted {
        session: format!("sess-{n}"),
        kiosk: "kiosk-1".into(),
        at: "2025-04-01T09:00:00+09:00".into(),
        municipality: "131016".into(),
        vendor: "seven".into(),
    }
}

fn pin(card: &str, failures: u8) -> Record {
    Record::Pin {
        card: card.into(),
        failures,
        at: "2025-04-01T09:00:05+09:00".into(),
    }
}

fn fields(session: &str) -> IssueStartedFields {
    IssueStartedFields {
        session: session.into(),
        card: "card-1".into(),
        holder: "山田 太郎".into(),
        certificate: "juminhyo".into(),
        copies: 2,
        fee_yen: 400,
        at: "2025-04-01T09:01:00+09:00".into(),
    }
}

fn done(issue: IssueNumber) -> Record {
    Record::IssueDone {
        issue,
        printed_copies: 2,
        pages: 2,
        charged_yen: 400,
        content_hash: "ab".repeat(32),
        failed: None,
        at: "2025-04-01T09:02:00+09:00".into(),
    }
}

fn every_kind() -> Vec<Record> {
    vec![
        session_started(1),
        pin("card-1", 1),
        fields("sess-1").into_record(IssueNumber(1)),
        done(IssueNumber(1)),
        Record::Registration {
            person: "p-1".into(),
            municipality: "131016".into(),
            applied_on: "2025-03-01".into(),
            ready_on: "2025-03-08".into(),
        },
        Record::SessionEnded {
            session: "sess-1".into(),
            status: "completed".into(),
            reason: None,
            paid_yen: 1000,
            change_yen: 600,
            at: "2025-04-01T09:03:00+09:00".into(),
        },
        Record::SessionEnded {
            session: "sess-2".into(),
            status: "cancelled".into(),
            reason: Some("timeout \"quoted\"\nnewline".into()),
            paid_yen: 0,
            change_yen: 0,
            at: "2025-04-01T09:04:00+09:00".into(),
        },
    ]
}

#[test]
fn round_trip_of_every_record_kind() {
    let tmp = tempfile::tempdir().unwrap();
    let mut j = Database::open(tmp.path()).unwrap();
    assert_eq!(j.dir(), tmp.path());
    for rec in every_kind() {
        j.append(&rec).unwrap();
    }
    assert_eq!(Database::read_all(tmp.path()).unwrap(), every_kind());

    let mut again = Database::open(tmp.path()).unwrap();
    assert_eq!(again.pin_failures("card-1").unwrap(), Some(1));
    assert_eq!(
        again.registration("p-1", "131016").unwrap().as_deref(),
        Some("2025-03-08")
    );
    assert_eq!(again.registration("p-1", "999999").unwrap(), None);
    let kinds = every_kind();
    assert_eq!(
        again.issue(IssueNumber(1)).unwrap(),
        Some((kinds[2].clone(), Some(kinds[3].clone())))
    );
    assert_eq!(again.last_issue().unwrap(), Some(IssueNumber(1)));
}

#[test]
fn two_handles_see_each_others_appends() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = Database::open(tmp.path()).unwrap();
    let mut b = Database::open(tmp.path()).unwrap();

    a.append(&pin("card-1", 1)).unwrap();
    assert_eq!(b.pin_failures("card-1").unwrap(), Some(1));

    b.append(&Record::Registration {
        person: "p".into(),
        municipality: "m".into(),
        applied_on: "2025-01-01".into(),
        ready_on: "2025-01-08".into(),
    })
    .unwrap();
    assert_eq!(
        a.registration("p", "m").unwrap().as_deref(),
        Some("2025-01-08")
    );

    assert_eq!(b.begin_issue(fields("s-b")).unwrap(), IssueNumber(1));
    assert_eq!(a.begin_issue(fields("s-a")).unwrap(), IssueNumber(2));
    let (start, finished) = a.issue(IssueNumber(1)).unwrap().unwrap();
    assert_eq!(start, fields("s-b").into_record(IssueNumber(1)));
    assert_eq!(finished, None);
    b.append(&done(IssueNumber(2))).unwrap();
    assert_eq!(
        a.issue(IssueNumber(2)).unwrap().unwrap().1,
        Some(done(IssueNumber(2)))
    );
    assert_eq!(a.issue(IssueNumber(3)).unwrap(), None);

    assert_eq!(Database::read_all(tmp.path()).unwrap().len(), 5);
}

#[test]
fn later_registration_wins() {
    let tmp = tempfile::tempdir().unwrap();
    let mut j = Database::open(tmp.path()).unwrap();
    for ready in ["2025-01-08", "2025-02-08"] {
        j.append(&Record::Registration {
            person: "p".into(),
            municipality: "m".into(),
            applied_on: "2025-01-01".into(),
            ready_on: ready.into(),
        })
        .unwrap();
    }
    assert_eq!(
        j.registration("p", "m").unwrap().as_deref(),
        Some("2025-02-08")
    );
    assert_eq!(j.registration("q", "m").unwrap(), None);
}

#[test]
fn eight_threads_allocate_contiguous_distinct_issue_numbers() {
    const THREADS: usize = 8;
    const PER_THREAD: usize = 250;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let dir = dir.clone();
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                let mut j = Database::open(&dir).unwrap();
                barrier.wait();
                (0..PER_THREAD)
                    .map(|i| j.begin_issue(fields(&format!("t{t}-{i}"))).unwrap())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut all = Vec::new();
    for h in handles {
        let mine = h.join().unwrap();
        assert!(mine.windows(2).all(|w| w[0] < w[1]));
        all.extend(mine);
    }
    let distinct: BTreeSet<_> = all.iter().copied().collect();
    assert_eq!(all.len(), THREADS * PER_THREAD);
    assert_eq!(distinct.len(), THREADS * PER_THREAD);
    let expected: BTreeSet<_> = (1..=(THREADS * PER_THREAD) as u64)
        .map(IssueNumber)
        .collect();
    assert_eq!(distinct, expected);

    let (records, stats) = Database::read_all_with_stats(&dir).unwrap();
    assert_eq!(records.len(), THREADS * PER_THREAD);
    assert_eq!(stats.unknown_records, 0);
    let in_file: Vec<_> = records.iter().filter_map(Record::issue_number).collect();
    assert_eq!(in_file, expected.into_iter().collect::<Vec<_>>());
}

#[test]
fn pin_counts_interleaved_across_handles_lose_nothing_and_a_lock_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = Database::open(tmp.path()).unwrap();
    let mut b = Database::open(tmp.path()).unwrap();
    assert_eq!(a.pin_failures("card-1").unwrap(), None);
    // Each handle counts on top of the other's, whatever it read before.
    assert_eq!(a.record_pin_entry("card-1", 0, false, "t1").unwrap(), 1);
    assert_eq!(b.record_pin_entry("card-1", 0, false, "t2").unwrap(), 2);
    assert_eq!(a.pin_failures("card-1").unwrap(), Some(2));
    // A correct PIN resets a count below the lock…
    assert_eq!(b.record_pin_entry("card-1", 0, true, "t3").unwrap(), 0);
    assert_eq!(a.pin_failures("card-1").unwrap(), Some(0));
    for (n, h) in [(1, &mut a), (2, &mut b)] {
        assert_eq!(h.record_pin_entry("card-1", 0, false, "t").unwrap(), n);
    }
    assert_eq!(a.record_pin_entry("card-1", 0, false, "t4").unwrap(), 3);
    // …but not a lock another handle set meanwhile, and the count never passes the lock.
    assert_eq!(b.record_pin_entry("card-1", 0, true, "t5").unwrap(), 3);
    assert_eq!(b.record_pin_entry("card-1", 0, false, "t6").unwrap(), 3);
    // The deck's count is the start when the folder has none.
    assert_eq!(a.record_pin_entry("card-2", 2, false, "t7").unwrap(), 3);
    let mut fresh = Database::open(tmp.path()).unwrap();
    assert_eq!(fresh.pin_failures("card-1").unwrap(), Some(3));
}

#[test]
fn begin_issue_overwrites_nothing_and_append_guards_issue_records() {
    let tmp = tempfile::tempdir().unwrap();
    let mut j = Database::open(tmp.path()).unwrap();
    assert_eq!(j.last_issue().unwrap(), None);
    let n = j.begin_issue(fields("s")).unwrap();
    assert_eq!(n, IssueNumber(1));
    assert!(matches!(
        j.append(&fields("s").into_record(n)),
        Err(StoreError::DuplicateIssue(IssueNumber(1)))
    ));
    assert!(matches!(
        j.append(&done(IssueNumber(7))),
        Err(StoreError::UnknownIssue(IssueNumber(7)))
    ));
    j.append(&done(n)).unwrap();
    assert!(matches!(
        j.append(&done(n)),
        Err(StoreError::IssueAlreadyDone(IssueNumber(1)))
    ));
    // An explicit start with a higher number moves the allocator past it.
    j.append(&fields("s").into_record(IssueNumber(41))).unwrap();
    assert_eq!(j.begin_issue(fields("s")).unwrap(), IssueNumber(42));
    assert_eq!(Database::read_all(tmp.path()).unwrap().len(), 4);
}

#[test]
fn issue_number_display_and_parse() {
    assert_eq!(IssueNumber(123).to_string(), "S000000123");
    assert_eq!(IssueNumber(1).to_string(), "S000000001");
    assert_eq!(IssueNumber(1_234_567_890).to_string(), "S1234567890");
    assert_eq!(IssueNumber::parse("S000000123"), Some(IssueNumber(123)));
    assert_eq!(
        IssueNumber::parse("S1234567890"),
        Some(IssueNumber(1_234_567_890))
    );
    for bad in [
        "",
        "S",
        "S12",
        "s000000123",
        "000000123",
        "S00000012a",
        "S+00000123",
        "S0000000123",
        " S000000123",
        "S000000123 ",
        "S99999999999999999999999",
    ] {
        assert_eq!(IssueNumber::parse(bad), None, "{bad:?}");
    }
    let json = serde_json::to_string(&IssueNumber(5)).unwrap();
    assert_eq!(json, "5");
}

#[test]
fn open_creates_the_folder_and_a_reader_never_creates_state() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a/b");
    assert!(Database::read_all(&dir).is_err());
    assert!(!dir.exists());
    Database::open(&dir).unwrap();
    assert!(dir.join(DATABASE_FILE).is_file());
    assert_eq!(Database::read_all(&dir).unwrap(), Vec::new());
}
