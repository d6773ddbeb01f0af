//! The canonical form behind the digest: objects with references resolved (each referenced
//! object hashed once per walk), dictionaries with their keys sorted, streams by their decoded
//! bytes, content streams as operators and operands.

use std::borrow::Cow;

use lopdf::content::Content;
use lopdf::{Dictionary, Object, ObjectId, Stream};
use sha2::Digest;

use super::{Canon, MAX_DEPTH, MAX_STREAM_BYTES, ObjectDigest, STORAGE_KEYS, ops};

impl Canon<'_> {
    /// Any object, references resolved.
    pub(super) fn object(&mut self, obj: &Object, depth: u32) {
        if depth > MAX_DEPTH {
            self.problems.push("objects are nested too deeply".into());
            return;
        }
        match obj {
            Object::Null => self.bytes(b'n', &[]),
            Object::Boolean(b) => self.bytes(b'b', &[u8::from(*b)]),
            Object::Integer(i) => self.bytes(b'i', &i.to_le_bytes()),
            Object::Real(r) => self.bytes(b'r', &r.to_le_bytes()),
            Object::Name(name) => self.bytes(b'/', name),
            Object::String(s, _) => self.bytes(b's', s),
            Object::Array(items) => {
                self.bytes(b'[', &(items.len() as u64).to_le_bytes());
                for item in items {
                    self.object(item, depth + 1);
                }
            }
            Object::Dictionary(dict) => self.dict(dict, &[], depth),
            Object::Stream(stream) => self.stream(stream, depth),
            Object::Reference(id) => self.reference(*id, depth),
        }
    }

    /// A referenced object, by the digest of what it resolves to.
    pub(super) fn reference(&mut self, id: ObjectId, depth: u32) {
        if self.path.contains(&id) {
            self.cycle = true;
            self.bytes(b'@', &[]);
            return;
        }
        if let Some(digest) = self.memo.get(&id).copied() {
            self.bytes(b'&', &digest);
            return;
        }
        let Ok(target) = self.doc.get_object(id) else {
            self.bytes(b'?', &[]);
            return;
        };
        let outer = std::mem::take(&mut self.hash);
        let outer_cycle = std::mem::replace(&mut self.cycle, false);
        self.path.push(id);
        self.object(target, depth + 1);
        self.path.pop();
        let digest: ObjectDigest = std::mem::replace(&mut self.hash, outer).finalize().into();
        if !self.cycle {
            self.memo.insert(id, digest);
        }
        self.cycle |= outer_cycle;
        self.bytes(b'&', &digest);
    }

    /// A content stream as its operators and operands: the same drawing gives the same digest
    /// whatever the whitespace, the string spelling (literal or hex) or the compression.
    pub(super) fn content(&mut self, tag: u8, bytes: &[u8], depth: u32) -> Result<(), String> {
        if let Some(quick) = self.quick.then(|| ops::operations(bytes)).flatten() {
            self.bytes(tag, &(quick.len() as u64).to_le_bytes());
            for (operator, operands) in &quick {
                self.bytes(b'o', operator);
                self.bytes(b'#', &(operands.len() as u64).to_le_bytes());
                for operand in operands {
                    self.operand(operand);
                }
            }
            return Ok(());
        }
        let content = Content::decode_strict(bytes)
            .map_err(|e| format!("not a readable content stream ({e})"))?;
        self.bytes(tag, &(content.operations.len() as u64).to_le_bytes());
        for op in &content.operations {
            self.bytes(b'o', op.operator.as_bytes());
            self.bytes(b'#', &(op.operands.len() as u64).to_le_bytes());
            for operand in &op.operands {
                self.object(operand, depth + 1);
            }
        }
        Ok(())
    }

    /// An operand read by [`ops`], hashed as [`Canon::object`] hashes lopdf's reading of it.
    fn operand(&mut self, operand: &ops::Operand<'_>) {
        match operand {
            ops::Operand::Int(i) => self.bytes(b'i', &i.to_le_bytes()),
            ops::Operand::Real(r) => self.bytes(b'r', &r.to_le_bytes()),
            ops::Operand::Name(n) => self.bytes(b'/', n),
            ops::Operand::Str(s) => self.bytes(b's', s),
            ops::Operand::Array(items) => {
                self.bytes(b'[', &(items.len() as u64).to_le_bytes());
                for item in items {
                    self.operand(item);
                }
            }
        }
    }

    /// A dictionary, keys sorted, `skip` left out.
    fn dict(&mut self, dict: &Dictionary, skip: &[&[u8]], depth: u32) {
        let mut entries: Vec<(&Vec<u8>, &Object)> = dict
            .iter()
            .filter(|(k, _)| !skip.contains(&k.as_slice()))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        self.bytes(b'<', &(entries.len() as u64).to_le_bytes());
        for (key, value) in entries {
            self.bytes(b'k', key);
            self.object(value, depth + 1);
        }
    }

    /// A stream: its dictionary without the storage entries, and its decoded bytes (a form
    /// XObject's as canonical content).
    fn stream(&mut self, stream: &Stream, depth: u32) {
        self.dict(&stream.dict, STORAGE_KEYS, depth);
        let bytes = match decoded(stream) {
            Ok(bytes) => bytes,
            Err(e) => {
                self.problems
                    .push(format!("a stream cannot be decoded: {e}"));
                return;
            }
        };
        let is_form = stream
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"Form");
        if is_form {
            if let Err(e) = self.content(b'F', &bytes, depth) {
                self.problems.push(format!("a form XObject: {e}"));
            }
        } else {
            self.bytes(b'D', &bytes);
        }
    }
}

/// A number object as `f32`.
pub(super) fn number(obj: &Object) -> Result<f32, lopdf::Error> {
    match obj {
        Object::Integer(i) => Ok(*i as f32),
        other => other.as_float(),
    }
}

/// A stream's bytes with its filters undone (bounded; borrowed when it has none).
pub(super) fn decoded(stream: &Stream) -> Result<Cow<'_, [u8]>, String> {
    if stream.dict.get(b"Filter").is_err() {
        return Ok(Cow::Borrowed(&stream.content));
    }
    stream
        .decompressed_content_with_limit(MAX_STREAM_BYTES)
        .map(Cow::Owned)
        .map_err(|e| e.to_string())
}
