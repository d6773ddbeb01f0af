//! The walkthrough's `index.html`: each step's picture, tree, note, spoken words and times, the
//! outcome per vendor with the refusal's sentences, and links to the printed PDFs.

use super::{Report, ScenarioWalk, StepShot, VendorWalk};
use crate::report::offscreen::tree_text;
use crate::scenario::run::Outcome;

/// Text for HTML, in element content and in quoted attributes.
pub(crate) fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const CSS: &str = "body{font-family:'BIZ UDGothic','Noto Sans CJK JP',sans-serif;margin:2rem;\
color:#111;background:#fafafa;max-width:1500px}h1{font-size:1.6rem}h2{margin-top:2.5rem;\
border-bottom:2px solid #333}table{border-collapse:collapse}td,th{border:1px solid #bbb;\
padding:.3rem .6rem;text-align:left;vertical-align:top}.steps{display:grid;\
grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:1rem}.step{background:#fff;\
border:1px solid #ccc;border-radius:6px;padding:.7rem}.step img{width:100%;border:1px solid #999}\
.meta{color:#444;font-size:.9rem}.note{background:#fff6d5;padding:.3rem .5rem;margin:.3rem 0}\
.spoken{background:#e8f1ff;padding:.3rem .5rem;margin:.3rem 0}pre{white-space:pre-wrap;\
font-size:.75rem;max-height:24rem;overflow:auto;background:#f3f3f3;padding:.5rem}\
.ok{color:#064}.bad{color:#900}";

/// The whole page: the head, the list of scenarios, then one section per scenario.
pub(super) fn html(r: &Report) -> String {
    let mut h = String::new();
    h.push_str("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.push_str("<title>kofu walkthrough</title><style>");
    h.push_str(CSS);
    h.push_str("</style></head><body>");
    h.push_str("<h1>kofu walkthrough — SPECIMEN / 見本</h1>");
    h.push_str(&format!(
        "<p class=\"meta\">{} · {} step(s), {:.0} ms per step on average · personal data {}{}</p>",
        esc(&r.generator),
        r.steps,
        r.mean_step_ms,
        if r.masked {
            "masked"
        } else {
            "shown (--no-mask)"
        },
        r.lang
            .as_ref()
            .map(|l| format!(" · language {}", esc(l)))
            .unwrap_or_default()
    ));
    h.push_str("<ul>");
    for s in &r.scenarios {
        h.push_str(&format!(
            "<li><a href=\"#{}\">{}</a> — {}</li>",
            esc(&s.dir),
            esc(&s.title),
            esc(&s.file)
        ));
    }
    h.push_str("</ul>");
    for s in &r.scenarios {
        scenario(&mut h, s);
    }
    h.push_str("</body></html>");
    h
}

/// One scenario's section: its outcome per vendor, the side-by-side pictures, then each
/// vendor's steps.
fn scenario(h: &mut String, s: &ScenarioWalk) {
    h.push_str(&format!(
        "<h2 id=\"{}\">{}</h2><p class=\"meta\">{}</p>",
        esc(&s.dir),
        esc(&s.title),
        esc(&s.file)
    ));
    h.push_str("<table><tr><th>vendor</th><th>status</th><th>reason</th><th>fee</th><th>paid</th><th>change</th><th>PIN tries left</th><th>documents</th><th>expectations</th></tr>");
    for v in &s.vendors {
        h.push_str(&outcome_row(v));
    }
    h.push_str("</table>");
    if !s.side_by_side.is_empty() {
        side_by_side(h, s);
    }
    for v in &s.vendors {
        h.push_str(&format!(
            "<h3>{} — steps</h3><div class=\"steps\">",
            esc(&v.vendor)
        ));
        for st in &v.steps {
            step(h, st);
        }
        h.push_str("</div>");
    }
}

/// A vendor's row of the outcome table: status, reason with the refusal's sentences, money,
/// PIN tries, the printed documents and whether the expectations were met.
fn outcome_row(v: &VendorWalk) -> String {
    let o = &v.outcome;
    let docs = documents(o);
    format!(
        "<tr><td>{}</td><td>{}</td><td>{}{}</td><td>¥{}</td><td>¥{}</td><td>¥{}</td><td>{}</td><td>{}</td><td class=\"{}\">{}</td></tr>",
        esc(&v.vendor),
        esc(&o.status),
        esc(o.reason.as_deref().unwrap_or("—")),
        refusal(o),
        o.fee_yen,
        o.paid_yen,
        o.change_yen,
        o.pin_tries_left,
        if docs.is_empty() {
            "—".into()
        } else {
            docs.join("<br>")
        },
        if o.expectations_met { "ok" } else { "bad" },
        if o.expectations_met {
            "met".to_string()
        } else {
            esc(&format!("{} mismatch(es)", o.mismatches.len()))
        }
    )
}

/// Each printed document with links to its copies' PDFs.
fn documents(o: &Outcome) -> Vec<String> {
    o.documents
        .iter()
        .map(|d| {
            let links: Vec<String> = d
                .files
                .iter()
                .enumerate()
                .map(|(i, f)| format!("<a href=\"{}\">copy {}</a>", esc(f), i + 1))
                .collect();
            format!(
                "{} {} × {} ({} pages) {}",
                esc(&d.certificate),
                d.copies,
                esc(&d.issue_number),
                d.pages,
                links.join(" ")
            )
        })
        .collect()
}

/// The refusal, if any: its code, the screen's own sentences (the same ftl texts it showed),
/// then the rule as the trainer reads it.
fn refusal(o: &Outcome) -> String {
    o.refusal
        .as_ref()
        .map(|x| {
            let shown: String = x
                .texts
                .iter()
                .map(|(lang, t)| {
                    format!(
                        "<br><i>{}</i>: {} — {} — {}",
                        esc(lang),
                        esc(&t.title),
                        esc(&t.rule),
                        esc(&t.next_step)
                    )
                })
                .collect();
            format!(
                "<br><b>{}</b>{shown}<br>Rule (trainer): {}<br>Next step: {}",
                esc(x.reason.code()),
                esc(&x.rule),
                esc(&x.next_step)
            )
        })
        .unwrap_or_default()
}

/// The vendors' pictures side by side, one per step.
fn side_by_side(h: &mut String, s: &ScenarioWalk) {
    h.push_str("<h3>Side by side</h3><div class=\"steps\">");
    let names: Vec<&str> = s.vendors.iter().map(|v| v.vendor.as_str()).collect();
    for (i, f) in s.side_by_side.iter().enumerate() {
        let action = s
            .vendors
            .iter()
            .find_map(|v| v.steps.iter().find(|x| x.index == i))
            .map_or("", |x| x.action.as_str());
        h.push_str(&format!(
            "<div class=\"step\"><b>{1}. {2}</b> <span class=\"meta\">({3})</span><a href=\"{0}\"><img src=\"{0}\" alt=\"step {1}, vendors side by side\"></a></div>",
            esc(f),
            i,
            esc(action),
            esc(&names.join(" | "))
        ));
    }
    h.push_str("</div>");
}

/// One step's card: action and screen, times, note, picture, speech, live status and the
/// accessibility tree.
fn step(h: &mut String, st: &StepShot) {
    h.push_str("<div class=\"step\">");
    h.push_str(&format!(
        "<b>{}. {}</b> → <code>{}</code>",
        st.index,
        esc(&st.action),
        esc(&st.screen)
    ));
    h.push_str(&format!(
        "<div class=\"meta\">line {} · simulated {} · elapsed {} s · took {:.0} ms</div>",
        st.line,
        esc(&st.simulated),
        st.elapsed_s,
        st.took_ms
    ));
    if let Some(p) = st.predicted_s {
        h.push_str(&format!(
            "<div class=\"meta\">predicted {p:.1} s for a skilled person \
             (<code>kofu predict</code>)</div>"
        ));
    }
    if let Some(n) = &st.note {
        h.push_str(&format!("<div class=\"note\">{}</div>", esc(n)));
    }
    h.push_str(&format!(
        "<a href=\"{0}\"><img src=\"{1}\" alt=\"step {2}: {3} screen\"></a>",
        esc(&st.png),
        esc(&st.thumb),
        st.index,
        esc(&st.screen)
    ));
    if !st.spoken.is_empty() {
        h.push_str(&format!(
            "<div class=\"spoken\"><b>Speech guide:</b> {}</div>",
            esc(&st.spoken)
        ));
    }
    if !st.live.is_empty() {
        h.push_str(&format!(
            "<div class=\"meta\">live status: {}</div>",
            esc(&st.live)
        ));
    }
    h.push_str(&format!(
        "<details><summary>accessibility tree (<a href=\"{}\">text</a>)</summary><pre>{}</pre></details>",
        esc(&st.tree_file),
        esc(&tree_text(&st.tree))
    ));
    h.push_str("</div>");
}
