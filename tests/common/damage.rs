//! The damage harness's state folder and its judge (`tests/harness_damage*.rs`): a folder
//! with every table in use over several pages, what a kiosk must read from it, and the verdict
//! on a damaged copy — refused with an error naming a file of the folder, or read right; any
//! other value (an older count, a lost issue, a changed record) or a panic fails the test.

use std::fs;
use std::path::Path;

use kofu::domain::record::{IssueStartedFields, Record, StoreError};
use kofu::store::Database;

/// The card whose count the damage must never lower (two wrong PINs).
pub const CARD: &str = "c0";
/// Cards with one wrong PIN each, so the `pins` table and its index span several pages.
pub const OTHER_CARDS: usize = 150;
/// Issues started and done, so `issues`, `events` and `events_by_issue` span several pages.
pub const ISSUES: u64 = 80;

/// What a kiosk and `verify` must read from the folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Expect {
    /// `CARD`'s count.
    pub count: Option<u8>,
    /// One of the other cards' count.
    pub other: Option<u8>,
    /// The last issue number allocated.
    pub last_issue: Option<u64>,
    /// The registration of `p0` at Tsukuba.
    pub registration: Option<String>,
    /// Every record, in order.
    pub records: Vec<Record>,
    /// The events of issues 1, 40 and 80 as `verify` reads them (through `events_by_issue`).
    pub issue_events: Vec<Vec<Record>>,
    /// How many of `records` a damaged WAL may lose: history written after the last decision.
    pub history_after_decisions: usize,
}

/// How a damaged copy was judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// An error naming a file of the folder.
    Refused,
    /// Everything read as before.
    Right,
    /// Everything read as before, less history a live kiosk wrote after its last decision
    /// (what a damaged WAL may lose: README's "Where state lives").
    HistoryLost,
}

/// Fills `dir` (a new folder) with the harness's state through the library; returns it closed.
pub fn build(dir: &Path) -> Result<(), StoreError> {
    let mut db = Database::open(dir)?;
    for i in 0..OTHER_CARDS {
        db.record_pin_entry(&format!("k{i:03}"), 0, false, "2026-11-25T09:00:00+09:00")?;
    }
    db.append(&Record::Registration {
        person: "p0".into(),
        municipality: "tsukuba".into(),
        applied_on: "2026-11-20".into(),
        ready_on: "2026-11-25".into(),
    })?;
    for i in 0..ISSUES {
        let issue = db.begin_issue(IssueStartedFields {
            session: format!("s{i}"),
            card: format!("k{:03}", i % 7),
            holder: format!("p{}", i % 7),
            certificate: "resident_certificate".into(),
            copies: 1,
            fee_yen: 150,
            at: "2026-11-25T10:00:00+09:00".into(),
        })?;
        db.append(&Record::IssueDone {
            issue,
            printed_copies: 1,
            pages: 2,
            charged_yen: 150,
            content_hash: format!("{:064x}", i),
            failed: None,
            at: "2026-11-25T10:00:01+09:00".into(),
        })?;
    }
    db.record_pin_entry(CARD, 0, false, "2026-11-25T10:01:00+09:00")?;
    db.record_pin_entry(CARD, 0, false, "2026-11-25T10:02:00+09:00")?;
    Ok(())
}

/// History a live kiosk writes after its last decision (it stays in the WAL).
pub fn history(db: &mut Database, n: usize) -> Result<(), StoreError> {
    for i in 0..n {
        db.append(&Record::SessionStarted {
            session: format!("later-{i}"),
            kiosk: "k".into(),
            at: "2026-11-25T10:03:00+09:00".into(),
            municipality: "082201".into(),
            vendor: "fujifilm".into(),
        })?;
    }
    Ok(())
}

/// What the kiosk and `verify` read from `dir`, or the first error.
pub fn read(dir: &Path) -> Result<Expect, StoreError> {
    let mut db = Database::open(dir)?;
    let count = db.pin_failures(CARD)?;
    let other = db.pin_failures("k007")?;
    let last_issue = db.last_issue()?.map(|n| n.0);
    let registration = db.registration("p0", "tsukuba")?;
    let issue_events = [1, 40, 80]
        .into_iter()
        .map(|n| db.issue_events(kofu::domain::record::IssueNumber(n)))
        .collect::<Result<_, _>>()?;
    drop(db);
    let records = Database::read_all(dir)?;
    Ok(Expect {
        count,
        other,
        last_issue,
        registration,
        records,
        issue_events,
        history_after_decisions: 0,
    })
}

/// Judges a damaged copy `dir` against `want`: refused naming a file of `dir`, or right.
/// Panics (the test's failure) on any other value, naming `what` was done.
pub fn judge(dir: &Path, want: &Expect, what: &str) -> Verdict {
    let got = std::panic::catch_unwind(|| read(dir))
        .unwrap_or_else(|_| panic!("{what}: kofu panicked on the damaged folder"));
    match got {
        Err(e) => {
            let msg = e.to_string();
            assert!(
                msg.contains(dir.to_str().expect("utf-8 path")),
                "{what}: the error names no file of the folder: {msg}"
            );
            Verdict::Refused
        }
        Ok(got) => {
            let decided = want.records.len() - want.history_after_decisions;
            let kept = got.records.len();
            assert!(
                got.count == want.count
                    && got.other == want.other
                    && got.last_issue == want.last_issue
                    && got.registration == want.registration
                    && got.issue_events == want.issue_events
                    && (decided..=want.records.len()).contains(&kept)
                    && got.records[..] == want.records[..kept],
                "{what}: read without an error but not as written: count {:?} (want {:?}), \
                 other {:?}, last issue {:?} (want {:?}), registration {:?}, issues' events \
                 {:?} (want {:?}), {} of {} records",
                got.count,
                want.count,
                got.other,
                got.last_issue,
                want.last_issue,
                got.registration,
                got.issue_events.iter().map(Vec::len).collect::<Vec<_>>(),
                want.issue_events.iter().map(Vec::len).collect::<Vec<_>>(),
                kept,
                want.records.len()
            );
            if kept == want.records.len() {
                Verdict::Right
            } else {
                Verdict::HistoryLost
            }
        }
    }
}

/// Copies every file of `from` (not the lock) into a fresh folder: what a crash at this
/// instant leaves.
pub fn copy_folder(from: &Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().expect("tmp");
    for entry in fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("entry");
        if entry.file_name() == kofu::store::database::LOCK_FILE {
            continue;
        }
        fs::copy(entry.path(), to.path().join(entry.file_name())).expect("copy");
    }
    to
}

/// Tallies of verdicts by a label (a page type, a file, a kind of damage).
#[derive(Default)]
pub struct Tally(pub std::collections::BTreeMap<String, [u32; 3]>);

impl Tally {
    /// Counts one verdict under `label`.
    pub fn add(&mut self, label: &str, v: Verdict) {
        let e = self.0.entry(label.to_string()).or_default();
        e[v as usize] += 1;
    }

    /// The copies judged.
    pub fn total(&self) -> u32 {
        self.0.values().flatten().sum()
    }

    /// The copies refused.
    pub fn refused(&self) -> u32 {
        self.0.values().map(|v| v[Verdict::Refused as usize]).sum()
    }

    /// One line per label: `label: N refused, M read right, K lost only history`.
    pub fn print(&self, title: &str) {
        eprintln!("{title}: {} damaged copies", self.total());
        for (k, [refused, right, lost]) in &self.0 {
            eprintln!(
                "  {k}: {refused} refused naming the file, {right} read right, \
                 {lost} read right less the history after the last decision"
            );
        }
    }
}
