//! What the kiosk remembers across runs, on disk or in memory: the implementations of the
//! domain's [`Store`] trait. This is the only place state touches a file.

pub mod copy;
pub mod database;
pub mod legacy_journal;
pub mod postgres;
pub mod state;
pub mod worker;

use std::collections::BTreeMap;

use crate::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};
pub use crate::domain::store::Store;
pub use database::Database;
pub use state::StateStore;

impl Store for Database {
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        Database::pin_failures(self, card)
    }
    fn begin_pin_entry(
        &mut self,
        card: &str,
        deck_failures: u8,
        at: &str,
    ) -> Result<u8, StoreError> {
        Database::begin_pin_entry(self, card, deck_failures, at)
    }
    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        Database::end_pin_entry(self, card, correct, at)
    }
    fn begin_issue(&mut self, fields: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        Database::begin_issue(self, fields)
    }
    fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        Database::append(self, rec)
    }
    fn registration(
        &mut self,
        person: &str,
        municipality: &str,
    ) -> Result<Option<String>, StoreError> {
        Database::registration(self, person, municipality)
    }
}
/// An in-memory store: the same behaviour as the journal, nothing on disk.
#[derive(Debug, Default, Clone)]
pub struct MemoryStore {
    /// Card → failures.
    pub pins: BTreeMap<String, u8>,
    /// Every record appended, in order (issue starts included).
    pub records: Vec<Record>,
    /// Highest issue number allocated.
    pub last_issue: u64,
    /// (person, municipality) → ready-on date.
    pub registrations: BTreeMap<(String, String), String>,
}

impl MemoryStore {
    /// A card's new count and its record.
    fn set_pin(&mut self, card: &str, failures: u8, at: &str) {
        self.pins.insert(card.to_string(), failures);
        self.records.push(Record::Pin {
            card: card.to_string(),
            failures,
            at: at.to_string(),
        });
    }
}

impl Store for MemoryStore {
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        Ok(self.pins.get(card).copied())
    }
    fn begin_pin_entry(
        &mut self,
        card: &str,
        deck_failures: u8,
        at: &str,
    ) -> Result<u8, StoreError> {
        let before = self.pins.get(card).copied().unwrap_or(deck_failures);
        let counter = crate::domain::card::PinCounter::with_failures(before);
        if !counter.is_locked() {
            self.set_pin(card, counter.after_entry(false).failures, at);
        }
        Ok(before)
    }
    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        let counted = self.pins.get(card).copied().unwrap_or_default();
        if correct {
            self.set_pin(card, 0, at);
            return Ok(0);
        }
        Ok(counted)
    }
    fn begin_issue(&mut self, fields: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        self.last_issue += 1;
        let n = IssueNumber(self.last_issue);
        self.records.push(fields.into_record(n));
        Ok(n)
    }
    fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        if let Record::Registration {
            person,
            municipality,
            ready_on,
            ..
        } = rec
        {
            self.registrations
                .insert((person.clone(), municipality.clone()), ready_on.clone());
        }
        self.records.push(rec.clone());
        Ok(())
    }
    fn registration(
        &mut self,
        person: &str,
        municipality: &str,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .registrations
            .get(&(person.to_string(), municipality.to_string()))
            .cloned())
    }
}

/// The state folder used when none is given: `<user data dir>/kofu` (e.g.
/// `~/.local/share/kofu` on Linux), or `./kofu-state` where the system has no data dir.
pub fn default_state_dir() -> std::path::PathBuf {
    dirs::data_dir()
        .map(|d| d.join("kofu"))
        .unwrap_or_else(|| std::path::PathBuf::from("kofu-state"))
}
