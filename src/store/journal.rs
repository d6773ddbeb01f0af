//! The kiosk journal: an append-only, crash-safe record kept in a *state folder* that several
//! kiosk processes (and threads, each with its own [`Journal`] handle) share.
//!
//! # On-disk format
//!
//! `DIR/journal.jsonl` holds one record per line:
//!
//! ```text
//! <16 lowercase hex chars> <compact JSON of a Record>\n
//! ```
//!
//! The 16 hex characters are the first 8 bytes of the SHA-256 of the JSON bytes (exactly the
//! bytes between the space and the newline). A line whose checksum does not match, that is not
//! framed like that, or that has no trailing newline is never returned.
//!
//! `DIR/journal.lock` is an empty file used only for advisory locking ([`File::lock`]):
//! every append holds the exclusive lock, every read of another writer's bytes holds at least
//! the shared lock. Because writers hold the lock, a line without its newline can only come
//! from a writer killed mid-write (a *torn tail*); the next writer truncates it away, under
//! the lock, before it appends. A bad line in the middle of the file is skipped and counted
//! in [`JournalStats::corrupt_lines`].
//!
//! Each handle remembers the byte offset it has folded up to and, on every operation, folds
//! only the bytes appended since (its *catch-up*), so an append never re-reads the file.

use std::collections::{BTreeMap, HashMap};
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub use crate::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};

/// File name of the journal inside the state folder.
pub const JOURNAL_FILE: &str = "journal.jsonl";

/// File name of the lock file inside the state folder.
pub const LOCK_FILE: &str = "journal.lock";

/// Number of hex characters of the per-line checksum.
const CHECKSUM_HEX_LEN: usize = 16;

/// Builds a closure turning an [`io::Error`] into [`StoreError::Io`] for `path`.
fn io_err(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Counters about what a handle (or [`Journal::read_all_with_stats`]) has read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct JournalStats {
    /// Valid records folded (or returned).
    pub records: u64,
    /// Complete lines skipped because their checksum or framing is wrong.
    pub corrupt_lines: u64,
    /// Complete lines with a good checksum whose JSON is not a known [`Record`] (written by a
    /// newer version, say); skipped.
    pub unknown_records: u64,
    /// Torn tails this handle truncated before appending.
    pub torn_tails_truncated: u64,
    /// Bytes after the last newline at the last read (a torn tail awaiting truncation).
    pub torn_tail_bytes: u64,
}

/// What one journal line turned out to be.
enum Line {
    /// A valid record.
    Record(Record),
    /// Bad framing or checksum.
    Corrupt,
    /// Good checksum, but not a [`Record`].
    Unknown,
}

impl JournalStats {
    /// Counts a decoded line; returns the record if it is one.
    fn count(&mut self, line: Line) -> Option<Record> {
        match line {
            Line::Record(rec) => {
                self.records += 1;
                Some(rec)
            }
            Line::Corrupt => {
                self.corrupt_lines += 1;
                None
            }
            Line::Unknown => {
                self.unknown_records += 1;
                None
            }
        }
    }
}

/// Lowercase hex of the first 8 bytes of the SHA-256 of `json`.
fn checksum(json: &[u8]) -> String {
    let digest = Sha256::digest(json);
    let mut hex = String::with_capacity(CHECKSUM_HEX_LEN);
    for byte in digest.iter().take(CHECKSUM_HEX_LEN / 2) {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// The full line (with newline) for a record.
fn encode_line(rec: &Record) -> Result<Vec<u8>, StoreError> {
    let json = serde_json::to_vec(rec).map_err(StoreError::Encode)?;
    let mut line = Vec::with_capacity(CHECKSUM_HEX_LEN + json.len() + 2);
    line.extend_from_slice(checksum(&json).as_bytes());
    line.push(b' ');
    line.extend_from_slice(&json);
    line.push(b'\n');
    Ok(line)
}

/// Decodes one line, given without its newline.
fn decode_line(line: &[u8]) -> Line {
    let Some((sum, rest)) = line.split_at_checked(CHECKSUM_HEX_LEN) else {
        return Line::Corrupt;
    };
    let Some((b' ', json)) = rest.split_first() else {
        return Line::Corrupt;
    };
    if sum != checksum(json).as_bytes() {
        return Line::Corrupt;
    }
    match serde_json::from_slice(json) {
        Ok(rec) => Line::Record(rec),
        Err(_) => Line::Unknown,
    }
}

/// Where a scan stopped.
struct ScanEnd {
    /// Bytes of complete lines read from the start offset.
    consumed: u64,
    /// Bytes after the last newline (a torn tail).
    tail: u64,
}

/// Reads `file` from `offset` to its end, calling `on_line` for every complete line. The
/// caller must hold at least the shared lock.
fn scan(
    file: &File,
    path: &Path,
    offset: u64,
    mut on_line: impl FnMut(Line),
) -> Result<ScanEnd, StoreError> {
    let mut reader = file;
    reader.seek(SeekFrom::Start(offset)).map_err(io_err(path))?;
    let mut reader = BufReader::new(reader);
    let mut buf = Vec::new();
    let mut consumed = 0u64;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf).map_err(io_err(path))?;
        let n = u64::try_from(n).unwrap_or(u64::MAX);
        match buf.split_last() {
            None => return Ok(ScanEnd { consumed, tail: 0 }),
            Some((b'\n', body)) => {
                on_line(decode_line(body));
                consumed += n;
            }
            Some(_) => return Ok(ScanEnd { consumed, tail: n }),
        }
    }
}

/// Holds the advisory lock on the lock file until dropped.
struct LockGuard<'a> {
    file: &'a File,
}

impl<'a> LockGuard<'a> {
    /// Blocks until the exclusive lock is held.
    fn exclusive(file: &'a File, path: &Path) -> Result<Self, StoreError> {
        file.lock().map_err(io_err(path))?;
        Ok(Self { file })
    }

    /// Blocks until a shared lock is held.
    fn shared(file: &'a File, path: &Path) -> Result<Self, StoreError> {
        file.lock_shared().map_err(io_err(path))?;
        Ok(Self { file })
    }
}

impl Drop for LockGuard<'_> {
    fn drop(&mut self) {
        // Closing the file would release it too; an unlock failure cannot be reported here.
        let _ = self.file.unlock();
    }
}

/// Makes a new directory entry durable.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir))
}

/// Directories cannot be opened for syncing here; NTFS journals its metadata.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> Result<(), StoreError> {
    Ok(())
}

/// The little the journal needs to answer questions without re-reading the file.
#[derive(Debug, Default)]
struct Folded {
    /// Card → current PIN failure count.
    pins: HashMap<String, u8>,
    /// Person → municipality → `ready_on` of the latest registration.
    registrations: HashMap<String, HashMap<String, String>>,
    /// Issue → (first `IssueStarted`, first `IssueDone`).
    issues: BTreeMap<IssueNumber, (Record, Option<Record>)>,
    /// Highest issue number seen in any issue record.
    max_issue: Option<IssueNumber>,
}

impl Folded {
    /// Folds one record. A repeated `IssueStarted` keeps the first; an `IssueDone` without a
    /// start, or after another, is ignored (both still raise the highest issue number).
    fn fold(&mut self, rec: Record) {
        if let Some(issue) = rec.issue_number() {
            self.max_issue = self.max_issue.max(Some(issue));
        }
        match rec {
            Record::Pin { card, failures, .. } => {
                self.pins.insert(card, failures);
            }
            Record::Registration {
                person,
                municipality,
                ready_on,
                ..
            } => {
                self.registrations
                    .entry(person)
                    .or_default()
                    .insert(municipality, ready_on);
            }
            Record::IssueStarted { issue, .. } => {
                self.issues.entry(issue).or_insert((rec, None));
            }
            Record::IssueDone { issue, .. } => {
                if let Some((_, done @ None)) = self.issues.get_mut(&issue) {
                    *done = Some(rec);
                }
            }
            Record::SessionStarted { .. }
            | Record::SessionEnded { .. }
            | Record::CopyPrinted { .. } => {}
        }
    }

    /// Rejects issue records that would make the journal inconsistent.
    fn check(&self, rec: &Record) -> Result<(), StoreError> {
        match rec {
            Record::IssueStarted { issue, .. } if self.issues.contains_key(issue) => {
                Err(StoreError::DuplicateIssue(*issue))
            }
            Record::IssueDone { issue, .. } => match self.issues.get(issue) {
                None => Err(StoreError::UnknownIssue(*issue)),
                Some((_, Some(_))) => Err(StoreError::IssueAlreadyDone(*issue)),
                Some((_, None)) => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// The number the next issue gets.
    fn next_issue(&self) -> Result<IssueNumber, StoreError> {
        match self.max_issue {
            None => Ok(IssueNumber(1)),
            Some(IssueNumber(n)) => n
                .checked_add(1)
                .map(IssueNumber)
                .ok_or(StoreError::IssueNumbersExhausted),
        }
    }
}

/// The part of a handle that changes while the lock is held.
#[derive(Debug)]
struct Inner {
    /// The journal file.
    path: PathBuf,
    /// Open for reading and appending.
    file: File,
    /// Bytes folded so far; always just after a newline (or 0).
    offset: u64,
    /// Bytes after `offset` without a newline, as of the last catch-up.
    tail: u64,
    /// Folded state.
    state: Folded,
    /// Counters.
    stats: JournalStats,
}

impl Inner {
    /// Folds the bytes other writers appended since the last call. Needs at least the
    /// shared lock.
    fn catch_up(&mut self) -> Result<(), StoreError> {
        let len = self.file.metadata().map_err(io_err(&self.path))?.len();
        if len < self.offset {
            return Err(StoreError::Shrunk {
                path: self.path.clone(),
                expected: self.offset,
                found: len,
            });
        }
        if len == self.offset {
            self.tail = 0;
        } else {
            let stats = &mut self.stats;
            let state = &mut self.state;
            let end = scan(&self.file, &self.path, self.offset, |line| {
                if let Some(rec) = stats.count(line) {
                    state.fold(rec);
                }
            })?;
            self.offset += end.consumed;
            self.tail = end.tail;
        }
        self.stats.torn_tail_bytes = self.tail;
        Ok(())
    }

    /// Appends a record. Needs the exclusive lock and a fresh catch-up.
    fn write(&mut self, rec: Record) -> Result<(), StoreError> {
        let line = encode_line(&rec)?;
        if self.tail > 0 {
            self.file.set_len(self.offset).map_err(io_err(&self.path))?;
            self.stats.torn_tails_truncated += 1;
            self.tail = 0;
            self.stats.torn_tail_bytes = 0;
        }
        if let Err(source) = self.file.write_all(&line) {
            // Best effort: leave the file ending on a newline. If this fails too, the next
            // writer truncates the partial line.
            let _ = self.file.set_len(self.offset);
            return Err(StoreError::Io {
                path: self.path.clone(),
                source,
            });
        }
        // On failure the line stays unfolded; a later catch-up reads it if it is there.
        self.file.sync_data().map_err(io_err(&self.path))?;
        self.offset += u64::try_from(line.len()).unwrap_or(u64::MAX);
        self.stats.records += 1;
        self.state.fold(rec);
        Ok(())
    }
}

/// A handle on the journal of one state folder. Each thread or process opens its own; handles
/// coordinate through the lock file.
#[derive(Debug)]
pub struct Journal {
    /// The state folder.
    dir: PathBuf,
    /// The lock file.
    lock_path: PathBuf,
    /// Open lock file.
    lock: File,
    /// File, offset and folded state.
    inner: Inner,
}

impl Journal {
    /// Opens (creating the folder and files if needed) `DIR/journal.jsonl` and
    /// `DIR/journal.lock`, and folds what is there. When the journal file is created, the
    /// folder is fsynced so the new entry survives a crash. Does not repair a torn tail; the
    /// next append does.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir).map_err(io_err(dir))?;
        let lock_path = dir.join(LOCK_FILE);
        let lock = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
            .map_err(io_err(&lock_path))?;
        let path = dir.join(JOURNAL_FILE);
        let inner = {
            let _guard = LockGuard::exclusive(&lock, &lock_path)?;
            let created = OpenOptions::new()
                .read(true)
                .append(true)
                .create_new(true)
                .open(&path);
            let file = match created {
                Ok(file) => {
                    file.sync_all().map_err(io_err(&path))?;
                    sync_dir(dir)?;
                    file
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => OpenOptions::new()
                    .read(true)
                    .append(true)
                    .open(&path)
                    .map_err(io_err(&path))?,
                Err(source) => return Err(StoreError::Io { path, source }),
            };
            let mut inner = Inner {
                path,
                file,
                offset: 0,
                tail: 0,
                state: Folded::default(),
                stats: JournalStats::default(),
            };
            inner.catch_up()?;
            inner
        };
        Ok(Self {
            dir: dir.to_path_buf(),
            lock_path,
            lock,
            inner,
        })
    }

    /// The state folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The journal file (`DIR/journal.jsonl`).
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// Counters of what this handle has read and repaired.
    pub fn stats(&self) -> JournalStats {
        self.inner.stats
    }

    /// Appends one record: takes the exclusive lock, catches up with other writers,
    /// truncates a torn tail, appends, `sync_data`s, releases.
    ///
    /// Issue records are checked against the journal: an [`Record::IssueStarted`] whose number
    /// is taken, an [`Record::IssueDone`] for an issue never started or already done, are
    /// refused. Use [`Journal::begin_issue`] to start issues.
    pub fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        let _guard = LockGuard::exclusive(&self.lock, &self.lock_path)?;
        self.inner.catch_up()?;
        self.inner.state.check(rec)?;
        self.inner.write(rec.clone())
    }

    /// Allocates the next issue number (highest seen in the journal + 1, starting at 1) and
    /// appends the [`Record::IssueStarted`] with it, under one hold of the exclusive lock, so
    /// numbers are unique across every process sharing the folder.
    pub fn begin_issue(&mut self, fields: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        let _guard = LockGuard::exclusive(&self.lock, &self.lock_path)?;
        self.inner.catch_up()?;
        let issue = self.inner.state.next_issue()?;
        self.inner.write(fields.into_record(issue))?;
        Ok(issue)
    }

    /// Appends a [`Record::Pin`]: the card's PIN failure count is now `failures`. Write it
    /// before showing the result, so a crash can never make a counter go back.
    pub fn record_pin(&mut self, card: &str, failures: u8, at: &str) -> Result<(), StoreError> {
        self.append(&Record::Pin {
            card: card.to_owned(),
            failures,
            at: at.to_owned(),
        })
    }

    /// Folds what other writers appended since this handle last read (under the shared lock).
    pub fn refresh(&mut self) -> Result<(), StoreError> {
        let _guard = LockGuard::shared(&self.lock, &self.lock_path)?;
        self.inner.catch_up()
    }

    /// Catches up with other writers and returns the card's current PIN failure count (its
    /// last [`Record::Pin`]), if it has one.
    pub fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        self.refresh()?;
        Ok(self.inner.state.pins.get(card).copied())
    }

    /// Catches up and returns the `ready_on` date of the latest registration of `person` in
    /// `municipality`, if any.
    pub fn registration(
        &mut self,
        person: &str,
        municipality: &str,
    ) -> Result<Option<String>, StoreError> {
        self.refresh()?;
        Ok(self
            .inner
            .state
            .registrations
            .get(person)
            .and_then(|by_town| by_town.get(municipality))
            .cloned())
    }

    /// Catches up and returns an issue's [`Record::IssueStarted`] and, once printed, its
    /// [`Record::IssueDone`].
    pub fn issue(
        &mut self,
        n: IssueNumber,
    ) -> Result<Option<(Record, Option<Record>)>, StoreError> {
        self.refresh()?;
        Ok(self.inner.state.issues.get(&n).cloned())
    }

    /// Catches up and returns the highest issue number allocated so far.
    pub fn last_issue(&mut self) -> Result<Option<IssueNumber>, StoreError> {
        self.refresh()?;
        Ok(self.inner.state.max_issue)
    }

    /// All valid records of the folder's journal, in file order: a fresh read of the whole
    /// file under the shared lock (without it if the folder has no lock file). Corrupt lines
    /// and a torn tail are left out. A missing journal file is an error.
    pub fn read_all(dir: &Path) -> Result<Vec<Record>, StoreError> {
        Ok(Self::read_all_with_stats(dir)?.0)
    }

    /// [`Journal::read_all`], also counting what was skipped.
    pub fn read_all_with_stats(dir: &Path) -> Result<(Vec<Record>, JournalStats), StoreError> {
        let lock_path = dir.join(LOCK_FILE);
        // A folder without a lock file (a copied journal, say) has no writers to wait for.
        let lock = match File::open(&lock_path) {
            Ok(lock) => Some(lock),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(source) => {
                return Err(StoreError::Io {
                    path: lock_path,
                    source,
                });
            }
        };
        let _guard = match &lock {
            Some(lock) => Some(LockGuard::shared(lock, &lock_path)?),
            None => None,
        };
        let path = dir.join(JOURNAL_FILE);
        let file = File::open(&path).map_err(io_err(&path))?;
        let mut stats = JournalStats::default();
        let mut records = Vec::new();
        let end = scan(&file, &path, 0, |line| {
            if let Some(rec) = stats.count(line) {
                records.push(rec);
            }
        })?;
        stats.torn_tail_bytes = end.tail;
        Ok((records, stats))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::sync::{Arc, Barrier};

    fn session_started(n: u32) -> Record {
        Record::SessionStarted {
            session: format!("sess-{n}"),
            kiosk: "kiosk-1".into(),
            at: "2025-04-01T09:00:00+09:00".into(),
            municipality: "131016".into(),
            vendor: "seven".into(),
        }
    }

    fn pin(card: &str, failures: u8) -> Record {
        Record::Pin {
            card: card.into(),
            failures,
            at: "2025-04-01T09:00:05+09:00".into(),
        }
    }

    fn fields(session: &str) -> IssueStartedFields {
        IssueStartedFields {
            session: session.into(),
            card: "card-1".into(),
            holder: "山田 太郎".into(),
            certificate: "juminhyo".into(),
            copies: 2,
            fee_yen: 400,
            at: "2025-04-01T09:01:00+09:00".into(),
        }
    }

    fn done(issue: IssueNumber) -> Record {
        Record::IssueDone {
            issue,
            printed_copies: 2,
            pages: 2,
            charged_yen: 400,
            content_hash: "ab".repeat(32),
            at: "2025-04-01T09:02:00+09:00".into(),
        }
    }

    fn every_kind() -> Vec<Record> {
        vec![
            session_started(1),
            pin("card-1", 1),
            fields("sess-1").into_record(IssueNumber(1)),
            done(IssueNumber(1)),
            Record::Registration {
                person: "p-1".into(),
                municipality: "131016".into(),
                applied_on: "2025-03-01".into(),
                ready_on: "2025-03-08".into(),
            },
            Record::SessionEnded {
                session: "sess-1".into(),
                status: "completed".into(),
                reason: None,
                paid_yen: 1000,
                change_yen: 600,
                at: "2025-04-01T09:03:00+09:00".into(),
            },
            Record::SessionEnded {
                session: "sess-2".into(),
                status: "cancelled".into(),
                reason: Some("timeout \"quoted\"\nnewline".into()),
                paid_yen: 0,
                change_yen: 0,
                at: "2025-04-01T09:04:00+09:00".into(),
            },
        ]
    }

    fn journal_path(dir: &Path) -> PathBuf {
        dir.join(JOURNAL_FILE)
    }

    fn append_raw(dir: &Path, bytes: &[u8]) {
        let mut f = OpenOptions::new()
            .append(true)
            .open(journal_path(dir))
            .unwrap();
        f.write_all(bytes).unwrap();
    }

    #[test]
    fn round_trip_of_every_record_kind() {
        let tmp = tempfile::tempdir().unwrap();
        let mut j = Journal::open(tmp.path()).unwrap();
        assert_eq!(j.dir(), tmp.path());
        for rec in every_kind() {
            j.append(&rec).unwrap();
        }
        assert_eq!(Journal::read_all(tmp.path()).unwrap(), every_kind());
        assert_eq!(j.stats().records, 7);

        let mut again = Journal::open(tmp.path()).unwrap();
        assert_eq!(again.stats().records, 7);
        assert_eq!(again.pin_failures("card-1").unwrap(), Some(1));
        assert_eq!(
            again.registration("p-1", "131016").unwrap().as_deref(),
            Some("2025-03-08")
        );
        assert_eq!(again.registration("p-1", "999999").unwrap(), None);
        let kinds = every_kind();
        assert_eq!(
            again.issue(IssueNumber(1)).unwrap(),
            Some((kinds[2].clone(), Some(kinds[3].clone())))
        );
        assert_eq!(again.last_issue().unwrap(), Some(IssueNumber(1)));
    }

    #[test]
    fn line_format_is_checksum_space_json_newline() {
        let tmp = tempfile::tempdir().unwrap();
        let mut j = Journal::open(tmp.path()).unwrap();
        j.append(&pin("card-9", 2)).unwrap();
        let text = std::fs::read_to_string(journal_path(tmp.path())).unwrap();
        let line = text.strip_suffix('\n').unwrap();
        assert!(!line.contains('\n'));
        let (sum, json) = line.split_once(' ').unwrap();
        assert_eq!(sum.len(), 16);
        assert!(
            sum.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        let digest = Sha256::digest(json.as_bytes());
        let expected: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(sum, expected);
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(value["type"], "pin");
        assert_eq!(value["failures"], 2);
    }

    #[test]
    fn torn_tail_is_never_read_and_next_append_truncates_it() {
        let tmp = tempfile::tempdir().unwrap();
        {
            let mut j = Journal::open(tmp.path()).unwrap();
            j.append(&session_started(1)).unwrap();
            j.append(&pin("card-1", 1)).unwrap();
        }
        let garbage = b"0123456789abcdef {\"type\":\"pin\",\"card\":\"card-1\",\"fail";
        append_raw(tmp.path(), garbage);

        let (records, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
        assert_eq!(records, vec![session_started(1), pin("card-1", 1)]);
        assert_eq!(stats.torn_tail_bytes, garbage.len() as u64);
        assert_eq!(stats.corrupt_lines, 0);

        let mut j = Journal::open(tmp.path()).unwrap();
        assert_eq!(j.stats().records, 2);
        assert_eq!(j.stats().torn_tail_bytes, garbage.len() as u64);
        assert_eq!(j.pin_failures("card-1").unwrap(), Some(1));

        j.append(&pin("card-1", 2)).unwrap();
        assert_eq!(j.stats().torn_tails_truncated, 1);
        assert_eq!(j.stats().torn_tail_bytes, 0);
        let text = std::fs::read_to_string(journal_path(tmp.path())).unwrap();
        assert!(text.ends_with('\n'));
        assert!(!text.contains("\"fail\n") && !text.contains("fail0"));
        assert_eq!(text.lines().count(), 3);

        let (records, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
        assert_eq!(
            records,
            vec![session_started(1), pin("card-1", 1), pin("card-1", 2)]
        );
        assert_eq!(stats.corrupt_lines, 0);
        assert_eq!(stats.torn_tail_bytes, 0);
        assert_eq!(
            Journal::open(tmp.path())
                .unwrap()
                .pin_failures("card-1")
                .unwrap(),
            Some(2)
        );
    }

    #[test]
    fn torn_tail_written_after_a_handle_opened_is_truncated_by_it() {
        let tmp = tempfile::tempdir().unwrap();
        let mut j = Journal::open(tmp.path()).unwrap();
        j.append(&session_started(1)).unwrap();
        append_raw(tmp.path(), b"deadbeef");
        assert_eq!(j.pin_failures("x").unwrap(), None);
        assert_eq!(j.stats().torn_tail_bytes, 8);
        let n = j.begin_issue(fields("sess-1")).unwrap();
        assert_eq!(n, IssueNumber(1));
        assert_eq!(j.stats().torn_tails_truncated, 1);
        let (records, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(
            stats,
            JournalStats {
                records: 2,
                ..Default::default()
            }
        );
    }

    #[test]
    fn corrupted_middle_line_is_skipped_and_counted() {
        let tmp = tempfile::tempdir().unwrap();
        {
            let mut j = Journal::open(tmp.path()).unwrap();
            j.append(&pin("card-1", 1)).unwrap();
            j.append(&pin("card-2", 1)).unwrap();
            j.append(&pin("card-3", 1)).unwrap();
        }
        let path = journal_path(tmp.path());
        let text = std::fs::read_to_string(&path).unwrap();
        // Same length, so only the checksum can tell.
        let text = text.replace("card-2", "card-X");
        std::fs::write(&path, text).unwrap();
        append_raw(tmp.path(), b"not a journal line\n");
        append_raw(tmp.path(), b"\n");

        let (records, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
        assert_eq!(records, vec![pin("card-1", 1), pin("card-3", 1)]);
        assert_eq!(stats.corrupt_lines, 3);

        let mut j = Journal::open(tmp.path()).unwrap();
        assert_eq!(j.stats().corrupt_lines, 3);
        assert_eq!(j.pin_failures("card-2").unwrap(), None);
        assert_eq!(j.pin_failures("card-X").unwrap(), None);
        j.append(&pin("card-4", 1)).unwrap();
        // Bad middle lines are left alone, never truncated or re-counted.
        assert_eq!(j.stats().corrupt_lines, 3);
        assert_eq!(j.stats().torn_tails_truncated, 0);
        let (records, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
        assert_eq!(records.len(), 3);
        assert_eq!(stats.corrupt_lines, 3);
    }

    #[test]
    fn good_checksum_but_unknown_record_is_skipped() {
        let tmp = tempfile::tempdir().unwrap();
        let mut j = Journal::open(tmp.path()).unwrap();
        let json = br#"{"type":"from_the_future","x":1}"#;
        let mut line = checksum(json).into_bytes();
        line.push(b' ');
        line.extend_from_slice(json);
        line.push(b'\n');
        append_raw(tmp.path(), &line);
        j.append(&pin("c", 1)).unwrap();
        assert_eq!(j.stats().unknown_records, 1);
        assert_eq!(j.stats().records, 1);
        assert_eq!(Journal::read_all(tmp.path()).unwrap(), vec![pin("c", 1)]);
    }

    #[test]
    fn two_handles_see_each_others_appends() {
        let tmp = tempfile::tempdir().unwrap();
        let mut a = Journal::open(tmp.path()).unwrap();
        let mut b = Journal::open(tmp.path()).unwrap();

        a.append(&pin("card-1", 1)).unwrap();
        assert_eq!(b.pin_failures("card-1").unwrap(), Some(1));

        b.append(&Record::Registration {
            person: "p".into(),
            municipality: "m".into(),
            applied_on: "2025-01-01".into(),
            ready_on: "2025-01-08".into(),
        })
        .unwrap();
        assert_eq!(
            a.registration("p", "m").unwrap().as_deref(),
            Some("2025-01-08")
        );

        assert_eq!(b.begin_issue(fields("s-b")).unwrap(), IssueNumber(1));
        assert_eq!(a.begin_issue(fields("s-a")).unwrap(), IssueNumber(2));
        let (start, finished) = a.issue(IssueNumber(1)).unwrap().unwrap();
        assert_eq!(start, fields("s-b").into_record(IssueNumber(1)));
        assert_eq!(finished, None);
        b.append(&done(IssueNumber(2))).unwrap();
        assert_eq!(
            a.issue(IssueNumber(2)).unwrap().unwrap().1,
            Some(done(IssueNumber(2)))
        );
        assert_eq!(a.issue(IssueNumber(3)).unwrap(), None);

        // Each handle folded every record exactly once: catch-up reads only new bytes.
        assert_eq!(a.stats().records, 5);
        assert_eq!(b.stats().records, 5);
        assert_eq!(Journal::read_all(tmp.path()).unwrap().len(), 5);
    }

    #[test]
    fn later_registration_wins() {
        let tmp = tempfile::tempdir().unwrap();
        let mut j = Journal::open(tmp.path()).unwrap();
        for ready in ["2025-01-08", "2025-02-08"] {
            j.append(&Record::Registration {
                person: "p".into(),
                municipality: "m".into(),
                applied_on: "2025-01-01".into(),
                ready_on: ready.into(),
            })
            .unwrap();
        }
        assert_eq!(
            j.registration("p", "m").unwrap().as_deref(),
            Some("2025-02-08")
        );
        assert_eq!(j.registration("q", "m").unwrap(), None);
    }

    #[test]
    fn eight_threads_allocate_contiguous_distinct_issue_numbers() {
        const THREADS: usize = 8;
        const PER_THREAD: usize = 250;
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        let barrier = Arc::new(Barrier::new(THREADS));
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let dir = dir.clone();
                let barrier = Arc::clone(&barrier);
                std::thread::spawn(move || {
                    let mut j = Journal::open(&dir).unwrap();
                    barrier.wait();
                    (0..PER_THREAD)
                        .map(|i| j.begin_issue(fields(&format!("t{t}-{i}"))).unwrap())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut all = Vec::new();
        for h in handles {
            let mine = h.join().unwrap();
            assert!(mine.windows(2).all(|w| w[0] < w[1]));
            all.extend(mine);
        }
        let distinct: BTreeSet<_> = all.iter().copied().collect();
        assert_eq!(all.len(), THREADS * PER_THREAD);
        assert_eq!(distinct.len(), THREADS * PER_THREAD);
        let expected: BTreeSet<_> = (1..=(THREADS * PER_THREAD) as u64)
            .map(IssueNumber)
            .collect();
        assert_eq!(distinct, expected);

        let (records, stats) = Journal::read_all_with_stats(&dir).unwrap();
        assert_eq!(records.len(), THREADS * PER_THREAD);
        assert_eq!(stats.corrupt_lines, 0);
        let in_file: Vec<_> = records.iter().filter_map(Record::issue_number).collect();
        assert_eq!(in_file, expected.into_iter().collect::<Vec<_>>());
    }

    #[test]
    fn pin_counter_last_record_wins_across_handles() {
        let tmp = tempfile::tempdir().unwrap();
        let mut a = Journal::open(tmp.path()).unwrap();
        let mut b = Journal::open(tmp.path()).unwrap();
        assert_eq!(a.pin_failures("card-1").unwrap(), None);
        a.record_pin("card-1", 1, "t1").unwrap();
        b.record_pin("card-1", 2, "t2").unwrap();
        assert_eq!(a.pin_failures("card-1").unwrap(), Some(2));
        a.record_pin("card-1", 3, "t3").unwrap();
        assert_eq!(b.pin_failures("card-1").unwrap(), Some(3));
        b.record_pin("card-1", 0, "t4").unwrap();
        assert_eq!(a.pin_failures("card-1").unwrap(), Some(0));
        assert_eq!(a.pin_failures("card-2").unwrap(), None);
        let mut fresh = Journal::open(tmp.path()).unwrap();
        assert_eq!(fresh.pin_failures("card-1").unwrap(), Some(0));
    }

    #[test]
    fn begin_issue_overwrites_nothing_and_append_guards_issue_records() {
        let tmp = tempfile::tempdir().unwrap();
        let mut j = Journal::open(tmp.path()).unwrap();
        assert_eq!(j.last_issue().unwrap(), None);
        let n = j.begin_issue(fields("s")).unwrap();
        assert_eq!(n, IssueNumber(1));
        assert!(matches!(
            j.append(&fields("s").into_record(n)),
            Err(StoreError::DuplicateIssue(IssueNumber(1)))
        ));
        assert!(matches!(
            j.append(&done(IssueNumber(7))),
            Err(StoreError::UnknownIssue(IssueNumber(7)))
        ));
        j.append(&done(n)).unwrap();
        assert!(matches!(
            j.append(&done(n)),
            Err(StoreError::IssueAlreadyDone(IssueNumber(1)))
        ));
        // An explicit start with a higher number moves the allocator past it.
        j.append(&fields("s").into_record(IssueNumber(41))).unwrap();
        assert_eq!(j.begin_issue(fields("s")).unwrap(), IssueNumber(42));
        assert_eq!(Journal::read_all(tmp.path()).unwrap().len(), 4);
    }

    #[test]
    fn journal_shrunk_behind_a_handle_is_an_error() {
        let tmp = tempfile::tempdir().unwrap();
        let mut j = Journal::open(tmp.path()).unwrap();
        j.append(&pin("c", 1)).unwrap();
        OpenOptions::new()
            .write(true)
            .open(journal_path(tmp.path()))
            .unwrap()
            .set_len(0)
            .unwrap();
        let err = j.pin_failures("c").unwrap_err();
        assert!(matches!(err, StoreError::Shrunk { found: 0, .. }), "{err}");
    }

    #[test]
    fn open_creates_the_folder_and_read_all_of_missing_folder_fails() {
        let tmp = tempfile::tempdir().unwrap();
        let nested = tmp.path().join("a").join("b");
        assert!(matches!(
            Journal::read_all(&nested),
            Err(StoreError::Io { .. })
        ));
        let j = Journal::open(&nested).unwrap();
        assert!(j.path().is_file());
        assert!(nested.join(LOCK_FILE).is_file());
        assert_eq!(Journal::read_all(&nested).unwrap(), vec![]);
    }

    #[test]
    fn read_all_works_on_a_copied_journal_without_lock_file() {
        let tmp = tempfile::tempdir().unwrap();
        Journal::open(tmp.path())
            .unwrap()
            .append(&pin("c", 1))
            .unwrap();
        let copy = tempfile::tempdir().unwrap();
        std::fs::copy(journal_path(tmp.path()), journal_path(copy.path())).unwrap();
        assert_eq!(Journal::read_all(copy.path()).unwrap(), vec![pin("c", 1)]);
    }

    /// Set in child processes spawned by the multi-process tests: the state folder.
    const CHILD_DIR: &str = "KOFU_JOURNAL_TEST_CHILD_DIR";
    /// Set in child processes: how many issues to begin before exiting.
    const CHILD_COUNT: &str = "KOFU_JOURNAL_TEST_CHILD_COUNT";

    /// Kills (SIGKILL on Unix) and reaps the children when dropped, even if the test panics.
    struct Children(Vec<std::process::Child>);

    impl Drop for Children {
        fn drop(&mut self) {
            for child in &mut self.0 {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }

    fn spawn_children(dir: &Path, n: usize, count: usize) -> Children {
        let exe = std::env::current_exe().unwrap();
        Children(
            (0..n)
                .map(|_| {
                    std::process::Command::new(&exe)
                        .args([
                            "--exact",
                            "store::journal::tests::child_process_appender",
                            "--test-threads=1",
                            "--quiet",
                        ])
                        .env(CHILD_DIR, dir)
                        .env(CHILD_COUNT, count.to_string())
                        .stdout(std::process::Stdio::null())
                        .spawn()
                        .unwrap()
                })
                .collect(),
        )
    }

    /// Not a test on its own: the body of the child processes of the multi-process tests.
    #[test]
    fn child_process_appender() {
        let Some(dir) = std::env::var_os(CHILD_DIR) else {
            return;
        };
        let count: usize = std::env::var(CHILD_COUNT).unwrap().parse().unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        let mut j = Journal::open(Path::new(&dir)).unwrap();
        let card = format!("card-{}", std::process::id());
        for i in 0..count {
            let n = j
                .begin_issue(fields(&format!("pid-{}", std::process::id())))
                .unwrap();
            j.record_pin(&card, (i % 250) as u8, "t").unwrap();
            j.append(&done(n)).unwrap();
            if std::time::Instant::now() > deadline {
                break;
            }
        }
    }

    fn assert_contiguous_issues(dir: &Path) -> u64 {
        let (records, stats) = Journal::read_all_with_stats(dir).unwrap();
        assert_eq!(stats.corrupt_lines, 0);
        assert_eq!(stats.unknown_records, 0);
        let started: Vec<u64> = records
            .iter()
            .filter_map(|r| match r {
                Record::IssueStarted { issue, .. } => Some(issue.0),
                _ => None,
            })
            .collect();
        let expected: Vec<u64> = (1..=started.len() as u64).collect();
        assert_eq!(started, expected);
        started.len() as u64
    }

    #[test]
    fn processes_allocate_contiguous_distinct_issue_numbers() {
        let tmp = tempfile::tempdir().unwrap();
        let mut children = spawn_children(tmp.path(), 4, 100);
        for child in &mut children.0 {
            assert!(child.wait().unwrap().success());
        }
        assert_eq!(assert_contiguous_issues(tmp.path()), 400);
        let mut j = Journal::open(tmp.path()).unwrap();
        assert_eq!(j.stats().records, 1200);
        assert!(j.issue(IssueNumber(400)).unwrap().unwrap().1.is_some());
        assert_eq!(j.begin_issue(fields("s")).unwrap(), IssueNumber(401));
    }

    #[test]
    fn processes_killed_mid_append_leave_a_valid_journal() {
        let tmp = tempfile::tempdir().unwrap();
        let children = spawn_children(tmp.path(), 4, 1_000_000);
        // Wait until they are busy appending, then SIGKILL them all.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while Journal::read_all(tmp.path()).map_or(0, |r| r.len()) < 200 {
            assert!(
                std::time::Instant::now() < deadline,
                "children never appended"
            );
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        drop(children);

        let before = assert_contiguous_issues(tmp.path());
        let mut j = Journal::open(tmp.path()).unwrap();
        assert_eq!(j.stats().corrupt_lines, 0);
        let n = j.begin_issue(fields("after")).unwrap();
        assert_eq!(n, IssueNumber(before + 1));
        let (_, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
        assert_eq!(stats.torn_tail_bytes, 0);
        assert_eq!(stats.corrupt_lines, 0);
        assert_eq!(assert_contiguous_issues(tmp.path()), before + 1);
    }

    #[test]
    fn issue_number_display_and_parse() {
        assert_eq!(IssueNumber(123).to_string(), "S000000123");
        assert_eq!(IssueNumber(1).to_string(), "S000000001");
        assert_eq!(IssueNumber(1_234_567_890).to_string(), "S1234567890");
        assert_eq!(IssueNumber::parse("S000000123"), Some(IssueNumber(123)));
        assert_eq!(
            IssueNumber::parse("S1234567890"),
            Some(IssueNumber(1_234_567_890))
        );
        for bad in [
            "",
            "S",
            "S12",
            "s000000123",
            "000000123",
            "S00000012a",
            "S+00000123",
            "S0000000123",
            " S000000123",
            "S000000123 ",
            "S99999999999999999999999",
        ] {
            assert_eq!(IssueNumber::parse(bad), None, "{bad:?}");
        }
        let json = serde_json::to_string(&IssueNumber(5)).unwrap();
        assert_eq!(json, "5");
    }

    proptest::proptest! {
        #[test]
        fn issue_number_round_trips(n in proptest::num::u64::ANY) {
            let shown = IssueNumber(n).to_string();
            proptest::prop_assert_eq!(IssueNumber::parse(&shown), Some(IssueNumber(n)));
        }

        #[test]
        fn checksum_catches_any_single_byte_change(
            card in "[a-z0-9-]{1,12}",
            failures in 0u8..10,
            pos in proptest::num::usize::ANY,
            flip in 1u8..=255,
        ) {
            let mut line = encode_line(&pin(&card, failures)).unwrap();
            line.pop();
            let i = pos % line.len();
            line[i] ^= flip;
            let corrupt = matches!(decode_line(&line), Line::Corrupt);
            proptest::prop_assert!(corrupt);
        }
    }
}
