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
//! the lock, before it appends. A complete line that fails its checksum or framing is damage:
//! a handle refuses to go on ([`StoreError::Damaged`]) rather than fold an older or different
//! value; [`Journal::read_all_with_stats`], a reader for tools, skips and counts such lines in
//! [`JournalStats::corrupt_lines`].
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

/// Reads `file` from `offset` to its end, calling `on_line` for every complete line with its
/// byte offset from `offset`. The caller must hold at least the shared lock.
fn scan(
    file: &File,
    path: &Path,
    offset: u64,
    mut on_line: impl FnMut(u64, Line),
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
                on_line(consumed, decode_line(body));
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
            let mut damaged: Option<u64> = None;
            let start = self.offset;
            let end = scan(&self.file, &self.path, self.offset, |at, line| {
                if damaged.is_some() {
                    return;
                }
                if matches!(line, Line::Corrupt) {
                    damaged = Some(start + at);
                    return;
                }
                if let Some(rec) = stats.count(line) {
                    state.fold(rec);
                }
            })?;
            if let Some(offset) = damaged {
                return Err(StoreError::Damaged {
                    path: self.path.clone(),
                    offset,
                });
            }
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
        let end = scan(&file, &path, 0, |_, line| {
            if let Some(rec) = stats.count(line) {
                records.push(rec);
            }
        })?;
        stats.torn_tail_bytes = end.tail;
        Ok((records, stats))
    }
}

mod pins;
#[cfg(test)]
mod tests;
