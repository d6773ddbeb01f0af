//! PIN entries, counted before they are judged (issue 24): [`Database::begin_pin_entry`]
//! writes the entry as a failure, durably, before the session compares the PIN, and
//! [`Database::end_pin_entry`] clears it when the PIN was right. A store that cannot write
//! refuses the entry before anything is compared, so a full disk tells a right PIN from a
//! wrong one no more than a working disk does, and never gives a try for free.
//!
//! Between the two steps the handle holds the folder's lock file (`kofu.lock`, `flock`), which
//! every other handle's PIN entry takes first: entries on one folder are judged one after the
//! other, so another kiosk's wrong entry is never lost under a right one, and a right PIN never
//! undoes another kiosk's lock. A killed process releases the lock with its files; its counted
//! entry stays a failure (as on a card pulled out mid-check).

use std::fs::File;

use super::{Database, Durability, LOCK_FILE, files, rows};
use crate::domain::card::PinCounter;
use crate::domain::record::{Record, StoreError};

/// An entry counted and not yet judged: the card, its count before the entry, and the
/// folder's lock, held until the result is in.
#[derive(Debug)]
pub(super) struct Pending {
    /// The card whose entry was counted.
    card: String,
    /// The count before the entry.
    before: u8,
    /// The folder's lock file, locked.
    _lock: FolderLock,
}

/// The folder's lock file, locked until dropped.
#[derive(Debug)]
struct FolderLock(File);

impl Drop for FolderLock {
    fn drop(&mut self) {
        // Closing the file releases the lock too; an unlock failure cannot be reported here.
        let _ = self.0.unlock();
    }
}

impl Database {
    /// Counts a PIN entry for `card` as a failure before the PIN is compared (on the
    /// database's count, else `deck_failures`), durably, and returns the count before it. A
    /// locked card gets nothing written. See the module's notes.
    pub fn begin_pin_entry(
        &mut self,
        card: &str,
        deck_failures: u8,
        at: &str,
    ) -> Result<u8, StoreError> {
        // An entry begun and never judged stays counted: its lock goes now.
        self.pending = None;
        let path = self.dir.join(LOCK_FILE);
        let file = files::open_lock(&path)?;
        file.lock().map_err(|source| StoreError::Io {
            path: path.clone(),
            source,
        })?;
        let lock = FolderLock(file);
        let before = rows::pin(&self.conn, &self.meta, card)?.unwrap_or(deck_failures);
        let counter = PinCounter::with_failures(before);
        if counter.is_locked() {
            return Ok(before);
        }
        let counted = counter.after_entry(false).failures;
        self.write(Durability::Decision, |tx, meta| {
            let rec = Record::Pin {
                card: card.to_owned(),
                failures: counted,
                at: at.to_owned(),
            };
            rows::apply(tx, meta, &rec)
        })?;
        self.pending = Some(Pending {
            card: card.to_owned(),
            before,
            _lock: lock,
        });
        Ok(before)
    }

    /// The result of the entry [`Database::begin_pin_entry`] counted: a right PIN clears the
    /// count, a wrong one keeps it. Returns the count after the entry.
    pub fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        let Some(pending) = self.pending.take().filter(|p| p.card == card) else {
            return Err(StoreError::Database {
                path: self.meta.path.clone(),
                message: format!("a PIN result for card {card} without its counted entry"),
            });
        };
        let after = PinCounter::with_failures(pending.before).after_entry(correct);
        if correct {
            // Written as history (no sync of its own, no checkpoint): losing it to a power cut
            // leaves the entry counted, one try fewer, never one more.
            self.write(Durability::History, |tx, meta| {
                let rec = Record::Pin {
                    card: card.to_owned(),
                    failures: after.failures,
                    at: at.to_owned(),
                };
                rows::apply(tx, meta, &rec)
            })?;
        }
        Ok(after.failures)
    }

    /// Both steps of one entry whose result is known already (tests and tools): the count
    /// after it.
    pub fn record_pin_entry(
        &mut self,
        card: &str,
        deck_failures: u8,
        correct: bool,
        at: &str,
    ) -> Result<u8, StoreError> {
        let before = self.begin_pin_entry(card, deck_failures, at)?;
        if PinCounter::with_failures(before).is_locked() {
            return Ok(before);
        }
        self.end_pin_entry(card, correct, at)
    }
}
