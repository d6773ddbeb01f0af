//! PIN counts in the journal: each change is read and written under one hold of the
//! exclusive lock, so kiosks sharing a state folder never lose a count or undo a lock.

use super::{Journal, LockGuard, Record, StoreError};

impl Journal {
    /// Counts one more wrong PIN for `card` and returns the new count, reading the current
    /// one (the folder's, else `deck_failures`) and appending the [`Record::Pin`] under one hold
    /// of the exclusive lock: kiosks sharing the folder can interleave in any order and no count
    /// is lost. Written before the result is shown, so a crash never gives a try back.
    pub fn record_pin_failure(
        &mut self,
        card: &str,
        deck_failures: u8,
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
        let failures = now
            .saturating_add(1)
            .min(crate::domain::card::PIN_MAX_FAILURES);
        self.inner.write(Record::Pin {
            card: card.to_owned(),
            failures,
            at: at.to_owned(),
        })?;
        Ok(failures)
    }

    /// A correct PIN: resets the count to 0, unless the card is locked by now (another kiosk's
    /// wrong entries since this one read it), in one hold of the exclusive lock. Returns the
    /// count that holds: 0, or the lock.
    pub fn reset_pin(&mut self, card: &str, deck_failures: u8, at: &str) -> Result<u8, StoreError> {
        let _guard = LockGuard::exclusive(&self.lock, &self.lock_path)?;
        self.inner.catch_up()?;
        let now = self
            .inner
            .state
            .pins
            .get(card)
            .copied()
            .unwrap_or(deck_failures);
        if now >= crate::domain::card::PIN_MAX_FAILURES {
            return Ok(now);
        }
        if now > 0 {
            self.inner.write(Record::Pin {
                card: card.to_owned(),
                failures: 0,
                at: at.to_owned(),
            })?;
        }
        Ok(0)
    }
}
