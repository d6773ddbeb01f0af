//! Municipality profiles (`assets/municipalities/*.toml`): which certificates the kiosk offers,
//! their fees and options, the service calendar, and where residents go when refused.
//! Rules are data: nothing municipality-specific is hard-coded elsewhere.

pub mod city_hall;
mod kind;
mod local_tax;
mod offer;
pub use kind::CertificateKind;
pub use local_tax::LocalTaxNames;
pub use offer::{Offer, YEARS_OFFERED};
use offer::{RawOffer, offer};

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::domain::calendar::{Maintenance, ServiceCalendar, TimeWindow};
use crate::domain::office::{Office, RawOffice, Task};
use crate::error::{InputError, Source};

/// Said when a profile built in code lists no office (a parsed profile always has one).
static FALLBACK_OFFICE: std::sync::LazyLock<Office> = std::sync::LazyLock::new(|| Office {
    id: "municipal-office".into(),
    names: [
        ("ja".to_string(), "市区町村の窓口".to_string()),
        ("en".to_string(), "the municipal office".to_string()),
    ]
    .into_iter()
    .collect(),
    reading: None,
    phone: String::new(),
    hours: Vec::new(),
    hours_note: BTreeMap::new(),
    closed_on_holidays: true,
    handles: Vec::new(),
});

/// A municipality profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Municipality {
    /// Id (`tsukuba`).
    pub id: String,
    /// Name in Japanese (つくば市).
    pub name: String,
    /// Name in English (Tsukuba City).
    pub name_en: String,
    /// Name in other screen languages (`ko = "쓰쿠바시"`), where the profile gives one.
    pub names: BTreeMap<String, String>,
    /// Prefecture in Japanese.
    pub prefecture: String,
    /// The mayor printed on certificates (fictional).
    pub mayor: String,
    /// Service hours, year-end stop and maintenance.
    pub calendar: ServiceCalendar,
    /// Certificates offered at the kiosk.
    pub offers: BTreeMap<CertificateKind, Offer>,
    /// Maximum copies per certificate selection.
    pub max_copies: u32,
    /// Business days a domicile registration takes before the kiosk can be used.
    pub registration_business_days: u32,
    /// Where residents go when the kiosk cannot serve them (at least one; the first is the
    /// main counter).
    pub offices: Vec<Office>,
    /// The local taxes' names a tax certificate prints (市民税 / 特別区民税, 県民税 / 都民税):
    /// the profile's `municipal_tax` / `prefectural_tax`, else derived from its names.
    pub local_tax: LocalTaxNames,
}

impl Municipality {
    /// Parses and validates a profile held in memory.
    pub fn parse(src: &Source) -> Result<Self, InputError> {
        let raw: RawProfile = src.parse_toml()?;
        let hours = window(&raw.hours, src)?;
        let maintenance = maintenance(&raw.maintenance, src)?;
        let mut offers = BTreeMap::new();
        for (key, o) in &raw.certificates {
            let (kind, offer) = offer(key, o, src)?;
            offers.insert(kind, offer);
        }
        let offices = offices(raw.city_hall.as_ref(), raw.office, &raw.id, src)?;
        let max_copies = raw
            .max_copies
            .as_ref()
            .map_or(Ok(10), |m| src.in_range("max_copies", m, 1..=99))?;
        let local_tax = LocalTaxNames::from_profile(
            &raw.name,
            &raw.prefecture,
            raw.municipal_tax,
            raw.prefectural_tax,
        );
        Ok(Municipality {
            id: raw.id,
            name: raw.name,
            name_en: raw.name_en,
            names: raw.names,
            prefecture: raw.prefecture,
            mayor: raw.mayor,
            calendar: ServiceCalendar {
                hours,
                year_end_stop: raw.year_end_stop,
                maintenance,
            },
            offers,
            max_copies,
            registration_business_days: raw
                .registration_business_days
                .as_ref()
                .map_or(Ok(3), |d| {
                    src.in_range("registration_business_days", d, REGISTRATION_DAYS)
                })?,
            offices,
            local_tax,
        })
    }

    /// The municipality's name in `lang`: Japanese for `ja`, the profile's name in that
    /// language where it gives one, else the English name.
    pub fn name_in(&self, lang: &str) -> &str {
        match lang {
            "ja" => &self.name,
            "en" => &self.name_en,
            other => self
                .names
                .get(other)
                .map_or(self.name_en.as_str(), String::as_str),
        }
    }

    /// The office that handles `task`: the first listing it, else the main counter.
    pub fn office_for(&self, task: Task) -> &Office {
        self.offices
            .iter()
            .find(|o| o.handles.contains(&task))
            .or(self.offices.first())
            .unwrap_or(&FALLBACK_OFFICE)
    }

    /// Every office that does `task`, the main one (as [`Municipality::office_for`]) first:
    /// a next step names them all.
    pub fn offices_for(&self, task: Task) -> Vec<&Office> {
        let main = self.office_for(task);
        let mut all = vec![main];
        all.extend(
            self.offices
                .iter()
                .filter(|o| o.handles.contains(&task) && o.id != main.id),
        );
        all
    }

    /// An office by id.
    pub fn office(&self, id: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.id == id)
    }

    /// The fee per copy, if offered.
    pub fn fee(&self, kind: CertificateKind) -> Option<u32> {
        self.offers.get(&kind).map(|o| o.fee_yen)
    }

    /// The fiscal year chosen when the resident picks none: the newest offered on `today`.
    pub fn default_tax_year(&self, today: NaiveDate) -> Option<i32> {
        self.tax_years_offered(today).first().copied()
    }

    /// The fiscal years the kiosk offers on `today`, newest first, to a resident who is not
    /// salary-withheld (the general answer, for handbooks and defaults). A fiscal year (年度)
    /// N certifies income of calendar year N − 1 and is first issued on the profile's switch
    /// day of N.
    pub fn tax_years_offered(&self, today: NaiveDate) -> Vec<i32> {
        self.years_offered_to(CertificateKind::TaxCertificate, today, false)
    }

    /// The fiscal years a tax certificate of `kind` (taxation or payment) offers on `today`
    /// to a resident, newest first: salary-withheld residents (特別徴収) may see the new year
    /// earlier where the profile says so.
    pub fn years_offered_to(
        &self,
        kind: CertificateKind,
        today: NaiveDate,
        salary_withheld: bool,
    ) -> Vec<i32> {
        let Some(o) = self.offers.get(&kind).filter(|_| kind.is_tax_kind()) else {
            return Vec::new();
        };
        let latest = o.latest_year(today, salary_withheld);
        (0..o.years_offered as i32).map(|i| latest - i).collect()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWindow {
    open: Spanned<String>,
    close: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMaintenance {
    from: Spanned<String>,
    until: Spanned<String>,
    #[serde(default)]
    note: String,
}

/// Business days a domicile registration may take (DOMAIN.md: 1–5; a month is the most any
/// municipality could mean).
pub const REGISTRATION_DAYS: std::ops::RangeInclusive<u32> = 1..=30;

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    id: String,
    name: String,
    name_en: String,
    #[serde(default)]
    names: BTreeMap<String, String>,
    prefecture: String,
    mayor: String,
    hours: RawWindow,
    #[serde(default = "yes")]
    year_end_stop: bool,
    #[serde(default)]
    maintenance: Vec<RawMaintenance>,
    #[serde(default)]
    max_copies: Option<Spanned<u32>>,
    #[serde(default)]
    registration_business_days: Option<Spanned<u32>>,
    #[serde(default)]
    city_hall: Option<Spanned<city_hall::RawCityHall>>,
    #[serde(default)]
    office: Vec<RawOffice>,
    certificates: BTreeMap<Spanned<String>, RawOffer>,
    #[serde(default)]
    municipal_tax: Option<String>,
    #[serde(default)]
    prefectural_tax: Option<String>,
}

/// The maintenance stops, each ending after it starts.
fn maintenance(raw: &[RawMaintenance], src: &Source) -> Result<Vec<Maintenance>, InputError> {
    let mut maintenance = Vec::new();
    for m in raw {
        let from = instant(&m.from, src)?;
        let until = instant(&m.until, src)?;
        if until <= from {
            return Err(src.error_at(Some(m.until.span()), "until must be after from"));
        }
        maintenance.push(Maintenance {
            from,
            until,
            note: m.note.clone(),
        });
    }
    Ok(maintenance)
}

/// The offices, at least one and each id once; the old `[city_hall]` table is read as the one
/// office it describes, with a warning ([`city_hall`]).
fn offices(
    city_hall: Option<&Spanned<city_hall::RawCityHall>>,
    mut raw_offices: Vec<RawOffice>,
    profile_id: &str,
    src: &Source,
) -> Result<Vec<Office>, InputError> {
    if let Some(old) = city_hall {
        let office = city_hall::office(old, !raw_offices.is_empty(), profile_id, src)?;
        return Ok(vec![office]);
    }
    let mut offices: Vec<Office> = Vec::new();
    if raw_offices.is_empty() {
        return Err(src.error_at(Some(0..0), "a profile needs at least one `[[office]]`"));
    }
    for o in raw_offices.drain(..) {
        let span = o.id_span();
        let office = o.build(src)?;
        if offices.iter().any(|x| x.id == office.id) {
            return Err(src.error_at(
                Some(span),
                format!("office `{}` is listed twice", office.id),
            ));
        }
        offices.push(office);
    }
    Ok(offices)
}

fn window(w: &RawWindow, src: &Source) -> Result<TimeWindow, InputError> {
    TimeWindow::parse(w.open.get_ref(), w.close.get_ref())
        .map_err(|e| src.error_at(Some(w.open.span()), format!("bad time window: {e}")))
}

fn instant(
    s: &Spanned<String>,
    src: &Source,
) -> Result<chrono::DateTime<chrono::FixedOffset>, InputError> {
    chrono::DateTime::parse_from_rfc3339(s.get_ref()).map_err(|_| {
        src.error_at(
            Some(s.span()),
            format!(
                "`{}` is not a date and time: write e.g. 2026-12-06T06:30:00+09:00",
                s.get_ref()
            ),
        )
    })
}
