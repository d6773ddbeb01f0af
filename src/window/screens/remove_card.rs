//! Authorised: remove the card from the reader (done on the machine's card reader).

use egui::Ui;

use crate::window::screens::Cx;

/// Draws the remove-card screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("remove-title");
    cx.title(ui, &title);
    let body = cx.t("remove-body");
    cx.boxed(ui, false, &body);
    cx.bar.cancel = Some(crate::window::screens::Msg::send(
        crate::domain::session::Event::Cancel,
    ));
}
