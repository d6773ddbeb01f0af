//! Refused: the reason, the rule and the resident's next step (with the municipality's office,
//! hours and phone). Refusals of one certificate let the resident go back to the list.

use egui::Ui;

use crate::domain::session::Event;
use crate::window::msg::Msg;
use crate::window::screens::{Cx, refusal_box, take_items};

/// Draws the refusal screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("refusal-title");
    cx.title(ui, &title);
    egui::ScrollArea::vertical()
        .id_salt("refusal-scroll")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            refusal_box(ui, cx);
            take_items::reminders(ui, cx);
        });
    let finish = cx.t("btn-finish");
    if cx.session.refusal_recoverable() && !cx.session.finished() {
        let back = cx.t("refusal-back");
        cx.bar.back = Some((back, Msg::send(Event::Back)));
        cx.primary(finish, true, Msg::WalkAway);
    } else {
        cx.primary(finish, true, Msg::Restart);
    }
}
