//! The two certificate kinds of issue 23 item 5 printed as specimens through the certificate
//! model, read back from the PDF: 住民票記載事項証明書 (Harima) and 納税証明書 (Toshima). Every
//! page must carry SPECIMEN / 見本. `KOFU_KEEP_PDF=1` keeps each PDF in the temp folder to look at.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use kofu::domain::card::my_number_from_prefix;
mod common;

/// Issues one certificate for `card` of `deck_text` at a bundled profile and returns the
/// first page's text, whitespace removed; every page is checked to carry the specimen mark.
fn printed(municipality: &str, deck_text: &str, card: &str, kind: &str, options: &str) -> String {
    let dir = tempfile::tempdir().expect("tmp");
    let file = &common::print_one(dir.path(), municipality, deck_text, card, kind, options);
    let doc = lopdf::Document::load(Path::new(file)).expect("lopdf reads it");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    for p in &pages {
        let t = doc.extract_text(&[*p]).expect("text");
        assert!(
            t.contains("SPECIMEN") && t.contains("見本"),
            "page {p}: {t}"
        );
    }
    let t = doc.extract_text(&[1]).expect("text");
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if std::env::var_os("KOFU_KEEP_PDF").is_some() {
        let keep = std::env::temp_dir().join(format!("facts-{kind}.pdf"));
        std::fs::copy(file, keep).expect("keep");
    }
    t
}

fn one_resident(municipality: &str, address: &str, tax: &str) -> String {
    let number = my_number_from_prefix("91000000009").unwrap();
    format!(
        "[[household]]\nid = \"h\"\nmunicipality = \"{municipality}\"\naddress = \"{address}\"\n\n\
         [[person]]\nid = \"taro\"\nname = \"見本 太郎\"\nkana = \"ミホン タロウ\"\nsex = \"M\"\n\
         born = \"1970-01-10\"\nmoved_in = \"2015-04-01\"\nhousehold = \"h\"\nrelationship = \"householder\"\n\
         {tax}\n\n\
         [[card]]\nid = \"card-taro\"\nholder = \"taro\"\nmy_number = \"{}\"\n\
         applied = \"2023-05-01\"\nissued = \"2023-06-01\"\ncert_issued = \"2023-06-01\"\npin = \"1234\"\n",
        number.as_str()
    )
}

#[test]
fn the_record_items_certificate_prints_as_a_specimen() {
    let d = one_resident("harima", "兵庫県加古郡播磨町見本町1番地", "");
    let t = printed("harima", &d, "card-taro", "resident_record_items", "");
    assert!(t.contains("住民票記載事項証明書"), "{t}");
    assert!(t.contains("氏名見本太郎"), "{t}");
    assert!(t.contains("住所兵庫県加古郡播磨町見本町1番地"), "{t}");
    assert!(t.contains("住民票の記載事項と相違ない"), "{t}");
}

#[test]
fn the_payment_certificate_prints_the_tax_paid_by_the_wards_names() {
    let tax = "tax_records = [{ year = 2026, income = 4000000, municipal_tax = 150000, \
               prefectural_tax = 100000, paid = 125000 }]";
    let d = one_resident("toshima", "東京都豊島区見本町1番地", tax);
    let t = printed(
        "toshima",
        &d,
        "card-taro",
        "tax_payment_certificate",
        ", options = { year = 2026 }",
    );
    assert!(t.contains("納税証明書"), "{t}");
    assert!(t.contains("税目特別区民税・都民税"), "{t}");
    assert!(t.contains("年税額250,000円"), "{t}");
    assert!(t.contains("納付済額125,000円"), "{t}");
    assert!(t.contains("未納付額125,000円（納期未到来分）"), "{t}");
}
