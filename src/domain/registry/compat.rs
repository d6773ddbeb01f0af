//! Files keep working (DESIGN.md "Compatibility"): every file kofu reads — persona decks,
//! municipality and vendor profiles, scenarios — may say `format = N` (absent means 1). A field
//! added later is optional with a documented default; a renamed or removed field is still read,
//! with a warning on stderr naming the file, line and column; `kofu check --upgrade` rewrites a
//! file to the current format (keeping its comments, through `toml_edit`).

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Mutex;

use toml::Spanned;

use super::Registry;
use crate::error::{InputError, Source};

/// The format this kofu writes and reads; files of every earlier one load too.
pub const FORMAT: i64 = 1;

/// What a TOML file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A scenario (`steps` or `[[visit]]`).
    Scenario,
    /// A municipality profile (`[certificates]`).
    Municipality,
    /// A vendor profile (`accepted_yen`).
    Vendor,
    /// A persona deck (`[[person]]`, `[[card]]`, `[[household]]`).
    Deck,
}

impl Kind {
    /// The kind of a parsed TOML table, from its top-level keys (None: cannot tell).
    pub fn of(table: &toml::Table) -> Option<Kind> {
        if table.contains_key("steps") || table.contains_key("visit") {
            Some(Kind::Scenario)
        } else if table.contains_key("certificates") {
            Some(Kind::Municipality)
        } else if table.contains_key("accepted_yen") {
            Some(Kind::Vendor)
        } else if ["person", "card", "household"]
            .iter()
            .any(|k| table.contains_key(*k))
        {
            Some(Kind::Deck)
        } else {
            None
        }
    }

    /// The words `kofu check` says it with.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Scenario => "scenario",
            Kind::Municipality => "municipality profile",
            Kind::Vendor => "vendor profile",
            Kind::Deck => "persona deck",
        }
    }
}

/// A top-level field that was renamed: still read under its old name, with a warning.
#[derive(Debug, Clone, Copy)]
pub struct Renamed {
    /// The file kind it belongs to.
    pub kind: Kind,
    /// The name older files use.
    pub old: &'static str,
    /// Today's name.
    pub new: &'static str,
    /// When and why, as the warning says it.
    pub why: &'static str,
}

/// Every rename so far (the table `kofu check --upgrade` applies).
pub const RENAMED: [Renamed; 1] = [Renamed {
    kind: Kind::Vendor,
    old: "max_inserted_yen",
    new: "max_total_yen",
    why: "since December 2026 the ceiling is on the transaction's total, checked while the \
          basket is built",
}];

/// Checks a file's `format = N`: 1 ..= [`FORMAT`] (absent means 1).
pub fn check_format(format: Option<&Spanned<i64>>, src: &Source) -> Result<(), InputError> {
    match format {
        Some(f) if !(1..=FORMAT).contains(f.get_ref()) => Err(src.error_at(
            Some(f.span()),
            format!(
                "format {} is not one this kofu reads (1 to {FORMAT}): a newer kofu wrote it, \
                 or it is a mistake",
                f.get_ref()
            ),
        )),
        _ => Ok(()),
    }
}

/// Top-level keys with their spans, or None when the text is not TOML (the real parser then
/// reports where).
fn top_keys(src: &Source) -> Option<BTreeMap<Spanned<String>, Spanned<toml::Value>>> {
    toml::from_str(&src.text).ok()
}

/// A profile's text made ready for its parser: `format` checked and blanked out (spaces of the
/// same length, so every line and column stays), each renamed field warned about.
pub fn profile(src: Source, kind: Kind) -> Result<Source, InputError> {
    let Some(keys) = top_keys(&src) else {
        return Ok(src);
    };
    let mut src = src;
    for (k, v) in &keys {
        if k.get_ref() == "format" {
            let f = v.get_ref().as_integer().map(|n| Spanned::new(v.span(), n));
            if f.is_none() {
                return Err(src.error_at(Some(v.span()), "`format` is a whole number, e.g. 1"));
            }
            check_format(f.as_ref(), &src)?;
            let range = k.span().start..v.span().end;
            src.text = blank(&src.text, range);
        }
    }
    warn_renamed(&src, kind, &keys);
    Ok(src)
}

/// `text` with the bytes of `range` replaced by spaces (newlines kept).
fn blank(text: &str, range: Range<usize>) -> String {
    text.char_indices()
        .map(|(i, c)| {
            if range.contains(&i) && c != '\n' {
                " ".repeat(c.len_utf8())
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn warn_renamed(src: &Source, kind: Kind, keys: &BTreeMap<Spanned<String>, Spanned<toml::Value>>) {
    for r in RENAMED.iter().filter(|r| r.kind == kind) {
        if let Some((k, _)) = keys.iter().find(|(k, _)| k.get_ref() == r.old) {
            warn(
                src,
                k.span(),
                &format!(
                    "`{}` is now `{}` ({}); read as `{}` — `kofu check --upgrade {}` rewrites it",
                    r.old,
                    r.new,
                    r.why,
                    r.new,
                    src.path.display()
                ),
            );
        }
    }
}

/// Says a compatibility warning on stderr, once per file, line and message in a process.
pub fn warn(src: &Source, span: Range<usize>, message: &str) {
    static SAID: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());
    let (line, column) = src.line_col(span.start);
    let text = format!(
        "warning: {}:{line}:{column}: {}",
        src.path.display(),
        crate::error::clip_quoted(message)
    );
    let new = SAID
        .lock()
        .map(|mut s| s.insert(text.clone()))
        .unwrap_or(true);
    if new {
        eprintln!("{text}");
    }
}

/// The text of `src` rewritten to the current format: renamed fields under today's names and
/// `format = FORMAT` at the top; comments and layout kept. (A municipality profile's old
/// `[city_hall]` is rewritten after this by `municipality::city_hall::upgrade_text`.)
pub fn upgrade(src: &Source, kind: Kind) -> Result<String, InputError> {
    let mut doc: toml_edit::DocumentMut = src.text.parse().map_err(|e: toml_edit::TomlError| {
        let span = e.span();
        src.error_at(span, e.message().to_string())
    })?;
    let renames: Vec<&Renamed> = RENAMED
        .iter()
        .filter(|r| r.kind == kind && doc.contains_key(r.old) && !doc.contains_key(r.new))
        .collect();
    if !renames.is_empty() {
        // Rebuilt in order, so a renamed key keeps its place, its comment and its value.
        let root = doc.as_table_mut();
        let entries: Vec<(toml_edit::Key, toml_edit::Item)> = root
            .iter()
            .filter_map(|(k, v)| Some((root.key(k)?.clone(), v.clone())))
            .collect();
        root.clear();
        for (key, item) in entries {
            let key = match renames.iter().find(|r| r.old == key.get()) {
                Some(r) => {
                    let mut new = toml_edit::Key::new(r.new);
                    *new.leaf_decor_mut() = key.leaf_decor().clone();
                    new
                }
                None => key,
            };
            root.insert_formatted(&key, item);
        }
    }
    if doc.contains_key("format") {
        doc["format"] = toml_edit::value(FORMAT);
        Ok(doc.to_string())
    } else {
        // `format` first, above everything, so a reader sees it at once.
        Ok(format!("format = {FORMAT}\n{doc}"))
    }
}

/// What a deck written before `domicile_address` existed prints as the domicile (本籍): the
/// household's address when the domicile is the municipality the person lives in (most people's
/// family register is where they live, and the deck has no better address), else the
/// municipality's name with 「（番地略）」 ("lot number left out"). The name is the profile's,
/// filled in by [`Registry::name_domiciles`] when the profiles are at hand; until then the id
/// stands in.
pub(crate) fn default_domicile_address(
    domicile: &str,
    resident_of: Option<&str>,
    household: Option<&str>,
    reg: &Registry,
) -> Option<String> {
    let home = household.and_then(|h| reg.households.get(h));
    match home {
        Some(h) if resident_of == Some(domicile) && h.municipality == domicile => {
            Some(h.address.clone())
        }
        _ => Some(format!("{domicile}{NO_LOT}")),
    }
}

/// Written after a municipality's name when a deck gives no domicile address.
pub const NO_LOT: &str = "（番地略）";
