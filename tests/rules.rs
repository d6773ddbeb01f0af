//! Rules a review against the sources found taught wrongly (each test fails without its fix):
//! the period of stay caps the card only for statuses that have one; ages follow the
//! age-counting law (29 February); domicile registration runs the issuance checks.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use chrono::NaiveDate;

use kofu::domain::card::my_number_from_prefix;
use kofu::domain::eligibility::{self, Path};
use kofu::domain::municipality::Municipality;
use kofu::domain::reason::Reason;
use kofu::domain::registry::Registry;
use kofu::error::Source;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn tsukuba() -> Municipality {
    Municipality::parse(&Source::from_text("p.toml", common::PROFILE)).expect("profile")
}

/// One holder with a card issued 2022-06-01; `extra` are more `[[person]]` lines.
fn deck(born: &str, nationality: &str, extra: &str) -> Result<Registry, String> {
    let number = my_number_from_prefix("90000000001").expect("number");
    let text = format!(
        "[[household]]\nid = \"h\"\nmunicipality = \"tsukuba\"\naddress = \"茨城県つくば市見本町1番地\"\n\n\
         [[person]]\nid = \"p\"\nname = \"見本 花子\"\nkana = \"ミホン ハナコ\"\nborn = \"{born}\"\nsex = \"F\"\n\
         nationality = \"{nationality}\"\nhousehold = \"h\"\nrelationship = \"householder\"\n\
         moved_in = \"2020-01-01\"\n{extra}\n\n\
         [[card]]\nid = \"c\"\nholder = \"p\"\nmy_number = \"{}\"\napplied = \"2022-05-01\"\n\
         issued = \"2022-06-01\"\ncert_issued = \"2022-06-01\"\npin = \"1234\"\n",
        number.as_str()
    );
    Registry::parse(&Source::from_text("deck.toml", text)).map_err(|e| e.to_string())
}

fn card_check(reg: &Registry, today: NaiveDate) -> Result<(), Reason> {
    let card = &reg.cards["c"];
    let holder = &reg.persons["p"];
    eligibility::check_card(card, holder, &tsukuba(), today).map_err(|r| r.reason)
}

#[test]
fn a_permanent_resident_whose_card_date_passed_is_still_served() {
    for status in ["永住者", "特別永住者", "高度専門職2号"] {
        let reg = deck(
            "1978-12-05",
            "BR",
            &format!("status_of_residence = \"{status}\"\nstay_until = \"2026-10-31\""),
        )
        .expect("deck");
        assert_eq!(card_check(&reg, day(2026, 11, 25)), Ok(()), "{status}");
    }
}

#[test]
fn a_period_of_stay_that_ended_ends_the_card() {
    let reg = deck(
        "1990-03-01",
        "VN",
        "status_of_residence = \"特定技能\"\nstay_until = \"2026-10-31\"",
    )
    .expect("deck");
    assert_eq!(card_check(&reg, day(2026, 10, 31)), Ok(()));
    assert_eq!(card_check(&reg, day(2026, 11, 1)), Err(Reason::CardExpired));
}

#[test]
fn a_japanese_national_with_a_period_of_stay_is_an_error_in_the_deck() {
    let e = deck("1990-03-01", "JP", "stay_until = \"2027-03-31\"").expect_err("rejected");
    assert!(e.starts_with("deck.toml:"), "{e}");
    assert!(e.contains("no period of stay"), "{e}");
    let line_col = e.split(':').nth(1).zip(e.split(':').nth(2));
    assert_eq!(line_col.map(|(l, _)| l), Some("16"), "{e}");
}

#[test]
fn a_child_born_on_29_february_is_15_from_1_march_in_a_common_year() {
    let reg = deck("2012-02-29", "JP", "").expect("deck");
    let p = &reg.persons["p"];
    let m = tsukuba();
    let check =
        |d| eligibility::check_person(p, &m, Path::Residence, d, None).map_err(|r| r.reason);
    assert_eq!(check(day(2027, 2, 28)), Err(Reason::UnderAge));
    assert_eq!(check(day(2027, 3, 1)), Ok(()));
}

#[test]
fn a_13_year_old_cannot_register_the_domicile() {
    let reg = deck(
        "2013-04-02",
        "JP",
        "domicile = \"tsukuba\"\ndomicile_address = \"茨城県つくば市見本町1番地\"\nresident_of = \"toshima\"",
    )
    .expect("deck");
    let p = &reg.persons["p"];
    let r = eligibility::check_registration(p, &tsukuba(), day(2026, 11, 25), None)
        .map_err(|r| r.reason);
    assert_eq!(r, Err(Reason::UnderAge));
}
