//! The kiosk's state in a PostgreSQL database shared by a class (issue 25): the same guarantees
//! as the state folder's SQLite database ([`crate::store::database`]), for kiosks on many
//! machines.
//!
//! # One transaction per decision, at READ COMMITTED
//! Every write is one transaction. Interleaving is made safe by locks, not by retrying:
//! - a PIN entry takes the card's advisory lock (`pg_advisory_lock`, a key from the card's id)
//!   before it reads the count, and keeps it until the entry is judged, so entries on one card
//!   are judged one after the other on every machine, as on the chip; a kiosk killed or cut off
//!   in between loses its connection and with it the lock, and its counted entry stays a
//!   failure;
//! - an issue number is `UPDATE counters … RETURNING`, whose row lock holds until the commit:
//!   two kiosks never get the same number, and the number is the database's, not a machine's;
//! - an issue's end reads its row `FOR UPDATE`, so a second end is refused.
//!
//! Each statement of these transactions waits for the lock it needs instead of failing, so no
//! retry loop is needed (SERIALIZABLE would refuse one of two kiosks with 40001 and make it
//! retry). Commits are durable before a result is shown (`synchronous_commit = on` is set for
//! the connection).
//!
//! # Schema
//! Versioned, migrated at connect ([`schema`]); a newer database is refused by an older kofu.
//! Row checksums are left to the server (`initdb --data-checksums`): SQLite has none, PostgreSQL
//! has them per page.

pub mod class;
mod pgpass;
pub mod recordings;
pub mod roles;
mod rows;
pub mod schema;
mod tls;
mod url;

use std::path::PathBuf;
use std::time::Duration;

use postgres::error::SqlState;
use postgres::{Client, Config};
use sha2::{Digest, Sha256};

use crate::domain::card::PinCounter;
use crate::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};
use crate::store::database::TraineeResult;
pub use url::{is_url, redact};

/// How long connecting may take before the store gives up. (A lock is waited for at most 30 s,
/// `lock_timeout`, as the SQLite store's busy timeout.)
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The database's name in messages (the URL without its password).
#[derive(Debug, Clone)]
pub(crate) struct Label(PathBuf);

impl Label {
    /// A refusal by the database (not damage).
    fn error(&self, message: String) -> StoreError {
        StoreError::Database {
            path: self.0.clone(),
            message,
        }
    }
    /// Damage: a value no kofu writes.
    fn damaged(&self, what: String) -> StoreError {
        StoreError::StateDamaged {
            path: self.0.clone(),
            what,
        }
    }
}

/// `.or_pg(label)` on PostgreSQL results.
pub(crate) trait PgResult<T> {
    /// The value, or the error as a [`StoreError`] naming the database.
    fn or_pg(self, label: &Label) -> Result<T, StoreError>;
}

impl<T> PgResult<T> for Result<T, postgres::Error> {
    fn or_pg(self, label: &Label) -> Result<T, StoreError> {
        self.map_err(|e| {
            // The server's own words, else the client's with its cause ("… : No such file").
            let message = e.as_db_error().map_or_else(
                || match std::error::Error::source(&e) {
                    Some(cause) => format!("{e}: {cause}"),
                    None => e.to_string(),
                },
                |d| d.message().to_string(),
            );
            match e.code() {
                Some(c) if *c == SqlState::DATA_CORRUPTED || *c == SqlState::INDEX_CORRUPTED => {
                    label.damaged(message)
                }
                _ => label.error(message),
            }
        })
    }
}

/// A PIN entry counted and not yet judged: its card, the count before it, the lock's key.
#[derive(Debug)]
struct Pending {
    /// The card whose entry was counted.
    card: String,
    /// The count before the entry.
    before: u8,
    /// The card's advisory lock key, held.
    key: i64,
}

/// A connection to a class database, one per kiosk (a [`crate::domain::store::Store`]).
pub struct PgStore {
    /// The connection.
    client: Client,
    /// The URL without its password.
    label: Label,
    /// A PIN entry counted and not yet judged.
    pending: Option<Pending>,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore")
            .field("url", &self.label.0)
            .finish()
    }
}

/// The advisory lock key of a card: the first 8 bytes of a SHA-256 of its id.
fn card_key(card: &str) -> i64 {
    let hash = Sha256::digest(format!("kofu-pin:{card}").as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&hash[..8]);
    i64::from_le_bytes(bytes)
}

/// Opens a connection for kofu (durable commits, a 30 s lock wait) without touching the
/// schema: TLS as the URL's `sslmode` says ([`tls`]), a password from `PGPASSWORD` or the
/// password file when the URL has none ([`pgpass`]). The kiosk's store, its station link and
/// the instructor station each open their own.
pub(crate) fn open_client(url: &str) -> Result<(Client, Label), StoreError> {
    let label = Label(PathBuf::from(redact(url)));
    let (plain, tls_params) = tls::split_url(url).map_err(|e| label.error(e))?;
    let mut config: Config = plain
        .parse()
        .map_err(|e: postgres::Error| label.error(format!("not a database URL: {e}")))?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    pgpass::fill(&mut config);
    let mut client = match tls::connect(&mut config, &tls_params) {
        Ok(c) => c,
        Err(tls::ConnectError::Setup(e)) => return Err(label.error(e)),
        Err(tls::ConnectError::Pg(e)) => return Err(e).or_pg(&label),
    };
    client
        .batch_execute("SET synchronous_commit TO on; SET lock_timeout TO '30s'")
        .or_pg(&label)?;
    Ok((client, label))
}

/// Checks a URL as [`open_client`] will read it (its TLS parameters included, which
/// rust-postgres alone would refuse), so the command line can refuse a mistyped one as bad
/// input before anything starts; the message names the URL without its password.
pub fn check_url(url: &str) -> Result<(), String> {
    let (plain, _) = tls::split_url(url).map_err(|e| format!("{}: {e}", redact(url)))?;
    plain
        .parse::<Config>()
        .map(|_| ())
        .map_err(|e| format!("{}: not a database URL: {e}", redact(url)))
}

impl PgStore {
    /// Connects without touching the schema (the callers decide whether to migrate).
    fn connect_only(url: &str) -> Result<(Self, Label), StoreError> {
        let (client, label) = open_client(url)?;
        let store = Self {
            client,
            label: label.clone(),
            pending: None,
        };
        Ok((store, label))
    }

    /// Connects and brings the schema to this kofu's version (refusing a newer one).
    pub fn connect(url: &str) -> Result<Self, StoreError> {
        let (mut store, label) = Self::connect_only(url)?;
        schema::migrate(&mut store.client, &label)?;
        Ok(store)
    }

    /// Connects for reading: `None` when the database was never used by kofu (no schema); a
    /// database at an older version is migrated first, a newer one refused.
    pub fn connect_read_only(url: &str) -> Result<Option<Self>, StoreError> {
        let (mut store, label) = Self::connect_only(url)?;
        let v = schema::version(&mut store.client, &label)?;
        if v < schema::LATEST && v > 0 {
            schema::migrate(&mut store.client, &label)?;
        }
        Ok((v > 0).then_some(store))
    }

    /// The schema version recorded in the database.
    pub fn schema_version(&mut self) -> Result<i32, StoreError> {
        schema::version(&mut self.client, &self.label)
    }

    /// Runs `work` in one transaction and commits it.
    fn write<T>(
        &mut self,
        work: impl FnOnce(&mut postgres::Transaction<'_>, &Label) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let label = &self.label;
        let mut tx = self.client.transaction().or_pg(label)?;
        let out = work(&mut tx, label)?;
        tx.commit().or_pg(label)?;
        Ok(out)
    }

    /// Releases the lock of an entry begun and never judged (it stays counted).
    fn release(&mut self) -> Result<(), StoreError> {
        match self.pending.take() {
            Some(p) => self.unlock(p.key),
            None => Ok(()),
        }
    }

    /// Releases a card's advisory lock.
    fn unlock(&mut self, key: i64) -> Result<(), StoreError> {
        self.client
            .execute("SELECT pg_advisory_unlock($1)", &[&key])
            .or_pg(&self.label)?;
        Ok(())
    }

    /// The events of issue `n`, in order, through the index by issue (what `verify` reads).
    pub fn issue_events(&mut self, n: IssueNumber) -> Result<Vec<Record>, StoreError> {
        rows::issue_events(&mut self.client, &self.label, n)
    }

    /// Every event, in order, and how many were of a kind this version does not know.
    pub fn events(&mut self) -> Result<(Vec<Record>, u64), StoreError> {
        rows::events(&mut self.client, &self.label)
    }

    /// The highest issue number allocated so far.
    pub fn last_issue(&mut self) -> Result<Option<IssueNumber>, StoreError> {
        rows::last_issue(&mut self.client, &self.label)
    }

    /// Appends many records in one transaction (imports: `kofu state copy`).
    pub fn append_all(&mut self, records: &[Record]) -> Result<(), StoreError> {
        self.write(|tx, label| records.iter().try_for_each(|r| rows::apply(tx, label, r)))
    }

    /// Keeps one answered exercise.
    pub fn add_result(&mut self, r: &TraineeResult) -> Result<(), StoreError> {
        self.write(|tx, label| rows::add_result(tx, label, r))
    }

    /// Every result kept, in the order answered; only `trainee`'s when given.
    pub fn results(&mut self, trainee: Option<&str>) -> Result<Vec<TraineeResult>, StoreError> {
        rows::results(&mut self.client, &self.label, trainee)
    }

    /// Empties every table of kofu's (`kofu state copy --replace`), in one transaction.
    pub fn clear(&mut self) -> Result<(), StoreError> {
        self.write(|tx, label| {
            tx.batch_execute(
                "TRUNCATE issues, pins, registrations, results, events;
                 UPDATE counters SET value = 0 WHERE name = 'issue'",
            )
            .or_pg(label)
        })
    }
}

impl crate::domain::store::Store for PgStore {
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        rows::pin(&mut self.client, &self.label, card, false)
    }

    fn begin_pin_entry(
        &mut self,
        card: &str,
        deck_failures: u8,
        at: &str,
    ) -> Result<u8, StoreError> {
        self.release()?;
        let key = card_key(card);
        // Waits for another kiosk's entry on this card to be judged (see the module's notes).
        self.client
            .execute("SELECT pg_advisory_lock($1)", &[&key])
            .or_pg(&self.label)?;
        let counted = self.write(|tx, label| {
            let before = rows::pin(tx, label, card, true)?.unwrap_or(deck_failures);
            let counter = PinCounter::with_failures(before);
            if counter.is_locked() {
                return Ok((before, false));
            }
            let rec = Record::Pin {
                card: card.to_owned(),
                failures: counter.after_entry(false).failures,
                at: at.to_owned(),
            };
            rows::apply(tx, label, &rec)?;
            Ok((before, true))
        });
        match counted {
            Ok((before, true)) => {
                self.pending = Some(Pending {
                    card: card.to_owned(),
                    before,
                    key,
                });
                Ok(before)
            }
            Ok((before, false)) => {
                self.unlock(key)?;
                Ok(before)
            }
            Err(e) => {
                // Nothing was counted, nothing will be compared: the lock goes now (a lost
                // connection has released it already).
                let _ = self.unlock(key);
                Err(e)
            }
        }
    }

    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        let Some(pending) = self.pending.take().filter(|p| p.card == card) else {
            return Err(self.label.error(format!(
                "a PIN result for card {card} without its counted entry"
            )));
        };
        let after = PinCounter::with_failures(pending.before).after_entry(correct);
        let written = if correct {
            self.write(|tx, label| {
                let rec = Record::Pin {
                    card: card.to_owned(),
                    failures: after.failures,
                    at: at.to_owned(),
                };
                rows::apply(tx, label, &rec)
            })
        } else {
            Ok(())
        };
        let released = self.unlock(pending.key);
        written?;
        released?;
        Ok(after.failures)
    }

    fn begin_issue(&mut self, fields: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        self.write(|tx, label| {
            let n = rows::next_issue(tx, label)?;
            rows::apply(tx, label, &fields.into_record(n))?;
            Ok(n)
        })
    }

    fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        self.write(|tx, label| rows::apply(tx, label, rec))
    }

    fn registration(
        &mut self,
        person: &str,
        municipality: &str,
    ) -> Result<Option<String>, StoreError> {
        rows::registration(&mut self.client, &self.label, person, municipality)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[test]
    fn cards_get_different_lock_keys() {
        assert_ne!(card_key("c0"), card_key("c1"));
        assert_eq!(card_key("c0"), card_key("c0"));
    }
}
