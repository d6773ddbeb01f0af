//! Creating a folder's database: built aside under a temporary name (schema, id, the legacy
//! journal's records), synced, sealed, then linked into place, so that the database under its
//! name is always complete and an empty one is damage, never a fresh start.

use std::fs::File;
use std::io;
use std::path::Path;

use rusqlite::Connection;

use super::files;
use super::rows::{self, SCHEMA};
use super::seal::{self, Seal};
use super::{DATABASE_FILE, LOCK_FILE, Meta, SEAL_FILE, SqlResult};
use crate::domain::record::StoreError;
use crate::store::legacy_journal;

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Holds the folder's creation lock until dropped.
struct CreationLock(File);

impl Drop for CreationLock {
    fn drop(&mut self) {
        // Closing the file releases the lock too; an unlock failure cannot be reported here.
        let _ = self.0.unlock();
    }
}

/// Makes sure `dir` has a database: if there is none, creates it under the folder's lock.
/// A seal that has seen a decision without its database means the database was removed.
/// Databases a killed run left half-built (`.kofu.db.*`) are removed first, under the lock.
pub(super) fn ensure(dir: &Path) -> Result<(), StoreError> {
    let db = dir.join(DATABASE_FILE);
    files::refuse_link(&db)?;
    let exists = std::fs::symlink_metadata(&db).is_ok();
    if exists && !has_builds(dir)? {
        return Ok(());
    }
    let lock_path = dir.join(LOCK_FILE);
    let lock = files::open_lock(&lock_path)?;
    lock.lock().map_err(io_err(&lock_path))?;
    let _lock = CreationLock(lock);
    files::sweep_builds(dir)?;
    match std::fs::symlink_metadata(&db) {
        Ok(_) => return Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(source) => return Err(StoreError::Io { path: db, source }),
    }
    let seal_path = dir.join(SEAL_FILE);
    files::refuse_link(&seal_path)?;
    if let Some(sealed) = seal::peek(&seal_path)?
        && sealed.generation > 0
    {
        return Err(seal::damaged(
            &db,
            &format!(
                "the database is missing but its seal has seen {} writes",
                sealed.generation
            ),
        ));
    }
    // A seal at generation 0 (or torn) without a database: a creation killed before the
    // database was linked into place. It is made again, exclusively.
    match std::fs::remove_file(&seal_path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(io_err(&seal_path)(e)),
        _ => {}
    }
    let mut id = [0u8; 16];
    getrandom::fill(&mut id).map_err(|e| StoreError::Io {
        path: db.clone(),
        source: io::Error::other(e.to_string()),
    })?;
    let journal = dir.join(legacy_journal::JOURNAL_FILE);
    let legacy = if journal.is_file() {
        Some(legacy_journal::read(&journal)?)
    } else {
        None
    };
    let aside = tempfile::Builder::new()
        .prefix(files::BUILD_PREFIX)
        .tempfile_in(dir)
        .map_err(io_err(dir))?;
    build(aside.path(), id, legacy.as_deref().unwrap_or_default())?;
    aside.as_file().sync_all().map_err(io_err(aside.path()))?;
    Seal::create(&seal_path, id)?;
    aside.persist_noclobber(&db).map_err(|e| StoreError::Io {
        path: db.clone(),
        source: e.error,
    })?;
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir))?;
    if legacy.is_some() {
        let imported = dir.join(legacy_journal::IMPORTED_FILE);
        std::fs::rename(&journal, &imported).map_err(io_err(&journal))?;
    }
    Ok(())
}

/// Whether a killed run left a database half-built in `dir`.
fn has_builds(dir: &Path) -> Result<bool, StoreError> {
    for entry in std::fs::read_dir(dir).map_err(io_err(dir))? {
        let entry = entry.map_err(io_err(dir))?;
        if entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(files::BUILD_PREFIX))
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Writes the schema, the id, generation 0 and the legacy records into the empty file at
/// `path`, in WAL mode, and closes it (which checkpoints the WAL into the file).
fn build(
    path: &Path,
    id: [u8; 16],
    legacy: &[crate::domain::record::Record],
) -> Result<(), StoreError> {
    let meta = Meta {
        path: path.to_path_buf(),
        id: id.iter().map(|b| format!("{b:02x}")).collect(),
    };
    let mut conn = Connection::open(path).or_sql(&meta)?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .or_sql(&meta)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Database {
            path: path.to_path_buf(),
            message: format!("SQLite would not use WAL mode (it chose {mode})"),
        });
    }
    conn.pragma_update(None, "synchronous", "FULL")
        .or_sql(&meta)?;
    let tx = conn.transaction().or_sql(&meta)?;
    tx.execute_batch(SCHEMA).or_sql(&meta)?;
    rows::set_meta(&tx, &meta, "id", &meta.id)?;
    rows::set_meta(&tx, &meta, "format", "1")?;
    rows::set_meta(&tx, &meta, "generation", "0")?;
    for rec in legacy {
        rows::apply(&tx, &meta, rec)?;
    }
    tx.commit().or_sql(&meta)?;
    conn.close().map_err(|(_, e)| StoreError::Database {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}
