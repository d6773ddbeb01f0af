//! An office in words, in the screen's language: its name (the profile's name in that language,
//! else the Japanese name with its reading, never an English name inside another language's
//! sentence), its hours from the profile's data, and its phone.

use chrono::Weekday;

use crate::domain::office::{Office, OfficeHours};
use crate::i18n::{Arg, I18n};

/// The office's name in the current language.
pub fn name(i: &I18n, o: &Office) -> String {
    let lang = i.lang();
    if let Some(n) = o.name_in(lang) {
        return n.to_string();
    }
    let ja = o.name_in("ja").unwrap_or(o.id.as_str());
    match &o.reading {
        Some(r) => i.ta(
            "office-name-reading",
            &[
                ("name", Arg::Str(ja.to_string())),
                ("reading", Arg::Str(r.clone())),
            ],
        ),
        None => ja.to_string(),
    }
}

/// Runs of consecutive weekdays, as "Mon–Sat" or "Mon, Wed".
fn days(i: &I18n, days: &[Weekday]) -> String {
    let name = |d: Weekday| i.t(&format!("weekday-{}", d.number_from_monday()));
    let mut sorted: Vec<u32> = days.iter().map(|d| d.number_from_monday()).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for d in sorted {
        match runs.last_mut() {
            Some((_, end)) if *end + 1 == d => *end = d,
            _ => runs.push((d, d)),
        }
    }
    let day = |n: u32| {
        Weekday::try_from(u8::try_from(n.saturating_sub(1)).unwrap_or(0))
            .map(name)
            .unwrap_or_default()
    };
    let parts: Vec<String> = runs
        .into_iter()
        .map(|(a, b)| match b - a {
            0 => day(a),
            1 => i.list(&[day(a), day(b)]),
            _ => i.ta(
                "office-days-range",
                &[("from", Arg::Str(day(a))), ("to", Arg::Str(day(b)))],
            ),
        })
        .collect();
    i.list(&parts)
}

fn entry(i: &I18n, h: &OfficeHours) -> String {
    let open = i.time(h.open);
    let close = i.time(h.close);
    let d = days(i, &h.weekdays);
    if h.weeks.is_empty() {
        return i.ta(
            "office-hours-days",
            &[
                ("days", Arg::Str(d)),
                ("open", Arg::Str(open)),
                ("close", Arg::Str(close)),
            ],
        );
    }
    let weeks: Vec<String> = h
        .weeks
        .iter()
        .map(|w| i.t(&format!("office-week-{w}")))
        .collect();
    i.ta(
        "office-hours-weeks",
        &[
            (
                "weeks",
                Arg::Str(i.ta(
                    "office-weeks-join",
                    &[("list", Arg::Str(weeks.join(&i.t("office-weeks-separator"))))],
                )),
            ),
            ("days", Arg::Str(d)),
            ("open", Arg::Str(open)),
            ("close", Arg::Str(close)),
        ],
    )
}

/// The opening hours, from the profile's data: the structured hours, the holiday sentence and
/// the office's hours note; an office with a note and no structured hours (an old
/// `[city_hall]` profile) says the note alone, which names its own closed days.
pub fn hours(i: &I18n, o: &Office) -> String {
    let note = o.hours_note_in(i.lang());
    if o.hours.is_empty()
        && let Some(n) = note
    {
        return n.to_string();
    }
    let mut parts: Vec<String> = o.hours.iter().map(|h| entry(i, h)).collect();
    if o.closed_on_holidays {
        parts.push(i.t("office-closed-holidays"));
    }
    parts.extend(note.map(str::to_string));
    parts.join(&i.t("office-hours-separator"))
}

/// Name, hours and phone, as a refusal's next step names the place to go.
pub fn full(i: &I18n, o: &Office) -> String {
    let mut args = vec![
        ("office", Arg::Str(name(i, o))),
        ("hours", Arg::Str(hours(i, o))),
    ];
    if o.phone.is_empty() {
        return i.ta("office-full-no-phone", &args);
    }
    args.push(("phone", Arg::Str(o.phone.clone())));
    i.ta("office-full", &args)
}
