//! The end of a visit: what happened, and reminders for the card, the certificates and the
//! change (real machines remind people of items left behind). "Finish" sends
//! `Event::TakeItems` while the session takes it; a session that already ended (cancelled,
//! timed out) just makes way for the next one.

use egui::Ui;

use crate::domain::session::{Event, Status};
use crate::i18n::Arg;
use crate::window::msg::Msg;
use crate::window::screens::Cx;

/// Draws the take-your-items screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("take-title");
    cx.title(ui, &title);
    // A fault the staff cleared changed nothing the resident takes: only a job given up is told.
    let what = match (cx.session.job_given_up(), cx.session.status()) {
        (Some(f), _) => {
            let name = cx.tr.fault(f);
            Some((true, cx.ta("take-fault", &[("fault", Arg::Str(name))])))
        }
        (None, Some(Status::Issued)) => Some((false, cx.t("take-issued"))),
        // "Your money is in the change tray" only where money went in.
        (None, Some(Status::Cancelled)) if cx.session.paid_yen() == 0 => {
            Some((false, cx.t("take-cancelled-unpaid")))
        }
        (None, Some(Status::Cancelled)) => Some((false, cx.t("take-cancelled"))),
        (None, Some(Status::TimedOut)) => Some((true, cx.t("take-timeout"))),
        _ => None,
    };
    if let Some((alert, text)) = what {
        cx.boxed(ui, alert, &text);
    }
    reminders(ui, cx);
    let finish = cx.t("btn-finish");
    let action = if cx.session.finished() {
        Msg::Restart
    } else {
        Msg::send(Event::TakeItems)
    };
    cx.primary(finish, true, action);
}

/// Reminders of what is still in the machine (also used by the refusal screens).
pub fn reminders(ui: &mut Ui, cx: &mut Cx<'_>) {
    let mut lines = Vec::new();
    if cx.card_on_reader {
        lines.push(cx.t("take-card"));
    }
    if cx.sheets_in_tray > 0 {
        lines.push(cx.ta(
            "take-certs",
            &[("count", Arg::Num(cx.sheets_in_tray as i64))],
        ));
    }
    if cx.change_in_tray > 0 {
        lines.push(cx.ta(
            "take-change",
            &[("amount", Arg::Str(cx.yen(cx.change_in_tray)))],
        ));
    }
    if lines.is_empty() {
        // Nothing is wrong: a plain sentence, not a warning box.
        let nothing = cx.t("take-nothing");
        cx.para(ui, &nothing);
        return;
    }
    for l in lines {
        cx.boxed(ui, true, &l);
    }
}
