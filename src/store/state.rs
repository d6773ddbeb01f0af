//! The store a `--state` value names: a folder (SQLite, one machine) or a
//! `postgres://`/`postgresql://` URL (a class database shared by many machines). Every command
//! that takes `--state` opens it through [`StateStore`], so both work wherever one does.

use std::path::{Path, PathBuf};

use super::database::{DATABASE_FILE, Database, ReadStats, TraineeResult};
use super::postgres::{self, PgStore};
use crate::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};
use crate::domain::store::Store;

/// The URL of a `--state` value that names a PostgreSQL database, if it does.
pub fn database_url(state: &Path) -> Option<&str> {
    state.to_str().filter(|s| postgres::is_url(s))
}

/// Reads a `--state` value on the command line (clap's `value_parser`): a folder as it is, a
/// database URL only if it parses, so a mistyped URL is refused as bad input (exit 2) before
/// anything starts.
pub fn parse_state(value: &str) -> Result<PathBuf, String> {
    if postgres::is_url(value) {
        postgres::check_url(value)?;
    }
    Ok(PathBuf::from(value))
}

/// How a `--state` value is named in messages: the folder, or the URL without its password.
pub fn state_label(state: &Path) -> String {
    match database_url(state) {
        Some(url) => postgres::redact(url),
        None => state.display().to_string(),
    }
}

/// A folder for the files a store does not hold (printed PDFs): the state folder itself, or
/// the default folder on this machine when the state is a database.
pub fn local_dir(state: &Path) -> PathBuf {
    match database_url(state) {
        Some(_) => super::default_state_dir(),
        None => state.to_path_buf(),
    }
}

/// An open store of either kind.
#[derive(Debug)]
pub enum StateStore {
    /// The state folder's SQLite database.
    Folder(Database),
    /// A class database.
    Postgres(PgStore),
}

impl StateStore {
    /// Opens (creating or migrating) the store `state` names.
    pub fn open(state: &Path) -> Result<Self, StoreError> {
        match database_url(state) {
            Some(url) => PgStore::connect(url).map(Self::Postgres),
            None => Database::open(state).map(Self::Folder),
        }
    }

    /// Opens a store that must exist already: a folder with a database, or a database kofu
    /// has used (migrated to this version if older).
    pub fn open_existing(state: &Path) -> Result<Self, StoreError> {
        match database_url(state) {
            Some(url) => match PgStore::connect_read_only(url)? {
                Some(pg) => Ok(Self::Postgres(pg)),
                None => Err(StoreError::Database {
                    path: PathBuf::from(postgres::redact(url)),
                    message: "no kofu state in this database yet".into(),
                }),
            },
            None => Database::open_existing(state).map(Self::Folder),
        }
    }

    /// Opens for reading: `None` when there is no state there yet (a folder without a
    /// database, a database kofu never used).
    pub fn open_for_reading(state: &Path) -> Result<Option<Self>, StoreError> {
        match database_url(state) {
            Some(url) => Ok(PgStore::connect_read_only(url)?.map(Self::Postgres)),
            None if state.join(DATABASE_FILE).is_file() => {
                Database::open_read_only(state).map(|d| Some(Self::Folder(d)))
            }
            None => Ok(None),
        }
    }

    /// The events of issue `n` in order (what `verify` checks a file against).
    pub fn issue_events(&mut self, n: IssueNumber) -> Result<Vec<Record>, StoreError> {
        match self {
            Self::Folder(d) => d.issue_events(n),
            Self::Postgres(p) => p.issue_events(n),
        }
    }

    /// Every event in order, and what was left out.
    pub fn events(&mut self) -> Result<(Vec<Record>, ReadStats), StoreError> {
        let (records, unknown) = match self {
            Self::Folder(d) => return Database::read_all_with_stats(d.dir()),
            Self::Postgres(p) => p.events()?,
        };
        let stats = ReadStats {
            records: records.len() as u64,
            unknown_records: unknown,
        };
        Ok((records, stats))
    }

    /// Appends many records in one transaction (imports).
    pub fn append_all(&mut self, records: &[Record]) -> Result<(), StoreError> {
        match self {
            Self::Folder(d) => d.append_all(records),
            Self::Postgres(p) => p.append_all(records),
        }
    }

    /// Keeps one answered exercise.
    pub fn add_result(&mut self, r: &TraineeResult) -> Result<(), StoreError> {
        match self {
            Self::Folder(d) => d.add_result(r),
            Self::Postgres(p) => p.add_result(r),
        }
    }

    /// Every result kept, in the order answered; only `trainee`'s when given.
    pub fn results(&mut self, trainee: Option<&str>) -> Result<Vec<TraineeResult>, StoreError> {
        match self {
            Self::Folder(d) => d.results(trainee),
            Self::Postgres(p) => p.results(trainee),
        }
    }

    /// The highest issue number allocated so far.
    pub fn last_issue(&mut self) -> Result<Option<IssueNumber>, StoreError> {
        match self {
            Self::Folder(d) => d.last_issue(),
            Self::Postgres(p) => p.last_issue(),
        }
    }

    /// The inner store as the domain's trait.
    fn inner(&mut self) -> &mut dyn Store {
        match self {
            Self::Folder(d) => d,
            Self::Postgres(p) => p,
        }
    }
}

/// The events of issue `n` in the store `state` names, read-only; `None` when there is no
/// state there (nothing to check against).
pub fn issue_events_at(
    state: &Path,
    n: Option<IssueNumber>,
) -> Result<Option<Vec<Record>>, StoreError> {
    let Some(mut store) = StateStore::open_for_reading(state)? else {
        return Ok(None);
    };
    n.map_or(Ok(Vec::new()), |n| store.issue_events(n))
        .map(Some)
}

impl Store for StateStore {
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        self.inner().pin_failures(card)
    }
    fn begin_pin_entry(
        &mut self,
        card: &str,
        deck_failures: u8,
        at: &str,
    ) -> Result<u8, StoreError> {
        self.inner().begin_pin_entry(card, deck_failures, at)
    }
    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        self.inner().end_pin_entry(card, correct, at)
    }
    fn begin_issue(&mut self, fields: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        self.inner().begin_issue(fields)
    }
    fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        self.inner().append(rec)
    }
    fn registration(
        &mut self,
        person: &str,
        municipality: &str,
    ) -> Result<Option<String>, StoreError> {
        self.inner().registration(person, municipality)
    }
}
