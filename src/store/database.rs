//! The kiosk's state in SQLite (`DIR/kofu.db`, WAL mode): PIN counts, issue numbers,
//! registrations and the event journal `verify` reads, shared by every kiosk process and thread
//! that opens the folder (each with its own [`Database`] handle).
//!
//! # One transaction per decision
//! Every write is one `BEGIN IMMEDIATE` transaction: a PIN entry reads the count and writes
//! the next one inside it, and an issue number is the highest + 1 inside it, so no interleaving
//! of kiosks loses a count or hands a number out twice. Decisions (PIN counts, issue starts and
//! ends, registrations) commit with `synchronous = FULL` (on disk before the result is shown);
//! history (session start and end, copies printed) with `NORMAL`, which survives a killed
//! process and may lose its last records to a power cut, never a decision before them.
//!
//! # Damage fails closed
//! - at open, SQLite's `integrity_check` of the tables that decide (`meta`, `pins`,
//!   `registrations`: index against table, so a damaged index cannot make a card seen before
//!   fall back to the deck's count), and the database must be in WAL mode;
//! - every row carries a checksum of its values and the database id ([`rows`]), checked when
//!   it is read, since SQLite does not checksum row contents;
//! - every decision raises the database's *generation*; the seal file ([`seal`]) remembers the
//!   generation of the last decision, so a database that lost committed frames (a flipped bit in
//!   the WAL makes SQLite drop it and what follows) is older than its seal: an error;
//! - a database created by kofu is complete before it appears under its name (built aside,
//!   then linked into place), so an empty or missing database beside a seal is damage too;
//! - the folder's files are never opened through a link ([`files`]).
//!
//! # No rollback under a live WAL
//! After each decision the WAL is checkpointed into the database file and emptied
//! (`wal_checkpoint(TRUNCATE)`), and only decisions write the generation. Between decisions
//! the WAL holds at most history (sessions, copies printed), never the page with the
//! generation, so the generation read at open is the database file's own: an older `kofu.db`
//! put back beside a live WAL reads as older than its seal, an error naming the file.
//!
//! # Legacy journal
//! A folder that has an earlier version's `journal.jsonl` and no database gets the journal's
//! records imported into the new database before it appears; the journal is then renamed
//! `journal.jsonl.imported`.

mod by_issue;
mod create;
mod files;
mod open;
mod pins;
mod results;
mod rows;
mod seal;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OptionalExtension, TransactionBehavior};

use crate::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};
pub use results::TraineeResult;
use seal::{Seal, Sealed};

/// File name of the database inside the state folder.
pub const DATABASE_FILE: &str = "kofu.db";

/// File name of the seal inside the state folder.
pub const SEAL_FILE: &str = "kofu.seal";

/// File name of the lock file that serializes creating the database.
pub const LOCK_FILE: &str = "kofu.lock";

/// How long a write waits for another kiosk's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// What every query needs to name its errors and check its rows.
#[derive(Debug, Clone)]
pub(crate) struct Meta {
    /// The database file.
    path: PathBuf,
    /// The database's id (32 hex digits), part of every row checksum.
    id: String,
}

impl Meta {
    /// A damage error on the database file.
    fn damaged(&self, what: String) -> StoreError {
        StoreError::StateDamaged {
            path: self.path.clone(),
            what,
        }
    }
}

/// Turns a SQLite error into a store error: corruption is damage, anything else is the
/// database refusing.
fn sql_error(path: &Path, e: &rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::StateDamaged {
            path: path.to_path_buf(),
            what: e.to_string(),
        },
        _ => StoreError::Database {
            path: path.to_path_buf(),
            message: e.to_string(),
        },
    }
}

/// `.or_sql(meta)` on SQLite results.
pub(crate) trait SqlResult<T> {
    /// The value, or the error as a [`StoreError`] on the database file.
    fn or_sql(self, meta: &Meta) -> Result<T, StoreError>;
}

impl<T> SqlResult<T> for Result<T, rusqlite::Error> {
    fn or_sql(self, meta: &Meta) -> Result<T, StoreError> {
        self.map_err(|e| sql_error(&meta.path, &e))
    }
}

/// How durable a write must be before it returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Durability {
    /// On disk (WAL synced), and sealed.
    Decision,
    /// Written; synced with the next decision or checkpoint.
    History,
}

impl Durability {
    /// How durable a record's write is.
    fn of(rec: &Record) -> Self {
        match rec {
            Record::Pin { .. }
            | Record::IssueStarted { .. }
            | Record::IssueDone { .. }
            | Record::Registration { .. } => Self::Decision,
            Record::SessionStarted { .. }
            | Record::SessionEnded { .. }
            | Record::CopyPrinted { .. } => Self::History,
        }
    }
}

/// What [`Database::read_all_with_stats`] left out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadStats {
    /// Records returned.
    pub records: u64,
    /// Events of a kind this version does not know (a newer kofu wrote them).
    pub unknown_records: u64,
}

/// A handle on the state database of one folder.
#[derive(Debug)]
pub struct Database {
    /// The state folder.
    dir: PathBuf,
    /// The connection.
    conn: Connection,
    /// Path and id.
    meta: Meta,
    /// The seal beside the database.
    seal: Seal,
    /// The database id as the seal stores it.
    id: [u8; 16],
    /// The connection's current `synchronous` setting.
    synchronous: Option<Durability>,
    /// A PIN entry counted and not yet judged ([`pins`]).
    pending: Option<pins::Pending>,
}

impl Database {
    /// The state folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.meta.path
    }

    /// Runs `work` in one immediate transaction, committed as durably as `durability` says.
    /// A decision also raises the generation, checkpoints the WAL into the database file and
    /// empties it, then seals the generation (see the module's notes on rollback).
    fn write<T>(
        &mut self,
        durability: Durability,
        work: impl FnOnce(&Connection, &Meta) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        if self.synchronous != Some(durability) {
            let level = match durability {
                Durability::Decision => "FULL",
                Durability::History => "NORMAL",
            };
            self.conn
                .pragma_update(None, "synchronous", level)
                .or_sql(&self.meta)?;
            self.synchronous = Some(durability);
        }
        let meta = &self.meta;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .or_sql(meta)?;
        let out = work(&tx, meta)?;
        if durability == Durability::History {
            tx.commit().or_sql(meta)?;
            return Ok(out);
        }
        let generation = generation(&tx, meta)?
            .checked_add(1)
            .ok_or_else(|| meta.damaged("the generation counter is exhausted".into()))?;
        rows::set_meta(&tx, meta, "generation", &generation.to_string())?;
        // Where the journal ended at this decision: an older WAL replayed over the file later
        // brings back older `events` pages, which then end before it (checked at open).
        rows::set_meta(&tx, meta, JOURNAL_END, &journal_end(&tx, meta)?.to_string())?;
        tx.commit().or_sql(meta)?;
        // Another kiosk reading at this instant can keep the WAL from being emptied (SQLite
        // then reports it busy, not an error): the next decision empties it.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .or_sql(meta)?;
        self.seal.write(Sealed {
            generation,
            id: self.id,
        })?;
        Ok(out)
    }

    /// The PIN failure count the folder remembers for a card.
    pub fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        rows::pin(&self.conn, &self.meta, card)
    }

    /// Allocates the next issue number (highest + 1, from 1) and records the issue's start, in
    /// one transaction: numbers are unique across every kiosk sharing the folder.
    pub fn begin_issue(&mut self, fields: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        self.write(Durability::Decision, |tx, meta| {
            let issue = rows::next_issue(tx, meta)?;
            rows::apply(tx, meta, &fields.into_record(issue))?;
            Ok(issue)
        })
    }

    /// Appends a record; issue records are checked (a taken number, an end without a start or
    /// a second end are refused). Use [`Database::begin_issue`] to start issues.
    pub fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        self.write(Durability::of(rec), |tx, meta| rows::apply(tx, meta, rec))
    }

    /// Appends many records in one transaction, checked as [`Database::append`] checks each
    /// (one decision, sealed once): for imports, and for building a folder of thousands of
    /// issues in benchmarks and tests without thousands of syncs.
    pub fn append_all(&mut self, records: &[Record]) -> Result<(), StoreError> {
        self.write(Durability::Decision, |tx, meta| {
            records
                .iter()
                .try_for_each(|rec| rows::apply(tx, meta, rec))
        })
    }

    /// The ready-on date of the latest registration of `person` in `municipality`.
    pub fn registration(
        &mut self,
        person: &str,
        municipality: &str,
    ) -> Result<Option<String>, StoreError> {
        rows::registration(&self.conn, &self.meta, person, municipality)
    }

    /// An issue's start record and, once it ended, its end record.
    pub fn issue(
        &mut self,
        n: IssueNumber,
    ) -> Result<Option<(Record, Option<Record>)>, StoreError> {
        rows::issue_records(&self.conn, &self.meta, n)
    }

    /// The highest issue number allocated so far.
    pub fn last_issue(&mut self) -> Result<Option<IssueNumber>, StoreError> {
        rows::last_issue(&self.conn, &self.meta)
    }

    /// The events of issue `n` (its start, copies printed, end), in order, each checked,
    /// found through the events' index by issue: `verify` reads these, not the whole journal.
    pub fn issue_events(&mut self, n: IssueNumber) -> Result<Vec<Record>, StoreError> {
        by_issue::issue_events(&self.conn, &self.meta, n)
    }

    /// Every event of the folder's database, in order (a fresh, checked read).
    pub fn read_all(dir: &Path) -> Result<Vec<Record>, StoreError> {
        Ok(Self::read_all_with_stats(dir)?.0)
    }

    /// [`Database::read_all`], also counting what was left out.
    pub fn read_all_with_stats(dir: &Path) -> Result<(Vec<Record>, ReadStats), StoreError> {
        let db = Self::open_read_only(dir)?;
        let (records, unknown) = rows::events(&db.conn, &db.meta)?;
        let stats = ReadStats {
            records: records.len() as u64,
            unknown_records: unknown,
        };
        Ok((records, stats))
    }
}

/// The database's generation (how many writes it has seen).
fn generation(conn: &Connection, meta: &Meta) -> Result<u64, StoreError> {
    rows::meta_value(conn, meta, "generation")?
        .parse()
        .map_err(|_| meta.damaged("the generation is not a number".into()))
}

/// The meta key of the journal's last `seq` at the last decision (absent before the first
/// decision of a database made by an earlier kofu: then nothing is checked).
const JOURNAL_END: &str = "journal_end";

/// The journal's last `seq` (0 when empty).
fn journal_end(conn: &Connection, meta: &Meta) -> Result<i64, StoreError> {
    conn.query_row("SELECT coalesce(max(seq), 0) FROM events", [], |r| r.get(0))
        .or_sql(meta)
}

/// The journal must reach where it ended at the last decision: one that ends before it lost
/// committed records (an older WAL replayed over the file), and is refused.
fn check_journal_end(conn: &Connection, meta: &Meta) -> Result<(), StoreError> {
    let recorded: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = ?1",
            [JOURNAL_END],
            |r| r.get(0),
        )
        .optional()
        .or_sql(meta)?;
    if recorded.is_none() {
        return Ok(());
    }
    let want: i64 = rows::meta_value(conn, meta, JOURNAL_END)?
        .parse()
        .map_err(|_| meta.damaged("the journal's end is not a number".into()))?;
    let have = journal_end(conn, meta)?;
    if have < want {
        return Err(meta.damaged(format!(
            "the journal ends at record {have} but reached {want} at the last decision: committed \
             records were lost, or an older WAL was put beside the database"
        )));
    }
    Ok(())
}

/// The 16 bytes of a 32-hex-digit id.
fn hex_id(hex: &str) -> Option<[u8; 16]> {
    let mut id = [0u8; 16];
    if hex.len() != 32 {
        return None;
    }
    for (i, byte) in id.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(id)
}
