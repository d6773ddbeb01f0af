//! What a PDF page draws, as a digest: the page boxes, the decoded content stream (parsed into
//! operators and written back, so whitespace and compression do not count) and every resource
//! it uses, resolved through references and inheritance (fonts, images and form XObjects by
//! their decoded bytes). Anything that changes what the page shows changes the digest — text
//! painted over, made invisible or swapped, a mark made transparent, a crop box — while a
//! lossless re-save by qpdf (object numbers, object streams, compression, QDF normalization,
//! linearization) does not.
//!
//! Besides the digest, the structure is checked: a page, page-tree node or catalog with an entry
//! kofu never writes (annotations, forms, actions, optional content, JavaScript, embedded files)
//! is a problem, since a viewer would show or run something the digest does not cover.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object, ObjectId};
use sha2::{Digest, Sha256};

/// Entries a page may have: what kofu writes, and what a re-save may make explicit.
const PAGE_KEYS: &[&[u8]] = &[
    b"Type",
    b"Parent",
    b"MediaBox",
    b"CropBox",
    b"BleedBox",
    b"TrimBox",
    b"ArtBox",
    b"Rotate",
    b"Resources",
    b"Contents",
    b"Group",
    b"UserUnit",
];

/// Entries a page-tree node may have.
const TREE_KEYS: &[&[u8]] = &[
    b"Type",
    b"Kids",
    b"Count",
    b"Parent",
    b"Resources",
    b"MediaBox",
    b"CropBox",
    b"Rotate",
];

/// Entries the document catalog may have.
const CATALOG_KEYS: &[&[u8]] = &[b"Type", b"Pages", b"Lang", b"Version"];

/// Stream entries that say how the bytes are stored, not what they are.
const STORAGE_KEYS: &[&[u8]] = &[b"Length", b"Filter", b"DecodeParms", b"DL"];

/// How deep references and the page tree are followed before the file counts as malformed.
const MAX_DEPTH: u32 = 64;

mod canon;
use canon::{decoded, number};
mod lexer;
mod ops;
mod strict;
mod tree;

/// What in the file's bytes is not as kofu (or a lossless qpdf re-save) writes them, read the
/// way a viewer reads them ([`strict`]): an incremental update, a shadow `startxref`, bytes
/// after `%%EOF`, an object defined twice, a key twice in a dictionary. `doc` is lopdf's reading
/// of `bytes`.
pub fn structure(bytes: &[u8], doc: &Document) -> Vec<String> {
    strict::problems(bytes, doc)
}

/// Decoded bytes one stream may have (a font subset or a page is far smaller).
const MAX_STREAM_BYTES: usize = 64 << 20;

/// What a document draws, page by page, and what in its structure kofu never writes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawing {
    /// One digest per page, in page order (32 hex digits).
    pub pages: Vec<String>,
    /// Everything that is not as kofu writes it.
    pub problems: Vec<String>,
}

/// The drawing of a document.
pub fn drawing(doc: &Document) -> Drawing {
    drawing_with(doc, &HashMap::new(), false)
}

/// A referenced object's digest, as [`drawing`] folds it into every page that uses it.
pub type ObjectDigest = [u8; 32];

/// The drawing of a document the renderer has just written, as values ([`crate::pdf::Mirror`]):
/// a reference to one of the objects `known` (digested before, [`object_digests`]: the
/// constant art, once per renderer) counts its digest without reading it, and content streams
/// in the writer's plain syntax are read by [`ops`] rather than lopdf's general parser. The
/// digests equal [`drawing`]'s of the file (tests/verify_written.rs).
pub fn drawing_written(doc: &Document, known: &HashMap<ObjectId, ObjectDigest>) -> Drawing {
    drawing_with(doc, known, true)
}

/// [`drawing`], or [`drawing_written`] when `quick`.
fn drawing_with(doc: &Document, known: &HashMap<ObjectId, ObjectDigest>, quick: bool) -> Drawing {
    let mut problems = Vec::new();
    if doc.trailer.get(b"Encrypt").is_ok() {
        problems.push("the file is encrypted, which kofu never does".to_string());
    }
    match doc.catalog() {
        Ok(catalog) => extra_keys(catalog, CATALOG_KEYS, "the document catalog", &mut problems),
        Err(e) => problems.push(format!("the document has no catalog: {e}")),
    }
    let mut pages = Vec::new();
    let mut canon = Canon {
        doc,
        hash: Sha256::new(),
        problems: Vec::new(),
        path: Vec::new(),
        memo: known.clone(),
        cycle: false,
        quick,
    };
    let (tree, mut tree_problems) = tree::pages(doc);
    problems.append(&mut tree_problems);
    if !tree.iter().map(|p| p.id).eq(doc.get_pages().into_values()) {
        problems.push("the page tree lists other pages than the reader's page list".into());
    }
    for (n, page) in (1..).zip(&tree) {
        canon.page(n, page);
        let digest = std::mem::take(&mut canon.hash).finalize();
        pages.push(digest.iter().take(16).map(|b| format!("{b:02x}")).collect());
    }
    problems.append(&mut canon.problems);
    Drawing { pages, problems }
}

/// The digests of objects `ids` of `doc` (None for one that refers back to itself).
pub fn object_digests(doc: &Document, ids: &[ObjectId]) -> Vec<Option<ObjectDigest>> {
    let mut canon = Canon {
        doc,
        hash: Sha256::new(),
        problems: Vec::new(),
        path: Vec::new(),
        memo: HashMap::new(),
        cycle: false,
        quick: false,
    };
    ids.iter()
        .map(|id| {
            canon.reference(*id, 0);
            canon.memo.get(id).copied()
        })
        .collect()
}

/// The drawing of the PDF in `bytes`, or why it is not a readable PDF.
pub fn drawing_of(bytes: &[u8]) -> Result<Drawing, String> {
    Document::load_mem(bytes)
        .map(|doc| drawing(&doc))
        .map_err(|e| e.to_string())
}

/// Notes every entry of `dict` not in `allowed`.
fn extra_keys(dict: &Dictionary, allowed: &[&[u8]], what: &str, problems: &mut Vec<String>) {
    for (key, _) in dict.iter() {
        if !allowed.contains(&key.as_slice()) {
            problems.push(format!(
                "{what} has /{}, which kofu never writes",
                String::from_utf8_lossy(key)
            ));
        }
    }
}

/// Feeds a canonical form of objects into a hash.
struct Canon<'a> {
    /// The document the references point into.
    doc: &'a Document,
    /// The digest being built.
    hash: Sha256,
    /// What did not check out.
    problems: Vec<String>,
    /// Objects being resolved (a reference back to one of them is a cycle).
    path: Vec<ObjectId>,
    /// Digest of each referenced object already seen (pages share their font and art, which
    /// are hashed once).
    memo: HashMap<ObjectId, ObjectDigest>,
    /// Whether a reference back into [`Canon::path`] was met (such a digest depends on where
    /// the walk entered, so it is not remembered).
    cycle: bool,
    /// Whether content streams are first tried with [`ops`] (the renderer's own output only).
    quick: bool,
}

impl<'a> Canon<'a> {
    fn bytes(&mut self, tag: u8, bytes: &[u8]) {
        self.hash.update([tag]);
        self.hash.update((bytes.len() as u64).to_le_bytes());
        self.hash.update(bytes);
    }

    /// A page: its boxes, rotation, group, resources and content, inherited along the tree.
    fn page(&mut self, n: u32, at: &tree::Page) {
        let (doc, id) = (self.doc, at.id);
        let Ok(page) = doc.get_dictionary(id) else {
            self.problems.push(format!("page {n} is not a dictionary"));
            return;
        };
        extra_keys(page, PAGE_KEYS, &format!("page {n}"), &mut self.problems);
        for node in at
            .ancestors
            .iter()
            .filter_map(|a| doc.get_dictionary(*a).ok())
        {
            let what = format!("the page tree above page {n}");
            extra_keys(node, TREE_KEYS, &what, &mut self.problems);
        }
        let inherited = |key: &[u8]| tree::inherited(doc, page, &at.ancestors, key);
        let media = inherited(b"MediaBox");
        let crop = inherited(b"CropBox").or(media);
        self.rect(b"MediaBox", media);
        self.rect(b"CropBox", crop);
        for key in [b"BleedBox".as_slice(), b"TrimBox", b"ArtBox"] {
            self.rect(key, page.get(key).ok().or(crop));
        }
        let rotate = inherited(b"Rotate")
            .and_then(|o| o.as_i64().ok())
            .unwrap_or(0)
            .rem_euclid(360);
        self.bytes(b'R', &rotate.to_le_bytes());
        let unit = page
            .get(b"UserUnit")
            .ok()
            .and_then(|o| number(o).ok())
            .unwrap_or(1.0);
        self.bytes(b'U', &unit.to_le_bytes());
        self.hash.update(b"Group");
        match page.get(b"Group") {
            Ok(group) => self.object(group, 0),
            Err(_) => self.bytes(b'n', &[]),
        }
        self.hash.update(b"Resources");
        match inherited(b"Resources") {
            Some(res) => self.object(res, 0),
            None => self.bytes(b'n', &[]),
        }
        let mut content = Vec::new();
        for stream_id in doc.get_page_contents(id) {
            match doc.get_object(stream_id).and_then(Object::as_stream) {
                Ok(stream) => match decoded(stream) {
                    Ok(bytes) => {
                        content.extend_from_slice(&bytes);
                        content.push(b'\n');
                    }
                    Err(e) => self
                        .problems
                        .push(format!("page {n}: a content stream: {e}")),
                },
                Err(_) => self
                    .problems
                    .push(format!("page {n}: a content stream is missing")),
            }
        }
        if let Err(e) = self.content(b'C', &content, 0) {
            self.problems.push(format!("page {n}: the content: {e}"));
        }
    }

    /// A page box as four numbers (integers and reals alike), normalized to (low, high).
    fn rect(&mut self, key: &[u8], value: Option<&Object>) {
        self.hash.update(key);
        let numbers: Option<Vec<f32>> = value
            .and_then(|v| self.doc.dereference(v).ok())
            .and_then(|(_, v)| v.as_array().ok())
            .and_then(|a| a.iter().map(|o| number(o).ok()).collect());
        match numbers.as_deref() {
            Some(&[x0, y0, x1, y1]) => {
                for v in [x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1)] {
                    self.hash.update(v.to_le_bytes());
                }
            }
            _ => self.problems.push(format!(
                "a page has no readable /{}",
                String::from_utf8_lossy(key)
            )),
        }
    }
}
