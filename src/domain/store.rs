//! What the session remembers between visits: PIN counters, issue numbers, registrations and
//! session records, as a trait. The domain never touches a file: `crate::store` holds the
//! implementations (the durable journal, and an in-memory store for runs that remember nothing).

use crate::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};

/// Persistent state behind a kiosk session.
pub trait Store: Send {
    /// The PIN failure count the store remembers for a card (it wins over the deck's).
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError>;
    /// Records one PIN entry (on the store's count, else `deck_failures`) and returns the count
    /// that holds after it, read and written as one step (durably, before the result is
    /// shown), by [`crate::domain::card::PinCounter::after_entry`]: two kiosks entering PINs
    /// for one card at once lose no count, and a correct PIN never undoes a lock.
    fn record_pin_entry(
        &mut self,
        card: &str,
        deck_failures: u8,
        correct: bool,
        at: &str,
    ) -> Result<u8, StoreError>;
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
