//! The card placement guide on the place-card screen: how to put the card, or the phone, on
//! the reader, drawn with egui shapes (no copied artwork). Left: the My Number Card face up
//! (its photo at the right, as on the real card), lowered flat onto the reader's mark; once it
//! lies there, it sits on the mark with a tick. Right: a smartphone held over the reader, its
//! back to the mark, with the radio waves between them.
//!
//! Decision: one drawing for both vendors. Neither the Tsukuba guide nor the municipal pages
//! in ../shared/seed show where each maker's reader sits or how it is marked, so the guide
//! draws what the emulator's reader is (a flat mark beside the panel) and nothing more; the
//! vendors' difference on this screen is Sharp's "Next" after the card is placed (DOMAIN.md),
//! which the bar shows. The captions (`guide-card`, `guide-phone`) say how, in the screen's
//! language, and the speech guide says them like every text.

use egui::{Painter, Pos2, Rect, Stroke, StrokeKind, Ui, pos2, vec2};

use crate::window::screens::Cx;
use crate::window::tokens::Tokens;

/// Height of the guide's pictures (without their captions).
const PICTURE_H: f32 = 130.0;

/// Draws the guide: the card picture (the card on the mark when `placed`) and the phone
/// picture side by side, each with its caption under it.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>, placed: bool) {
    // Captions of their own: the reader's button words ("Place card") would give the
    // panel a second control-like name beside the machine's button.
    let card_caption = cx.t("guide-card");
    let phone_caption = cx.t("guide-phone");
    cx.say(&card_caption);
    cx.say(&phone_caption);
    let gap = cx.t.s.gap;
    let w = ((ui.available_width() - gap) / 2.0).min(300.0);
    let size = cx.t.s.small.max(16.0);
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (caption, phone) in [(&card_caption, false), (&phone_caption, true)] {
            ui.vertical(|ui| {
                ui.set_width(w);
                let (rect, _) = ui.allocate_exact_size(vec2(w, PICTURE_H), egui::Sense::hover());
                let p = ui.painter();
                frame(p, rect, cx.t);
                let reader = reader_rect(rect);
                paint_reader(p, reader, cx.t);
                if phone {
                    paint_phone(p, rect, reader, cx.t);
                } else {
                    paint_card(p, rect, reader, placed, cx.t);
                }
                let rich = super::spaced(ui.painter(), caption, size, w);
                let r = ui.add(egui::Label::new(rich.color(cx.t.c.text)).wrap());
                ui.ctx()
                    .accesskit_node_builder(r.id, |node| node.set_label(caption.to_string()));
            });
        }
    });
}

/// The picture's ground: a panel in the surface colour.
fn frame(p: &Painter, rect: Rect, t: &Tokens) {
    p.rect_filled(rect, 10, t.c.surface_bg);
    p.rect_stroke(
        rect,
        10,
        Stroke::new(1.5, t.c.button_border),
        StrokeKind::Inside,
    );
}

/// Where the reader's mark lies in a picture: the lower middle.
fn reader_rect(rect: Rect) -> Rect {
    let w = (rect.width() * 0.55).min(150.0);
    Rect::from_center_size(pos2(rect.center().x, rect.bottom() - 30.0), vec2(w, 36.0))
}

/// The reader: a dark pad with the contactless mark (three arcs) in its middle.
fn paint_reader(p: &Painter, reader: Rect, t: &Tokens) {
    p.rect_filled(reader, 6, t.c.text_muted);
    let c = reader.center();
    waves(
        p,
        pos2(c.x - 10.0, c.y),
        3,
        7.0,
        Stroke::new(2.0, t.c.surface_bg),
    );
}

/// `n` arcs opening to the right of `at`, `step` apart (the contactless mark, radio waves).
fn waves(p: &Painter, at: Pos2, n: usize, step: f32, stroke: Stroke) {
    for k in 1..=n {
        let r = step * k as f32;
        let points: Vec<Pos2> = (0..=12)
            .map(|i| {
                let a = (-45.0 + 7.5 * i as f32).to_radians();
                pos2(at.x + r * a.cos(), at.y + r * a.sin())
            })
            .collect();
        p.add(egui::Shape::line(points, stroke));
    }
}

/// The card, face up: its photo at the right, lines of print at the left. Above the reader
/// with an arrow down to it, or lying on it with a tick when `placed`.
fn paint_card(p: &Painter, rect: Rect, reader: Rect, placed: bool, t: &Tokens) {
    let size = vec2(76.0, 48.0);
    let card = if placed {
        Rect::from_center_size(reader.center() - vec2(0.0, 12.0), size)
    } else {
        Rect::from_min_size(
            pos2(reader.center().x - size.x / 2.0, rect.top() + 8.0),
            size,
        )
    };
    p.rect_filled(card, 6, t.c.button_bg);
    p.rect_stroke(card, 6, Stroke::new(2.0, t.c.text), StrokeKind::Inside);
    let photo = Rect::from_min_size(
        pos2(card.right() - 24.0, card.top() + 7.0),
        vec2(16.0, 22.0),
    );
    p.rect_filled(photo, 2, t.c.text_muted);
    for k in 0..3 {
        let y = card.top() + 11.0 + 9.0 * k as f32;
        p.line_segment(
            [pos2(card.left() + 8.0, y), pos2(card.left() + 42.0, y)],
            Stroke::new(2.0, t.c.text_muted),
        );
    }
    let stroke = Stroke::new(3.0, t.c.primary_bg);
    if placed {
        let o = pos2(card.right() + 10.0, card.top());
        p.line_segment([o + vec2(0.0, 8.0), o + vec2(6.0, 14.0)], stroke);
        p.line_segment([o + vec2(6.0, 14.0), o + vec2(18.0, 0.0)], stroke);
    } else {
        arrow(
            p,
            pos2(card.center().x, card.bottom() + 4.0),
            reader.top() - 4.0,
            stroke,
        );
    }
}

/// A phone held over the reader, its back to the mark, the waves between them.
fn paint_phone(p: &Painter, rect: Rect, reader: Rect, t: &Tokens) {
    let phone =
        Rect::from_center_size(pos2(reader.center().x, rect.top() + 30.0), vec2(70.0, 34.0));
    p.rect_filled(phone, 8, t.c.button_bg);
    p.rect_stroke(phone, 8, Stroke::new(2.0, t.c.text), StrokeKind::Inside);
    let screen = phone.shrink(5.0);
    p.rect_filled(screen, 4, t.c.text_muted);
    // Waves from the phone down to the reader.
    let stroke = Stroke::new(2.0, t.c.primary_bg);
    let top = phone.bottom() + 6.0;
    let mid = (top + reader.top()) / 2.0;
    for k in 1..=3 {
        let r = 6.0 * k as f32;
        let points: Vec<Pos2> = (0..=12)
            .map(|i| {
                let a = (45.0 + 7.5 * i as f32).to_radians();
                pos2(phone.center().x + r * a.cos(), mid - 10.0 + r * a.sin())
            })
            .collect();
        p.add(egui::Shape::line(points, stroke));
    }
}

/// A downward arrow at `from`, its head at `to_y`.
fn arrow(p: &Painter, from: Pos2, to_y: f32, stroke: Stroke) {
    let tip = pos2(from.x, to_y);
    p.line_segment([from, tip], stroke);
    p.line_segment([tip, tip + vec2(-7.0, -8.0)], stroke);
    p.line_segment([tip, tip + vec2(7.0, -8.0)], stroke);
}
