//! Which options a certificate selection offers this holder: the one answer the options screen
//! draws and the session checks a choice against (household members, fiscal years, the My
//! Number and domicile lines, the persons of the family register).

use chrono::NaiveDate;

use crate::domain::municipality::{CertificateKind, Municipality};
use crate::domain::registry::{Flag, Person, Registry};

/// The choices the options screen shows for one certificate and holder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Offered {
    /// Resident certificate and record items: current members of the holder's household
    /// (person ids, in the deck's household order); moved-out and deceased members are never
    /// offered.
    pub members: Vec<String>,
    /// Resident certificate and appended information: the domicile and head-of-family line
    /// (Japanese nationals only).
    pub domicile_line: bool,
    /// Resident certificate: the foreign-resident lines (nationality/region, status of
    /// residence and period of stay, residence card number), when the holder or a member
    /// offered is a foreign resident.
    pub foreign_lines: bool,
    /// Resident certificate: the My Number line (only where the profile allows it).
    pub my_number: bool,
    /// Tax certificates (taxation, payment): fiscal years offered today to this holder, newest
    /// first (the first is the default).
    pub tax_years: Vec<i32>,
    /// Family register: the persons of the holder's register (ids), for an individual copy.
    pub register_persons: Vec<String>,
}

impl Offered {
    /// The fiscal year chosen when the resident picks none: the newest offered (the same
    /// answer as [`Municipality::default_tax_year`], from the list already made).
    pub fn default_tax_year(&self) -> Option<i32> {
        self.tax_years.first().copied()
    }
}

/// What `kind` offers `holder` on `today`.
pub fn offered(
    kind: CertificateKind,
    holder: &Person,
    m: &Municipality,
    reg: &Registry,
    today: NaiveDate,
) -> Offered {
    let mut o = Offered::default();
    match kind {
        CertificateKind::ResidentCertificate | CertificateKind::ResidentRecordItems => {
            o.members = holder
                .household
                .as_deref()
                .map(|hh| {
                    reg.household_members(hh)
                        .into_iter()
                        .filter(|p| !p.has(Flag::Deceased) && !p.has(Flag::MovedOut))
                        .map(|p| p.id.clone())
                        .collect()
                })
                .unwrap_or_default();
            if kind == CertificateKind::ResidentRecordItems {
                // The record items certify name, birth date, sex, address, the date of
                // becoming a resident and (when chosen) householder and relationship: no
                // domicile, foreign-resident or My Number line.
                return o;
            }
            o.domicile_line = holder.is_japanese();
            o.foreign_lines = !holder.is_japanese()
                || o.members
                    .iter()
                    .filter_map(|id| reg.persons.get(id))
                    .any(|p| !p.is_japanese());
            o.my_number = m.offers.get(&kind).is_some_and(|x| x.my_number_option);
        }
        CertificateKind::TaxCertificate | CertificateKind::TaxPaymentCertificate => {
            o.tax_years = m.years_offered_to(kind, today, holder.salary_withheld);
        }
        CertificateKind::FamilyRegister | CertificateKind::FamilyRegisterAppendix => {
            o.domicile_line = kind == CertificateKind::FamilyRegisterAppendix;
            o.register_persons = reg
                .register_members(holder)
                .into_iter()
                .map(|p| p.id.clone())
                .collect();
        }
        CertificateKind::SealCertificate => {}
    }
    o
}
