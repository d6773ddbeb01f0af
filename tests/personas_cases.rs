//! Persona case cards (issue 21, item 5): the card picker shows each card of the deck as a
//! case (who, age, situation, PIN, what the kiosk will do at the simulated time), and
//! `kofu personas` prints the deck as case cards whose text holds each name and case line.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kofu::domain::calendar::parse_instant;
use kofu::domain::reason::Reason;
use kofu::i18n::I18n;
use kofu::report::tour;
use kofu::training::cases::{self, Case};
use kofu::window::{KioskApp, UiOptions, tokens};

const AT: &str = "2026-11-25T10:00:00+09:00";

fn deck_cases(lang: &str) -> Vec<Case> {
    let deck = kofu::kiosk::load_personas().unwrap();
    let m = kofu::kiosk::load_municipality("tsukuba").unwrap();
    cases::cases(&I18n::in_lang(lang), &deck, &m, parse_instant(AT).unwrap())
}

fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_cases_come_from_the_domains_rules() {
    let all = deck_cases("en");
    let of = |id: &str| all.iter().find(|c| c.card == id).unwrap();
    let expired = of("card-card-expired");
    assert_eq!(expired.refusal, Some(Reason::CardExpired));
    assert!(
        expired.situation.starts_with("Card expired on "),
        "{expired:?}"
    );
    assert!(expired.outcome.starts_with("refuses: "), "{expired:?}");
    let moved = of("card-moved-in-today");
    assert_eq!(moved.situation, "Moved in today");
    assert_eq!(moved.refusal, Some(Reason::MovedInToday));
    let hanako = of("card-tsukuba-hanako");
    assert_eq!(hanako.refusal, None);
    assert_eq!(hanako.outcome, "issues the certificates");
    assert_eq!(of("card-pin-locked").refusal, Some(Reason::PinLocked));
    // At 23:10 the kiosk is closed for everyone: the outcome follows the clock.
    let deck = kofu::kiosk::load_personas().unwrap();
    let m = kofu::kiosk::load_municipality("tsukuba").unwrap();
    let night = parse_instant("2026-11-25T23:10:00+09:00").unwrap();
    let c = cases::case(
        &I18n::in_lang("en"),
        &deck,
        &m,
        "card-tsukuba-hanako",
        night,
    )
    .unwrap();
    assert_eq!(c.refusal, Some(Reason::OutOfServiceHours));
}

#[test]
fn the_card_picker_shows_each_card_as_a_case() {
    let o = UiOptions {
        trainer: true,
        ..tour::options("fujifilm", "en")
    };
    let mut size = tokens::window_size();
    size.x += tokens::TRAINER_WIDTH + tokens::MARGIN;
    let mut h = Harness::builder().with_size(size).build_ui_state(
        |ui, app: &mut KioskApp| app.show(ui),
        KioskApp::new(o).unwrap(),
    );
    h.run();
    // The card in the hand: its case under the picker, with the deck's demo PIN.
    h.get_by_label("Resident, nothing out of the ordinary · PIN 1234");
    h.get_by_label("Kiosk: issues the certificates");
    // The list names every case; choosing the expired card shows its case.
    let role = egui::accesskit::Role::ComboBox;
    h.get_by_role_and_label(role, "Persona (card)")
        .scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, "Persona (card)").click();
    h.run();
    let expired = deck_cases("en")
        .into_iter()
        .find(|c| c.card == "card-card-expired")
        .unwrap();
    let entry = format!("{}, {} — {}", expired.name, expired.age, expired.kind);
    h.get_by_label_contains(&entry).scroll_to_me();
    h.run();
    h.get_by_label_contains(&entry).click();
    h.run();
    h.get_by_label_contains(&expired.situation);
    h.get_by_label(&format!("Kiosk: {}", expired.outcome));
}

#[test]
fn kofu_personas_prints_every_case_in_japanese_and_english() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["ja", "en"] {
        let out = dir.path().join(format!("cards-{lang}.pdf"));
        let done = std::process::Command::new(env!("CARGO_BIN_EXE_kofu"))
            .args(["personas", "--lang", lang, "--at", AT, "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            done.status.success(),
            "{}",
            String::from_utf8_lossy(&done.stderr)
        );
        let doc = lopdf::Document::load(&out).unwrap();
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        let all = deck_cases(lang);
        assert_eq!(pages.len(), all.len().div_ceil(8), "eight cards a page");
        let text = compact(&doc.extract_text(&pages).unwrap());
        for c in &all {
            for part in [&c.name, &c.situation, &c.outcome] {
                assert!(
                    text.contains(&compact(part)),
                    "{lang} {}: {part} not in the PDF",
                    c.card
                );
            }
        }
        assert!(
            !text.contains("PIN1234") && !text.contains("暗証番号1234"),
            "no PIN on paper"
        );
    }
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_kofu"))
        .args(["personas", "--lang", "xx", "--out", "x.pdf"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
