//! The round's state damage, bytes (issue 24 item 6): a folder with every table over several
//! pages (150 cards' counts, a registration, 80 issues, two wrong PINs on the card `c0`), then
//!
//! - one bit flipped at a dozen places of **every page** of `kofu.db`, each page named by what
//!   it holds (SQLite's `dbstat`: `pins` and its index, `issues`, `events`, `events_by_issue`,
//!   `meta`, `registrations`, the schema page with the file header, free pages), and the file
//!   cut at every page boundary and mid-page; every byte of the seal flipped, the seal cut;
//! - a kiosk's live folder (history in the WAL): the WAL's header and every frame flipped and
//!   cut, the shared-memory index flipped, cut, zeroed, removed.
//!
//! Each damaged copy must be refused with an error naming a file of the folder, or read as
//! written (counts, last issue, registration, every record; a damaged WAL may lose only the
//! history after the last decision): never an older value, never a panic. One copy in eight
//! is also given to `kofu run` (exit 0, or 1 naming the folder; no panic, no hang).
//!
//! Behind `--ignored` (about a minute): `.ci/run` runs it.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::Duration;

use common::damage::{self, Tally};
use common::harness::{self, kofu};
use kofu::store::Database;
use kofu::store::database::{DATABASE_FILE, SEAL_FILE};

/// What each page of the database at `db` holds (`dbstat`), read from a copy; and the page size.
fn page_map(db: &Path) -> (BTreeMap<u32, String>, usize) {
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("copy.db");
    fs::copy(db, &copy).unwrap();
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let size: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    let mut stmt = conn
        .prepare("SELECT name, pageno, pagetype FROM dbstat ORDER BY pageno")
        .unwrap();
    let map = stmt
        .query_map([], |r| {
            let (name, page, kind): (String, u32, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            Ok((page, format!("{name} ({kind})")))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    (map, usize::try_from(size).unwrap())
}

/// Writes `bytes` as `name` in a copy of `source`, judges it, and (one in eight) runs `kofu`
/// on it too.
struct Damager<'a> {
    source: &'a Path,
    want: &'a damage::Expect,
    scenario: &'a Path,
    tally: Tally,
    n: u32,
    cli: u32,
}

impl Damager<'_> {
    fn try_bytes(&mut self, name: &str, bytes: Option<&[u8]>, label: &str, what: &str) {
        let copy = damage::copy_folder(self.source);
        let file = copy.path().join(name);
        match bytes {
            Some(b) => fs::write(&file, b).unwrap(),
            None => fs::remove_file(&file).unwrap(),
        }
        let v = damage::judge(copy.path(), self.want, what);
        self.tally.add(label, v);
        self.n += 1;
        if self.n.is_multiple_of(8) {
            self.cli += 1;
            let e = harness::run_with_timeout(
                kofu()
                    .arg("run")
                    .arg(self.scenario)
                    .arg("--state")
                    .arg(copy.path())
                    .arg("--out")
                    .arg(copy.path().join("out")),
                Duration::from_secs(60),
            );
            assert!(!e.hung, "{what}: kofu run hung");
            let named = e.stderr.contains(copy.path().to_str().unwrap());
            assert!(
                e.code == Some(0) || (e.code == Some(1) && named),
                "{what}: kofu run ended {:?} (verdict {v:?}): {}",
                e.code,
                e.stderr
            );
        }
    }
}

/// Offsets worth a flip in a page of `size` bytes starting at `start` (header fields, cell
/// pointers, the middle, the end) and in the file header when it is page 1.
fn offsets(start: usize, size: usize) -> Vec<usize> {
    let mut at = vec![
        0,
        1,
        3,
        5,
        7,
        8,
        12,
        40,
        size / 2,
        size - 64,
        size - 8,
        size - 1,
    ];
    if start == 0 {
        at.extend([16, 18, 24, 28, 40, 44, 56, 96, 100, 103, 105, 108]);
    }
    at.into_iter().map(|o| start + o).collect()
}

#[test]
#[ignore = "the round's size, about a minute: cargo test --test harness_damage -- --ignored"]
fn a_bit_flipped_in_every_page_or_a_cut_file_is_refused_or_read_right() {
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().join("state");
    damage::build(&base).unwrap();
    let want = damage::read(&base).unwrap();
    assert_eq!(want.count, Some(2));
    let deck = tmp.path().join("deck.toml");
    common::write_deck(&deck, 1);
    let scenario = tmp.path().join("s.toml");
    fs::write(&scenario, harness::scenario(&deck, &["1234"])).unwrap();
    let db = fs::read(base.join(DATABASE_FILE)).unwrap();
    let (map, size) = page_map(&base.join(DATABASE_FILE));
    let pages = db.len() / size;
    let mut d = Damager {
        source: &base,
        want: &want,
        scenario: &scenario,
        tally: Tally::default(),
        n: 0,
        cli: 0,
    };
    let mut rng = common::Rng(0x5EED_DA4A_6E00_0001);
    for page in 1..=pages {
        let label = map
            .get(&u32::try_from(page).unwrap())
            .cloned()
            .unwrap_or_else(|| "free page".into());
        for at in offsets((page - 1) * size, size) {
            let mut bytes = db.clone();
            let bit = rng.range(0, 8);
            bytes[at] ^= 1 << bit;
            let what = format!("kofu.db page {page} ({label}) byte {at} bit {bit}");
            d.try_bytes(
                DATABASE_FILE,
                Some(&bytes),
                &format!("flip: {label}"),
                &what,
            );
        }
        for cut in [(page - 1) * size, (page - 1) * size + size / 2] {
            let what = format!("kofu.db cut to {cut} bytes");
            d.try_bytes(DATABASE_FILE, Some(&db[..cut]), "cut kofu.db", &what);
        }
    }
    let seal = fs::read(base.join(SEAL_FILE)).unwrap();
    for at in 0..seal.len() {
        let mut bytes = seal.clone();
        bytes[at] ^= 1 << (at % 8);
        let what = format!("kofu.seal byte {at}");
        d.try_bytes(SEAL_FILE, Some(&bytes), "flip: kofu.seal", &what);
        let what = format!("kofu.seal cut to {at} bytes");
        d.try_bytes(SEAL_FILE, Some(&seal[..at]), "cut kofu.seal", &what);
    }
    d.tally.print(&format!(
        "state damage, {pages} pages of {size} bytes ({} given to kofu run too)",
        d.cli
    ));
    let kinds: Vec<&String> = map.values().collect();
    for table in [
        "pins",
        "sqlite_autoindex_pins_1",
        "issues",
        "events",
        "meta",
    ] {
        assert!(
            kinds.iter().any(|k| k.starts_with(&format!("{table} "))),
            "no page of {table} was damaged: {kinds:?}"
        );
    }
    for table in [
        "pins (internal)",
        "events (internal)",
        "sqlite_autoindex_pins_1",
    ] {
        assert!(
            kinds.iter().any(|k| k.starts_with(table)),
            "the folder is too small to have {table}: {kinds:?}"
        );
    }
    assert!(
        d.tally.refused() > d.tally.total() / 4,
        "most damage went unseen"
    );
    assert_eq!(d.tally.0.values().map(|v| v[2]).sum::<u32>(), 0);
}

#[test]
#[ignore = "the round's size, about a minute: cargo test --test harness_damage -- --ignored"]
fn a_damaged_wal_or_shared_memory_index_is_refused_or_read_right() {
    let tmp = tempfile::tempdir().unwrap();
    let live_dir = tmp.path().join("state");
    damage::build(&live_dir).unwrap();
    let mut live = Database::open(&live_dir).unwrap();
    damage::history(&mut live, 40).unwrap();
    // What a crash leaves: the kiosk's history only in the WAL.
    let crashed = damage::copy_folder(&live_dir);
    drop(live);
    let mut want = damage::read(damage::copy_folder(crashed.path()).path()).unwrap();
    want.history_after_decisions = 40;
    let deck = tmp.path().join("deck.toml");
    common::write_deck(&deck, 1);
    let scenario = tmp.path().join("s.toml");
    fs::write(&scenario, harness::scenario(&deck, &["1234"])).unwrap();
    let wal_name = format!("{DATABASE_FILE}-wal");
    let shm_name = format!("{DATABASE_FILE}-shm");
    let wal = fs::read(crashed.path().join(&wal_name)).unwrap();
    let shm = fs::read(crashed.path().join(&shm_name)).unwrap();
    let size = usize::try_from(u32::from_be_bytes(wal[8..12].try_into().unwrap())).unwrap();
    let frames = (wal.len() - 32) / (24 + size);
    assert!(frames >= 2, "the WAL holds the history: {frames} frames");
    let mut d = Damager {
        source: crashed.path(),
        want: &want,
        scenario: &scenario,
        tally: Tally::default(),
        n: 0,
        cli: 0,
    };
    for at in (0..32).step_by(3) {
        let mut bytes = wal.clone();
        bytes[at] ^= 0x10;
        d.try_bytes(
            &wal_name,
            Some(&bytes),
            "flip: WAL header",
            &format!("WAL byte {at}"),
        );
    }
    for f in 0..frames {
        let start = 32 + f * (24 + size);
        for o in [
            0,
            4,
            8,
            12,
            16,
            20,
            24,
            24 + 8,
            24 + size / 2,
            24 + size - 1,
        ] {
            let mut bytes = wal.clone();
            bytes[start + o] ^= 0x04;
            let what = format!("WAL frame {f} byte {o}");
            d.try_bytes(&wal_name, Some(&bytes), "flip: WAL frame", &what);
        }
        for cut in [start, start + 24, start + 24 + size / 2] {
            let what = format!("WAL cut to {cut}");
            d.try_bytes(&wal_name, Some(&wal[..cut]), "cut WAL", &what);
        }
    }
    for at in (0..136)
        .step_by(4)
        .chain([4096, shm.len() / 2, shm.len() - 1])
    {
        let mut bytes = shm.clone();
        bytes[at] ^= 0x21;
        let what = format!("shm byte {at}");
        d.try_bytes(&shm_name, Some(&bytes), "flip: shm", &what);
    }
    for cut in [0, 8, 48, 136, shm.len() / 2] {
        let what = format!("shm cut to {cut}");
        d.try_bytes(&shm_name, Some(&shm[..cut]), "cut shm", &what);
    }
    let zeros = vec![0u8; shm.len()];
    d.try_bytes(&shm_name, Some(&zeros), "shm zeroed", "shm zeroed");
    d.try_bytes(&shm_name, None, "shm removed", "shm removed");
    d.try_bytes(&wal_name, None, "WAL removed", "WAL removed");
    d.tally.print(&format!(
        "WAL and shm damage, {frames} WAL frames ({} given to kofu run too)",
        d.cli
    ));
    assert!(
        usize::try_from(d.tally.total()).unwrap() >= frames * 13,
        "every frame damaged"
    );
}
