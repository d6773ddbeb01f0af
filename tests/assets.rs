//! The bundled data files load, and the persona deck teaches what assets/README.md says it
//! teaches: the expiry cases are expired on the reference date 2026-11-25, the others are not,
//! and the eligibility rules refuse each persona for the reason in the README's table.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, TimeZone};
use chrono_tz::Tz;
use kofu::domain::calendar::TOKYO;
use kofu::domain::card::{MyNumber, card_valid_until, certificate_valid_until};
use kofu::domain::eligibility::{self, Path as Route};
use kofu::domain::municipality::{CertificateKind, Municipality};
use kofu::domain::reason::Reason;
use kofu::domain::registry::{CardKind, Registry};

/// "Today" in the scenarios.
fn today() -> NaiveDate {
    date(2026, 11, 25)
}

/// Valid cards must stay valid at least until here, so scenarios run on other dates around
/// the reference date (maintenance in December, the year-end stop) do not hit an expiry.
fn margin() -> NaiveDate {
    date(2027, 3, 31)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Tz> {
    TOKYO
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("unambiguous Tokyo time")
}

fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    v.sort();
    v
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .and_then(|s| s.to_str())
        .expect("utf-8 file name")
        .to_string()
}

fn deck() -> Registry {
    kofu::kiosk::load_deck(&assets().join("personas.toml")).unwrap_or_else(|e| panic!("{e}"))
}

fn municipalities() -> BTreeMap<String, Municipality> {
    toml_files(&assets().join("municipalities"))
        .iter()
        .map(|p| {
            let m = kofu::kiosk::load_municipality_file(p).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                m.id,
                stem(p),
                "{}: id must match the file name",
                p.display()
            );
            (m.id.clone(), m)
        })
        .collect()
}

/// Cards expired (card_expired) on the reference date.
const CARD_EXPIRED: [&str; 3] = [
    "card-card-expired",
    "card-applied-at-19-before-2022",
    "card-stay-expired",
];
/// Card valid, user-identification certificate expired (certificate_expired).
const CERT_EXPIRED: [&str; 1] = ["card-cert-expired"];

#[test]
fn persona_deck_loads_and_is_complete() {
    let reg = deck();
    let holders: BTreeSet<&str> = reg.cards.values().map(|c| c.holder.as_str()).collect();
    assert!(
        holders.len() >= 25,
        "only {} persons with cards",
        holders.len()
    );
    assert!(
        reg.persons.len() >= 28,
        "only {} persons",
        reg.persons.len()
    );

    // Every person has `card-<id>`, except household or family-register members who only
    // appear on certificates.
    for p in reg.persons.values() {
        let own = format!("card-{}", p.id);
        if let Some(c) = reg.cards.get(&own) {
            assert_eq!(c.holder, p.id, "{own} belongs to someone else");
        } else {
            assert!(
                (p.household.is_some() || p.domicile.is_some()) && !holders.contains(p.id.as_str()),
                "{} has no card `{own}` and is not a card-less household or register member",
                p.id
            );
        }
    }

    // The happy path of DESIGN.md.
    let hanako = &reg.cards["card-tsukuba-hanako"];
    assert_eq!(hanako.holder, "tsukuba-hanako");
    assert_eq!(hanako.my_number.as_str(), "983205673214");
    assert!(
        hanako.pin.as_ref().is_some_and(|h| h.verify("1234")),
        "hanako's PIN is 1234"
    );
    assert_eq!(
        reg.persons["tsukuba-hanako"].household.as_deref(),
        Some("h-kenkyu")
    );

    // The household of four, one child without a card.
    let members = reg.household_members("h-sakura");
    assert_eq!(members.len(), 4);
    assert_eq!(members[0].id, "household-householder");
    assert!(!holders.contains("household-child-no-card"));

    // A family register with members in several households and municipalities.
    let head = &reg.persons["family-register-head"];
    let register: Vec<&str> = reg
        .register_members(head)
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        register,
        [
            "family-register-head",
            "domicile-registered",
            "domicile-not-registered"
        ]
    );

    // PIN counters and phones.
    assert_eq!(reg.cards["card-pin-locked"].failures, 3);
    assert_eq!(reg.cards["card-pin-two-failures"].failures, 2);
    assert_eq!(reg.cards["card-iphone-user"].kind, CardKind::Iphone);
    assert!(reg.cards["card-iphone-user"].pin.is_none());
    assert_eq!(reg.cards["card-android-user"].kind, CardKind::Android);
    assert_eq!(
        reg.cards["card-android-user"].my_number,
        reg.cards["card-android-user-plastic"].my_number
    );
    assert_eq!(
        reg.cards["card-pin-changed-today"].pin_changed_on,
        Some(today())
    );
    assert_eq!(reg.cards["card-card-issued-today"].issued, today());
    assert_eq!(reg.persons["moved-in-today"].moved_in, Some(today()));

    // Certificates print real-looking content for the main personas.
    let years: Vec<i32> = reg.persons["tsukuba-hanako"]
        .tax_records
        .iter()
        .map(|t| t.year)
        .collect();
    assert_eq!(years, [2025, 2026]);
    assert!(
        reg.persons["household-spouse"]
            .tax_records
            .iter()
            .all(|t| t.municipal_tax + t.prefectural_tax == 0),
        "the spouse's certificate is a non-taxation one"
    );
    let profiles: BTreeSet<String> = toml_files(&assets().join("municipalities"))
        .iter()
        .map(|p| stem(p))
        .collect();
    for p in reg.persons.values() {
        if p.domicile.as_ref().is_some_and(|d| profiles.contains(d)) {
            assert!(
                p.domicile_address.is_some(),
                "{}: no domicile_address",
                p.id
            );
        }
    }
}

#[test]
fn my_numbers_are_valid_and_distinct_across_holders() {
    let reg = deck();
    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    for c in reg.cards.values() {
        let n = c.my_number.as_str();
        assert!(MyNumber::parse(n).is_ok(), "{}: bad check digit", c.id);
        if let Some(prev) = owner.insert(n, c.holder.as_str()) {
            assert_eq!(
                prev, c.holder,
                "{}: My Number shared by two different holders",
                c.id
            );
        }
    }
    // One number per holder, too: a holder's phone and card share theirs.
    let mut per_holder: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for c in reg.cards.values() {
        per_holder
            .entry(c.holder.as_str())
            .or_default()
            .insert(c.my_number.as_str());
    }
    for (h, nums) in per_holder {
        assert_eq!(nums.len(), 1, "{h} has several My Numbers");
    }
}

#[test]
fn expiry_cases_are_expired_and_the_rest_are_valid() {
    let reg = deck();
    for c in reg.cards.values() {
        let p = &reg.persons[&c.holder];
        let card_until = card_valid_until(p.born, c.applied, c.issued, p.stay_until);
        let cert_until = certificate_valid_until(p.born, c.cert_issued);
        let id = c.id.as_str();
        if CARD_EXPIRED.contains(&id) {
            assert!(today() > card_until, "{id}: card valid until {card_until}");
        } else if CERT_EXPIRED.contains(&id) {
            assert!(
                card_until >= margin(),
                "{id}: card valid only until {card_until}"
            );
            assert!(
                today() > cert_until,
                "{id}: certificate valid until {cert_until}"
            );
        } else {
            assert!(
                card_until >= margin(),
                "{id}: card valid only until {card_until}"
            );
            assert!(
                cert_until >= margin(),
                "{id}: certificate valid only until {cert_until}"
            );
        }
    }
    // The stay caps the foreign resident's card, not the 10th birthday.
    let f = &reg.cards["card-foreign-resident"];
    let fp = &reg.persons["foreign-resident"];
    assert_eq!(
        card_valid_until(fp.born, f.applied, f.issued, fp.stay_until),
        date(2027, 9, 30)
    );
}

#[test]
fn municipality_profiles_load() {
    let ms = municipalities();
    assert!(ms.len() >= 4, "only {} municipalities", ms.len());
    let t = ms.get("tsukuba").expect("tsukuba.toml");
    use CertificateKind::*;
    for k in [
        ResidentCertificate,
        SealCertificate,
        TaxCertificate,
        FamilyRegisterAppendix,
    ] {
        assert_eq!(t.fee(k), Some(150), "tsukuba {}", k.code());
    }
    assert_eq!(t.fee(FamilyRegister), Some(350));
    assert!(!t.offers[&ResidentCertificate].my_number_option);
    assert_eq!(t.offers[&TaxCertificate].years_offered, 1);
    assert_eq!(t.offers[&TaxCertificate].switch_month, 6);
    assert!(t.offers.values().all(|o| o.window.is_none()));
    assert_eq!(t.max_copies, 10);
    assert_eq!(t.registration_business_days, 3);
    assert!(t.calendar.year_end_stop);
    assert_eq!(t.calendar.hours.open.format("%H:%M").to_string(), "06:30");
    assert_eq!(t.calendar.hours.close.format("%H:%M").to_string(), "23:00");
    assert_eq!(t.calendar.maintenance.len(), 1);
    let hall = t.office_for(kofu::domain::office::Task::Card);
    assert_eq!(hall.id, "tsukuba-city-hall");
    assert_eq!(hall.phone, "029-883-1111");
    assert_eq!(
        hall.hours.len(),
        2,
        "Mon–Sat, and the 2nd and 4th Thursday until 19:30"
    );
    assert_eq!(hall.hours[1].weeks, [2, 4]);
    assert_eq!(hall.hours[1].close.format("%H:%M").to_string(), "19:30");
    assert_eq!(
        t.office_for(kofu::domain::office::Task::Tax).id,
        "tsukuba-tax-division"
    );
    assert_eq!(t.tax_years_offered(today()), [2026]);

    // Every household lives in a municipality that has a profile.
    let reg = deck();
    for h in reg.households.values() {
        assert!(
            ms.contains_key(&h.municipality),
            "{}: no profile for `{}`",
            h.id,
            h.municipality
        );
    }
}

#[test]
fn vendor_profiles_load() {
    let ids: BTreeSet<String> = toml_files(&assets().join("vendors"))
        .iter()
        .map(|p| {
            let v = kofu::kiosk::load_vendor_file(p).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                v.id,
                stem(p),
                "{}: id must match the file name",
                p.display()
            );
            v.id
        })
        .collect();
    assert!(ids.contains("fujifilm") && ids.contains("sharp"), "{ids:?}");
}

/// The card and person checks, in the order the session runs them, on the residence path.
fn outcome(
    reg: &Registry,
    m: &Municipality,
    card: &str,
    route: Route,
    on: NaiveDate,
) -> Option<Reason> {
    let c = &reg.cards[card];
    let p = &reg.persons[&c.holder];
    if let Err(r) = eligibility::check_card(c, p, m, on) {
        return Some(r.reason);
    }
    eligibility::check_person(p, m, route, on, None)
        .err()
        .map(|r| r.reason)
}

#[test]
fn personas_are_refused_for_the_reason_they_teach() {
    let reg = deck();
    let ms = municipalities();
    let t = &ms["tsukuba"];
    let expected: &[(&str, Option<Reason>)] = &[
        ("card-tsukuba-hanako", None),
        ("card-household-householder", None),
        ("card-household-spouse", None),
        ("card-household-child-teen", None),
        ("card-seal-not-registered", None),
        ("card-no-tax-record", None),
        ("card-family-register-head", None),
        ("card-domicile-registered", Some(Reason::NotResident)),
        ("card-domicile-not-registered", Some(Reason::NotResident)),
        ("card-foreign-resident", None),
        ("card-permanent-resident", None),
        ("card-stay-expired", Some(Reason::CardExpired)),
        ("card-moved-out", Some(Reason::MovedOut)),
        ("card-support-measures", Some(Reason::SupportMeasures)),
        ("card-bereaved-spouse", None),
        ("card-deceased-holder", Some(Reason::Deceased)),
        ("card-under-15-card", Some(Reason::UnderAge)),
        ("card-moved-in-today", Some(Reason::MovedInToday)),
        ("card-gaiji-pending", Some(Reason::GaijiPending)),
        ("card-card-expired", Some(Reason::CardExpired)),
        ("card-applied-at-19-before-2022", Some(Reason::CardExpired)),
        ("card-cert-expired", Some(Reason::CertificateExpired)),
        ("card-cert-revoked", Some(Reason::CertificateRevoked)),
        ("card-card-suspended", Some(Reason::CardSuspended)),
        // The PIN counter is the session's business: these pass the online checks.
        ("card-pin-locked", None),
        ("card-pin-two-failures", None),
        ("card-iphone-user", None),
        ("card-android-user", None),
        ("card-android-user-plastic", None),
        ("card-card-issued-today", Some(Reason::CardNotYetUsable)),
        ("card-pin-changed-today", Some(Reason::CardNotYetUsable)),
        ("card-toshima-resident", Some(Reason::NotResident)),
        ("card-tokushima-resident", Some(Reason::NotResident)),
        ("card-kashihara-resident", Some(Reason::NotResident)),
        ("card-harima-resident", Some(Reason::NotResident)),
        ("card-large-household", None),
        ("card-many-moves", None),
        ("card-big-register-head", None),
        // Issue 23 item 5: the signature certificate never stops the kiosk; a card brought
        // from another city lapses 90 days after the move-in notice without continuation.
        ("card-signature-revoked", None),
        ("card-continuation-lapsed", Some(Reason::ContinuationLapsed)),
        ("card-continuation-done", None),
    ];
    let listed: BTreeSet<&str> = expected.iter().map(|(c, _)| *c).collect();
    let all: BTreeSet<&str> = reg.cards.keys().map(String::as_str).collect();
    assert_eq!(listed, all, "every card has an expected outcome");
    for (card, want) in expected {
        let got = outcome(&reg, t, card, Route::Residence, today());
        assert_eq!(got, *want, "{card} in tsukuba on {}", today());
    }

    // The next day, the moved-in, new-card and new-PIN cases work.
    let tomorrow = date(2026, 11, 26);
    for card in [
        "card-moved-in-today",
        "card-card-issued-today",
        "card-pin-changed-today",
    ] {
        assert_eq!(
            outcome(&reg, t, card, Route::Residence, tomorrow),
            None,
            "{card}"
        );
    }

    // Domicile path in Tsukuba.
    let dom = |card: &str| outcome(&reg, t, card, Route::Domicile, today());
    assert_eq!(dom("card-domicile-registered"), None);
    assert_eq!(
        dom("card-domicile-not-registered"),
        Some(Reason::DomicileNotRegistered)
    );
    assert_eq!(
        dom("card-foreign-resident"),
        Some(Reason::NotJapaneseNational)
    );
    assert_eq!(
        dom("card-seal-not-registered"),
        Some(Reason::NoFamilyRegister)
    );

    // Residents of the other municipalities, at home.
    for (m, card) in [
        ("toshima", "card-toshima-resident"),
        ("toshima", "card-domicile-registered"),
        ("tokushima", "card-tokushima-resident"),
        ("kashihara", "card-kashihara-resident"),
        ("harima", "card-harima-resident"),
    ] {
        assert_eq!(
            outcome(&reg, &ms[m], card, Route::Residence, today()),
            None,
            "{card} in {m}"
        );
    }
}

#[test]
fn certificate_specific_refusals() {
    let reg = deck();
    let ms = municipalities();
    tsukuba_certificates(&Rules(&reg, &ms["tsukuba"]));
    other_municipalities_certificates(&reg, &ms);
}

/// The certificate rules of one municipality over the persona deck.
struct Rules<'a>(&'a Registry, &'a Municipality);

impl Rules<'_> {
    /// Why `person` is refused `kind` (with `year`, on `route`, `when`), `None` if not.
    fn cert(
        &self,
        person: &str,
        kind: CertificateKind,
        year: Option<i32>,
        route: Route,
        when: DateTime<Tz>,
    ) -> Option<Reason> {
        eligibility::check_certificate(kind, year, &self.0.persons[person], self.1, route, when)
            .err()
            .map(|r| r.reason)
    }
}

/// Tsukuba: every certificate for its resident; seal, tax and family register refused to
/// those without one.
fn tsukuba_certificates(t: &Rules) {
    use CertificateKind::*;
    let (res, wed) = (Route::Residence, at(2026, 11, 25, 10, 0));
    assert_eq!(
        t.cert("tsukuba-hanako", SealCertificate, None, res, wed),
        None
    );
    assert_eq!(
        t.cert("tsukuba-hanako", TaxCertificate, Some(2026), res, wed),
        None
    );
    assert_eq!(
        t.cert("tsukuba-hanako", FamilyRegister, None, res, wed),
        None
    );
    assert_eq!(
        t.cert("seal-not-registered", SealCertificate, None, res, wed),
        Some(Reason::NoSealRegistration)
    );
    assert_eq!(
        t.cert("no-tax-record", TaxCertificate, Some(2026), res, wed),
        Some(Reason::NoTaxRecord)
    );
    assert_eq!(
        t.cert("household-child-teen", TaxCertificate, Some(2026), res, wed),
        Some(Reason::NoTaxRecord)
    );
    assert_eq!(
        t.cert("foreign-resident", FamilyRegister, None, res, wed),
        Some(Reason::NotJapaneseNational)
    );
    assert_eq!(
        t.cert(
            "domicile-registered",
            FamilyRegister,
            None,
            Route::Domicile,
            wed
        ),
        None
    );
}

/// Tokushima, Harima and Toshima: what each offers differently (hours, years, options).
fn other_municipalities_certificates(reg: &Registry, ms: &BTreeMap<String, Municipality>) {
    use CertificateKind::*;
    let (res, wed) = (Route::Residence, at(2026, 11, 25, 10, 0));
    // Tokushima: family register on weekdays 9:00–17:00 only; no tax certificate.
    let tk = Rules(reg, &ms["tokushima"]);
    let sat = at(2026, 11, 28, 10, 0);
    let evening = at(2026, 11, 25, 18, 0);
    assert_eq!(
        tk.cert("tokushima-resident", FamilyRegister, None, res, wed),
        None
    );
    assert_eq!(
        tk.cert("tokushima-resident", FamilyRegister, None, res, sat),
        Some(Reason::FamilyRegisterHours)
    );
    assert_eq!(
        tk.cert(
            "tokushima-resident",
            FamilyRegisterAppendix,
            None,
            res,
            evening
        ),
        Some(Reason::FamilyRegisterHours)
    );
    assert_eq!(
        tk.cert("tokushima-resident", ResidentCertificate, None, res, sat),
        None
    );
    assert_eq!(
        tk.cert("tokushima-resident", TaxCertificate, Some(2026), res, wed),
        Some(Reason::NotOffered)
    );

    // Harima: the register on weekdays 8:30–17:15, its appendix at any service hour.
    let h = Rules(reg, &ms["harima"]);
    assert_eq!(
        h.cert("harima-resident", FamilyRegister, None, res, sat),
        Some(Reason::FamilyRegisterHours)
    );
    assert_eq!(
        h.cert("harima-resident", FamilyRegisterAppendix, None, res, sat),
        None
    );

    // Toshima: no family register at the kiosk; two tax years; My Number option.
    let ts = &ms["toshima"];
    let t = Rules(reg, ts);
    assert_eq!(
        t.cert("toshima-resident", FamilyRegister, None, res, wed),
        Some(Reason::NotOffered)
    );
    assert_eq!(ts.tax_years_offered(today()), [2026, 2025]);
    assert!(ts.offers[&ResidentCertificate].my_number_option);
    assert_eq!(
        t.cert("toshima-resident", TaxCertificate, Some(2025), res, wed),
        None
    );
}
