//! The service calendar of the kiosk, in Japan time (Asia/Tokyo): daily hours, the year-end
//! stop (29 Dec – 3 Jan), announced maintenance stops, weekday-only windows (family-register
//! certificates in some municipalities), Japanese national holidays and business days, and the
//! simulated clock that scenarios and the trainer drive.
//!
//! Every instant is judged by its wall-clock time in Tokyo, whatever offset it was given in.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
    Weekday,
};
use chrono_tz::Tz;

/// The time zone of the service: Japan Standard Time (UTC+9, no daylight saving).
pub const TOKYO: Tz = chrono_tz::Asia::Tokyo;

/// How far [`ServiceCalendar::next_open`] looks ahead before giving up.
pub const NEXT_OPEN_HORIZON_DAYS: i64 = 60;

/// Errors from parsing calendar settings and instants.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// A time of day that is not `HH:MM` (or `HH:MM:SS`), 00:00–23:59.
    #[error("bad time of day `{0}`: expected HH:MM, 00:00 to 23:59")]
    BadTime(String),
    /// A window whose close is not after its open.
    #[error("the window closes at {close} which is not after it opens at {open}")]
    EmptyWindow {
        /// The opening time as given.
        open: String,
        /// The closing time as given.
        close: String,
    },
    /// An instant that is not RFC 3339 (`2026-11-25T10:00:00+09:00`).
    #[error(
        "bad instant `{input}`: expected RFC 3339 such as 2026-11-25T10:00:00+09:00 ({reason})"
    )]
    BadInstant {
        /// The text as given.
        input: String,
        /// What the parser said.
        reason: String,
    },
    /// A maintenance stop whose end is not after its start.
    #[error("maintenance ends at {until} which is not after it starts at {from}")]
    EmptyMaintenance {
        /// Start, RFC 3339.
        from: String,
        /// End, RFC 3339.
        until: String,
    },
}

/// A daily window, open inclusive, close exclusive, e.g. 06:30–23:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeWindow {
    /// First instant of the day the window is open.
    pub open: NaiveTime,
    /// First instant of the day the window is closed again (exclusive).
    pub close: NaiveTime,
}

impl TimeWindow {
    /// Whether `t` is in `[open, close)`.
    pub fn contains(&self, t: NaiveTime) -> bool {
        self.open <= t && t < self.close
    }

    /// Parses `"06:30"`, `"23:00"` (seconds `HH:MM:SS` are accepted too). The close must be
    /// after the open: a window cannot run past midnight, and `24:00` is not accepted.
    pub fn parse(open: &str, close: &str) -> Result<Self, CalendarError> {
        let o = parse_time_of_day(open)?;
        let c = parse_time_of_day(close)?;
        if c <= o {
            return Err(CalendarError::EmptyWindow {
                open: open.to_owned(),
                close: close.to_owned(),
            });
        }
        Ok(TimeWindow { open: o, close: c })
    }
}

fn parse_time_of_day(s: &str) -> Result<NaiveTime, CalendarError> {
    let t = s.trim();
    NaiveTime::parse_from_str(t, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
        .map_err(|_| CalendarError::BadTime(s.to_owned()))
}

/// An announced maintenance stop [from, until).
#[derive(Debug, Clone, PartialEq)]
pub struct Maintenance {
    /// First instant of the stop.
    pub from: DateTime<FixedOffset>,
    /// First instant after the stop (exclusive).
    pub until: DateTime<FixedOffset>,
    /// What the notice says (shown on the refusal screen).
    pub note: String,
}

impl Maintenance {
    /// A stop `[from, until)`; `until` must be after `from`.
    pub fn new(
        from: DateTime<FixedOffset>,
        until: DateTime<FixedOffset>,
        note: impl Into<String>,
    ) -> Result<Self, CalendarError> {
        if until <= from {
            return Err(CalendarError::EmptyMaintenance {
                from: from.to_rfc3339(),
                until: until.to_rfc3339(),
            });
        }
        Ok(Maintenance {
            from,
            until,
            note: note.into(),
        })
    }

    /// Whether the instant `at` is inside `[from, until)`.
    pub fn covers(&self, at: DateTime<Tz>) -> bool {
        let t = at.naive_utc();
        self.from.naive_utc() <= t && t < self.until.naive_utc()
    }
}

/// Family-register style window: only on some weekdays, optionally not on national holidays.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekdayWindow {
    /// The hours on a day it is open.
    pub window: TimeWindow,
    /// The days of the week it is open.
    pub weekdays: Vec<Weekday>,
    /// Closed on national holidays (国民の祝日・休日) even when the weekday matches.
    pub closed_on_holidays: bool,
}

impl WeekdayWindow {
    /// `window` on Monday to Friday, closed on national holidays: a profile's `weekdays_only`
    /// (e.g. family registers 08:30–17:15).
    pub fn weekdays_only(window: TimeWindow) -> Self {
        WeekdayWindow {
            window,
            weekdays: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
            closed_on_holidays: true,
        }
    }

    /// Whether `at` (judged in Tokyo) falls on a listed weekday, is not a holiday when holidays
    /// close the window, and is inside the hours. The year-end stop is not this window's
    /// business: [`ServiceCalendar::check`] handles it.
    pub fn contains(&self, at: DateTime<Tz>) -> bool {
        let local = at.with_timezone(&TOKYO);
        let day = local.date_naive();
        self.weekdays.contains(&day.weekday())
            && !(self.closed_on_holidays && is_national_holiday(day))
            && self.window.contains(local.time())
    }

    /// The next time the window opens at or after `at` (within 60 days), for the refusal that
    /// says when to come back.
    pub fn next_open(&self, at: DateTime<Tz>) -> Option<DateTime<Tz>> {
        let local = at.with_timezone(&TOKYO);
        (0..=NEXT_OPEN_HORIZON_DAYS).find_map(|n| {
            let day = local.date_naive().checked_add_signed(Duration::days(n))?;
            if !self.weekdays.contains(&day.weekday())
                || (self.closed_on_holidays && is_national_holiday(day))
            {
                return None;
            }
            let open = day
                .and_time(self.window.open)
                .and_local_timezone(TOKYO)
                .single()?;
            let close = day
                .and_time(self.window.close)
                .and_local_timezone(TOKYO)
                .single()?;
            if local < open {
                Some(open)
            } else if local < close {
                Some(local)
            } else {
                None
            }
        })
    }
}

/// The kiosk service's calendar for one municipality.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceCalendar {
    /// Daily hours, every day of the week.
    pub hours: TimeWindow,
    /// Whether the service stops from 29 December to 3 January.
    pub year_end_stop: bool,
    /// Announced maintenance stops.
    pub maintenance: Vec<Maintenance>,
}

/// Why the service is closed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    /// Outside the daily hours.
    OutOfHours,
    /// In the year-end stop (29 Dec – 3 Jan).
    YearEnd,
    /// In an announced maintenance stop.
    Maintenance,
}

impl ServiceCalendar {
    /// Ok if the kiosk service runs at `at`; checks year-end first, then maintenance, then hours.
    pub fn check(&self, at: DateTime<Tz>) -> Result<(), Closed> {
        let local = at.with_timezone(&TOKYO);
        if self.year_end_stop && in_year_end_stop(local.date_naive()) {
            return Err(Closed::YearEnd);
        }
        if self.maintenance.iter().any(|m| m.covers(local)) {
            return Err(Closed::Maintenance);
        }
        if !self.hours.contains(local.time()) {
            return Err(Closed::OutOfHours);
        }
        Ok(())
    }

    /// The maintenance stop in force at `at`, if any (the first listed one when they overlap).
    pub fn maintenance_at(&self, at: DateTime<Tz>) -> Option<&Maintenance> {
        self.maintenance.iter().find(|m| m.covers(at))
    }

    /// The next instant `>= at` when [`check`](Self::check) is Ok, in Tokyo time; `at` itself
    /// when the service is open then. Computed exactly (not by stepping): the search jumps to
    /// the end of the current obstacle. None if the service does not open within
    /// [`NEXT_OPEN_HORIZON_DAYS`] days.
    pub fn next_open(&self, at: DateTime<Tz>) -> Option<DateTime<Tz>> {
        let start = at.with_timezone(&TOKYO);
        let limit = start.checked_add_signed(Duration::days(NEXT_OPEN_HORIZON_DAYS))?;
        let mut t = start;
        // Each step passes one obstacle (a night, the year-end stop, a maintenance stop): 60
        // days hold at most 61 nights, one year-end stop and each maintenance stop once, so
        // this bound is never reached by a real search; it only guarantees termination.
        let steps = self.maintenance.len().saturating_mul(2).saturating_add(256);
        for _ in 0..steps {
            if t > limit {
                return None;
            }
            let next = match self.check(t) {
                Ok(()) => return Some(t),
                Err(Closed::YearEnd) => {
                    // Jump to the first day after the stop (4 January), at midnight.
                    let day = t.date_naive();
                    let year = if day.month() == 12 {
                        day.year().checked_add(1)?
                    } else {
                        day.year()
                    };
                    tokyo_at(NaiveDate::from_ymd_opt(year, 1, 4)?, NaiveTime::MIN)?
                }
                Err(Closed::Maintenance) => self
                    .maintenance
                    .iter()
                    .filter(|m| m.covers(t))
                    .map(|m| m.until.with_timezone(&TOKYO))
                    .max()?,
                Err(Closed::OutOfHours) => {
                    let day = t.date_naive();
                    if t.time() < self.hours.open {
                        tokyo_at(day, self.hours.open)?
                    } else {
                        tokyo_at(day.succ_opt()?, self.hours.open)?
                    }
                }
            };
            if next <= t {
                // Cannot happen with a well-formed calendar; never loop on it.
                return None;
            }
            t = next;
        }
        None
    }
}

/// The Tokyo instant of a wall-clock time (unambiguous: Japan has had no DST since 1951).
fn tokyo_at(day: NaiveDate, time: NaiveTime) -> Option<DateTime<Tz>> {
    TOKYO
        .from_local_datetime(&NaiveDateTime::new(day, time))
        .single()
}

// ---------------------------------------------------------------------------------------------
// National holidays
// ---------------------------------------------------------------------------------------------

/// First year [`is_national_holiday`] knows.
pub const HOLIDAY_FIRST_YEAR: i32 = 2000;
/// Last year [`is_national_holiday`] knows.
pub const HOLIDAY_LAST_YEAR: i32 = 2099;

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn nth_monday(y: i32, m: u32, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, m, Weekday::Mon, n)
}

/// Day of March of the vernal equinox day by the standard approximation (valid 1980–2099).
fn vernal_equinox_day(y: i32) -> u32 {
    equinox_day(20_843_100, y)
}

/// Day of September of the autumnal equinox day by the standard approximation (1980–2099).
fn autumnal_equinox_day(y: i32) -> u32 {
    equinox_day(23_248_800, y)
}

/// floor(base + 0.242194 × (y − 1980)) − floor((y − 1980) / 4), in integers (base × 10⁶) so no
/// floating-point rounding can move a day.
fn equinox_day(base_micro: i64, y: i32) -> u32 {
    let n = i64::from(y) - 1980;
    let day = (base_micro + 242_194 * n).div_euclid(1_000_000) - n.div_euclid(4);
    u32::try_from(day).unwrap_or(0)
}

/// A holiday proper (国民の祝日), without substitute or citizens' holidays. Valid 2000–2099.
fn is_proper_holiday(d: NaiveDate) -> bool {
    let y = d.year();
    if !(HOLIDAY_FIRST_YEAR - 1..=HOLIDAY_LAST_YEAR + 1).contains(&y) {
        return false;
    }
    let (m, day) = (d.month(), d.day());
    let fixed = match (m, day) {
        (1, 1) | (2, 11) | (4, 29) | (5, 3) | (5, 5) | (11, 3) | (11, 23) => true,
        (2, 23) => y >= 2020,
        (5, 4) => y >= 2007,
        (12, 23) => y <= 2018,
        (3, _) => day == vernal_equinox_day(y),
        (9, _) => day == autumnal_equinox_day(y),
        _ => false,
    };
    if fixed {
        return true;
    }
    let candidates: [Option<NaiveDate>; 7] = [
        // Coming of Age Day: 2nd Monday of January (from 2000).
        nth_monday(y, 1, 2),
        // Marine Day: 20 July until 2002, then 3rd Monday of July; Olympic moves 2020/2021.
        match y {
            ..=2002 => ymd(y, 7, 20),
            2020 => ymd(2020, 7, 23),
            2021 => ymd(2021, 7, 22),
            _ => nth_monday(y, 7, 3),
        },
        // Mountain Day: from 2016, 11 August; Olympic moves 2020/2021.
        match y {
            ..=2015 => None,
            2020 => ymd(2020, 8, 10),
            2021 => ymd(2021, 8, 8),
            _ => ymd(y, 8, 11),
        },
        // Respect for the Aged Day: 15 September until 2002, then 3rd Monday of September.
        if y <= 2002 {
            ymd(y, 9, 15)
        } else {
            nth_monday(y, 9, 3)
        },
        // Health and Sports Day / Sports Day: 2nd Monday of October; Olympic moves 2020/2021.
        match y {
            2020 => ymd(2020, 7, 24),
            2021 => ymd(2021, 7, 23),
            _ => nth_monday(y, 10, 2),
        },
        // 2019: the Emperor's enthronement day and the enthronement ceremony, both treated
        // as holidays proper by their special act.
        if y == 2019 { ymd(2019, 5, 1) } else { None },
        if y == 2019 { ymd(2019, 10, 22) } else { None },
    ];
    candidates.contains(&Some(d))
}

/// 振替休日: a holiday on a Sunday moves to the next day that is not a holiday proper (from
/// 2007); until 2006 only to the Monday right after it.
fn is_substitute_holiday(d: NaiveDate) -> bool {
    if is_proper_holiday(d) {
        return false;
    }
    if d.year() < 2007 {
        return d.weekday() == Weekday::Mon
            && d.pred_opt()
                .is_some_and(|p| p.weekday() == Weekday::Sun && is_proper_holiday(p));
    }
    // Walk back over the run of holidays proper right before `d`; a Sunday among them moves
    // its holiday to `d`. A run is at most a handful of days (Golden Week).
    let mut p = d;
    for _ in 0..7 {
        let Some(prev) = p.pred_opt() else {
            return false;
        };
        if !is_proper_holiday(prev) {
            return false;
        }
        if prev.weekday() == Weekday::Sun {
            return true;
        }
        p = prev;
    }
    false
}

/// 国民の休日: a day that is not a holiday proper, between two holidays proper. Until 2006 a
/// Sunday did not become one (it already was a day off).
fn is_citizens_holiday(d: NaiveDate) -> bool {
    if is_proper_holiday(d) || (d.year() < 2007 && d.weekday() == Weekday::Sun) {
        return false;
    }
    d.pred_opt().is_some_and(is_proper_holiday) && d.succ_opt().is_some_and(is_proper_holiday)
}

/// Japanese national holidays (国民の祝日) for 2000–2099, including substitute holidays (振替休日)
/// and the citizens' holiday between two holidays (国民の休日); vernal/autumnal equinox by the
/// standard approximation formula; Happy Monday days; 2019/2020/2021 special dates (Olympics
/// moves, 2019-05-01 and 2019-10-22 enthronement days, Emperor's birthday Dec 23 until 2018
/// and Feb 23 from 2020).
///
/// Dates outside 2000–2099 return false. Holidays enacted after this code was written (and the
/// equinox days, which are fixed officially each February for the next year) may differ.
pub fn is_national_holiday(d: NaiveDate) -> bool {
    (HOLIDAY_FIRST_YEAR..=HOLIDAY_LAST_YEAR).contains(&d.year())
        && (is_proper_holiday(d) || is_substitute_holiday(d) || is_citizens_holiday(d))
}

/// The year-end stop: 29 Dec through 3 Jan inclusive.
pub fn in_year_end_stop(d: NaiveDate) -> bool {
    match d.month() {
        12 => d.day() >= 29,
        1 => d.day() <= 3,
        _ => false,
    }
}

/// The year-end stop that `d` is in, or else the next one: (29 December, 3 January).
pub fn year_end_stop_around(d: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start_year = if d.month() == 1 && d.day() <= 3 {
        d.year() - 1
    } else {
        d.year()
    };
    let from = NaiveDate::from_ymd_opt(start_year, 12, 29).unwrap_or(d);
    let until = NaiveDate::from_ymd_opt(start_year + 1, 1, 3).unwrap_or(d);
    (from, until)
}

/// Whether `d` is a business day of a city office: not Saturday or Sunday, not a national
/// holiday, not in 29 Dec – 3 Jan.
pub fn is_business_day(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
        && !is_national_holiday(d)
        && !in_year_end_stop(d)
}

/// Adds `n` business days (not Sat/Sun, not national holidays, not 29 Dec–3 Jan) to `from`.
///
/// The result is the `n`-th business day strictly after `from` (`from` itself never counts);
/// `n == 0` returns `from` unchanged. At the end of chrono's date range the last representable
/// date is returned.
pub fn add_business_days(from: NaiveDate, n: u32) -> NaiveDate {
    let mut d = from;
    let mut left = n;
    while left > 0 {
        let Some(next) = d.succ_opt() else {
            return d;
        };
        d = next;
        if is_business_day(d) {
            left -= 1;
        }
    }
    d
}

/// Parses "2026-11-25T10:00:00+09:00" (RFC 3339, any offset) into Tokyo time.
pub fn parse_instant(s: &str) -> Result<DateTime<Tz>, CalendarError> {
    DateTime::parse_from_rfc3339(s.trim())
        .map(|t| t.with_timezone(&TOKYO))
        .map_err(|e| CalendarError::BadInstant {
            input: s.to_owned(),
            reason: e.to_string(),
        })
}

/// Simulated clock that scenarios and the trainer set and advance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SimClock {
    now: DateTime<Tz>,
}

impl SimClock {
    /// A clock showing `now` (kept in Tokyo time).
    pub fn at(now: DateTime<Tz>) -> Self {
        SimClock {
            now: now.with_timezone(&TOKYO),
        }
    }

    /// A clock showing the computer's current time, in Tokyo.
    pub fn system() -> Self {
        SimClock::at(chrono::Utc::now().with_timezone(&TOKYO))
    }

    /// The simulated instant, in Tokyo time.
    pub fn now(&self) -> DateTime<Tz> {
        self.now
    }

    /// Sets the clock to `t` (which may be earlier than now).
    pub fn set(&mut self, t: DateTime<Tz>) {
        self.now = t.with_timezone(&TOKYO);
    }

    /// Moves the clock by `d` (negative moves it back). If the result would leave chrono's
    /// representable range the clock stays where it is.
    pub fn advance(&mut self, d: Duration) {
        if let Some(t) = self.now.checked_add_signed(d) {
            self.now = t;
        }
    }

    /// Today's date in Tokyo.
    pub fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }
}

#[cfg(test)]
mod tests;
