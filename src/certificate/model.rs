//! The content model of a certificate: every line the document will show, built only from the
//! registry record of the card's holder (and the household or register members the resident
//! chose). Rendering (PDF) reads this model and nothing else, so what a document says is fixed
//! here and hashed into the journal.

use serde::Serialize;

use super::blocks;
use crate::domain::municipality::CertificateKind;
use crate::domain::session::{Extent, Kiosk, PrintRequest, content_hash};

/// One labelled line of a person's block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    /// Label in Japanese (氏名, 生年月日 …).
    pub label: String,
    /// Value.
    pub value: String,
}

/// A block that is never split across pages: one person, or the document's heading facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// Person id, if the block is about a person.
    pub person: Option<String>,
    /// The lines.
    pub lines: Vec<Line>,
}

/// Everything a certificate shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentModel {
    /// Certificate kind code.
    pub certificate: String,
    /// Title in Japanese.
    pub title: String,
    /// Issue number (`S000000123`).
    pub issue_number: String,
    /// Copy index, 1-based.
    pub copy: u32,
    /// Copies of this selection.
    pub copies: u32,
    /// Issuing municipality (Japanese name).
    pub municipality: String,
    /// Prefecture.
    pub prefecture: String,
    /// Date and time of issue (Japan time).
    pub issued_at: String,
    /// Person id of the card's holder (whom the certificate was requested by).
    pub holder: String,
    /// Person blocks in print order.
    pub blocks: Vec<Block>,
    /// The certification sentence.
    pub certification: String,
    /// The (fictional) mayor.
    pub mayor: String,
    /// The specimen notice printed on every page.
    pub specimen: String,
}

impl DocumentModel {
    /// Hash of the model as the journal records it.
    pub fn hash(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        content_hash(&json)
    }
}

/// The notice on every page.
pub const SPECIMEN: &str = "SPECIMEN / 見本 — not a valid certificate";

/// A date in the Japanese era and the Western calendar, e.g. 「昭和63年7月14日（1988年7月14日）」.
pub fn date_ja(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let eras = [
        (chrono::NaiveDate::from_ymd_opt(2019, 5, 1), "令和", 2019),
        (chrono::NaiveDate::from_ymd_opt(1989, 1, 8), "平成", 1989),
        (chrono::NaiveDate::from_ymd_opt(1926, 12, 25), "昭和", 1926),
        (chrono::NaiveDate::from_ymd_opt(1912, 7, 30), "大正", 1912),
    ];
    let western = format!("{}年{}月{}日", d.year(), d.month(), d.day());
    for (start, name, base) in eras {
        if let Some(start) = start
            && d >= start
        {
            let n = d.year() - base + 1;
            let n = if n == 1 {
                "元".to_string()
            } else {
                n.to_string()
            };
            return format!("{name}{n}年{}月{}日（{western}）", d.month(), d.day());
        }
    }
    western
}

/// Builds the model of one copy. Fails (never guesses) when the holder is not in the registry.
pub fn build(req: &PrintRequest, kiosk: &Kiosk) -> Result<DocumentModel, String> {
    let reg = &kiosk.registry;
    let m = &kiosk.municipality;
    let holder = reg
        .persons
        .get(&req.holder)
        .ok_or_else(|| format!("holder `{}` not in the registry", req.holder))?;
    let o = &req.selection.options;
    let kind = req.selection.kind;
    let blocks = blocks::blocks(kind, holder, reg, m, o)?;
    let (title, certification) = title_and_certification(kind, o.extent);
    if blocks.is_empty() {
        return Err(format!("nothing to print for {}", req.issue_number));
    }
    Ok(DocumentModel {
        certificate: kind.code().to_string(),
        title,
        issue_number: req.issue_number.to_string(),
        copy: req.copy,
        copies: req.selection.copies,
        municipality: m.name.clone(),
        prefecture: m.prefecture.clone(),
        issued_at: req.issued_at.format("%Y-%m-%d %H:%M").to_string(),
        holder: holder.id.clone(),
        blocks,
        certification,
        mayor: format!("{}長　{}", m.name, m.mayor),
        specimen: SPECIMEN.to_string(),
    })
}

/// The title and certification sentence: the family register's depend on whether the whole
/// register or one person's entry is certified.
fn title_and_certification(kind: CertificateKind, extent: Extent) -> (String, String) {
    let individual = kind == CertificateKind::FamilyRegister && extent == Extent::Individual;
    if kind == CertificateKind::FamilyRegister {
        if individual {
            (
                "戸籍個人事項証明書".to_string(),
                "これは、戸籍中の一部の者について記録されている事項を証明した書面である。"
                    .to_string(),
            )
        } else {
            (
                "戸籍全部事項証明書".to_string(),
                "これは、戸籍に記録されている事項の全部を証明した書面である。".to_string(),
            )
        }
    } else {
        (
            kind.title_ja().to_string(),
            certification_text(kind).to_string(),
        )
    }
}

/// The certification sentence of a kind.
pub fn certification_text(kind: CertificateKind) -> &'static str {
    match kind {
        CertificateKind::ResidentCertificate => {
            "この写しは、住民票の原本と相違ないことを証明する。"
        }
        CertificateKind::SealCertificate => "この写しは、登録された印影と相違ないことを証明する。",
        CertificateKind::TaxCertificate => "上記のとおり相違ないことを証明する。",
        CertificateKind::ResidentRecordItems => {
            "上記の事項は、住民票の記載事項と相違ないことを証明する。"
        }
        CertificateKind::TaxPaymentCertificate => "上記のとおり納税していることを証明する。",
        CertificateKind::FamilyRegisterAppendix => {
            "この写しは、戸籍の附票の原本と相違ないことを証明する。"
        }
        CertificateKind::FamilyRegister => {
            "これは、戸籍に記録されている事項の全部（個人）を証明した書面である。"
        }
    }
}

/// A fiscal year shown unambiguously: 「令和8年度（2026年度）」; 2019 is 「令和元年度（平成31年度・2019年度）」.
pub fn fiscal_year_label(y: i32) -> String {
    match y {
        2019 => "令和元年度（平成31年度・2019年度）".to_string(),
        y if y > 2019 => format!("令和{}年度（{y}年度）", y - 2018),
        y if y >= 1989 => format!("平成{}年度（{y}年度）", y - 1988),
        y => format!("{y}年度"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn era_dates() {
        let d = |y, m, dd| chrono::NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
        assert_eq!(date_ja(d(1988, 7, 14)), "昭和63年7月14日（1988年7月14日）");
        assert_eq!(date_ja(d(1989, 1, 7)), "昭和64年1月7日（1989年1月7日）");
        assert_eq!(date_ja(d(1989, 1, 8)), "平成元年1月8日（1989年1月8日）");
        assert_eq!(date_ja(d(2019, 4, 30)), "平成31年4月30日（2019年4月30日）");
        assert_eq!(date_ja(d(2019, 5, 1)), "令和元年5月1日（2019年5月1日）");
        assert_eq!(
            date_ja(d(2026, 11, 25)),
            "令和8年11月25日（2026年11月25日）"
        );
    }

    #[test]
    fn fiscal_years_are_unambiguous() {
        assert_eq!(fiscal_year_label(2026), "令和8年度（2026年度）");
        assert_eq!(
            fiscal_year_label(2019),
            "令和元年度（平成31年度・2019年度）"
        );
        assert_eq!(fiscal_year_label(2018), "平成30年度（2018年度）");
    }
}
