//! The resident registry as the kiosk sees it: persons, households and cards, loaded from a
//! persona deck (`assets/personas.toml`) or from a scenario's own `[[person]]`, `[[household]]`
//! and `[[card]]` tables. The format is documented in `assets/README.md`.
//!
//! Loading validates everything a hand-written file can get wrong (check digits, dates, dangling
//! references, duplicate ids) and reports it with file, line and column. After loading, a PIN
//! exists only as a salted hash.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{InputError, Source};

mod card;
pub mod compat;
mod deck;
mod records;

pub use card::Card;
pub use records::{AddressEntry, RegisterEvent, TaxRecord};

pub use compat::NO_LOT;
pub use deck::{RawCard, RawDeck, RawHousehold, RawPerson, date};
use deck::{card_from_raw, ident, person_from_raw};

/// Sex as recorded in the resident register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sex {
    /// 男
    M,
    /// 女
    F,
}

/// Relationship to the householder (続柄).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    /// 世帯主
    Householder,
    /// 妻 / 夫
    Spouse,
    /// 子
    Child,
    /// 父 / 母
    Parent,
    /// 兄 / 弟 / 姉 / 妹
    Sibling,
    /// 孫
    Grandchild,
    /// 祖父 / 祖母
    Grandparent,
    /// 同居人
    Cohabitant,
    /// 縁故者 and others
    Other,
}

impl Relationship {
    /// The word printed on a resident certificate.
    pub fn label_ja(self, sex: Sex) -> &'static str {
        match (self, sex) {
            (Relationship::Householder, _) => "世帯主",
            (Relationship::Spouse, Sex::F) => "妻",
            (Relationship::Spouse, Sex::M) => "夫",
            (Relationship::Child, _) => "子",
            (Relationship::Parent, Sex::F) => "母",
            (Relationship::Parent, Sex::M) => "父",
            (Relationship::Sibling, Sex::F) => "姉妹",
            (Relationship::Sibling, Sex::M) => "兄弟",
            (Relationship::Grandchild, _) => "孫",
            (Relationship::Grandparent, Sex::F) => "祖母",
            (Relationship::Grandparent, Sex::M) => "祖父",
            (Relationship::Cohabitant, _) => "同居人",
            (Relationship::Other, _) => "縁故者",
        }
    }
}

/// Facts that make the kiosk refuse a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Has filed a move-out (転出届), even before the move date.
    MovedOut,
    /// Recorded as deceased.
    Deceased,
    /// Under DV / stalking support measures (支援措置).
    SupportMeasures,
    /// Non-standard characters (外字) in the record are pending.
    GaijiPending,
}

/// What is placed on the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    /// The plastic My Number Card.
    Card,
    /// An Android phone with the smartphone certificate (PIN entry).
    Android,
    /// An iPhone with the certificate in the wallet (Face ID, no PIN step).
    Iphone,
}

impl CardKind {
    /// The snake_case code, as written in a deck (`device-<code>` names it in the ftl files).
    pub fn code(self) -> &'static str {
        match self {
            CardKind::Card => "card",
            CardKind::Android => "android",
            CardKind::Iphone => "iphone",
        }
    }

    /// Whether this kind asks for the 4-digit PIN on the kiosk.
    pub fn uses_pin(self) -> bool {
        !matches!(self, CardKind::Iphone)
    }
}

/// A household (世帯) at one address.
#[derive(Debug, Clone, PartialEq)]
pub struct Household {
    /// Id used by persons.
    pub id: String,
    /// Municipality id of the address.
    pub municipality: String,
    /// Full address in Japanese.
    pub address: String,
}

/// One person of the registry (always fictional).
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Id used by cards and scenarios.
    pub id: String,
    /// Name in kanji (or as registered).
    pub name: String,
    /// Name in katakana.
    pub kana: String,
    /// Name in Latin letters, if given.
    pub latin: Option<String>,
    /// Date of birth.
    pub born: NaiveDate,
    /// Sex.
    pub sex: Sex,
    /// ISO 3166 alpha-2 nationality, "JP" for Japanese nationals.
    pub nationality: String,
    /// Household id, if registered as a resident somewhere in the deck.
    pub household: Option<String>,
    /// Relationship to the householder.
    pub relationship: Option<Relationship>,
    /// Municipality of residence (住民登録), if any.
    pub resident_of: Option<String>,
    /// Date of becoming a resident there.
    pub moved_in: Option<NaiveDate>,
    /// Municipality of the registered domicile (本籍), Japanese nationals only.
    pub domicile: Option<String>,
    /// Head of the family register (筆頭者), if different from the person.
    pub head_of_family: Option<String>,
    /// Date the person registered for kiosk use of the domicile (domicile-only users).
    pub domicile_registered_on: Option<NaiveDate>,
    /// Seal registered in the municipality of residence.
    pub seal_registered: bool,
    /// Fiscal years for which the municipality of residence holds tax data.
    pub tax_years: Vec<i32>,
    /// Refusal facts.
    pub flags: BTreeSet<Flag>,
    /// End of the period of stay (foreign residents with one).
    pub stay_until: Option<NaiveDate>,
    /// Status of residence (在留資格), foreign residents.
    pub status_of_residence: Option<String>,
    /// The category of foreign resident (法第30条の45に規定する区分: 中長期在留者, 特別永住者,
    /// 一時庇護許可者, 仮滞在許可者, 出生による経過滞在者, 国籍喪失による経過滞在者) as the deck
    /// gives it; absent, the certificate derives it (see [`Person::residence_category_ja`]).
    pub residence_category: Option<String>,
    /// Tax records by fiscal year (income certificates print these).
    pub tax_records: Vec<TaxRecord>,
    /// Past addresses, oldest first (戸籍の附票 prints these with the current one).
    pub address_history: Vec<AddressEntry>,
    /// Full address of the registered domicile (本籍), e.g. 「茨城県つくば市研究学園一丁目1番地」:
    /// present exactly when `domicile` is (the deck refuses one without the other).
    pub domicile_address: Option<String>,
    /// Residence card number (在留カード番号), foreign residents; synthetic in every deck.
    pub residence_card_number: Option<String>,
    /// Period of stay (在留期間) as the residence card writes it, e.g. 「5年」.
    pub period_of_stay: Option<String>,
    /// Events of the family register (身分事項): birth, marriage, …
    pub register_events: Vec<RegisterEvent>,
    /// Father's name as in the register.
    pub father: Option<String>,
    /// Mother's name as in the register.
    pub mother: Option<String>,
    /// The day the name last changed (marriage, adoption…): it revokes the signature
    /// certificate issued before it, never the user-identification one. Absent: no change.
    pub name_changed_on: Option<NaiveDate>,
    /// The resident tax is wholly withheld from salary (特別徴収): the new fiscal year's tax
    /// certificate is issued from the profile's `salary_switch` day, which is earlier in
    /// some wards. Default false (普通徴収 or mixed: the general switch day).
    pub salary_withheld: bool,
}

/// Statuses of residence (在留資格) with no period of stay: the card of such a holder is not
/// cut at a `stay_until` date (seed guide: "except permanent residents and highly skilled
/// professional (ii)"; DOMAIN.md adds special permanent residents). Written as on the
/// residence card; the English names are accepted too.
pub const WITHOUT_PERIOD_OF_STAY: [&str; 6] = [
    "永住者",
    "特別永住者",
    "高度専門職2号",
    "permanent_resident",
    "special_permanent_resident",
    "highly_skilled_professional_ii",
];

impl Person {
    /// The end of the period of stay that caps the card's validity: a foreign resident's
    /// `stay_until`, unless their status of residence has no period of stay.
    pub fn period_of_stay_end(&self) -> Option<NaiveDate> {
        let unlimited = self
            .status_of_residence
            .as_deref()
            .is_some_and(|s| WITHOUT_PERIOD_OF_STAY.contains(&s.trim()));
        if self.is_japanese() || unlimited {
            None
        } else {
            self.stay_until
        }
    }

    /// Whether the person is a Japanese national.
    pub fn is_japanese(&self) -> bool {
        self.nationality == "JP"
    }

    /// Whether the person has this flag.
    pub fn has(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }
}

/// Persons, households and cards.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// By id.
    pub households: BTreeMap<String, Household>,
    /// By id.
    pub persons: BTreeMap<String, Person>,
    /// By id.
    pub cards: BTreeMap<String, Card>,
    /// Persons whose deck gave a `domicile` without its `domicile_address` (a deck of an
    /// earlier format): their address is a default (assets/README.md, `domicile_address`).
    pub derived_domicile: BTreeSet<String>,
}

impl Registry {
    /// Parses and validates a persona deck held in memory.
    pub fn parse(src: &Source) -> Result<Self, InputError> {
        let raw: RawDeck = src.parse_toml()?;
        compat::check_format(raw.format.as_ref(), src)?;
        Self::from_raw(raw, src)
    }

    /// Names the municipality in each derived domicile address that is not a household's
    /// (`name_of` gives a municipality id's prefecture and name, e.g. 「茨城県つくば市」, from its
    /// profile); an id without a profile stays as written.
    pub fn name_domiciles(&mut self, name_of: impl Fn(&str) -> Option<String>) {
        for id in &self.derived_domicile {
            let Some(p) = self.persons.get_mut(id) else {
                continue;
            };
            let Some(dom) = p.domicile.as_deref() else {
                continue;
            };
            if p.domicile_address.as_deref() == Some(&format!("{dom}{NO_LOT}"))
                && let Some(name) = name_of(dom)
            {
                p.domicile_address = Some(format!("{name}{NO_LOT}"));
            }
        }
    }

    /// Validates raw tables (shared with scenario files that carry their own persons).
    pub fn from_raw(raw: RawDeck, src: &Source) -> Result<Self, InputError> {
        let mut reg = Registry::default();
        for h in raw.household {
            let id = ident(&h.id, src)?;
            let hh = Household {
                id: id.clone(),
                municipality: ident(&h.municipality, src)?,
                address: h.address,
            };
            if reg.households.insert(id.clone(), hh).is_some() {
                return Err(
                    src.error_at(Some(h.id.span()), format!("duplicate household id `{id}`"))
                );
            }
        }
        for p in raw.person {
            let person = person_from_raw(&p, &reg, src)?;
            let id = person.id.clone();
            if p.domicile.is_some() && p.domicile_address.is_none() {
                reg.derived_domicile.insert(id.clone());
            }
            if reg.persons.insert(id.clone(), person).is_some() {
                return Err(src.error_at(Some(p.id.span()), format!("duplicate person id `{id}`")));
            }
        }
        let mut numbers: BTreeMap<String, String> = BTreeMap::new();
        for c in raw.card {
            let card = card_from_raw(&c, &reg, src)?;
            if let Some(other) =
                numbers.insert(card.my_number.as_str().to_string(), card.id.clone())
            {
                // Two cards of the same person (a phone and the card) share the number.
                let same_holder = reg
                    .cards
                    .get(&other)
                    .is_some_and(|o| o.holder == card.holder);
                if !same_holder {
                    return Err(src.error_at(
                        Some(c.my_number.span()),
                        format!("My Number already used by card `{other}` of another person"),
                    ));
                }
            }
            let id = card.id.clone();
            if reg.cards.insert(id.clone(), card).is_some() {
                return Err(src.error_at(Some(c.id.span()), format!("duplicate card id `{id}`")));
            }
        }
        Ok(reg)
    }

    /// Members of a household, householder first, then in deck order of birth date.
    pub fn household_members(&self, household: &str) -> Vec<&Person> {
        let mut v: Vec<&Person> = self
            .persons
            .values()
            .filter(|p| p.household.as_deref() == Some(household))
            .collect();
        v.sort_by_key(|p| {
            (
                p.relationship != Some(Relationship::Householder),
                p.born,
                p.id.clone(),
            )
        });
        v
    }

    /// The householder of a household, if recorded.
    pub fn householder(&self, household: &str) -> Option<&Person> {
        self.household_members(household)
            .into_iter()
            .find(|p| p.relationship == Some(Relationship::Householder))
    }

    /// Persons whose family register is in `municipality` with the same head of family as `person`.
    pub fn register_members(&self, person: &Person) -> Vec<&Person> {
        let Some(dom) = person.domicile.as_deref() else {
            return Vec::new();
        };
        let head = person
            .head_of_family
            .as_deref()
            .unwrap_or(person.name.as_str());
        let mut v: Vec<&Person> = self
            .persons
            .values()
            .filter(|p| {
                p.domicile.as_deref() == Some(dom)
                    && p.head_of_family.as_deref().unwrap_or(p.name.as_str()) == head
            })
            .collect();
        v.sort_by_key(|p| (p.name.as_str() != head, p.born));
        v
    }
}
