//! What the session remembers between visits: PIN counters, issue numbers, registrations and
//! session records, as a trait. The domain never touches a file: `crate::store` holds the
//! implementations (the durable journal, and an in-memory store for runs that remember nothing).

use crate::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};

/// Persistent state behind a kiosk session.
pub trait Store: Send {
    /// The PIN failure count the store remembers for a card (it wins over the deck's).
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError>;
    /// Counts a PIN entry as a failure *before* the PIN is compared, as a card's chip does,
    /// durably, and returns the count before it (the store's, else `deck_failures`). A card
    /// already locked gets nothing written (the caller refuses it without comparing). Until
    /// [`Store::end_pin_entry`], other kiosks' entries for the card wait, so the two steps act
    /// as one. When this fails, nothing was compared: a right and a wrong PIN end the same way,
    /// and a full disk gives no free try.
    fn begin_pin_entry(
        &mut self,
        card: &str,
        deck_failures: u8,
        at: &str,
    ) -> Result<u8, StoreError>;
    /// The comparison's result for the entry [`Store::begin_pin_entry`] counted: a right PIN
    /// clears the count (it was below the lock when counted), a wrong one keeps it. Returns the
    /// count after the entry.
    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError>;
    /// Allocates a unique issue number and records the start of an issue.
    fn begin_issue(&mut self, fields: IssueStartedFields) -> Result<IssueNumber, StoreError>;
    /// Appends any other record (issue done, registration, session start and end).
    fn append(&mut self, rec: &Record) -> Result<(), StoreError>;
    /// The ready-on date (YYYY-MM-DD) of a domicile registration, if one was made.
    fn registration(
        &mut self,
        person: &str,
        municipality: &str,
    ) -> Result<Option<String>, StoreError>;
}
