//! Painting a control: its measure (label wrapped with room between lines, pictogram, the
//! height that follows), its fill, border, indicator, pictogram and label, the focus ring,
//! and what it tells AccessKit. Split from `widgets` so the controls' API and their painting
//! each stay small.

use egui::{Rect, Response, Role, Sense, Stroke, StrokeKind, Ui, WidgetInfo, vec2};

use super::{Btn, Icon, Look};
use crate::window::tokens::Tokens;

/// Draws a control. With `paged`, a control outside the clip (on another page of the panel's
/// body) is laid out but neither pressable nor announced; without it (the machine's parts and
/// the trainer console, which scroll), it keeps its name and role for screen readers.
pub(super) fn draw(
    ui: &mut Ui,
    t: &Tokens,
    b: &Btn<'_>,
    highlighted: bool,
    ring: egui::Color32,
    paged: bool,
) -> Response {
    let s = &t.s;
    let Measured {
        galley,
        width,
        h,
        indicator,
        ind_size,
        icon_side,
        icon_left,
        text_left,
    } = measure(ui, t, b);
    let (id, rect) = ui.allocate_space(vec2(width, h));
    let on_page = !paged || ui.is_rect_visible(rect);
    let sense = if b.enabled && on_page {
        Sense::click()
    } else {
        Sense::hover()
    };
    let resp = ui.interact(rect, id, sense);
    if !on_page {
        return resp;
    }
    announce(&resp, b);
    if !ui.is_rect_visible(rect) {
        return resp;
    }
    let (bg, fg) = colours(t, b, &resp);
    let painter = ui.painter();
    painter.rect_filled(rect, s.radius, bg);
    // A chosen toggle has a border twice as thick, in its text colour.
    let border = if matches!(b.look, Look::Check(true) | Look::Radio(true)) {
        Stroke::new(s.border * 2.0, fg)
    } else {
        Stroke::new(s.border, t.c.button_border)
    };
    painter.rect_stroke(rect, s.radius, border, StrokeKind::Inside);
    if indicator {
        let ind = Rect::from_min_size(
            egui::pos2(rect.left() + s.pad, rect.center().y - ind_size / 2.0),
            vec2(ind_size, ind_size),
        );
        paint_indicator(painter, ind, b.look, fg);
    }
    if let Some(icon) = b.icon {
        let at = icon_rect(rect, icon, icon_side, s.pad);
        crate::window::icons::paint(painter, at, icon.tile, icon.style, fg);
    }
    let size = galley.size();
    let text_pos = if indicator || icon_left {
        egui::pos2(rect.left() + text_left, rect.center().y - size.y / 2.0)
    } else if b.icon.is_some() {
        // Under its pictogram, from the top: the labels of a row of tiles line up.
        egui::pos2(
            rect.center().x - size.x / 2.0,
            rect.top() + s.pad + icon_side + s.pad / 2.0,
        )
    } else {
        rect.center() - size / 2.0
    };
    painter.galley(text_pos, galley, fg);
    if resp.has_focus() || highlighted {
        // The ring is an outline outside the control, never a fill (pressed is the fill).
        let w = s.focus_width;
        let around = rect.expand(w / 2.0 + 1.0);
        painter.rect_stroke(around, s.radius, Stroke::new(w, ring), StrokeKind::Outside);
    }
    resp
}

/// A control's size and the parts of it that are laid out before it is drawn.
struct Measured {
    galley: std::sync::Arc<egui::Galley>,
    width: f32,
    h: f32,
    indicator: bool,
    ind_size: f32,
    icon_side: f32,
    icon_left: bool,
    text_left: f32,
}

/// Lays a control out: its label wrapped to its width, its height from the label, the
/// pictogram and the requested minimum.
fn measure(ui: &Ui, t: &Tokens, b: &Btn<'_>) -> Measured {
    let s = &t.s;
    let text_size = b.text_size.unwrap_or(s.button_text);
    let width = b
        .width
        .unwrap_or_else(|| ui.available_width())
        .max(s.target_min);
    let min_h = b.height.unwrap_or(s.button_height).max(s.target_min);
    let indicator = matches!(b.look, Look::Check(_) | Look::Radio(_));
    let ind_size = (text_size * 1.1).max(24.0);
    // A pictogram: twice the text's height beside the label, two and a half times above it
    // (a home menu with a two-line notice and two-line labels still fits one page).
    let icon_side = match b.icon {
        Some(i) if i.above => text_size * 2.5,
        Some(_) => text_size * 2.0,
        None => 0.0,
    };
    let icon_left = b.icon.is_some_and(|i| !i.above);
    let text_left = s.pad
        + match (indicator, icon_left) {
            (true, _) => ind_size + s.pad,
            (false, true) => icon_side + s.pad,
            (false, false) => 0.0,
        };
    let wrap = (width - text_left - s.pad).max(10.0);
    let galley = label_galley(
        ui.painter(),
        b.label,
        egui::FontId::new(
            text_size,
            b.family.clone().unwrap_or(egui::FontFamily::Proportional),
        ),
        wrap,
    );
    let above = if b.icon.is_some_and(|i| i.above) {
        icon_side + s.pad / 2.0
    } else {
        0.0
    };
    let beside = if icon_left { icon_side } else { 0.0 };
    let h = min_h
        .max(galley.size().y + above + 2.0 * s.pad)
        .max(beside + 2.0 * s.pad);
    Measured {
        galley,
        width,
        h,
        indicator,
        ind_size,
        icon_side,
        icon_left,
        text_left,
    }
}

/// The height `b` takes when drawn in `ui` (its label wrapped to its width): a row of tiles
/// takes the tallest one's, so the tiles of a row are one height and their labels line up.
pub fn control_height(ui: &Ui, t: &Tokens, b: &Btn<'_>) -> f32 {
    measure(ui, t, b).h
}

/// Tells AccessKit the control's name, role and state (check box on, radio button chosen).
fn announce(resp: &Response, b: &Btn<'_>) {
    let name = b.name.unwrap_or(b.label).to_string();
    let enabled = b.enabled;
    resp.widget_info(|| match b.look {
        Look::Check(on) => WidgetInfo::selected(Role::CheckBox, enabled, on, &name),
        Look::Radio(on) => WidgetInfo::selected(Role::RadioButton, enabled, on, &name),
        _ => WidgetInfo::labeled(Role::Button, enabled, &name),
    });
}

/// Where a button's pictogram goes: centred above its label, or at its left.
fn icon_rect(rect: Rect, icon: Icon, side: f32, pad: f32) -> Rect {
    let min = if icon.above {
        // At the top, so the pictograms of a row of tiles line up whatever their labels.
        egui::pos2(rect.center().x - side / 2.0, rect.top() + pad)
    } else {
        egui::pos2(rect.left() + pad, rect.center().y - side / 2.0)
    };
    Rect::from_min_size(min, vec2(side, side))
}

/// A button's fill and text colours for its look and state (disabled, pressed, hovered).
fn colours(t: &Tokens, b: &Btn<'_>, resp: &Response) -> (egui::Color32, egui::Color32) {
    let c = &t.c;
    let pressed = b.enabled && resp.is_pointer_button_down_on();
    let hovered = b.enabled && resp.hovered();
    if !b.enabled {
        (c.disabled_bg, c.disabled_text)
    } else if pressed {
        (c.pressed_bg, c.pressed_text)
    } else {
        match b.look {
            Look::Primary if hovered => (c.primary_hover_bg, c.primary_text),
            Look::Primary => (c.primary_bg, c.primary_text),
            Look::Danger => (c.danger_bg, c.danger_text),
            Look::Check(true) | Look::Radio(true) => (c.selected_bg, c.selected_text),
            Look::Key => (c.key_bg, c.key_text),
            _ if hovered => (c.button_hover_bg, c.button_text),
            _ => (c.button_bg, c.button_text),
        }
    }
}

/// A check box's square (with a tick when on) or a radio button's circle (with a dot).
fn paint_indicator(painter: &egui::Painter, ind: Rect, look: Look, fg: egui::Color32) {
    let size = ind.width();
    let on = matches!(look, Look::Check(true) | Look::Radio(true));
    let stroke = Stroke::new(2.0, fg);
    if matches!(look, Look::Radio(_)) {
        painter.circle_stroke(ind.center(), size / 2.0, stroke);
        if on {
            painter.circle_filled(ind.center(), size / 4.0, fg);
        }
    } else {
        painter.rect_stroke(ind, 3, stroke, StrokeKind::Inside);
        if on {
            let p = |x: f32, y: f32| egui::pos2(ind.left() + x * size, ind.top() + y * size);
            let tick = Stroke::new(3.0, fg);
            painter.line_segment([p(0.2, 0.5), p(0.42, 0.72)], tick);
            painter.line_segment([p(0.42, 0.72), p(0.8, 0.28)], tick);
        }
    }
}

/// Line height of a control's label that wraps: room between its lines so that Japanese and
/// Thai, set solid by default, stay readable. Body text gets the 1.5 that JIS X 8341-3 /
/// WCAG 1.4.12 practice names; a label is two or three short lines, and at 1.4 a home menu
/// with a two-line notice no longer fit one page in every language (the gui_home test), so
/// labels get 1.25.
pub const LABEL_LINE_HEIGHT: f32 = 1.25;

/// A control's label laid out within `wrap` points, with break hints where the script needs
/// them; a label that wraps gets [`LABEL_LINE_HEIGHT`] (one line keeps the font's own).
fn label_galley(
    painter: &egui::Painter,
    label: &str,
    font: egui::FontId,
    wrap: f32,
) -> std::sync::Arc<egui::Galley> {
    let text = crate::window::wrap::wrapped(painter, label, &font, wrap).into_owned();
    let size = font.size;
    let job = egui::text::LayoutJob::simple(text, font, egui::Color32::PLACEHOLDER, wrap);
    let galley = painter.layout_job(job.clone());
    if galley.rows.len() < 2 {
        return galley;
    }
    let mut job = job;
    for section in &mut job.sections {
        section.format.line_height = Some(size * LABEL_LINE_HEIGHT);
    }
    painter.layout_job(job)
}
