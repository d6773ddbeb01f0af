//! The persona deck as written (`[[household]]`, `[[person]]`, `[[card]]`) and its checks:
//! every value validated and located, so a wrong file gets file, line and column.

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::{AddressEntry, Flag, Person, RegisterEvent, Registry, Relationship, Sex, TaxRecord};
use crate::error::{InputError, Source};

/// The raw tables of a persona deck, as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDeck {
    /// `format = N` (absent means 1; see [`super::compat`]).
    #[serde(default)]
    pub format: Option<Spanned<i64>>,
    /// `[[household]]`
    #[serde(default)]
    pub household: Vec<RawHousehold>,
    /// `[[person]]`
    #[serde(default)]
    pub person: Vec<RawPerson>,
    /// `[[card]]`
    #[serde(default)]
    pub card: Vec<RawCard>,
}

/// `[[household]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHousehold {
    pub(super) id: Spanned<String>,
    pub(super) municipality: Spanned<String>,
    pub(super) address: String,
}

/// `[[person]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    pub(super) id: Spanned<String>,
    pub(super) name: String,
    pub(super) kana: String,
    #[serde(default)]
    pub(super) latin: Option<String>,
    pub(super) born: Spanned<String>,
    pub(super) sex: Sex,
    #[serde(default = "jp")]
    pub(super) nationality: Spanned<String>,
    #[serde(default)]
    pub(super) household: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) relationship: Option<Relationship>,
    #[serde(default)]
    pub(super) resident_of: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) moved_in: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) domicile: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) head_of_family: Option<String>,
    #[serde(default)]
    pub(super) domicile_registered_on: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) seal_registered: bool,
    #[serde(default)]
    pub(super) tax_years: Vec<Spanned<i32>>,
    #[serde(default)]
    pub(super) flags: Vec<Flag>,
    #[serde(default)]
    pub(super) stay_until: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) status_of_residence: Option<String>,
    #[serde(default)]
    pub(super) residence_category: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) tax_records: Vec<Spanned<TaxRecord>>,
    #[serde(default)]
    pub(super) address_history: Vec<AddressEntry>,
    #[serde(default)]
    pub(super) domicile_address: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) residence_card_number: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) period_of_stay: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) register_events: Vec<Spanned<RegisterEvent>>,
    #[serde(default)]
    pub(super) father: Option<String>,
    #[serde(default)]
    pub(super) mother: Option<String>,
    #[serde(default)]
    pub(super) name_changed_on: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) salary_withheld: bool,
}

fn jp() -> Spanned<String> {
    Spanned::new(0..0, "JP".to_string())
}

pub(super) fn ident(s: &Spanned<String>, src: &Source) -> Result<String, InputError> {
    let v = s.get_ref();
    let ok = !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if ok {
        Ok(v.clone())
    } else {
        Err(src.error_at(
            Some(s.span()),
            format!("`{v}` is not a valid id: use lower-case ASCII letters, digits, '-' and '_'"),
        ))
    }
}

/// Parses a `YYYY-MM-DD` date held in a spanned string.
pub fn date(s: &Spanned<String>, src: &Source) -> Result<NaiveDate, InputError> {
    NaiveDate::parse_from_str(s.get_ref(), "%Y-%m-%d").map_err(|_| {
        src.error_at(
            Some(s.span()),
            format!("`{}` is not a date: write YYYY-MM-DD", s.get_ref()),
        )
    })
}

/// A residence card number's shape (在留カード番号): two capital letters, eight digits, two
/// capital letters.
fn is_residence_card_number(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 12
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..10].iter().all(u8::is_ascii_digit)
        && b[10..].iter().all(u8::is_ascii_uppercase)
}

pub(super) fn opt_date(
    s: &Option<Spanned<String>>,
    src: &Source,
) -> Result<Option<NaiveDate>, InputError> {
    s.as_ref().map(|s| date(s, src)).transpose()
}

pub(super) fn person_from_raw(
    p: &RawPerson,
    reg: &Registry,
    src: &Source,
) -> Result<Person, InputError> {
    let id = ident(&p.id, src)?;
    let born = date(&p.born, src)?;
    let nationality = nationality(p, src)?;
    let household = household(p, reg, src)?;
    let resident_of = match (&p.resident_of, &household) {
        (Some(m), _) => Some(ident(m, src)?),
        (None, Some(h)) => reg.households.get(h).map(|hh| hh.municipality.clone()),
        (None, None) => None,
    };
    let domicile = p.domicile.as_ref().map(|d| ident(d, src)).transpose()?;
    let written = nationality_fields(p, nationality == "JP", src)?;
    let domicile_address = written.or_else(|| {
        let dom = domicile.as_deref()?;
        super::compat::default_domicile_address(
            dom,
            resident_of.as_deref(),
            household.as_deref(),
            reg,
        )
    });
    let moved_in = moved_in(p, born, src)?;
    let tax_years = tax_years(p, src)?;
    check_history_dates(p, src)?;
    Ok(Person {
        id,
        name: p.name.clone(),
        kana: p.kana.clone(),
        latin: p.latin.clone(),
        born,
        sex: p.sex,
        nationality,
        household,
        relationship: p.relationship,
        resident_of,
        moved_in,
        domicile,
        head_of_family: p.head_of_family.clone(),
        domicile_registered_on: opt_date(&p.domicile_registered_on, src)?,
        seal_registered: p.seal_registered,
        tax_years,
        flags: p.flags.iter().copied().collect(),
        stay_until: opt_date(&p.stay_until, src)?,
        status_of_residence: p.status_of_residence.clone(),
        residence_category: residence_category(p, src)?,
        tax_records: p.tax_records.iter().map(|t| t.get_ref().clone()).collect(),
        address_history: p.address_history.clone(),
        domicile_address,
        residence_card_number: p
            .residence_card_number
            .as_ref()
            .map(|n| n.get_ref().clone()),
        period_of_stay: p.period_of_stay.as_ref().map(|n| n.get_ref().clone()),
        register_events: p
            .register_events
            .iter()
            .map(|e| e.get_ref().clone())
            .collect(),
        father: p.father.clone(),
        mother: p.mother.clone(),
        name_changed_on: opt_date(&p.name_changed_on, src)?,
        salary_withheld: p.salary_withheld,
    })
}

/// The categories of foreign resident (住民基本台帳法第30条の45).
pub const RESIDENCE_CATEGORIES: [&str; 6] = [
    "中長期在留者",
    "特別永住者",
    "一時庇護許可者",
    "仮滞在許可者",
    "出生による経過滞在者",
    "国籍喪失による経過滞在者",
];

/// The deck's `residence_category`, checked to be one of the six the law names.
fn residence_category(p: &RawPerson, src: &Source) -> Result<Option<String>, InputError> {
    let Some(c) = &p.residence_category else {
        return Ok(None);
    };
    if !RESIDENCE_CATEGORIES.contains(&c.get_ref().as_str()) {
        return Err(src.error_at(
            Some(c.span()),
            format!(
                "residence_category must be one of {}",
                RESIDENCE_CATEGORIES.join(", ")
            ),
        ));
    }
    Ok(Some(c.get_ref().clone()))
}

/// The person's nationality, checked to be an ISO 3166 alpha-2 code (the other fields depend
/// on it).
fn nationality(p: &RawPerson, src: &Source) -> Result<String, InputError> {
    let nationality = p.nationality.get_ref().clone();
    if nationality.len() != 2 || !nationality.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(src.error_at(
            Some(p.nationality.span()),
            "nationality must be an ISO 3166 alpha-2 code such as \"JP\" or \"VN\"",
        ));
    }
    Ok(nationality)
}

/// The person's household id, which must be declared before the persons.
fn household(p: &RawPerson, reg: &Registry, src: &Source) -> Result<Option<String>, InputError> {
    let Some(h) = &p.household else {
        return Ok(None);
    };
    let hid = ident(h, src)?;
    if !reg.households.contains_key(&hid) {
        return Err(src.error_at(
            Some(h.span()),
            format!("unknown household `{hid}` (declare [[household]] before the persons)"),
        ));
    }
    Ok(Some(hid))
}

/// The fields only a Japanese national, or only a foreign resident, may have: period of stay,
/// registered domicile and its address, residence card. Checked in this order, so a file with
/// several mistakes is told the same first one; gives back the domicile's address.
fn nationality_fields(
    p: &RawPerson,
    japanese: bool,
    src: &Source,
) -> Result<Option<String>, InputError> {
    if let (Some(stay), true) = (&p.stay_until, japanese) {
        return Err(src.error_at(
            Some(stay.span()),
            "a Japanese national has no period of stay: `stay_until` is only for foreign residents",
        ));
    }
    if let (Some(d), false) = (&p.domicile, japanese) {
        return Err(src.error_at(
            Some(d.span()),
            "only Japanese nationals have a registered domicile (本籍)",
        ));
    }
    let domicile_address = domicile_address(p, src)?;
    if japanese
        && let Some(f) = p
            .residence_card_number
            .as_ref()
            .or(p.period_of_stay.as_ref())
    {
        return Err(src.error_at(
            Some(f.span()),
            "a Japanese national has no residence card: `residence_card_number` and \
             `period_of_stay` are only for foreign residents",
        ));
    }
    if let Some(n) = &p.residence_card_number
        && !is_residence_card_number(n.get_ref())
    {
        return Err(src.error_at(
            Some(n.span()),
            "a residence card number is 2 capital letters, 8 digits and 2 capital letters \
             (e.g. \"AB12345678CD\"); use a made-up one",
        ));
    }
    if let Some(n) = &p.period_of_stay
        && (n.get_ref().trim().is_empty() || n.get_ref().chars().count() > 20)
    {
        return Err(src.error_at(
            Some(n.span()),
            "period_of_stay is the period as the residence card writes it (e.g. \"5年\"), 1 to 20 characters",
        ));
    }
    Ok(domicile_address)
}

/// The registered domicile's address as written (an empty one is refused; a missing one gets
/// its default, [`super::compat::default_domicile_address`]); refused without a domicile.
fn domicile_address(p: &RawPerson, src: &Source) -> Result<Option<String>, InputError> {
    match (&p.domicile, &p.domicile_address) {
        (Some(_), Some(a)) if !a.get_ref().trim().is_empty() => Ok(Some(a.get_ref().clone())),
        (Some(_), Some(a)) => Err(src.error_at(
            Some(a.span()),
            "`domicile_address` is empty: write the family register's address as certificates \
             print it (e.g. \"茨城県つくば市研究学園一丁目1番地\"), or leave it out for the default",
        )),
        (Some(_), None) => Ok(None),
        (None, Some(a)) => Err(src.error_at(
            Some(a.span()),
            "`domicile_address` needs `domicile`, the municipality id of the family register",
        )),
        (None, None) => Ok(None),
    }
}

/// The date the person moved in, which cannot come before their birth.
fn moved_in(p: &RawPerson, born: NaiveDate, src: &Source) -> Result<Option<NaiveDate>, InputError> {
    let moved_in = opt_date(&p.moved_in, src)?;
    if let (Some(m), Some(d)) = (&p.moved_in, moved_in)
        && d < born
    {
        return Err(src.error_at(Some(m.span()), "moved_in is before the date of birth"));
    }
    Ok(moved_in)
}

/// The dates of the family register's events and of the address history, which are kept as
/// written but must be dates.
fn check_history_dates(p: &RawPerson, src: &Source) -> Result<(), InputError> {
    for e in &p.register_events {
        if NaiveDate::parse_from_str(&e.get_ref().date, "%Y-%m-%d").is_err() {
            return Err(src.error_at(
                Some(e.span()),
                format!(
                    "register event date `{}` is not YYYY-MM-DD",
                    e.get_ref().date
                ),
            ));
        }
    }
    for a in &p.address_history {
        if NaiveDate::parse_from_str(&a.from, "%Y-%m-%d").is_err() {
            return Err(src.error_at(
                Some(p.id.span()),
                format!(
                    "address_history `from = \"{}\"` of `{}` is not YYYY-MM-DD",
                    a.from,
                    p.id.get_ref()
                ),
            ));
        }
    }
    Ok(())
}

mod card;
mod tax;
pub use card::RawCard;
pub(super) use card::card_from_raw;
use tax::tax_years;
