//! The objects of a file being written, kept as values beside the bytes ([`Mirror`]), so that
//! what a page draws can be digested without reading the finished file back: the same
//! entries, numbers and stream bytes (before compression) that `pdf-writer` writes, which is
//! what a reader parses back. `tests/verify_written.rs` holds the two to each other: the
//! digest of the mirror equals the digest `verify` computes from the file, for every bundled
//! scenario's documents and generated ones.

use lopdf::{Dictionary, Object, ObjectId, Stream};
use pdf_writer::Ref;

/// The objects a document wrote, as values (streams with their bytes before compression and
/// without the entries that say how they are stored).
#[derive(Debug, Default)]
pub struct Mirror {
    /// The objects, with the catalog as `/Root` of the trailer.
    pub doc: lopdf::Document,
}

impl Mirror {
    /// Keeps object `id`.
    pub fn set(&mut self, id: Ref, object: impl Into<Object>) {
        self.doc.objects.insert(object_id(id), object.into());
    }
}

/// The reader's id of a writer's reference.
pub fn object_id(r: Ref) -> ObjectId {
    (u32::try_from(r.get()).unwrap_or(0), 0)
}

/// A reference as a value.
pub fn reference(r: Ref) -> Object {
    Object::Reference(object_id(r))
}

/// A number as `pdf-writer` writes it and a reader reads it back: an integer when the value is
/// one (`1000`), else a real (shortest form, which parses back to the same `f32`).
pub fn number(v: f32) -> Object {
    if v as i32 as f32 == v {
        Object::Integer(i64::from(v as i32))
    } else {
        Object::Real(v)
    }
}

/// A rectangle as four numbers.
pub fn rect(r: [f32; 4]) -> Object {
    Object::Array(r.into_iter().map(number).collect())
}

/// A name.
pub fn name(n: &[u8]) -> Object {
    Object::Name(n.to_vec())
}

/// A dictionary from its entries.
pub fn dict<const N: usize>(entries: [(&str, Object); N]) -> Dictionary {
    let mut d = Dictionary::new();
    for (k, v) in entries {
        d.set(k, v);
    }
    d
}

/// A stream: its dictionary (without `/Length` and `/Filter`) and its bytes uncompressed.
pub fn stream(dict: Dictionary, bytes: Vec<u8>) -> Object {
    let mut s = Stream::new(dict, bytes);
    s.dict.remove(b"Length");
    Object::Stream(s)
}
