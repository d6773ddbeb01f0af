//! Shared checks for the fuzz targets: every parser of a hand-written file must never panic,
//! and an error must point inside the text it was given.

use kofu::error::{InputError, Source};

/// The file name every target gives its input.
pub const FILE: &str = "fuzz.toml";

/// Turns fuzzer bytes into text; `None` for bytes that are not UTF-8 (a file on disk that is
/// not UTF-8 never reaches the parsers: `Source::read` refuses it first).
pub fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// The input wrapped as the parsers take it.
pub fn source(text: &str) -> Source {
    Source::from_text(FILE, text)
}

/// Asserts that an error's position lies within `text`.
///
/// - `line` is 1-based and at most the number of lines + 1 (the position just after a final
///   newline), or 0 for "no position", in which case `column` is 0 too;
/// - when `line` ≥ 1, `column` is ≥ 1 and at most the line's length in characters + 1;
/// - the error names the file it was given and has a message, and it displays without panicking.
pub fn check_error(text: &str, e: &InputError) {
    let lines: Vec<&str> = text.split('\n').collect(); // "a\n" → ["a", ""]: line 2 col 1 is valid
    let n_lines = text.lines().count();
    assert!(
        e.line <= n_lines + 1,
        "line {} past the end: the text has {} lines ({e})",
        e.line,
        n_lines
    );
    if e.line == 0 {
        assert_eq!(e.column, 0, "no line but a column ({e})");
    } else {
        assert!(e.column >= 1, "line {} with column 0 ({e})", e.line);
        let line_text = lines.get(e.line - 1).copied().unwrap_or("");
        let width = line_text.chars().count();
        assert!(
            e.column <= width + 1,
            "column {} past the end of line {} ({} characters) ({e})",
            e.column,
            e.line,
            width
        );
    }
    assert_eq!(e.file, std::path::Path::new(FILE), "error names another file ({e})");
    assert!(!e.message.trim().is_empty(), "empty message at {}:{}", e.line, e.column);
    let shown = e.to_string();
    assert!(shown.starts_with(FILE), "display does not start with the file: {shown}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(line: usize, column: usize) -> InputError {
        InputError {
            file: FILE.into(),
            line,
            column,
            message: "x".into(),
        }
    }

    /// Every seed under `seeds/<target>/` parses: a seed that fails only explores error paths.
    #[test]
    fn seeds_are_valid() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut n = 0;
        for target in ["scenario", "persona", "municipality", "vendor"] {
            let Ok(dir) = std::fs::read_dir(root.join(target)) else {
                continue;
            };
            for entry in dir.flatten() {
                let path = entry.path();
                let Ok(text) = std::fs::read_to_string(&path) else {
                    panic!("{} is not UTF-8", path.display());
                };
                let result = match target {
                    "scenario" => kofu::scenario::parse(source(&text)).map(|_| ()),
                    "persona" => kofu::domain::registry::Registry::parse(&source(&text)).map(|_| ()),
                    "vendor" => kofu::domain::vendor::Vendor::parse(&source(&text)).map(|_| ()),
                    _ => kofu::domain::municipality::Municipality::parse(&source(&text)).map(|_| ()),
                };
                if let Err(e) = result {
                    panic!("seed {} does not parse: {e}", path.display());
                }
                n += 1;
            }
        }
        assert!(n > 0, "no seeds found under {}", root.display());
    }

    #[test]
    fn positions_inside_the_text_pass() {
        check_error("a = 1\n", &err(1, 1));
        check_error("a = 1\n", &err(1, 6));
        check_error("a = 1\n", &err(2, 1));
        check_error("", &err(1, 1));
        check_error("x", &err(0, 0));
    }

    #[test]
    #[should_panic(expected = "past the end")]
    fn line_past_the_end_fails() {
        check_error("a = 1\n", &err(3, 1));
    }

    #[test]
    #[should_panic(expected = "column 0")]
    fn column_zero_fails() {
        check_error("a = 1\n", &err(1, 0));
    }
}
