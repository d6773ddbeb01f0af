//! `kofu state copy FROM TO`: moves a kiosk's state between a folder and a class database (either
//! way, or folder to folder): every event of the journal in order (PIN counts, issues and their
//! copies, registrations follow from them), every trainee's result, so `verify` gives the
//! same verdicts on the copy, and the recorded sessions ([`recordings`]: a folder's
//! `recordings/`, a database's table). A target that holds state already is refused unless
//! replacing is asked for, since merging two journals would renumber nothing and could collide.

pub mod recordings;

use std::path::Path;

use super::database::{DATABASE_FILE, LOCK_FILE, SEAL_FILE};
use super::state::{StateStore, database_url, state_label};
use crate::domain::record::StoreError;

/// Why a copy was not made.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// The source has no state to copy.
    #[error("{0}: no kofu state there to copy")]
    NoSource(String),
    /// The target holds state already and `--replace` was not given.
    #[error(
        "{0} holds kofu state already ({1} events, {2} results, {3} recordings); give --replace \
         to overwrite it"
    )]
    NotEmpty(String, usize, usize, usize),
    /// A recording in the source is not a timeline's JSON (bad input).
    #[error("{file}:{line}:{column}: not a kofu timeline: {message}")]
    BadRecording {
        /// The file (or the database's session).
        file: String,
        /// Its line.
        line: usize,
        /// Its column.
        column: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// The source has records a newer kofu wrote, which this one cannot carry over.
    #[error("{0} has {1} records of a newer kofu: copy it with that kofu")]
    NewerRecords(String, u64),
    /// Source and target are the same.
    #[error("{0} is both the source and the target")]
    Same(String),
    /// Reading or writing a store failed.
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// What was copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copied {
    /// Events of the journal.
    pub events: usize,
    /// Trainees' results.
    pub results: usize,
    /// Recorded sessions.
    pub recordings: usize,
}

/// How much state a store holds: (events, results).
fn held(store: &mut StateStore) -> Result<(usize, usize), StoreError> {
    Ok((store.events()?.0.len(), store.results(None)?.len()))
}

/// Empties the target before a `--replace` copy: a folder's database files are removed, a
/// database's tables emptied.
fn clear(to: &Path, store: Option<StateStore>) -> Result<(), StoreError> {
    if let Some(StateStore::Postgres(mut pg)) = store {
        return pg.clear();
    }
    drop(store);
    if database_url(to).is_some() {
        return Ok(());
    }
    for name in [
        DATABASE_FILE.to_string(),
        format!("{DATABASE_FILE}-wal"),
        format!("{DATABASE_FILE}-shm"),
        SEAL_FILE.to_string(),
        LOCK_FILE.to_string(),
    ] {
        let path = to.join(name);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(StoreError::Io { path, source }),
        }
    }
    Ok(())
}

/// Copies the state `from` names into `to` (see the module's notes); recordings without a
/// station (a folder's own) go into a database as `station`'s.
pub fn copy(from: &Path, to: &Path, replace: bool, station: &str) -> Result<Copied, CopyError> {
    if from == to {
        return Err(CopyError::Same(state_label(from)));
    }
    let sessions = recordings::read(from)?;
    let (records, results) = match StateStore::open_for_reading(from)? {
        Some(mut source) => {
            let (records, stats) = source.events()?;
            if stats.unknown_records > 0 {
                return Err(CopyError::NewerRecords(
                    state_label(from),
                    stats.unknown_records,
                ));
            }
            (records, source.results(None)?)
        }
        None if sessions.is_empty() => return Err(CopyError::NoSource(state_label(from))),
        None => (Vec::new(), Vec::new()),
    };
    let mut existing = StateStore::open_for_reading(to)?;
    let (events, kept) = match existing.as_mut() {
        Some(store) => held(store)?,
        None => (0, 0),
    };
    let recorded = recordings::held(to)?;
    if events + kept + recorded > 0 && !replace {
        return Err(CopyError::NotEmpty(state_label(to), events, kept, recorded));
    }
    if replace {
        clear(to, existing)?;
    } else {
        drop(existing);
    }
    let mut target = StateStore::open(to)?;
    target.append_all(&records)?;
    for r in &results {
        target.add_result(r)?;
    }
    drop(target);
    recordings::write(to, &sessions, station, replace)?;
    Ok(Copied {
        events: records.len(),
        results: results.len(),
        recordings: sessions.len(),
    })
}
