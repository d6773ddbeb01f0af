//! The resident record items (住民票記載事項証明書) for household members (issue 23): Harima's
//! page allows them for 「本人又は同一世帯人」, so the certificate takes the resident
//! certificate's choice of persons (the holder, the household, chosen members; never a member
//! who moved out) and its householder-and-relationship line; no domicile, foreign-resident or
//! My Number line. Read back from the printed PDF.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use egui_kittest::kittest::Queryable;
use kofu::domain::card::my_number_from_prefix;
use kofu::domain::session::Screen;
use kofu::error::Source;
use kofu::scenario::run::{RunOptions, run};
use kofu::window::UiOptions;
mod common;

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

const ADDRESS: &str = "兵庫県加古郡播磨町見本町7番地";

/// A Harima household: the householder (card-head), his wife, a foreign resident (card-wife),
/// their son, and a daughter who has filed a move-out.
fn deck() -> String {
    let mut t = format!(
        "[[household]]\nid = \"h\"\nmunicipality = \"harima\"\naddress = \"{ADDRESS}\"\n\n"
    );
    let persons = [
        ("head", "見本 世帯", "M", "1980-03-14", "householder", ""),
        (
            "wife",
            "TRAN THI MAI",
            "F",
            "1986-07-02",
            "spouse",
            "nationality = \"VN\"\nstatus_of_residence = \"日本人の配偶者等\"\n\
             period_of_stay = \"5年\"\nstay_until = \"2029-03-31\"\n\
             residence_card_number = \"CD12345678EF\"\n",
        ),
        ("son", "見本 小太郎", "M", "2016-09-09", "child", ""),
        (
            "daughter",
            "見本 転出",
            "F",
            "2004-01-20",
            "child",
            "flags = [\"moved_out\"]\n",
        ),
    ];
    for (id, name, sex, born, rel, more) in persons {
        t.push_str(&format!(
            "[[person]]\nid = \"{id}\"\nname = \"{name}\"\nkana = \"ミホン\"\nsex = \"{sex}\"\n\
             born = \"{born}\"\nmoved_in = \"2020-04-01\"\nhousehold = \"h\"\n\
             relationship = \"{rel}\"\n{more}\n"
        ));
    }
    for (n, id) in [(1, "head"), (2, "wife")] {
        let number = my_number_from_prefix(&format!("9200000000{n}")).unwrap();
        t.push_str(&format!(
            "[[card]]\nid = \"card-{id}\"\nholder = \"{id}\"\nmy_number = \"{}\"\n\
             applied = \"2023-05-01\"\nissued = \"2023-06-01\"\ncert_issued = \"2023-06-01\"\n\
             pin = \"1234\"\n\n",
            number.as_str()
        ));
    }
    t
}

/// The record items for `card` with `options` (the inside of `options = { … }`, or none): the
/// first page's text, whitespace removed.
fn printed(card: &str, options: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let entry = if options.is_empty() {
        String::new()
    } else {
        format!(", options = {{ {options} }}")
    };
    let file = common::print_one(
        dir.path(),
        "harima",
        &deck(),
        card,
        "resident_record_items",
        &entry,
    );
    let doc = lopdf::Document::load(&file).unwrap();
    let t = doc.extract_text(&[1]).unwrap();
    t.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_household_is_printed_with_householder_and_relationship_without_who_moved_out() {
    let t = printed("card-head", "scope = \"household\", relationship = true");
    assert!(t.contains("住民票記載事項証明書"), "{t}");
    for name in ["見本世帯", "TRANTHIMAI", "見本小太郎"] {
        assert!(t.contains(&format!("氏名{name}")), "{name}: {t}");
    }
    assert!(!t.contains("見本転出"), "a member who moved out: {t}");
    assert!(t.contains("続柄世帯主"), "{t}");
    assert!(t.contains("世帯主見本世帯続柄妻"), "{t}");
    assert!(t.contains("世帯主見本世帯続柄子"), "{t}");
    // The foreign resident's date line; none of the resident certificate's other lines.
    assert!(t.contains("外国人住民となった年月"), "{t}");
    for absent in ["国籍", "在留", "本籍", "個人番号", "CD12345678EF"] {
        assert!(!t.contains(absent), "{absent}: {t}");
    }
    assert_eq!(t.matches(&format!("住所{ADDRESS}")).count(), 3, "{t}");
}

#[test]
fn chosen_members_only_and_the_holder_alone_by_default() {
    let t = printed(
        "card-wife",
        "scope = \"members\", members = [\"wife\", \"son\"]",
    );
    assert!(
        t.contains("氏名TRANTHIMAI") && t.contains("氏名見本小太郎"),
        "{t}"
    );
    assert!(
        !t.contains("氏名見本世帯"),
        "the householder was not chosen: {t}"
    );
    assert!(!t.contains("続柄"), "relationship not asked for: {t}");
    let t = printed("card-wife", "");
    assert_eq!(t.matches("氏名").count(), 1, "the holder alone: {t}");
    assert!(t.contains("氏名TRANTHIMAI"), "{t}");
}

#[test]
fn lines_the_record_items_do_not_have_and_a_moved_out_member_are_refused() {
    let base = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/scenarios/happy-record-items-household.toml"),
    )
    .unwrap();
    for (options, said) in [
        ("scope = \"household\", domicile = true", "domicile"),
        ("scope = \"household\", nationality = true", "foreign"),
        (
            "scope = \"members\", members = [\"record-household-daughter\"]",
            "record-household-daughter",
        ),
    ] {
        let text = base.replace(
            "options = { scope = \"household\", relationship = true }",
            &format!("options = {{ {options} }}"),
        );
        assert_ne!(text, base);
        let sc = kofu::scenario::parse(Source {
            path: "s.toml".into(),
            text,
        })
        .unwrap();
        let e = run(&sc, &RunOptions::default()).unwrap_err().to_string();
        assert!(e.to_lowercase().contains(said), "{options}: {e}");
    }
}

#[test]
fn a_recording_made_before_the_options_screen_still_replays() {
    // Recorded when the record items had no options screen: `explicit_taps`, the certificate
    // step without options, the copies straight after it.
    let base = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/scenarios/happy-record-items.toml"),
    )
    .unwrap();
    let text = base.replace("use_card = ", "explicit_taps = true\nuse_card = ");
    assert_ne!(text, base);
    let sc = kofu::scenario::parse(Source {
        path: "recorded.toml".into(),
        text,
    })
    .unwrap();
    let o = run(&sc, &RunOptions::default()).unwrap();
    assert!(o.expectations_met, "{:?}", o.mismatches);
    assert_eq!(o.status, "issued");
}

#[test]
fn the_window_offers_whose_items_and_the_relationship_line_only() {
    let deck = kofu::domain::registry::Registry::parse(&Source {
        path: "deck.toml".into(),
        text: deck(),
    })
    .unwrap();
    let o = UiOptions {
        municipality: "harima".into(),
        deck: Some(deck),
        ..support::opts("fujifilm")
    };
    let mut h = support::harness(support::app(o));
    h.run();
    support::to_certificate_list(&mut h, "card-head");
    support::click_containing(&mut h, "Certificate of resident record items");
    assert_eq!(support::screen(&h), Screen::Options);
    for offered in [
        "Yourself only",
        "Whole household",
        "Chosen members of the household",
    ] {
        h.get_by_label(offered);
    }
    support::click(&mut h, "Chosen members of the household");
    for member in ["見本 世帯", "TRAN THI MAI"] {
        h.get_by_label(member);
    }
    // The screen has two pages at this size: the son and the optional lines on the second.
    support::click(&mut h, "Next page");
    h.get_by_label("見本 小太郎");
    h.get_by_label("Show householder and relationship");
    for absent in [
        "見本 転出",
        "Show registered domicile and head of family",
        "Show nationality/region",
        "Show My Number (individual number)",
    ] {
        assert!(h.query_by_label(absent).is_none(), "{absent} offered");
    }
    support::click(&mut h, "見本 小太郎");
    support::click(&mut h, "Show householder and relationship");
    if std::env::var_os("KOFU_LOOK").is_some()
        && let Ok(img) = h.render()
    {
        img.save(std::env::temp_dir().join("record-items-options.png"))
            .unwrap();
    }
    support::click(&mut h, "Next");
    assert_eq!(support::screen(&h), Screen::Copies);
    let chosen = h
        .state()
        .session()
        .current()
        .map(|c| c.options.clone())
        .unwrap();
    assert!(chosen.relationship, "{chosen:?}");
    assert_eq!(
        chosen.scope,
        kofu::domain::session::Scope::Members(vec!["son".into()])
    );
}
