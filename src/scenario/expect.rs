//! `[expect]` (and each visit's `[visit.expect]`): the keys a scenario may check, read with the
//! span of each key so a mismatch names the file's line and column, and the checks themselves.
//! Besides the outcome's own fields, a trainer or an auditor can say what the documents print
//! (`printed`, `not_printed`) and what the refusal says (`next_step`, `office`, `facts`).

use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::Value;
use toml::Spanned;

use crate::domain::next_step::NextStep;
use crate::error::{InputError, Source};
use crate::scenario::outcome::{Mismatch, Outcome};

/// The fields `[expect]` may name: the outcome's fields, then the content and refusal keys.
pub const EXPECT_KEYS: [&str; 17] = [
    "status",
    "reason",
    "fee_yen",
    "paid_yen",
    "change_yen",
    "charged_yen",
    "pin_tries_left",
    "screens",
    "documents",
    "skipped",
    "fault",
    "rejected_yen",
    "printed",
    "not_printed",
    "next_step",
    "office",
    "facts",
];

/// The keys that read the printed text (the runner renders the pages only when one is used).
pub const TEXT_KEYS: [&str; 2] = ["printed", "not_printed"];

/// `[expect]` as written: each key and value with its place in the file.
pub(crate) type RawExpect = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

/// One expectation: key, expected value (as JSON, the outcome's language) and the key's span.
pub type Expectation = (String, Value, Range<usize>);

/// Checks the keys and the shape of each value, so a wrong file stops at `kofu check`.
pub(crate) fn parse(raw: Option<RawExpect>, src: &Source) -> Result<Vec<Expectation>, InputError> {
    let mut out = Vec::new();
    let Some(table) = raw else {
        return Ok(out);
    };
    let mut entries: Vec<_> = table.into_iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    for (key, value) in entries {
        let span = key.span();
        let k = key.into_inner();
        if !EXPECT_KEYS.contains(&k.as_str()) {
            return Err(src.error_at(
                Some(span),
                format!(
                    "unknown expectation `{k}`; expected one of {}",
                    EXPECT_KEYS.join(", ")
                ),
            ));
        }
        let vspan = value.span();
        let json = to_json(value.into_inner());
        check_shape(&k, &json).map_err(|m| src.error_at(Some(vspan), format!("`{k}`: {m}")))?;
        out.push((k, json, span));
    }
    Ok(out)
}

/// What each content key needs; the outcome's own fields are compared as written.
fn check_shape(key: &str, v: &Value) -> Result<(), String> {
    match key {
        "printed" | "not_printed" => match v.as_array() {
            Some(a)
                if a.iter()
                    .all(|x| x.as_str().is_some_and(|s| !s.trim().is_empty())) =>
            {
                Ok(())
            }
            _ => Err("write a list of texts, e.g. [\"世帯主\", \"筑波 太郎\"]".into()),
        },
        "next_step" => match serde_json::from_value::<NextStep>(v.clone()) {
            Ok(_) => Ok(()),
            Err(_) => {
                use strum::IntoEnumIterator;
                let codes: Vec<&str> = NextStep::iter().map(NextStep::code).collect();
                Err(format!("expected one of {}", codes.join(", ")))
            }
        },
        "office" => match v.as_str() {
            Some(_) => Ok(()),
            None => Err("write the office's id from the municipality profile".into()),
        },
        "facts" => match v.as_object() {
            Some(_) => Ok(()),
            None => Err("write a table, e.g. facts = { business_days = 3 }".into()),
        },
        _ => Ok(()),
    }
}

/// A TOML value as JSON; a date or time is its text (as the outcome writes facts' dates).
fn to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

/// Text with every whitespace removed: `printed` ignores how the page spaces and breaks lines.
fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks `expect` against the outcome; `pages` is the text drawn on every printed page (None
/// when the player kept none: text expectations are then listed as not checked).
pub fn check(
    expect: &[Expectation],
    src: &Source,
    o: &Outcome,
    pages: Option<&[String]>,
) -> (Vec<Mismatch>, Vec<String>) {
    let actual = serde_json::to_value(o).unwrap_or(Value::Null);
    let printed: Option<String> = pages.map(|p| p.iter().map(|t| compact(t)).collect());
    let refusal = actual.get("refusal").cloned().unwrap_or(Value::Null);
    let mut mismatches = Vec::new();
    let mut unchecked = Vec::new();
    for (key, expected, span) in expect {
        let got = match key.as_str() {
            "printed" | "not_printed" => {
                let Some(text) = &printed else {
                    unchecked.push(key.clone());
                    continue;
                };
                let want = key == "printed";
                let wrong: Vec<Value> = expected
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|w| {
                        w.as_str()
                            .is_some_and(|w| text.contains(&compact(w)) != want)
                    })
                    .cloned()
                    .collect();
                if wrong.is_empty() {
                    continue;
                }
                let pages = pages.map_or(0, <[String]>::len);
                let said = if want { "not found in" } else { "found in" };
                push(
                    &mut mismatches,
                    src,
                    key,
                    Value::Array(wrong),
                    format!("{said} the {pages} printed page(s)").into(),
                    span,
                );
                continue;
            }
            "next_step" => refusal
                .get("next_step_code")
                .cloned()
                .unwrap_or(Value::Null),
            "office" => refusal
                .get("facts")
                .and_then(|f| f.get("office"))
                .cloned()
                .unwrap_or(Value::Null),
            "facts" => {
                let have = refusal.get("facts").cloned().unwrap_or(Value::Null);
                let subset = expected
                    .as_object()
                    .is_some_and(|want| want.iter().all(|(k, v)| have.get(k) == Some(v)));
                if !subset {
                    push(&mut mismatches, src, key, expected.clone(), have, span);
                }
                continue;
            }
            _ => actual.get(key).cloned().unwrap_or(Value::Null),
        };
        if !same(key, expected, &got) {
            let shown = if key == "documents" {
                Value::from(got.as_array().map_or(0, Vec::len))
            } else {
                got
            };
            push(&mut mismatches, src, key, expected.clone(), shown, span);
        }
    }
    (mismatches, unchecked)
}

/// `documents = 2` counts documents; `screens = [...]` must appear in order; else equality.
fn same(key: &str, expected: &Value, got: &Value) -> bool {
    match (key, expected) {
        ("documents", Value::Number(n)) => got.as_array().map(|a| a.len() as u64) == n.as_u64(),
        ("screens", Value::Array(want)) => {
            let have = got.as_array().cloned().unwrap_or_default();
            let mut it = have.iter();
            want.iter().all(|w| it.any(|h| h == w))
        }
        _ => got == expected,
    }
}

fn push(
    v: &mut Vec<Mismatch>,
    src: &Source,
    key: &str,
    expected: Value,
    actual: Value,
    span: &Range<usize>,
) {
    let (line, column) = src.line_col(span.start);
    v.push(Mismatch {
        field: key.to_string(),
        expected,
        actual,
        line,
        column,
        visit: None,
    });
}
