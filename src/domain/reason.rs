//! Stable reason codes for every refusal the kiosk can give.

use serde::{Deserialize, Serialize};
use std::fmt;
use strum::{EnumIter, EnumString, IntoStaticStr};

/// Why the kiosk refused. The snake_case names are a public contract (scenario `[expect]`,
/// JSON outcome, trainer exercises): never rename one, only add. strum derives them
/// ([`Reason::code`]) by the rule serde writes them with; `tests/names/` pins each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(IntoStaticStr, EnumString, EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum Reason {
    /// Before 6:30 or from 23:00 Japan time.
    OutOfServiceHours,
    /// 29 December to 3 January.
    YearEndSuspension,
    /// An announced maintenance window of the municipality.
    Maintenance,
    /// Family-register certificates outside the municipality's window (e.g. weekdays 8:30–17:15).
    FamilyRegisterHours,
    /// The card itself is past its validity date.
    CardExpired,
    /// The user-identification certificate is past its validity date.
    CertificateExpired,
    /// The user-identification certificate was revoked.
    CertificateRevoked,
    /// The card was suspended (reported lost or stolen).
    CardSuspended,
    /// Three consecutive wrong PINs.
    PinLocked,
    /// The holder is under 15.
    UnderAge,
    /// The holder has filed a move-out.
    MovedOut,
    /// The holder is under DV / stalking support measures.
    SupportMeasures,
    /// The holder is recorded as deceased.
    Deceased,
    /// The holder moved in today.
    MovedInToday,
    /// Non-standard characters (外字) are pending for the holder.
    GaijiPending,
    /// Not a resident of the chosen municipality.
    NotResident,
    /// No seal registered in the municipality.
    NoSealRegistration,
    /// No tax data for the chosen year.
    NoTaxRecord,
    /// No family register (本籍) in the municipality.
    NoFamilyRegister,
    /// Family register certificates are for Japanese nationals only.
    NotJapaneseNational,
    /// Domicile-only user who has not (yet) registered for kiosk use.
    DomicileNotRegistered,
    /// The reader could not read the card (injected fault).
    CardUnreadable,
    /// A new card or a PIN change today: usable from the next day.
    CardNotYetUsable,
    /// The municipality does not offer this certificate (or option) at the kiosk.
    NotOffered,
    /// Domicile registration asked for by someone who does not need it (a resident of the
    /// municipality, or already registered).
    RegistrationNotNeeded,
    /// A smartphone this machine's reader does not take (yet), or a smartphone used for domicile
    /// registration, which needs the plastic card.
    SmartphoneNotSupported,
    /// The card lapsed: moved in from another municipality, the continuation procedure
    /// (継続利用手続) was not done within 90 days of the move-in notice (seed guide §6(1)).
    ContinuationLapsed,
    /// A tax payment certificate (納税証明書) for a year with tax overdue (滞納): Bunkyo's
    /// page: 「滞納のある方（納期限を過ぎている方）は納税証明書を発行できません」.
    TaxArrears,
    /// A tax payment certificate for a year with no tax to pay (非課税): there is nothing to
    /// certify as paid; the (non-)taxation certificate serves (Minato's page: 「非課税である
    /// 場合には納税証明書は発行できません」).
    NotTaxed,
    /// The centre cannot be reached (the real machine's network, the class database here):
    /// the machine is out of service until it answers again.
    CentreUnreachable,
}

impl Reason {
    /// Every reason, in a stable order.
    pub const ALL: [Reason; 30] = [
        Reason::OutOfServiceHours,
        Reason::YearEndSuspension,
        Reason::Maintenance,
        Reason::FamilyRegisterHours,
        Reason::CardExpired,
        Reason::CertificateExpired,
        Reason::CertificateRevoked,
        Reason::CardSuspended,
        Reason::PinLocked,
        Reason::UnderAge,
        Reason::MovedOut,
        Reason::SupportMeasures,
        Reason::Deceased,
        Reason::MovedInToday,
        Reason::GaijiPending,
        Reason::NotResident,
        Reason::NoSealRegistration,
        Reason::NoTaxRecord,
        Reason::NoFamilyRegister,
        Reason::NotJapaneseNational,
        Reason::DomicileNotRegistered,
        Reason::CardUnreadable,
        Reason::CardNotYetUsable,
        Reason::NotOffered,
        Reason::RegistrationNotNeeded,
        Reason::SmartphoneNotSupported,
        Reason::ContinuationLapsed,
        Reason::TaxArrears,
        Reason::NotTaxed,
        Reason::CentreUnreachable,
    ];

    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Parses a code as written in a scenario or exercise.
    pub fn from_code(code: &str) -> Option<Reason> {
        code.parse().ok()
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_serde_names_and_round_trip() {
        for r in Reason::ALL {
            let json = serde_json::to_string(&r).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", r.code()));
            assert_eq!(Reason::from_code(r.code()), Some(r));
        }
        assert_eq!(Reason::from_code("nope"), None);
    }
}
