//! Damage to each file of a state folder after two wrong PINs (truncated at many lengths, a
//! byte flipped at many places), with the WAL still holding the writes and after it was
//! checkpointed: the kiosk either refuses with an error that says so, or still counts two.

use super::*;
use std::fs;

const CARD: &str = "card-1";

/// A folder with two wrong PINs for [`CARD`]; the handle is returned still open, so the WAL
/// still holds the writes (SQLite checkpoints it away when the last handle closes).
fn two_wrong(dir: &Path) -> Database {
    let mut db = Database::open(dir).unwrap();
    assert_eq!(db.record_pin_entry(CARD, 0, false, "t1").unwrap(), 1);
    assert_eq!(db.record_pin_entry(CARD, 0, false, "t2").unwrap(), 2);
    db
}

/// Copies every file of `from` into a fresh folder: what a crash at this instant leaves.
fn copy_folder(from: &Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), to.path().join(entry.file_name())).unwrap();
    }
    to
}

/// What a kiosk does with the folder: the count after one more wrong PIN, or the error.
fn next_wrong_pin(dir: &Path) -> Result<u8, StoreError> {
    let mut db = Database::open(dir)?;
    db.record_pin_entry(CARD, 0, false, "t3")
}

/// Where to cut or flip a file of `len` bytes.
fn places(len: u64) -> Vec<u64> {
    let mut at: BTreeSet<u64> = [0, 1, len / 2, len.saturating_sub(1)].into();
    at.extend((0..len).step_by(509));
    at.extend((0..len.min(120)).step_by(7));
    at.into_iter().filter(|&p| p < len.max(1)).collect()
}

/// Applies `damage` to `name` in copies of `source` at every place, and checks the outcome.
fn each_damage(source: &Path, name: &str, label: &str) -> (u32, u32) {
    let len = fs::metadata(source.join(name)).unwrap().len();
    let (mut refused, mut counted) = (0, 0);
    for at in places(len) {
        for flip in [false, true] {
            let copy = copy_folder(source);
            let file = copy.path().join(name);
            let mut bytes = fs::read(&file).unwrap();
            if flip {
                let Some(b) = bytes.get_mut(at as usize) else {
                    continue;
                };
                *b ^= 0x5a;
            } else {
                bytes.truncate(at as usize);
            }
            fs::write(&file, &bytes).unwrap();
            let what = if flip { "flip" } else { "truncate" };
            match next_wrong_pin(copy.path()) {
                Ok(3) => counted += 1,
                Ok(n) => panic!("{label}: {what} {name} at {at}: the count went to {n}, not 3"),
                Err(e) => {
                    let msg = e.to_string();
                    assert!(
                        msg.contains(copy.path().to_str().unwrap()),
                        "{label}: {what} {name} at {at}: the error names no file: {msg}"
                    );
                    refused += 1;
                }
            }
        }
    }
    (refused, counted)
}

#[test]
fn damage_to_any_file_never_gives_a_pin_try_back() {
    let live = tempfile::tempdir().unwrap();
    let db = two_wrong(live.path());
    // A crash now leaves the writes in the WAL.
    let crashed = copy_folder(live.path());
    drop(db);
    let closed = live;
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n != LOCK_FILE)
            .collect();
        names.sort();
        names
    };
    let crashed_names = names(crashed.path());
    assert!(
        crashed_names.contains(&format!("{DATABASE_FILE}-wal")),
        "{crashed_names:?}"
    );
    assert_eq!(names(closed.path()), [DATABASE_FILE, SEAL_FILE]);
    for (label, dir) in [("crashed", crashed.path()), ("closed", closed.path())] {
        for name in names(dir) {
            let (refused, counted) = each_damage(dir, &name, label);
            eprintln!("{label} {name}: {refused} refused, {counted} still counted two");
            assert!(refused + counted > 0);
        }
    }
}

#[test]
fn an_older_copy_of_the_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Database::open(dir.path()).unwrap();
    db.record_pin_entry(CARD, 0, false, "t1").unwrap();
    drop(db);
    let old = fs::read(dir.path().join(DATABASE_FILE)).unwrap();
    drop(two_wrong_after_one(dir.path()));
    fs::write(dir.path().join(DATABASE_FILE), old).unwrap();
    let err = next_wrong_pin(dir.path()).unwrap_err();
    assert!(
        err.to_string().contains("committed changes were lost"),
        "{err}"
    );
}

/// One more wrong PIN on a folder that has one.
fn two_wrong_after_one(dir: &Path) -> Database {
    let mut db = Database::open(dir).unwrap();
    assert_eq!(db.record_pin_entry(CARD, 0, false, "t2").unwrap(), 2);
    db
}

#[test]
fn a_removed_database_or_seal_is_refused_not_started_afresh() {
    let dir = tempfile::tempdir().unwrap();
    drop(two_wrong(dir.path()));
    fs::remove_file(dir.path().join(SEAL_FILE)).unwrap();
    let err = next_wrong_pin(dir.path()).unwrap_err();
    assert!(err.to_string().contains("seal file is missing"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    drop(two_wrong(dir.path()));
    fs::remove_file(dir.path().join(DATABASE_FILE)).unwrap();
    let err = next_wrong_pin(dir.path()).unwrap_err();
    assert!(err.to_string().contains("database is missing"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    drop(two_wrong(dir.path()));
    fs::write(dir.path().join(DATABASE_FILE), b"").unwrap();
    let err = next_wrong_pin(dir.path()).unwrap_err();
    assert!(err.to_string().contains("empty"), "{err}");
}

#[test]
fn a_legacy_journal_is_imported_once() {
    let dir = tempfile::tempdir().unwrap();
    let line = |rec: &Record| {
        let json = serde_json::to_string(rec).unwrap();
        format!("{} {json}\n", legacy_journal_hash(&json))
    };
    let mut text = String::new();
    for rec in every_kind() {
        text.push_str(&line(&rec));
    }
    text.push_str(&line(&pin("card-1", 2)));
    let journal = dir.path().join(crate::store::legacy_journal::JOURNAL_FILE);
    fs::write(&journal, &text).unwrap();
    let mut db = Database::open(dir.path()).unwrap();
    assert_eq!(db.pin_failures("card-1").unwrap(), Some(2));
    assert_eq!(db.last_issue().unwrap(), Some(IssueNumber(1)));
    assert_eq!(db.begin_issue(fields("after")).unwrap(), IssueNumber(2));
    assert!(!journal.exists());
    let imported = dir.path().join(crate::store::legacy_journal::IMPORTED_FILE);
    assert_eq!(fs::read_to_string(&imported).unwrap(), text);
    drop(db);
    // A journal that reappears beside the database is not imported again.
    fs::copy(&imported, &journal).unwrap();
    let mut again = Database::open(dir.path()).unwrap();
    let all = Database::read_all(dir.path()).unwrap();
    assert_eq!(all.len(), every_kind().len() + 2);
    assert_eq!(again.pin_failures("card-1").unwrap(), Some(2));
}

#[test]
fn a_damaged_legacy_journal_is_not_imported() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join(crate::store::legacy_journal::JOURNAL_FILE);
    fs::write(&journal, "0000000000000000 {\"type\":\"pin\"}\n").unwrap();
    let err = Database::open(dir.path()).unwrap_err();
    assert!(
        matches!(err, StoreError::Damaged { offset: 0, .. }),
        "{err}"
    );
    assert!(!dir.path().join(DATABASE_FILE).exists());
    assert!(journal.exists());
}

fn legacy_journal_hash(json: &str) -> String {
    crate::store::legacy_journal::short_hash(json.as_bytes())
}
