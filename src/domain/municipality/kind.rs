//! The certificates the service knows, their codes and titles, and which have an options
//! screen, a fiscal year or come from the registered domicile.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

/// The certificates the service knows. The snake_case names are a public contract: strum
/// derives them ([`CertificateKind::code`]) by the rule serde writes them with;
/// `tests/names/` pins each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(IntoStaticStr, EnumString, EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum CertificateKind {
    /// 住民票の写し
    ResidentCertificate,
    /// 住民票記載事項証明書: the resident record's items a form asks for (Harima, ¥200).
    ResidentRecordItems,
    /// 印鑑登録証明書
    SealCertificate,
    /// 課税・非課税・所得証明書
    TaxCertificate,
    /// 納税証明書: the resident tax of a fiscal year and what was paid (Toshima, Bunkyo).
    TaxPaymentCertificate,
    /// 戸籍の附票の写し
    FamilyRegisterAppendix,
    /// 戸籍全部事項証明書 / 個人事項証明書
    FamilyRegister,
}

impl CertificateKind {
    /// Every kind, in the order the kiosk lists them.
    pub const ALL: [CertificateKind; 7] = [
        CertificateKind::ResidentCertificate,
        CertificateKind::ResidentRecordItems,
        CertificateKind::SealCertificate,
        CertificateKind::TaxCertificate,
        CertificateKind::TaxPaymentCertificate,
        CertificateKind::FamilyRegisterAppendix,
        CertificateKind::FamilyRegister,
    ];

    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Parses a code.
    pub fn from_code(s: &str) -> Option<Self> {
        s.parse().ok()
    }

    /// The Japanese title.
    pub fn title_ja(self) -> &'static str {
        match self {
            CertificateKind::ResidentCertificate => "住民票の写し",
            CertificateKind::SealCertificate => "印鑑登録証明書",
            CertificateKind::TaxCertificate => "課税・非課税（所得）証明書",
            CertificateKind::ResidentRecordItems => "住民票記載事項証明書",
            CertificateKind::TaxPaymentCertificate => "納税証明書",
            CertificateKind::FamilyRegisterAppendix => "戸籍の附票の写し",
            CertificateKind::FamilyRegister => "戸籍証明書",
        }
    }

    /// The English title (Tsukuba's guide).
    pub fn title_en(self) -> &'static str {
        match self {
            CertificateKind::ResidentCertificate => "Copy of resident certificate",
            CertificateKind::SealCertificate => "Certificate of seal registration",
            CertificateKind::TaxCertificate => "Taxation / non-taxation (income) certificate",
            CertificateKind::ResidentRecordItems => "Certificate of resident record items",
            CertificateKind::TaxPaymentCertificate => "Tax payment certificate",
            CertificateKind::FamilyRegisterAppendix => "Appended information to family register",
            CertificateKind::FamilyRegister => "Copy of family register",
        }
    }

    /// Whether the kiosk shows an options screen for it (everything but the seal
    /// certificate, which has nothing to choose). The record items choose whose items (the
    /// holder, the household, chosen members: 「本人又は同一世帯人」, Harima's page) and the
    /// householder and relationship, as the resident certificate does.
    pub fn has_options(self) -> bool {
        self != CertificateKind::SealCertificate
    }

    /// Whether it certifies a fiscal year's resident tax (a fiscal-year screen, a switch day).
    pub fn is_tax_kind(self) -> bool {
        matches!(
            self,
            CertificateKind::TaxCertificate | CertificateKind::TaxPaymentCertificate
        )
    }

    /// Whether the certificate comes from the registered domicile (本籍地) rather than residence.
    pub fn is_domicile_kind(self) -> bool {
        matches!(
            self,
            CertificateKind::FamilyRegisterAppendix | CertificateKind::FamilyRegister
        )
    }
}
