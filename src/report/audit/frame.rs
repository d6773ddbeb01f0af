//! The audit's checks of one frame's texts and controls (`contrast`, `target_size`, `named`,
//! `clipped`, `below_fold`, `overlap`, `focus_order`, `large_text`, `text_height`), measured on
//! the paint list and the AccessKit tree of an off-screen frame; [`super::wcag`] adds the checks
//! of what is not text.

use std::sync::Arc;

use egui::epaint::{ClippedShape, Galley, Shape};
use egui::{Color32, Rect};

use super::check::{Fail, Seen, hex};
use super::profile::Profile;
use super::{CAP_HEIGHT_EM, Mode, ScreenResult};
use crate::report::offscreen::{A11yNode, FrameOut};
use crate::window::app::panel_rects;
use crate::window::tokens::{self, MACHINE_COLUMN_A, MARGIN, PANEL_SIZE, Tokens};

/// Failures found so far, in the order found.
type Fails = Vec<Fail>;

/// A text as painted.
#[derive(Debug, Clone)]
pub(super) struct Text {
    /// The words, trimmed.
    pub text: String,
    /// Where they are drawn.
    pub rect: Rect,
    /// The clip they are drawn in.
    pub clip: Rect,
    /// Font size, px.
    pub size: f32,
    color: Color32,
    bg: Color32,
    elided: bool,
    /// The laid-out text (its rows, for line height and line breaks).
    pub galley: Arc<Galley>,
}

/// Walks the paint list: texts with the colour under their centre.
pub(super) fn texts(shapes: &[ClippedShape], base: Color32) -> Vec<Text> {
    let mut fills: Vec<(Rect, Rect, Color32)> = Vec::new();
    let mut out = Vec::new();
    fn walk(
        s: &Shape,
        clip: Rect,
        base: Color32,
        fills: &mut Vec<(Rect, Rect, Color32)>,
        out: &mut Vec<Text>,
    ) {
        match s {
            Shape::Vec(v) => {
                for x in v {
                    walk(x, clip, base, fills, out);
                }
            }
            Shape::Rect(r) if r.fill.a() > 0 => fills.push((r.rect, clip, r.fill)),
            Shape::Circle(c) if c.fill.a() > 0 => fills.push((
                Rect::from_center_size(c.center, egui::vec2(c.radius, c.radius) * 1.4),
                clip,
                c.fill,
            )),
            Shape::Text(t) => {
                let text = t.galley.text().trim().to_string();
                if text.is_empty() {
                    return;
                }
                let rect = t.visual_bounding_rect();
                let centre = rect.center();
                let mut bg = base;
                for (r, c, f) in fills.iter() {
                    if r.contains(centre) && c.contains(centre) {
                        bg = tokens::composite(*f, bg);
                    }
                }
                let section = t.galley.job.sections.first();
                let size = section.map_or(14.0, |s| s.format.font_id.size);
                let mut color = t
                    .override_text_color
                    .or_else(|| section.map(|s| s.format.color))
                    .unwrap_or(t.fallback_color);
                if color == Color32::PLACEHOLDER {
                    color = t.fallback_color;
                }
                let color = tokens::composite(color.gamma_multiply(t.opacity_factor), bg);
                out.push(Text {
                    text,
                    rect,
                    clip,
                    size,
                    color,
                    bg,
                    elided: t.galley.elided,
                    galley: t.galley.clone(),
                });
            }
            _ => {}
        }
    }
    for cs in shapes {
        walk(&cs.shape, cs.clip_rect, base, &mut fills, &mut out);
    }
    out
}

/// The region a point belongs to, in reading order: 0 panel, 1 and 2 the machine's columns,
/// 3 anything else (trainer console).
pub(super) fn region(p: egui::Pos2) -> u8 {
    let panel = Rect::from_min_size(egui::pos2(MARGIN, MARGIN), PANEL_SIZE);
    let col_b = panel.right() + MARGIN + MACHINE_COLUMN_A;
    if panel.contains(p) {
        0
    } else if p.x < col_b {
        1
    } else if p.x < panel.right() + MARGIN + tokens::MACHINE_WIDTH {
        2
    } else {
        3
    }
}

/// A node's bounds as a rectangle (the non-text checks use it too).
pub(super) fn rect_of(n: &A11yNode) -> Option<Rect> {
    n.bounds
        .map(|[x, y, w, h]| Rect::from_min_size(egui::pos2(x, y), egui::vec2(w, h)))
}

/// Checks one frame's texts and controls against the default profile with the tokens' own
/// target size (`t.s.target_min`). Returns the screen's figures, its failures as (check,
/// detail) and the checks made. [`super::check_all`] runs every check.
pub fn check_frame(
    frame: &FrameOut,
    t: &Tokens,
    mode: Mode,
) -> (ScreenResult, Vec<(&'static str, String)>, usize) {
    let mut profile = Profile::wcag22_aa();
    profile.min_target_mm = f64::from(t.s.target_min) * profile.mm_per_px();
    let (r, fails, checks) = check_seen(&Seen::new(frame, t), t, mode, &profile);
    let fails = fails.into_iter().map(|f| (f.check, f.detail)).collect();
    (r, fails, checks)
}

/// The checks of this module on a frame read once.
pub(super) fn check_seen(
    seen: &Seen<'_>,
    t: &Tokens,
    mode: Mode,
    p: &Profile,
) -> (ScreenResult, Fails, usize) {
    let mut fails: Fails = Vec::new();
    let controls = seen.controls();
    let all = &seen.texts;
    let panel = Rect::from_min_size(egui::pos2(MARGIN, MARGIN), PANEL_SIZE);
    let body = panel_rects(panel, t).body;
    let seen = check_texts(all, &controls, body, t, mode, p, &mut fails);
    let mut checks = seen.checks;
    check_overlap(&seen.visible, &mut fails);
    checks += seen.visible.len();
    let mut min_target = f64::INFINITY;
    for n in &controls {
        checks += check_control(n, &seen.visible, p, &mut min_target, &mut fails);
    }
    checks += super::order::check_focus_order(&controls, all, body, &mut fails);
    let result = ScreenResult {
        lang: String::new(),
        mode,
        vendor: String::new(),
        screen: String::new(),
        texts: seen.visible.len(),
        controls: controls.len(),
        min_contrast: if seen.min_contrast.is_finite() {
            (seen.min_contrast * 100.0).round() / 100.0
        } else {
            0.0
        },
        min_target_mm: if min_target.is_finite() {
            (min_target * 10.0).round() / 10.0
        } else {
            0.0
        },
        scrolled_out: seen.scrolled_out,
        failures: fails.len(),
        png: None,
    };
    (result, fails, checks)
}

/// What the pass over the frame's texts found, for the checks that follow it and the
/// screen's figures.
struct TextPass<'a> {
    /// Texts at least partly inside their clip, in paint order.
    visible: Vec<&'a Text>,
    /// Checks made.
    checks: usize,
    /// Lowest contrast of a text not on a disabled control.
    min_contrast: f64,
    /// Texts below the fold of the scrolling body.
    scrolled_out: usize,
}

/// Checks every text in paint order — fold, clip, contrast, large text — so that its failures
/// come together, one text after another.
fn check_texts<'a>(
    all: &'a [Text],
    controls: &[&A11yNode],
    body: Rect,
    t: &Tokens,
    mode: Mode,
    p: &Profile,
    fails: &mut Fails,
) -> TextPass<'a> {
    let disabled: Vec<Rect> = controls
        .iter()
        .filter(|n| n.disabled)
        .filter_map(|n| rect_of(n))
        .collect();
    let mut pass = TextPass {
        visible: Vec::new(),
        checks: 0,
        min_contrast: f64::INFINITY,
        scrolled_out: 0,
    };
    for x in all {
        let inside = x.clip.intersect(x.rect);
        if !inside.is_positive() {
            pass.scrolled_out += 1;
            if x.rect.top() >= body.bottom() - 12.0 && body.x_range().contains(x.rect.center().x) {
                fails.push(
                    Fail::new("below_fold", format!("{:?} is below the fold", x.text))
                        .cause("a text is below the body's fold")
                        .at(x.rect),
                );
            }
            continue;
        }
        pass.visible.push(x);
        pass.checks += 1;
        if check_clip(x, inside, body, fails) {
            pass.scrolled_out += 1;
        }
        if disabled.iter().any(|r| r.contains(x.rect.center())) {
            continue;
        }
        pass.checks += 1;
        pass.min_contrast = pass.min_contrast.min(check_contrast(x, p, fails));
        pass.checks += check_large_text(x, t, mode, p, fails);
    }
    pass
}

/// `clipped` and `below_fold` for a visible text (`inside` is its part within its clip).
/// Returns whether the text is cut by the fold of the scrolling body (it counts as scrolled
/// out).
fn check_clip(x: &Text, inside: Rect, body: Rect, fails: &mut Fails) -> bool {
    if x.elided {
        fails.push(
            Fail::new(
                "clipped",
                format!("{:?} is elided (cut short with …)", x.text),
            )
            .cause("a text is elided (cut short with …)")
            .at(x.rect),
        );
    } else if !x.clip.expand(1.0).contains_rect(x.rect) && x.rect.height() > 0.0 {
        // Cut by its clip: at the fold of the scrolling body (reachable by scrolling and by
        // the keypad's highlight, counted), or by anything else (a failure).
        let cut = x.rect.height() - inside.height() + x.rect.width() - inside.width();
        let at_fold = (x.clip.bottom() - body.bottom()).abs() < 12.0
            && x.rect.bottom() > x.clip.bottom()
            && (x.rect.width() - inside.width()) < 1.0;
        if at_fold {
            fails.push(
                Fail::new("below_fold", format!("{:?} is cut by the fold", x.text))
                    .cause("a text is cut by the body's fold")
                    .at(x.rect),
            );
            return true;
        } else if cut > 2.0 {
            fails.push(
                Fail::new(
                    "clipped",
                    format!(
                        "{:?} at ({:.0}, {:.0}) is cut by {:.0} px",
                        x.text,
                        x.rect.left(),
                        x.rect.top(),
                        cut
                    ),
                )
                .cause("a text is cut by its clip")
                .at(x.rect),
            );
        }
    }
    false
}

/// `contrast` for an enabled text. Returns the contrast measured, for the screen's lowest.
fn check_contrast(x: &Text, p: &Profile, fails: &mut Fails) -> f64 {
    let c = tokens::contrast(x.color, x.bg);
    let need = p.contrast_for(x.size);
    if c + 1e-9 < need {
        let colours = format!(
            "text {} on {}: {c:.2}:1 < {need}:1 at {:.0} px",
            hex(x.color),
            hex(x.bg),
            x.size
        );
        fails.push(
            Fail::new("contrast", format!("{:?}: {colours}", x.text))
                .cause(colours)
                .at(x.rect),
        );
    }
    c
}

/// `large_text` (in large-text mode, panel text above small print) and `text_height` (every
/// panel text, when the profile sets a minimum) for an enabled text. Returns the checks made.
fn check_large_text(x: &Text, t: &Tokens, mode: Mode, p: &Profile, fails: &mut Fails) -> usize {
    if region(x.rect.center()) != 0 {
        return 0;
    }
    let h = f64::from(x.size) * CAP_HEIGHT_EM * p.mm_per_px();
    let mut checks = 0;
    if p.min_cap_mm > 0.0 {
        checks += 1;
        if h + 1e-9 < p.min_cap_mm {
            let why = format!(
                "capital H {h:.1} mm ({:.0} px) < {} mm",
                x.size, p.min_cap_mm
            );
            fails.push(
                Fail::new("text_height", format!("{:?}: {why}", x.text))
                    .cause(why)
                    .at(x.rect),
            );
        }
    }
    if mode == Mode::LargeText && x.size > t.s.small + 0.5 {
        checks += 1;
        let need = p.large_mode_cap_mm();
        if h + 1e-9 < need {
            let why = format!("capital H {h:.1} mm ({:.0} px) < {need:.1} mm", x.size);
            fails.push(
                Fail::new("large_text", format!("{:?}: {why}", x.text))
                    .cause(why)
                    .at(x.rect),
            );
        }
    }
    checks
}

/// `overlap`: no two visible texts painted over each other (each pair once).
fn check_overlap(visible: &[&Text], fails: &mut Fails) {
    for (i, a) in visible.iter().enumerate() {
        for b in visible.iter().skip(i + 1) {
            let (ra, rb) = (a.rect.intersect(a.clip), b.rect.intersect(b.clip));
            let o = ra.intersect(rb);
            if o.is_positive() {
                let smaller = ra.area().min(rb.area()).max(1.0);
                if o.area() > 0.15 * smaller {
                    fails.push(
                        Fail::new("overlap", format!("{:?} overlaps {:?}", a.text, b.text))
                            .cause("two texts are painted over each other")
                            .at(o),
                    );
                }
            }
        }
    }
}

/// `named`, `target_size` and `clipped` (its label inside it) for one control; lowers
/// `min_target` (mm) by its smaller side. Returns the checks made.
fn check_control(
    n: &A11yNode,
    visible: &[&Text],
    p: &Profile,
    min_target: &mut f64,
    fails: &mut Fails,
) -> usize {
    let at = |f: Fail| match rect_of(n) {
        Some(r) => f.at(r),
        None => f,
    };
    if n.name.trim().is_empty() && n.value.trim().is_empty() {
        let why = format!("a {} has no accessible name", n.role);
        fails.push(at(Fail::new("named", why)));
    }
    if n.role == "Unknown" || n.role == "GenericContainer" {
        fails
            .push(at(Fail::new("named", format!("{:?} has no role", n.name))
                .cause("a control has no role")));
    }
    let Some(r) = rect_of(n) else {
        fails.push(
            Fail::new("target_size", format!("{:?} has no bounds", n.name))
                .cause("a control has no bounds"),
        );
        return 2;
    };
    let side = r.width().min(r.height());
    if region(r.center()) == 3 {
        return 2;
    }
    let mm = f64::from(side) * p.mm_per_px();
    *min_target = min_target.min(mm);
    if f64::from(side) + 0.01 < p.min_target_px() {
        let why = format!(
            "{} {:.0} × {:.0} px ({mm:.1} mm) < {:.1} mm",
            n.role,
            r.width(),
            r.height(),
            p.min_target_mm
        );
        fails.push(
            Fail::new("target_size", format!("{:?}: {why}", n.name))
                .cause(why)
                .at(r),
        );
    }
    // The control's own label (its text is in the accessible name) must lie inside it.
    for x in visible {
        if !n.name.is_empty()
            && n.name.contains(x.text.as_str())
            && r.intersects(x.rect)
            && !r.expand(1.0).contains_rect(x.rect)
        {
            fails.push(
                Fail::new(
                    "clipped",
                    format!("{:?} runs out of its control {:?}", x.text, n.name),
                )
                .cause("a label runs out of its control")
                .at(x.rect),
            );
        }
    }
    3
}
