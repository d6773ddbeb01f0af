//! The selections and the total; pay, add another certificate, back or cancel.

use egui::Ui;

use crate::domain::session::{Event, Extent, Scope, Selection};
use crate::i18n::Arg;
use crate::window::msg::Msg;
use crate::window::screens::Cx;

/// Draws the confirmation.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("confirm-title");
    cx.title(ui, &title);
    let basket: Vec<Selection> = cx.session.basket().to_vec();
    let mut lines = Vec::new();
    for s in &basket {
        lines.push(cx.ta(
            "confirm-line",
            &[
                ("kind", Arg::Str(cx.kind_name(s.kind))),
                ("copies", Arg::Num(i64::from(s.copies))),
                ("amount", Arg::Str(cx.yen(s.fee_yen * s.copies))),
            ],
        ));
        let details = summary(cx, s);
        if !details.is_empty() {
            lines.push(format!("    {}", cx.tr.list(&details)));
        }
    }
    cx.surface(ui, &lines);
    let total = cx.ta(
        "confirm-total",
        &[("amount", Arg::Str(cx.yen(cx.session.total_yen())))],
    );
    ui.label(
        egui::RichText::new(&total)
            .size(cx.t.s.title)
            .color(cx.t.c.text)
            .strong(),
    );
    cx.say(&total);
    ui.add_space(cx.t.s.gap);
    let add = cx.t("confirm-add");
    cx.choice_to(ui, &add, Event::AddAnother);
    cx.back_and_cancel();
    let pay = cx.t("confirm-pay");
    cx.primary(pay, true, Msg::send(Event::Confirm));
}

/// The chosen options in words.
fn summary(cx: &Cx<'_>, s: &Selection) -> Vec<String> {
    use crate::domain::municipality::CertificateKind as K;
    let o = &s.options;
    let mut v = Vec::new();
    match s.kind {
        K::ResidentCertificate => {
            v.push(match &o.scope {
                Scope::Holder => cx.t("opt-scope-holder"),
                Scope::Household => cx.t("opt-scope-household"),
                Scope::Members(ids) => {
                    let reg = &cx.session.kiosk().registry;
                    let names: Vec<String> = ids
                        .iter()
                        .map(|id| reg.persons.get(id).map_or(id.clone(), |p| p.name.clone()))
                        .collect();
                    cx.tr.list(&names)
                }
            });
            if o.relationship {
                v.push(cx.t("opt-relationship"));
            }
            if o.domicile {
                v.push(cx.t("opt-domicile"));
            }
            for (on, key) in [
                (o.nationality, "opt-nationality"),
                (o.residence_status, "opt-residence-status"),
                (o.residence_card, "opt-residence-card"),
                (o.my_number, "opt-my-number"),
            ] {
                if on {
                    v.push(cx.t(key));
                }
            }
        }
        K::FamilyRegisterAppendix if o.domicile => v.push(cx.t("opt-domicile")),
        K::TaxCertificate => {
            if let Some(y) = o.year {
                v.push(cx.tr.fiscal_year(y));
            }
        }
        K::FamilyRegister => v.push(match o.extent {
            Extent::Whole => cx.t("opt-extent-whole"),
            Extent::Individual => cx.t("opt-extent-individual"),
        }),
        _ => {}
    }
    v
}
