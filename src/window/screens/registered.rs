//! Domicile registration accepted: the date from which the kiosk can issue, then the card.

use egui::Ui;

use crate::domain::calendar::add_business_days;
use crate::i18n::Arg;
use crate::window::screens::Cx;

/// Draws the registration receipt.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("registered-title");
    cx.title(ui, &title);
    let m = &cx.session.kiosk().municipality;
    let ready = add_business_days(cx.session.now().date_naive(), m.registration_business_days);
    let date = cx.tr.date(ready);
    let body = cx.ta("registered-body", &[("date", Arg::Str(date))]);
    cx.boxed(ui, false, &body);
}
