//! Errors for bad input files: every message names the file, the line and the column.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A problem in a file a person wrote by hand (persona deck, profile, scenario).
///
/// `line` and `column` are 1-based; both are 0 when the problem has no position (a missing file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct InputError {
    /// The file, as given by the user.
    pub file: PathBuf,
    /// 1-based line, 0 if unknown.
    pub line: usize,
    /// 1-based column (in characters), 0 if unknown.
    pub column: usize,
    /// What is wrong and, where possible, how to fix it.
    pub message: String,
}

impl fmt::Display for InputError {
    /// Every value the message quotes, and every name in the path, is cut at
    /// [`QUOTE_CHARS`] characters: a 2,000,000-character value gives a short message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = clip_path(&self.file);
        let message = clip_quoted(&self.message);
        if self.line == 0 {
            write!(f, "{file}: {message}")
        } else {
            write!(f, "{file}:{}:{}: {message}", self.line, self.column)
        }
    }
}

/// The most characters of a value a message repeats: enough to recognise it, never a flood
/// (issue 24: a 2,000,000-character value gave a 4 MB message).
pub const QUOTE_CHARS: usize = 80;

/// `value` cut at [`QUOTE_CHARS`] characters, with an ellipsis when it was cut: the one way a
/// message quotes what a person wrote.
pub fn clip(value: &str) -> std::borrow::Cow<'_, str> {
    match value.char_indices().nth(QUOTE_CHARS) {
        Some((at, _)) => format!("{}…", value.get(..at).unwrap_or_default()).into(),
        None => value.into(),
    }
}

/// `message` with every quoted part (between backticks or double quotes, or an unclosed one to
/// the end) [`clip`]ped, so that messages built anywhere, serde's and toml's included, stay short.
pub fn clip_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(1024));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        let mut chars = from.chars();
        let quote = chars.next().unwrap_or('"');
        let inner = chars.as_str();
        let (value, after) = match inner.find(quote) {
            Some(close) => (
                inner.get(..close).unwrap_or_default(),
                inner.get(close + 1..),
            ),
            None => (inner, None),
        };
        out.push(quote);
        out.push_str(&clip(value));
        if after.is_some() {
            out.push(quote);
        }
        rest = after.unwrap_or_default();
    }
    out.push_str(rest);
    clip_long(&out)
}

/// A message still longer than a screenful (a value quoted without quotes) keeps its start and
/// its end: what is wrong is said at one of them.
fn clip_long(message: &str) -> String {
    const MOST: usize = 16 * QUOTE_CHARS;
    let n = message.chars().count();
    if n <= MOST {
        return message.to_string();
    }
    let head: String = message.chars().take(MOST / 2).collect();
    let tail: String = message.chars().skip(n - MOST / 2).collect();
    format!("{head} … {tail}")
}

/// A path as a message shows it, each name in it [`clip`]ped (a path kofu made from a value).
fn clip_path(path: &Path) -> String {
    let shown = path.display().to_string();
    if shown.chars().count() <= QUOTE_CHARS {
        return shown;
    }
    shown.split('/').map(clip).collect::<Vec<_>>().join("/")
}

/// Opens an input file for reading without ever blocking: non-blocking, then refused unless it
/// is a regular file — a named pipe or a device given as a file would wait (or read) for ever.
pub fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc_o_nonblock());
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        let what = if meta.is_dir() {
            "a folder"
        } else {
            "a pipe, socket or device"
        };
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("not a regular file ({what}): give a file"),
        ));
    }
    Ok(file)
}

/// `O_NONBLOCK` of the platform, without a libc dependency (the value differs between Linux and
/// the BSDs/macOS).
#[cfg(unix)]
const fn libc_o_nonblock() -> i32 {
    if cfg!(any(target_os = "linux", target_os = "android")) {
        0o4000
    } else {
        0x0004
    }
}

/// The text of one input file, able to turn byte spans into line and column.
#[derive(Debug, Clone)]
pub struct Source {
    /// Where the text came from.
    pub path: PathBuf,
    /// The whole text.
    pub text: String,
}

/// The largest input file read (persona decks, profiles, scenarios): the bundled deck is
/// about 40 KB, so 8 MiB is room for any hand-written file and stops `/dev/zero` or a mistaken
/// binary before it fills memory.
pub const MAX_INPUT_BYTES: u64 = 8 * 1024 * 1024;

impl Source {
    /// Reads a file; a missing, unreadable or too large file is an [`InputError`] without
    /// position, and text that is not UTF-8 one at the line and column of the first bad byte.
    /// At most [`MAX_INPUT_BYTES`] are ever read (a device or pipe that never ends included).
    pub fn read(path: &Path) -> Result<Self, InputError> {
        use std::io::Read;
        let fail = |message: String| InputError {
            file: path.to_path_buf(),
            line: 0,
            column: 0,
            message,
        };
        let file = open_regular(path).map_err(|e| fail(format!("cannot read file: {e}")))?;
        let too_large = || {
            fail(format!(
                "the file is larger than {} MiB: not a kofu input file",
                MAX_INPUT_BYTES / (1024 * 1024)
            ))
        };
        if file.metadata().is_ok_and(|m| m.len() > MAX_INPUT_BYTES) {
            return Err(too_large());
        }
        let mut bytes = Vec::new();
        file.take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| fail(format!("cannot read file: {e}")))?;
        if bytes.len() as u64 > MAX_INPUT_BYTES {
            return Err(too_large());
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Self {
                path: path.to_path_buf(),
                text,
            }),
            Err(e) => {
                let good = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                let prefix = String::from_utf8_lossy(bytes.get(..good).unwrap_or_default());
                let at = Source::from_text(path, prefix.into_owned());
                Err(at.error_at(
                    Some(good..good),
                    "the file is not UTF-8 text here: save it as UTF-8",
                ))
            }
        }
    }

    /// Wraps text that did not come from disk (tests, bundled assets).
    pub fn from_text(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            text: text.into(),
        }
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = self.text.get(..offset).unwrap_or(&self.text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
        (line, column)
    }

    /// Whether the line holding byte `offset` sets a `pin` (a deck's card, a scenario's step).
    fn is_pin_line(&self, offset: usize) -> bool {
        let offset = offset.min(self.text.len());
        let start = self
            .text
            .get(..offset)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |i| i + 1);
        let end = self
            .text
            .get(offset..)
            .and_then(|a| a.find('\n'))
            .map_or(self.text.len(), |i| offset + i);
        let line = self.text.get(start..end).unwrap_or_default();
        let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        compact.starts_with("pin=") || compact.contains(",pin=") || compact.contains("do=\"pin\"")
    }

    /// The value if it lies in `range`, else an error at its span naming the field and the range
    /// (every number a person writes has one: DESIGN "bad input gets a clear error").
    pub fn in_range<T>(
        &self,
        field: &str,
        v: &toml::Spanned<T>,
        range: std::ops::RangeInclusive<T>,
    ) -> Result<T, InputError>
    where
        T: PartialOrd + Copy + fmt::Display,
    {
        let x = *v.get_ref();
        if range.contains(&x) {
            Ok(x)
        } else {
            Err(self.error_at(
                Some(v.span()),
                format!(
                    "`{field}` must be {}..={}, not {x}",
                    range.start(),
                    range.end()
                ),
            ))
        }
    }

    /// An error at a span of this file.
    pub fn error_at(&self, span: Option<Range<usize>>, message: impl Into<String>) -> InputError {
        let (line, column) = span.map_or((0, 0), |s| self.line_col(s.start));
        InputError {
            file: self.path.clone(),
            line,
            column,
            message: message.into(),
        }
    }

    /// Parses the text as TOML into `T`, turning a parse or type error into an [`InputError`].
    /// An error on a `pin` line never repeats the value, whatever its type (`pin = 7395`).
    pub fn parse_toml<T: serde::de::DeserializeOwned>(&self) -> Result<T, InputError> {
        toml::from_str::<T>(&self.text).map_err(|e| {
            let mut message = e.message().trim().to_string();
            if e.span().is_some_and(|s| self.is_pin_line(s.start)) {
                message = "a PIN is written as a quoted string of 4 digits, e.g. pin = \"0000\" \
                           (the value is not repeated here)"
                    .into();
            }
            match e.span() {
                Some(span) => self.error_at(Some(span), message),
                // toml reports whole-document errors without a span: point at the start.
                None => self.error_at(Some(0..0), message),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let s = Source::from_text("x.toml", "a = 1\nname = \"筑波\"\nbad");
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(6), (2, 1));
        let bad = s.text.find("bad").unwrap_or(0);
        assert_eq!(s.line_col(bad), (3, 1));
        let quote = s.text.find('"').unwrap_or(0);
        assert_eq!(s.line_col(quote), (2, 8));
    }

    #[test]
    fn quoted_values_are_cut_at_80_characters() {
        let long = "筑".repeat(2_000_000);
        assert_eq!(clip("short"), "short");
        assert_eq!(clip(&long).chars().count(), QUOTE_CHARS + 1);
        let m = clip_quoted(&format!("unknown vendor `{long}`, known: `sharp`"));
        assert_eq!(m.chars().count(), 16 + QUOTE_CHARS + 1 + 17);
        assert!(m.ends_with("…`, known: `sharp`"), "{m}");
        let open = clip_quoted(&format!("bad \"{long}"));
        assert!(open.chars().count() < 100, "{open}");
        let bare = clip_quoted(&format!("bad {long} here"));
        assert!(
            bare.len() < 8 * 1024 && bare.ends_with(" here"),
            "{}",
            bare.len()
        );
        let e = InputError {
            file: PathBuf::from(format!("assets/vendors/{long}.toml")),
            line: 0,
            column: 0,
            message: format!("no vendor `{long}`"),
        };
        assert!(e.to_string().len() < 1024);
    }

    #[test]
    fn only_regular_files_are_opened() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        assert!(open_regular(dir.path()).is_err());
        let f = dir.path().join("a.toml");
        std::fs::write(&f, "a = 1").unwrap_or_else(|e| panic!("{e}"));
        assert!(open_regular(&f).is_ok());
        #[cfg(unix)]
        assert!(open_regular(Path::new("/dev/zero")).is_err());
    }

    #[test]
    fn toml_errors_carry_position() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            a: u32,
        }
        let s = Source::from_text("x.toml", "\n\na = \"text\"\n");
        let e = s.parse_toml::<T>().err().map(|e| (e.line, e.column));
        assert_eq!(e, Some((3, 5)));
    }
}
