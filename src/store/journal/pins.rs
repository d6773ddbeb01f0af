//! PIN counts in the journal: each entry is read and written under one hold of the exclusive
//! lock, so kiosks sharing a state folder never lose a count or undo a lock.

use super::{Journal, LockGuard, Record, StoreError};
use crate::domain::card::PinCounter;

impl Journal {
    /// Records one PIN entry for `card` and returns the count that holds after it: the current
    /// count (the folder's, else `deck_failures`) is read and the new one appended under one
    /// hold of the exclusive lock ([`PinCounter::after_entry`]), so kiosks sharing the folder
    /// can interleave in any order, no count is lost and no lock is undone. A wrong entry is
    /// written before the result is shown, so a crash never gives a try back; a correct one
    /// writes only when it resets a count.
    pub fn record_pin_entry(
        &mut self,
        card: &str,
        deck_failures: u8,
        correct: bool,
        at: &str,
    ) -> Result<u8, StoreError> {
        let _guard = LockGuard::exclusive(&self.lock, &self.lock_path)?;
        self.inner.catch_up()?;
        let now = self
            .inner
            .state
            .pins
            .get(card)
            .copied()
            .unwrap_or(deck_failures);
        let failures = PinCounter::with_failures(now).after_entry(correct).failures;
        if !correct || failures != now {
            self.inner.write(Record::Pin {
                card: card.to_owned(),
                failures,
                at: at.to_owned(),
            })?;
        }
        Ok(failures)
    }
}
