//! Numbers and dates as each language's readers expect them, from CLDR data (ICU4X with its
//! compiled data) rather than hand-written tables: the digits (Devanagari for Nepali, CLDR's
//! default there), the grouping (Spanish leaves four digits ungrouped, Nepali groups the Indian
//! way), the calendar (the Japanese era for Japanese, as the real machine shows it; the Buddhist
//! era for Thai: 2569 in 2026) and the order and words of a date.
//!
//! A language whose formatter cannot be built (compiled data covers every bundled one, so this
//! does not happen) falls back to plain ASCII digits and ISO dates: never a panic.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use icu_calendar::{AnyCalendar, AnyCalendarKind, Date, Iso};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDET};
use icu_datetime::input::{DateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::Locale;

use super::LOCALES;

/// The CLDR locale behind a bundled language: Japanese asks for the Japanese calendar (CLDR's
/// default for `ja` is Gregorian, but the kiosk shows the era, as the real machine does).
fn locale_of(code: &str) -> Locale {
    let tag = match code {
        "ja" => "ja-u-ca-japanese",
        other => other,
    };
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

/// The formatters of one language.
struct Formats {
    /// Whole numbers, grouped.
    number: Option<DecimalFormatter>,
    /// Digits only (years, codes): never grouped.
    digits: Option<DecimalFormatter>,
    /// A date with its weekday and the time to the minute (the header).
    date_time: Option<DateTimeFormatter<YMDET>>,
    /// A date (expiry dates, "from" dates in sentences).
    date: Option<DateTimeFormatter<YMD>>,
}

impl Formats {
    fn new(code: &str) -> Self {
        let locale = locale_of(code);
        let never = DecimalFormatterOptions::from(GroupingStrategy::Never);
        Self {
            number: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
            digits: DecimalFormatter::try_new((&locale).into(), never).ok(),
            date_time: DateTimeFormatter::try_new(
                (&locale).into(),
                YMDET::medium().with_time_precision(TimePrecision::Minute),
            )
            .ok(),
            date: DateTimeFormatter::try_new((&locale).into(), YMD::long()).ok(),
        }
    }
}

/// Each language's formatters, built the first time they are used.
static FORMATS: [OnceLock<Formats>; LOCALES.len()] = [const { OnceLock::new() }; LOCALES.len()];

fn formats(code: &str) -> Option<&'static Formats> {
    let i = LOCALES.iter().position(|l| l.0 == code)?;
    Some(FORMATS.get(i)?.get_or_init(|| Formats::new(code)))
}

/// ICU's text with its narrow and thin spaces (CLDR puts U+202F before "AM", for one) made
/// no-break spaces: the window draws those two with zero width, since it uses the thin space
/// to mark where Thai may break (`crate::i18n::line_break`).
fn plain_spaces(text: String) -> String {
    if text.contains(['\u{202F}', '\u{2009}']) {
        text.replace(['\u{202F}', '\u{2009}'], "\u{A0}")
    } else {
        text
    }
}

/// An ICU date for a chrono date.
fn iso(d: NaiveDate) -> Option<Date<Iso>> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Date::try_new_iso(d.year(), month, day).ok()
}

/// A whole number with the language's digits and grouping.
pub fn number(code: &str, n: u64) -> String {
    match formats(code).and_then(|f| f.number.as_ref()) {
        Some(f) => plain_spaces(f.format(&Decimal::from(n)).to_string()),
        None => n.to_string(),
    }
}

/// Digits in the language's numbering system, never grouped (a year, a count of seconds).
pub fn digits(code: &str, n: u64) -> String {
    match formats(code).and_then(|f| f.digits.as_ref()) {
        Some(f) => f.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    }
}

/// A time of day as `HH:MM` (24 hours, as Japanese kiosks and office hours give it), in the
/// language's digits (०८:४५ in Nepali).
pub fn time(code: &str, t: NaiveTime) -> String {
    in_digits(code, &format!("{:02}:{:02}", t.hour(), t.minute()))
}

/// `text` with each ASCII digit written in the language's digits (a clock's `10:00:05`).
pub fn in_digits(code: &str, text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => digits(code, u64::from(d)),
            None => c.to_string(),
        })
        .collect()
}

/// A date with its weekday and a time to the minute, in the language's calendar and pattern.
pub fn date_time(code: &str, d: NaiveDate, t: NaiveTime) -> String {
    let time = u8::try_from(t.hour())
        .ok()
        .zip(u8::try_from(t.minute()).ok())
        .and_then(|(h, m)| Time::try_new(h, m, 0, 0).ok());
    let formatted = formats(code)
        .and_then(|f| f.date_time.as_ref())
        .zip(iso(d).zip(time))
        .map(|(f, (date, time))| plain_spaces(f.format(&DateTime { date, time }).to_string()));
    formatted.unwrap_or_else(|| format!("{} {}", d.format("%Y-%m-%d"), t.format("%H:%M")))
}

/// A date in the language's calendar and pattern.
pub fn date(code: &str, d: NaiveDate) -> String {
    formats(code)
        .and_then(|f| f.date.as_ref())
        .zip(iso(d))
        .map(|(f, date)| plain_spaces(f.format(&date).to_string()))
        .unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
}

/// Gregorian `year` as the readers of the language count it (Thai: the Buddhist era, 2569 for
/// 2026; the others: the Gregorian year), in the language's digits. Japanese counts by era
/// through its own patterns (`crate::i18n::era_of`), so here it gets the Gregorian year.
pub fn year_number(code: &str, year: i32) -> String {
    let locale: Locale = code.parse().unwrap_or(Locale::UNKNOWN);
    let kind = AnyCalendarKind::try_new((&locale).into()).unwrap_or(AnyCalendarKind::Gregorian);
    let local = NaiveDate::from_ymd_opt(year, 12, 31)
        .and_then(iso)
        .map_or(year, |d| {
            d.to_calendar(AnyCalendar::new(kind))
                .year()
                .era_year_or_related_iso()
        });
    match u64::try_from(local) {
        Ok(n) => digits(code, n),
        Err(_) => local.to_string(),
    }
}
