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
use toml::Spanned;

use crate::domain::card::{MyNumber, PIN_MAX_FAILURES, PinHash};
use crate::error::{InputError, Source};

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
    /// Tax records by fiscal year (income certificates print these).
    pub tax_records: Vec<TaxRecord>,
    /// Past addresses, oldest first (戸籍の附票 prints these with the current one).
    pub address_history: Vec<AddressEntry>,
    /// Full address of the registered domicile (本籍), e.g. 「茨城県つくば市研究学園一丁目1番地」.
    pub domicile_address: Option<String>,
    /// Events of the family register (身分事項): birth, marriage, …
    pub register_events: Vec<RegisterEvent>,
    /// Father's name as in the register.
    pub father: Option<String>,
    /// Mother's name as in the register.
    pub mother: Option<String>,
}

/// One fiscal year's tax record (amounts in yen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxRecord {
    /// Fiscal year (年度); certifies income of the calendar year before.
    pub year: i32,
    /// Total income (総所得金額).
    #[serde(default)]
    pub income: u64,
    /// Deductions (所得控除額合計).
    #[serde(default)]
    pub deductions: u64,
    /// Municipal resident tax (市民税).
    #[serde(default)]
    pub municipal_tax: u64,
    /// Prefectural resident tax (県民税).
    #[serde(default)]
    pub prefectural_tax: u64,
    /// Dependants (扶養人数).
    #[serde(default)]
    pub dependants: u32,
}

/// A past address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddressEntry {
    /// Date the person started living there (YYYY-MM-DD).
    pub from: String,
    /// The address in Japanese.
    pub address: String,
}

/// An event of the family register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterEvent {
    /// Date (YYYY-MM-DD).
    pub date: String,
    /// Kind in Japanese: 出生, 婚姻, 転籍, 養子縁組 …
    pub event: String,
    /// The entry's wording, e.g. 「出生地 茨城県つくば市」.
    #[serde(default)]
    pub detail: String,
}

impl Person {
    /// Whether the person is a Japanese national.
    pub fn is_japanese(&self) -> bool {
        self.nationality == "JP"
    }

    /// Whether the person has this flag.
    pub fn has(&self, flag: Flag) -> bool {
        self.flags.contains(&flag)
    }
}

/// A My Number Card or a phone carrying its certificate.
#[derive(Debug, Clone)]
pub struct Card {
    /// Id used by scenarios (`use_card`).
    pub id: String,
    /// Person id of the holder.
    pub holder: String,
    /// Card or phone.
    pub kind: CardKind,
    /// The (synthetic) My Number.
    pub my_number: MyNumber,
    /// Date of application (decides the 18/20 age threshold).
    pub applied: NaiveDate,
    /// Date of issue of the card.
    pub issued: NaiveDate,
    /// Date of issue of the user-identification certificate.
    pub cert_issued: NaiveDate,
    /// Salted hash of the 4-digit PIN (none for an iPhone).
    pub pin: Option<PinHash>,
    /// Consecutive PIN failures on the chip when the deck was written.
    pub failures: u8,
    /// Suspended (reported lost or stolen).
    pub suspended: bool,
    /// The user-identification certificate was revoked.
    pub cert_revoked: bool,
    /// The PIN was last changed (or reset) on this date.
    pub pin_changed_on: Option<NaiveDate>,
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
}

impl Registry {
    /// Parses and validates a persona deck held in memory.
    pub fn parse(src: &Source) -> Result<Self, InputError> {
        let raw: RawDeck = src.parse_toml()?;
        Self::from_raw(raw, src)
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

/// The raw tables of a persona deck, as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDeck {
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
    id: Spanned<String>,
    municipality: Spanned<String>,
    address: String,
}

/// `[[person]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    id: Spanned<String>,
    name: String,
    kana: String,
    #[serde(default)]
    latin: Option<String>,
    born: Spanned<String>,
    sex: Sex,
    #[serde(default = "jp")]
    nationality: Spanned<String>,
    #[serde(default)]
    household: Option<Spanned<String>>,
    #[serde(default)]
    relationship: Option<Relationship>,
    #[serde(default)]
    resident_of: Option<Spanned<String>>,
    #[serde(default)]
    moved_in: Option<Spanned<String>>,
    #[serde(default)]
    domicile: Option<Spanned<String>>,
    #[serde(default)]
    head_of_family: Option<String>,
    #[serde(default)]
    domicile_registered_on: Option<Spanned<String>>,
    #[serde(default)]
    seal_registered: bool,
    #[serde(default)]
    tax_years: Vec<i32>,
    #[serde(default)]
    flags: Vec<Flag>,
    #[serde(default)]
    stay_until: Option<Spanned<String>>,
    #[serde(default)]
    status_of_residence: Option<String>,
    #[serde(default)]
    tax_records: Vec<TaxRecord>,
    #[serde(default)]
    address_history: Vec<AddressEntry>,
    #[serde(default)]
    domicile_address: Option<String>,
    #[serde(default)]
    register_events: Vec<Spanned<RegisterEvent>>,
    #[serde(default)]
    father: Option<String>,
    #[serde(default)]
    mother: Option<String>,
}

fn jp() -> Spanned<String> {
    Spanned::new(0..0, "JP".to_string())
}

/// `[[card]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCard {
    id: Spanned<String>,
    holder: Spanned<String>,
    #[serde(default = "card_kind")]
    kind: CardKind,
    my_number: Spanned<String>,
    applied: Spanned<String>,
    issued: Spanned<String>,
    cert_issued: Spanned<String>,
    #[serde(default)]
    pin: Option<Spanned<String>>,
    #[serde(default)]
    failures: Option<Spanned<u8>>,
    #[serde(default)]
    suspended: bool,
    #[serde(default)]
    cert_revoked: bool,
    #[serde(default)]
    pin_changed_on: Option<Spanned<String>>,
}

fn card_kind() -> CardKind {
    CardKind::Card
}

fn ident(s: &Spanned<String>, src: &Source) -> Result<String, InputError> {
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

fn opt_date(s: &Option<Spanned<String>>, src: &Source) -> Result<Option<NaiveDate>, InputError> {
    s.as_ref().map(|s| date(s, src)).transpose()
}

fn person_from_raw(p: &RawPerson, reg: &Registry, src: &Source) -> Result<Person, InputError> {
    let id = ident(&p.id, src)?;
    let born = date(&p.born, src)?;
    let nationality = p.nationality.get_ref().clone();
    if nationality.len() != 2 || !nationality.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(src.error_at(
            Some(p.nationality.span()),
            "nationality must be an ISO 3166 alpha-2 code such as \"JP\" or \"VN\"",
        ));
    }
    let household = match &p.household {
        Some(h) => {
            let hid = ident(h, src)?;
            if !reg.households.contains_key(&hid) {
                return Err(src.error_at(
                    Some(h.span()),
                    format!("unknown household `{hid}` (declare [[household]] before the persons)"),
                ));
            }
            Some(hid)
        }
        None => None,
    };
    let resident_of = match (&p.resident_of, &household) {
        (Some(m), _) => Some(ident(m, src)?),
        (None, Some(h)) => reg.households.get(h).map(|hh| hh.municipality.clone()),
        (None, None) => None,
    };
    let domicile = p.domicile.as_ref().map(|d| ident(d, src)).transpose()?;
    if let (Some(d), false) = (&p.domicile, nationality == "JP") {
        return Err(src.error_at(
            Some(d.span()),
            "only Japanese nationals have a registered domicile (本籍)",
        ));
    }
    let moved_in = opt_date(&p.moved_in, src)?;
    if let (Some(m), Some(d)) = (&p.moved_in, moved_in)
        && d < born
    {
        return Err(src.error_at(Some(m.span()), "moved_in is before the date of birth"));
    }
    let mut tax_years = p.tax_years.clone();
    tax_years.extend(p.tax_records.iter().map(|t| t.year));
    tax_years.sort_unstable();
    tax_years.dedup();
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
        tax_records: p.tax_records.clone(),
        address_history: p.address_history.clone(),
        domicile_address: p.domicile_address.clone(),
        register_events: p
            .register_events
            .iter()
            .map(|e| e.get_ref().clone())
            .collect(),
        father: p.father.clone(),
        mother: p.mother.clone(),
    })
}

fn card_from_raw(c: &RawCard, reg: &Registry, src: &Source) -> Result<Card, InputError> {
    let id = ident(&c.id, src)?;
    let holder = ident(&c.holder, src)?;
    let Some(person) = reg.persons.get(&holder) else {
        return Err(src.error_at(
            Some(c.holder.span()),
            format!("unknown person `{holder}` (declare [[person]] before the cards)"),
        ));
    };
    let my_number = MyNumber::parse(c.my_number.get_ref())
        .map_err(|e| src.error_at(Some(c.my_number.span()), format!("invalid My Number: {e}")))?;
    let applied = date(&c.applied, src)?;
    let issued = date(&c.issued, src)?;
    let cert_issued = date(&c.cert_issued, src)?;
    if issued < applied {
        return Err(src.error_at(Some(c.issued.span()), "issued is before applied"));
    }
    if applied < person.born {
        return Err(src.error_at(
            Some(c.applied.span()),
            "applied is before the holder's birth",
        ));
    }
    if cert_issued < issued {
        return Err(src.error_at(
            Some(c.cert_issued.span()),
            "cert_issued is before the card was issued",
        ));
    }
    let pin = match (&c.pin, c.kind.uses_pin()) {
        (Some(p), _) => Some(PinHash::new(p.get_ref()).map_err(|_| {
            // Never echo the value: it is a PIN.
            src.error_at(Some(p.span()), "pin must be exactly 4 digits")
        })?),
        (None, true) => {
            return Err(src.error_at(
                Some(c.id.span()),
                format!("card `{id}` needs a 4-digit `pin` (only kind = \"iphone\" has none)"),
            ));
        }
        (None, false) => None,
    };
    let failures = c.failures.as_ref().map_or(0, |f| *f.get_ref());
    if let Some(f) = &c.failures
        && failures > PIN_MAX_FAILURES
    {
        return Err(src.error_at(
            Some(f.span()),
            format!("failures must be 0..={PIN_MAX_FAILURES}"),
        ));
    }
    Ok(Card {
        id,
        holder,
        kind: c.kind,
        my_number,
        applied,
        issued,
        cert_issued,
        pin,
        failures,
        suspended: c.suspended,
        cert_revoked: c.cert_revoked,
        pin_changed_on: opt_date(&c.pin_changed_on, src)?,
    })
}
