//! The persona deck as training cases: for each card, who holds it (name, age), their
//! situation in one line, and what the kiosk will do with it at the simulated time, in the
//! trainer's language. The card picker shows them, and `kofu personas` prints them as cards.
//!
//! Decisions:
//! - What the kiosk will do comes from the domain's checks, in the order a session runs them
//!   (service hours, the PIN count, the card, the holder's record on the residence path, then
//!   the domicile path for someone registered elsewhere): nothing here restates a rule.
//! - The situation is what the deck says about the person (a flag, a date, where they live);
//!   an expiry says the date the domain's refusal names.
//! - The PIN is read from the deck's file (the loader keeps only its hash) and is for the
//!   screen only: [`Case`] has no PIN, so nothing that prints or exports a case can hold one.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::DateTime;
use chrono_tz::Tz;

use crate::domain::card::{PinCounter, age_on};
use crate::domain::eligibility::{self, Path as Route};
use crate::domain::municipality::Municipality;
use crate::domain::reason::Reason;
use crate::domain::refusal::{Facts, Refusal};
use crate::domain::registry::{Card, CardKind, Flag, Person, Registry};
use crate::i18n::{Arg, I18n};

/// One card of the deck as a case, in the trainer's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// The card's id (`card-card-expired`).
    pub card: String,
    /// The holder's name as registered (`筑波 花子`).
    pub name: String,
    /// Age on the simulated day.
    pub age: u32,
    /// What is placed on the reader (card, Android, iPhone), in words.
    pub kind: String,
    /// The situation in one line ("Card expired on 25 March 2026").
    pub situation: String,
    /// What the kiosk will do ("Refuses: …", "Issues certificates").
    pub outcome: String,
    /// The refusal's reason, when the kiosk refuses.
    pub refusal: Option<Reason>,
}

/// Every card of `deck` as a case at `at`, by card id.
pub fn cases(tr: &I18n, deck: &Registry, m: &Municipality, at: DateTime<Tz>) -> Vec<Case> {
    deck.cards
        .keys()
        .filter_map(|id| case(tr, deck, m, id, at))
        .collect()
}

/// The card `id` as a case at `at` (None when the deck has no such card or holder).
pub fn case(
    tr: &I18n,
    deck: &Registry,
    m: &Municipality,
    id: &str,
    at: DateTime<Tz>,
) -> Option<Case> {
    let card = deck.cards.get(id)?;
    let p = deck.persons.get(&card.holder)?;
    let today = at.date_naive();
    let refusal = outcome(card, p, m, at);
    let outcome = match &refusal {
        Ok(Route::Residence) => tr.t("case-outcome-issues"),
        Ok(Route::Domicile) => tr.t("case-outcome-domicile"),
        Err(r) => {
            let title = crate::i18n::refusal::text(tr, r, m).title;
            tr.ta("case-outcome-refuses", &[("refusal", Arg::Str(title))])
        }
    };
    let kind = match card.kind {
        CardKind::Card => tr.t("card-kind-card"),
        CardKind::Android => tr.t("card-kind-android"),
        CardKind::Iphone => tr.t("card-kind-iphone"),
    };
    Some(Case {
        card: id.to_string(),
        name: p.name.clone(),
        age: age_on(p.born, today),
        kind,
        situation: match &refusal {
            Ok(_) => with_signature(tr, card, p, situation(tr, card, p, m, None, at), today),
            Err(r) => situation(tr, card, p, m, Some(r), at),
        },
        outcome,
        refusal: refusal.err().map(|r| r.reason),
    })
}

/// The situation of a card the kiosk serves, with the signature certificate's state when the
/// deck writes one or it is no longer valid: the kiosk never uses it, which is the point a
/// trainer makes (a refused card's situation is its refusal's).
fn with_signature(
    tr: &I18n,
    card: &Card,
    p: &Person,
    situation: String,
    today: chrono::NaiveDate,
) -> String {
    use crate::domain::card_facts::{SignatureCert, signature_status};
    let state = signature_status(card, p, today).state;
    if card.signature_cert.is_none() && matches!(state, SignatureCert::Valid | SignatureCert::None)
    {
        return situation;
    }
    let state = Arg::Str(tr.t(&format!("facts-signature-{}", state.code())));
    tr.ta(
        "case-situation-signature",
        &[("situation", Arg::Str(situation)), ("status", state)],
    )
}

/// What the kiosk does with the card at `at`: the path it issues on, or the refusal, from the
/// domain's checks in the session's order.
fn outcome(card: &Card, p: &Person, m: &Municipality, at: DateTime<Tz>) -> Result<Route, Refusal> {
    let today = at.date_naive();
    eligibility::check_service(m, at)?;
    if card.kind.uses_pin() && PinCounter::with_failures(card.failures).is_locked() {
        return Err(Refusal::new(Reason::PinLocked, m, Facts::default()));
    }
    eligibility::check_card(card, p, m, today)?;
    match eligibility::check_person(p, m, Route::Residence, today, None) {
        Ok(()) => Ok(Route::Residence),
        Err(r) if r.reason == Reason::NotResident => {
            match eligibility::check_person(p, m, Route::Domicile, today, None) {
                Ok(()) => Ok(Route::Domicile),
                Err(d) if d.reason == Reason::NoFamilyRegister => Err(r),
                Err(d) => Err(d),
            }
        }
        Err(r) => Err(r),
    }
}

/// The person's situation in one line: the first thing the deck says that a trainer needs.
fn situation(
    tr: &I18n,
    card: &Card,
    p: &Person,
    m: &Municipality,
    refusal: Option<&Refusal>,
    at: DateTime<Tz>,
) -> String {
    let today = at.date_naive();
    let date = |d| Arg::Str(tr.date(d));
    let on = |key: &str, d| tr.ta(key, &[("date", date(d))]);
    let flagged = [
        (Flag::Deceased, "case-situation-deceased"),
        (Flag::SupportMeasures, "case-situation-support"),
        (Flag::MovedOut, "case-situation-moved-out"),
        (Flag::GaijiPending, "case-situation-gaiji"),
    ];
    if let Some((_, key)) = flagged.iter().find(|(f, _)| p.has(*f)) {
        return tr.t(key);
    }
    let age = age_on(p.born, today);
    if age < eligibility::MIN_AGE {
        return tr.ta("case-situation-child", &[("age", Arg::Num(i64::from(age)))]);
    }
    if let Some(r) = refusal
        && let Some(until) = r.facts.valid_until
    {
        return match r.reason {
            Reason::CertificateExpired => on("case-situation-cert-expired", until),
            Reason::ContinuationLapsed => on("case-situation-continuation-lapsed", until),
            _ if p.period_of_stay_end() == Some(until) => on("case-situation-stay-ended", until),
            _ => on("case-situation-card-expired", until),
        };
    }
    if card.suspended {
        return tr.t("case-situation-suspended");
    }
    if card.cert_revoked {
        return tr.t("case-situation-revoked");
    }
    if card.issued == today || card.cert_issued == today {
        return tr.t("case-situation-new-card");
    }
    if card.pin_changed_on == Some(today) {
        return tr.t("case-situation-pin-changed");
    }
    if card.kind.uses_pin() && card.failures > 0 {
        let n = ("failures", Arg::Num(i64::from(card.failures)));
        return tr.ta("case-situation-pin-failures", &[n]);
    }
    residence(tr, p, m, today)
}

/// Where the person lives and what the deck records of them, when nothing more pressing.
fn residence(tr: &I18n, p: &Person, m: &Municipality, today: chrono::NaiveDate) -> String {
    let here = p.resident_of.as_deref() == Some(m.id.as_str());
    if here && p.moved_in == Some(today) {
        return tr.t("case-situation-moved-in-today");
    }
    if !here {
        return if p.domicile.as_deref() == Some(m.id.as_str()) {
            match p.domicile_registered_on {
                Some(d) => tr.ta(
                    "case-situation-domicile-registered",
                    &[("date", Arg::Str(tr.date(d)))],
                ),
                None => tr.t("case-situation-domicile-only"),
            }
        } else {
            tr.t("case-situation-elsewhere")
        };
    }
    if !p.is_japanese() {
        let n = ("nationality", Arg::Str(p.nationality.clone()));
        return tr.ta("case-situation-foreign", &[n]);
    }
    if !p.seal_registered {
        return tr.t("case-situation-no-seal");
    }
    if p.tax_years.is_empty() && p.tax_records.is_empty() {
        return tr.t("case-situation-no-tax");
    }
    tr.t("case-situation-resident")
}

/// The demo PINs of a deck file by card id (the loader keeps only hashes), for the trainer's
/// screen; an unreadable file gives none.
pub fn deck_pins(path: &Path) -> BTreeMap<String, String> {
    #[derive(serde::Deserialize)]
    struct Deck {
        #[serde(default)]
        card: Vec<CardPin>,
    }
    #[derive(serde::Deserialize)]
    struct CardPin {
        id: String,
        pin: Option<String>,
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        return BTreeMap::new();
    };
    toml::from_str::<Deck>(&text)
        .map(|d| {
            d.card
                .into_iter()
                .filter_map(|c| Some((c.id, c.pin?)))
                .collect()
        })
        .unwrap_or_default()
}
