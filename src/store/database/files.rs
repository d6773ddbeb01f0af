//! The state folder's own files (database, seal, lock) are made and opened without following
//! links: a symbolic link planted under one of those names (in a new folder, or in place of a
//! file) is refused with an error naming it, never followed to overwrite what it points at.
//! New files are created exclusively (`O_CREAT | O_EXCL`, which never follows a link), existing
//! ones opened with `O_NOFOLLOW`. Temporaries a killed run left (`.kofu.db.*`, a database being
//! built aside) are removed under the folder's creation lock, where no other run builds one.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use crate::domain::record::StoreError;

/// The prefix of a database being built aside (see `create`).
pub(super) const BUILD_PREFIX: &str = ".kofu.db.";

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The error for a link found at one of the state folder's names.
pub(super) fn link_refused(path: &Path) -> StoreError {
    StoreError::StateDamaged {
        path: path.to_path_buf(),
        what: "it is a symbolic link, and kofu does not follow links in its state folder".into(),
    }
}

/// Maps the error of an `O_NOFOLLOW` open: `ELOOP` means the name is a link.
fn open_error(path: &Path, e: io::Error) -> StoreError {
    if e.raw_os_error() == Some(libc::ELOOP) {
        link_refused(path)
    } else {
        StoreError::Io {
            path: path.to_path_buf(),
            source: e,
        }
    }
}

/// Creates `path` for reading and writing; it must not exist (a link there is refused too).
pub(super) fn create_exclusive(path: &Path) -> Result<File, StoreError> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .map_err(|e| {
            if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
                link_refused(path)
            } else {
                io_err(path)(e)
            }
        })
}

/// Opens an existing `path` without following a link (read-only unless `write`).
pub(super) fn open_nofollow(path: &Path, write: bool) -> Result<File, StoreError> {
    OpenOptions::new()
        .read(true)
        .write(write)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .map_err(|e| open_error(path, e))
}

/// Opens the lock file, creating it exclusively when it is not there yet.
pub(super) fn open_lock(path: &Path) -> Result<File, StoreError> {
    match create_exclusive(path) {
        Ok(file) => Ok(file),
        Err(StoreError::Io { source, .. }) if source.kind() == io::ErrorKind::AlreadyExists => {
            open_nofollow(path, true)
        }
        Err(e) => Err(e),
    }
}

/// Fails when `path` is a symbolic link (a missing file is fine).
pub(super) fn refuse_link(path: &Path) -> Result<(), StoreError> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(link_refused(path)),
        _ => Ok(()),
    }
}

/// Removes the databases a killed run left half-built in `dir` (regular files named
/// `.kofu.db.*`). The caller holds the creation lock, so none of them is being built now.
pub(super) fn sweep_builds(dir: &Path) -> Result<usize, StoreError> {
    let mut removed = 0;
    for entry in std::fs::read_dir(dir).map_err(io_err(dir))? {
        let entry = entry.map_err(io_err(dir))?;
        let name = entry.file_name();
        let is_build = name.to_str().is_some_and(|n| n.starts_with(BUILD_PREFIX));
        let regular = entry.file_type().is_ok_and(|t| t.is_file());
        if is_build && regular {
            let path = entry.path();
            std::fs::remove_file(&path).map_err(io_err(&path))?;
            removed += 1;
        }
    }
    Ok(removed)
}
