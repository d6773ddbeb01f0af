//! A quick reader for the content streams the renderer itself writes (pdf-writer's plain
//! syntax: numbers, names, hex and plain literal strings, arrays, operators), so that the
//! renderer digests its pages without lopdf's general parser, which took a quarter of a
//! certificate's time. It gives up (None) on anything else — a comment, a `#` in a name, an
//! escape in a string, a dictionary, an inline image — and the caller then reads the stream
//! with lopdf. `verify` always reads with lopdf; tests/verify_written.rs holds the two to the
//! same digest.

/// An operand.
#[derive(Debug, PartialEq)]
pub(super) enum Operand<'a> {
    /// An integer.
    Int(i64),
    /// A real.
    Real(f32),
    /// A name (no escapes).
    Name(&'a [u8]),
    /// A string's bytes.
    Str(Vec<u8>),
    /// An array.
    Array(Vec<Operand<'a>>),
}

/// An operator and its operands.
pub(super) type Op<'a> = (&'a [u8], Vec<Operand<'a>>);

/// PDF whitespace.
fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\0')
}

/// A byte that ends a token.
fn ends_token(c: u8) -> bool {
    is_ws(c)
        || matches!(
            c,
            b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
        )
}

/// The operations of `bytes`, or None when it holds anything this reader leaves to lopdf.
pub(super) fn operations(bytes: &[u8]) -> Option<Vec<Op<'_>>> {
    let mut r = Reader { b: bytes, p: 0 };
    let mut ops = Vec::new();
    let mut operands = Vec::new();
    loop {
        r.skip_ws();
        let Some(c) = r.peek() else {
            return operands.is_empty().then_some(ops);
        };
        if c.is_ascii_alphabetic() || matches!(c, b'*' | b'\'' | b'"') {
            let start = r.p;
            while r
                .peek()
                .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'*' | b'\'' | b'"'))
            {
                r.p += 1;
            }
            let op = bytes.get(start..r.p)?;
            if r.peek().is_some_and(|c| !ends_token(c))
                || matches!(op, b"BI" | b"ID" | b"EI" | b"true" | b"false" | b"null")
            {
                return None;
            }
            ops.push((op, std::mem::take(&mut operands)));
        } else {
            operands.push(r.operand(0)?);
        }
    }
}

/// A cursor.
struct Reader<'a> {
    b: &'a [u8],
    p: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.p).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(is_ws) {
            self.p += 1;
        }
    }

    /// One operand (arrays nested at most 8 deep).
    fn operand(&mut self, depth: u32) -> Option<Operand<'a>> {
        match self.peek()? {
            b'/' => {
                self.p += 1;
                let start = self.p;
                while self.peek().is_some_and(|c| !ends_token(c)) {
                    self.p += 1;
                }
                let name = self.b.get(start..self.p)?;
                (!name.contains(&b'#')).then_some(Operand::Name(name))
            }
            b'(' => self.literal(),
            b'<' if self.b.get(self.p + 1) != Some(&b'<') => self.hex(),
            b'[' if depth < 8 => {
                self.p += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws();
                    if self.peek()? == b']' {
                        self.p += 1;
                        return Some(Operand::Array(items));
                    }
                    items.push(self.operand(depth + 1)?);
                }
            }
            b'+' | b'-' | b'.' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// An integer (`-12`) or a real (`-12.5`, `.5`, `12.`).
    fn number(&mut self) -> Option<Operand<'a>> {
        let start = self.p;
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.p += 1;
        }
        let digits = self.p;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.p += 1;
        }
        let whole = self.p > digits;
        let real = self.peek() == Some(b'.');
        if real {
            self.p += 1;
            let fraction = self.p;
            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.p += 1;
            }
            if !whole && self.p == fraction {
                return None;
            }
        } else if !whole {
            return None;
        }
        if self.peek().is_some_and(|c| !ends_token(c)) {
            return None;
        }
        let text = std::str::from_utf8(self.b.get(start..self.p)?).ok()?;
        if real {
            text.parse().ok().map(Operand::Real)
        } else {
            text.parse().ok().map(Operand::Int)
        }
    }

    /// A literal string: balanced parentheses kept, `\n \r \t \b \f \( \) \\` and octal
    /// escapes undone (as lopdf does); another escape or a carriage return gives up.
    fn literal(&mut self) -> Option<Operand<'a>> {
        self.p += 1;
        let mut out = Vec::new();
        let mut open = 1_u32;
        loop {
            let c = self.peek()?;
            self.p += 1;
            match c {
                b'\\' => out.push(self.escape()?),
                b'\r' => return None,
                b'(' => {
                    open += 1;
                    out.push(c);
                }
                b')' => {
                    open -= 1;
                    if open == 0 {
                        return Some(Operand::Str(out));
                    }
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
    }

    /// The byte an escape after `\` stands for.
    fn escape(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.p += 1;
        match c {
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'b' => Some(b'\x08'),
            b'f' => Some(b'\x0c'),
            b'(' | b')' | b'\\' => Some(c),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match self.peek() {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            self.p += 1;
                        }
                        _ => break,
                    }
                }
                u8::try_from(v).ok()
            }
            _ => None,
        }
    }

    /// A hex string (whitespace between digits, an odd last digit padded with 0).
    fn hex(&mut self) -> Option<Operand<'a>> {
        self.p += 1;
        let mut out: Vec<u8> = Vec::new();
        let mut high = true;
        loop {
            let c = self.peek()?;
            self.p += 1;
            let v = match c {
                b'>' => return Some(Operand::Str(out)),
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ if is_ws(c) => continue,
                _ => return None,
            };
            if high {
                out.push(v << 4);
            } else if let Some(last) = out.last_mut() {
                *last |= v;
            }
            high = !high;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use lopdf::{Document, Object, Stream, dictionary};
    use pdf_writer::{Content, Name, Str};

    use super::operations;
    use crate::certificate::drawn::{drawing, drawing_written};

    /// One page drawing `content`, as values.
    fn page(content: &[u8]) -> Document {
        let mut doc = Document::with_version("1.7");
        let pages = doc.new_object_id();
        let stream = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Contents" => stream,
        });
        doc.objects.insert(
            pages,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        doc
    }

    fn same_digest(content: &[u8]) {
        let doc = page(content);
        let quick = drawing_written(&doc, &HashMap::new());
        let read = drawing(&doc);
        assert!(read.problems.is_empty(), "{:?}", read.problems);
        assert_eq!(
            quick.pages,
            read.pages,
            "{}",
            String::from_utf8_lossy(content)
        );
    }

    #[test]
    fn what_pdf_writer_writes_is_read_quickly_and_digests_as_lopdf_reads_it() {
        let mut c = Content::new();
        c.save_state()
            .set_parameters(Name(b"Gw"))
            .transform([1.0, 0.0, 0.0, 1.0, 72.5, -0.25])
            .set_fill_rgb(0.1, 0.2, 0.3)
            .rect(10.0, 20.0, 300.5, 0.75)
            .fill_nonzero()
            .restore_state();
        c.begin_text()
            .set_font(Name(b"F1"), 10.5)
            .set_char_spacing(1.0)
            .next_line(56.7, 700.0)
            .set_rise(-1.5);
        c.show(Str(b"\x00\x01\x00\x29(x)\\"));
        let mut shown = c.show_positioned();
        let mut items = shown.items();
        items
            .show(Str(&[0, 2, 0, 3]))
            .adjust(-120.5)
            .show(Str(b"ab"));
        drop(items);
        drop(shown);
        c.end_text().x_object(Name(b"Gp"));
        let bytes = c.finish().into_vec();
        assert!(
            operations(&bytes).is_some(),
            "{}",
            String::from_utf8_lossy(&bytes)
        );
        same_digest(&bytes);
    }

    #[test]
    fn snippets_read_quickly_digest_as_lopdf_reads_them() {
        for snippet in [
            &b"q 1 0 0 1 72 720 cm BT /F1 12 Tf [(A) -120 (B)] TJ ET Q"[..],
            b"0 0 m 10. 10 l .5 w -3 -.25 l S",
            b"BT <00 01 0> Tj <> Tj (a(b)c) Tj ET",
            b"(\\000\\1\\12x\\(\\)\\\\\\n\\r\\t\\b\\f\n) Tj",
            b"[[1 2] [/A /B]] /N d0",
            b"",
        ] {
            assert!(
                operations(snippet).is_some(),
                "{}",
                String::from_utf8_lossy(snippet)
            );
            same_digest(snippet);
        }
    }

    #[test]
    fn anything_else_is_left_to_lopdf() {
        for snippet in [
            &b"% a comment\n0 0 m"[..],
            b"/A#20B gs",
            b"(a\\qb) Tj",
            b"(a\\\nb) Tj",
            b"(a\rb) Tj",
            b"(\\777) Tj",
            b"/Span <</ActualText (x)>> BDC EMC",
            b"BI /W 1 /H 1 /BPC 8 /CS /G ID X EI",
            b"true false null",
            b"1e5 w",
            b"1 2",
            b"12abc",
        ] {
            assert_eq!(
                operations(snippet),
                None,
                "{}",
                String::from_utf8_lossy(snippet)
            );
        }
        // And the digest is still lopdf's.
        same_digest(b"/Span <</ActualText (x)>> BDC EMC 1 0 0 rg");
    }
}
