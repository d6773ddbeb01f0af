//! Place the card on the reader (Sharp: then "Next"). The card itself is placed with the
//! machine's card reader beside the panel.

use egui::Ui;

use crate::domain::session::Event;
use crate::window::msg::Msg;
use crate::window::screens::Cx;

/// Draws the card-placement screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("place-title");
    cx.title(ui, &title);
    let ins = cx.vendor_label("place_card", "place-instruction");
    cx.para(ui, &ins);
    let phone = cx.t("place-phone-note");
    cx.muted(ui, &phone);
    ui.add_space(cx.t.s.gap);
    draw_card(ui, cx);
    let on_reader = cx.session.card_on_reader().is_some();
    if on_reader {
        let msg = cx.t("place-detected");
        cx.boxed(ui, false, &msg);
    }
    cx.back_and_cancel();
    if cx.session.kiosk().vendor.next_after_card {
        let next = cx.t("btn-next");
        cx.primary(next, on_reader, Msg::send(Event::Next));
    }
}

/// A picture of a card lying on the reader (decoration: no accessible node).
fn draw_card(ui: &mut Ui, cx: &Cx<'_>) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(260.0, 150.0), egui::Sense::hover());
    let p = ui.painter();
    p.rect_filled(rect, 12, cx.t.c.surface_bg);
    p.rect_stroke(
        rect,
        12,
        egui::Stroke::new(3.0, cx.t.c.text_muted),
        egui::StrokeKind::Inside,
    );
    let card = rect.shrink2(egui::vec2(50.0, 30.0));
    let fill = if cx.session.card_on_reader().is_some() {
        cx.t.c.primary_bg
    } else {
        cx.t.c.button_bg
    };
    p.rect_filled(card, 8, fill);
    p.rect_stroke(
        card,
        8,
        egui::Stroke::new(2.0, cx.t.c.button_border),
        egui::StrokeKind::Inside,
    );
}
