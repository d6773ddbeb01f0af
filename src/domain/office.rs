//! Where a refused resident goes: the municipality's offices, their names in each language,
//! their opening hours as data and what each one handles. A refusal names an office by id; the
//! words (the name in the screen's language, the hours in its weekday names) are rendered from
//! these facts by `crate::i18n`, so the screen, the JSON and the handbook say the same thing.

use std::collections::BTreeMap;

use chrono::{NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::domain::calendar::TimeWindow;
use crate::error::{InputError, Source};

/// What a resident may go to an office for. A refusal's next step asks for one of these; the
/// profile says which office handles it (the first office listing it, else the first office).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Task {
    /// The general certificate counter (住民票・印鑑・戸籍の窓口).
    Counter,
    /// PIN reset, card renewal, suspension, electronic certificates (マイナンバーカード窓口).
    Card,
    /// Tax certificates (税務窓口).
    Tax,
}

impl Task {
    /// Every task, in a stable order.
    pub const ALL: [Task; 3] = [Task::Counter, Task::Card, Task::Tax];

    /// The snake_case code used in profiles.
    pub fn code(self) -> &'static str {
        match self {
            Task::Counter => "counter",
            Task::Card => "card",
            Task::Tax => "tax",
        }
    }
}

/// Opening hours on some days of the week (optionally only in some weeks of the month).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficeHours {
    /// The days these hours apply to.
    pub weekdays: Vec<Weekday>,
    /// Weeks of the month (1–5) these hours apply in; empty means every week.
    pub weeks: Vec<u8>,
    /// Opening time.
    pub open: NaiveTime,
    /// Closing time.
    pub close: NaiveTime,
}

/// One office of the municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Office {
    /// Stable id (`tsukuba-city-hall`), used in refusal facts.
    pub id: String,
    /// Name per language code; `ja` and `en` are always present.
    pub names: BTreeMap<String, String>,
    /// Latin reading of the Japanese name, shown beside it in languages the profile has no
    /// name for (a resident can say it or show it at the counter).
    pub reading: Option<String>,
    /// Phone number.
    pub phone: String,
    /// Opening hours; later entries override earlier ones on the days they cover.
    pub hours: Vec<OfficeHours>,
    /// Opening hours in words per language code (`hours_note`), for what `hours` cannot say
    /// and for the free text of old `[city_hall]` profiles: shown after the structured hours,
    /// or instead of them (holiday sentence included) when there are none. Empty: no note.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub hours_note: BTreeMap<String, String>,
    /// Closed on national holidays and from 29 December to 3 January.
    pub closed_on_holidays: bool,
    /// What it handles.
    pub handles: Vec<Task>,
}

impl Office {
    /// The office's name in `lang`, if the profile gives one.
    pub fn name_in(&self, lang: &str) -> Option<&str> {
        self.names.get(lang).map(String::as_str)
    }

    /// The hours note in `lang`, else the Japanese one (the counter's language, which a
    /// resident can show there; never the English note inside another language's sentence).
    pub fn hours_note_in(&self, lang: &str) -> Option<&str> {
        self.hours_note
            .get(lang)
            .or_else(|| self.hours_note.get("ja"))
            .map(String::as_str)
    }
}

/// An `[[office]]` table as written in a profile.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOffice {
    id: toml::Spanned<String>,
    name: toml::Spanned<BTreeMap<String, String>>,
    #[serde(default)]
    reading: Option<String>,
    phone: String,
    #[serde(default)]
    hours: Vec<RawHours>,
    #[serde(default)]
    hours_note: Option<toml::Spanned<BTreeMap<String, String>>>,
    #[serde(default = "yes")]
    closed_on_holidays: bool,
    #[serde(default, rename = "for")]
    handles: Vec<toml::Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHours {
    days: toml::Spanned<String>,
    #[serde(default)]
    weeks: Vec<toml::Spanned<u8>>,
    open: toml::Spanned<String>,
    close: toml::Spanned<String>,
}

fn yes() -> bool {
    true
}

const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// Parses `mon-sat`, `thu` or `mon,wed,fri` into weekdays.
fn parse_days(s: &str) -> Option<Vec<Weekday>> {
    let day = |d: &str| DAYS.iter().position(|(n, _)| *n == d.trim());
    let mut out = Vec::new();
    for part in s.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                if b < a {
                    return None;
                }
                out.extend(DAYS.get(a..=b)?.iter().map(|(_, w)| *w));
            }
            None => out.push(DAYS.get(day(part)?)?.1),
        }
    }
    (!out.is_empty()).then_some(out)
}

impl RawOffice {
    /// Validates the table; errors point at the value.
    pub(crate) fn build(self, src: &Source) -> Result<Office, InputError> {
        let names = self.name.get_ref().clone();
        for required in ["ja", "en"] {
            if names.get(required).is_none_or(|n| n.trim().is_empty()) {
                return Err(src.error_at(
                    Some(self.name.span()),
                    format!("the office's `name` needs a `{required}` entry"),
                ));
            }
        }
        let hours_note = self.hours_note.map_or(Ok(BTreeMap::new()), |n| {
            if n.get_ref().get("ja").is_none_or(|t| t.trim().is_empty()) {
                return Err(src.error_at(
                    Some(n.span()),
                    "the office's `hours_note` needs a `ja` entry (shown in languages it has \
                     no note for)",
                ));
            }
            Ok(n.into_inner())
        })?;
        let mut hours = Vec::new();
        for h in &self.hours {
            let Some(weekdays) = parse_days(h.days.get_ref()) else {
                return Err(src.error_at(
                    Some(h.days.span()),
                    "days: write e.g. \"mon-fri\", \"sat\" or \"mon,wed\"",
                ));
            };
            let w = TimeWindow::parse(h.open.get_ref(), h.close.get_ref())
                .map_err(|e| src.error_at(Some(h.open.span()), format!("bad hours: {e}")))?;
            let mut weeks = Vec::new();
            for wk in &h.weeks {
                if !(1..=5).contains(wk.get_ref()) {
                    return Err(src.error_at(Some(wk.span()), "weeks are 1..=5"));
                }
                weeks.push(*wk.get_ref());
            }
            hours.push(OfficeHours {
                weekdays,
                weeks,
                open: w.open,
                close: w.close,
            });
        }
        let mut handles = Vec::new();
        for t in &self.handles {
            let Some(task) = Task::ALL.into_iter().find(|x| x.code() == t.get_ref()) else {
                return Err(src.error_at(
                    Some(t.span()),
                    format!(
                        "unknown task `{}`; expected one of {}",
                        t.get_ref(),
                        Task::ALL.map(Task::code).join(", ")
                    ),
                ));
            };
            handles.push(task);
        }
        Ok(Office {
            id: self.id.into_inner(),
            names,
            reading: self.reading,
            phone: self.phone,
            hours,
            hours_note,
            closed_on_holidays: self.closed_on_holidays,
            handles,
        })
    }

    /// The span of the id, for errors about duplicates.
    pub(crate) fn id_span(&self) -> std::ops::Range<usize> {
        self.id.span()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_parse_ranges_and_lists() {
        assert_eq!(
            parse_days("mon-fri").map(|v| v.len()),
            Some(5),
            "a range is inclusive"
        );
        assert_eq!(parse_days("thu"), Some(vec![Weekday::Thu]));
        assert_eq!(
            parse_days("mon,wed"),
            Some(vec![Weekday::Mon, Weekday::Wed])
        );
        assert_eq!(parse_days("sat-mon"), None);
        assert_eq!(parse_days("someday"), None);
    }
}
