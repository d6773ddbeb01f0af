//! The old `[city_hall]` table of municipality profiles (the format until 1 December 2026,
//! when `[[office]]` replaced it): still read, as one office, with a warning at its line; and
//! rewritten by `kofu check --upgrade` to the `[[office]]` it is read as.
//!
//! The rule (README "Compatibility"): `name_ja` / `name` become the office's `name = { ja, en }`,
//! `phone` stays; the free-text `hours_ja` / `hours` have no structured equivalent and become
//! the office's `hours_note = { ja, en }` with no structured `hours` — wherever a refusal names
//! the office, the note is said in place of the hours (the Japanese note in languages other
//! than English). The office's id is `<profile id>-city-hall`; it handles every task (the
//! first office is the main counter). `tax_office` was an English name only and cannot make an
//! office (an office needs a Japanese name): it is not read — tax refusals name the city hall,
//! as the old kiosk did for profiles without it — and the upgrade keeps it as a comment.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::domain::office::Office;
use crate::domain::registry::compat;
use crate::error::{InputError, Source};

/// The old table as the old format defined it (every field but `tax_office` required).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCityHall {
    name: String,
    name_ja: String,
    hours: String,
    hours_ja: String,
    phone: String,
    #[serde(default)]
    tax_office: Option<Spanned<String>>,
}

/// The id the old table's office gets: `<profile id>-city-hall`.
pub fn office_id(profile_id: &str) -> String {
    format!("{profile_id}-city-hall")
}

/// Reads the old table as an office, warning at its line; an `[[office]]` beside it is an
/// error (which of them is the main counter cannot be told).
pub(super) fn office(
    old: &Spanned<RawCityHall>,
    also_offices: bool,
    profile_id: &str,
    src: &Source,
) -> Result<Office, InputError> {
    if also_offices {
        return Err(src.error_at(
            Some(old.span()),
            "both the old `[city_hall]` and `[[office]]` tables: keep the `[[office]]` tables \
             and remove `[city_hall]`",
        ));
    }
    let raw = old.get_ref().clone();
    let id = office_id(profile_id);
    compat::warn(
        src,
        old.span(),
        &format!(
            "`[city_hall]` is the old form of `[[office]]`; read as office `{id}` (its free-text \
             hours shown as the office's `hours_note`, no structured hours) — `kofu check \
             --upgrade {}` rewrites it",
            src.path.display()
        ),
    );
    if let Some(t) = &raw.tax_office {
        compat::warn(
            src,
            t.span(),
            &format!(
                "`[city_hall]`'s `tax_office` (\"{}\") has no Japanese name and is not read: \
                 tax refusals name `{id}`; add it as an `[[office]]` with `for = [\"tax\"]`",
                t.get_ref()
            ),
        );
    }
    let pair = |ja: String, en: String| -> BTreeMap<String, String> {
        [("ja".to_string(), ja), ("en".to_string(), en)]
            .into_iter()
            .collect()
    };
    Ok(Office {
        id,
        names: pair(raw.name_ja, raw.name),
        reading: None,
        phone: raw.phone,
        hours: Vec::new(),
        hours_note: pair(raw.hours_ja, raw.hours),
        closed_on_holidays: true,
        handles: Vec::new(),
    })
}

/// `text` (a profile) with its old `[city_hall]` rewritten by [`upgrade`]; unchanged when it
/// has none or is not TOML (the parser then says where).
pub fn upgrade_text(text: &str) -> String {
    match text.parse::<toml_edit::DocumentMut>() {
        Ok(mut doc) if doc.contains_key("city_hall") => {
            upgrade(&mut doc);
            doc.to_string()
        }
        _ => text.to_string(),
    }
}

/// Rewrites the old table in `doc` as the `[[office]]` it is read as, in its place, keeping
/// the comments before it and on its phone line; `tax_office` becomes a comment above it.
/// Nothing happens when there is no old table (or it is not a table).
pub fn upgrade(doc: &mut toml_edit::DocumentMut) {
    let profile_id = doc
        .get("id")
        .and_then(|v| v.as_str())
        .unwrap_or("municipality")
        .to_string();
    let Some(old) = doc.get("city_hall").and_then(|i| i.as_table_like()) else {
        return;
    };
    let text = |k: &str| old.get(k).and_then(|v| v.as_str()).unwrap_or_default();
    let pair = |ja: &str, en: &str| {
        let mut t = toml_edit::InlineTable::new();
        t.insert("ja", ja.into());
        t.insert("en", en.into());
        toml_edit::value(t)
    };
    let mut office = toml_edit::Table::new();
    office.insert("id", toml_edit::value(office_id(&profile_id)));
    office.insert("name", pair(text("name_ja"), text("name")));
    if let Some((key, item)) = old.get_key_value("phone") {
        let mut key = key.clone();
        key.fmt();
        office.insert_formatted(&key, item.clone());
    }
    office.insert("hours_note", pair(text("hours_ja"), text("hours")));
    let mut prefix = doc
        .get("city_hall")
        .and_then(|i| i.as_table())
        .and_then(|t| t.decor().prefix())
        .and_then(|p| p.as_str())
        .unwrap_or("\n")
        .to_string();
    prefix.push_str(
        "# Was `[city_hall]` (rewritten by kofu check --upgrade): its free-text hours are the\n\
         # hours_note; add structured `hours` when known.\n",
    );
    if let Some(t) = old.get("tax_office").and_then(|v| v.as_str()) {
        prefix.push_str(&format!(
            "# tax_office = \"{t}\": add it as an [[office]] with for = [\"tax\"] and its \
             Japanese name.\n"
        ));
    }
    office.decor_mut().set_prefix(prefix);
    office.set_position(doc.get("city_hall").and_then(|i| i.as_table()?.position()));
    doc.remove("city_hall");
    let mut offices = toml_edit::ArrayOfTables::new();
    offices.push(office);
    doc.insert("office", toml_edit::Item::ArrayOfTables(offices));
}
