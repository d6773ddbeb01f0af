//! `study.html`: one self-contained page (inline SVG charts, heat maps linked as PNG files next
//! to it), every recorded string escaped, screens and errors in words ([`super::names`]).
//! The definitions and methods are said on the page, so a printed copy stands on its own.

use super::charts;
use super::compare::{Comparison, Measure, p_text, signed};
use super::inference::Interval;
use super::rows::{Study, Variant};
use super::sections;
use crate::report::walkthrough::esc;

const CSS: &str = "body{font-family:'BIZ UDGothic','Noto Sans CJK JP',sans-serif;margin:2rem;\
color:#111;background:#fafafa;max-width:1200px}h1{font-size:1.6rem}h2{margin-top:2.5rem;\
border-bottom:2px solid #333}h3{margin-top:1.5rem}\
table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}\
td,th{border:1px solid #bbb;padding:.3rem .6rem;text-align:left;vertical-align:top}\
td.n{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#444;font-size:.9rem}\
.warn{background:#fff0e0;border-left:4px solid #c60;padding:.4rem .7rem}\
.defs{background:#fff;border:1px solid #ccc;padding:.2rem 1rem;font-size:.92rem}\
.defs dt{font-weight:bold;margin-top:.4rem}.defs dd{margin-left:1rem}\
.ci{color:#555;font-size:.85rem;white-space:nowrap}ul.verdicts li{margin:.3rem 0}\
svg{max-width:100%;height:auto;display:block;background:#fff;border:1px solid #ddd}\
.legend{font-size:.9rem;color:#333}.maps{display:grid;grid-template-columns:repeat(auto-fill,\
minmax(360px,1fr));gap:1rem}figure{margin:0;background:#fff;border:1px solid #ccc;padding:.5rem}\
figure img{width:100%;border:1px solid #999}ol.notes{margin:.3rem 0 1rem}\
details summary{cursor:pointer;font-weight:bold}";

/// A number, or a dash for none.
pub(super) fn num(v: Option<f64>, digits: usize) -> String {
    v.map_or_else(|| "—".to_string(), |x| format!("{x:.digits$}"))
}

/// A share as a percentage, or a dash.
pub(super) fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_string(), |x| format!("{:.1} %", x * 100.0))
}

/// An interval in brackets, scaled and with `digits` decimals, or nothing.
fn ci(c: Option<Interval>, scale: f64, digits: usize) -> String {
    c.map_or_else(String::new, |c| {
        let b = |x: f64| format!("{x:.digits$}").replacen('-', "−", 1);
        format!(
            "<br><span class=\"ci\">[{} to {}]</span>",
            b(c.low * scale),
            b(c.high * scale)
        )
    })
}

/// A chart, or its error as a warning.
pub(super) fn chart(svg: Result<String, String>) -> String {
    svg.unwrap_or_else(|e| format!("<p class=\"warn\">{}</p>", esc(&e)))
}

/// `en 3 · ja 2`.
fn counts(m: &std::collections::BTreeMap<String, usize>) -> String {
    m.iter()
        .map(|(k, n)| format!("{} {n}", esc(k)))
        .collect::<Vec<_>>()
        .join(" · ")
}

const DEFINITIONS: &str = "<dl class=\"defs\">\
<dt>Variant</dt><dd>vendor × municipality × condition (<code>--condition</code>; — when none \
was given). Languages and display modes are counted, not split on: filter with \
<code>--lang</code> and <code>--display</code>.</dd>\
<dt>Completed</dt><dd>a certificate issued or a domicile registered. The completion rate's \
interval is the adjusted-Wald 95 % interval (Agresti &amp; Coull 1998).</dd>\
<dt>Time on task</dt><dd>from the participant's first input to the moment the task ended: \
the items taken (Finish), a Cancel, or the kiosk timing out — never the questionnaire or the \
home screen after. Summed up over completed sessions only, as the geometric mean with its \
95 % log-t interval (Sauro &amp; Lewis 2016, ch. 3); median and 90th percentile interpolate \
linearly.</dd>\
<dt>Errors</dt><dd>a wrong PIN, a locked PIN, a time-out, an inactivity warning, a wrong \
turn, a refused coin, too little money, a Cancel before the task was done, and items left in \
the machine: certificates in the output tray, money in the change tray, a card on the reader \
(the last four read from the timeline: no hand on the tray or the card before the session \
ended).</dd>\
<dt>Miss</dt><dd>a tap on no control, or on a disabled one.</dd>\
<dt>Funnel</dt><dd>a session counts at a step only if it reached every earlier step in the \
flow's order during its task; a cancelled or timed-out session stops where it left.</dd>\
<dt>SUS, SEQ</dt><dd>System Usability Scale 0–100 (Brooke 1996), Single Ease Question 1–7 \
(Sauro &amp; Dumas 2009): means over the sessions that answered, with 95 % t intervals.</dd>\
<dt>Intervals</dt><dd>95 %, in brackets under each figure.</dd></dl>";

/// A figure with its sample size and interval under it.
fn with_n(figure: String, n: usize, interval: String) -> String {
    format!("{figure}<br><span class=\"ci\">n = {n}</span>{interval}")
}

fn variants_table(vs: &[Variant]) -> String {
    let mut h = String::from(
        "<table><tr><th>Variant<br><span class=\"ci\">vendor / municipality / condition</span>\
         </th><th>Sessions</th><th>Languages</th><th>Display</th><th>Completion rate</th>\
         <th>Time on task (s)<br><span class=\"ci\">geometric mean of completed</span></th>\
         <th>Median / p90 (s)</th><th>Misclick rate</th><th>Errors</th><th>SUS</th>\
         <th>SEQ</th></tr>",
    );
    for v in vs {
        let t = v.time_on_task_s;
        h.push_str(&format!(
            "<tr><td>{}</td><td class=\"n\">{}<br><span class=\"ci\">{} participant(s)</span>\
             </td><td>{}</td><td>{}</td><td class=\"n\">{}<br><span class=\"ci\">{} of {}\
             </span>{}</td><td class=\"n\">{}</td><td class=\"n\">{} / {}</td><td class=\"n\">\
             {}<br><span class=\"ci\">{} of {} taps</span></td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&v.name),
            v.sessions,
            v.participants,
            counts(&v.langs),
            counts(&v.displays),
            pct(Some(v.completion_rate)),
            v.completed,
            v.sessions,
            ci(v.completion_ci95, 100.0, 0),
            with_n(num(t.geomean, 1), t.n, ci(t.ci95, 1.0, 1)),
            num(t.median, 1),
            num(t.p90, 1),
            pct(v.misclick_rate),
            v.misses,
            v.taps,
            v.errors,
            with_n(num(v.sus, 1), v.sus_n, ci(v.sus_ci95, 1.0, 1)),
            with_n(num(v.seq, 1), v.seq_n, ci(v.seq_ci95, 1.0, 1)),
        ));
    }
    h.push_str("</table>");
    h
}

/// A measure's figures for A and B, its effect with interval, and the test.
fn measure_row(m: &Measure) -> String {
    let fig = |v: Option<f64>| match m.measure {
        "completion_rate" => pct(v),
        "time_on_task_s" => format!("{} s", num(v, 1)),
        _ => num(v, 1),
    };
    let eff = match (m.measure, m.value) {
        (_, None) => "—".to_string(),
        ("completion_rate", Some(d)) => {
            format!("{} points", signed(d * 100.0, 0)) + &ci(m.ci95, 100.0, 0)
        }
        ("time_on_task_s", Some(r)) => format!("× {r:.2} (A ÷ B)") + &ci(m.ci95, 1.0, 2),
        (_, Some(d)) => signed(d, 1) + &ci(m.ci95, 1.0, 1),
    };
    let stat = match (m.statistic, m.df) {
        (Some(t), Some(df)) => format!("t = {}, df = {df:.1}", signed(t, 2)),
        (Some(z), None) => format!("z = {}", signed(z, 2)),
        _ => "—".into(),
    };
    format!(
        "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
         <td class=\"n\">{} / {}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
         </tr>",
        m.label(),
        fig(m.a),
        fig(m.b),
        eff,
        m.n_a,
        m.n_b,
        esc(m.test),
        stat,
        m.p.map_or_else(|| "—".into(), p_text),
    )
}

fn comparison_section(c: &Comparison) -> String {
    let mut h = format!(
        "<h2>Comparison: A = {} against B = {}</h2><p class=\"legend\">Differences are A − B \
         (time: the ratio of geometric means A ÷ B), with 95 % intervals. A measure is tested \
         only when both variants have at least {} sessions with it; below that the page says \
         \"too few sessions to tell\".</p>",
        esc(&c.a),
        esc(&c.b),
        c.min_per_variant
    );
    h.push_str(
        "<table><tr><th>Measure</th><th>A</th><th>B</th><th>Difference [95 % CI]</th>\
         <th>n A / n B</th><th>Test</th><th>Statistic</th><th>p</th></tr>",
    );
    for m in &c.measures {
        h.push_str(&measure_row(m));
    }
    h.push_str("</table><ul class=\"verdicts\">");
    for m in &c.measures {
        h.push_str(&format!("<li>{}</li>", esc(&m.sentence)));
    }
    h.push_str("</ul>");
    h
}

/// The `--station`, `--condition`, `--from` and `--to` a study kept sessions by, in words
/// (empty when none was given).
fn scope_words(scope: &super::Scope) -> String {
    let mut w = String::new();
    if !scope.station.is_empty() {
        w.push_str(&format!(" · only station {}", scope.station.join(", ")));
    }
    if !scope.condition.is_empty() {
        w.push_str(&format!(" · only condition {}", scope.condition.join(", ")));
    }
    match (scope.from, scope.to) {
        (Some(f), Some(t)) => w.push_str(&format!(" · started {f} to {t} (Tokyo)")),
        (Some(f), None) => w.push_str(&format!(" · started on {f} or later (Tokyo)")),
        (None, Some(t)) => w.push_str(&format!(" · started on {t} or earlier (Tokyo)")),
        (None, None) => {}
    }
    w
}

/// The whole page.
pub(super) fn html(s: &Study) -> String {
    let mut h = String::new();
    h.push_str("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.push_str("<title>kofu study</title><style>");
    h.push_str(CSS);
    h.push_str("</style></head><body><h1>kofu study</h1>");
    let filters = if s.filters.lang.is_empty() && s.filters.display.is_empty() {
        String::new()
    } else {
        format!(
            " · only language {} and display {}",
            esc(&or_all(&s.filters.lang)),
            esc(&or_all(&s.filters.display))
        )
    };
    let filters = filters + &esc(&scope_words(&s.scope));
    h.push_str(&format!(
        "<p class=\"meta\">{} · {} session(s), {} completed{filters} · per-session figures in \
         <a href=\"sessions.csv\">sessions.csv</a>, every input in \
         <a href=\"inputs.csv\">inputs.csv</a>, all numbers in \
         <a href=\"study.json\">study.json</a></p>",
        esc(&s.generator),
        s.sessions,
        s.completed
    ));
    for w in &s.warnings {
        h.push_str(&format!("<p class=\"warn\">{}</p>", esc(w)));
    }
    h.push_str("<details><summary>How to read this page</summary>");
    h.push_str(DEFINITIONS);
    h.push_str("</details><h2>Variants</h2>");
    h.push_str(&variants_table(&s.variants));
    if let Some(c) = &s.comparison {
        h.push_str(&comparison_section(c));
    }
    h.push_str("<h2>Time on task</h2>");
    h.push_str(
        "<p class=\"legend\">A dot per session (filled: completed; ring: not completed); the \
         black bar is the geometric mean of the completed sessions, the grey line its 95 % \
         interval.</p>",
    );
    if !s.variants.is_empty() {
        h.push_str(&chart(charts::time_on_task(&s.variants, &s.rows)));
    }
    h.push_str(&sections::funnels(s));
    h.push_str(&sections::screens(s));
    h.push_str("<h2>Errors a person could have avoided</h2>");
    h.push_str(&sections::errors(s));
    h.push_str(&sections::sessions(s));
    h.push_str("<h2>Observer's notes</h2>");
    h.push_str(&sections::notes(s));
    h.push_str("<h2>Heat maps</h2>");
    h.push_str(&sections::heatmaps(s));
    h.push_str("</body></html>\n");
    h
}

fn or_all(v: &[String]) -> String {
    if v.is_empty() {
        "(all)".into()
    } else {
        v.join(", ")
    }
}
