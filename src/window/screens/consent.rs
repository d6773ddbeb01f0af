//! Sharp-style machines: the notice to agree to (「同意する」) before the card is placed.

use egui::Ui;

use crate::domain::session::Event;
use crate::window::msg::Msg;
use crate::window::screens::Cx;

/// Draws the notice.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("consent-title");
    cx.title(ui, &title);
    let body = cx.t("consent-body");
    cx.surface(ui, &[body]);
    let ins = cx.vendor_label("consent", "consent-instruction");
    cx.para(ui, &ins);
    cx.back_and_cancel();
    let agree = cx.t("consent-agree");
    cx.primary(agree, true, Msg::send(Event::Consent));
}
