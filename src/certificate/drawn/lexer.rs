//! A small PDF tokenizer over raw bytes (ISO 32000-1 §7.2–7.3): whitespace and comments,
//! numbers, names (with `#xx` escapes undone, so `/Cont#65nts` is `/Contents`), strings,
//! arrays, dictionaries and references. It keeps of a value only what the structure pass needs
//! ([`Val`]) and reports every dictionary key that appears twice, which a library would merge.

use std::collections::HashSet;

/// How deep arrays and dictionaries may nest.
const MAX_DEPTH: u32 = 64;

/// A value, as much of it as the structure checks need.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Val {
    /// An integer.
    Int(i64),
    /// A reference `N G R` (the object number).
    Ref(u32),
    /// A name, escapes undone.
    Name(Vec<u8>),
    /// A dictionary, entries in file order.
    Dict(Vec<(Vec<u8>, Val)>),
    /// Anything else (real, string, array, boolean, null).
    Other,
}

impl Val {
    /// The entry `key` of a dictionary (the first, if twice).
    pub(super) fn get(&self, key: &[u8]) -> Option<&Val> {
        match self {
            Val::Dict(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// PDF whitespace.
fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\0')
}

/// PDF delimiters.
fn is_delim(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// A cursor over the bytes.
pub(super) struct Lexer<'a> {
    /// The bytes.
    pub(super) b: &'a [u8],
    /// Where the cursor is.
    pub(super) p: usize,
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.p).copied()
    }

    /// Skips whitespace and comments.
    pub(super) fn skip_ws(&mut self) {
        self.skip(&mut Vec::new());
    }

    /// Skips whitespace and comments, noting where each `%%EOF` comment starts.
    pub(super) fn skip_ws_top(&mut self, eofs: &mut Vec<usize>) {
        self.skip(eofs);
    }

    fn skip(&mut self, eofs: &mut Vec<usize>) {
        while let Some(c) = self.peek() {
            if is_ws(c) {
                self.p += 1;
            } else if c == b'%' {
                if self.b.get(self.p..self.p + 5) == Some(b"%%EOF") {
                    eofs.push(self.p);
                }
                while self.peek().is_some_and(|c| c != b'\n' && c != b'\r') {
                    self.p += 1;
                }
            } else {
                return;
            }
        }
    }

    /// Takes `kw` when it stands here as a whole word.
    pub(super) fn keyword(&mut self, kw: &[u8]) -> bool {
        let end = self.p + kw.len();
        if self.b.get(self.p..end) != Some(kw) {
            return false;
        }
        if self.b.get(end).is_some_and(|&c| !is_ws(c) && !is_delim(c)) {
            return false;
        }
        self.p = end;
        true
    }

    /// Takes an integer (`+`/`-` and digits, not followed by a `.`).
    pub(super) fn integer(&mut self) -> Option<i64> {
        let start = self.p;
        let mut end = start;
        if matches!(self.b.get(end), Some(b'+' | b'-')) {
            end += 1;
        }
        while self.b.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        if self.b.get(end) == Some(&b'.') {
            return None;
        }
        let v = std::str::from_utf8(self.b.get(start..end)?)
            .ok()?
            .parse()
            .ok()?;
        self.p = end;
        Some(v)
    }

    /// Takes one value; the keys of any dictionary in it that appear twice go to `twice`.
    pub(super) fn value(&mut self, depth: u32, twice: &mut Vec<Vec<u8>>) -> Result<Val, String> {
        if depth > MAX_DEPTH {
            return Err("values nested too deeply".into());
        }
        self.skip_ws();
        let c = self.peek().ok_or("the file ends inside a value")?;
        match c {
            b'/' => Ok(Val::Name(self.name())),
            b'(' => self.literal().map(|()| Val::Other),
            b'<' if self.b.get(self.p + 1) == Some(&b'<') => self.dict(depth, twice),
            b'<' => self.hex().map(|()| Val::Other),
            b'[' => {
                self.p += 1;
                loop {
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        self.p += 1;
                        return Ok(Val::Other);
                    }
                    self.value(depth + 1, twice)?;
                }
            }
            b'+' | b'-' | b'.' | b'0'..=b'9' => self.number(),
            _ if self.keyword(b"true") || self.keyword(b"false") || self.keyword(b"null") => {
                Ok(Val::Other)
            }
            _ => Err(format!("unexpected byte 0x{c:02x} where a value belongs")),
        }
    }

    /// A dictionary `<< /Key value … >>`.
    fn dict(&mut self, depth: u32, twice: &mut Vec<Vec<u8>>) -> Result<Val, String> {
        self.p += 2;
        let mut entries: Vec<(Vec<u8>, Val)> = Vec::new();
        // A set, not a scan of `entries`: a hostile dictionary of a million keys stays linear.
        let mut seen: HashSet<Vec<u8>> = HashSet::new();
        loop {
            self.skip_ws();
            if self.b.get(self.p..self.p + 2) == Some(b">>") {
                self.p += 2;
                return Ok(Val::Dict(entries));
            }
            if self.peek() != Some(b'/') {
                return Err("a dictionary key that is not a name".into());
            }
            let key = self.name();
            let value = self.value(depth + 1, twice)?;
            if !seen.insert(key.clone()) {
                twice.push(key.clone());
            }
            entries.push((key, value));
        }
    }

    /// A number, or a reference `N G R` when an integer is followed by one more and `R`.
    fn number(&mut self) -> Result<Val, String> {
        let start = self.p;
        if let Some(n) = self.integer() {
            let after = self.p;
            self.skip_ws();
            if let Some(_generation) = self.integer() {
                self.skip_ws();
                if self.keyword(b"R") {
                    let id = u32::try_from(n).map_err(|_| "a reference out of range")?;
                    return Ok(Val::Ref(id));
                }
            }
            self.p = after;
            return Ok(Val::Int(n));
        }
        self.p = start;
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.p += 1;
        }
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_digit() || c == b'.' || c == b'-')
        {
            self.p += 1;
        }
        if self.p == start {
            return Err("a malformed number".into());
        }
        Ok(Val::Other)
    }

    /// A name after its `/`, `#xx` escapes undone.
    fn name(&mut self) -> Vec<u8> {
        self.p += 1;
        let mut out = Vec::new();
        while let Some(c) = self.peek().filter(|&c| !is_ws(c) && !is_delim(c)) {
            let hex = self
                .b
                .get(self.p + 1..self.p + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match hex {
                Some(byte) if c == b'#' => {
                    out.push(byte);
                    self.p += 3;
                }
                _ => {
                    out.push(c);
                    self.p += 1;
                }
            }
        }
        out
    }

    /// A literal string `( … )`: balanced parentheses, `\` escapes the next byte.
    fn literal(&mut self) -> Result<(), String> {
        self.p += 1;
        let mut open = 1_u32;
        while let Some(c) = self.peek() {
            self.p += 1;
            match c {
                b'\\' => self.p += 1,
                b'(' => open += 1,
                b')' => {
                    open -= 1;
                    if open == 0 {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err("the file ends inside a string".into())
    }

    /// A hexadecimal string `< … >`.
    fn hex(&mut self) -> Result<(), String> {
        self.p += 1;
        while let Some(c) = self.peek() {
            self.p += 1;
            if c == b'>' {
                return Ok(());
            }
            if !c.is_ascii_hexdigit() && !is_ws(c) {
                return Err("a hexadecimal string with a byte that is not hex".into());
            }
        }
        Err("the file ends inside a string".into())
    }
}
