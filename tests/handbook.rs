//! The trainer's handbook: generated from the rules, every reason code with its next step,
//! one source with the screen (a fee changed in the profile changes the handbook), specimen
//! marks and page numbers on every page, and refusal screens as the kiosk draws them.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use kofu::domain::calendar::parse_instant;
use kofu::domain::municipality::Municipality;
use kofu::domain::next_step::NextStep;
use kofu::domain::reason::Reason;
use kofu::error::Source;
use kofu::handbook::{HandbookError, Sources, all_text, items, refusal_pictures, to_pdf};
use kofu::i18n::I18n;
use kofu::kiosk::{assets_dir, load_municipality, load_vendor};
use kofu::pdf::FontFace;

fn font() -> FontFace {
    FontFace::bundled(&assets_dir()).expect("font")
}

fn text_of(m: &Municipality, lang: &str) -> String {
    let vendors = [
        load_vendor("fujifilm").unwrap(),
        load_vendor("sharp").unwrap(),
    ];
    let s = Sources {
        municipality: m,
        vendors: &vendors,
        lang,
        at: parse_instant("2026-11-25T10:00:00+09:00").unwrap(),
        pictures: &BTreeMap::new(),
    };
    all_text(&items(&s))
}

#[test]
fn every_reason_code_appears_with_its_next_step_in_english_and_japanese() {
    let m = load_municipality("tsukuba").unwrap();
    for lang in ["en", "ja"] {
        let text = text_of(&m, lang);
        let i = I18n::in_lang(lang);
        for r in Reason::ALL {
            let next = NextStep::for_reason(r);
            assert!(text.contains(r.code()), "{lang}: {} missing", r.code());
            if r == Reason::FamilyRegisterHours {
                // Tsukuba sets no family-register window: the handbook says the refusal never
                // happens there instead of inventing hours.
                assert!(
                    text.contains(&i.ta(
                        "handbook-does-not-apply",
                        &[("city", kofu::i18n::Arg::Str(m.name_in(lang).into()))]
                    )),
                    "{lang}"
                );
                continue;
            }
            let line = format!(
                "{} ({})",
                next.code(),
                i.t(&format!("next-step-{}", next.code()))
            );
            assert!(text.contains(&line), "{lang}: {} without {line}", r.code());
        }
        assert!(!text.contains("{$"), "{lang}: an argument left unfilled");
        assert!(!text.contains("{ $"), "{lang}: an argument left unfilled");
    }
}

#[test]
fn a_fee_changed_in_the_profile_changes_the_handbook() {
    let path = assets_dir().join("municipalities/tsukuba.toml");
    let original = std::fs::read_to_string(&path).unwrap();
    assert!(original.contains("[certificates.family_register]\nfee = 350"));
    let changed = original.replace(
        "[certificates.family_register]\nfee = 350",
        "[certificates.family_register]\nfee = 450",
    );
    let m = Municipality::parse(&Source::from_text("tsukuba.toml", changed)).unwrap();
    let before = text_of(&load_municipality("tsukuba").unwrap(), "en");
    let after = text_of(&m, "en");
    assert!(
        before.contains("Copy of family register — ¥350 per copy"),
        "{before}"
    );
    assert!(
        after.contains("Copy of family register — ¥450 per copy"),
        "{after}"
    );
    assert!(!after.contains("¥350"), "{after}");
}

#[test]
fn the_hours_and_offices_come_from_the_profile() {
    let m = load_municipality("tsukuba").unwrap();
    let text = text_of(&m, "en");
    assert!(text.contains("Every day from 06:30 to 23:00, Japan time"));
    assert!(
        text.contains("Next year-end stop: from December 29, 2026 to January 3, 2027"),
        "{text}"
    );
    assert!(
        text.contains("Tsukuba City's branch offices (Mon–Fri 08:45–16:30"),
        "{text}"
    );
    assert!(
        text.contains("an Android smartphone from January 22, 2024"),
        "{text}"
    );
    let toshima = text_of(&load_municipality("toshima").unwrap(), "en");
    // Tokyo stores took Android phones first (the Sharp profile's Tokyo entry).
    assert!(
        toshima.contains("an Android smartphone from December 20, 2023"),
        "{toshima}"
    );
}

#[test]
fn every_page_carries_the_specimen_mark_and_its_number() {
    let m = load_municipality("tsukuba").unwrap();
    let vendors = [
        load_vendor("fujifilm").unwrap(),
        load_vendor("sharp").unwrap(),
    ];
    let s = Sources {
        municipality: &m,
        vendors: &vendors,
        lang: "ja",
        at: parse_instant("2026-11-25T10:00:00+09:00").unwrap(),
        pictures: &BTreeMap::new(),
    };
    let bytes = to_pdf(&s, &font()).expect("pdf");
    let doc = lopdf::Document::load_mem(&bytes).expect("reads back");
    let n = doc.get_pages().len();
    assert!(n >= 3, "{n} pages");
    for p in 1..=n {
        let t: String = doc
            .extract_text(&[u32::try_from(p).unwrap()])
            .unwrap()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        assert!(t.contains("SPECIMEN/見本"), "page {p}: {t}");
        assert!(t.contains(&format!("{p}/{n}")), "page {p}: {t}");
    }
}

#[test]
fn a_language_the_face_cannot_print_is_refused_with_the_languages_that_print() {
    let m = load_municipality("tsukuba").unwrap();
    let vendors = [load_vendor("fujifilm").unwrap()];
    let s = Sources {
        municipality: &m,
        vendors: &vendors,
        lang: "th",
        at: parse_instant("2026-11-25T10:00:00+09:00").unwrap(),
        pictures: &BTreeMap::new(),
    };
    match to_pdf(&s, &font()) {
        Err(e @ HandbookError::Script { .. }) => {
            assert!(e.is_input());
            let msg = e.to_string();
            assert!(msg.contains("ja") && msg.contains("en"), "{msg}");
        }
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("Thai printed with a Japanese face"),
    }
}

#[test]
fn refusal_pictures_are_the_screens_the_scenarios_end_on() {
    let dir = tempfile::tempdir().unwrap();
    let scenarios: PathBuf = assets_dir().join("scenarios");
    for name in [
        "refuse-pin-locked.toml",
        "refuse-family-register-hours.toml",
    ] {
        std::fs::copy(scenarios.join(name), dir.path().join(name)).unwrap();
    }
    let shots = refusal_pictures(dir.path(), "tsukuba", "ja");
    let pin = shots.get(&Reason::PinLocked).expect("pin_locked pictured");
    assert_eq!(pin.refusal.reason, Reason::PinLocked);
    assert_eq!(
        pin.picture.rgb.len(),
        (pin.picture.width * pin.picture.height * 3) as usize
    );
    // Not a blank picture: the screen has text on it.
    let distinct: std::collections::BTreeSet<&[u8]> = pin.picture.rgb.chunks(3).collect();
    assert!(distinct.len() > 20, "{} colours", distinct.len());
    // Tsukuba has no family-register window: that scenario ends otherwise there, so no picture.
    assert!(!shots.contains_key(&Reason::FamilyRegisterHours));
}
