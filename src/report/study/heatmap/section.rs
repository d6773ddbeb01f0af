//! The heat maps' part of `study.html`: a figure per picture drawn, captioned in words, and a
//! table of the screens too few sessions tapped for one.

use super::MIN_SESSIONS;
use crate::report::study::names;
use crate::report::study::rows::HeatmapRow;
use crate::report::walkthrough::esc;

fn pins(m: &HeatmapRow) -> String {
    if m.pin_keys > 0 {
        format!(" · {} PIN key(s), not drawn", m.pin_keys)
    } else {
        String::new()
    }
}

/// The figures of the heat maps drawn, then the rows of those not drawn (fewer than
/// [`MIN_SESSIONS`] sessions), each saying so.
pub fn section(rows: &[HeatmapRow]) -> String {
    if rows.is_empty() {
        return "<p>No heat maps (no taps, or not drawn).</p>".into();
    }
    let mut h = format!(
        "<p class=\"legend\">Blue discs: taps on a control (darker where many fell); red discs \
         with a cross: misses (no control, or a disabled one). Each picture is the touch panel \
         at its logical size in one language and display mode, and holds only the taps made \
         on exactly that screen (n on its corner: the sessions drawn). A screen fewer than \
         {MIN_SESSIONS} sessions tapped gets no picture. PIN keys are not drawn: the recorder \
         keeps no position for them (only the pad's centre).</p><div class=\"maps\">"
    );
    for m in rows.iter().filter(|m| !m.file.is_empty()) {
        h.push_str(&format!(
            "<figure><a href=\"{f}\"><img src=\"{f}\" alt=\"Heat map of {v}, {sc}, {l}, {d}: \
             {hits} taps on controls, {miss} misses, {n} sessions\" loading=\"lazy\"></a>\
             <figcaption>{v} · {sc} · {l} · {d} · {n} session(s) · {hits} hit(s), {miss} \
             miss(es){pins}</figcaption></figure>",
            f = esc(&m.file),
            v = esc(&m.vendor),
            sc = esc(names::screen(&m.screen)),
            l = esc(&m.lang),
            d = esc(&m.display),
            n = m.sessions,
            hits = m.hits,
            miss = m.misses,
            pins = pins(m),
        ));
    }
    h.push_str("</div>");
    let few: Vec<&HeatmapRow> = rows.iter().filter(|m| m.file.is_empty()).collect();
    if few.is_empty() {
        return h;
    }
    h.push_str(
        "<details><summary>Screens without a heat map</summary><table><tr><th>Vendor</th>\
         <th>Screen</th><th>Language</th><th>Display</th><th>Sessions</th><th>Hits</th>\
         <th>Misses</th><th>Heat map</th></tr>",
    );
    for m in few {
        h.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td>n &lt; {MIN_SESSIONS}: too few \
             sessions for a heat map{}</td></tr>",
            esc(&m.vendor),
            esc(names::screen(&m.screen)),
            esc(&m.lang),
            esc(&m.display),
            m.sessions,
            m.hits,
            m.misses,
            pins(m),
        ));
    }
    h.push_str("</table></details>");
    h
}
