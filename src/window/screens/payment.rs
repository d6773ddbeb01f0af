//! Payment: amount due, inserted, still to pay. Money goes in at the machine's slot beside the
//! panel. Back only while nothing is inserted; Cancel returns every yen.

use egui::Ui;

use crate::domain::session::Event;
use crate::i18n::Arg;
use crate::window::msg::Msg;
use crate::window::screens::Cx;

/// Draws the payment screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("pay-title");
    cx.title(ui, &title);
    let (due, inserted) = cx
        .session
        .payment()
        .map_or((cx.session.total_yen(), 0), |p| {
            (p.due_yen, p.inserted_yen())
        });
    let lines = vec![
        cx.ta("pay-due", &[("amount", Arg::Str(cx.yen(due)))]),
        cx.ta("pay-inserted", &[("amount", Arg::Str(cx.yen(inserted)))]),
        cx.ta(
            "pay-remaining",
            &[("amount", Arg::Str(cx.yen(due.saturating_sub(inserted))))],
        ),
    ];
    cx.surface(ui, &lines);
    let accepted: Vec<String> = cx
        .session
        .kiosk()
        .vendor
        .accepted_yen
        .iter()
        .map(|y| cx.yen(*y))
        .collect();
    let list = cx.tr.list(&accepted);
    let acc = cx.ta("pay-accepted", &[("list", Arg::Str(list))]);
    cx.para(ui, &acc);
    if cx.no_change {
        let msg = cx.t("pay-no-change");
        cx.boxed(ui, true, &msg);
    }
    let note = cx.t("pay-cancel-note");
    cx.muted(ui, &note);
    if inserted == 0 {
        let back = cx.t("btn-back");
        cx.bar.back = Some((back, Msg::send(Event::Back)));
    }
    cx.bar.cancel = Some(Msg::send(Event::Cancel));
}
