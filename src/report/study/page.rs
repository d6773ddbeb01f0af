//! `study.html`: one self-contained page (inline SVG charts, heat maps linked as PNG files next
//! to it), every recorded string escaped.

use std::collections::BTreeMap;

use super::charts::{self, variant_label};
use super::rows::{NoteRow, SessionRow, Study, Variant};
use crate::report::walkthrough::esc;

const CSS: &str = "body{font-family:'BIZ UDGothic','Noto Sans CJK JP',sans-serif;margin:2rem;\
color:#111;background:#fafafa;max-width:1200px}h1{font-size:1.6rem}h2{margin-top:2.5rem;\
border-bottom:2px solid #333}h3{margin-top:1.5rem}table{border-collapse:collapse;margin:.5rem 0}\
td,th{border:1px solid #bbb;padding:.3rem .6rem;text-align:left;vertical-align:top}\
td.n{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#444;font-size:.9rem}\
.warn{background:#fff0e0;border-left:4px solid #c60;padding:.4rem .7rem}\
svg{max-width:100%;height:auto;display:block;background:#fff;border:1px solid #ddd}\
.legend{font-size:.9rem;color:#333}.maps{display:grid;grid-template-columns:repeat(auto-fill,\
minmax(360px,1fr));gap:1rem}figure{margin:0;background:#fff;border:1px solid #ccc;padding:.5rem}\
figure img{width:100%;border:1px solid #999}ol.notes{margin:.3rem 0 1rem}";

fn num(v: Option<f64>, digits: usize) -> String {
    v.map_or_else(|| "—".to_string(), |x| format!("{x:.digits$}"))
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_string(), |x| format!("{:.1} %", x * 100.0))
}

fn chart(svg: Result<String, String>) -> String {
    svg.unwrap_or_else(|e| format!("<p class=\"warn\">{}</p>", esc(&e)))
}

fn variants_table(vs: &[Variant]) -> String {
    let mut h = String::from(
        "<table><tr><th>Variant (vendor / municipality / language / display)</th>\
         <th>Sessions</th><th>Completed</th><th>Completion rate</th><th>Time on task median (s)\
         </th><th>p90 (s)</th><th>Misclick rate</th><th>Errors</th><th>SUS</th><th>SEQ</th></tr>",
    );
    for v in vs {
        h.push_str(&format!(
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{:.1}</td><td class=\"n\">{:.1}</td><td class=\"n\">{} ({} of {})</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&variant_label(v)),
            v.sessions,
            v.completed,
            pct(Some(v.completion_rate)),
            v.time_on_task_s.median,
            v.time_on_task_s.p90,
            pct(v.misclick_rate),
            v.misses,
            v.taps,
            v.errors,
            num(v.sus, 1),
            num(v.seq, 1),
        ));
    }
    h.push_str("</table>");
    h
}

fn vendors(s: &Study) -> Vec<String> {
    let mut v: Vec<String> = s.variants.iter().map(|v| v.vendor.clone()).collect();
    v.dedup();
    v
}

fn screens_section(s: &Study, vendor: &str) -> String {
    let mut h = String::from(
        "<table><tr><th>Screen</th><th>Visits</th><th>Median time (s)</th><th>Taps</th>\
         <th>Misses</th><th>Back</th><th>Cancel</th></tr>",
    );
    for r in s.screens.iter().filter(|r| r.vendor == vendor) {
        h.push_str(&format!(
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&r.screen),
            r.visits,
            num(r.median_s, 1),
            r.taps,
            r.misses,
            r.back,
            r.cancel
        ));
    }
    h.push_str("</table>");
    h
}

fn errors_section(s: &Study) -> String {
    if s.errors_by_kind.is_empty() {
        return "<p>No session recorded an avoidable error.</p>".into();
    }
    let vs = vendors(s);
    let mut h = String::from("<table><tr><th>Error</th><th>All sessions</th>");
    for v in &vs {
        h.push_str(&format!("<th>{}</th>", esc(v)));
    }
    h.push_str("<th>Sessions with it</th></tr>");
    for (kind, total) in &s.errors_by_kind {
        let has = |r: &&SessionRow| r.errors.split(';').any(|e| e == kind);
        h.push_str(&format!(
            "<tr><td>{}</td><td class=\"n\">{total}</td>",
            esc(kind)
        ));
        for v in &vs {
            let n: usize = s
                .rows
                .iter()
                .filter(|r| &r.vendor == v)
                .map(|r| r.errors.split(';').filter(|e| e == kind).count())
                .sum();
            h.push_str(&format!("<td class=\"n\">{n}</td>"));
        }
        h.push_str(&format!(
            "<td class=\"n\">{}</td></tr>",
            s.rows.iter().filter(has).count()
        ));
    }
    h.push_str("</table>");
    h
}

fn notes_section(s: &Study) -> String {
    if s.notes.is_empty() {
        return "<p>No observer notes.</p>".into();
    }
    let mut by_file: BTreeMap<&str, Vec<&NoteRow>> = BTreeMap::new();
    for n in &s.notes {
        by_file.entry(n.file.as_str()).or_default().push(n);
    }
    let mut h = String::from(
        "<p class=\"legend\">Each line is a session from its first input to its end (the \
         bar); a numbered dot is a note, listed below the line.</p>",
    );
    for (file, notes) in by_file {
        let total = s
            .rows
            .iter()
            .find(|r| r.file == file)
            .map_or(0.0, |r| r.time_on_task_s);
        let times: Vec<f64> = notes.iter().map(|n| n.t_ms as f64 / 1000.0).collect();
        let name = std::path::Path::new(file)
            .file_name()
            .map_or_else(|| file.to_string(), |n| n.to_string_lossy().into_owned());
        h.push_str(&format!("<h3 title=\"{}\">{}</h3>", esc(file), esc(&name)));
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

fn heatmaps_section(s: &Study) -> String {
    if s.heatmaps.is_empty() {
        return "<p>No heat maps (no taps, or not drawn).</p>".into();
    }
    let mut h = String::from(
        "<p class=\"legend\">Blue discs: taps on a control (darker where many fell); red discs \
         with a cross: misses (no control, or a disabled one). Pictures are the touch panel \
         at its logical size, in the vendor's most frequent language. PIN keys are not drawn: \
         the recorder keeps no position for them (only the pad's centre).</p><div class=\"maps\">",
    );
    for m in &s.heatmaps {
        h.push_str(&format!(
            "<figure><a href=\"{f}\"><img src=\"{f}\" alt=\"Heat map of {v} {sc}: {hits} taps \
             on controls, {miss} misses\" loading=\"lazy\"></a><figcaption>{v} · {sc} · {hits} \
             hit(s), {miss} miss(es){pins} · picture in {l}</figcaption></figure>",
            f = esc(&m.file),
            v = esc(&m.vendor),
            sc = esc(&m.screen),
            hits = m.hits,
            miss = m.misses,
            l = esc(&m.lang),
            pins = if m.pin_keys > 0 {
                format!(" · {} PIN key(s), not drawn", m.pin_keys)
            } else {
                String::new()
            },
        ));
    }
    h.push_str("</div>");
    h
}

/// The whole page.
pub(super) fn html(s: &Study) -> String {
    let mut h = String::new();
    h.push_str("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.push_str("<title>kofu study</title><style>");
    h.push_str(CSS);
    h.push_str("</style></head><body><h1>kofu study</h1>");
    h.push_str(&format!(
        "<p class=\"meta\">{} · {} session(s), {} completed · per-session figures in \
         <a href=\"sessions.csv\">sessions.csv</a>, all numbers in \
         <a href=\"study.json\">study.json</a></p>",
        esc(&s.generator),
        s.sessions,
        s.completed
    ));
    for w in &s.warnings {
        h.push_str(&format!("<p class=\"warn\">{}</p>", esc(w)));
    }
    h.push_str(
        "<p class=\"meta\">Time on task: from the first input to the end of the last screen \
         shown. Median and p90 interpolate linearly between sessions. A miss is a tap on no \
         control or on a disabled one. SUS 0–100 (Brooke 1996), SEQ 1–7; means over the \
         sessions that answered (— where none did).</p>",
    );
    h.push_str("<h2>Variants</h2>");
    h.push_str(&variants_table(&s.variants));
    h.push_str("<h2>Time on task</h2>");
    h.push_str(
        "<p class=\"legend\">A dot per session; the black bar is the median, the orange \
         triangle the 90th percentile.</p>",
    );
    if !s.variants.is_empty() {
        h.push_str(&chart(charts::time_on_task(&s.variants)));
    }
    for v in vendors(s) {
        let sessions: usize = s
            .variants
            .iter()
            .filter(|x| x.vendor == v)
            .map(|x| x.sessions)
            .sum();
        let rows: Vec<_> = s.funnel.iter().filter(|r| r.vendor == v).collect();
        h.push_str(&format!("<h2>{}</h2>", esc(&v)));
        h.push_str(&format!(
            "<h3>Funnel</h3><p class=\"legend\">Sessions (of {sessions}) that reached each \
             screen, in the order of the kiosk's flow.</p>"
        ));
        h.push_str(&chart(charts::funnel(&rows, sessions)));
        h.push_str("<h3>Screens</h3>");
        h.push_str(&screens_section(s, &v));
    }
    h.push_str("<h2>Errors a person could have avoided</h2>");
    h.push_str(&errors_section(s));
    h.push_str("<h2>Observer's notes</h2>");
    h.push_str(&notes_section(s));
    h.push_str("<h2>Heat maps</h2>");
    h.push_str(&heatmaps_section(s));
    h.push_str("</body></html>\n");
    h
}
