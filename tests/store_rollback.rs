//! No rollback (issue 24 item 2): an older `kofu.db` put back under a live WAL, and a flipped
//! byte in the PIN index, are errors naming the database, never an older or a missing count.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::fs;
use std::path::Path;

use kofu::domain::record::{Record, StoreError};
use kofu::store::Database;
use kofu::store::database::DATABASE_FILE;

const CARD: &str = "card-1";

fn session_started() -> Record {
    Record::SessionStarted {
        session: "s".into(),
        kiosk: "k".into(),
        at: "2026-11-25T10:00:00+09:00".into(),
        municipality: "082201".into(),
        vendor: "fujifilm".into(),
    }
}

/// What a kiosk does next: the count after one more wrong PIN, or the error.
fn next_wrong_pin(dir: &Path) -> Result<u8, StoreError> {
    Database::open(dir)?.record_pin_entry(CARD, 0, false, "t9")
}

fn checkpoint(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
        .unwrap();
}

/// The review's rollback: a kiosk keeps its connection (the window does, all day), the
/// database file is replaced by a copy from one wrong PIN earlier while the WAL is live.
/// Today's kofu read the generation from the WAL's page and the PIN count from the old file:
/// 1 try left became 2.
#[test]
fn an_older_database_under_a_live_wal_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let db_file = dir.join(DATABASE_FILE);
    assert_eq!(
        Database::open(dir)
            .unwrap()
            .record_pin_entry(CARD, 0, false, "t1")
            .unwrap(),
        1
    );
    let old = fs::read(&db_file).unwrap();
    let mut live = Database::open(dir).unwrap();
    assert_eq!(live.record_pin_entry(CARD, 0, false, "t2").unwrap(), 2);
    // An automatic checkpoint moves the count into the file, then history follows in the WAL.
    checkpoint(&db_file);
    live.append(&session_started()).unwrap();
    fs::write(&db_file, &old).unwrap();
    match next_wrong_pin(dir) {
        Ok(n) => panic!("the older database was used: the count went to {n}, not 3"),
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.contains(db_file.to_str().unwrap()), "{msg}");
        }
    }
    drop(live);
}

/// The same with the WAL's frames all history: the generation the kiosk reads is the file's.
#[test]
fn an_older_database_beside_an_emptied_wal_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let db_file = dir.join(DATABASE_FILE);
    let mut live = Database::open(dir).unwrap();
    live.record_pin_entry(CARD, 0, false, "t1").unwrap();
    checkpoint(&db_file);
    let old = fs::read(&db_file).unwrap();
    live.record_pin_entry(CARD, 0, false, "t2").unwrap();
    live.append(&session_started()).unwrap();
    fs::write(&db_file, &old).unwrap();
    let err = next_wrong_pin(dir).unwrap_err().to_string();
    assert!(err.contains(db_file.to_str().unwrap()), "{err}");
}

/// One byte of the PIN index changed so that the card's key reads as another card's:
/// SQLite's quick check passes (it does not compare indexes with their tables), and today's
/// kofu missed the row and fell back to the deck's count (2 wrong → 3 tries left).
#[test]
fn a_damaged_pin_index_is_refused_not_a_fresh_count() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let db_file = dir.join(DATABASE_FILE);
    {
        let mut db = Database::open(dir).unwrap();
        db.record_pin_entry(CARD, 0, false, "t1").unwrap();
        db.record_pin_entry(CARD, 0, false, "t2").unwrap();
    }
    let (root, page_size) = {
        let conn = rusqlite::Connection::open(&db_file).unwrap();
        let root: i64 = conn
            .query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_pins_1'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let size: i64 = conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap();
        (
            usize::try_from(root).unwrap(),
            usize::try_from(size).unwrap(),
        )
    };
    assert!(!dir.join(format!("{DATABASE_FILE}-wal")).exists());
    let mut bytes = fs::read(&db_file).unwrap();
    let page = &mut bytes[(root - 1) * page_size..root * page_size];
    let at = page
        .windows(CARD.len())
        .position(|w| w == CARD.as_bytes())
        .expect("the card's key in the index page");
    page[at + CARD.len() - 1] = b'2';
    fs::write(&db_file, &bytes).unwrap();
    let quick: String = rusqlite::Connection::open(&db_file)
        .unwrap()
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(quick, "ok", "quick_check does not see this damage");
    match Database::open(dir).and_then(|mut db| db.pin_failures(CARD)) {
        Ok(n) => panic!("the damaged index was used: the count reads {n:?}, not Some(2)"),
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.contains(db_file.to_str().unwrap()), "{msg}");
            assert!(msg.contains("pins"), "{msg}");
        }
    }
}
