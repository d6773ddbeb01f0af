//! The accessibility audit (`kofu audit`): every screen of the tour × every language × normal,
//! large text and high contrast, on both vendors, measured on what the window actually paints
//! and exposes (the paint list and the AccessKit tree of an off-screen frame).
//!
//! Checks (a failure of any makes `kofu audit` exit 1):
//! - `contrast`: every visible text against the fills painted under it, composited in paint
//!   order: ≥ 4.5:1, or ≥ 3:1 for large text (≥ 24 px, WCAG's 18 pt). Text of disabled
//!   controls is exempt (WCAG 1.4.3).
//! - `target_size`: every control on the panel and the machine's parts is at least 44 logical px
//!   in both directions; reported in mm at the declared panel size ([`MM_PER_PX`]).
//! - `named`: every interactive node has an accessible name and a role.
//! - `clipped`: no text cut by its clip rectangle, elided, or running out of its control.
//! - `below_fold`: no text of the screen's body below its fold: a screen that does not fit
//!   is paged (Next / Previous page, reachable by the keypad), never scrolled.
//! - `overlap`: no two texts painted over each other.
//! - `focus_order`: controls come in reading order — by region (panel, the machine's two
//!   columns), then top to bottom, then left to right within a row.
//! - `large_text`: in large-text mode, panel text other than small print has a capital H of
//!   at least 6 mm (H ≈ 0.73 em).
//! - `non_text_contrast`, `focus_indicator`, `colour_vision`: see [`wcag`] (every frame is
//!   drawn with the keypad highlight on, so the focus ring is measured on every screen).

use std::path::PathBuf;

use egui::epaint::{ClippedShape, Shape};
use egui::{Color32, Rect};
use serde::Serialize;

use crate::report::offscreen::{A11yNode, FrameOut, Offscreen};
use crate::report::tour::{self, Stop};
use crate::report::walkthrough::esc;
use crate::window::app::panel_rects;
use crate::window::tokens::{self, MACHINE_COLUMN_A, MARGIN, PANEL_SIZE, Tokens};
use crate::window::{KioskApp, UiOptions};

mod page;
pub mod wcag;

use page::html;

/// Declared panel: a 13.3-inch 4:3 touch panel, 270 × 202.5 mm for 1024 × 768 logical px,
/// read at 50 cm; 44 px ≈ 11.6 mm.
pub const MM_PER_PX: f64 = 270.0 / 1024.0;
/// Declared viewing distance.
pub const VIEWING_DISTANCE_MM: f64 = 500.0;
/// Capital H as a share of the font size.
pub const CAP_HEIGHT_EM: f64 = 0.73;

/// Display modes audited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Standard theme, standard text.
    Normal,
    /// Large text.
    LargeText,
    /// High-contrast theme.
    HighContrast,
}

impl Mode {
    /// All modes.
    pub const ALL: [Mode; 3] = [Mode::Normal, Mode::LargeText, Mode::HighContrast];
    /// Name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::LargeText => "large_text",
            Mode::HighContrast => "high_contrast",
        }
    }
}

/// One failed check.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Language code.
    pub lang: String,
    /// Display mode.
    pub mode: Mode,
    /// Vendor id.
    pub vendor: String,
    /// Tour stop (screen).
    pub screen: String,
    /// Check name.
    pub check: &'static str,
    /// What and where.
    pub detail: String,
}

/// Figures of one screen.
#[derive(Debug, Clone, Serialize)]
pub struct ScreenResult {
    /// Language code.
    pub lang: String,
    /// Display mode.
    pub mode: Mode,
    /// Vendor id.
    pub vendor: String,
    /// Tour stop.
    pub screen: String,
    /// Texts measured.
    pub texts: usize,
    /// Controls measured.
    pub controls: usize,
    /// Lowest text contrast found.
    pub min_contrast: f64,
    /// Smallest control side, mm.
    pub min_target_mm: f64,
    /// Texts below the fold of a scrolling body (reachable by scrolling).
    pub scrolled_out: usize,
    /// Failed checks.
    pub failures: usize,
    /// Picture of the screen when it has failures (relative to the report folder).
    pub png: Option<String>,
}

/// The audit's result (`audit.json`).
#[derive(Debug, Clone, Serialize)]
pub struct Audit {
    /// mm per logical px of the declared panel.
    pub mm_per_px: f64,
    /// Declared viewing distance, mm.
    pub viewing_distance_mm: f64,
    /// Screens audited.
    pub screens: Vec<ScreenResult>,
    /// Individual checks made.
    pub checks: usize,
    /// Every failure.
    pub findings: Vec<Finding>,
    /// Pictures of screens as viewers with a colour-vision deficiency see them (relative to
    /// the report folder): screen name, deficiency, file.
    pub colour_vision: Vec<(String, &'static str, String)>,
    /// True when nothing failed.
    pub passed: bool,
}

/// WCAG contrast minimum for text of `size` px.
fn required_contrast(size: f32) -> f64 {
    if size >= 24.0 { 3.0 } else { 4.5 }
}

/// A text as painted.
#[derive(Debug, Clone)]
struct Text {
    text: String,
    rect: Rect,
    clip: Rect,
    size: f32,
    color: Color32,
    bg: Color32,
    elided: bool,
}

/// Walks the paint list: texts with the colour under their centre.
fn texts(shapes: &[ClippedShape], base: Color32) -> Vec<Text> {
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
fn region(p: egui::Pos2) -> u8 {
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

/// Whether `b` comes before `a` in reading order (same region).
fn reads_before(b: Rect, a: Rect) -> bool {
    let same_row = b.top() < a.bottom() - 4.0 && a.top() < b.bottom() - 4.0;
    if same_row {
        b.right() <= a.left() + 1.0
    } else {
        b.bottom() <= a.top() + 1.0
    }
}

/// Checks one frame. Returns the screen's figures and its failures as (check, detail).
pub fn check_frame(
    frame: &FrameOut,
    t: &Tokens,
    mode: Mode,
) -> (ScreenResult, Vec<(&'static str, String)>, usize) {
    let mut fails: Vec<(&'static str, String)> = Vec::new();
    let mut checks = 0usize;
    let nodes = frame.tree();
    let controls: Vec<&A11yNode> = nodes.iter().filter(|n| n.interactive).collect();
    let disabled: Vec<Rect> = controls
        .iter()
        .filter(|n| n.disabled)
        .filter_map(|n| rect_of(n))
        .collect();
    let all = texts(&frame.shapes, t.c.machine_bg);
    let mut min_contrast = f64::INFINITY;
    let mut scrolled_out = 0;
    let mut visible: Vec<&Text> = Vec::new();
    let panel = Rect::from_min_size(egui::pos2(MARGIN, MARGIN), PANEL_SIZE);
    let body = panel_rects(panel, t).body;
    for x in &all {
        let inside = x.clip.intersect(x.rect);
        if !inside.is_positive() {
            scrolled_out += 1;
            if x.rect.top() >= body.bottom() - 12.0 && body.x_range().contains(x.rect.center().x) {
                fails.push(("below_fold", format!("{:?} is below the fold", x.text)));
            }
            continue;
        }
        visible.push(x);
        checks += 1;
        if x.elided {
            fails.push((
                "clipped",
                format!("{:?} is elided (cut short with …)", x.text),
            ));
        } else if !x.clip.expand(1.0).contains_rect(x.rect) && x.rect.height() > 0.0 {
            // Cut by its clip: at the fold of the scrolling body (reachable by scrolling and by
            // the keypad's highlight, counted), or by anything else (a failure).
            let cut = x.rect.height() - inside.height() + x.rect.width() - inside.width();
            let at_fold = (x.clip.bottom() - body.bottom()).abs() < 12.0
                && x.rect.bottom() > x.clip.bottom()
                && (x.rect.width() - inside.width()) < 1.0;
            if at_fold {
                scrolled_out += 1;
                fails.push(("below_fold", format!("{:?} is cut by the fold", x.text)));
            } else if cut > 2.0 {
                fails.push((
                    "clipped",
                    format!(
                        "{:?} at ({:.0}, {:.0}) is cut by {:.0} px",
                        x.text,
                        x.rect.left(),
                        x.rect.top(),
                        cut
                    ),
                ));
            }
        }
        if disabled.iter().any(|r| r.contains(x.rect.center())) {
            continue;
        }
        checks += 1;
        let c = tokens::contrast(x.color, x.bg);
        min_contrast = min_contrast.min(c);
        let need = required_contrast(x.size);
        if c + 1e-9 < need {
            fails.push((
                "contrast",
                format!(
                    "{:?} ({:.0} px): {:.2}:1 < {need}:1 (text {:?} on {:?})",
                    x.text,
                    x.size,
                    c,
                    x.color.to_srgba_unmultiplied(),
                    x.bg.to_srgba_unmultiplied()
                ),
            ));
        }
        if mode == Mode::LargeText && region(x.rect.center()) == 0 && x.size > t.s.small + 0.5 {
            checks += 1;
            let h = f64::from(x.size) * CAP_HEIGHT_EM * MM_PER_PX;
            if h + 1e-9 < 6.0 {
                fails.push((
                    "large_text",
                    format!("{:?}: capital H {h:.1} mm < 6 mm", x.text),
                ));
            }
        }
    }
    // Overlap of visible texts.
    for (i, a) in visible.iter().enumerate() {
        for b in visible.iter().skip(i + 1) {
            let (ra, rb) = (a.rect.intersect(a.clip), b.rect.intersect(b.clip));
            let o = ra.intersect(rb);
            if o.is_positive() {
                let smaller = ra.area().min(rb.area()).max(1.0);
                if o.area() > 0.15 * smaller {
                    fails.push(("overlap", format!("{:?} overlaps {:?}", a.text, b.text)));
                }
            }
        }
    }
    checks += visible.len();
    // Controls: names, roles, sizes, text inside.
    let mut min_target = f64::INFINITY;
    for n in &controls {
        checks += 2;
        if n.name.trim().is_empty() && n.value.trim().is_empty() {
            fails.push(("named", format!("a {} has no accessible name", n.role)));
        }
        if n.role == "Unknown" || n.role == "GenericContainer" {
            fails.push(("named", format!("{:?} has no role", n.name)));
        }
        let Some(r) = rect_of(n) else {
            fails.push(("target_size", format!("{:?} has no bounds", n.name)));
            continue;
        };
        let side = r.width().min(r.height());
        if region(r.center()) == 3 {
            continue;
        }
        min_target = min_target.min(f64::from(side) * MM_PER_PX);
        checks += 1;
        if side + 0.01 < t.s.target_min {
            fails.push((
                "target_size",
                format!(
                    "{} {:?}: {:.0} × {:.0} px ({:.1} mm) < 44 px (11.6 mm)",
                    n.role,
                    n.name,
                    r.width(),
                    r.height(),
                    f64::from(side) * MM_PER_PX
                ),
            ));
        }
        // The control's own label (its text is in the accessible name) must lie inside it.
        for x in &visible {
            if !n.name.is_empty()
                && n.name.contains(x.text.as_str())
                && r.intersects(x.rect)
                && !r.expand(1.0).contains_rect(x.rect)
            {
                fails.push((
                    "clipped",
                    format!("{:?} runs out of its control {:?}", x.text, n.name),
                ));
            }
        }
    }
    // Focus order = the tree's order of controls.
    // A control is placed where it can be seen: its rectangle within its label's clip (the
    // scrolling body). Controls scrolled wholly out are left out: they are reached by
    // scrolling, in the same order.
    let seen = |n: &A11yNode, r: Rect| -> Option<Rect> {
        let label = all.iter().find(|x| {
            !n.name.is_empty() && n.name.contains(x.text.as_str()) && r.contains(x.rect.center())
        });
        match label {
            Some(x) => {
                let v = r.intersect(x.clip);
                v.is_positive().then_some(v)
            }
            // egui paints nothing for a widget wholly outside its clip: a panel control with
            // no painted label below the body's fold was scrolled out.
            None if region(r.center()) == 0 && r.top() >= body.bottom() - 1.0 => None,
            None => Some(r),
        }
    };
    let placed: Vec<(&A11yNode, Rect)> = controls
        .iter()
        .filter_map(|n| rect_of(n).and_then(|r| seen(n, r)).map(|r| (*n, r)))
        .collect();
    for w in placed.windows(2) {
        let ((na, a), (nb, b)) = (w[0], w[1]);
        checks += 1;
        let (ra, rb) = (region(a.center()), region(b.center()));
        if rb < ra || (ra == rb && reads_before(b, a)) {
            fails.push((
                "focus_order",
                format!(
                    "{:?} comes after {:?} but reads before it",
                    nb.name, na.name
                ),
            ));
        }
    }
    let result = ScreenResult {
        lang: String::new(),
        mode,
        vendor: String::new(),
        screen: String::new(),
        texts: visible.len(),
        controls: controls.len(),
        min_contrast: if min_contrast.is_finite() {
            (min_contrast * 100.0).round() / 100.0
        } else {
            0.0
        },
        min_target_mm: if min_target.is_finite() {
            (min_target * 10.0).round() / 10.0
        } else {
            0.0
        },
        scrolled_out,
        failures: fails.len(),
        png: None,
    };
    (result, fails, checks)
}

/// What to audit.
#[derive(Debug, Clone, Default)]
pub struct AuditOptions {
    /// Languages (all bundled when empty).
    pub langs: Vec<String>,
    /// Modes (all when empty).
    pub modes: Vec<Mode>,
    /// Vendors (fujifilm and sharp when empty).
    pub vendors: Vec<String>,
    /// Where to write audit.html and audit.json.
    pub out: Option<PathBuf>,
}

/// Runs the audit.
pub fn run(o: &AuditOptions) -> anyhow::Result<Audit> {
    let langs: Vec<String> = if o.langs.is_empty() {
        crate::i18n::I18n::new()
            .languages()
            .iter()
            .map(|(c, _)| c.to_string())
            .collect()
    } else {
        o.langs.clone()
    };
    let modes: Vec<Mode> = if o.modes.is_empty() {
        Mode::ALL.to_vec()
    } else {
        o.modes.clone()
    };
    let vendors: Vec<String> = if o.vendors.is_empty() {
        vec!["fujifilm".into(), "sharp".into()]
    } else {
        o.vendors.clone()
    };
    let mut off = Offscreen::new(tokens::window_size());
    // The deck is read once; every screen starts from a fresh kiosk holding a copy.
    let deck = crate::kiosk::load_personas()?;
    let mut audit = Audit {
        mm_per_px: MM_PER_PX,
        viewing_distance_mm: VIEWING_DISTANCE_MM,
        screens: Vec::new(),
        checks: 0,
        findings: Vec::new(),
        colour_vision: Vec::new(),
        passed: true,
    };
    for lang in &langs {
        for &mode in &modes {
            for vendor in &vendors {
                for stop in Stop::ALL.into_iter().filter(|s| s.on(vendor)) {
                    let mut app = KioskApp::new(UiOptions {
                        deck: Some(deck.clone()),
                        ..tour::options(vendor, lang)
                    })?;
                    app.set_display(mode == Mode::LargeText, mode == Mode::HighContrast);
                    tour::reach(&mut app, stop)
                        .map_err(|e| anyhow::anyhow!("{lang} {vendor} {stop:?}: {e}"))?;
                    app.show_keypad_highlight();
                    off.settle(&mut app);
                    let t = app.tokens().clone();
                    let (mut r, mut fails, mut checks) = check_frame(&off.last, &t, mode);
                    let (more, more_fails) = wcag::check_frame(&off.last, &t);
                    checks += more;
                    r.failures += more_fails.len();
                    fails.extend(more_fails);
                    if let Some(dir) = &o.out
                        && mode == Mode::Normal
                        && lang == &langs[0]
                        && matches!(
                            stop,
                            Stop::HomeLanguages | Stop::Certificate | Stop::Refusal
                        )
                    {
                        let img = off.render_with(|_| {}, t.c.machine_bg);
                        let cvd = dir.join("screens").join("colour_vision");
                        std::fs::create_dir_all(&cvd)?;
                        for d in wcag::Deficiency::ALL {
                            let name = format!("{vendor}-{}-{}.png", stop.name(), d.name());
                            let seen = wcag::simulate_image(&img, d);
                            crate::output::write_file(&cvd.join(&name), &seen.to_png()?)?;
                            let screen = format!("{vendor} {}", stop.name());
                            let file = format!("screens/colour_vision/{name}");
                            audit.colour_vision.push((screen, d.name(), file));
                        }
                    }
                    r.lang = lang.clone();
                    r.vendor = vendor.clone();
                    r.screen = stop.name().to_string();
                    audit.checks += checks;
                    if !fails.is_empty()
                        && let Some(dir) = &o.out
                    {
                        let name = format!("{lang}-{}-{vendor}-{}.png", mode.name(), stop.name());
                        let shots = dir.join("screens");
                        std::fs::create_dir_all(&shots)?;
                        let img = off.render_with(|_| {}, t.c.machine_bg);
                        crate::output::write_file(&shots.join(&name), &img.to_png()?)?;
                        r.png = Some(format!("screens/{name}"));
                    }
                    for (check, detail) in fails {
                        audit.findings.push(Finding {
                            lang: lang.clone(),
                            mode,
                            vendor: vendor.clone(),
                            screen: stop.name().to_string(),
                            check,
                            detail,
                        });
                    }
                    audit.screens.push(r);
                }
            }
        }
    }
    audit.passed = audit.findings.is_empty();
    if let Some(dir) = &o.out {
        std::fs::create_dir_all(dir)?;
        let json = serde_json::to_string_pretty(&audit)?;
        crate::output::write_file(&dir.join("audit.json"), json.as_bytes())?;
        crate::output::write_file(&dir.join("audit.html"), html(&audit).as_bytes())?;
    }
    Ok(audit)
}
