//! Stable next-step codes: what a resident should do after the kiosk refused (or stopped), as a
//! code a trainee's answer can be scored against. Every [`Reason`] maps to exactly one code
//! ([`NextStep::for_reason`], also [`Reason::next_step_code`]); its words are the ftl keys
//! `next-step-<code>` (a short label for pickers) and `reason-<code>-next` (the sentence).

use serde::{Deserialize, Serialize};
use std::fmt;
use strum::{EnumIter, EnumString, IntoStaticStr};

use crate::domain::reason::Reason;

/// What the resident should do next. The snake_case names are a public contract (scenario
/// `[[exercise]]` tables, training logs): never rename one, only add. strum derives them
/// ([`NextStep::code`]) by the rule serde writes them with; `tests/names/` pins each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(IntoStaticStr, EnumString, EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum NextStep {
    /// Come back when the service is open, or go to City Hall.
    ComeBackInServiceHours,
    /// Come back after the year-end stop (from 4 January).
    ComeBackAfterYearEnd,
    /// Come back after the announced maintenance.
    ComeBackAfterMaintenance,
    /// Come back in the municipality's weekday window for family registers.
    ComeBackInOfficeHours,
    /// Come back tomorrow (moved in today, new card or PIN changed today).
    ComeBackTomorrow,
    /// Reset the PIN at City Hall (card and another ID).
    ResetPinAtCityHall,
    /// Apply for a new card at City Hall.
    RenewCardAtCityHall,
    /// Have a new electronic certificate issued at City Hall.
    RenewCertificateAtCityHall,
    /// Cancel the card's suspension at City Hall (if the card was found).
    CancelSuspensionAtCityHall,
    /// Register a seal at City Hall.
    RegisterSealAtCityHall,
    /// Ask the tax office about the certificate.
    TaxOffice,
    /// The counter at City Hall (the kiosk cannot serve this resident or this certificate).
    CityHall,
    /// Complete the move-in at the new municipality.
    CompleteMoveIn,
    /// Use the certificates of the municipality where the resident lives.
    MunicipalityOfResidence,
    /// Request it from the municipality of the registered domicile.
    MunicipalityOfDomicile,
    /// Register for kiosk use of the domicile certificates, and wait until it is ready.
    RegisterDomicileAndWait,
    /// Choose another certificate (e.g. a resident certificate instead of a family register).
    ChooseAnotherCertificate,
    /// Place the card flat on the reader again.
    PlaceCardAgain,
    /// Insert more money: the fee is not covered yet.
    InsertMoreMoney,
    /// No registration is needed: choose the certificates directly.
    ChooseCertificatesDirectly,
    /// Use the plastic My Number Card instead of the smartphone.
    UsePlasticCard,
}

impl NextStep {
    /// Every code, in a stable order (pickers list them in this order).
    pub const ALL: [NextStep; 21] = [
        NextStep::ComeBackInServiceHours,
        NextStep::ComeBackAfterYearEnd,
        NextStep::ComeBackAfterMaintenance,
        NextStep::ComeBackInOfficeHours,
        NextStep::ComeBackTomorrow,
        NextStep::ResetPinAtCityHall,
        NextStep::RenewCardAtCityHall,
        NextStep::RenewCertificateAtCityHall,
        NextStep::CancelSuspensionAtCityHall,
        NextStep::RegisterSealAtCityHall,
        NextStep::TaxOffice,
        NextStep::CityHall,
        NextStep::CompleteMoveIn,
        NextStep::MunicipalityOfResidence,
        NextStep::MunicipalityOfDomicile,
        NextStep::RegisterDomicileAndWait,
        NextStep::ChooseAnotherCertificate,
        NextStep::PlaceCardAgain,
        NextStep::InsertMoreMoney,
        NextStep::ChooseCertificatesDirectly,
        NextStep::UsePlasticCard,
    ];

    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Parses a code as written in an exercise.
    pub fn from_code(code: &str) -> Option<NextStep> {
        code.parse().ok()
    }

    /// The domain's next step after a refusal for `reason`.
    pub fn for_reason(reason: Reason) -> NextStep {
        match reason {
            Reason::OutOfServiceHours => NextStep::ComeBackInServiceHours,
            Reason::YearEndSuspension => NextStep::ComeBackAfterYearEnd,
            Reason::Maintenance => NextStep::ComeBackAfterMaintenance,
            Reason::FamilyRegisterHours => NextStep::ComeBackInOfficeHours,
            Reason::CardExpired | Reason::ContinuationLapsed => NextStep::RenewCardAtCityHall,
            Reason::TaxArrears => NextStep::TaxOffice,
            Reason::NotTaxed => NextStep::ChooseAnotherCertificate,
            Reason::CertificateExpired | Reason::CertificateRevoked => {
                NextStep::RenewCertificateAtCityHall
            }
            Reason::CardSuspended => NextStep::CancelSuspensionAtCityHall,
            Reason::PinLocked => NextStep::ResetPinAtCityHall,
            Reason::UnderAge
            | Reason::SupportMeasures
            | Reason::Deceased
            | Reason::GaijiPending
            | Reason::NotOffered
            | Reason::CentreUnreachable => NextStep::CityHall,
            Reason::MovedOut => NextStep::CompleteMoveIn,
            Reason::MovedInToday | Reason::CardNotYetUsable => NextStep::ComeBackTomorrow,
            Reason::NotResident => NextStep::MunicipalityOfResidence,
            Reason::NoSealRegistration => NextStep::RegisterSealAtCityHall,
            Reason::NoTaxRecord => NextStep::TaxOffice,
            Reason::NoFamilyRegister => NextStep::MunicipalityOfDomicile,
            Reason::NotJapaneseNational => NextStep::ChooseAnotherCertificate,
            Reason::DomicileNotRegistered => NextStep::RegisterDomicileAndWait,
            Reason::CardUnreadable => NextStep::PlaceCardAgain,
            Reason::RegistrationNotNeeded => NextStep::ChooseCertificatesDirectly,
            Reason::SmartphoneNotSupported => NextStep::UsePlasticCard,
        }
    }
}

impl fmt::Display for NextStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_serde_names_and_round_trip() {
        for n in NextStep::ALL {
            let json = serde_json::to_string(&n).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", n.code()));
            assert_eq!(NextStep::from_code(n.code()), Some(n));
        }
        assert_eq!(NextStep::from_code("nope"), None);
    }

    #[test]
    fn every_reason_has_a_next_step_and_every_step_but_payment_is_reachable() {
        let reached: std::collections::BTreeSet<NextStep> =
            Reason::ALL.into_iter().map(NextStep::for_reason).collect();
        for n in NextStep::ALL {
            assert!(
                reached.contains(&n) || n == NextStep::InsertMoreMoney,
                "{n} is no reason's next step"
            );
        }
    }
}
