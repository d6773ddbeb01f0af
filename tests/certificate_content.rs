//! What a certificate says, read back from the printed PDF as a clerk would read it (issue 23,
//! item 1): the householder's name with the relationship, the local taxes named as the
//! municipality profile names them, nationality as its Japanese name, the foreign resident's
//! category and date line. Each case runs a scenario against the bundled profiles and a small
//! deck written here, then reads the PDF with lopdf.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use kofu::domain::card::my_number_from_prefix;
mod common;

/// Text without whitespace, so labels and values compare across the table's cells.
fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A household of `municipality` at `address`: a Japanese householder and his wife, and three
/// foreign residents (each their own householder), each with a card (PIN 1234) and tax
/// records for 2026.
fn deck(municipality: &str, address: &str) -> String {
    let mut t = format!(
        "[[household]]\nid = \"h\"\nmunicipality = \"{municipality}\"\naddress = \"{address}\"\n\n\
         [[household]]\nid = \"hv\"\nmunicipality = \"{municipality}\"\naddress = \"{address} 2号室\"\n\n\
         [[household]]\nid = \"hp\"\nmunicipality = \"{municipality}\"\naddress = \"{address} 3号室\"\n\n\
         [[household]]\nid = \"hk\"\nmunicipality = \"{municipality}\"\naddress = \"{address} 4号室\"\n\n"
    );
    let tax = "tax_records = [{ year = 2026, income = 4000000, deductions = 1500000, \
               municipal_tax = 150000, prefectural_tax = 100000, dependants = 1 }]";
    let persons = [
        (
            "taro",
            "筑波 太郎",
            "ツクバ タロウ",
            "M",
            "1970-01-10",
            "nationality = \"JP\"\nhousehold = \"h\"\nrelationship = \"householder\"",
        ),
        (
            "hanako",
            "筑波 花子",
            "ツクバ ハナコ",
            "F",
            "1972-03-03",
            "nationality = \"JP\"\nhousehold = \"h\"\nrelationship = \"spouse\"",
        ),
        (
            "van",
            "NGUYEN VAN BINH",
            "グエン ヴァン ビン",
            "M",
            "1995-05-05",
            "nationality = \"VN\"\nhousehold = \"hv\"\nrelationship = \"householder\"\n\
             status_of_residence = \"技術・人文知識・国際業務\"\nperiod_of_stay = \"5年\"\n\
             stay_until = \"2028-03-31\"",
        ),
        (
            "pal",
            "HADDAD SAMIR",
            "ハダド サミール",
            "M",
            "1988-08-08",
            "nationality = \"PS\"\nhousehold = \"hp\"\nrelationship = \"householder\"\n\
             status_of_residence = \"特定活動\"\nresidence_category = \"仮滞在許可者\"",
        ),
        (
            "kim",
            "金 美英",
            "キム ミヨン",
            "F",
            "1960-06-06",
            "nationality = \"KR\"\nhousehold = \"hk\"\nrelationship = \"householder\"\n\
             status_of_residence = \"特別永住者\"",
        ),
    ];
    for (i, (id, name, kana, sex, born, extra)) in persons.iter().enumerate() {
        t.push_str(&format!(
            "[[person]]\nid = \"{id}\"\nname = \"{name}\"\nkana = \"{kana}\"\nsex = \"{sex}\"\n\
             born = \"{born}\"\nmoved_in = \"2015-04-01\"\nseal_registered = true\n{extra}\n{tax}\n\n"
        ));
        let number = my_number_from_prefix(&format!("9100000000{i}")).expect("number");
        t.push_str(&format!(
            "[[card]]\nid = \"card-{id}\"\nholder = \"{id}\"\nmy_number = \"{}\"\n\
             applied = \"2023-05-01\"\nissued = \"2023-06-01\"\ncert_issued = \"2023-06-01\"\n\
             pin = \"1234\"\n\n",
            number.as_str()
        ));
    }
    t
}

/// Issues one certificate with `options` (a TOML inline table's body) for `card` at the
/// bundled profile `municipality`, and returns the first page's text, whitespace removed.
fn printed(municipality: &str, address: &str, card: &str, kind: &str, options: &str) -> String {
    let dir = tempfile::tempdir().expect("tmp");
    let deck_text = deck(municipality, address);
    let options = format!(", options = {{ {options} }}");
    let file = common::print_one(dir.path(), municipality, &deck_text, card, kind, &options);
    let text = read_pdf(&file);
    assert!(text.contains("SPECIMEN") && text.contains("見本"), "{text}");
    text
}

fn read_pdf(path: &Path) -> String {
    let doc = lopdf::Document::load(path).expect("lopdf reads it");
    compact(&doc.extract_text(&[1]).expect("text"))
}

const TSUKUBA: &str = "茨城県つくば市見本町1番地";

#[test]
fn a_member_who_is_not_the_householder_shows_the_householders_name() {
    let t = printed(
        "tsukuba",
        TSUKUBA,
        "card-hanako",
        "resident_certificate",
        "relationship = true",
    );
    assert!(t.contains("世帯主筑波太郎"), "{t}");
    assert!(t.contains("続柄妻"), "{t}");
    // Without the option, neither line.
    let plain = printed(
        "tsukuba",
        TSUKUBA,
        "card-hanako",
        "resident_certificate",
        "",
    );
    assert!(
        !plain.contains("筑波太郎") && !plain.contains("続柄"),
        "{plain}"
    );
}

#[test]
fn local_taxes_are_named_by_the_municipality_profile() {
    let toshima = printed(
        "toshima",
        "東京都豊島区見本町1番地",
        "card-taro",
        "tax_certificate",
        "year = 2026",
    );
    assert!(toshima.contains("特別区民税額150,000円"), "{toshima}");
    assert!(toshima.contains("都民税額100,000円"), "{toshima}");
    assert!(
        !toshima.contains("市民税") && !toshima.contains("県民税"),
        "{toshima}"
    );
    let harima = printed(
        "harima",
        "兵庫県加古郡播磨町見本町1番地",
        "card-taro",
        "tax_certificate",
        "year = 2026",
    );
    assert!(harima.contains("町民税額150,000円"), "{harima}");
    assert!(harima.contains("県民税額100,000円"), "{harima}");
    assert!(!harima.contains("市民税"), "{harima}");
    let tsukuba = printed(
        "tsukuba",
        TSUKUBA,
        "card-taro",
        "tax_certificate",
        "year = 2026",
    );
    assert!(tsukuba.contains("市民税額150,000円"), "{tsukuba}");
    assert!(tsukuba.contains("県民税額100,000円"), "{tsukuba}");
}

const FOREIGN_OPTIONS: &str = "nationality = true, residence_status = true";

#[test]
fn nationality_is_printed_by_its_japanese_name() {
    let t = printed(
        "tsukuba",
        TSUKUBA,
        "card-van",
        "resident_certificate",
        FOREIGN_OPTIONS,
    );
    assert!(t.contains("国籍・地域ベトナム"), "{t}");
    assert!(!t.contains("国籍・地域VN"), "{t}");
    let p = printed(
        "tsukuba",
        TSUKUBA,
        "card-pal",
        "resident_certificate",
        FOREIGN_OPTIONS,
    );
    assert!(p.contains("国籍・地域パレスチナ"), "{p}");
    assert!(!p.contains("自治区"), "{p}");
    let k = printed(
        "tsukuba",
        TSUKUBA,
        "card-kim",
        "resident_certificate",
        FOREIGN_OPTIONS,
    );
    assert!(k.contains("国籍・地域韓国"), "{k}");
}

#[test]
fn the_residence_category_and_the_foreign_residents_date_line_are_printed() {
    let v = printed(
        "tsukuba",
        TSUKUBA,
        "card-van",
        "resident_certificate",
        FOREIGN_OPTIONS,
    );
    assert!(v.contains("30条45規定区分中長期在留者"), "{v}");
    assert!(v.contains("外国人住民となった年月日平成27年4月1日"), "{v}");
    assert!(!v.contains("住民となった日"), "{v}");
    let k = printed(
        "tsukuba",
        TSUKUBA,
        "card-kim",
        "resident_certificate",
        FOREIGN_OPTIONS,
    );
    assert!(k.contains("30条45規定区分特別永住者"), "{k}");
    let p = printed(
        "tsukuba",
        TSUKUBA,
        "card-pal",
        "resident_certificate",
        FOREIGN_OPTIONS,
    );
    assert!(p.contains("30条45規定区分仮滞在許可者"), "{p}");
    // A Japanese national's line is unchanged.
    let j = printed(
        "tsukuba",
        TSUKUBA,
        "card-hanako",
        "resident_certificate",
        "",
    );
    assert!(j.contains("住民となった日平成27年4月1日"), "{j}");
    assert!(!j.contains("外国人住民"), "{j}");
}

#[test]
fn a_category_outside_the_law_is_refused_with_its_line() {
    let text = deck("tsukuba", TSUKUBA).replace("仮滞在許可者", "難民");
    let err =
        kofu::domain::registry::Registry::parse(&kofu::error::Source::from_text("deck.toml", text))
            .expect_err("refused");
    let msg = err.to_string();
    assert!(
        msg.contains("residence_category") && msg.contains("deck.toml:"),
        "{msg}"
    );
}
