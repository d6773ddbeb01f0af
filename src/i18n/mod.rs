//! Screen languages: Fluent bundles built from `locales/*.ftl` (embedded with `include_str!`, so
//! the binary runs anywhere), and per-language formatting of numbers, yen, dates and fiscal years.
//!
//! Decisions:
//! - Japanese (`ja.ftl`) is the source; every file has exactly its keys (a test checks).
//! - Unicode isolation marks around placeables are off: egui draws them as nothing useful, and
//!   the kiosk never mixes right-to-left text.
//! - Numbers and dates come from CLDR through ICU4X ([`format`]): digits, grouping, calendar
//!   and date patterns per language (Japanese in the Japanese era, as the real machine shows
//!   it; Thai in the Buddhist era; Nepali in Devanagari digits). Fluent does not group digits,
//!   so every number a sentence shows is formatted here and passed as text; a number that only
//!   chooses a plural form is passed as a number.
//! - Money: the amount (CLDR digits and grouping) goes into the language's `money-yen` pattern,
//!   which places the yen's symbol or word as the glossary says (`300円`, `¥300`, `300日元`:
//!   a bare ¥ reads as renminbi to a Chinese reader).
//! - Fiscal years (年度) are a Japanese notion: `fiscal-year` gets the era and era year (for the
//!   Japanese pattern) and the year and income year as the language counts years.
//! - A missing key shows the key itself (visible in review, never a crash).

use chrono::{DateTime, Datelike, NaiveDate};
use chrono_tz::Tz;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub mod effects;
pub mod events;
pub mod format;
pub mod line_break;
pub mod office;
pub mod refusal;

/// The parts a language's words are kept in: `locales/<code>.ftl` (the kiosk and the console)
/// and one file per area in `locales/<area>/<code>.ftl`, so each area's sentences have one home
/// and can be translated and reviewed apart. A bundle is all of them, in this order.
pub const AREAS: [&str; 5] = ["handbook", "audit", "trainees", "facts", "class"];

/// One language's Fluent source: its main file and each of [`AREAS`], joined by new lines.
macro_rules! locale {
    ($code:literal) => {
        (
            $code,
            concat!(
                include_str!(concat!("../../locales/", $code, ".ftl")),
                "\n",
                include_str!(concat!("../../locales/handbook/", $code, ".ftl")),
                "\n",
                include_str!(concat!("../../locales/audit/", $code, ".ftl")),
                "\n",
                include_str!(concat!("../../locales/trainees/", $code, ".ftl")),
                "\n",
                include_str!(concat!("../../locales/facts/", $code, ".ftl")),
                "\n",
                include_str!(concat!("../../locales/class/", $code, ".ftl")),
            ),
        )
    };
}

/// The bundled languages: BCP 47 code and the Fluent source. Japanese first (the source).
pub const LOCALES: [(&str, &str); 11] = [
    locale!("ja"),
    locale!("en"),
    locale!("zh-Hans"),
    locale!("ko"),
    locale!("pt"),
    locale!("es"),
    locale!("vi"),
    locale!("tl"),
    locale!("id"),
    locale!("th"),
    locale!("ne"),
];

/// Each language's bundle, parsed the first time it is used and then shared for the whole
/// process (a `kofu run` formats English and Japanese, the window all eleven).
static CATALOG: [std::sync::OnceLock<FluentBundle<FluentResource>>; LOCALES.len()] =
    [const { std::sync::OnceLock::new() }; LOCALES.len()];

/// Formats a Fluent number (a count a sentence shows, which also picks its plural form) in the
/// digits and grouping of language `I`: Fluent itself would print ASCII digits ungrouped.
fn number_in<const I: usize>(
    value: &FluentValue,
    _memo: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let whole = n.value;
    if whole < 0.0 || whole.fract() != 0.0 || whole > 1e15 {
        return None;
    }
    // A whole number in range: the conversion is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = whole as u64;
    Some(format::number(LOCALES.get(I)?.0, whole))
}

/// [`number_in`] for each bundled language, in [`LOCALES`] order.
type NumberFormatter =
    fn(&FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>;
const NUMBER_FORMATTERS: [NumberFormatter; LOCALES.len()] = [
    number_in::<0>,
    number_in::<1>,
    number_in::<2>,
    number_in::<3>,
    number_in::<4>,
    number_in::<5>,
    number_in::<6>,
    number_in::<7>,
    number_in::<8>,
    number_in::<9>,
    number_in::<10>,
];

fn bundle_at(i: usize) -> Option<&'static FluentBundle<FluentResource>> {
    let (code, source) = *LOCALES.get(i)?;
    Some(CATALOG.get(i)?.get_or_init(|| {
        let ids: Vec<unic_langid::LanguageIdentifier> = code.parse().into_iter().collect();
        let mut bundle = FluentBundle::new_concurrent(ids);
        bundle.set_use_isolating(false);
        bundle.set_formatter(NUMBER_FORMATTERS.get(i).copied());
        let res = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // Duplicate ids keep the first; a test keeps files free of them.
        let _ignored = bundle.add_resource(res);
        bundle
    }))
}

/// The translations of every bundled language and the one in use. Cheap to copy: the bundles
/// are shared.
#[derive(Clone, Copy)]
pub struct I18n {
    current: usize,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("lang", &self.lang()).finish()
    }
}

/// Parse errors of a bundled file (a test keeps them at zero; at run time the rest of the file
/// still works).
pub fn parse_errors(code: &str, source: &str) -> Vec<String> {
    match FluentResource::try_new(source.to_string()) {
        Ok(_) => Vec::new(),
        Err((_, errs)) => errs.iter().map(|e| format!("{code}: {e:?}")).collect(),
    }
}

/// The message ids of a Fluent source, in order.
pub fn keys_of(source: &str) -> Vec<String> {
    let res = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The text of every message value and attribute of a Fluent file (the text of every variant
/// of a selector included), placeables left out: the words a reader of the language sees, for
/// the checks that a screen or the console shows only its language's words.
pub fn message_texts(text: &str) -> Vec<String> {
    use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
    fn collect(p: &Pattern<&str>, s: &mut String) {
        for e in &p.elements {
            match e {
                PatternElement::TextElement { value } => s.push_str(value),
                PatternElement::Placeable {
                    expression: Expression::Select { variants, .. },
                } => {
                    for v in variants {
                        s.push(' ');
                        collect(&v.value, s);
                    }
                }
                PatternElement::Placeable { .. } => s.push(' '),
            }
        }
    }
    let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
    let mut out = Vec::new();
    for entry in res.body {
        if let Entry::Message(m) = entry {
            for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                let mut s = String::new();
                collect(p, &mut s);
                out.push(s);
            }
        }
    }
    out
}

impl Default for I18n {
    fn default() -> Self {
        Self::new()
    }
}

impl I18n {
    /// The translations, in Japanese.
    pub fn new() -> Self {
        Self { current: 0 }
    }

    /// The same translations in `code` (Japanese if it is not bundled).
    pub fn in_lang(code: &str) -> Self {
        let mut i = Self::new();
        i.set_lang(code);
        i
    }

    /// The language in use.
    pub fn lang(&self) -> &'static str {
        LOCALES.get(self.current).map_or("ja", |l| l.0)
    }

    /// Switches language; false if it is not bundled (nothing changes).
    pub fn set_lang(&mut self, code: &str) -> bool {
        match LOCALES.iter().position(|l| l.0 == code) {
            Some(i) => {
                self.current = i;
                true
            }
            None => false,
        }
    }

    /// Every bundled language: code and its own name for itself.
    pub fn languages(&self) -> Vec<(&'static str, String)> {
        (0..LOCALES.len())
            .filter_map(|i| {
                let code = LOCALES.get(i)?.0;
                Some((code, format_in(bundle_at(i)?, "language-name", None)))
            })
            .collect()
    }

    fn bundle(&self) -> Option<&FluentBundle<FluentResource>> {
        bundle_at(self.current)
    }

    /// The message `key` in the current language.
    pub fn t(&self, key: &str) -> String {
        match self.bundle() {
            Some(b) => format_in(b, key, None),
            None => key.to_string(),
        }
    }

    /// The message `key` with arguments.
    pub fn ta(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let fa = fluent_args(args);
        match self.bundle() {
            Some(b) => format_in(b, key, Some(&fa)),
            None => key.to_string(),
        }
    }

    /// The message `key` with arguments, only when it formats completely: `None` when it names
    /// a variable `args` lacks (a rule whose facts are not known), instead of a sentence with
    /// a hole in it.
    pub fn ta_complete(&self, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let fa = fluent_args(args);
        let b = self.bundle()?;
        let pattern = b.get_message(key).and_then(|m| m.value())?;
        let mut errors = Vec::new();
        let out = b
            .format_pattern(pattern, Some(&fa), &mut errors)
            .into_owned();
        errors.is_empty().then_some(out)
    }

    /// A whole number with the language's digits and grouping.
    pub fn number(&self, n: u64) -> String {
        format::number(self.lang(), n)
    }

    /// Digits in the language's numbering system, never grouped (seconds, a count).
    pub fn digits(&self, n: u64) -> String {
        format::digits(self.lang(), n)
    }

    /// A fault's name (`fault-<code>`): the console, the machine's printer part, the end
    /// screen and the event log all name it with these words.
    pub fn fault(&self, f: crate::domain::session::Fault) -> String {
        self.t(&format!("fault-{}", f.code()))
    }

    /// An amount of yen in the language's pattern.
    pub fn yen(&self, amount: u32) -> String {
        self.ta(
            "money-yen",
            &[("amount", Arg::Str(self.number(u64::from(amount))))],
        )
    }

    /// Date and time as the header shows it (Japanese: 令和8年11月25日(水) 10:00).
    pub fn date_time(&self, t: DateTime<Tz>) -> String {
        format::date_time(self.lang(), t.date_naive(), t.time())
    }

    /// A time of day, `HH:MM` in the language's digits (office and service hours).
    pub fn time(&self, t: chrono::NaiveTime) -> String {
        format::time(self.lang(), t)
    }

    /// A date (Japanese: 令和8年11月30日; Thai: 30 พฤศจิกายน 2569).
    pub fn date(&self, d: NaiveDate) -> String {
        format::date(self.lang(), d)
    }

    /// A fiscal year (年度) N, which certifies income of calendar year N − 1.
    pub fn fiscal_year(&self, year: i32) -> String {
        // The government names fiscal 2019 令和元年度, so the era is the one of the year's end.
        let (era_key, era_year) = match NaiveDate::from_ymd_opt(year, 12, 31) {
            Some(d) => era_of(d),
            None => (None, year),
        };
        let era = era_key.map(|k| self.t(k)).unwrap_or_default();
        self.ta(
            "fiscal-year",
            &[
                ("era", Arg::Str(era)),
                ("eraYear", Arg::Num(i64::from(era_year))),
                ("year", Arg::Str(format::year_number(self.lang(), year))),
                (
                    "incomeYear",
                    Arg::Str(format::year_number(self.lang(), year - 1)),
                ),
            ],
        )
    }

    /// Items joined with the language's list separator.
    pub fn list(&self, items: &[String]) -> String {
        items.join(&self.t("list-separator"))
    }
}

/// A Fluent argument: a number (plural selection works) or text.
#[derive(Debug, Clone)]
pub enum Arg {
    /// A number.
    Num(i64),
    /// Text (already formatted).
    Str(String),
}

/// Fluent's arguments from ours.
fn fluent_args(args: &[(&str, Arg)]) -> FluentArgs<'static> {
    let mut fa = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Num(n) => fa.set(name.to_string(), FluentValue::from(*n)),
            Arg::Str(s) => fa.set(name.to_string(), FluentValue::from(s.clone())),
        }
    }
    fa
}

fn format_in(b: &FluentBundle<FluentResource>, key: &str, args: Option<&FluentArgs>) -> String {
    let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut errors = Vec::new();
    b.format_pattern(pattern, args, &mut errors).into_owned()
}

/// The Japanese era of a date: the era's message key and the year within it (1 = 元年).
/// Before Heisei: no era, the Gregorian year.
pub fn era_of(d: NaiveDate) -> (Option<&'static str>, i32) {
    let reiwa = NaiveDate::from_ymd_opt(2019, 5, 1);
    let heisei = NaiveDate::from_ymd_opt(1989, 1, 8);
    if reiwa.is_some_and(|r| d >= r) {
        (Some("era-reiwa"), d.year() - 2018)
    } else if heisei.is_some_and(|h| d >= h) {
        (Some("era-heisei"), d.year() - 1988)
    } else {
        (None, d.year())
    }
}

#[cfg(test)]
mod tests;
