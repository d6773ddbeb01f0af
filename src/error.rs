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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file.display(),
                self.line,
                self.column,
                self.message
            )
        }
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

impl Source {
    /// Reads a file; a missing or unreadable file is an [`InputError`] without position.
    pub fn read(path: &Path) -> Result<Self, InputError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Ok(Self {
                path: path.to_path_buf(),
                text,
            }),
            Err(e) => Err(InputError {
                file: path.to_path_buf(),
                line: 0,
                column: 0,
                message: format!("cannot read file: {e}"),
            }),
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
    pub fn parse_toml<T: serde::de::DeserializeOwned>(&self) -> Result<T, InputError> {
        toml::from_str::<T>(&self.text).map_err(|e| {
            let message = e.message().trim().to_string();
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
