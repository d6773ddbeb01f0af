//! Options of the chosen certificate: whose entries and which items (resident certificate),
//! the fiscal year (tax), whole or individual (family register). "Next" sends
//! `Event::Options` with what was chosen; the session validates it.

use egui::Ui;

use crate::domain::municipality::CertificateKind;
use crate::domain::session::{Event, Extent, Scope};
use crate::i18n::Arg;
use crate::window::screens::{Action, Cx};

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
            CertificateKind::ResidentCertificate => resident(ui, cx),
            CertificateKind::TaxCertificate => tax(ui, cx),
            CertificateKind::FamilyRegister => family_register(ui, cx),
            CertificateKind::FamilyRegisterAppendix => appendix(ui, cx),
            CertificateKind::SealCertificate => {}
        });
    let mut o = cx.draft.options.clone();
    let mut valid = true;
    if kind == CertificateKind::ResidentCertificate {
        o.scope = match cx.draft.scope {
            1 => Scope::Household,
            2 => Scope::Members(cx.draft.members.clone()),
            _ => Scope::Holder,
        };
        valid = cx.draft.scope != 2 || !cx.draft.members.is_empty();
    }
    cx.back_and_cancel();
    let next = cx.t("btn-next");
    cx.primary(next, valid, Action::send(Event::Options(o)));
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
        if cx.radio(ui, &label, cx.draft.scope == i as u8) {
            cx.draft.scope = i as u8;
        }
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
            let mut on = cx.draft.members.contains(&id);
            if cx.check(ui, &name, &mut on) {
                if on {
                    cx.draft.members.push(id);
                } else {
                    cx.draft.members.retain(|m| m != &id);
                }
            }
        }
        if cx.draft.members.is_empty() {
            let msg = cx.t("opt-members-none");
            cx.boxed(ui, true, &msg);
        }
    }
    ui.add_space(cx.t.s.gap / 2.0);
    let label = cx.t("opt-relationship");
    let mut v = cx.draft.options.relationship;
    cx.check(ui, &label, &mut v);
    cx.draft.options.relationship = v;
    if offered.domicile_line {
        let label = cx.t("opt-domicile");
        let mut v = cx.draft.options.domicile;
        cx.check(ui, &label, &mut v);
        cx.draft.options.domicile = v;
    }
    if offered.foreign_lines {
        let o = &mut cx.draft.options;
        let mut v = [o.nationality, o.residence_status, o.residence_card];
        for (key, on) in [
            "opt-nationality",
            "opt-residence-status",
            "opt-residence-card",
        ]
        .into_iter()
        .zip(v.iter_mut())
        {
            let label = cx.t(key);
            cx.check(ui, &label, on);
        }
        let o = &mut cx.draft.options;
        [o.nationality, o.residence_status, o.residence_card] = v;
    }
    if offered.my_number {
        let label = cx.t("opt-my-number");
        let mut v = cx.draft.options.my_number;
        cx.check(ui, &label, &mut v);
        cx.draft.options.my_number = v;
    }
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
        let label = cx.t("opt-domicile");
        let mut v = cx.draft.options.domicile;
        cx.check(ui, &label, &mut v);
        cx.draft.options.domicile = v;
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
        if cx.radio(ui, &label, chosen == Some(y)) {
            cx.draft.options.year = Some(y);
        }
    }
}

fn family_register(ui: &mut Ui, cx: &mut Cx<'_>) {
    let h = cx.t("opt-extent");
    cx.heading(ui, &h);
    let whole = cx.t("opt-extent-whole");
    if cx.radio(ui, &whole, cx.draft.options.extent == Extent::Whole) {
        cx.draft.options.extent = Extent::Whole;
        cx.draft.options.person = None;
    }
    let individual = cx.t("opt-extent-individual");
    if cx.radio(
        ui,
        &individual,
        cx.draft.options.extent == Extent::Individual,
    ) {
        cx.draft.options.extent = Extent::Individual;
    }
    if cx.draft.options.extent == Extent::Individual {
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
            if cx.radio(ui, &name, chosen == id) {
                cx.draft.options.person = Some(id);
            }
        }
    }
}
