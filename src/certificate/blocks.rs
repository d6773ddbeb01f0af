//! The blocks of each kind of certificate, built from the registry: the holder, the household
//! members the resident chose, or the family register's members; [`super::model::build`] puts
//! them under the title and certification of the kind.

use super::model::{Block, Line, date_ja};
use super::tax_blocks::{payment_block, tax_block};
use super::territory::name_ja;
use crate::domain::municipality::{CertificateKind, Municipality};
use crate::domain::registry::{Flag, Person, Registry};
use crate::domain::session::{CertOptions, Extent, Scope};

/// The blocks of a certificate of `kind` for `holder`, with the options chosen.
pub(super) fn blocks(
    kind: CertificateKind,
    holder: &Person,
    reg: &Registry,
    m: &Municipality,
    o: &CertOptions,
) -> Result<Vec<Block>, String> {
    Ok(match kind {
        CertificateKind::ResidentCertificate => resident_blocks(holder, reg, o),
        CertificateKind::SealCertificate => vec![seal_block(holder, reg)],
        CertificateKind::TaxCertificate => vec![tax_block(holder, reg, m, o)],
        CertificateKind::TaxPaymentCertificate => vec![payment_block(holder, reg, m, o)],
        CertificateKind::ResidentRecordItems => record_items_blocks(holder, reg, o),
        CertificateKind::FamilyRegisterAppendix | CertificateKind::FamilyRegister => {
            register_blocks(kind, holder, reg, o)?
        }
    })
}

/// The resident certificate: the holder, the household, or the members chosen; deleted
/// members (moved out, deceased) never appear at the kiosk.
fn resident_blocks(holder: &Person, reg: &Registry, o: &CertOptions) -> Vec<Block> {
    whose(holder, reg, o)
        .into_iter()
        .map(|p| person_block(p, reg, &Shown::chosen(o)))
        .collect()
}

/// The resident record items (住民票記載事項証明書): for each person of the same choice as the
/// resident certificate (the holder, the household, the members chosen: 「本人又は同一世帯人」),
/// name, reading, date of birth, sex, address and the date of becoming a resident
/// (外国人住民となった年月日 for a foreign resident), with householder and relationship when
/// chosen; never a domicile, foreign-resident or My Number line.
fn record_items_blocks(holder: &Person, reg: &Registry, o: &CertOptions) -> Vec<Block> {
    let shown = Shown {
        relationship: o.relationship,
        ..Shown::default()
    };
    whose(holder, reg, o)
        .into_iter()
        .map(|p| person_block(p, reg, &shown))
        .collect()
}

/// The persons a resident certificate or the record items cover, in the household's order;
/// deleted members (moved out, deceased) never appear at the kiosk.
fn whose<'r>(holder: &'r Person, reg: &'r Registry, o: &CertOptions) -> Vec<&'r Person> {
    let people: Vec<&Person> = match &o.scope {
        Scope::Holder => vec![holder],
        Scope::Household => holder
            .household
            .as_ref()
            .map(|h| reg.household_members(h))
            .unwrap_or_default(),
        Scope::Members(ids) => ids.iter().filter_map(|id| reg.persons.get(id)).collect(),
    };
    people
        .into_iter()
        .filter(|p| !p.has(Flag::Deceased) && !p.has(Flag::MovedOut))
        .collect()
}

/// The seal certificate: the holder's entry and the seal's impression (the family name).
fn seal_block(holder: &Person, reg: &Registry) -> Block {
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
    b
}

/// The family register or its appended information: the heading facts (domicile and head),
/// then the members' entries (one member's for an individual register certificate). Fails
/// when the holder has no registered domicile.
fn register_blocks(
    kind: CertificateKind,
    holder: &Person,
    reg: &Registry,
    o: &CertOptions,
) -> Result<Vec<Block>, String> {
    let mut blocks = Vec::new();
    let members = reg.register_members(holder);
    let head = members.first().copied().unwrap_or(holder);
    let domicile = holder
        .domicile_address
        .clone()
        .ok_or_else(|| format!("holder `{}` has no registered domicile address", holder.id))?;
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
    Ok(blocks)
}

/// A labelled line.
pub(super) fn line(label: &str, value: impl Into<String>) -> Line {
    Line {
        label: label.to_string(),
        value: value.into(),
    }
}

/// Sex as the certificates print it.
pub(super) fn sex_ja(p: &Person) -> &'static str {
    match p.sex {
        crate::domain::registry::Sex::M => "男",
        crate::domain::registry::Sex::F => "女",
    }
}

/// The optional lines of a person's entry, as the resident chose them (seal and tax
/// certificates take none).
#[derive(Default)]
pub(super) struct Shown {
    relationship: bool,
    domicile: bool,
    nationality: bool,
    residence_status: bool,
    residence_card: bool,
}

impl Shown {
    /// The lines the resident chose in the options.
    fn chosen(o: &CertOptions) -> Self {
        Shown {
            relationship: o.relationship,
            domicile: o.domicile,
            nationality: o.nationality,
            residence_status: o.residence_status,
            residence_card: o.residence_card,
        }
    }
}

/// A person's entry in the resident register, with the optional lines `shown`.
pub(super) fn person_block(p: &Person, reg: &Registry, shown: &Shown) -> Block {
    let mut lines = vec![
        line("氏名", p.name.clone()),
        line("フリガナ", p.kana.clone()),
        line("生年月日", date_ja(p.born)),
        line("性別", sex_ja(p)),
    ];
    if shown.relationship
        && let Some(r) = p.relationship
    {
        // 住民基本台帳法施行令: (世帯主でない場合) 世帯主の氏名及び世帯主との続柄.
        let head = p.household.as_ref().and_then(|h| reg.householder(h));
        if let Some(head) = head.filter(|h| h.id != p.id) {
            lines.push(line("世帯主", head.name.clone()));
        }
        lines.push(line("続柄", r.label_ja(p.sex)));
    }
    if let Some(h) = p.household.as_ref().and_then(|h| reg.households.get(h)) {
        lines.push(line("住所", h.address.clone()));
    }
    if let Some(m) = p.moved_in {
        let label = if p.is_japanese() {
            "住民となった日"
        } else {
            "外国人住民となった年月日"
        };
        lines.push(line(label, date_ja(m)));
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
            lines.push(line("国籍・地域", name_ja(&p.nationality)));
        }
        if shown.residence_status {
            if let Some(c) = residence_category(p) {
                lines.push(line("30条45規定区分", c));
            }
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

/// The category of foreign resident (住民基本台帳法第30条の45) as printed: the deck's
/// `residence_category`, else 特別永住者 when the status of residence says so, else
/// 中長期在留者 when a status is recorded (none when neither is given).
fn residence_category(p: &Person) -> Option<String> {
    if let Some(c) = &p.residence_category {
        return Some(c.clone());
    }
    let status = p.status_of_residence.as_deref()?;
    Some(if status.contains("特別永住者") {
        "特別永住者".to_string()
    } else {
        "中長期在留者".to_string()
    })
}

/// An amount of yen with thousands separators: 「1,234,000円」.
pub(super) fn yen(v: u64) -> String {
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
    if p.has(Flag::Deceased) {
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
