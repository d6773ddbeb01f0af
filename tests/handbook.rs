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
use kofu::handbook::{
    HandbookError, Sources, WalkStep, all_text, appendix_heading, items, refusal_pictures, to_pdf,
    walk_pictures,
};
use kofu::i18n::I18n;
use kofu::kiosk::{assets_dir, load_municipality, load_vendor};
use kofu::pdf::{BUNDLED_FACES, FontFace, FontSet};

fn fonts(lang: &str) -> FontSet {
    FontSet::bundled(&assets_dir(), lang).expect("fonts")
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
        walks: &[],
    };
    all_text(&items(&s))
}

/// The text before the appendix and the appendix.
fn split_at_appendix(text: &str, lang: &str) -> (String, String) {
    let head = appendix_heading(&I18n::in_lang(lang));
    let at = text.find(&format!("{head}\n")).expect("an appendix");
    (text[..at].to_string(), text[at..].to_string())
}

#[test]
fn every_reason_code_is_in_the_appendix_and_its_next_step_in_the_text() {
    let m = load_municipality("tsukuba").unwrap();
    for lang in ["en", "ja"] {
        let (body, appendix) = split_at_appendix(&text_of(&m, lang), lang);
        let i = I18n::in_lang(lang);
        for r in Reason::ALL {
            let next = NextStep::for_reason(r);
            assert!(appendix.contains(r.code()), "{lang}: {} missing", r.code());
            // A one-word code (`maintenance`) is also an English word: only codes that read as
            // codes are looked for in the English text.
            if lang == "ja" || r.code().contains('_') {
                assert!(!body.contains(r.code()), "{lang}: {} in the text", r.code());
            }
            assert!(appendix.contains(next.code()), "{lang}: {}", next.code());
            if r == Reason::FamilyRegisterHours {
                // Tsukuba sets no family-register window: the handbook says the refusal never
                // happens there instead of inventing hours.
                assert!(
                    body.contains(&i.ta(
                        "handbook-does-not-apply",
                        &[("city", kofu::i18n::Arg::Str(m.name_in(lang).into()))]
                    )),
                    "{lang}"
                );
                continue;
            }
            let line = i.ta(
                "handbook-refusal-next",
                &[(
                    "next",
                    kofu::i18n::Arg::Str(i.t(&format!("next-step-{}", next.code()))),
                )],
            );
            assert!(body.contains(&line), "{lang}: {} without {line}", r.code());
        }
        let text = format!("{body}{appendix}");
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
        walks: &[],
    };
    let bytes = to_pdf(&s, &fonts("ja")).expect("pdf");
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
fn a_face_without_the_script_is_refused_not_printed_as_boxes() {
    let m = load_municipality("tsukuba").unwrap();
    let vendors = [load_vendor("fujifilm").unwrap()];
    let s = Sources {
        municipality: &m,
        vendors: &vendors,
        lang: "th",
        at: parse_instant("2026-11-25T10:00:00+09:00").unwrap(),
        pictures: &BTreeMap::new(),
        walks: &[],
    };
    // Only the Latin face: Thai text has no face to go to.
    let latin = FontFace::from_file(&assets_dir().join(BUNDLED_FACES[0])).unwrap();
    match to_pdf(&s, &FontSet::single(latin)) {
        Err(e @ HandbookError::Script { .. }) => {
            assert!(e.is_input());
            let msg = e.to_string();
            assert!(msg.contains("th") && msg.contains("ne"), "{msg}");
        }
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("Thai printed with a Latin face"),
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

#[test]
fn the_normal_visit_is_pictured_step_by_step_on_both_machines() {
    let scenarios = assets_dir().join("scenarios");
    for vendor in ["fujifilm", "sharp"] {
        let walk = walk_pictures(&scenarios, "tsukuba", "ja", vendor).expect("a walk");
        assert_eq!(walk.vendor, vendor);
        let steps: Vec<WalkStep> = walk.shots.iter().map(|(s, _)| *s).collect();
        // The home menu is where the language and administrative services are chosen: its
        // picture comes once, with the language.
        let mut expected = WalkStep::ALL.to_vec();
        expected.retain(|s| *s != WalkStep::Services);
        assert_eq!(steps, expected, "{vendor}");
        let distinct: std::collections::BTreeSet<&[u8]> =
            walk.shots.iter().map(|(_, p)| p.rgb.as_slice()).collect();
        assert_eq!(distinct.len(), steps.len(), "{vendor}: a screen twice");
    }
}
