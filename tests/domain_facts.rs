//! The missing facts of the domain (issue 23 item 5), each as data with its rule: the
//! signature certificate's state (never a refusal), the continuation deadline after a move
//! (refused from day 91), a household member who filed a move-out, the tax-year switch day
//! and salary-withheld residents, the two new certificate kinds, and Bunkyo's profile.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use chrono::NaiveDate;

use kofu::domain::card::my_number_from_prefix;
use kofu::domain::card_facts::{SignatureCert, signature_status};
use kofu::domain::eligibility::{self, Path as Route};
use kofu::domain::municipality::{CertificateKind, Municipality};
use kofu::domain::next_step::NextStep;
use kofu::domain::reason::Reason;
use kofu::domain::registry::Registry;
use kofu::error::Source;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn tsukuba() -> Municipality {
    Municipality::parse(&Source::from_text("p.toml", common::PROFILE)).expect("profile")
}

fn bundled(id: &str) -> Municipality {
    kofu::kiosk::load_municipality(id).expect("bundled profile")
}

/// One Tsukuba holder (born 1980) with a card issued 2022-06-01; `person` and `card` are more
/// lines of each table.
fn deck(person: &str, card: &str) -> Result<Registry, String> {
    let number = my_number_from_prefix("90000000001").expect("number");
    let text = format!(
        "[[household]]\nid = \"h\"\nmunicipality = \"tsukuba\"\naddress = \"茨城県つくば市見本町1番地\"\n\n\
         [[person]]\nid = \"p\"\nname = \"見本 花子\"\nkana = \"ミホン ハナコ\"\nborn = \"1980-04-02\"\nsex = \"F\"\n\
         household = \"h\"\nrelationship = \"householder\"\nmoved_in = \"2020-01-01\"\n{person}\n\n\
         [[card]]\nid = \"c\"\nholder = \"p\"\nmy_number = \"{}\"\napplied = \"2022-05-01\"\n\
         issued = \"2022-06-01\"\ncert_issued = \"2022-06-01\"\npin = \"1234\"\n{card}\n",
        number.as_str()
    );
    Registry::parse(&Source::from_text("deck.toml", text)).map_err(|e| e.to_string())
}

fn card_check(reg: &Registry, today: NaiveDate) -> Result<(), kofu::domain::refusal::Refusal> {
    eligibility::check_card(&reg.cards["c"], &reg.persons["p"], &tsukuba(), today)
}

// --- 1. The signature certificate ------------------------------------------------------------

#[test]
fn an_expired_or_revoked_signature_certificate_never_stops_the_kiosk() {
    for state in ["expired", "revoked", "none"] {
        let reg = deck("", &format!("signature_cert = \"{state}\"")).unwrap();
        let s = signature_status(&reg.cards["c"], &reg.persons["p"], day(2026, 11, 25));
        assert_eq!(s.state.code(), state);
        assert_eq!(card_check(&reg, day(2026, 11, 25)), Ok(()), "{state}");
    }
}

#[test]
fn a_change_of_address_or_name_revokes_the_signature_certificate_only() {
    // Moved within the city after the certificate was issued (address history).
    let moved = deck(
        "address_history = [{ from = \"2024-03-01\", address = \"茨城県つくば市旧町1番地\" }]",
        "",
    )
    .unwrap();
    let s = signature_status(&moved.cards["c"], &moved.persons["p"], day(2026, 11, 25));
    assert_eq!(s.state, SignatureCert::Revoked);
    assert_eq!(s.since, Some(day(2024, 3, 1)));
    assert_eq!(card_check(&moved, day(2026, 11, 25)), Ok(()));
    // A change of name (marriage) does the same.
    let married = deck("name_changed_on = \"2025-10-10\"", "").unwrap();
    let s = signature_status(
        &married.cards["c"],
        &married.persons["p"],
        day(2026, 11, 25),
    );
    assert_eq!(
        (s.state, s.since),
        (SignatureCert::Revoked, Some(day(2025, 10, 10)))
    );
    // Before the change it was valid.
    let s = signature_status(&married.cards["c"], &married.persons["p"], day(2025, 10, 9));
    assert_eq!(s.state, SignatureCert::Valid);
    // Past the 5th birthday after issue (born 2 April: 2027-04-02 is the 5th), expired.
    let plain = deck("", "").unwrap();
    let s = signature_status(&plain.cards["c"], &plain.persons["p"], day(2027, 4, 3));
    assert_eq!(s.state, SignatureCert::Expired);
}

#[test]
fn the_persona_case_names_the_signature_certificate_when_it_is_not_valid() {
    let deck = kofu::kiosk::load_personas().unwrap();
    let m = kofu::kiosk::load_municipality("tsukuba").unwrap();
    let at = kofu::domain::calendar::parse_instant("2026-11-25T10:00:00+09:00").unwrap();
    let tr = kofu::i18n::I18n::in_lang("en");
    let c = kofu::training::cases::case(&tr, &deck, &m, "card-signature-revoked", at).unwrap();
    assert_eq!(c.refusal, None, "{c:?}");
    assert!(
        c.situation.contains("signature certificate: revoked"),
        "{c:?}"
    );
}

// --- 2. The continuation deadline after a move -----------------------------------------------

#[test]
fn a_card_brought_from_another_municipality_lapses_on_day_91() {
    // Notice 2026-08-27: day 90 is 2026-11-25.
    let reg = deck("", "move_in_notice = \"2026-08-27\"").unwrap();
    assert_eq!(card_check(&reg, day(2026, 11, 25)), Ok(()));
    let r = card_check(&reg, day(2026, 11, 26)).unwrap_err();
    assert_eq!(r.reason, Reason::ContinuationLapsed);
    assert_eq!(r.facts.valid_until, Some(day(2026, 11, 25)));
    assert_eq!(r.facts.move_in_notice, Some(day(2026, 8, 27)));
    assert_eq!(r.facts.within_days, Some(90));
    assert_eq!(
        NextStep::for_reason(r.reason),
        NextStep::RenewCardAtCityHall
    );
    assert!(r.facts.office.is_some(), "{r:?}");
    // With the procedure done in time, the card goes on.
    let done = deck(
        "",
        "move_in_notice = \"2026-08-27\"\ncontinued_on = \"2026-09-01\"",
    )
    .unwrap();
    assert_eq!(card_check(&done, day(2027, 3, 1)), Ok(()));
}

#[test]
fn a_continuation_out_of_its_window_is_an_error_with_its_line() {
    let e = deck(
        "",
        "move_in_notice = \"2026-01-10\"\ncontinued_on = \"2026-04-11\"",
    )
    .unwrap_err();
    assert!(e.starts_with("deck.toml:26:16:"), "{e}");
    assert!(e.contains("within 90 days"), "{e}");
    let e = deck("", "continued_on = \"2026-04-11\"").unwrap_err();
    assert!(e.contains("needs move_in_notice"), "{e}");
}

#[test]
fn the_lapse_is_said_in_every_language() {
    let reg = deck("", "move_in_notice = \"2026-08-27\"").unwrap();
    let r = card_check(&reg, day(2026, 11, 26)).unwrap_err();
    for lang in [
        "ja", "en", "zh-Hans", "ko", "pt", "es", "vi", "tl", "id", "th", "ne",
    ] {
        let t = kofu::i18n::refusal::text(&kofu::i18n::I18n::in_lang(lang), &r, &tsukuba());
        assert!(
            !t.title.is_empty() && !t.title.contains("reason-"),
            "{lang}: {t:?}"
        );
        // Nepali writes its own digits.
        assert!(
            t.rule.contains("90") || t.rule.contains("९०"),
            "{lang}: {t:?}"
        );
    }
}

// --- 3. A household member who filed a move-out ----------------------------------------------

#[test]
fn a_member_who_filed_a_move_out_is_left_off_and_their_own_card_refused() {
    let number = my_number_from_prefix("90000000002").unwrap();
    let extra = format!(
        "\n[[person]]\nid = \"son\"\nname = \"見本 一郎\"\nkana = \"ミホン イチロウ\"\nborn = \"2000-01-01\"\n\
         sex = \"M\"\nhousehold = \"h\"\nrelationship = \"child\"\nmoved_in = \"2020-01-01\"\nflags = [\"moved_out\"]\n\n\
         [[card]]\nid = \"c2\"\nholder = \"son\"\nmy_number = \"{}\"\napplied = \"2022-05-01\"\n\
         issued = \"2022-06-01\"\ncert_issued = \"2022-06-01\"\npin = \"1234\"\n",
        number.as_str()
    );
    let reg = deck("", &extra).unwrap();
    let m = tsukuba();
    let offered = kofu::domain::options::offered(
        CertificateKind::ResidentCertificate,
        &reg.persons["p"],
        &m,
        &reg,
        day(2026, 11, 25),
    );
    assert_eq!(offered.members, ["p"]);
    let son = &reg.persons["son"];
    let r = eligibility::check_person(son, &m, Route::Residence, day(2026, 11, 25), None);
    assert_eq!(r.unwrap_err().reason, Reason::MovedOut);
}

// --- 4. The switch day and salary-withheld residents -----------------------------------------

#[test]
fn toshima_issues_the_new_year_from_its_announced_day() {
    let t = bundled("toshima");
    let years = |d| t.tax_years_offered(d)[0];
    assert_eq!(years(day(2024, 6, 10)), 2023);
    assert_eq!(years(day(2024, 6, 11)), 2024);
    assert_eq!(years(day(2021, 6, 9)), 2020);
    assert_eq!(years(day(2021, 6, 10)), 2021);
    // Salary-withheld residents from 14 May 2024.
    let kind = CertificateKind::TaxCertificate;
    assert_eq!(t.years_offered_to(kind, day(2024, 5, 13), true)[0], 2023);
    assert_eq!(t.years_offered_to(kind, day(2024, 5, 14), true)[0], 2024);
    assert_eq!(t.years_offered_to(kind, day(2024, 5, 14), false)[0], 2023);
}

#[test]
fn a_profile_without_a_switch_day_keeps_the_first_of_the_month() {
    let m = tsukuba();
    assert_eq!(m.tax_years_offered(day(2026, 5, 31))[0], 2025);
    assert_eq!(m.tax_years_offered(day(2026, 6, 1))[0], 2026);
    // No salary day in the profile: a salary-withheld resident switches with everyone.
    let kind = CertificateKind::TaxCertificate;
    assert_eq!(m.years_offered_to(kind, day(2026, 5, 31), true)[0], 2025);
}

#[test]
fn a_bad_switch_day_is_an_error_with_its_line() {
    let tax = "[certificates.tax_certificate]\nfee = 150\n";
    let bad = common::PROFILE.replace(tax, &format!("{tax}switch_month = 2\nswitch_day = 30\n"));
    assert_ne!(
        bad,
        common::PROFILE,
        "the test profile has a tax certificate"
    );
    let e = Municipality::parse(&Source::from_text("p.toml", bad)).unwrap_err();
    assert!(e.to_string().contains("month 2 has no day 30"), "{e}");
    assert!(e.to_string().starts_with("p.toml:"), "{e}");
}

#[test]
fn the_salary_withheld_resident_is_offered_the_new_year_in_may() {
    let reg = deck("salary_withheld = true\ntax_years = [2024]", "").unwrap();
    let mut t = bundled("toshima");
    t.id = "tsukuba".into();
    let at = |d: &str| kofu::domain::calendar::parse_instant(d).unwrap();
    let p = &reg.persons["p"];
    let kind = CertificateKind::TaxCertificate;
    let on = |d| eligibility::check_certificate(kind, None, p, &t, Route::Residence, at(d));
    assert_eq!(on("2024-05-14T10:00:00+09:00"), Ok(()));
    let r = on("2024-05-13T10:00:00+09:00").unwrap_err();
    assert_eq!(
        (r.reason, r.facts.fiscal_year),
        (Reason::NoTaxRecord, Some(2023))
    );
}

// --- 5. The two certificate kinds ------------------------------------------------------------

#[test]
fn the_payment_certificate_is_refused_with_tax_overdue_or_none_to_pay() {
    let mut t = bundled("toshima");
    t.id = "tsukuba".into();
    let at = kofu::domain::calendar::parse_instant("2026-11-25T10:00:00+09:00").unwrap();
    let kind = CertificateKind::TaxPaymentCertificate;
    let check = |rec: &str| {
        let reg = deck(&format!("tax_records = [{{ year = 2026, {rec} }}]"), "").unwrap();
        eligibility::check_certificate(
            kind,
            Some(2026),
            &reg.persons["p"],
            &t,
            Route::Residence,
            at,
        )
        .map_err(|r| (r.reason, NextStep::for_reason(r.reason)))
    };
    assert_eq!(check("municipal_tax = 100, prefectural_tax = 50"), Ok(()));
    assert_eq!(
        check("municipal_tax = 100, prefectural_tax = 50, arrears = true"),
        Err((Reason::TaxArrears, NextStep::TaxOffice))
    );
    assert_eq!(
        check("municipal_tax = 0, prefectural_tax = 0"),
        Err((Reason::NotTaxed, NextStep::ChooseAnotherCertificate))
    );
    // The taxation certificate of a non-taxed year is fine.
    let reg = deck("tax_records = [{ year = 2026 }]", "").unwrap();
    let p = &reg.persons["p"];
    let r = eligibility::check_certificate(
        CertificateKind::TaxCertificate,
        Some(2026),
        p,
        &t,
        Route::Residence,
        at,
    );
    assert_eq!(r, Ok(()));
}

#[test]
fn the_new_kinds_are_profile_data_with_their_fees() {
    assert_eq!(
        bundled("harima").fee(CertificateKind::ResidentRecordItems),
        Some(200)
    );
    assert_eq!(
        bundled("toshima").fee(CertificateKind::TaxPaymentCertificate),
        Some(300)
    );
    assert_eq!(
        bundled("tsukuba").fee(CertificateKind::ResidentRecordItems),
        None
    );
    assert_eq!(
        bundled("bunkyo").fee(CertificateKind::TaxPaymentCertificate),
        Some(300)
    );
}

// --- 6. Bunkyo -------------------------------------------------------------------------------

#[test]
fn bunkyo_offers_six_taxation_years_and_four_payment_years() {
    let b = bundled("bunkyo");
    let d = day(2022, 6, 12);
    assert_eq!(
        b.years_offered_to(CertificateKind::TaxCertificate, d, false),
        [2022, 2021, 2020, 2019, 2018, 2017]
    );
    assert_eq!(
        b.years_offered_to(CertificateKind::TaxPaymentCertificate, d, false),
        [2022, 2021, 2020, 2019]
    );
    assert_eq!(b.tax_years_offered(day(2022, 6, 11))[0], 2021);
    assert_eq!(b.local_tax.municipal, "特別区民税");
    // Its announced stops.
    let at = kofu::domain::calendar::parse_instant("2022-05-14T21:00:00+09:00").unwrap();
    assert_eq!(
        eligibility::check_service(&b, at).unwrap_err().reason,
        Reason::Maintenance
    );
    let at = kofu::domain::calendar::parse_instant("2022-05-14T19:59:00+09:00").unwrap();
    assert_eq!(eligibility::check_service(&b, at), Ok(()));
}
