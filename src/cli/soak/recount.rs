//! The soak's recount, from the store after the kiosks stopped (a connection of its own): the
//! events written since the soak began must hold exactly the issues the kiosks reported, each
//! number once and each issue done, and every PIN entry the kiosks counted, in a history a
//! card's chip could have had; each card's counter must end where its history does.
//!
//! It assumes the soak is alone on its cards while it runs (another kiosk's entries on them
//! would show as counts the soak did not make).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use kofu::domain::card::PinCounter;
use kofu::domain::record::Record;
use kofu::domain::store::Store;
use kofu::store::StateStore;

/// What the recount found; every field but the totals must be zero for the soak to pass.
#[derive(Debug, Default, serde::Serialize)]
pub struct Recount {
    /// Issue numbers the kiosks reported.
    pub issues_reported: usize,
    /// Issues started in the store since the soak began.
    pub issues_in_store: usize,
    /// Numbers started more than once, or reported twice.
    pub duplicates: usize,
    /// Reported and not in the store.
    pub missing: usize,
    /// In the store and not reported.
    pub unexpected: usize,
    /// Reported and not recorded done.
    pub not_done: usize,
    /// PIN entries the kiosks counted.
    pub pin_entries: u64,
    /// Counted entries in the store.
    pub pin_counted: u64,
    /// Entries counted by a kiosk and absent from the store (or there and made by no kiosk).
    pub lost_counts: u64,
    /// Records of a count no chip could have had (not one more than before, nor a right PIN
    /// clearing an entry just counted).
    pub impossible_counts: usize,
    /// Cards whose counter is not where their history ends, or not clear.
    pub counters_wrong: usize,
}

impl Recount {
    /// True when nothing was lost, doubled or half made.
    pub fn ok(&self) -> bool {
        self.duplicates == 0
            && self.missing == 0
            && self.unexpected == 0
            && self.not_done == 0
            && self.lost_counts == 0
            && self.impossible_counts == 0
            && self.counters_wrong == 0
    }
}

/// Where the store stood before the soak: how many events, and each card's count.
#[derive(Debug, Default)]
pub struct Before {
    /// Events in the store.
    pub events: usize,
    /// Card → its count (the store's, else the deck's).
    pub counts: BTreeMap<String, u8>,
}

/// Reads where the store stands before the soak, for `cards` (their deck counts when the
/// store has none).
pub fn before(state: &Path, cards: &BTreeMap<String, u8>) -> anyhow::Result<Before> {
    let mut store = StateStore::open(state)?;
    let events = store.events()?.0.len();
    let mut counts = BTreeMap::new();
    for (card, deck) in cards {
        counts.insert(card.clone(), store.pin_failures(card)?.unwrap_or(*deck));
    }
    Ok(Before { events, counts })
}

/// Recounts: `reported` the issue numbers the kiosks printed, `entries` the PIN entries they
/// counted per card.
pub fn recount(
    state: &Path,
    before: &Before,
    reported: &[u64],
    entries: &BTreeMap<String, u64>,
) -> anyhow::Result<Recount> {
    let mut store = StateStore::open(state)?;
    let (records, _) = store.events()?;
    let new = records.get(before.events..).unwrap_or_default();
    let mut r = Recount {
        issues_reported: reported.len(),
        ..Recount::default()
    };
    issues(new, reported, &mut r);
    for (card, start) in &before.counts {
        let made = entries.get(card).copied().unwrap_or(0);
        let (counted, end, impossible) = history(new, card, *start);
        r.pin_entries += made;
        r.pin_counted += counted;
        r.lost_counts += made.abs_diff(counted);
        r.impossible_counts += impossible;
        let now = store.pin_failures(card)?.unwrap_or(*start);
        if now != end || (made > 0 && now != 0) {
            r.counters_wrong += 1;
        }
    }
    Ok(r)
}

/// Compares the issues started and done in `new` with those reported.
fn issues(new: &[Record], reported: &[u64], r: &mut Recount) {
    let mut started: BTreeMap<u64, usize> = BTreeMap::new();
    let mut done = BTreeSet::new();
    for rec in new {
        match rec {
            Record::IssueStarted { issue, .. } => *started.entry(issue.0).or_default() += 1,
            Record::IssueDone { issue, .. } => {
                done.insert(issue.0);
            }
            _ => {}
        }
    }
    let said: BTreeSet<u64> = reported.iter().copied().collect();
    r.issues_in_store = started.len();
    r.duplicates = started.values().filter(|&&n| n > 1).count() + (reported.len() - said.len());
    r.missing = said.iter().filter(|n| !started.contains_key(n)).count();
    r.unexpected = started.keys().filter(|n| !said.contains(n)).count();
    r.not_done = said.iter().filter(|n| !done.contains(n)).count();
}

/// A card's PIN records in `new`, from count `start`: entries counted, the count they end at,
/// and how many records no chip could have written.
fn history(new: &[Record], card: &str, start: u8) -> (u64, u8, usize) {
    let (mut counted, mut count, mut impossible) = (0u64, start, 0usize);
    let mut just_counted = false;
    for rec in new {
        let Record::Pin {
            card: c, failures, ..
        } = rec
        else {
            continue;
        };
        if c != card {
            continue;
        }
        let counts = !PinCounter::with_failures(count).is_locked() && *failures == count + 1;
        if counts {
            counted += 1;
        } else if !(*failures == 0 && just_counted) {
            impossible += 1;
        }
        just_counted = counts;
        count = *failures;
    }
    (counted, count, impossible)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(card: &str, failures: u8) -> Record {
        Record::Pin {
            card: card.into(),
            failures,
            at: String::new(),
        }
    }

    #[test]
    fn a_chips_history_counts_entries_and_finds_the_impossible() {
        // wrong, right (counted then cleared), an entry never judged, then a right one.
        let ok = [
            pin("a", 1),
            pin("a", 2),
            pin("a", 0),
            pin("b", 1),
            pin("a", 1),
        ];
        assert_eq!(history(&ok, "a", 0), (3, 1, 0));
        assert_eq!(history(&ok, "b", 0), (1, 1, 0));
        // A count that went back without a right PIN, and one that skipped.
        let bad = [pin("a", 1), pin("a", 0), pin("a", 0), pin("a", 2)];
        assert_eq!(history(&bad, "a", 0), (1, 2, 2));
        // Nothing is counted on a locked card.
        assert_eq!(history(&[pin("a", 4)], "a", 3), (0, 4, 1));
    }

    #[test]
    fn issues_reported_and_stored_must_agree() {
        let start = |n: u64| Record::IssueStarted {
            issue: kofu::domain::record::IssueNumber(n),
            session: String::new(),
            card: String::new(),
            holder: String::new(),
            certificate: String::new(),
            copies: 1,
            fee_yen: 300,
            at: String::new(),
        };
        let new = [start(1), start(2), start(2)];
        let mut r = Recount::default();
        issues(&new, &[1, 3, 3], &mut r);
        assert_eq!(
            (r.duplicates, r.missing, r.unexpected, r.not_done),
            (2, 1, 1, 2)
        );
        assert!(!r.ok());
    }
}
