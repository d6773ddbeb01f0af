//! The JSON-lines journal earlier versions of kofu kept in the state folder
//! (`journal.jsonl`): read once, when that folder gets its database, and never written again.
//!
//! Each line is `<16 lowercase hex> <compact JSON of a Record>\n`, the hex being the first
//! 8 bytes of the SHA-256 of the JSON bytes. A last line without its newline is a torn write
//! of a killed kiosk and is left out; any other line that does not check out stops the import
//! ([`StoreError::Damaged`]), since carrying on would import an older PIN count.

use std::io::{self, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::domain::record::{Record, StoreError};

/// File name of the legacy journal inside the state folder.
pub const JOURNAL_FILE: &str = "journal.jsonl";

/// What the legacy journal's lines are renamed to once imported.
pub const IMPORTED_FILE: &str = "journal.jsonl.imported";

/// Lowercase hex of the first 8 bytes of the SHA-256 of `bytes`.
pub(crate) fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Decodes one line (without its newline), or `None` when it does not check out.
fn decode_line(line: &[u8]) -> Option<Record> {
    let (sum, rest) = line.split_at_checked(16)?;
    let (b' ', json) = rest.split_first()? else {
        return None;
    };
    if sum != short_hash(json).as_bytes() {
        return None;
    }
    serde_json::from_slice(json).ok()
}

/// Every record of the journal at `path`, in order. A torn last line is left out; a damaged
/// or unknown line is an error naming its byte offset.
pub fn read(path: &Path) -> Result<Vec<Record>, StoreError> {
    let io_err = |source: io::Error| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(io_err)?
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    let mut records = Vec::new();
    let mut offset = 0usize;
    let mut rest = bytes.as_slice();
    while let Some(end) = rest.iter().position(|&b| b == b'\n') {
        let (line, after) = rest.split_at(end);
        let Some(rec) = decode_line(line) else {
            return Err(StoreError::Damaged {
                path: path.to_path_buf(),
                offset: u64::try_from(offset).unwrap_or(u64::MAX),
            });
        };
        records.push(rec);
        offset += end + 1;
        rest = after.get(1..).unwrap_or_default();
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn line(rec: &Record) -> String {
        let json = serde_json::to_string(rec).unwrap();
        format!("{} {json}\n", short_hash(json.as_bytes()))
    }

    fn pin(failures: u8) -> Record {
        Record::Pin {
            card: "c".into(),
            failures,
            at: "t".into(),
        }
    }

    #[test]
    fn reads_good_lines_and_leaves_out_a_torn_tail() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        let text = format!("{}{}{{\"torn", line(&pin(1)), line(&pin(2)));
        std::fs::write(&path, text).unwrap();
        assert_eq!(read(&path).unwrap(), vec![pin(1), pin(2)]);
    }

    #[test]
    fn a_damaged_complete_line_stops_the_import() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(JOURNAL_FILE);
        let first = line(&pin(1));
        let second = line(&pin(2)).replace("\"failures\":2", "\"failures\":0");
        std::fs::write(&path, format!("{first}{second}")).unwrap();
        let err = read(&path).unwrap_err();
        assert!(
            matches!(err, StoreError::Damaged { offset, .. } if offset == first.len() as u64),
            "{err}"
        );
    }
}
