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

// ---- 9.3 payable baskets, 9.4 smartphones, 9.7 foreign-resident lines, 9.8 appended
// information, 9.9 本籍 as an address --------------------------------------------------------

use kofu::certificate::model::{DocumentModel, build};
use kofu::domain::calendar::parse_instant;
use kofu::domain::municipality::CertificateKind;
use kofu::domain::record::IssueNumber;
use kofu::domain::registry::CardKind;
use kofu::domain::session::{
    CertOptions, Event, Invalid, Kiosk, PrintRequest, Selection, Session, SessionError,
};
use kofu::domain::vendor::Vendor;
use kofu::kiosk::{load_municipality, load_personas, load_vendor};

fn kiosk(vendor: Vendor) -> Kiosk {
    Kiosk {
        registry: load_personas().expect("deck"),
        municipality: load_municipality("tsukuba").expect("profile"),
        vendor,
        kiosk_id: "k".into(),
    }
}

#[test]
fn the_vendor_profiles_say_which_phones_the_reader_takes_and_from_when() {
    let sharp = load_vendor("sharp").expect("sharp");
    let fuji = load_vendor("fujifilm").expect("fujifilm");
    let from = |v: &Vendor, k, pref| v.phone_supported_from(k, pref);
    assert_eq!(
        from(&sharp, CardKind::Android, "茨城県"),
        Some(day(2024, 1, 22))
    );
    assert_eq!(
        from(&sharp, CardKind::Android, "東京都"),
        Some(day(2023, 12, 20))
    );
    assert_eq!(
        from(&sharp, CardKind::Iphone, "茨城県"),
        Some(day(2025, 6, 24))
    );
    assert_eq!(
        from(&fuji, CardKind::Iphone, "東京都"),
        Some(day(2025, 6, 24))
    );
    assert_eq!(from(&fuji, CardKind::Android, "茨城県"), None);
    assert!(from(&fuji, CardKind::Card, "茨城県").is_some());
}

#[test]
fn an_android_phone_the_day_before_the_sharp_reader_takes_it_is_refused() {
    for (at, refused) in [
        ("2024-01-21T10:00:00+09:00", true),
        ("2024-01-22T10:00:00+09:00", false),
    ] {
        let mut k = kiosk(load_vendor("sharp").expect("sharp"));
        // The bundled Android card was issued in February 2024: move it back for the test.
        let card = k.registry.cards.get_mut("card-android-user").expect("card");
        (card.applied, card.issued, card.cert_issued) =
            (day(2023, 6, 1), day(2023, 6, 1), day(2023, 6, 1));
        let mut s = Session::new(
            std::sync::Arc::new(k),
            Box::new(kofu::store::MemoryStore::default()),
            Box::new(kofu::domain::session::NullPrinter),
            parse_instant(at).expect("at"),
            "s",
        );
        for e in [Event::Services, Event::CertIssue, Event::Consent] {
            s.handle(e).expect("step");
        }
        s.handle(Event::PlaceCard("card-android-user".into()))
            .expect("card");
        let reason = s.refusal().map(|r| r.reason);
        assert_eq!(
            reason,
            refused.then_some(Reason::SmartphoneNotSupported),
            "{at}"
        );
        if refused {
            let f = &s.refusal().expect("refusal").facts;
            assert_eq!(f.supported_from, Some(day(2024, 1, 22)));
            assert_eq!(f.device, Some(CardKind::Android));
        }
    }
}

#[test]
fn a_ceiling_on_one_transaction_is_checked_while_the_basket_is_built() {
    let mut vendor = load_vendor("fujifilm").expect("vendor");
    vendor.max_total_yen = Some(1000);
    let mut s = Session::new(
        std::sync::Arc::new(kiosk(vendor)),
        Box::new(kofu::store::MemoryStore::default()),
        Box::new(kofu::domain::session::NullPrinter),
        parse_instant("2026-11-25T10:00:00+09:00").expect("at"),
        "s",
    );
    for e in [
        Event::Services,
        Event::CertIssue,
        Event::PlaceCard("card-household-householder".into()),
        Event::Residence,
        Event::Pin("1234".into()),
        Event::RemoveCard,
        Event::Certificate(CertificateKind::FamilyRegister),
        Event::Options(CertOptions::default()),
    ] {
        s.handle(e).expect("step");
    }
    // ¥350 a copy under a ¥1,000 ceiling: 2 copies fit, 3 do not.
    assert_eq!(s.max_copies_now(), 2);
    let e = s.handle(Event::Copies(3)).expect_err("over the ceiling");
    assert!(
        matches!(
            e,
            SessionError::Invalid(Invalid::OverCeiling {
                max_yen: 1000,
                copies: 2
            })
        ),
        "{e}"
    );
    s.handle(Event::Copies(2)).expect("two fit");
    s.handle(Event::Confirm).expect("confirm");
    for _ in 0..2 {
        s.handle(Event::Insert(500)).expect("coin");
    }
    while s.screen() == kofu::domain::session::Screen::Printing {
        s.handle(Event::PrinterStep).expect("print");
    }
    assert_eq!(s.issued().first().map(|d| d.printed), Some(2));
    assert_eq!(s.change_yen(), 300);
}

fn model(holder: &str, kind: CertificateKind, options: CertOptions) -> DocumentModel {
    let k = kiosk(load_vendor("fujifilm").expect("vendor"));
    let req = PrintRequest {
        issue_number: IssueNumber(1),
        selection: Selection {
            kind,
            options,
            copies: 1,
            fee_yen: 150,
        },
        copy: 1,
        card: "c".into(),
        holder: holder.into(),
        issued_at: parse_instant("2026-11-25T10:00:00+09:00").expect("at"),
        municipality: "tsukuba".into(),
    };
    build(&req, &k).expect("model")
}

fn labels(m: &DocumentModel) -> Vec<String> {
    m.blocks
        .iter()
        .flat_map(|b| b.lines.iter().map(|l| format!("{}={}", l.label, l.value)))
        .collect()
}

#[test]
fn foreign_resident_lines_are_printed_only_when_chosen_and_never_on_seal_or_tax() {
    let plain = labels(&model(
        "foreign-resident",
        CertificateKind::ResidentCertificate,
        CertOptions::default(),
    ));
    for l in ["国籍・地域", "在留資格", "在留期間", "在留カード等の番号"] {
        assert!(!plain.iter().any(|x| x.starts_with(l)), "{l}: {plain:?}");
    }
    let chosen = labels(&model(
        "foreign-resident",
        CertificateKind::ResidentCertificate,
        CertOptions {
            nationality: true,
            residence_status: true,
            residence_card: true,
            ..CertOptions::default()
        },
    ));
    for l in [
        "国籍・地域=ベトナム",
        "在留資格=技術・人文知識・国際業務",
        "在留期間=5年",
        "在留期間の満了の日=令和9年9月30日（2027年9月30日）",
        "在留カード等の番号=AB90817263CD",
    ] {
        assert!(chosen.iter().any(|x| x == l), "{l}: {chosen:?}");
    }
    for kind in [
        CertificateKind::SealCertificate,
        CertificateKind::TaxCertificate,
    ] {
        let all = CertOptions {
            nationality: true,
            residence_status: true,
            residence_card: true,
            year: Some(2026),
            ..CertOptions::default()
        };
        let lines = labels(&model("foreign-resident", kind, all));
        assert!(
            !lines
                .iter()
                .any(|x| x.starts_with("国籍") || x.starts_with("在留")),
            "{kind:?}: {lines:?}"
        );
    }
}

#[test]
fn the_appended_information_shows_birth_and_sex_and_the_domicile_only_when_asked() {
    let kind = CertificateKind::FamilyRegisterAppendix;
    let plain = labels(&model("tsukuba-hanako", kind, CertOptions::default()));
    assert!(
        plain.iter().any(|x| x.starts_with("生年月日=")),
        "{plain:?}"
    );
    assert!(plain.iter().any(|x| x.starts_with("性別=")), "{plain:?}");
    assert!(
        !plain
            .iter()
            .any(|x| x.starts_with("本籍") || x.starts_with("筆頭者")),
        "{plain:?}"
    );
    let asked = labels(&model(
        "tsukuba-hanako",
        kind,
        CertOptions {
            domicile: true,
            ..CertOptions::default()
        },
    ));
    assert!(
        asked
            .iter()
            .any(|x| x == "本籍=茨城県つくば市研究学園一丁目1番地"),
        "{asked:?}"
    );
    assert!(asked.iter().any(|x| x.starts_with("筆頭者=")), "{asked:?}");
}

#[test]
fn the_domicile_line_of_a_resident_certificate_is_the_register_address_not_an_id() {
    let lines = labels(&model(
        "tsukuba-hanako",
        CertificateKind::ResidentCertificate,
        CertOptions {
            domicile: true,
            ..CertOptions::default()
        },
    ));
    assert!(
        lines
            .iter()
            .any(|x| x == "本籍=茨城県つくば市研究学園一丁目1番地"),
        "{lines:?}"
    );
    assert!(!lines.iter().any(|x| x == "本籍=tsukuba"), "{lines:?}");
}

#[test]
fn a_domicile_without_its_address_gets_the_default_and_an_empty_one_is_an_error() {
    // Issue 23 item 6: decks written before `domicile_address` load again, with its default.
    let reg = deck("1980-01-01", "JP", "domicile = \"tsukuba\"").expect("loads");
    let p = &reg.persons["p"];
    assert_eq!(
        p.domicile_address.as_deref(),
        Some("茨城県つくば市見本町1番地")
    );
    let reg = deck("1980-01-01", "JP", "domicile = \"toshima\"").expect("loads");
    let p = &reg.persons["p"];
    assert_eq!(p.domicile_address.as_deref(), Some("toshima（番地略）"));
    let e = deck(
        "1980-01-01",
        "JP",
        "domicile = \"tsukuba\"\ndomicile_address = \" \"",
    )
    .expect_err("rejected");
    assert!(e.starts_with("deck.toml:17:20:"), "{e}");
    assert!(e.contains("domicile_address"), "{e}");
    let e = deck("1980-01-01", "VN", "residence_card_number = \"12345\"").expect_err("bad");
    assert!(e.contains("residence card number"), "{e}");
}
