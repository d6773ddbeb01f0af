//! One `[certificates.<kind>]` table of a profile: the fee, the weekday window, and for tax
//! certificates the fiscal years offered and the day the new year is first issued.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use toml::Spanned;

use super::{CertificateKind, RawWindow, window};
use crate::domain::calendar::WeekdayWindow;
use crate::error::{InputError, Source};

/// How one certificate is offered by a municipality.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    /// Fee per copy in yen.
    pub fee_yen: u32,
    /// Issued only in this window (e.g. weekdays 8:30–17:15), if set.
    pub window: Option<WeekdayWindow>,
    /// Tax certificates: how many fiscal years are offered (1 = the latest only).
    pub years_offered: u32,
    /// Tax certificates: the month (1–12) from which the new fiscal year is offered.
    pub switch_month: u32,
    /// Tax certificates: the new fiscal year's first issuing day in that month (1–31; default
    /// 1, which keeps the behaviour of profiles that name only the month).
    pub switch_day: u32,
    /// Tax certificates: the first issuing day announced for one fiscal year, which wins over
    /// month and day (Toshima: 2021-06-10, 2024-06-11).
    pub switch_dates: BTreeMap<i32, NaiveDate>,
    /// Tax certificates: the month and day from which residents whose resident tax is wholly
    /// withheld from salary (特別徴収) get the new year, where the ward issues theirs earlier
    /// (Toshima 2024: 14 May; Bunkyo 2017: 12 May). Absent: the general day.
    pub salary_switch: Option<(u32, u32)>,
    /// Tax certificates: the same as [`Offer::switch_dates`] for salary-withheld residents.
    pub salary_switch_dates: BTreeMap<i32, NaiveDate>,
    /// Resident certificate: whether the kiosk may print the My Number (Tsukuba: no).
    pub my_number_option: bool,
}

/// Fiscal years a tax certificate may offer at once (the kiosks offer the latest one or a few).
pub const YEARS_OFFERED: std::ops::RangeInclusive<u32> = 1..=10;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOffer {
    fee: Spanned<u32>,
    #[serde(default)]
    weekdays_only: Option<RawWindow>,
    #[serde(default)]
    years_offered: Option<Spanned<u32>>,
    #[serde(default)]
    switch_month: Option<Spanned<u32>>,
    #[serde(default)]
    my_number_option: bool,
    #[serde(default)]
    switch_day: Option<Spanned<u32>>,
    #[serde(default)]
    switch_dates: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    salary_switch_month: Option<Spanned<u32>>,
    #[serde(default)]
    salary_switch_day: Option<Spanned<u32>>,
    #[serde(default)]
    salary_switch_dates: BTreeMap<Spanned<String>, Spanned<String>>,
}

impl Offer {
    /// The first day fiscal year `year` is issued: the announced date for that year, else the
    /// profile's month and day; a salary-withheld resident's own date where the profile has
    /// one.
    pub fn first_issue_day(&self, year: i32, salary_withheld: bool) -> NaiveDate {
        let general = || {
            self.switch_dates
                .get(&year)
                .copied()
                .unwrap_or_else(|| month_day(year, self.switch_month, self.switch_day))
        };
        if !salary_withheld {
            return general();
        }
        match (self.salary_switch_dates.get(&year), self.salary_switch) {
            (Some(d), _) => *d,
            (None, Some((m, d))) => month_day(year, m, d),
            (None, None) => general(),
        }
    }

    /// The newest fiscal year issued on `today`: this calendar year from its first issuing
    /// day, else the year before.
    pub fn latest_year(&self, today: NaiveDate, salary_withheld: bool) -> i32 {
        if today >= self.first_issue_day(today.year(), salary_withheld) {
            today.year()
        } else {
            today.year() - 1
        }
    }
}

/// A month and day of `year` (a day the month lacks that year, 29 February, is its last).
fn month_day(year: i32, month: u32, day: u32) -> NaiveDate {
    (1..=day)
        .rev()
        .find_map(|d| NaiveDate::from_ymd_opt(year, month, d))
        .unwrap_or(NaiveDate::MIN)
}

/// A day of `month` that exists in every year but a leap year's 29 February (checked against
/// a leap year, so 29 February passes and falls back to the 28th in other years).
fn check_day(
    name: &str,
    month: u32,
    day: &Option<Spanned<u32>>,
    src: &Source,
) -> Result<u32, InputError> {
    let Some(d) = day else { return Ok(1) };
    let v = src.in_range(name, d, 1..=31)?;
    if NaiveDate::from_ymd_opt(2024, month, v).is_none() {
        return Err(src.error_at(
            Some(d.span()),
            format!("{name} = {v}: month {month} has no day {v}"),
        ));
    }
    Ok(v)
}

/// Announced first issuing days by fiscal year: each key a year (`2024`), each value a date
/// of that year (`"2024-06-11"`).
fn switch_dates(
    raw: &BTreeMap<Spanned<String>, Spanned<String>>,
    src: &Source,
) -> Result<BTreeMap<i32, NaiveDate>, InputError> {
    let mut out = BTreeMap::new();
    for (k, v) in raw {
        let year: i32 = k.get_ref().parse().map_err(|_| {
            src.error_at(
                Some(k.span()),
                format!("`{}` is not a fiscal year: write e.g. 2024", k.get_ref()),
            )
        })?;
        let date = crate::domain::registry::date(v, src)?;
        if date.year() != year {
            return Err(src.error_at(
                Some(v.span()),
                format!("the first issuing day of fiscal year {year} must fall in {year}"),
            ));
        }
        out.insert(year, date);
    }
    Ok(out)
}

/// One `[certificates.<kind>]` table: the certificate it is about and how it is offered.
pub(super) fn offer(
    key: &Spanned<String>,
    o: &RawOffer,
    src: &Source,
) -> Result<(CertificateKind, Offer), InputError> {
    let Some(kind) = CertificateKind::from_code(key.get_ref()) else {
        return Err(src.error_at(
            Some(key.span()),
            format!(
                "unknown certificate `{}`; expected one of {}",
                key.get_ref(),
                CertificateKind::ALL.map(|k| k.code()).join(", ")
            ),
        ));
    };
    let fee = src.in_range("fee", &o.fee, 1..=10_000)?;
    if fee % 10 != 0 {
        return Err(src.error_at(
            Some(o.fee.span()),
            "fee must be a multiple of 10 yen (the kiosk takes no 1- or 5-yen coins)",
        ));
    }
    let window = match &o.weekdays_only {
        Some(w) => Some(WeekdayWindow::weekdays_only(window(w, src)?)),
        None => None,
    };
    // Defaults: the latest year only, switching in June (DOMAIN.md "the years offered
    // switch over in June").
    let switch_month = o
        .switch_month
        .as_ref()
        .map_or(Ok(6), |m| src.in_range("switch_month", m, 1..=12))?;
    let switch_day = check_day("switch_day", switch_month, &o.switch_day, src)?;
    let salary_switch = match (&o.salary_switch_month, &o.salary_switch_day) {
        (None, None) => None,
        (Some(m), d) => {
            let month = src.in_range("salary_switch_month", m, 1..=12)?;
            Some((month, check_day("salary_switch_day", month, d, src)?))
        }
        (None, Some(d)) => {
            return Err(src.error_at(
                Some(d.span()),
                "salary_switch_day needs salary_switch_month",
            ));
        }
    };
    let years_offered = o
        .years_offered
        .as_ref()
        .map_or(Ok(1), |y| src.in_range("years_offered", y, YEARS_OFFERED))?;
    Ok((
        kind,
        Offer {
            fee_yen: fee,
            window,
            years_offered,
            switch_month,
            switch_day,
            switch_dates: switch_dates(&o.switch_dates, src)?,
            salary_switch,
            salary_switch_dates: switch_dates(&o.salary_switch_dates, src)?,
            my_number_option: o.my_number_option,
        },
    ))
}
