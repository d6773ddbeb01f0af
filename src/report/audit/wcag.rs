//! The audit's checks of what is not text, measured on the paint list of the same frame:
//! - `non_text_contrast` (WCAG 1.4.11): every enabled control on the panel is told from the
//!   ground around it by its outline or its fill at 3:1 at least, and the state mark of a check
//!   box or radio button (its box or ring) by 3:1 against the control's own fill.
//! - `focus_indicator` (WCAG 2.4.13): the frame is drawn with the keypad highlight on; the
//!   ring around the highlighted control is at least 2 px thick all round (so its area is at
//!   least that of a 2 px perimeter) and has 3:1 against the ground it is drawn on.
//! - `colour_vision`: where a frame shows a chosen and an unchosen toggle, they stay apart
//!   without colour — a thicker outline or a mark only one of them has — and, under protanopia,
//!   deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1), the report
//!   shows the screen as such a viewer sees it ([`simulate`]).

use egui::epaint::{ClippedShape, Shape};
use egui::{Color32, Rect};

use super::check::{Fail, Seen, hex};
use super::frame::rect_of;
use super::profile::Profile;
use crate::report::offscreen::{A11yNode, FrameOut, Image};
use crate::window::app::panel_rects;
use crate::window::tokens::{self, MARGIN, PANEL_SIZE, Tokens};

/// A colour-vision deficiency the report simulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deficiency {
    /// No long-wavelength (red) cones.
    Protanopia,
    /// No medium-wavelength (green) cones.
    Deuteranopia,
    /// No short-wavelength (blue) cones.
    Tritanopia,
}

impl Deficiency {
    /// All three, in report order.
    pub const ALL: [Deficiency; 3] = [
        Deficiency::Protanopia,
        Deficiency::Deuteranopia,
        Deficiency::Tritanopia,
    ];

    /// Name in file names and the report.
    pub fn name(self) -> &'static str {
        match self {
            Deficiency::Protanopia => "protanopia",
            Deficiency::Deuteranopia => "deuteranopia",
            Deficiency::Tritanopia => "tritanopia",
        }
    }

    /// Machado et al. (2009), table of severity 1.0, applied to linear RGB.
    fn matrix(self) -> [[f32; 3]; 3] {
        match self {
            Deficiency::Protanopia => [
                [0.152_286, 1.052_583, -0.204_868],
                [0.114_503, 0.786_281, 0.099_216],
                [-0.003_882, -0.048_116, 1.051_998],
            ],
            Deficiency::Deuteranopia => [
                [0.367_322, 0.860_646, -0.227_968],
                [0.280_085, 0.672_501, 0.047_413],
                [-0.011_820, 0.042_940, 0.968_881],
            ],
            Deficiency::Tritanopia => [
                [1.255_528, -0.076_749, -0.178_779],
                [-0.078_411, 0.930_809, 0.147_602],
                [0.004_733, 0.691_367, 0.303_900],
            ],
        }
    }
}

fn to_linear(v: u8) -> f32 {
    let s = f32::from(v) / 255.0;
    if s <= 0.040_45 {
        s / 12.92
    } else {
        ((s + 0.055) / 1.055).powf(2.4)
    }
}

fn to_srgb(l: f32) -> u8 {
    let l = l.clamp(0.0, 1.0);
    let s = if l <= 0.003_130_8 {
        l * 12.92
    } else {
        1.055 * l.powf(1.0 / 2.4) - 0.055
    };
    (s * 255.0).round() as u8
}

/// An opaque colour as a viewer with `d` sees it.
pub fn simulate(c: Color32, d: Deficiency) -> Color32 {
    let lin = [to_linear(c.r()), to_linear(c.g()), to_linear(c.b())];
    let m = d.matrix();
    let ch = |row: [f32; 3]| to_srgb(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]);
    tokens::premultiplied([ch(m[0]), ch(m[1]), ch(m[2]), 255])
}

/// A picture as a viewer with `d` sees it. A screen has few colours (a few thousand with the
/// text's anti-aliasing), so each is worked out once.
pub fn simulate_image(img: &Image, d: Deficiency) -> Image {
    let mut seen: std::collections::HashMap<Color32, Color32> = std::collections::HashMap::new();
    let mut out = img.clone();
    for p in &mut out.pixels {
        *p = *seen.entry(*p).or_insert_with(|| simulate(*p, d));
    }
    out
}

/// A rectangle the frame painted: its fill, outline and outline width.
struct Painted {
    rect: Rect,
    fill: Color32,
    stroke: Color32,
    width: f32,
}

fn painted(shapes: &[ClippedShape]) -> Vec<Painted> {
    fn walk(s: &Shape, out: &mut Vec<Painted>) {
        match s {
            Shape::Vec(v) => v.iter().for_each(|s| walk(s, out)),
            Shape::Rect(r) => out.push(Painted {
                rect: r.rect,
                fill: r.fill,
                stroke: r.stroke.color,
                width: r.stroke.width,
            }),
            Shape::Circle(c) => out.push(Painted {
                rect: Rect::from_center_size(c.center, egui::vec2(c.radius, c.radius) * 2.0),
                fill: c.fill,
                stroke: c.stroke.color,
                width: c.stroke.width,
            }),
            // A tick's strokes: a mark, not an outline.
            Shape::LineSegment { points, stroke } => out.push(Painted {
                rect: Rect::from_two_pos(points[0], points[1]),
                fill: Color32::TRANSPARENT,
                stroke: stroke.color,
                width: stroke.width,
            }),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for s in shapes {
        walk(&s.shape, &mut out);
    }
    out
}

fn close(a: Rect, b: Rect, tol: f32) -> bool {
    (a.min - b.min).length() <= tol && (a.max - b.max).length() <= tol
}

/// Runs the three checks on a frame drawn with `t`, against the default profile. Returns the
/// checks made and the failures as (check, detail).
pub fn check_frame(frame: &FrameOut, t: &Tokens) -> (usize, Vec<(&'static str, String)>) {
    let (checks, fails) = check_seen(&Seen::new(frame, t), t, &Profile::wcag22_aa());
    (
        checks,
        fails.into_iter().map(|f| (f.check, f.detail)).collect(),
    )
}

/// The three checks on a frame read once.
pub(super) fn check_seen(seen: &Seen<'_>, t: &Tokens, p: &Profile) -> (usize, Vec<Fail>) {
    let mut fails = Vec::new();
    let nodes = &seen.nodes;
    let panel = Rect::from_min_size(egui::pos2(MARGIN, MARGIN), PANEL_SIZE);
    let scene = Scene {
        shapes: painted(&seen.frame.shapes),
        header: panel_rects(panel, t).header,
        t,
        p,
    };
    let controls: Vec<(&A11yNode, Rect)> = nodes
        .iter()
        .filter(|n| n.interactive && !n.disabled)
        .filter_map(|n| Some((n, rect_of(n)?)))
        .filter(|(_, r)| panel.contains(r.center()))
        .collect();
    let mut checks = 0;
    for (n, r) in &controls {
        checks += scene.check_control(n, *r, &mut fails);
    }
    // The keypad highlight: a ring in the focus colour (the header's own on a coloured band)
    // around one control, enabled or not.
    let every: Vec<Rect> = nodes
        .iter()
        .filter(|n| n.interactive)
        .filter_map(rect_of)
        .filter(|r| panel.contains(r.center()))
        .collect();
    if !controls.is_empty() {
        checks += 1;
        scene.check_focus_ring(&every, &mut fails);
    }
    checks += scene.check_toggles(&controls, &mut fails);
    (checks, fails)
}

/// What the checks of one frame look at: the rectangles it painted, and the header band
/// and tokens that say what ground a control stands on.
struct Scene<'a> {
    shapes: Vec<Painted>,
    header: Rect,
    t: &'a Tokens,
    p: &'a Profile,
}

impl Scene<'_> {
    /// The ground a rectangle stands on: the header band or the panel.
    fn ground(&self, r: Rect) -> Color32 {
        if self.header.contains(r.center()) {
            self.t.c.header_bg
        } else {
            self.t.c.panel_bg
        }
    }

    /// The control on `r` as painted: its fill and its outline may be separate shapes on its
    /// bounds.
    fn own(&self, r: Rect) -> Option<Painted> {
        let mine: Vec<&Painted> = self
            .shapes
            .iter()
            .filter(|p| close(p.rect, r, 1.5))
            .collect();
        let fill = mine.iter().map(|p| p.fill).find(|f| f.a() == 255)?;
        let outline = mine
            .iter()
            .copied()
            .max_by(|a, b| a.width.total_cmp(&b.width))?;
        Some(Painted {
            rect: r,
            fill,
            stroke: outline.stroke,
            width: outline.width,
        })
    }

    /// `non_text_contrast` for one enabled control: its boundary against its ground, and a
    /// toggle's state marks against its fill. Returns the checks made.
    fn check_control(&self, n: &A11yNode, r: Rect, fails: &mut Vec<Fail>) -> usize {
        let Some(p) = self.own(r) else { return 0 };
        let p = &p;
        let mut checks = 1;
        let bg = self.ground(r);
        let edge = if p.width >= 1.0 {
            tokens::contrast(p.stroke, bg)
        } else {
            0.0
        };
        let boundary = edge.max(tokens::contrast(p.fill, bg));
        let need = self.p.contrast_non_text;
        if boundary + 1e-9 < need {
            let why = format!(
                "boundary (fill {}, outline {}) {boundary:.2}:1 < {need}:1 against its ground {}",
                hex(p.fill),
                hex(p.stroke),
                hex(bg)
            );
            fails.push(
                Fail::new("non_text_contrast", format!("{:?}: {why}", n.name))
                    .cause(why)
                    .at(r),
            );
        }
        if n.toggled.is_some() {
            // The state mark: a ring or box inside the control, outlined in the text colour.
            for m in self.shapes.iter().filter(|m| {
                m.width > 0.0 && r.contains_rect(m.rect) && m.rect.width() < r.width() * 0.5
            }) {
                checks += 1;
                let c = tokens::contrast(m.stroke, p.fill);
                let need = self.p.contrast_non_text;
                if c + 1e-9 < need {
                    let why = format!(
                        "state mark {} {c:.2}:1 < {need}:1 against the control {}",
                        hex(m.stroke),
                        hex(p.fill)
                    );
                    fails.push(
                        Fail::new("non_text_contrast", format!("{:?}: {why}", n.name))
                            .cause(why)
                            .at(m.rect),
                    );
                }
            }
        }
        checks
    }

    /// `focus_indicator`: a ring in a focus colour, at least 2 px thick, around one of the
    /// panel's controls (`every`, enabled or not), at 3:1 against its ground.
    fn check_focus_ring(&self, every: &[Rect], fails: &mut Vec<Fail>) {
        let rings = [self.t.c.focus_ring, self.t.header_focus_ring()];
        let ring = self
            .shapes
            .iter()
            .find(|p| rings.contains(&p.stroke) && p.width > 0.0 && p.fill.a() == 0);
        match ring {
            None => fails.push(Fail::new(
                "focus_indicator",
                "no focus ring is drawn".to_string(),
            )),
            Some(p) => {
                let around = every.iter().any(|r| p.rect.contains_rect(r.shrink(1.0)));
                let ground = self.ground(p.rect);
                let c = tokens::contrast(p.stroke, ground);
                let need = self.p.contrast_focus;
                if p.width < 2.0 || !around || c + 1e-9 < need {
                    let why = format!(
                        "ring {} {:.1} px, around a control: {around}, {c:.2}:1 against its ground {} (needs 2 px, {need}:1)",
                        hex(p.stroke),
                        p.width,
                        hex(ground)
                    );
                    fails.push(Fail::new("focus_indicator", why).at(p.rect));
                }
            }
        }
    }

    /// `colour_vision`: a chosen and an unchosen toggle are told apart without colour (by
    /// their outline or their marks). Returns the checks made (0 when the frame has not both).
    fn check_toggles(&self, controls: &[(&A11yNode, Rect)], fails: &mut Vec<Fail>) -> usize {
        let toggles: Vec<(Painted, bool, Rect)> = controls
            .iter()
            .filter_map(|(n, r)| Some((self.own(*r)?, n.toggled?, *r)))
            .collect();
        let marks = |r: Rect| {
            self.shapes
                .iter()
                .filter(|m| r.contains_rect(m.rect) && m.rect.width() < r.width() * 0.5)
                .count()
        };
        let (Some(on), Some(off)) = (
            toggles.iter().find(|(_, s, _)| *s),
            toggles.iter().find(|(_, s, _)| !*s),
        ) else {
            return 0;
        };
        let outline = (on.0.width - off.0.width).abs() >= 1.0;
        let mark = marks(on.2) != marks(off.2);
        if !outline && !mark {
            let worst = Deficiency::ALL
                .map(|d| tokens::contrast(simulate(on.0.fill, d), simulate(off.0.fill, d)))
                .into_iter()
                .fold(f64::INFINITY, f64::min);
            fails.push(
                Fail::new(
                    "colour_vision",
                    format!(
                        "a chosen ({}) and an unchosen ({}) toggle differ only in colour (fill {worst:.2}:1 at worst under simulation)",
                        hex(on.0.fill),
                        hex(off.0.fill)
                    ),
                )
                .at(on.2),
            );
        }
        1
    }
}
