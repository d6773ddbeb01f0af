//! The inactivity warning: counts down (≥ 20 s, the vendor's `warning_seconds`) before the
//! session resets, and can be extended. It replaces the screen's body until answered.

use egui::Ui;

use crate::domain::session::Event;
use crate::i18n::Arg;
use crate::window::msg::Msg;
use crate::window::screens::Cx;

/// Draws the warning.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("warning-title");
    cx.title(ui, &title);
    let secs = cx.session.seconds_to_timeout();
    let body = cx.ta("warning-body", &[("seconds", Arg::Num(secs))]);
    cx.boxed(ui, true, &body);
    let extend = cx.t("warning-extend");
    cx.primary(extend, true, Msg::send(Event::Extend));
}
