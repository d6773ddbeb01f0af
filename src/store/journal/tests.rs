//! Unit tests of the parent module.

use super::*;
use std::collections::BTreeSet;
use std::sync::{Arc, Barrier};

mod processes;

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

fn journal_path(dir: &Path) -> PathBuf {
    dir.join(JOURNAL_FILE)
}

fn append_raw(dir: &Path, bytes: &[u8]) {
    let mut f = OpenOptions::new()
        .append(true)
        .open(journal_path(dir))
        .unwrap();
    f.write_all(bytes).unwrap();
}

#[test]
fn round_trip_of_every_record_kind() {
    let tmp = tempfile::tempdir().unwrap();
    let mut j = Journal::open(tmp.path()).unwrap();
    assert_eq!(j.dir(), tmp.path());
    for rec in every_kind() {
        j.append(&rec).unwrap();
    }
    assert_eq!(Journal::read_all(tmp.path()).unwrap(), every_kind());
    assert_eq!(j.stats().records, 7);

    let mut again = Journal::open(tmp.path()).unwrap();
    assert_eq!(again.stats().records, 7);
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
fn line_format_is_checksum_space_json_newline() {
    let tmp = tempfile::tempdir().unwrap();
    let mut j = Journal::open(tmp.path()).unwrap();
    j.append(&pin("card-9", 2)).unwrap();
    let text = std::fs::read_to_string(journal_path(tmp.path())).unwrap();
    let line = text.strip_suffix('\n').unwrap();
    assert!(!line.contains('\n'));
    let (sum, json) = line.split_once(' ').unwrap();
    assert_eq!(sum.len(), 16);
    assert!(
        sum.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    );
    let digest = Sha256::digest(json.as_bytes());
    let expected: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(sum, expected);
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(value["type"], "pin");
    assert_eq!(value["failures"], 2);
}

#[test]
fn torn_tail_is_never_read_and_next_append_truncates_it() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let mut j = Journal::open(tmp.path()).unwrap();
        j.append(&session_started(1)).unwrap();
        j.append(&pin("card-1", 1)).unwrap();
    }
    let garbage = b"0123456789abcdef {\"type\":\"pin\",\"card\":\"card-1\",\"fail";
    append_raw(tmp.path(), garbage);

    let (records, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
    assert_eq!(records, vec![session_started(1), pin("card-1", 1)]);
    assert_eq!(stats.torn_tail_bytes, garbage.len() as u64);
    assert_eq!(stats.corrupt_lines, 0);

    let mut j = Journal::open(tmp.path()).unwrap();
    assert_eq!(j.stats().records, 2);
    assert_eq!(j.stats().torn_tail_bytes, garbage.len() as u64);
    assert_eq!(j.pin_failures("card-1").unwrap(), Some(1));

    j.append(&pin("card-1", 2)).unwrap();
    assert_eq!(j.stats().torn_tails_truncated, 1);
    assert_eq!(j.stats().torn_tail_bytes, 0);
    let text = std::fs::read_to_string(journal_path(tmp.path())).unwrap();
    assert!(text.ends_with('\n'));
    assert!(!text.contains("\"fail\n") && !text.contains("fail0"));
    assert_eq!(text.lines().count(), 3);

    let (records, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
    assert_eq!(
        records,
        vec![session_started(1), pin("card-1", 1), pin("card-1", 2)]
    );
    assert_eq!(stats.corrupt_lines, 0);
    assert_eq!(stats.torn_tail_bytes, 0);
    assert_eq!(
        Journal::open(tmp.path())
            .unwrap()
            .pin_failures("card-1")
            .unwrap(),
        Some(2)
    );
}

#[test]
fn torn_tail_written_after_a_handle_opened_is_truncated_by_it() {
    let tmp = tempfile::tempdir().unwrap();
    let mut j = Journal::open(tmp.path()).unwrap();
    j.append(&session_started(1)).unwrap();
    append_raw(tmp.path(), b"deadbeef");
    assert_eq!(j.pin_failures("x").unwrap(), None);
    assert_eq!(j.stats().torn_tail_bytes, 8);
    let n = j.begin_issue(fields("sess-1")).unwrap();
    assert_eq!(n, IssueNumber(1));
    assert_eq!(j.stats().torn_tails_truncated, 1);
    let (records, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(
        stats,
        JournalStats {
            records: 2,
            ..Default::default()
        }
    );
}

#[test]
fn a_corrupted_complete_line_fails_closed_and_tools_skip_and_count_it() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let mut j = Journal::open(tmp.path()).unwrap();
        j.append(&pin("card-1", 1)).unwrap();
        j.append(&pin("card-2", 1)).unwrap();
        j.append(&pin("card-3", 1)).unwrap();
    }
    let path = journal_path(tmp.path());
    let text = std::fs::read_to_string(&path).unwrap();
    // Same length, so only the checksum can tell.
    let text = text.replace("card-2", "card-X");
    std::fs::write(&path, text).unwrap();
    append_raw(tmp.path(), b"not a journal line\n");
    append_raw(tmp.path(), b"\n");

    let (records, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
    assert_eq!(records, vec![pin("card-1", 1), pin("card-3", 1)]);
    assert_eq!(stats.corrupt_lines, 3);

    // The kiosk does not go on from a damaged journal: card-2's count is unknown, and an older
    // or different value must never be used.
    let err = Journal::open(tmp.path()).expect_err("damaged");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err}");
    assert!(err.to_string().contains("damaged at byte"), "{err}");
    // Nothing was written or truncated by the refused open.
    let (records, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(stats.corrupt_lines, 3);
}

#[test]
fn good_checksum_but_unknown_record_is_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let mut j = Journal::open(tmp.path()).unwrap();
    let json = br#"{"type":"from_the_future","x":1}"#;
    let mut line = checksum(json).into_bytes();
    line.push(b' ');
    line.extend_from_slice(json);
    line.push(b'\n');
    append_raw(tmp.path(), &line);
    j.append(&pin("c", 1)).unwrap();
    assert_eq!(j.stats().unknown_records, 1);
    assert_eq!(j.stats().records, 1);
    assert_eq!(Journal::read_all(tmp.path()).unwrap(), vec![pin("c", 1)]);
}

#[test]
fn two_handles_see_each_others_appends() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = Journal::open(tmp.path()).unwrap();
    let mut b = Journal::open(tmp.path()).unwrap();

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

    // Each handle folded every record exactly once: catch-up reads only new bytes.
    assert_eq!(a.stats().records, 5);
    assert_eq!(b.stats().records, 5);
    assert_eq!(Journal::read_all(tmp.path()).unwrap().len(), 5);
}

#[test]
fn later_registration_wins() {
    let tmp = tempfile::tempdir().unwrap();
    let mut j = Journal::open(tmp.path()).unwrap();
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
                let mut j = Journal::open(&dir).unwrap();
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

    let (records, stats) = Journal::read_all_with_stats(&dir).unwrap();
    assert_eq!(records.len(), THREADS * PER_THREAD);
    assert_eq!(stats.corrupt_lines, 0);
    let in_file: Vec<_> = records.iter().filter_map(Record::issue_number).collect();
    assert_eq!(in_file, expected.into_iter().collect::<Vec<_>>());
}

#[test]
fn pin_counts_interleaved_across_handles_lose_nothing_and_a_lock_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = Journal::open(tmp.path()).unwrap();
    let mut b = Journal::open(tmp.path()).unwrap();
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
    let mut fresh = Journal::open(tmp.path()).unwrap();
    assert_eq!(fresh.pin_failures("card-1").unwrap(), Some(3));
}

#[test]
fn begin_issue_overwrites_nothing_and_append_guards_issue_records() {
    let tmp = tempfile::tempdir().unwrap();
    let mut j = Journal::open(tmp.path()).unwrap();
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
    assert_eq!(Journal::read_all(tmp.path()).unwrap().len(), 4);
}

#[test]
fn journal_shrunk_behind_a_handle_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let mut j = Journal::open(tmp.path()).unwrap();
    j.append(&pin("c", 1)).unwrap();
    OpenOptions::new()
        .write(true)
        .open(journal_path(tmp.path()))
        .unwrap()
        .set_len(0)
        .unwrap();
    let err = j.pin_failures("c").unwrap_err();
    assert!(matches!(err, StoreError::Shrunk { found: 0, .. }), "{err}");
}

#[test]
fn open_creates_the_folder_and_read_all_of_missing_folder_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let nested = tmp.path().join("a").join("b");
    assert!(matches!(
        Journal::read_all(&nested),
        Err(StoreError::Io { .. })
    ));
    let j = Journal::open(&nested).unwrap();
    assert!(j.path().is_file());
    assert!(nested.join(LOCK_FILE).is_file());
    assert_eq!(Journal::read_all(&nested).unwrap(), vec![]);
}

#[test]
fn read_all_works_on_a_copied_journal_without_lock_file() {
    let tmp = tempfile::tempdir().unwrap();
    Journal::open(tmp.path())
        .unwrap()
        .append(&pin("c", 1))
        .unwrap();
    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(journal_path(tmp.path()), journal_path(copy.path())).unwrap();
    assert_eq!(Journal::read_all(copy.path()).unwrap(), vec![pin("c", 1)]);
}

/// Set in child processes spawned by the multi-process tests: the state folder.
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

proptest::proptest! {
    #[test]
    fn issue_number_round_trips(n in proptest::num::u64::ANY) {
        let shown = IssueNumber(n).to_string();
        proptest::prop_assert_eq!(IssueNumber::parse(&shown), Some(IssueNumber(n)));
    }

    #[test]
    fn checksum_catches_any_single_byte_change(
        card in "[a-z0-9-]{1,12}",
        failures in 0u8..10,
        pos in proptest::num::usize::ANY,
        flip in 1u8..=255,
    ) {
        let mut line = encode_line(&pin(&card, failures)).unwrap();
        line.pop();
        let i = pos % line.len();
        line[i] ^= flip;
        let corrupt = matches!(decode_line(&line), Line::Corrupt);
        proptest::prop_assert!(corrupt);
    }
}
