//! Opening a folder's database, read-write for kiosks or read-only for `verify`, and the
//! checks made before anything is read from it (see the parent module's notes on damage).

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::seal::{self, Seal};
use super::{
    BUSY_TIMEOUT, DATABASE_FILE, Database, Meta, SEAL_FILE, SqlResult, by_issue, check_journal_end,
    create, files, generation, hex_id, rows,
};
use crate::domain::record::StoreError;

/// How a handle opens the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Access {
    /// A kiosk: reads and writes.
    ReadWrite,
    /// `verify` and other readers: never writes a byte of the folder (`mode=ro`; where the
    /// folder cannot be written and has no WAL, `immutable=1`).
    ReadOnly,
}

/// The tables whose lookups decide something (a PIN count, a registration, the generation),
/// checked whole at open, index against table: a damaged index would otherwise make a lookup
/// miss a row silently (a card seen before falling back to the deck's count). Their size
/// grows with the cards and people seen, not with the journal.
const CHECKED_TABLES: [&str; 3] = ["meta", "pins", "registrations"];

impl Database {
    /// Opens the folder's database, creating the folder and the database (importing a legacy
    /// journal) when there is none, and checks it (see the module's notes on damage).
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        create::ensure(dir)?;
        Self::open_at(dir, Access::ReadWrite)
    }

    /// Opens and checks a folder's existing database; a folder without one is an error (a
    /// reader such as `kofu trainees` never creates state).
    pub fn open_existing(dir: &Path) -> Result<Self, StoreError> {
        Self::open_at(dir, Access::ReadWrite)
    }

    /// Opens a folder's existing database read-only, for `verify`: an archived, read-only
    /// copy of a folder can be checked, and checking never changes the state it checks.
    pub fn open_read_only(dir: &Path) -> Result<Self, StoreError> {
        Self::open_at(dir, Access::ReadOnly)
    }

    fn open_at(dir: &Path, access: Access) -> Result<Self, StoreError> {
        let path = dir.join(DATABASE_FILE);
        let meta = Meta {
            path: path.clone(),
            id: String::new(),
        };
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => return Err(files::link_refused(&path)),
            Ok(m) if m.is_file() && m.len() > 0 => {}
            Ok(m) if m.is_file() => return Err(meta.damaged("the database file is empty".into())),
            Ok(_) => return Err(meta.damaged("the database is not a regular file".into())),
            Err(source) => return Err(StoreError::Io { path, source }),
        }
        // The seal is read before the database: a kiosk that commits in between can only
        // make the database newer than what the seal said.
        let seal = Seal::open(&dir.join(SEAL_FILE), access == Access::ReadWrite)?;
        let sealed = seal.read()?.ok_or_else(|| {
            seal::damaged(seal.path(), "both slots of the seal fail their checksum")
        })?;
        let conn = connect(dir, access, &meta)?;
        for table in CHECKED_TABLES {
            let check: String = conn
                .query_row(&format!("PRAGMA integrity_check({table})"), [], |r| {
                    r.get(0)
                })
                .or_sql(&meta)?;
            if check != "ok" {
                return Err(meta.damaged(format!(
                    "SQLite's integrity check of table {table} says: {check}"
                )));
            }
        }
        let id = rows::meta_value(&conn, &meta, "id")?;
        let meta = Meta { id, ..meta };
        let id =
            hex_id(&meta.id).ok_or_else(|| meta.damaged("the database id is malformed".into()))?;
        if id != sealed.id {
            return Err(seal::damaged(
                seal.path(),
                "the seal belongs to another database",
            ));
        }
        let generation = generation(&conn, &meta)?;
        if generation < sealed.generation {
            return Err(meta.damaged(format!(
                "the database is at generation {generation} but its seal at {}: committed \
                 changes were lost, or an older copy of the database was put in its place",
                sealed.generation
            )));
        }
        check_journal_end(&conn, &meta)?;
        if access == Access::ReadWrite {
            by_issue::ensure_indexes(&conn, &meta)?;
        }
        Ok(Self {
            dir: dir.to_path_buf(),
            conn,
            meta,
            seal,
            id,
            synchronous: None,
            pending: None,
        })
    }
}

/// `path` as a SQLite URI path: every byte but unreserved ones and `/` percent-encoded.
fn uri_path(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::from("file:");
    for &b in path.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Opens the connection and checks the database is in WAL mode. Read-only: `mode=ro` beside
/// a WAL, `immutable=1` where there is none (nothing is created in the folder either way).
fn connect(dir: &Path, access: Access, meta: &Meta) -> Result<Connection, StoreError> {
    let path = &meta.path;
    let mut immutable = false;
    let conn = match access {
        Access::ReadWrite => {
            let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            Connection::open_with_flags(path, flags).or_sql(meta)?
        }
        Access::ReadOnly => {
            let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            // No WAL beside the database: no kiosk has it open (the last one to close
            // checkpoints the WAL into the file and removes it), so the file is the whole
            // state and is read as it is, without the shared-memory file SQLite would
            // otherwise create (which a read-only folder cannot hold).
            immutable = !dir.join(format!("{DATABASE_FILE}-wal")).exists();
            let query = if immutable {
                "mode=ro&immutable=1"
            } else {
                "mode=ro"
            };
            let uri = format!("{}?{query}", uri_path(path));
            Connection::open_with_flags(uri, flags)
                .and_then(|c| journal_mode(&c).map(|_| c))
                .map_err(|e| read_only_error(meta, &e))?
        }
    };
    conn.busy_timeout(BUSY_TIMEOUT).or_sql(meta)?;
    // Opened immutable, SQLite reports `delete` whatever the file says: the file's header
    // (format versions 2 and 2 at bytes 18 and 19) says whether it is a WAL database.
    let mode = if immutable {
        let wal = files::open_nofollow(path, false).and_then(|f| {
            let mut header = [0u8; 20];
            std::os::unix::fs::FileExt::read_exact_at(&f, &mut header, 0)
                .map_err(|source| StoreError::Io {
                    path: path.clone(),
                    source,
                })
                .map(|()| header[18] == 2 && header[19] == 2)
        })?;
        if wal { "wal" } else { "rollback-journal" }.to_string()
    } else {
        journal_mode(&conn).or_sql(meta)?
    };
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(meta.damaged(format!("the database is in {mode} mode, not WAL")));
    }
    Ok(conn)
}

fn journal_mode(conn: &Connection) -> Result<String, rusqlite::Error> {
    conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))
}

/// The state could not be opened read-only: said as such, with SQLite's reason.
fn read_only_error(meta: &Meta, e: &rusqlite::Error) -> StoreError {
    StoreError::Database {
        path: meta.path.clone(),
        message: format!("cannot be read read-only: {e}"),
    }
}
