//! Administrative services (行政サービス): "Cert. issue service (convenience store)".

use egui::Ui;

use crate::domain::session::Event;
use crate::window::msg::Msg;
use crate::window::screens::Cx;
use crate::window::widgets::{Btn, Look};

/// Draws the administrative services menu.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.vendor_label("services", "services-title");
    cx.title(ui, &title);
    let hint = cx.t("services-hint");
    cx.para(ui, &hint);
    ui.add_space(cx.t.s.gap);
    let label = cx.vendor_label("cert_issue", "services-cert-issue");
    cx.button_to(ui, Btn::new(&label).look(Look::Primary), Event::CertIssue);
    let back = cx.t("btn-back");
    cx.bar.back = Some((back, Msg::send(Event::Back)));
}
