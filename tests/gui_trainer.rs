//! The trainer console driven through the accessibility tree: the handbook button (the window
//! keeps drawing while the handbook is written beside it, then says where it is), and every
//! section of the console in each of the 11 languages, every word of it from that language.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use egui_kittest::kittest::{NodeT, Queryable};

// Shared with tests/gui.rs; this file uses a few of its helpers.
#[allow(dead_code)]
#[path = "gui/support.rs"]
mod support;

use support::*;

#[test]
fn the_trainer_prints_the_handbook_without_freezing_the_window() {
    let tmp = tempfile::tempdir().unwrap();
    let mut o = opts("fujifilm");
    o.lang = "en".into();
    o.state = Some(tmp.path().to_path_buf());
    o.memory_store = true;
    o.handbook = Some(kofu::handbook::window_writer());
    let mut h = harness_with_console(app(o));
    h.key_press(egui::Key::F2);
    h.run();
    let label = "Print the trainer's handbook (PDF)";
    h.get_by_label(label).scroll_to_me();
    h.run();
    // A spinner runs while the handbook is written: step frames instead of settling.
    h.get_by_label(label).click();
    h.step();
    // The window keeps drawing frames while the handbook is written beside it.
    let file = tmp.path().join("handbook/handbook-tsukuba-en.pdf");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(300);
    let mut frames = 0;
    while h.query_by_label_contains("Handbook written").is_none() {
        if let Some(e) = h.query_by_label_contains("Error:") {
            panic!("{:?}", e.accesskit_node().label());
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no handbook after 300 s"
        );
        h.step();
        frames += 1;
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(frames > 1, "the window waited for the handbook");
    let bytes = std::fs::read(&file).expect("the handbook");
    assert!(bytes.starts_with(b"%PDF"));
}

// ---- every word of the console in the console's language ------------------------------------
//
// Approach: a label may hold only words of its language's catalogue (locales/<lang>.ftl), or
// names (kofu, PDF, JSON, the profiles' and the deck's ids, the municipality profile's office
// names, the date the clock shows), or paths. A word is a run of letters with a Latin letter
// in it (3 letters or more): in Japanese, Chinese, Korean, Thai or Nepali any such word must be
// in the catalogue (PIN, F2 …), and in Portuguese, Spanish, Vietnamese, Tagalog or Indonesian,
// where the language's own words are Latin too, a word the console made up in English would not
// be in that language's catalogue. The English words of the catalogue in another language's
// file are checked by the i18n unit test `no_english_content_word_is_left_in_a_translation`.

use std::collections::BTreeSet;

use egui_kittest::Harness;
use kofu::domain::reason::Reason;
use kofu::i18n::{Arg, I18n, LOCALES};

/// Every word of a Fluent file's values (selectors' variants included, placeables left out).
fn catalogue_words(source: &str) -> BTreeSet<String> {
    kofu::i18n::message_texts(source)
        .iter()
        .flat_map(|v| words(v).collect::<Vec<_>>())
        .collect()
}

/// The Latin words of a text (3 letters or more), lower-cased; paths are names.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .filter(|token| !token.contains('/'))
        .flat_map(|token| token.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().count() >= 3 && w.chars().any(|c| c.is_ascii_alphabetic()))
        .map(str::to_lowercase)
}

/// The words a console label may hold besides its catalogue's.
fn names(h: &Harness<'_, kofu::window::KioskApp>, tr: &I18n) -> BTreeSet<String> {
    let app = h.state();
    let kiosk = app.session().kiosk();
    // No file ids: the console names municipalities, machines and cards in its language.
    let mut text = String::from("kofu PDF JSON CSV SPECIMEN RFC");
    for p in kiosk.registry.persons.values() {
        text.push(' ');
        text.push_str(&p.name);
    }
    let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    for entry in std::fs::read_dir(assets.join("municipalities"))
        .expect("profiles")
        .flatten()
    {
        text.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
    }
    text.push(' ');
    text.push_str(&tr.date_time(app.session().now()));
    // The trainer's own words are shown to a trainer of their language (English here).
    if tr.lang() == "en" {
        for sc in kofu::training::exercise_scenarios(&assets.join("scenarios"))
            .into_iter()
            .flatten()
        {
            text.push(' ');
            text.push_str(&sc.title);
            for ex in &sc.exercises {
                text.push(' ');
                text.push_str(&ex.question);
                text.push_str(ex.explanation.as_deref().unwrap_or_default());
                for f in ex.feedback.values() {
                    text.push(' ');
                    text.push_str(f);
                }
            }
        }
    }
    words(&text).collect()
}

/// Every label and value under `node`, each once.
fn texts<'t, N: NodeT<'t> + 't>(node: &N) -> BTreeSet<String> {
    node.children_recursive()
        .flat_map(|n| {
            let a = n.accesskit_node();
            [a.label(), a.value()]
        })
        .flatten()
        .collect()
}

/// Every label and value on show, each once.
fn shown(h: &Harness<'_, kofu::window::KioskApp>) -> BTreeSet<String> {
    texts(&h.root())
}

/// The labels of the console's window (found by its heading), each once.
fn console_text(h: &Harness<'_, kofu::window::KioskApp>, tr: &I18n) -> BTreeSet<String> {
    let title = tr.t("trainer-title");
    let heading = h
        .get_all_by_label(&title)
        .last()
        .expect("the console's heading");
    let mut window = heading;
    while let Some(p) = window.parent() {
        if p.accesskit_node().role() == egui::accesskit::Role::Window {
            window = p;
            break;
        }
        window = p;
    }
    texts(&window)
}

/// Clicks the control labelled `label` (scrolled to first).
fn press(h: &mut Harness<'_, kofu::window::KioskApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// Opens the drop-down labelled `label`, keeps what its list shows, and picks `choice`.
fn pick(
    h: &mut Harness<'_, kofu::window::KioskApp>,
    label: &str,
    choice: &str,
    seen: &mut BTreeSet<String>,
) {
    let combo = egui::accesskit::Role::ComboBox;
    h.get_by_role_and_label(combo, label).scroll_to_me();
    h.run();
    let before = shown(h);
    h.get_by_role_and_label(combo, label).click();
    h.run();
    seen.extend(shown(h).difference(&before).cloned());
    press(h, choice);
}

/// Walks every section of the console in `lang`: the clock, the kiosk, recording on and off,
/// a fault, an exercise asked, answered wrong and scored, a visit with options and payment in
/// the log, the export. Returns every text the console showed.
fn walk(lang: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let tr = I18n::in_lang(lang);
    let state = tempfile::tempdir().expect("tmp");
    let mut o = opts("fujifilm");
    o.lang = lang.into();
    o.trainer = true;
    o.state = Some(state.path().to_path_buf());
    let mut h = harness_with_console(app(o));
    h.run();
    let mut seen = console_text(&h, &tr);
    press(&mut h, &tr.t("trainer-record"));
    let fault = tr.t("fault-paper_jam");
    press(
        &mut h,
        &tr.ta("trainer-inject", &[("fault", Arg::Str(fault))]),
    );
    seen.extend(console_text(&h, &tr));
    // The PIN-locked exercise, by its number on the picker.
    let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios");
    let mut n = 0;
    for sc in kofu::training::exercise_scenarios(&assets)
        .into_iter()
        .flatten()
    {
        if sc.title == "Exercise: PIN locked" {
            n += 1;
            break;
        }
        n += sc.exercises.len();
    }
    // In the picker's list: the trainer's title in English, the refusal's title elsewhere.
    let m = h.state().session().kiosk().municipality.clone();
    let today = h.state().session().now().date_naive();
    let topic = if lang == "en" {
        "Exercise: PIN locked".to_string()
    } else {
        let typical = kofu::training::feedback::typical(Reason::PinLocked, &m, today);
        kofu::i18n::refusal::text(&tr, &typical, &m).title
    };
    let n = Arg::Num(n as i64);
    let choice = tr.ta(
        "trainer-exercise-titled",
        &[("n", n), ("title", Arg::Str(topic))],
    );
    pick(&mut h, &tr.t("trainer-exercise-pick"), &choice, &mut seen);
    press(&mut h, &tr.t("trainer-exercise-start"));
    press(&mut h, &tr.t("trainer-exercise-play"));
    seen.extend(console_text(&h, &tr));
    let reasons = kofu::training::feedback::reason_choices(&tr, &m, today);
    let expired = reasons
        .iter()
        .find(|(r, _)| *r == Reason::CardExpired)
        .expect("reason");
    pick(
        &mut h,
        &tr.t("trainer-answer-reason"),
        &expired.1,
        &mut seen,
    );
    let city_hall =
        kofu::training::feedback::next_name(&tr, kofu::domain::next_step::NextStep::CityHall);
    pick(&mut h, &tr.t("trainer-answer-next"), &city_hall, &mut seen);
    press(&mut h, &tr.t("trainer-answer-submit"));
    seen.extend(console_text(&h, &tr));
    // A visit with options, copies, money and printing, for the log.
    press(&mut h, &tr.t("trainer-new-session"));
    // The exercise's card is still on the reader: take it off (the machine speaks the screen's
    // language, the kiosk's default again).
    press(&mut h, &tr.t("reader-remove"));
    let visit = kofu::scenario::load(&assets.join("happy-foreign-resident-options.toml"))
        .expect("scenario");
    kofu::window::replay::play(h.state_mut(), &visit, |_, _| Ok(())).expect("replay");
    h.run();
    press(&mut h, &tr.t("trainer-record-stop"));
    press(&mut h, &tr.t("trainer-export"));
    seen.extend(console_text(&h, &tr));
    let allowed = names(&h, &tr);
    (seen, allowed)
}

#[test]
fn every_word_of_the_console_is_in_the_consoles_language() {
    let mut wrong = Vec::new();
    for (lang, source) in LOCALES {
        let catalogue = catalogue_words(source);
        let (seen, names) = walk(lang);
        assert!(seen.len() > 60, "{lang}: only {} texts seen", seen.len());
        for text in &seen {
            for w in words(text) {
                if !catalogue.contains(&w) && !names.contains(&w) {
                    wrong.push(format!("{lang}: \"{w}\" in \"{text}\""));
                }
            }
        }
        // The sections were all there: the exercise's feedback, the log's options, the export.
        let tr = I18n::in_lang(lang);
        for key in [
            "trainer-fb-wrong",
            "trainer-recording",
            "trainer-exercises",
            "trainer-log",
        ] {
            assert!(seen.contains(&tr.t(key)), "{lang}: no {key}");
        }
        // Files' ids are not words: a municipality, a machine and a card are named.
        for id in ["tsukuba", "fujifilm", "card-"] {
            let on_show: Vec<_> = seen.iter().filter(|t| t.contains(id)).collect();
            assert!(on_show.is_empty(), "{lang}: {id} on show: {on_show:?}");
        }
        assert!(
            seen.iter().any(|t| t.contains(&tr.t("opt-nationality"))),
            "{lang}: the options in the log"
        );
        assert!(
            seen.iter().any(|t| t.contains(&tr.t("trainer-ev-pin"))),
            "{lang}: the PIN in the log"
        );
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "words not in the console's language:\n{}",
        wrong.join("\n")
    );
}
