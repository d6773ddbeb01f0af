//! The certificates offered on the chosen path, with their fee per copy.

use egui::Ui;

use crate::domain::session::Event;
use crate::i18n::Arg;
use crate::window::msg::Msg;
use crate::window::screens::Cx;

/// Draws the certificate list.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("cert-title");
    cx.title(ui, &title);
    let kinds = cx.session.offered_kinds();
    if kinds.is_empty() {
        let none = cx.t("cert-none");
        cx.boxed(ui, true, &none);
    }
    let m = &cx.session.kiosk().municipality;
    for kind in kinds {
        let fee = m.fee(kind).unwrap_or(0);
        let fee_text = cx.ta("cert-fee", &[("fee", Arg::Str(cx.yen(fee)))]);
        let label = format!("{} — {}", cx.kind_name(kind), fee_text);
        cx.choice_to(ui, &label, Event::Certificate(kind));
    }
    if !cx.session.basket().is_empty() {
        let back = cx.t("btn-back");
        cx.bar.back = Some((back, Msg::send(Event::Back)));
    }
    cx.bar.cancel = Some(Msg::send(Event::Cancel));
}
