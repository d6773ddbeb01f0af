//! The recount of `pg_kill`: the class database after the kills, read behind kofu's back, and
//! compared with what the killed processes printed.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use kofu::domain::record::Record;

/// A kiosk process's run on one card.
pub struct Run {
    /// Its card.
    pub card: String,
    /// The lines it printed before it died.
    pub lines: Vec<String>,
    /// Stopped on its own (not killed): its card was locked by earlier kills.
    pub locked: bool,
}

impl Run {
    /// A run and what it printed.
    pub fn new(card: &str, lines: Vec<String>, locked: bool) -> Self {
        Self {
            card: card.to_string(),
            lines,
            locked,
        }
    }

    /// The counts its `pin CARD K` lines gave, in order.
    fn pins(&self) -> Vec<u8> {
        self.lines
            .iter()
            .filter_map(|l| match l.split(' ').collect::<Vec<_>>().as_slice() {
                ["pin", card, k] => {
                    assert_eq!(*card, self.card, "a line of another card: {l}");
                    Some(k.parse().unwrap())
                }
                _ => None,
            })
            .collect()
    }

    /// The numbers its `issued N HOLDER CARD` lines gave (`S000000012` is 12).
    fn issued(&self) -> Vec<i64> {
        self.lines
            .iter()
            .filter_map(|l| l.strip_prefix("issued "))
            .map(|rest| {
                let n = rest.split(' ').next().unwrap();
                n.strip_prefix('S').unwrap().parse().unwrap()
            })
            .collect()
    }
}

/// A PIN entry as the journal has it: counted (the count it raised the card to), then judged
/// right (a record clearing the count) or not (judged wrong, or never judged: its kiosk died).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The count after the entry was counted.
    pub counted: u8,
    /// A right PIN cleared it.
    pub judged_right: bool,
}

impl Entry {
    /// What a kiosk prints after this entry: the count it left.
    fn printed(self) -> u8 {
        if self.judged_right { 0 } else { self.counted }
    }
}

/// What the recount counted, for the test's line.
pub struct Found {
    /// Issue numbers printed.
    pub printed_issues: usize,
    /// Issues in the database.
    pub issues: usize,
    /// PIN entries counted in the database.
    pub entries: usize,
    /// PIN lines printed.
    pub printed_entries: usize,
}

/// Checks the database against the runs (see the test's module comment); panics on the first
/// difference.
pub fn check(db: &mut postgres::Client, runs: &[Run]) -> Found {
    no_lock_outlives_its_kiosk(db);
    let events: BTreeMap<i64, (Option<i64>, Record)> = db
        .query("SELECT seq, issue, record FROM events ORDER BY seq", &[])
        .unwrap()
        .iter()
        .map(|r| {
            let text: String = r.get(2);
            (r.get(0), (r.get(1), serde_json::from_str(&text).unwrap()))
        })
        .collect();
    let issues = check_issues(db, &events, runs);
    let journal: Vec<Record> = events.into_values().map(|(_, r)| r).collect();
    let pins: BTreeMap<String, i16> = db
        .query("SELECT card, failures FROM pins", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let mut entries = 0;
    for (card, list) in all_entries(&journal) {
        let last = journal.iter().rev().find_map(|r| match r {
            Record::Pin {
                card: c, failures, ..
            } if *c == card => Some(i16::from(*failures)),
            _ => None,
        });
        assert_eq!(
            pins.get(&card).copied(),
            last,
            "card {card}'s counter and its last record"
        );
        let on_card: Vec<&Run> = runs.iter().filter(|r| r.card == card).collect();
        assert!(
            matches(&list, &on_card),
            "card {card}: the counts printed by each run {} are not the journal's entries {} \
             (r: judged right; each run may leave one entry unprinted at its end)",
            on_card
                .iter()
                .map(|r| format!("{:?}", r.pins()))
                .collect::<String>(),
            list.iter()
                .map(|e| format!("{}{} ", e.counted, if e.judged_right { "r" } else { "" }))
                .collect::<String>()
        );
        if on_card.iter().any(|r| r.locked) {
            assert_eq!(
                pins.get(&card),
                Some(&3),
                "card {card} refused but not locked"
            );
        }
        entries += list.len();
    }
    let printed_entries = runs.iter().map(|r| r.pins().len()).sum();
    let printed_issues = runs.iter().map(|r| r.issued().len()).sum();
    Found {
        printed_issues,
        issues,
        entries,
        printed_entries,
    }
}

/// Every card's advisory lock goes with its kiosk's connection (a backend may take a moment
/// to see its client gone).
fn no_lock_outlives_its_kiosk(db: &mut postgres::Client) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let n: i64 = db
            .query_one(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted",
                &[],
            )
            .unwrap()
            .get(0);
        if n == 0 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{n} advisory locks held after every kiosk died"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Issues: numbers 1..=N once each and the counter at N (a number is taken in the transaction
/// that records its issue: none skipped, none twice); each row's start and end events are its
/// own; no issue event without its row; every printed issue done. Returns N.
fn check_issues(
    db: &mut postgres::Client,
    events: &BTreeMap<i64, (Option<i64>, Record)>,
    runs: &[Run],
) -> usize {
    let rows: BTreeMap<i64, (i64, Option<i64>)> = db
        .query("SELECT number, started, done FROM issues", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), (r.get(1), r.get(2))))
        .collect();
    let counter: i64 = db
        .query_one("SELECT value FROM counters WHERE name = 'issue'", &[])
        .unwrap()
        .get(0);
    let n = rows.len() as i64;
    assert_eq!(counter, n, "the issue counter and the issues recorded");
    assert!(
        rows.keys().copied().eq(1..=n),
        "issue numbers skipped or out of 1..={n}"
    );
    let mut referenced = BTreeSet::new();
    for (number, (started, done)) in &rows {
        let start = events.get(started).map(|(_, r)| r);
        assert!(
            matches!(start, Some(Record::IssueStarted { issue, .. }) if issue.0 as i64 == *number),
            "issue {number}: its start event {started} is {start:?}"
        );
        referenced.insert(*started);
        if let Some(done) = done {
            let end = events.get(done).map(|(_, r)| r);
            assert!(
                matches!(end, Some(Record::IssueDone { issue, .. }) if issue.0 as i64 == *number),
                "issue {number}: its end event {done} is {end:?}"
            );
            referenced.insert(*done);
        }
    }
    for (seq, (column, rec)) in events {
        let Some(issue) = rec.issue_number().or(match rec {
            Record::CopyPrinted { issue, .. } => Some(*issue),
            _ => None,
        }) else {
            continue;
        };
        let issue = issue.0 as i64;
        assert_eq!(*column, Some(issue), "event {seq}'s issue column");
        assert!(
            rows.contains_key(&issue),
            "event {seq} of issue {issue}, which has no row"
        );
        if !matches!(rec, Record::CopyPrinted { .. }) {
            assert!(
                referenced.contains(seq),
                "event {seq} ({rec:?}) is not its row's"
            );
        }
    }
    let mut printed = BTreeSet::new();
    for number in runs.iter().flat_map(Run::issued) {
        assert!(printed.insert(number), "issue {number} printed twice");
        let row = rows.get(&number);
        assert!(
            matches!(row, Some((_, Some(_)))),
            "issue {number} was printed and is not done in the database: {row:?}"
        );
    }
    rows.len()
}

/// Whether the runs on one card, in order, printed the journal's entries: each printed count
/// is the next entry's, and a run may leave one entry unprinted at its end (killed after the
/// entry was recorded, before its line). A run that found the card locked printed only 3s and
/// made no entry.
fn matches(entries: &[Entry], runs: &[&Run]) -> bool {
    let mut failed = BTreeSet::new();
    fits(entries, runs, 0, 0, &mut failed)
}

/// [`matches`] from run `j` and entry `i`; `failed` remembers the (j, i) that cannot fit.
fn fits(
    entries: &[Entry],
    runs: &[&Run],
    j: usize,
    i: usize,
    failed: &mut BTreeSet<(usize, usize)>,
) -> bool {
    let Some(run) = runs.get(j) else {
        return i == entries.len();
    };
    if failed.contains(&(j, i)) {
        return false;
    }
    let printed = run.pins();
    let ok = if run.locked {
        let locked = i > 0 && entries[i - 1].counted == 3 && !entries[i - 1].judged_right;
        locked && printed.iter().all(|&k| k == 3) && fits(entries, runs, j + 1, i, failed)
    } else {
        let end = i + printed.len();
        entries.len() >= end
            && printed
                .iter()
                .zip(&entries[i..end])
                .all(|(&k, e)| e.printed() == k)
            && (fits(entries, runs, j + 1, end, failed)
                || (end < entries.len() && fits(entries, runs, j + 1, end + 1, failed)))
    };
    if !ok {
        failed.insert((j, i));
    }
    ok
}

/// The PIN records of `card` in the journal, as entries; panics at a record no chip writes.
fn entries(journal: &[Record], card: &str) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut count = 0u8;
    for rec in journal {
        let Record::Pin {
            card: c, failures, ..
        } = rec
        else {
            continue;
        };
        if c != card {
            continue;
        }
        if *failures == count + 1 && count < 3 {
            out.push(Entry {
                counted: *failures,
                judged_right: false,
            });
        } else {
            let last = out
                .last_mut()
                .filter(|e| !e.judged_right && e.counted == count);
            match last {
                Some(last) if *failures == 0 && count > 0 => last.judged_right = true,
                _ => panic!("card {card}: a count of {failures} after {count}: no chip does that"),
            }
        }
        count = *failures;
    }
    out
}

/// Every card's PIN entries, from the journal.
fn all_entries(journal: &[Record]) -> BTreeMap<String, Vec<Entry>> {
    let cards: BTreeSet<&String> = journal
        .iter()
        .filter_map(|r| match r {
            Record::Pin { card, .. } => Some(card),
            _ => None,
        })
        .collect();
    cards
        .into_iter()
        .map(|c| (c.clone(), entries(journal, c)))
        .collect()
}
