//! The audit's `audit.html`: the verdict and the profile, one row per problem (its criteria,
//! colours as hex with the ratio, the screens it occurs on, the first one's picture with the
//! element outlined), every check with its criteria, the manual checklist for what cannot be
//! measured on a frame, colour vision and the figures of every screen.

use super::criteria::{RULES, UNDERSTANDING};
use super::{Audit, esc};

/// What the audit cannot measure on a frame, with the criterion a reviewer checks it against.
const MANUAL: [(&str, &str, &str); 7] = [
    (
        "Physical reach: the panel, card reader, coin slot, note slot and output tray are between 380 and 1220 mm above the floor (forward reach), the panel tilted to be read from a wheelchair.",
        "ADA 2010 §707.3 and §308; EN 301 549 8.3 (stationary ICT)",
        "",
    ),
    (
        "Tactile marks: the keypad is a 12-key telephone layout with a raised dot on 5; Enter, Clear and Cancel are told apart by touch (shape or mark).",
        "ADA 2010 §707.6.2 (numeric keys); EN 301 549 5.5.2 (operable parts discernibility)",
        "",
    ),
    (
        "Speech volume: the headset's level can be set by the user, is loud enough in a noisy shop, and is back to its default for the next user.",
        "ADA 2010 §707.5 (speech output); EN 301 549 5.1.3 (non-visual access)",
        "",
    ),
    (
        "Speech control: the user can repeat and interrupt speech (kofu: the Repeat and Stop keys).",
        "ADA 2010 §707.5.1; EN 301 549 5.1.3.4 (speech output user control)",
        "",
    ),
    (
        "Card slot and output tray height and the card's placement guide can be found by touch; the slot says where the card goes.",
        "ADA 2010 §707.3; EN 301 549 5.5.1 (means of operation), 5.5.2 (operable parts discernibility)",
        "",
    ),
    (
        "Glare and viewing angle: the panel stays readable under the shop's lighting from a standing and a seated eye height.",
        "WCAG 2.2 1.4.3 in use (the audit measures colours, not the screen's reflections)",
        "contrast-minimum.html",
    ),
    (
        "Time: every time limit (the inactivity warning) can be extended by the user, and what is said before it is long enough to hear.",
        "WCAG 2.2 2.2.1 Timing Adjustable; EN 301 549 11.2.2.1; JIS X 8341-3 7.2.2.1",
        "timing-adjustable.html",
    ),
];

const STYLE: &str = "body{font-family:sans-serif;margin:2rem;color:#111;max-width:1400px}\
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #bbb;padding:.25rem .5rem;\
text-align:left;vertical-align:top}.ok{color:#064}.bad{color:#900;font-weight:bold}\
.where{font-size:.85em;color:#333}img.pic{width:480px;border:1px solid #999}\
code{background:#f3f3f3;padding:0 .2em}.sw{display:inline-block;width:.9em;height:.9em;\
border:1px solid #000;vertical-align:middle;margin:0 .15em}";

/// The page.
pub(super) fn html(a: &Audit) -> String {
    let mut h = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>kofu accessibility audit</title><style>{STYLE}</style></head><body>\
<h1>kofu accessibility audit</h1>"
    );
    h.push_str(&format!(
        "<p class=\"{}\">{}: {} problems ({} failures) on {} screens, {} checks.</p>",
        if a.passed { "ok" } else { "bad" },
        if a.passed { "PASSED" } else { "FAILED" },
        a.groups.len(),
        a.findings.len(),
        a.screens.len(),
        a.checks,
    ));
    let p = &a.profile;
    h.push_str(&format!(
        "<p>Profile <b>{}</b> (<code>{}</code>): panel {} mm across for {} px ({:.4} mm/px), \
read at {:.0} cm; targets ≥ {} mm ({:.0} px); text contrast ≥ {}:1, ≥ {}:1 from {} px; \
non-text ≥ {}:1; focus ring ≥ {}:1; capital H ≥ {} mm on every panel text{}; large-text \
mode capital H ≥ {:.1} mm ({}° at the viewing distance); line height ≥ {} (body), ≥ {} \
(control labels).</p>",
        esc(&p.name),
        esc(&p.source),
        p.panel_width_mm,
        p.panel_width_px,
        p.mm_per_px(),
        p.viewing_distance_mm / 10.0,
        p.min_target_mm,
        p.min_target_px(),
        p.contrast_text,
        p.contrast_large_text,
        p.large_text_px,
        p.contrast_non_text,
        p.contrast_focus,
        p.min_cap_mm,
        if p.min_cap_mm > 0.0 { "" } else { " (off)" },
        p.large_mode_cap_mm(),
        p.large_mode_cap_angle_deg,
        p.line_height_body,
        p.line_height_label,
    ));
    problems(&mut h, a);
    checks(&mut h);
    manual(&mut h);
    colour_vision(&mut h, a);
    screens(&mut h, a);
    h.push_str("</body></html>");
    h
}

/// `#rrggbb` in a text followed by a colour swatch.
fn swatches(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('#') {
        let hex = rest.get(i..i + 7).unwrap_or_default();
        let is_hex = hex.len() == 7 && hex[1..].chars().all(|c| c.is_ascii_hexdigit());
        out.push_str(&esc(&rest[..i]));
        if is_hex {
            out.push_str(&format!(
                "<span class=\"sw\" style=\"background:{hex}\"></span>{hex}"
            ));
            rest = &rest[i + 7..];
        } else {
            out.push('#');
            rest = &rest[i + 1..];
        }
    }
    out.push_str(&esc(rest));
    out
}

fn problems(h: &mut String, a: &Audit) {
    if a.groups.is_empty() {
        return;
    }
    h.push_str(
        "<h2>Problems</h2><p>One row per problem (a check and a cause), with every screen it \
occurs on; the picture is the first such screen with the failing element outlined in red.</p>\
<table><tr><th>#</th><th>check and criteria</th><th>problem</th><th>where</th><th>picture</th></tr>",
    );
    for g in &a.groups {
        let wher = if g.places.len() <= 12 {
            g.places
                .iter()
                .map(|p| format!("{} {} {} {}", p.vendor, p.mode.name(), p.lang, p.screen))
                .collect::<Vec<_>>()
                .join("<br>")
        } else {
            format!(
                "{} screens: vendors {}; modes {}; languages {}; screens {}",
                g.places.len(),
                g.vendors.join(", "),
                g.modes.join(", "),
                g.langs.join(", "),
                g.screens.join(", ")
            )
        };
        let pic = g.picture.as_ref().map_or(String::new(), |p| {
            format!(
                "<a href=\"{0}\"><img class=\"pic\" src=\"{0}\" alt=\"{1} with the element outlined\"></a>",
                esc(p),
                esc(&g.cause)
            )
        });
        h.push_str(&format!(
            "<tr id=\"{}\"><td>{}</td><td><code>{}</code><br><span class=\"where\">{}</span></td>\
<td><b>{}</b><br><span class=\"where\">e.g. {} ({} failures)</span></td><td class=\"where\">{}</td><td>{}</td></tr>",
            g.id,
            g.id,
            g.check,
            esc(&g.criteria),
            swatches(&g.cause),
            swatches(&g.example),
            g.count,
            wher,
            pic
        ));
    }
    h.push_str("</table>");
}

fn checks(h: &mut String) {
    h.push_str(
        "<h2>Checks</h2><table><tr><th>check</th><th>what passes</th><th>criteria</th></tr>",
    );
    for r in RULES {
        h.push_str(&format!(
            "<tr><td><code>{}</code></td><td>{}</td><td><a href=\"{}\">{}</a></td></tr>",
            r.id,
            esc(r.summary),
            esc(r.help_uri),
            esc(&r.criteria())
        ));
    }
    h.push_str("</table>");
}

fn manual(h: &mut String) {
    h.push_str(
        "<h2>Manual checklist</h2><p>What a frame cannot show: check these on the machine.</p>\
<table><tr><th>check</th><th>criteria</th><th>result</th></tr>",
    );
    for (what, criteria, page) in MANUAL {
        let c = if page.is_empty() {
            esc(criteria)
        } else {
            format!("<a href=\"{UNDERSTANDING}{page}\">{}</a>", esc(criteria))
        };
        h.push_str(&format!(
            "<tr><td>{}</td><td>{c}</td><td>☐ pass ☐ fail ☐ n/a</td></tr>",
            esc(what)
        ));
    }
    h.push_str("</table>");
}

fn colour_vision(h: &mut String, a: &Audit) {
    if a.colour_vision.is_empty() {
        return;
    }
    h.push_str(
        "<h2>Colour vision</h2><p>Screens as viewers with protanopia, deuteranopia and \
tritanopia see them (Machado, Oliveira &amp; Fernandes 2009, severity 1). A chosen option differs \
from the others by its outline and its mark, not by colour alone (check <code>colour_vision</code>).</p>",
    );
    for (screen, deficiency, file) in &a.colour_vision {
        h.push_str(&format!(
            "<figure style=\"display:inline-block;margin:.5rem\"><img src=\"{}\" width=\"420\" alt=\"{} as seen with {}\"><figcaption>{} — {}</figcaption></figure>",
            esc(file),
            esc(screen),
            deficiency,
            esc(screen),
            deficiency
        ));
    }
}

fn screens(h: &mut String, a: &Audit) {
    h.push_str("<h2>Screens</h2><table><tr><th>language</th><th>mode</th><th>vendor</th><th>screen</th><th>texts</th><th>controls</th><th>min contrast</th><th>smallest target</th><th>below the fold</th><th>failures</th></tr>");
    for s in &a.screens {
        h.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.2}:1</td><td>{:.1} mm</td><td>{}</td><td class=\"{}\">{}</td></tr>",
            esc(&s.lang),
            s.mode.name(),
            esc(&s.vendor),
            match &s.png {
                Some(p) => format!("<a href=\"{}\">{}</a>", esc(p), esc(&s.screen)),
                None => esc(&s.screen),
            },
            s.texts,
            s.controls,
            s.min_contrast,
            s.min_target_mm,
            s.scrolled_out,
            if s.failures == 0 { "ok" } else { "bad" },
            s.failures
        ));
    }
    h.push_str("</table>");
}
