//! Which certificates: municipality of residence, registered domicile, or registration for
//! domicile use (利用登録申請).

use egui::Ui;

use crate::domain::session::Event;
use crate::window::screens::Cx;

/// Draws the three paths.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("path-title");
    cx.title(ui, &title);
    for (key, ev) in [
        ("path-residence", Event::Residence),
        ("path-domicile", Event::Domicile),
        ("path-register", Event::RegisterDomicile),
    ] {
        let label = cx.t(key);
        cx.choice_to(ui, &label, ev);
    }
    cx.back_and_cancel();
}
