//! The study page's sections after the variants: funnels per variant, screens per vendor,
//! errors by kind, the sessions, the observer's notes and the heat maps. Screens, errors and
//! statuses are in words ([`super::names`]); every recorded string is escaped.

use std::collections::BTreeMap;

use super::charts;
use super::funnel::StepKind;
use super::names;
use super::page::{chart, num};
use super::rows::{NoteRow, Study};
use crate::report::walkthrough::esc;

fn file_name(file: &str) -> String {
    std::path::Path::new(file)
        .file_name()
        .map_or_else(|| file.to_string(), |n| n.to_string_lossy().into_owned())
}

/// A funnel per variant, in words.
pub(super) fn funnels(s: &Study) -> String {
    let mut h = String::from(
        "<h2>Funnel</h2><p class=\"legend\">Sessions that reached each step of the kiosk's flow \
         in order (every earlier step first) during their task. \"Only some tasks\": a step not \
         every path shows (a certificate's options, the domicile registration); \"dead end\": \
         the session stopped there.</p>",
    );
    for v in &s.variants {
        let rows: Vec<_> = s.funnel.iter().filter(|r| r.variant == v.name).collect();
        let labels: Vec<String> = rows
            .iter()
            .map(|r| {
                let words = names::screen(&r.screen);
                match r.kind {
                    StepKind::Step => words.to_string(),
                    StepKind::Optional => format!("{words} (only some tasks)"),
                    StepKind::End => format!("{words} (dead end)"),
                }
            })
            .collect();
        let reached: Vec<usize> = rows.iter().map(|r| r.reached).collect();
        h.push_str(&format!(
            "<h3>{} <span class=\"meta\">({} sessions)</span></h3>",
            esc(&v.name),
            v.sessions
        ));
        h.push_str(&chart(charts::funnel(&labels, &reached, v.sessions)));
    }
    h
}

/// The per-screen table of each vendor, in words.
pub(super) fn screens(s: &Study) -> String {
    let mut vendors: Vec<&str> = s.variants.iter().map(|v| v.vendor.as_str()).collect();
    vendors.dedup();
    let mut h = String::from(
        "<h2>Screens</h2><p class=\"legend\">Per vendor, during the tasks: how often each \
         screen was shown, its median time on show, and the taps, misses, Back and Cancel on \
         it.</p>",
    );
    for vendor in vendors {
        h.push_str(&format!(
            "<h3>{}</h3><table><tr><th>Screen</th><th>Visits</th><th>Median time (s)</th>\
             <th>Taps</th><th>Misses</th><th>Back</th><th>Cancel</th></tr>",
            esc(vendor)
        ));
        for r in s.screens.iter().filter(|r| r.vendor == vendor) {
            h.push_str(&format!(
                "<tr><td title=\"{}\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td></tr>",
                esc(&r.screen),
                esc(names::screen(&r.screen)),
                r.visits,
                num(r.median_s, 1),
                r.taps,
                r.misses,
                r.back,
                r.cancel
            ));
        }
        h.push_str("</table>");
    }
    h
}

/// Errors by kind: in all sessions, per variant, and the sessions that had each.
pub(super) fn errors(s: &Study) -> String {
    if s.errors_by_kind.is_empty() {
        return "<p>No session recorded an avoidable error.</p>".into();
    }
    let mut h = String::from("<table><tr><th>Error</th><th>All sessions</th>");
    for v in &s.variants {
        h.push_str(&format!("<th>{}</th>", esc(&v.name)));
    }
    h.push_str("<th>Sessions with it</th></tr>");
    for (kind, total) in &s.errors_by_kind {
        h.push_str(&format!(
            "<tr><td title=\"{}\">{}</td><td class=\"n\">{total}</td>",
            esc(kind),
            esc(names::error(kind))
        ));
        for v in &s.variants {
            let n = v.errors_by_kind.get(kind).copied().unwrap_or(0);
            h.push_str(&format!("<td class=\"n\">{n}</td>"));
        }
        let with = s.rows.iter().filter(|r| r.errors.contains(kind)).count();
        h.push_str(&format!("<td class=\"n\">{with}</td></tr>"));
    }
    h.push_str("</table>");
    h
}

/// Every session, in a fold.
pub(super) fn sessions(s: &Study) -> String {
    // Open when short enough to read; folded for a study of hundreds.
    let open = if s.rows.len() <= 30 { " open" } else { "" };
    // A class database's sessions name their station; a folder's have none.
    let stations = s.rows.iter().any(|r| r.station.is_some());
    let station_th = if stations { "<th>Station</th>" } else { "" };
    let mut h = format!(
        "<h2>Sessions</h2><details{open}><summary>{} session(s): participant, task, condition, \
         language and display of each</summary><table><tr><th>File</th>{station_th}<th>Participant</th>\
         <th>Task</th><th>Condition</th><th>Language</th><th>Display</th><th>Outcome</th>\
         <th>Time on task (s)</th><th>Errors</th><th>SEQ</th><th>SUS</th></tr>",
        s.rows.len()
    );
    let dash = |v: Option<&str>| esc(v.unwrap_or("—"));
    let replays = super::replay::names(s.rows.iter().map(|r| r.file.as_str()));
    for (r, replay) in s.rows.iter().zip(&replays) {
        let errors: Vec<&str> = r.errors.iter().map(|e| names::error(e)).collect();
        let station = if stations {
            format!("<td>{}</td>", dash(r.station.as_deref()))
        } else {
            String::new()
        };
        h.push_str(&format!(
            "<tr><td title=\"{}\"><a href=\"{}\">{}</a></td>{station}<td>{}</td><td>{}</td><td>{}</td>\
             <td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{:.1}</td><td>{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td></tr>",
            esc(&r.file),
            esc(&super::replay::href(replay)),
            esc(&file_name(&r.file)),
            dash(r.participant.as_deref()),
            dash(r.task.as_deref()),
            dash(r.condition.as_deref()),
            esc(&r.lang),
            esc(&r.display),
            esc(names::status(&r.status)),
            r.time_on_task_s,
            esc(&errors.join("; ")),
            r.seq.map_or_else(|| "—".into(), |x| x.to_string()),
            num(r.sus, 1),
        ));
    }
    h.push_str("</table></details>");
    h
}

/// The observer's notes on a line per session.
pub(super) fn notes(s: &Study) -> String {
    if s.notes.is_empty() {
        return "<p>No observer notes.</p>".into();
    }
    let mut by_file: BTreeMap<&str, Vec<&NoteRow>> = BTreeMap::new();
    for n in &s.notes {
        by_file.entry(n.file.as_str()).or_default().push(n);
    }
    let mut h = String::from(
        "<p class=\"legend\">Each line is a session from its first input to the end of its \
         task (the bar); a numbered dot is a note, listed below the line.</p>",
    );
    for (file, notes) in by_file {
        let total = s
            .rows
            .iter()
            .find(|r| r.file == file)
            .map_or(0.0, |r| r.time_on_task_s);
        let times: Vec<f64> = notes.iter().map(|n| n.t_ms as f64 / 1000.0).collect();
        h.push_str(&format!(
            "<h3 title=\"{}\">{}</h3>",
            esc(file),
            esc(&file_name(file))
        ));
        h.push_str(&chart(charts::notes_line(total, &times)));
        h.push_str("<ol class=\"notes\">");
        for n in notes {
            h.push_str(&format!(
                "<li>{:.1} s — {}</li>",
                n.t_ms as f64 / 1000.0,
                esc(&n.text)
            ));
        }
        h.push_str("</ol>");
    }
    h
}

/// The heat maps, captioned in words ([`super::heatmap::section`]).
pub(super) fn heatmaps(s: &Study) -> String {
    super::heatmap::section(&s.heatmaps)
}
