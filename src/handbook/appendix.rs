//! The appendix: the codes the kiosk's JSON, logs and scenario files use (reason codes, next
//! steps, the scenario files the pictures come from), each beside the words the handbook says
//! it with, and the handbook's sources. Codes are printed here and nowhere else, so a trainer
//! reading another language's edition meets no code in the text.

use std::collections::BTreeSet;

use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::handout::{Item, Line};
use crate::i18n::{Arg, I18n, refusal};
use crate::pdf::{GREY, INK, NAVY};

use super::Sources;
use super::content::{BODY, SMALL, h2};
use super::refusals::refusal_for;

/// The appendix's heading: everything after it may hold codes (the tests split there).
pub fn appendix_heading(i: &I18n) -> String {
    i.t("handbook-appendix")
}

/// The appendix section.
pub(super) fn appendix(v: &mut Vec<Item>, i: &I18n, s: &Sources<'_>) {
    h2(v, appendix_heading(i));
    v.push(Item::Text(Line::new(
        i.t("handbook-appendix-intro"),
        BODY,
        0.0,
        INK,
    )));
    v.push(Item::Gap(4.0));
    v.push(Item::Heading(Line::new(
        i.t("handbook-appendix-reasons"),
        SMALL,
        0.0,
        NAVY,
    )));
    for reason in Reason::ALL {
        let title = refusal::text(i, &refusal_for(reason, s), s.municipality).title;
        row(v, reason.code(), &title);
    }
    v.push(Item::Gap(4.0));
    v.push(Item::Heading(Line::new(
        i.t("handbook-appendix-next"),
        SMALL,
        0.0,
        NAVY,
    )));
    let nexts: BTreeSet<&'static str> = Reason::ALL
        .into_iter()
        .map(|r| NextStep::for_reason(r).code())
        .collect();
    for code in nexts {
        row(v, code, &i.t(&format!("next-step-{code}")));
    }
    if !s.pictures.is_empty() {
        v.push(Item::Gap(4.0));
        v.push(Item::Heading(Line::new(
            i.t("handbook-appendix-scenarios"),
            SMALL,
            0.0,
            NAVY,
        )));
        for p in s.pictures.values() {
            let title = refusal::text(i, &p.refusal, s.municipality).title;
            row(v, &format!("{}.toml", p.scenario), &title);
        }
    }
    v.push(Item::Gap(6.0));
    v.push(Item::Heading(Line::new(
        i.t("handbook-sources"),
        SMALL,
        0.0,
        NAVY,
    )));
    for key in ["handbook-source-guide", "handbook-source-domain"] {
        v.push(Item::Text(Line::new(i.t(key), SMALL, 10.0, GREY)));
    }
    v.push(Item::Text(Line::new(
        i.ta(
            "handbook-source-profiles",
            &[("city", Arg::Str(s.municipality.name_in(s.lang).to_string()))],
        ),
        SMALL,
        10.0,
        GREY,
    )));
}

/// One row of a code table: the code, then what it means.
fn row(v: &mut Vec<Item>, code: &str, meaning: &str) {
    v.push(Item::Text(Line::new(
        format!("{code} — {meaning}"),
        SMALL,
        10.0,
        INK,
    )));
}
