//! The audit's `audit.html`: every failing check with its screen's picture, then the totals.

use super::{Audit, esc};

pub(super) fn html(a: &Audit) -> String {
    let mut h = String::from(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>kofu accessibility audit</title>\
<style>body{font-family:sans-serif;margin:2rem;color:#111}table{border-collapse:collapse;margin:1rem 0}\
td,th{border:1px solid #bbb;padding:.25rem .5rem;text-align:left}.ok{color:#064}.bad{color:#900;font-weight:bold}</style></head><body>",
    );
    h.push_str("<h1>kofu accessibility audit</h1>");
    h.push_str(&format!(
        "<p class=\"{}\">{}: {} screens, {} checks, {} failures.</p>",
        if a.passed { "ok" } else { "bad" },
        if a.passed { "PASSED" } else { "FAILED" },
        a.screens.len(),
        a.checks,
        a.findings.len()
    ));
    h.push_str(&format!(
        "<p>Declared panel: 1024 × 768 logical px at {:.4} mm/px (270 × 202.5 mm), viewing distance {:.0} cm. \
Targets ≥ 44 px ≈ {:.1} mm. Contrast ≥ 4.5:1 (≥ 3:1 at 24 px and above). Large text: capital H ≥ 6 mm.</p>",
        a.mm_per_px,
        a.viewing_distance_mm / 10.0,
        44.0 * a.mm_per_px
    ));
    if !a.findings.is_empty() {
        h.push_str("<h2>Failures</h2><table><tr><th>language</th><th>mode</th><th>vendor</th><th>screen</th><th>check</th><th>detail</th></tr>");
        for f in &a.findings {
            h.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&f.lang),
                f.mode.name(),
                esc(&f.vendor),
                esc(&f.screen),
                f.check,
                esc(&f.detail)
            ));
        }
        h.push_str("</table>");
    }
    if !a.colour_vision.is_empty() {
        h.push_str(
            "<h2>Colour vision</h2><p>Screens as viewers with protanopia, deuteranopia and \
tritanopia see them (Machado, Oliveira &amp; Fernandes 2009, severity 1). A chosen option differs \
from the others by its outline and its mark, not by colour alone (check <code>colour_vision</code>).</p>",
        );
        for (screen, deficiency, file) in &a.colour_vision {
            h.push_str(&format!(
                "<figure style=\"display:inline-block;margin:.5rem\"><img src=\"{}\" width=\"520\" alt=\"{} as seen with {}\"><figcaption>{} — {}</figcaption></figure>",
                esc(file),
                esc(screen),
                deficiency,
                esc(screen),
                deficiency
            ));
        }
    }
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
    h.push_str("</table></body></html>");
    h
}
