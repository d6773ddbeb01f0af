//! A study's sessions from a class database (`kofu study postgres://…`, issue 25 item 4): the
//! `recordings` table's bodies read into the same [`Loaded`] sessions a folder gives, so every
//! figure, table, heat map and page comes from one pipeline; and the [`Scope`] that keeps
//! sessions by station, condition and date, for a folder and a database alike.
//!
//! Decisions:
//! - **A session's name** is `<station>/<session>.timeline.json` (`sessions.csv`'s `file`): as if
//!   each station's recordings were a folder named after it, so a study of a database reads
//!   like one of the stations' folders side by side.
//! - **Order**: by station, then by that name as a folder sorts its files (byte order), so a
//!   station's sessions come in the order `kofu study` gives its folder.
//! - **Filters**: station and condition are asked of the database (exact); the date is the
//!   day in Tokyo of the timeline's `started_at` (the first input), read from the body, so a
//!   folder is filtered by the same rule; a session without a readable start is left out
//!   when a date is asked for.
//! - **The scenario is not in the table** (schema version 2 keeps the timeline only): replay
//!   pages of a database's sessions have their inputs and notes, no pictures; the scenario is
//!   in the kiosk's recording folder, which `kofu study` reads as well.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use super::{Loaded, StudyError, TIMELINE_SUFFIX, parse};
use crate::domain::calendar::TOKYO;
use crate::store::postgres::recordings::{Recordings, Selection};
use crate::store::postgres::redact;

/// Which sessions a study keeps by station, condition and date (empty: all). Language and
/// display mode are [`super::Filters`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Scope {
    /// Stations kept (`--station`, repeatable): only a class database's sessions have one.
    pub station: Vec<String>,
    /// Conditions kept (`--condition`, repeatable).
    pub condition: Vec<String>,
    /// The first day kept (`--from`), Tokyo date of the session's first input.
    pub from: Option<NaiveDate>,
    /// The last day kept (`--to`), inclusive.
    pub to: Option<NaiveDate>,
}

impl Scope {
    /// Whether nothing is filtered (`study.json` then leaves `scope` out).
    pub fn is_all(&self) -> bool {
        self == &Self::default()
    }

    /// Whether a session is kept.
    pub fn keeps(&self, l: &Loaded) -> bool {
        let t = &l.timeline;
        let station =
            self.station.is_empty() || l.station.as_ref().is_some_and(|s| self.station.contains(s));
        let condition = self.condition.is_empty()
            || t.design
                .condition
                .as_ref()
                .is_some_and(|c| self.condition.contains(c));
        let day = || tokyo_day(&t.started_at);
        let from = self.from.is_none_or(|f| day().is_some_and(|d| d >= f));
        let to = self.to.is_none_or(|x| day().is_some_and(|d| d <= x));
        station && condition && from && to
    }
}

/// The day in Tokyo of an RFC 3339 time (`None` when it does not parse).
pub fn tokyo_day(rfc3339: &str) -> Option<NaiveDate> {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .ok()
        .map(|t| t.with_timezone(&TOKYO).date_naive())
}

/// What a class database gave: its sessions and how it is named in messages.
#[derive(Debug)]
pub struct FromClass {
    /// The sessions, in order.
    pub sessions: Vec<Loaded>,
    /// The database's URL without its password.
    pub label: String,
}

/// The sessions of the class database at `url` that `scope`'s stations and conditions keep
/// (the rest of the scope is applied with the other filters); a database kofu never used
/// gives none. A body that is not a timeline is bad input at its line and column.
pub fn load(url: &str, scope: &Scope) -> Result<FromClass, StudyError> {
    let label = redact(url);
    let Some(mut db) = Recordings::connect_existing(url)? else {
        return Ok(FromClass {
            sessions: Vec::new(),
            label,
        });
    };
    let sel = Selection {
        stations: scope.station.clone(),
        conditions: scope.condition.clone(),
    };
    let mut rows = db.list(&sel)?;
    rows.sort_by(|a, b| {
        (a.station.as_bytes(), file_name(&a.session).as_bytes())
            .cmp(&(b.station.as_bytes(), file_name(&b.session).as_bytes()))
    });
    let mut sessions = Vec::with_capacity(rows.len());
    for r in rows {
        let file = Path::new(&r.station).join(file_name(&r.session));
        let timeline = parse(
            &r.body,
            &PathBuf::from(format!("{label}: {}", file.display())),
        )?;
        sessions.push(Loaded {
            file,
            timeline,
            station: Some(r.station),
        });
    }
    Ok(FromClass { sessions, label })
}

fn file_name(session: &str) -> String {
    format!("{session}{TIMELINE_SUFFIX}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::research::timeline::Timeline;

    fn loaded(station: Option<&str>, condition: Option<&str>, started: &str) -> Loaded {
        let mut timeline: Timeline = crate::report::study::synthetic::corpus(1, 7)
            .pop()
            .expect("one session");
        timeline.design.condition = condition.map(str::to_string);
        timeline.started_at = started.into();
        Loaded {
            file: "x.timeline.json".into(),
            timeline,
            station: station.map(str::to_string),
        }
    }

    #[test]
    fn the_scope_keeps_by_station_condition_and_tokyo_day() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let scope = Scope {
            station: vec!["A".into()],
            condition: vec!["B".into()],
            from: day("2026-12-06"),
            to: day("2026-12-06"),
        };
        // 15:30 UTC on the 5th is 00:30 on the 6th in Tokyo.
        assert!(scope.keeps(&loaded(Some("A"), Some("B"), "2026-12-05T15:30:00.000Z")));
        assert!(!scope.keeps(&loaded(Some("A"), Some("B"), "2026-12-05T14:30:00.000Z")));
        assert!(!scope.keeps(&loaded(Some("A"), Some("B"), "2026-12-06T15:00:00.000Z")));
        assert!(!scope.keeps(&loaded(Some("C"), Some("B"), "2026-12-06T01:00:00.000Z")));
        assert!(!scope.keeps(&loaded(None, Some("B"), "2026-12-06T01:00:00.000Z")));
        assert!(!scope.keeps(&loaded(Some("A"), None, "2026-12-06T01:00:00.000Z")));
        assert!(
            !scope.keeps(&loaded(Some("A"), Some("B"), "")),
            "no start, no day"
        );
        assert!(Scope::default().keeps(&loaded(None, None, "")));
    }
}
