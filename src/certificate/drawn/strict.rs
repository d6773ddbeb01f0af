//! The file read the way a viewer reads it, strictly: a small tokenizer over the raw bytes that
//! sees what a PDF library may smooth over. lopdf keeps the last of two equal keys and takes the
//! `startxref` before the last `%%EOF`; Ghostscript draws the first key, poppler follows the
//! last `startxref`. So a file is accepted only with the structure kofu (or a qpdf re-save)
//! writes: one body, one cross-reference section (a table or a stream) that the one `startxref`
//! points at, one `%%EOF` with nothing after it, each object defined once where the
//! cross-reference says, and no dictionary with a key twice (object streams included).

use std::collections::{HashMap, HashSet};

use lopdf::Document;
use lopdf::xref::XrefEntry;

use super::lexer::{Lexer, Val};

/// Problems listed before the pass stops (a damaged file would list thousands).
const MAX_PROBLEMS: usize = 12;

/// Bytes an object stream may inflate to.
const MAX_OBJSTM_BYTES: usize = 16 << 20;

/// What the top level of the file holds.
#[derive(Debug, Default)]
struct Body {
    /// Object number → byte offset of its `N G obj`.
    objects: HashMap<u32, usize>,
    /// Object numbers stored in object streams.
    packed: HashSet<u32>,
    /// Byte offsets of the cross-reference sections (tables and streams).
    sections: Vec<usize>,
    /// The values after each `startxref`.
    startxrefs: Vec<i64>,
    /// Byte offsets of each `%%EOF`.
    eofs: Vec<usize>,
    /// Whether the first object is a linearization dictionary.
    linearized: bool,
    problems: Vec<String>,
}

impl Body {
    fn problem(&mut self, p: String) {
        if self.problems.len() < MAX_PROBLEMS && !self.problems.contains(&p) {
            self.problems.push(p);
        }
    }

    /// Notes each key a dictionary of `what` has twice.
    fn twice(&mut self, keys: Vec<Vec<u8>>, what: &str) {
        for key in keys {
            self.problem(format!(
                "{what} has /{} twice (a viewer may read either)",
                String::from_utf8_lossy(&key)
            ));
        }
    }
}

/// The structure problems of the file in `bytes`, which `doc` is lopdf's reading of.
pub fn problems(bytes: &[u8], doc: &Document) -> Vec<String> {
    let mut body = Body::default();
    if !bytes.starts_with(b"%PDF-") {
        body.problem("the file does not start with %PDF-".into());
    }
    let mut lex = Lexer { b: bytes, p: 0 };
    if let Err(e) = top_level(&mut lex, doc, &mut body) {
        body.problem(format!("at byte {}: {e}", lex.p));
    }
    judge(&mut body, doc);
    if body.linearized {
        // Its second section, /Prev, second startxref and %%EOF are what linearizing writes:
        // one line says so, rather than five that read as an update.
        body.problems
            .retain(|p| !LINEARIZED.iter().any(|n| p.contains(n)));
    }
    body.problems
}

/// What a linearized file has by design (it is refused for being linearized).
const LINEARIZED: [&str; 5] = [
    "(/Prev)",
    "content after %%EOF",
    "cross-reference sections (",
    "%%EOF markers",
    "startxref; kofu",
];

/// The rules on what the top level held.
fn judge(body: &mut Body, doc: &Document) {
    if body.linearized {
        body.problem(
            "the file is linearized (two cross-reference sections); kofu writes one: a re-save \
             without --linearize passes"
                .into(),
        );
    }
    match body.sections.len() {
        1 => {}
        0 => body.problem("the file has no cross-reference section".into()),
        n => body.problem(format!(
            "the file has {n} cross-reference sections (an incremental update, or a linearized \
             re-save): kofu writes one, and a viewer shows the last update"
        )),
    }
    if body.eofs.len() != 1 {
        body.problem(format!(
            "the file has {} %%EOF markers; kofu writes one",
            body.eofs.len()
        ));
    }
    match body.startxrefs.as_slice() {
        [at] => {
            if body.sections.len() == 1
                && usize::try_from(*at).ok() != body.sections.first().copied()
            {
                body.problem(format!(
                    "startxref says {at}, but the cross-reference section is elsewhere"
                ));
            }
        }
        s => body.problem(format!(
            "the file has {} startxref; kofu writes one",
            s.len()
        )),
    }
    let mut wrong = Vec::new();
    for (num, entry) in &doc.reference_table.entries {
        let misplaced = match entry {
            XrefEntry::Normal { offset, .. } => {
                body.objects.get(num).copied() != usize::try_from(*offset).ok()
            }
            XrefEntry::Compressed { .. } => !body.packed.contains(num),
            _ => false,
        };
        if misplaced {
            wrong.push(*num);
        }
    }
    if let Some(first) = wrong.first() {
        body.problem(format!(
            "the cross-reference points {} object(s) (first: {first}) where the file does not \
             define them",
            wrong.len()
        ));
    }
}

/// The top level: objects, cross-reference tables with their trailers, `startxref`, `%%EOF`,
/// and nothing but whitespace after the last `%%EOF`.
fn top_level(lex: &mut Lexer<'_>, doc: &Document, body: &mut Body) -> Result<(), String> {
    loop {
        lex.skip_ws_top(&mut body.eofs);
        if lex.p >= lex.b.len() {
            return Ok(());
        }
        if let Some(&eof) = body.eofs.first() {
            body.problem(format!(
                "content after %%EOF (at byte {eof}): an update appended to the file"
            ));
        }
        let start = lex.p;
        if lex.keyword(b"xref") {
            body.sections.push(start);
            xref_table(lex)?;
            lex.skip_ws();
            if !lex.keyword(b"trailer") {
                return Err("a cross-reference table without a trailer".into());
            }
            let mut twice = Vec::new();
            let trailer = lex.value(0, &mut twice)?;
            body.twice(twice, "the trailer");
            if trailer.get(b"Prev").is_some() || trailer.get(b"XRefStm").is_some() {
                body.problem(
                    "the trailer points to an earlier cross-reference section (/Prev): \
                     an incremental update"
                        .into(),
                );
            }
        } else if lex.keyword(b"startxref") {
            lex.skip_ws();
            let at = lex.integer().ok_or("startxref without a number")?;
            body.startxrefs.push(at);
        } else {
            object(lex, doc, body, start)?;
        }
    }
}

/// `N G obj value [stream … endstream] endobj`.
fn object(
    lex: &mut Lexer<'_>,
    doc: &Document,
    body: &mut Body,
    start: usize,
) -> Result<(), String> {
    let num = lex.integer().ok_or("something that is not an object")?;
    lex.skip_ws();
    lex.integer().ok_or("an object without a generation")?;
    lex.skip_ws();
    if !lex.keyword(b"obj") {
        return Err("something that is not an object".into());
    }
    let num = u32::try_from(num).map_err(|_| "an object number out of range")?;
    if body.objects.insert(num, start).is_some() {
        body.problem(format!("object {num} is defined twice"));
    }
    let mut twice = Vec::new();
    let value = lex.value(0, &mut twice)?;
    body.twice(twice, &format!("object {num}"));
    body.linearized |= body.objects.len() == 1 && value.get(b"Linearized").is_some();
    lex.skip_ws();
    if lex.keyword(b"stream") {
        let data = stream_data(lex, doc, &value)?;
        match value.get(b"Type") {
            Some(Val::Name(t)) if t == b"XRef" => {
                body.sections.push(start);
                if value.get(b"Prev").is_some() {
                    body.problem(
                        "the cross-reference stream points to an earlier one (/Prev): \
                         an incremental update"
                            .into(),
                    );
                }
            }
            Some(Val::Name(t)) if t == b"ObjStm" => object_stream(&value, data, body)?,
            _ => {}
        }
        lex.skip_ws();
        if !lex.keyword(b"endstream") {
            return Err(format!(
                "object {num}: the stream is not as long as its /Length"
            ));
        }
        lex.skip_ws();
    }
    if !lex.keyword(b"endobj") {
        return Err(format!("object {num} does not end with endobj"));
    }
    Ok(())
}

/// The stream's bytes after `stream` and its end of line, `/Length` long.
fn stream_data<'a>(lex: &mut Lexer<'a>, doc: &Document, dict: &Val) -> Result<&'a [u8], String> {
    let len = match dict.get(b"Length") {
        Some(Val::Int(n)) => Some(*n),
        Some(Val::Ref(id)) => doc.get_object((*id, 0)).ok().and_then(|o| o.as_i64().ok()),
        _ => None,
    };
    let len = len
        .and_then(|n| usize::try_from(n).ok())
        .ok_or("a stream without a readable /Length")?;
    if lex.b.get(lex.p..lex.p + 2) == Some(b"\r\n") {
        lex.p += 2;
    } else if lex.b.get(lex.p) == Some(&b'\n') {
        lex.p += 1;
    } else {
        return Err("stream not followed by an end of line".into());
    }
    let data = lex
        .b
        .get(lex.p..lex.p.saturating_add(len))
        .ok_or("a stream runs past the end of the file")?;
    lex.p += len;
    Ok(data)
}

/// The objects packed in an object stream: defined once each, no key twice.
fn object_stream(dict: &Val, data: &[u8], body: &mut Body) -> Result<(), String> {
    let packed = match dict.get(b"Filter") {
        None => data.to_vec(),
        Some(Val::Name(f)) if f == b"FlateDecode" => {
            miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, MAX_OBJSTM_BYTES)
                .map_err(|e| format!("an object stream cannot be inflated ({e:?})"))?
        }
        Some(_) => return Err("an object stream with a filter kofu's reader does not take".into()),
    };
    let (Some(Val::Int(n)), Some(Val::Int(first))) = (dict.get(b"N"), dict.get(b"First")) else {
        return Err("an object stream without /N and /First".into());
    };
    let first = usize::try_from(*first).map_err(|_| "an object stream's /First")?;
    let mut lex = Lexer { b: &packed, p: 0 };
    let mut offsets = Vec::new();
    for _ in 0..*n {
        lex.skip_ws();
        let num = lex.integer().and_then(|v| u32::try_from(v).ok());
        lex.skip_ws();
        let at = lex.integer().and_then(|v| usize::try_from(v).ok());
        let (Some(num), Some(at)) = (num, at) else {
            return Err("an object stream's table of objects".into());
        };
        if !body.packed.insert(num) || body.objects.contains_key(&num) {
            body.problem(format!("object {num} is defined twice"));
        }
        offsets.push((num, at));
    }
    for (num, at) in offsets {
        lex.p = first.saturating_add(at);
        let mut twice = Vec::new();
        lex.value(0, &mut twice)?;
        body.twice(twice, &format!("object {num}"));
    }
    Ok(())
}

/// The subsections of a cross-reference table: `start count` and `count` entries of
/// `offset generation n|f`.
fn xref_table(lex: &mut Lexer<'_>) -> Result<(), String> {
    loop {
        lex.skip_ws();
        if !lex.b.get(lex.p).is_some_and(u8::is_ascii_digit) {
            return Ok(());
        }
        lex.integer().ok_or("a cross-reference subsection")?;
        lex.skip_ws();
        let count = lex.integer().ok_or("a cross-reference subsection")?;
        for _ in 0..count {
            lex.skip_ws();
            lex.integer().ok_or("a cross-reference entry")?;
            lex.skip_ws();
            lex.integer().ok_or("a cross-reference entry")?;
            lex.skip_ws();
            if !(lex.keyword(b"n") || lex.keyword(b"f")) {
                return Err("a cross-reference entry".into());
            }
        }
    }
}

#[cfg(test)]
#[path = "strict_tests.rs"]
mod tests;
