//! Every file the program writes goes through [`write_file`]: a uniquely named temporary file
//! created exclusively in the target folder (never following a planted link), written, synced,
//! then renamed over the target — a reader never sees half a file, and a crash leaves either
//! the old file or the new one. The temporary (`.kofu-*.part`) is locked while it is written;
//! the first write of a process into a folder removes the ones a killed run left there (no
//! process holds their lock), so they never pile up and are never taken for output.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

/// Folders this process has swept of leftover temporaries already.
static SWEPT: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());

/// A temporary changed this recently may be one a writer has created and not locked yet.
const SETTLED: Duration = Duration::from_secs(2);

/// A file could not be written; the path says which.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct WriteError {
    /// The file that was being written.
    pub path: PathBuf,
    /// The OS error.
    #[source]
    pub source: std::io::Error,
}

/// Writes `bytes` to `path` crash-safely.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    stage_file(path, bytes)?.publish()
}

/// A file written and synced under its temporary name, not yet in place: what the kiosk
/// prints is put in place only once the state has recorded it, so a run killed in between
/// leaves no document the state does not know (the temporary is swept at the next start).
#[derive(Debug)]
pub struct Staged {
    /// The locked, synced temporary.
    tmp: tempfile::NamedTempFile,
    /// Where it goes.
    path: PathBuf,
}

impl Staged {
    /// Where the file will be once published.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the temporary over its target.
    pub fn publish(self) -> Result<(), WriteError> {
        let path = self.path;
        self.tmp.persist(&path).map_err(|e| WriteError {
            path: path.clone(),
            source: e.error,
        })?;
        Ok(())
    }
}

/// Writes `bytes` beside `path` under a temporary name, synced; [`Staged::publish`] puts it in
/// place. Dropped unpublished, the temporary is removed.
pub fn stage_file(path: &Path, bytes: &[u8]) -> Result<Staged, WriteError> {
    let err = |source| WriteError {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let first = SWEPT
        .lock()
        .map(|mut swept| swept.insert(dir.to_path_buf()))
        .unwrap_or(false);
    if first {
        // Best effort: a leftover that cannot be removed is no reason to refuse the output.
        let _ = sweep_leftovers(dir);
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".kofu-")
        .suffix(".part")
        .tempfile_in(dir)
        .map_err(err)?;
    tmp.as_file().lock().map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.as_file().sync_data().map_err(err)?;
    Ok(Staged {
        tmp,
        path: path.to_path_buf(),
    })
}

/// Removes the temporaries (`.kofu-*.part`, regular files) a killed run left in `dir`: those
/// whose lock no process holds and that have not changed for two seconds. Returns how many.
pub fn sweep_leftovers(dir: &Path) -> std::io::Result<usize> {
    let mut removed = 0;
    let now = SystemTime::now();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let is_part = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(".kofu-") && n.ends_with(".part"));
        let meta = entry.metadata()?;
        let settled = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age >= SETTLED);
        if !is_part || !meta.file_type().is_file() || !settled {
            continue;
        }
        let file = std::fs::File::open(entry.path())?;
        if file.try_lock().is_ok() {
            std::fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}
