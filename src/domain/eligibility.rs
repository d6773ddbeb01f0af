//! Who may get what. Every check returns either `Ok` or a [`Refusal`]: a stable [`Reason`]
//! code, the rule in plain words and the resident's next step, with the municipality's own
//! office and hours filled in from its profile.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::calendar::{self, Closed};
use crate::domain::card::{age_on, card_valid_until, certificate_valid_until};
use crate::domain::municipality::{CertificateKind, Municipality};
use crate::domain::reason::Reason;
use crate::domain::registry::{Card, Flag, Person};

/// Youngest age that may use the kiosk.
pub const MIN_AGE: u32 = 15;

/// A refusal: what happened, why, and what the resident should do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refusal {
    /// Stable reason code.
    pub reason: Reason,
    /// The rule, in plain words.
    pub rule: String,
    /// What the resident should do next.
    pub next_step: String,
}

/// Values that make a refusal's words concrete.
#[derive(Debug, Clone, Default)]
pub struct Detail {
    /// A relevant date (expiry, ready-on).
    pub date: Option<NaiveDate>,
    /// A relevant instant in words (next opening, end of maintenance).
    pub when: Option<String>,
    /// A fiscal year.
    pub year: Option<i32>,
}

/// Which set of certificates the resident chose before the PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Path {
    /// お住まいの市区町村の証明書
    Residence,
    /// 本籍地の証明書
    Domicile,
}

impl Refusal {
    /// Builds the refusal for `reason` with the municipality's office and hours.
    pub fn new(reason: Reason, m: &Municipality, d: &Detail) -> Self {
        let hall = format!(
            "{} ({}, tel. {})",
            m.city_hall.name, m.city_hall.hours, m.city_hall.phone
        );
        let date = d
            .date
            .map(|x| x.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let when = d.when.clone().unwrap_or_default();
        let year = d.year.map(|y| y.to_string()).unwrap_or_default();
        let city = &m.name_en;
        let (rule, next) = match reason {
            Reason::OutOfServiceHours => (
                format!(
                    "The service runs {}–{} Japan time every day.",
                    m.calendar.hours.open.format("%H:%M"),
                    m.calendar.hours.close.format("%H:%M")
                ),
                format!("Come back from {when}, or go to {hall}."),
            ),
            Reason::YearEndSuspension => (
                "The service stops from 29 December to 3 January.".to_string(),
                format!("Come back from {when}. City Hall is also closed until 3 January."),
            ),
            Reason::Maintenance => (
                "The service stops during maintenance announced by the municipality.".to_string(),
                format!("Come back from {when}, or go to {hall}."),
            ),
            Reason::FamilyRegisterHours => (
                format!("{city} issues family-register certificates at the kiosk only in its weekday window."),
                format!("Come back {when}, or ask at {hall}."),
            ),
            Reason::CardExpired => (
                format!("The card was valid until {date}."),
                format!("Apply for a new card at {hall}; bring the card and another ID. Until then, get certificates at the counter."),
            ),
            Reason::CertificateExpired => (
                format!("The card's user-identification certificate was valid until {date} (5th birthday after issue)."),
                format!("Renew the electronic certificate at {hall}; bring the card and remember your PIN."),
            ),
            Reason::CertificateRevoked => (
                "The card's user-identification certificate has been revoked.".to_string(),
                format!("Have a new electronic certificate issued at {hall}; bring the card."),
            ),
            Reason::CardSuspended => (
                "The card is suspended (reported lost or stolen); its certificates cannot be used.".to_string(),
                format!("If you found the card, cancel the suspension at {hall}; bring the card and another ID. Questions: 0120-95-0178."),
            ),
            Reason::PinLocked => (
                "The PIN locks after 3 consecutive wrong entries; only City Hall can reset it.".to_string(),
                format!("Reset the PIN at {hall}; bring the card and another ID such as a driver's licence or health insurance card."),
            ),
            Reason::UnderAge => (
                format!("Holders under {MIN_AGE} cannot use the kiosk."),
                format!("A parent or guardian can get the certificate at {hall}."),
            ),
            Reason::MovedOut => (
                "After a move-out has been filed, the kiosk issues no certificates for the holder.".to_string(),
                format!("Complete the move-in at your new municipality within 14 days; for {city} certificates ask at {hall}."),
            ),
            Reason::SupportMeasures => (
                "While support measures (DV, stalking) are in place, the kiosk issues nothing, for the holder's safety.".to_string(),
                format!("Ask at the counter of {hall}."),
            ),
            Reason::Deceased => (
                "The holder is recorded as deceased; the card cannot be used.".to_string(),
                format!("Family members can request certificates at {hall}."),
            ),
            Reason::MovedInToday => (
                "A move-in is reflected at the kiosk from the day after.".to_string(),
                format!("Come back tomorrow, or get the certificate today at {hall}."),
            ),
            Reason::GaijiPending => (
                "The record contains characters (外字) still being registered; the kiosk cannot print it yet.".to_string(),
                format!("Ask at {hall}."),
            ),
            Reason::NotResident => (
                format!("The kiosk issues these certificates only to residents of {city}."),
                "Use the certificates of the municipality where you live, or choose certificates of your registered domicile.".to_string(),
            ),
            Reason::NoSealRegistration => (
                format!("Only a seal registered in {city} can be certified."),
                format!("Register a seal at {hall}; bring the seal and an ID."),
            ),
            Reason::NoTaxRecord => (
                format!("{city} holds no tax data for you for fiscal year {year} (you must have been resident there on 1 January of that year and now)."),
                format!(
                    "Ask the {} about the certificate.",
                    m.city_hall.tax_office.clone().unwrap_or_else(|| m.city_hall.name.clone())
                ),
            ),
            Reason::NoFamilyRegister => (
                format!("Your family register (本籍) is not in {city}."),
                "Request it from the municipality of your registered domicile (its kiosk service, if it offers one).".to_string(),
            ),
            Reason::NotJapaneseNational => (
                "Family registers exist only for Japanese nationals.".to_string(),
                "Foreign residents can get a resident certificate instead.".to_string(),
            ),
            Reason::DomicileNotRegistered => (
                format!("Residents of other municipalities must register before using {city}'s family-register service; registration takes {} business days.", m.registration_business_days),
                if date.is_empty() {
                    "Register with 'Register for use of domicile certificates' on this kiosk, then come back once it is ready.".to_string()
                } else {
                    format!("Your registration is being processed: come back from {date}.")
                },
            ),
            Reason::CardUnreadable => (
                "The reader must read the card's chip.".to_string(),
                format!("Place the card flat on the reader again; if it keeps failing, have it checked at {hall}."),
            ),
            Reason::CardNotYetUsable => (
                "A new card or a changed PIN can be used at the kiosk from the next day.".to_string(),
                format!("Come back tomorrow, or get the certificate at {hall}."),
            ),
            Reason::NotOffered => (
                format!("{city} does not issue this certificate at convenience stores."),
                format!("Ask at {hall}."),
            ),
        };
        Refusal {
            reason,
            rule,
            next_step: next,
        }
    }
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
    let when = m
        .calendar
        .next_open(at)
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string());
    Err(Refusal::new(
        reason,
        m,
        &Detail {
            when,
            ..Detail::default()
        },
    ))
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
            &Detail {
                date,
                ..Detail::default()
            },
        ))
    };
    if card.suspended {
        return refuse(Reason::CardSuspended, None);
    }
    if card.cert_revoked {
        return refuse(Reason::CertificateRevoked, None);
    }
    let card_until = card_valid_until(holder.born, card.applied, card.issued, holder.stay_until);
    if today > card_until {
        return refuse(Reason::CardExpired, Some(card_until));
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

/// Checks on the holder's record, for the chosen path. `registered_ready_on` is the date a
/// domicile registration made at a kiosk becomes usable (from the journal), if any.
pub fn check_person(
    p: &Person,
    m: &Municipality,
    path: Path,
    today: NaiveDate,
    registered_ready_on: Option<NaiveDate>,
) -> Result<(), Refusal> {
    let refuse = |reason, date| {
        Err(Refusal::new(
            reason,
            m,
            &Detail {
                date,
                ..Detail::default()
            },
        ))
    };
    if p.has(Flag::Deceased) {
        return refuse(Reason::Deceased, None);
    }
    if age_on(p.born, today) < MIN_AGE {
        return refuse(Reason::UnderAge, None);
    }
    if p.has(Flag::SupportMeasures) {
        return refuse(Reason::SupportMeasures, None);
    }
    if p.has(Flag::MovedOut) {
        return refuse(Reason::MovedOut, None);
    }
    if p.has(Flag::GaijiPending) {
        return refuse(Reason::GaijiPending, None);
    }
    let resident_here = p.resident_of.as_deref() == Some(m.id.as_str());
    if resident_here && p.moved_in == Some(today) {
        return refuse(Reason::MovedInToday, None);
    }
    match path {
        Path::Residence => {
            if !resident_here {
                return refuse(Reason::NotResident, None);
            }
        }
        Path::Domicile => {
            if !p.is_japanese() {
                return refuse(Reason::NotJapaneseNational, None);
            }
            if p.domicile.as_deref() != Some(m.id.as_str()) {
                return refuse(Reason::NoFamilyRegister, None);
            }
            if !resident_here {
                let ready = [p.domicile_registered_on, registered_ready_on]
                    .into_iter()
                    .flatten()
                    .min();
                match ready {
                    Some(d) if d <= today => {}
                    other => return refuse(Reason::DomicileNotRegistered, other),
                }
            }
        }
    }
    Ok(())
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
    let detail = Detail {
        year: tax_year,
        ..Detail::default()
    };
    let refuse = |reason| Err(Refusal::new(reason, m, &detail));
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
        CertificateKind::TaxCertificate => {
            let offered = m.tax_years_offered(at.date_naive());
            let year = tax_year.or_else(|| offered.first().copied());
            let ok = year.is_some_and(|y| offered.contains(&y) && p.tax_years.contains(&y));
            if !ok {
                let detail = Detail {
                    year,
                    ..Detail::default()
                };
                return Err(Refusal::new(Reason::NoTaxRecord, m, &detail));
            }
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
        let when = format!(
            "on a weekday (not a national holiday) between {} and {}",
            w.window.open.format("%H:%M"),
            w.window.close.format("%H:%M")
        );
        return Err(Refusal::new(
            Reason::FamilyRegisterHours,
            m,
            &Detail {
                when: Some(when),
                ..Detail::default()
            },
        ));
    }
    let _ = calendar::TOKYO;
    Ok(())
}
