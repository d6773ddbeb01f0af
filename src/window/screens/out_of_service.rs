//! Out of service: the hours, the reason (hours, year-end stop, maintenance) and the next step.

use egui::Ui;

use crate::i18n::Arg;
use crate::window::msg::Msg;
use crate::window::screens::{Cx, refusal_box, take_items};

/// Draws the out-of-service screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("oos-title");
    cx.title(ui, &title);
    let hours = &cx.session.kiosk().municipality.calendar.hours;
    let h = cx.ta(
        "oos-hours",
        &[
            ("open", Arg::Str(cx.tr.time(hours.open))),
            ("close", Arg::Str(cx.tr.time(hours.close))),
        ],
    );
    cx.para(ui, &h);
    let now = cx.ta(
        "oos-now",
        &[("now", Arg::Str(cx.tr.date_time(cx.session.now())))],
    );
    cx.muted(ui, &now);
    refusal_box(ui, cx);
    take_items::reminders(ui, cx);
    let ok = cx.t("btn-finish");
    cx.primary(ok, true, Msg::Restart);
}
