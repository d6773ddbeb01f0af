//! The seal: a 64-byte file beside the database that remembers the generation of the last
//! decision (a PIN count, an issue number) and the database's id. SQLite drops WAL frames whose
//! checksum fails, which is right for a torn write but would hand back an older PIN count after
//! a flipped bit; a database older than its seal is therefore damage.
//!
//! Two slots of 32 bytes (generation `g` goes to slot `g % 2`): 8 bytes generation
//! (little-endian), 16 bytes database id, 8 bytes of the SHA-256 of the first 24. A write tears
//! at most one slot, and the other still holds the previous generation. The seal is written
//! after the commit that it records, so it is never ahead of a database that is intact; writes
//! from several kiosks may land out of order, which only makes it lag.

use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::domain::record::StoreError;

/// Bytes of one slot.
const SLOT: usize = 32;

/// An open seal file.
#[derive(Debug)]
pub(super) struct Seal {
    /// The file's path.
    path: PathBuf,
    /// Open for reading and writing.
    file: File,
}

/// What a valid slot says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Sealed {
    /// Generation of the database at the last decision.
    pub generation: u64,
    /// The database's id.
    pub id: [u8; 16],
}

/// The 32 bytes of a slot.
fn encode(sealed: Sealed) -> [u8; SLOT] {
    let mut slot = [0u8; SLOT];
    slot[..8].copy_from_slice(&sealed.generation.to_le_bytes());
    slot[8..24].copy_from_slice(&sealed.id);
    let digest = Sha256::digest(&slot[..24]);
    slot[24..].copy_from_slice(&digest[..8]);
    slot
}

/// A slot's contents, if its checksum holds.
fn decode(slot: &[u8]) -> Option<Sealed> {
    let (body, sum) = slot.split_at_checked(24)?;
    if sum.get(..8)? != &Sha256::digest(body)[..8] {
        return None;
    }
    let generation = u64::from_le_bytes(body.get(..8)?.try_into().ok()?);
    let id = body.get(8..24)?.try_into().ok()?;
    Some(Sealed { generation, id })
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl Seal {
    /// Writes a new seal at generation 0 for database `id` (both slots) and syncs it. The
    /// caller holds the folder's creation lock.
    pub fn create(path: &Path, id: [u8; 16]) -> Result<(), StoreError> {
        let slot = encode(Sealed { generation: 0, id });
        let mut bytes = slot.to_vec();
        bytes.extend_from_slice(&slot);
        let file = super::files::create_exclusive(path)?;
        file.write_all_at(&bytes, 0).map_err(io_err(path))?;
        file.sync_all().map_err(io_err(path))
    }

    /// Opens the seal of an existing database, never through a link; a missing seal is
    /// damage. `write` false opens it read-only (for `verify`).
    pub fn open(path: &Path, write: bool) -> Result<Self, StoreError> {
        match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => return Err(super::files::link_refused(path)),
            Ok(m) if m.is_file() => {}
            Ok(_) => return Err(damaged(path, "the seal is not a regular file")),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(damaged(path, "the seal file is missing"));
            }
            Err(source) => {
                return Err(StoreError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        }
        let file = super::files::open_nofollow(path, write)?;
        Ok(Self {
            path: path.to_path_buf(),
            file,
        })
    }

    /// The newest valid slot, or `None` when both fail their checksum.
    pub fn read(&self) -> Result<Option<Sealed>, StoreError> {
        let mut bytes = [0u8; 2 * SLOT];
        let mut filled = 0;
        while filled < bytes.len() {
            let Some(rest) = bytes.get_mut(filled..) else {
                break;
            };
            let n = self
                .file
                .read_at(rest, filled as u64)
                .map_err(io_err(&self.path))?;
            if n == 0 {
                break;
            }
            filled += n;
        }
        let newest = (0..2)
            .filter_map(|i| {
                bytes
                    .get(i * SLOT..(i + 1) * SLOT)
                    .filter(|_| (i + 1) * SLOT <= filled)
            })
            .filter_map(decode)
            .max_by_key(|s| s.generation);
        Ok(newest)
    }

    /// Records that the database reached `generation` (a write to the page cache; see the
    /// module's note on why it needs no sync of its own).
    pub fn write(&self, sealed: Sealed) -> Result<(), StoreError> {
        let at = (sealed.generation % 2) * SLOT as u64;
        self.file
            .write_all_at(&encode(sealed), at)
            .map_err(io_err(&self.path))
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// A damage error on `path`.
pub(super) fn damaged(path: &Path, what: &str) -> StoreError {
    StoreError::StateDamaged {
        path: path.to_path_buf(),
        what: what.to_string(),
    }
}

/// Reads the newest valid slot of the seal at `path`, if the file exists.
pub(super) fn peek(path: &Path) -> Result<Option<Sealed>, StoreError> {
    match Seal::open(path, false) {
        Ok(seal) => seal.read(),
        Err(StoreError::StateDamaged { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_newest_valid_slot_wins_and_a_torn_slot_leaves_the_other() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("seal");
        let id = [7u8; 16];
        Seal::create(&path, id).unwrap();
        let seal = Seal::open(&path, true).unwrap();
        assert_eq!(seal.read().unwrap(), Some(Sealed { generation: 0, id }));
        seal.write(Sealed { generation: 5, id }).unwrap();
        seal.write(Sealed { generation: 6, id }).unwrap();
        assert_eq!(seal.read().unwrap().unwrap().generation, 6);
        // Tear slot 0 (generation 6): slot 1 still says 5.
        seal.file.write_all_at(&[0xff; 3], 2).unwrap();
        assert_eq!(seal.read().unwrap().unwrap().generation, 5);
        seal.file.write_all_at(&[0xff; 3], 34).unwrap();
        assert_eq!(seal.read().unwrap(), None);
    }
}
