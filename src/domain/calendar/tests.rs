//! Unit tests of the parent module.

use super::*;

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}

impl WeekdayWindow {
    /// City-office hours: Monday to Friday 08:30–17:15, closed on national holidays.
    fn office_hours() -> Self {
        WeekdayWindow::weekdays_only(TimeWindow {
            open: hm(8, 30),
            close: hm(17, 15),
        })
    }
}

impl ServiceCalendar {
    /// Tsukuba's calendar as its profile states it (06:30–23:00 every day, the year-end stop,
    /// no maintenance): the fixture of these tests; the program reads hours only from profiles.
    fn tsukuba_default() -> Self {
        ServiceCalendar {
            hours: TimeWindow {
                open: hm(6, 30),
                close: hm(23, 0),
            },
            year_end_stop: true,
            maintenance: Vec::new(),
        }
    }
}

fn at(s: &str) -> DateTime<Tz> {
    parse_instant(s).unwrap()
}

fn jst(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Tz> {
    TOKYO.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn fixed(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

#[test]
fn daily_hours_boundaries() {
    let cal = ServiceCalendar::tsukuba_default();
    assert_eq!(
        cal.check(jst(2026, 11, 25, 6, 29, 59)),
        Err(Closed::OutOfHours)
    );
    assert_eq!(cal.check(jst(2026, 11, 25, 6, 30, 0)), Ok(()));
    assert_eq!(cal.check(jst(2026, 11, 25, 22, 59, 59)), Ok(()));
    assert_eq!(
        cal.check(jst(2026, 11, 25, 23, 0, 0)),
        Err(Closed::OutOfHours)
    );
    assert_eq!(
        cal.check(jst(2026, 11, 25, 0, 0, 0)),
        Err(Closed::OutOfHours)
    );
}

#[test]
fn sub_second_before_open_is_closed() {
    let cal = ServiceCalendar::tsukuba_default();
    assert_eq!(
        cal.check(at("2026-11-25T06:29:59.999+09:00")),
        Err(Closed::OutOfHours)
    );
}

#[test]
fn year_end_stop_boundaries() {
    let cal = ServiceCalendar::tsukuba_default();
    assert_eq!(cal.check(jst(2026, 12, 28, 22, 59, 0)), Ok(()));
    assert_eq!(cal.check(jst(2026, 12, 29, 6, 30, 0)), Err(Closed::YearEnd));
    assert_eq!(cal.check(jst(2026, 12, 31, 12, 0, 0)), Err(Closed::YearEnd));
    assert_eq!(cal.check(jst(2027, 1, 3, 22, 0, 0)), Err(Closed::YearEnd));
    assert_eq!(cal.check(jst(2027, 1, 4, 6, 30, 0)), Ok(()));
    // Year-end is reported before out-of-hours.
    assert_eq!(cal.check(jst(2027, 1, 1, 3, 0, 0)), Err(Closed::YearEnd));
}

#[test]
fn year_end_stop_can_be_switched_off() {
    let cal = ServiceCalendar {
        year_end_stop: false,
        ..ServiceCalendar::tsukuba_default()
    };
    assert_eq!(cal.check(jst(2026, 12, 30, 10, 0, 0)), Ok(()));
}

#[test]
fn instants_in_other_offsets_are_judged_in_tokyo() {
    let cal = ServiceCalendar::tsukuba_default();
    // 21:30 UTC on the 24th is 06:30 JST on the 25th.
    let t = at("2026-11-24T21:30:00Z");
    assert_eq!(t.date_naive(), date(2026, 11, 25));
    assert_eq!(cal.check(t), Ok(()));
    assert_eq!(
        cal.check(at("2026-11-24T21:29:59Z")),
        Err(Closed::OutOfHours)
    );
    // A DateTime<Tz> in another zone is converted too.
    let ny = t.with_timezone(&chrono_tz::America::New_York);
    assert_eq!(cal.check(ny), Ok(()));
    // 15:00 UTC on 28 Dec is 00:00 JST on the 29th: year-end.
    assert_eq!(cal.check(at("2026-12-28T15:00:00Z")), Err(Closed::YearEnd));
}

fn with_maintenance() -> ServiceCalendar {
    let mut cal = ServiceCalendar::tsukuba_default();
    cal.maintenance.push(
        Maintenance::new(
            fixed("2026-11-26T09:00:00+09:00"),
            fixed("2026-11-26T03:00:00Z"), // 12:00 JST
            "system maintenance",
        )
        .unwrap(),
    );
    cal
}

#[test]
fn maintenance_boundaries() {
    let cal = with_maintenance();
    assert_eq!(cal.check(jst(2026, 11, 26, 8, 59, 59)), Ok(()));
    assert_eq!(
        cal.check(jst(2026, 11, 26, 9, 0, 0)),
        Err(Closed::Maintenance)
    );
    assert_eq!(
        cal.check(jst(2026, 11, 26, 11, 59, 59)),
        Err(Closed::Maintenance)
    );
    assert_eq!(cal.check(jst(2026, 11, 26, 12, 0, 0)), Ok(()));
    assert_eq!(
        cal.maintenance_at(jst(2026, 11, 26, 10, 0, 0))
            .map(|m| m.note.as_str()),
        Some("system maintenance")
    );
    assert!(cal.maintenance_at(jst(2026, 11, 26, 12, 0, 0)).is_none());
}

#[test]
fn maintenance_is_checked_before_hours_and_after_year_end() {
    let mut cal = ServiceCalendar::tsukuba_default();
    cal.maintenance.push(
        Maintenance::new(
            fixed("2026-11-26T22:00:00+09:00"),
            fixed("2026-11-27T08:00:00+09:00"),
            "overnight",
        )
        .unwrap(),
    );
    cal.maintenance.push(
        Maintenance::new(
            fixed("2026-12-30T00:00:00+09:00"),
            fixed("2026-12-30T12:00:00+09:00"),
            "during year-end",
        )
        .unwrap(),
    );
    assert_eq!(
        cal.check(jst(2026, 11, 27, 3, 0, 0)),
        Err(Closed::Maintenance)
    );
    assert_eq!(cal.check(jst(2026, 12, 30, 10, 0, 0)), Err(Closed::YearEnd));
    assert_eq!(
        cal.next_open(jst(2026, 11, 26, 22, 30, 0)),
        Some(jst(2026, 11, 27, 8, 0, 0))
    );
}

#[test]
fn maintenance_must_not_be_empty() {
    let t = fixed("2026-11-26T09:00:00+09:00");
    assert!(matches!(
        Maintenance::new(t, t, "x"),
        Err(CalendarError::EmptyMaintenance { .. })
    ));
}

#[test]
fn next_open_cases() {
    let cal = ServiceCalendar::tsukuba_default();
    assert_eq!(
        cal.next_open(jst(2026, 11, 25, 23, 30, 0)),
        Some(jst(2026, 11, 26, 6, 30, 0))
    );
    assert_eq!(
        cal.next_open(jst(2026, 11, 25, 3, 0, 0)),
        Some(jst(2026, 11, 25, 6, 30, 0))
    );
    let open = jst(2026, 11, 25, 10, 0, 0);
    assert_eq!(cal.next_open(open), Some(open));
    assert_eq!(
        cal.next_open(jst(2026, 12, 29, 10, 0, 0)),
        Some(jst(2027, 1, 4, 6, 30, 0))
    );
    assert_eq!(
        cal.next_open(jst(2026, 12, 28, 23, 0, 0)),
        Some(jst(2027, 1, 4, 6, 30, 0))
    );
    assert_eq!(
        with_maintenance().next_open(jst(2026, 11, 26, 9, 0, 0)),
        Some(jst(2026, 11, 26, 12, 0, 0))
    );
    // Given in UTC, answered in Tokyo.
    let got = cal.next_open(at("2026-11-25T14:30:00Z")).unwrap();
    assert_eq!(got, jst(2026, 11, 26, 6, 30, 0));
    assert_eq!(got.timezone(), TOKYO);
}

#[test]
fn next_open_gives_up_beyond_sixty_days() {
    let mut cal = ServiceCalendar::tsukuba_default();
    cal.maintenance.push(
        Maintenance::new(
            fixed("2026-01-01T00:00:00+09:00"),
            fixed("2026-06-01T00:00:00+09:00"),
            "long stop",
        )
        .unwrap(),
    );
    assert_eq!(cal.next_open(jst(2026, 2, 1, 10, 0, 0)), None);
    assert_eq!(
        cal.next_open(jst(2026, 5, 1, 10, 0, 0)),
        Some(jst(2026, 6, 1, 6, 30, 0))
    );
}

#[test]
fn next_open_agrees_with_a_minute_scan() {
    let cal = with_maintenance();
    let mut t = jst(2026, 11, 25, 21, 17, 0);
    let end = jst(2026, 11, 27, 2, 0, 0);
    while t < end {
        let got = cal.next_open(t).unwrap();
        assert!(got >= t);
        assert_eq!(cal.check(got), Ok(()));
        // Nothing open strictly between t and got, at minute resolution.
        let mut s = t;
        while s < got {
            assert!(cal.check(s).is_err(), "open at {s} before {got}");
            s += Duration::minutes(1);
        }
        t += Duration::minutes(37);
    }
}

#[test]
fn time_window_parse() {
    let w = TimeWindow::parse("06:30", "23:00").unwrap();
    assert_eq!(w, ServiceCalendar::tsukuba_default().hours);
    assert_eq!(
        TimeWindow::parse("08:30:00", "17:15").unwrap(),
        WeekdayWindow::office_hours().window
    );
    assert!(matches!(
        TimeWindow::parse("23:00", "06:30"),
        Err(CalendarError::EmptyWindow { .. })
    ));
    assert!(matches!(
        TimeWindow::parse("10:00", "10:00"),
        Err(CalendarError::EmptyWindow { .. })
    ));
    assert_eq!(
        TimeWindow::parse("6.30", "23:00"),
        Err(CalendarError::BadTime("6.30".into()))
    );
    assert!(TimeWindow::parse("06:30", "24:00").is_err());
    assert!(TimeWindow::parse("06:30", "").is_err());
    assert!(w.contains(hm(6, 30)));
    assert!(!w.contains(hm(23, 0)));
}

#[test]
fn holidays_named_in_the_brief() {
    for (y, m, d) in [
        (2026, 1, 12),
        (2026, 3, 20),
        (2026, 5, 6),
        (2026, 9, 21),
        (2026, 9, 22),
        (2026, 9, 23),
        (2026, 11, 23),
        (2025, 2, 24),
        (2020, 7, 23),
        (2020, 7, 24),
        (2021, 7, 22),
        (2021, 7, 23),
        (2019, 5, 1),
        (2019, 10, 22),
        (2018, 12, 23),
        (2020, 2, 23),
    ] {
        assert!(is_national_holiday(date(y, m, d)), "{y}-{m}-{d}");
    }
    for (y, m, d) in [
        (2026, 11, 24),
        (2019, 12, 23),
        (2020, 12, 23),
        (2019, 2, 23),
        (2020, 10, 12),
        (2021, 10, 11),
        (2026, 3, 21),
    ] {
        assert!(!is_national_holiday(date(y, m, d)), "{y}-{m}-{d}");
    }
}

#[test]
fn holidays_outside_the_supported_range_are_false() {
    assert!(!is_national_holiday(date(1999, 1, 1)));
    assert!(!is_national_holiday(date(2100, 1, 1)));
    assert!(is_national_holiday(date(2099, 1, 1)));
}

/// The Cabinet Office list (内閣府「国民の祝日」CSV) for 2000–2027, month-day per year.
const OFFICIAL: &[(i32, &str)] = &[
    (
        2000,
        "0101 0110 0211 0320 0429 0503 0504 0505 0720 0915 0923 1009 1103 1123 1223",
    ),
    (
        2001,
        "0101 0108 0211 0212 0320 0429 0430 0503 0504 0505 0720 0915 0923 0924 1008 1103 1123 1223 1224",
    ),
    (
        2002,
        "0101 0114 0211 0321 0429 0503 0504 0505 0506 0720 0915 0916 0923 1014 1103 1104 1123 1223",
    ),
    (
        2003,
        "0101 0113 0211 0321 0429 0503 0505 0721 0915 0923 1013 1103 1123 1124 1223",
    ),
    (
        2004,
        "0101 0112 0211 0320 0429 0503 0504 0505 0719 0920 0923 1011 1103 1123 1223",
    ),
    (
        2005,
        "0101 0110 0211 0320 0321 0429 0503 0504 0505 0718 0919 0923 1010 1103 1123 1223",
    ),
    (
        2006,
        "0101 0102 0109 0211 0321 0429 0503 0504 0505 0717 0918 0923 1009 1103 1123 1223",
    ),
    (
        2007,
        "0101 0108 0211 0212 0321 0429 0430 0503 0504 0505 0716 0917 0923 0924 1008 1103 1123 1223 1224",
    ),
    (
        2008,
        "0101 0114 0211 0320 0429 0503 0504 0505 0506 0721 0915 0923 1013 1103 1123 1124 1223",
    ),
    (
        2009,
        "0101 0112 0211 0320 0429 0503 0504 0505 0506 0720 0921 0922 0923 1012 1103 1123 1223",
    ),
    (
        2010,
        "0101 0111 0211 0321 0322 0429 0503 0504 0505 0719 0920 0923 1011 1103 1123 1223",
    ),
    (
        2011,
        "0101 0110 0211 0321 0429 0503 0504 0505 0718 0919 0923 1010 1103 1123 1223",
    ),
    (
        2012,
        "0101 0102 0109 0211 0320 0429 0430 0503 0504 0505 0716 0917 0922 1008 1103 1123 1223 1224",
    ),
    (
        2013,
        "0101 0114 0211 0320 0429 0503 0504 0505 0506 0715 0916 0923 1014 1103 1104 1123 1223",
    ),
    (
        2014,
        "0101 0113 0211 0321 0429 0503 0504 0505 0506 0721 0915 0923 1013 1103 1123 1124 1223",
    ),
    (
        2015,
        "0101 0112 0211 0321 0429 0503 0504 0505 0506 0720 0921 0922 0923 1012 1103 1123 1223",
    ),
    (
        2016,
        "0101 0111 0211 0320 0321 0429 0503 0504 0505 0718 0811 0919 0922 1010 1103 1123 1223",
    ),
    (
        2017,
        "0101 0102 0109 0211 0320 0429 0503 0504 0505 0717 0811 0918 0923 1009 1103 1123 1223",
    ),
    (
        2018,
        "0101 0108 0211 0212 0321 0429 0430 0503 0504 0505 0716 0811 0917 0923 0924 1008 1103 1123 1223 1224",
    ),
    (
        2019,
        "0101 0114 0211 0321 0429 0430 0501 0502 0503 0504 0505 0506 0715 0811 0812 0916 0923 1014 1022 1103 1104 1123",
    ),
    (
        2020,
        "0101 0113 0211 0223 0224 0320 0429 0503 0504 0505 0506 0723 0724 0810 0921 0922 1103 1123",
    ),
    (
        2021,
        "0101 0111 0211 0223 0320 0429 0503 0504 0505 0722 0723 0808 0809 0920 0923 1103 1123",
    ),
    (
        2022,
        "0101 0110 0211 0223 0321 0429 0503 0504 0505 0718 0811 0919 0923 1010 1103 1123",
    ),
    (
        2023,
        "0101 0102 0109 0211 0223 0321 0429 0503 0504 0505 0717 0811 0918 0923 1009 1103 1123",
    ),
    (
        2024,
        "0101 0108 0211 0212 0223 0320 0429 0503 0504 0505 0506 0715 0811 0812 0916 0922 0923 1014 1103 1104 1123",
    ),
    (
        2025,
        "0101 0113 0211 0223 0224 0320 0429 0503 0504 0505 0506 0721 0811 0915 0923 1013 1103 1123 1124",
    ),
    (
        2026,
        "0101 0112 0211 0223 0320 0429 0503 0504 0505 0506 0720 0811 0921 0922 0923 1012 1103 1123",
    ),
    (
        2027,
        "0101 0111 0211 0223 0321 0322 0429 0503 0504 0505 0719 0811 0920 0923 1011 1103 1123",
    ),
];

#[test]
fn holidays_match_the_official_list_2000_to_2027() {
    for &(y, list) in OFFICIAL {
        let want: Vec<NaiveDate> = list
            .split_whitespace()
            .map(|md| {
                let m: u32 = md[..2].parse().unwrap();
                let d: u32 = md[2..].parse().unwrap();
                date(y, m, d)
            })
            .collect();
        let got: Vec<NaiveDate> = date(y, 1, 1)
            .iter_days()
            .take_while(|d| d.year() == y)
            .filter(|d| is_national_holiday(*d))
            .collect();
        assert_eq!(got, want, "year {y}");
    }
}

#[test]
fn equinox_formula_known_years() {
    assert_eq!(vernal_equinox_day(2026), 20);
    assert_eq!(autumnal_equinox_day(2026), 23);
    assert_eq!(autumnal_equinox_day(2012), 22);
    assert_eq!(autumnal_equinox_day(2020), 22);
    assert_eq!(vernal_equinox_day(2099), 20);
}

#[test]
fn every_year_has_a_plausible_number_of_holidays() {
    for y in HOLIDAY_FIRST_YEAR..=HOLIDAY_LAST_YEAR {
        let n = date(y, 1, 1)
            .iter_days()
            .take_while(|d| d.year() == y)
            .filter(|d| is_national_holiday(*d))
            .count();
        assert!((15..=22).contains(&n), "{y}: {n}");
    }
}

#[test]
fn year_end_stop_days() {
    assert!(!in_year_end_stop(date(2026, 12, 28)));
    assert!(in_year_end_stop(date(2026, 12, 29)));
    assert!(in_year_end_stop(date(2026, 12, 31)));
    assert!(in_year_end_stop(date(2027, 1, 1)));
    assert!(in_year_end_stop(date(2027, 1, 3)));
    assert!(!in_year_end_stop(date(2027, 1, 4)));
}

#[test]
fn weekday_window() {
    let w = WeekdayWindow::office_hours();
    // Wednesday 2026-11-25, in hours.
    assert!(w.contains(jst(2026, 11, 25, 8, 30, 0)));
    assert!(w.contains(jst(2026, 11, 25, 17, 14, 59)));
    assert!(!w.contains(jst(2026, 11, 25, 17, 15, 0)));
    assert!(!w.contains(jst(2026, 11, 25, 8, 29, 59)));
    // Saturday.
    assert!(!w.contains(jst(2026, 11, 28, 10, 0, 0)));
    // Monday 2026-11-23 is Labour Thanksgiving Day.
    assert!(!w.contains(jst(2026, 11, 23, 10, 0, 0)));
    let open_on_holidays = WeekdayWindow {
        closed_on_holidays: false,
        ..WeekdayWindow::office_hours()
    };
    assert!(open_on_holidays.contains(jst(2026, 11, 23, 10, 0, 0)));
    // Judged in Tokyo: 01:00 UTC Wednesday is 10:00 JST.
    assert!(w.contains(at("2026-11-25T01:00:00Z")));
}

#[test]
fn business_days() {
    assert_eq!(add_business_days(date(2026, 11, 20), 3), date(2026, 11, 26));
    assert_eq!(add_business_days(date(2026, 11, 20), 0), date(2026, 11, 20));
    assert_eq!(add_business_days(date(2026, 11, 20), 1), date(2026, 11, 24));
    // Across the year-end stop: Mon 28 Dec 2026, then Mon 4 Jan 2027.
    assert_eq!(add_business_days(date(2026, 12, 25), 1), date(2026, 12, 28));
    assert_eq!(add_business_days(date(2026, 12, 28), 1), date(2027, 1, 4));
    // Golden Week 2026: Wed 29 Apr holiday, 3–6 May off.
    assert_eq!(add_business_days(date(2026, 5, 1), 1), date(2026, 5, 7));
    assert_eq!(add_business_days(NaiveDate::MAX, 5), NaiveDate::MAX);
    assert!(is_business_day(date(2026, 11, 24)));
    assert!(!is_business_day(date(2026, 11, 23)));
}

#[test]
fn parse_instant_forms() {
    let t = parse_instant("2026-11-25T10:00:00+09:00").unwrap();
    assert_eq!(t, jst(2026, 11, 25, 10, 0, 0));
    assert_eq!(t.timezone(), TOKYO);
    assert_eq!(parse_instant("2026-11-25T01:00:00Z").unwrap(), t);
    assert_eq!(parse_instant("2026-11-24T20:00:00-05:00").unwrap(), t);
    assert!(matches!(
        parse_instant("2026-11-25 10:00"),
        Err(CalendarError::BadInstant { .. })
    ));
    assert!(parse_instant("").is_err());
}

#[test]
fn sim_clock() {
    let mut c = SimClock::at(at("2026-11-25T14:30:00Z"));
    assert_eq!(c.now(), jst(2026, 11, 25, 23, 30, 0));
    assert_eq!(c.today(), date(2026, 11, 25));
    c.advance(Duration::minutes(30));
    assert_eq!(c.today(), date(2026, 11, 26));
    assert_eq!(c.now(), jst(2026, 11, 26, 0, 0, 0));
    c.advance(Duration::hours(-1));
    assert_eq!(c.now(), jst(2026, 11, 25, 23, 0, 0));
    c.set(jst(2027, 1, 4, 6, 30, 0));
    assert_eq!(c.now(), jst(2027, 1, 4, 6, 30, 0));
    let before = c;
    c.advance(Duration::MAX);
    assert_eq!(c, before);
    assert_eq!(SimClock::system().now().timezone(), TOKYO);
}
