//! Place the card on the reader (Sharp: then "Next"), with the placement guide
//! ([`super::card_guide`]). The card itself is placed with the machine's card reader beside
//! the panel.

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
    let on_reader = cx.session.card_on_reader().is_some();
    cx.mark(ui);
    super::card_guide::show(ui, cx, on_reader);
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
