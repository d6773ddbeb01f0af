//! Options of the chosen certificate: whose entries and which items (resident certificate),
//! the fiscal year (tax), whole or individual (family register). Each control sends a
//! [`Choice`] the app keeps in the draft; "Next" sends `Event::Options` with what was chosen;
//! the session validates it.

use egui::Ui;

use crate::domain::municipality::CertificateKind;
use crate::domain::session::{Event, Extent};
use crate::i18n::Arg;
use crate::window::msg::{Choice, Line, Msg};
use crate::window::screens::Cx;

/// Draws the options screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let Some(kind) = cx.session.current().map(|s| s.kind) else {
        cx.back_and_cancel();
        return;
    };
    let name = cx.kind_name(kind);
    let title = cx.ta("options-title", &[("kind", Arg::Str(name))]);
    cx.title(ui, &title);
    egui::ScrollArea::vertical()
        .id_salt("options-scroll")
        .auto_shrink([false, true])
        .show(ui, |ui| match kind {
            CertificateKind::ResidentCertificate | CertificateKind::ResidentRecordItems => {
                resident(ui, cx);
            }
            CertificateKind::TaxCertificate | CertificateKind::TaxPaymentCertificate => tax(ui, cx),
            CertificateKind::FamilyRegister => family_register(ui, cx),
            CertificateKind::FamilyRegisterAppendix => appendix(ui, cx),
            CertificateKind::SealCertificate => {}
        });
    let chosen = cx.draft.chosen_options(kind);
    cx.back_and_cancel();
    let next = cx.t("btn-next");
    let valid = chosen.is_some();
    let send = Msg::send(Event::Options(chosen.unwrap_or_default()));
    cx.primary(next, valid, send);
}

fn resident(ui: &mut Ui, cx: &mut Cx<'_>) {
    let h = cx.t("opt-scope");
    cx.heading(ui, &h);
    for (i, key) in [
        "opt-scope-holder",
        "opt-scope-household",
        "opt-scope-members",
    ]
    .into_iter()
    .enumerate()
    {
        let label = cx.t(key);
        let on = cx.draft.scope == i as u8;
        cx.radio(ui, &label, on, Msg::Choose(Choice::Scope(i as u8)));
    }
    let offered = cx.session.options_offered().unwrap_or_default();
    if cx.draft.scope == 2 {
        let reg = &cx.session.kiosk().registry;
        let members: Vec<(String, String)> = offered
            .members
            .iter()
            .filter_map(|id| reg.persons.get(id))
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect();
        for (id, name) in members {
            let on = cx.draft.members.contains(&id);
            cx.check(ui, &name, on, Msg::Choose(Choice::Member(id, !on)));
        }
        if cx.draft.members.is_empty() {
            let msg = cx.t("opt-members-none");
            cx.boxed(ui, true, &msg);
        }
    }
    ui.add_space(cx.t.s.gap / 2.0);
    let o = cx.draft.options.clone();
    line(
        ui,
        cx,
        "opt-relationship",
        Line::Relationship,
        o.relationship,
    );
    if offered.domicile_line {
        line(ui, cx, "opt-domicile", Line::Domicile, o.domicile);
    }
    if offered.foreign_lines {
        line(ui, cx, "opt-nationality", Line::Nationality, o.nationality);
        let status = o.residence_status;
        line(
            ui,
            cx,
            "opt-residence-status",
            Line::ResidenceStatus,
            status,
        );
        let card = o.residence_card;
        line(ui, cx, "opt-residence-card", Line::ResidenceCard, card);
    }
    if offered.my_number {
        line(ui, cx, "opt-my-number", Line::MyNumber, o.my_number);
    }
}

/// A check box for an optional line: it sends the choice of the other value.
fn line(ui: &mut Ui, cx: &mut Cx<'_>, key: &str, which: Line, on: bool) {
    let label = cx.t(key);
    cx.check(ui, &label, on, Msg::Choose(Choice::Line(which, !on)));
}

/// The appended information: who is in it is fixed (the register's persons); the domicile and
/// head of family are shown only if asked for.
fn appendix(ui: &mut Ui, cx: &mut Cx<'_>) {
    let note = cx.t("opt-appendix-note");
    cx.para(ui, &note);
    if cx
        .session
        .options_offered()
        .is_some_and(|o| o.domicile_line)
    {
        ui.add_space(cx.t.s.gap / 2.0);
        let on = cx.draft.options.domicile;
        line(ui, cx, "opt-domicile", Line::Domicile, on);
    }
}

fn tax(ui: &mut Ui, cx: &mut Cx<'_>) {
    let h = cx.t("opt-year");
    cx.heading(ui, &h);
    let offered = cx.session.options_offered().unwrap_or_default();
    let chosen = cx.draft.options.year.or_else(|| offered.default_tax_year());
    let years = offered.tax_years;
    for y in years {
        let label = cx.tr.fiscal_year(y);
        cx.radio(ui, &label, chosen == Some(y), Msg::Choose(Choice::Year(y)));
    }
}

fn family_register(ui: &mut Ui, cx: &mut Cx<'_>) {
    let h = cx.t("opt-extent");
    cx.heading(ui, &h);
    let extent = cx.draft.options.extent;
    for (key, e) in [
        ("opt-extent-whole", Extent::Whole),
        ("opt-extent-individual", Extent::Individual),
    ] {
        let label = cx.t(key);
        cx.radio(ui, &label, extent == e, Msg::Choose(Choice::Extent(e)));
    }
    if extent == Extent::Individual {
        let h = cx.t("opt-person");
        cx.heading(ui, &h);
        let Some(holder) = cx.session.holder() else {
            return;
        };
        let people: Vec<(String, String)> = cx
            .session
            .kiosk()
            .registry
            .register_members(holder)
            .into_iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect();
        let holder_id = holder.id.clone();
        let chosen = cx.draft.options.person.clone().unwrap_or(holder_id);
        for (id, name) in people {
            let on = chosen == id;
            cx.radio(ui, &name, on, Msg::Choose(Choice::Person(id)));
        }
    }
}
