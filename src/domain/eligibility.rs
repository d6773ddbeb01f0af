//! Who may get what. Every check returns either `Ok` or a [`Refusal`]: a stable [`Reason`]
//! code and the facts that make it concrete (dates, hours, the office). The words are rendered
//! elsewhere (`crate::i18n`), from `locales/*.ftl`.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::calendar::Closed;
use crate::domain::card::{age_on, card_valid_until, certificate_valid_until};
use crate::domain::card_facts::continuation_lapsed;
use crate::domain::municipality::{CertificateKind, Municipality};
use crate::domain::reason::Reason;
use crate::domain::refusal::{Facts, Refusal};
use crate::domain::registry::{Card, Flag, Person};

pub use crate::domain::card::MIN_AGE;

/// Which set of certificates the resident chose before the PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Path {
    /// お住まいの市区町村の証明書
    Residence,
    /// 本籍地の証明書
    Domicile,
}

/// Whether the service runs at `at` (hours, year-end stop, maintenance).
pub fn check_service(m: &Municipality, at: DateTime<Tz>) -> Result<(), Refusal> {
    let Err(closed) = m.calendar.check(at) else {
        return Ok(());
    };
    let reason = match closed {
        Closed::OutOfHours => Reason::OutOfServiceHours,
        Closed::YearEnd => Reason::YearEndSuspension,
        Closed::Maintenance => Reason::Maintenance,
    };
    let mut facts = Facts {
        reopens_at: m.calendar.next_open(at),
        ..Facts::default()
    };
    if reason == Reason::YearEndSuspension {
        let (from, until) = crate::domain::calendar::year_end_stop_around(at.date_naive());
        facts.stop_from = Some(from);
        facts.stop_until = Some(until);
    }
    Err(Refusal::new(reason, m, facts))
}

/// Checks done online after a correct PIN (or Face ID): suspension, revocation, expiry,
/// and a card or PIN that is new today.
pub fn check_card(
    card: &Card,
    holder: &Person,
    m: &Municipality,
    today: NaiveDate,
) -> Result<(), Refusal> {
    let refuse = |reason, date| {
        Err(Refusal::new(
            reason,
            m,
            Facts {
                valid_until: date,
                ..Facts::default()
            },
        ))
    };
    if card.suspended {
        return refuse(Reason::CardSuspended, None);
    }
    if card.cert_revoked {
        return refuse(Reason::CertificateRevoked, None);
    }
    let card_until = card_valid_until(
        holder.born,
        card.applied,
        card.issued,
        holder.period_of_stay_end(),
    );
    if today > card_until {
        return refuse(Reason::CardExpired, Some(card_until));
    }
    if let Some(deadline) = continuation_lapsed(card, today) {
        let facts = Facts {
            valid_until: Some(deadline),
            move_in_notice: card.move_in_notice,
            ..Facts::default()
        };
        return Err(Refusal::new(Reason::ContinuationLapsed, m, facts));
    }
    let cert_until = certificate_valid_until(holder.born, card.cert_issued);
    if today > cert_until {
        return refuse(Reason::CertificateExpired, Some(cert_until));
    }
    if card.issued == today || card.cert_issued == today || card.pin_changed_on == Some(today) {
        return refuse(Reason::CardNotYetUsable, None);
    }
    Ok(())
}

/// The holder's record, whatever they came for: deceased, under 15, support measures, a
/// move-out filed, characters (外字) pending. Issuance and domicile registration both run it.
fn check_record(p: &Person, m: &Municipality, today: NaiveDate) -> Result<(), Refusal> {
    let refuse = |reason| Err(Refusal::new(reason, m, Facts::default()));
    if p.has(Flag::Deceased) {
        return refuse(Reason::Deceased);
    }
    if age_on(p.born, today) < MIN_AGE {
        return refuse(Reason::UnderAge);
    }
    if p.has(Flag::SupportMeasures) {
        return refuse(Reason::SupportMeasures);
    }
    if p.has(Flag::MovedOut) {
        return refuse(Reason::MovedOut);
    }
    if p.has(Flag::GaijiPending) {
        return refuse(Reason::GaijiPending);
    }
    Ok(())
}

/// The day a domicile-only user's registration for kiosk use can be used: the deck's record
/// or one made at a kiosk (`stored`, from the state folder), whichever is earlier.
pub fn registration_ready_on(p: &Person, stored: Option<NaiveDate>) -> Option<NaiveDate> {
    [p.domicile_registered_on, stored]
        .into_iter()
        .flatten()
        .min()
}

/// Checks on the holder's record, for the chosen path. `registered_ready_on` is the date a
/// domicile registration made at a kiosk becomes usable (from the state folder), if any.
pub fn check_person(
    p: &Person,
    m: &Municipality,
    path: Path,
    today: NaiveDate,
    registered_ready_on: Option<NaiveDate>,
) -> Result<(), Refusal> {
    let refuse = |reason| Err(Refusal::new(reason, m, Facts::default()));
    check_record(p, m, today)?;
    let resident_here = p.resident_of.as_deref() == Some(m.id.as_str());
    if resident_here && p.moved_in == Some(today) {
        return refuse(Reason::MovedInToday);
    }
    match path {
        Path::Residence => {
            if !resident_here {
                return refuse(Reason::NotResident);
            }
        }
        Path::Domicile => {
            if !p.is_japanese() {
                return refuse(Reason::NotJapaneseNational);
            }
            if p.domicile.as_deref() != Some(m.id.as_str()) {
                return refuse(Reason::NoFamilyRegister);
            }
            if !resident_here {
                match registration_ready_on(p, registered_ready_on) {
                    Some(d) if d <= today => {}
                    ready_on => {
                        let facts = Facts {
                            ready_on,
                            ..Facts::default()
                        };
                        return Err(Refusal::new(Reason::DomicileNotRegistered, m, facts));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Whether `p` may register for kiosk use of the domicile's certificates: the same record
/// checks as issuance, a Japanese national whose family register is here and who lives
/// elsewhere (a resident does not need it), and not already registered (a pending
/// registration says when it will be ready instead of registering twice).
pub fn check_registration(
    p: &Person,
    m: &Municipality,
    today: NaiveDate,
    registered_ready_on: Option<NaiveDate>,
) -> Result<(), Refusal> {
    let refuse = |reason, facts| Err(Refusal::new(reason, m, facts));
    check_record(p, m, today)?;
    if !p.is_japanese() {
        return refuse(Reason::NotJapaneseNational, Facts::default());
    }
    if p.domicile.as_deref() != Some(m.id.as_str()) {
        return refuse(Reason::NoFamilyRegister, Facts::default());
    }
    if p.resident_of.as_deref() == Some(m.id.as_str()) {
        return refuse(Reason::RegistrationNotNeeded, Facts::default());
    }
    match registration_ready_on(p, registered_ready_on) {
        None => Ok(()),
        Some(d) if d <= today => refuse(
            Reason::RegistrationNotNeeded,
            Facts {
                ready_on: Some(d),
                ..Facts::default()
            },
        ),
        Some(d) => refuse(
            Reason::DomicileNotRegistered,
            Facts {
                ready_on: Some(d),
                ..Facts::default()
            },
        ),
    }
}

/// The certificates the kiosk lists on a path, in order.
pub fn kinds_on_path(m: &Municipality, p: &Person, path: Path) -> Vec<CertificateKind> {
    CertificateKind::ALL
        .into_iter()
        .filter(|k| m.offers.contains_key(k))
        .filter(|k| match path {
            // A resident whose domicile is in the same municipality sees the family register too.
            Path::Residence => {
                !k.is_domicile_kind() || p.domicile.as_deref() == Some(m.id.as_str())
            }
            Path::Domicile => k.is_domicile_kind(),
        })
        .collect()
}

/// Whether `p` may get `kind` (with `tax_year` for tax certificates) at `at`.
pub fn check_certificate(
    kind: CertificateKind,
    tax_year: Option<i32>,
    p: &Person,
    m: &Municipality,
    path: Path,
    at: DateTime<Tz>,
) -> Result<(), Refusal> {
    let refuse = |reason| Err(Refusal::new(reason, m, Facts::default()));
    let Some(offer) = m.offers.get(&kind) else {
        return refuse(Reason::NotOffered);
    };
    if !kinds_on_path(m, p, path).contains(&kind) {
        return refuse(if kind.is_domicile_kind() {
            if p.is_japanese() {
                Reason::NoFamilyRegister
            } else {
                Reason::NotJapaneseNational
            }
        } else {
            Reason::NotResident
        });
    }
    match kind {
        CertificateKind::ResidentCertificate => {}
        CertificateKind::SealCertificate => {
            if !p.seal_registered {
                return refuse(Reason::NoSealRegistration);
            }
        }
        CertificateKind::ResidentRecordItems => {}
        CertificateKind::TaxCertificate | CertificateKind::TaxPaymentCertificate => {
            check_tax(kind, tax_year, p, m, at.date_naive())?;
        }
        CertificateKind::FamilyRegisterAppendix | CertificateKind::FamilyRegister => {
            if !p.is_japanese() {
                return refuse(Reason::NotJapaneseNational);
            }
            if p.domicile.as_deref() != Some(m.id.as_str()) {
                return refuse(Reason::NoFamilyRegister);
            }
        }
    }
    if let Some(w) = &offer.window
        && !w.contains(at)
    {
        let facts = Facts {
            open: Some(w.window.open),
            close: Some(w.window.close),
            reopens_at: w.next_open(at),
            ..Facts::default()
        };
        return Err(Refusal::new(Reason::FamilyRegisterHours, m, facts));
    }
    Ok(())
}

/// A tax certificate of `kind` for `tax_year` (the newest offered when none): the year is
/// offered to this resident today and the ward has their tax data for it; a payment
/// certificate also needs tax to certify (not 非課税) and nothing overdue (滞納).
fn check_tax(
    kind: CertificateKind,
    tax_year: Option<i32>,
    p: &Person,
    m: &Municipality,
    today: NaiveDate,
) -> Result<(), Refusal> {
    let offered = m.years_offered_to(kind, today, p.salary_withheld);
    let year = tax_year.or_else(|| offered.first().copied());
    let refuse = |reason| {
        let facts = Facts {
            fiscal_year: year,
            ..Facts::default()
        };
        Err(Refusal::new(reason, m, facts))
    };
    let Some(y) = year.filter(|y| offered.contains(y) && p.tax_years.contains(y)) else {
        return refuse(Reason::NoTaxRecord);
    };
    if kind == CertificateKind::TaxPaymentCertificate
        && let Some(t) = p.tax_records.iter().find(|t| t.year == y)
    {
        if t.arrears {
            return refuse(Reason::TaxArrears);
        }
        if t.total() == 0 {
            return refuse(Reason::NotTaxed);
        }
    }
    Ok(())
}
