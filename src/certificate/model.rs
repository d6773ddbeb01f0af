//! The content model of a certificate: every line the document will show, built only from the
//! registry record of the card's holder (and the household or register members the resident
//! chose). Rendering (PDF) reads this model and nothing else, so what a document says is fixed
//! here and hashed into the journal.

use serde::Serialize;

use crate::domain::municipality::CertificateKind;
use crate::domain::registry::{Person, Registry};
use crate::domain::session::{Extent, Kiosk, PrintRequest, Scope, content_hash};

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

fn line(label: &str, value: impl Into<String>) -> Line {
    Line {
        label: label.to_string(),
        value: value.into(),
    }
}

fn sex_ja(p: &Person) -> &'static str {
    match p.sex {
        crate::domain::registry::Sex::M => "男",
        crate::domain::registry::Sex::F => "女",
    }
}

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

/// The optional lines of a person's entry, as the resident chose them (seal and tax
/// certificates take none).
#[derive(Default)]
struct Shown {
    relationship: bool,
    domicile: bool,
    nationality: bool,
    residence_status: bool,
    residence_card: bool,
}

impl Shown {
    fn chosen(o: &crate::domain::session::CertOptions) -> Self {
        Shown {
            relationship: o.relationship,
            domicile: o.domicile,
            nationality: o.nationality,
            residence_status: o.residence_status,
            residence_card: o.residence_card,
        }
    }
}

fn person_block(p: &Person, reg: &Registry, shown: &Shown) -> Block {
    let mut lines = vec![
        line("氏名", p.name.clone()),
        line("フリガナ", p.kana.clone()),
        line("生年月日", date_ja(p.born)),
        line("性別", sex_ja(p)),
    ];
    if shown.relationship
        && let Some(r) = p.relationship
    {
        lines.push(line("続柄", r.label_ja(p.sex)));
    }
    if let Some(h) = p.household.as_ref().and_then(|h| reg.households.get(h)) {
        lines.push(line("住所", h.address.clone()));
    }
    if let Some(m) = p.moved_in {
        lines.push(line("住民となった日", date_ja(m)));
    }
    if shown.domicile
        && p.is_japanese()
        && let Some(d) = &p.domicile_address
    {
        lines.push(line("本籍", d.clone()));
        lines.push(line(
            "筆頭者",
            p.head_of_family.clone().unwrap_or_else(|| p.name.clone()),
        ));
    }
    if !p.is_japanese() {
        if shown.nationality {
            lines.push(line("国籍・地域", p.nationality.clone()));
        }
        if shown.residence_status {
            if let Some(s) = &p.status_of_residence {
                lines.push(line("在留資格", s.clone()));
            }
            if let Some(s) = &p.period_of_stay {
                lines.push(line("在留期間", s.clone()));
            }
            if let Some(s) = p.stay_until {
                lines.push(line("在留期間の満了の日", date_ja(s)));
            }
        }
        if shown.residence_card
            && let Some(n) = &p.residence_card_number
        {
            lines.push(line("在留カード等の番号", n.clone()));
        }
    }
    Block {
        person: Some(p.id.clone()),
        lines,
    }
}

fn yen(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out}円")
}

/// A person's entry in the family register: name, birth, parents, events (身分事項).
fn register_block(p: &Person) -> Block {
    let mut lines = vec![
        line("戸籍に記録されている者", p.name.clone()),
        line("生年月日", date_ja(p.born)),
    ];
    if let Some(f) = &p.father {
        lines.push(line("父", f.clone()));
    }
    if let Some(m) = &p.mother {
        lines.push(line("母", m.clone()));
    }
    lines.push(line("性別", sex_ja(p)));
    for e in &p.register_events {
        let when = chrono::NaiveDate::parse_from_str(&e.date, "%Y-%m-%d")
            .map(date_ja)
            .unwrap_or_else(|_| e.date.clone());
        let value = if e.detail.is_empty() {
            when
        } else {
            format!("{when}　{}", e.detail)
        };
        lines.push(line(&format!("身分事項　{}", e.event), value));
    }
    if p.has(crate::domain::registry::Flag::Deceased) {
        lines.push(line("除籍", "死亡"));
    }
    Block {
        person: Some(p.id.clone()),
        lines,
    }
}

/// A person's entry in the appended information: name and every address with its date.
fn appendix_block(p: &Person, reg: &Registry) -> Block {
    // Since 11 January 2022 the appended information shows the date of birth and sex.
    let mut lines = vec![
        line("氏名", p.name.clone()),
        line("生年月日", date_ja(p.born)),
        line("性別", sex_ja(p)),
    ];
    for a in &p.address_history {
        let when = chrono::NaiveDate::parse_from_str(&a.from, "%Y-%m-%d")
            .map(date_ja)
            .unwrap_or_else(|_| a.from.clone());
        lines.push(line("住所", a.address.clone()));
        lines.push(line("住所を定めた日", when));
    }
    if let Some(h) = p.household.as_ref().and_then(|h| reg.households.get(h)) {
        let already = p
            .address_history
            .last()
            .is_some_and(|a| a.address == h.address);
        if !already {
            lines.push(line("住所", h.address.clone()));
            if let Some(m) = p.moved_in {
                lines.push(line("住所を定めた日", date_ja(m)));
            }
        }
    }
    Block {
        person: Some(p.id.clone()),
        lines,
    }
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
    let mut blocks = Vec::new();
    match kind {
        CertificateKind::ResidentCertificate => {
            let people: Vec<&Person> = match &o.scope {
                Scope::Holder => vec![holder],
                Scope::Household => holder
                    .household
                    .as_ref()
                    .map(|h| reg.household_members(h))
                    .unwrap_or_default(),
                Scope::Members(ids) => ids.iter().filter_map(|id| reg.persons.get(id)).collect(),
            };
            // Deleted members (moved out, deceased) never appear at the kiosk.
            for p in people.into_iter().filter(|p| {
                !p.has(crate::domain::registry::Flag::Deceased)
                    && !p.has(crate::domain::registry::Flag::MovedOut)
            }) {
                blocks.push(person_block(p, reg, &Shown::chosen(o)));
            }
        }
        CertificateKind::SealCertificate => {
            let mut b = person_block(holder, reg, &Shown::default());
            b.lines.push(line(
                "印影",
                holder
                    .name
                    .split_whitespace()
                    .next()
                    .unwrap_or(&holder.name)
                    .to_string(),
            ));
            blocks.push(b);
        }
        CertificateKind::TaxCertificate => {
            let mut b = person_block(holder, reg, &Shown::default());
            if let Some(y) = o.year {
                b.lines.push(line("年度", fiscal_year_label(y)));
                b.lines
                    .push(line("所得の年", format!("{}年（1月1日〜12月31日）", y - 1)));
                match holder.tax_records.iter().find(|t| t.year == y) {
                    Some(t) => {
                        b.lines.push(line("総所得金額", yen(t.income)));
                        b.lines.push(line("所得控除額合計", yen(t.deductions)));
                        b.lines
                            .push(line("扶養人数", format!("{}人", t.dependants)));
                        b.lines.push(line("市民税額", yen(t.municipal_tax)));
                        b.lines.push(line("県民税額", yen(t.prefectural_tax)));
                        let total = t.municipal_tax + t.prefectural_tax;
                        b.lines
                            .push(line("課税区分", if total == 0 { "非課税" } else { "課税" }));
                    }
                    None => b
                        .lines
                        .push(line("課税区分", "記録上の税額なし（見本データ）")),
                }
            }
            blocks.push(b);
        }
        CertificateKind::FamilyRegisterAppendix | CertificateKind::FamilyRegister => {
            let members = reg.register_members(holder);
            let head = members.first().copied().unwrap_or(holder);
            let domicile = holder.domicile_address.clone().ok_or_else(|| {
                format!("holder `{}` has no registered domicile address", holder.id)
            })?;
            // The register always names its domicile and head; the appended information only
            // when the resident asked for them (since 11 January 2022).
            if kind == CertificateKind::FamilyRegister || o.domicile {
                blocks.push(Block {
                    person: None,
                    lines: vec![
                        line("本籍", domicile),
                        line(
                            if kind == CertificateKind::FamilyRegister {
                                "氏名"
                            } else {
                                "筆頭者"
                            },
                            holder
                                .head_of_family
                                .clone()
                                .unwrap_or_else(|| head.name.clone()),
                        ),
                    ],
                });
            }
            let chosen: Vec<&Person> = match (kind, o.extent, &o.person) {
                (CertificateKind::FamilyRegister, Extent::Individual, Some(id)) => {
                    members.into_iter().filter(|p| &p.id == id).collect()
                }
                _ => members,
            };
            for p in chosen {
                blocks.push(if kind == CertificateKind::FamilyRegister {
                    register_block(p)
                } else {
                    appendix_block(p, reg)
                });
            }
        }
    }
    let individual = kind == CertificateKind::FamilyRegister && o.extent == Extent::Individual;
    let (title, certification) = if kind == CertificateKind::FamilyRegister {
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
    };
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

/// The certification sentence of a kind.
pub fn certification_text(kind: CertificateKind) -> &'static str {
    match kind {
        CertificateKind::ResidentCertificate => {
            "この写しは、住民票の原本と相違ないことを証明する。"
        }
        CertificateKind::SealCertificate => "この写しは、登録された印影と相違ないことを証明する。",
        CertificateKind::TaxCertificate => "上記のとおり相違ないことを証明する。",
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
