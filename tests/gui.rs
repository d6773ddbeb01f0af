//! The kiosk window driven through its accessibility tree (egui_kittest): whole flows by
//! accessible label, keypad-only and keyboard use, every screen in every language without an
//! unnamed control, and a scenario replayed through the window giving the runner's journal.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kofu::domain::session::{Screen, Status};
use kofu::report::tour::{self, Stop};
use kofu::store::Database;
use kofu::window::{KioskApp, UiOptions};

#[path = "gui/support.rs"]
mod support;

use support::*;

#[test]
fn happy_path_for_each_certificate_kind() {
    let cases = [
        (
            "Certificates issued at your municipality of residence",
            "Copy of resident certificate",
            150,
        ),
        (
            "Certificates issued at your municipality of residence",
            "Certificate of seal registration",
            150,
        ),
        (
            "Certificates issued at your municipality of residence",
            "Taxation / non-taxation",
            150,
        ),
        (
            "Certificates of your registered domicile",
            "Appended information to family register",
            150,
        ),
        (
            "Certificates of your registered domicile",
            "Copy of family register",
            350,
        ),
    ];
    for (path, cert, fee) in cases {
        let mut h = harness(app(opts("fujifilm")));
        start_in_english(&mut h, "card-tsukuba-hanako");
        click(&mut h, path);
        type_pin(&mut h, "1234");
        assert_eq!(screen(&h), Screen::RemoveCard, "{cert}");
        click(&mut h, "Remove card");
        assert_eq!(screen(&h), Screen::Certificate);
        buy_one(&mut h, cert, fee);
    }
}

#[test]
fn wrong_pin_twice_then_right() {
    let mut h = harness(app(opts("fujifilm")));
    start_in_english(&mut h, "card-tsukuba-hanako");
    click(
        &mut h,
        "Certificates issued at your municipality of residence",
    );
    type_pin(&mut h, "9999");
    assert_eq!(screen(&h), Screen::Pin);
    // The screen and the live region say the same sentence.
    assert_eq!(
        h.get_all_by_label_contains("2 more wrong entries lock the PIN")
            .count(),
        2
    );
    type_pin(&mut h, "0000");
    assert_eq!(
        h.get_all_by_label_contains("1 more wrong entry locks the PIN")
            .count(),
        2
    );
    assert_eq!(h.state().session().pin_tries_left(), 1);
    type_pin(&mut h, "1234");
    assert_eq!(screen(&h), Screen::RemoveCard);
    assert_eq!(h.state().session().pin_tries_left(), 3);
}

#[test]
fn third_wrong_pin_locks_with_the_next_step() {
    let mut h = harness(app(opts("fujifilm")));
    start_in_english(&mut h, "card-tsukuba-hanako");
    click(
        &mut h,
        "Certificates issued at your municipality of residence",
    );
    for _ in 0..3 {
        type_pin(&mut h, "9999");
    }
    assert_eq!(screen(&h), Screen::Refusal);
    h.get_by_label("Your PIN is locked");
    h.get_by_label_contains("Reset the PIN at Citizen Services Division");
    h.get_by_label_contains("Take your card");
    click(&mut h, "Finish");
    assert_eq!(screen(&h), Screen::Language);
}

#[test]
fn out_of_hours_shows_hours_and_next_step() {
    let mut o = opts("fujifilm");
    o.at = kofu::domain::calendar::parse_instant("2026-11-25T23:30:00+09:00").ok();
    let mut h = harness(app(o));
    choose_language(&mut h, "English");
    click(&mut h, "Administrative services");
    click(&mut h, "Cert. issue service (convenience store)");
    assert_eq!(screen(&h), Screen::OutOfService);
    h.get_by_label("The service is not available now");
    h.get_by_label("Service hours: every day 06:30–23:00");
    h.get_by_label("Outside service hours");
    let reopens = kofu::domain::calendar::parse_instant("2026-11-26T06:30:00+09:00").unwrap();
    let reopens = kofu::i18n::I18n::in_lang("en").date_time(reopens);
    h.get_by_label_contains(&format!(
        "Come back from {reopens}, or go to Citizen Services Division"
    ));
    click(&mut h, "Finish");
    assert_eq!(screen(&h), Screen::Language);
}

#[test]
fn cancel_during_payment_returns_the_money() {
    let mut h = harness(app(opts("fujifilm")));
    to_certificate_list(&mut h, "card-tsukuba-hanako");
    click_containing(&mut h, "Copy of resident certificate");
    click(&mut h, "Next");
    click(&mut h, "One more copy");
    click(&mut h, "One more copy");
    h.get_by_label("3 copies");
    click(&mut h, "Next");
    click(&mut h, "Confirm and pay");
    click(&mut h, "Insert ¥100");
    click(&mut h, "Insert ¥100");
    h.get_by_label("Inserted ¥200");
    assert!(
        h.query_by_label("Back").is_none(),
        "no Back once money is in"
    );
    click(&mut h, "Cancel");
    assert_eq!(screen(&h), Screen::TakeItems);
    assert_eq!(h.state().session().status(), Some(Status::Cancelled));
    assert_eq!(h.state().change_tray(), 200);
    h.get_by_label("Take your change: ¥200");
    click(&mut h, "Take change");
    assert_eq!(h.state().change_tray(), 0);
    click(&mut h, "Finish");
    assert_eq!(screen(&h), Screen::Language);
}

#[test]
fn each_vendor_profile() {
    for vendor in ["fujifilm", "sharp"] {
        let mut h = harness(app(opts(vendor)));
        choose_language(&mut h, "English");
        click(&mut h, "Administrative services");
        click(&mut h, "Cert. issue service (convenience store)");
        if vendor == "sharp" {
            assert_eq!(screen(&h), Screen::Consent);
            h.get_by_label_contains("Three wrong PINs in a row lock the PIN");
            click(&mut h, "Agree");
            h.get_by_label("Place your card on the card reader, then press \"Next\"");
            click(&mut h, "Place card");
            assert_eq!(screen(&h), Screen::PlaceCard, "Sharp waits for Next");
            click(&mut h, "Next");
        } else {
            assert!(h.query_by_label("Agree").is_none());
            h.get_by_label("Place your My Number Card on the card reader");
            click(&mut h, "Place card");
        }
        assert_eq!(screen(&h), Screen::Path, "{vendor}");
        click(
            &mut h,
            "Certificates issued at your municipality of residence",
        );
        type_pin(&mut h, "1234");
        click(&mut h, "Remove card");
        buy_one(&mut h, "Copy of resident certificate", 150);
    }
}

/// Only the keypad on the panel; the card and the note are handled at the machine, as a person
/// with the keypad would.
#[test]
fn keypad_only_resident_certificate_in_japanese() {
    let mut h = harness(app(opts("fujifilm")));
    let press = |h: &mut Harness<'_, KioskApp>, k: &str| {
        h.get_by_label(k).click();
        h.run();
    };
    // Home: ○ activates the highlighted main action (行政サービス).
    press(&mut h, "テンキー ○ 決定");
    assert_eq!(screen(&h), Screen::Services);
    press(&mut h, "テンキー ○ 決定");
    assert_eq!(screen(&h), Screen::PlaceCard);
    click(&mut h, "カードを置く");
    assert_eq!(screen(&h), Screen::Path);
    // No main action here: the highlight starts on the first choice (residence); 8 and 2 move it.
    press(&mut h, "テンキー 8");
    press(&mut h, "テンキー 2");
    press(&mut h, "テンキー ○ 決定");
    assert_eq!(screen(&h), Screen::Pin);
    assert_eq!(
        h.state().session().path(),
        Some(kofu::domain::eligibility::Path::Residence)
    );
    for d in ["テンキー 1", "テンキー 2", "テンキー 3", "テンキー 9"] {
        press(&mut h, d);
    }
    press(&mut h, "テンキー ← 訂正");
    press(&mut h, "テンキー 4");
    h.get_by_label("暗証番号 4桁入力済み（全4桁）");
    press(&mut h, "テンキー ○ 決定");
    assert_eq!(screen(&h), Screen::RemoveCard);
    click(&mut h, "カードを取り出す");
    assert_eq!(screen(&h), Screen::Certificate);
    // The first certificate on the list is highlighted.
    press(&mut h, "テンキー ○ 決定");
    assert_eq!(screen(&h), Screen::Options);
    press(&mut h, "テンキー ○ 決定");
    assert_eq!(screen(&h), Screen::Copies);
    press(&mut h, "テンキー 2");
    h.get_by_label("2通");
    press(&mut h, "テンキー ○ 決定");
    assert_eq!(screen(&h), Screen::Confirm);
    h.get_by_label("合計 300円");
    press(&mut h, "テンキー ○ 決定");
    assert_eq!(screen(&h), Screen::Payment);
    click(&mut h, "1,000円を入れる");
    finish_printing(&mut h);
    assert_eq!(screen(&h), Screen::TakeItems);
    assert_eq!(h.state().session().status(), Some(Status::Issued));
    press(&mut h, "テンキー ○ 決定");
    assert_eq!(screen(&h), Screen::Language);
    assert_eq!(h.state().change_tray(), 700);
}

/// × is Back where the screen has it, else Cancel.
#[test]
fn keypad_cancel_goes_back_then_cancels() {
    let mut h = harness(app(opts("fujifilm")));
    click(&mut h, "行政サービス");
    click(&mut h, "証明書交付サービス");
    assert_eq!(screen(&h), Screen::PlaceCard);
    click(&mut h, "テンキー × 取消");
    assert_eq!(screen(&h), Screen::Services);
    click(&mut h, "テンキー × 取消");
    assert_eq!(screen(&h), Screen::Language);
}

/// The keyboard: Enter is ○ when nothing has focus, digits type, Tab moves a visible focus.
#[test]
fn keyboard_enter_digits_and_tab() {
    let mut h = harness(app(opts("fujifilm")));
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(screen(&h), Screen::Services);
    h.key_press(egui::Key::Enter);
    h.run();
    click(&mut h, "カードを置く");
    assert_eq!(screen(&h), Screen::Path);
    h.key_press(egui::Key::Tab);
    h.run();
    let focused: Vec<String> = h
        .root()
        .children_recursive()
        .filter(|n| n.is_focused())
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(focused.len(), 1, "Tab focuses one control: {focused:?}");
    // Enter on the focused control (egui's focus) activates it, like a click.
    h.key_press(egui::Key::Enter);
    h.run();
    let toggled = h.get_by_label(&focused[0]).accesskit_node().toggled()
        == Some(egui::accesskit::Toggled::True);
    assert!(
        toggled || screen(&h) != Screen::Path,
        "Enter did nothing on {}",
        focused[0]
    );
}

#[test]
fn live_status_reaches_the_accessibility_tree() {
    let mut h = harness(app(opts("fujifilm")));
    start_in_english(&mut h, "card-tsukuba-hanako");
    click(
        &mut h,
        "Certificates issued at your municipality of residence",
    );
    type_pin(&mut h, "1234");
    let live = h.get_by_label("You can remove your card now");
    assert_eq!(live.accesskit_node().live(), egui::accesskit::Live::Polite);
    click(&mut h, "Remove card");
    click_containing(&mut h, "Copy of resident certificate");
    click(&mut h, "Next");
    click(&mut h, "Next");
    click(&mut h, "Confirm and pay");
    click(&mut h, "Insert ¥1,000");
    finish_printing(&mut h);
    let live = h.get_by_label_contains("Printing finished. Take your certificates.");
    assert_eq!(live.accesskit_node().live(), egui::accesskit::Live::Polite);
}

#[test]
fn large_text_and_high_contrast_switch_at_any_time() {
    let mut h = harness(app(opts("fujifilm")));
    start_in_english(&mut h, "card-tsukuba-hanako");
    click(&mut h, "Large text");
    click(&mut h, "High contrast");
    assert_eq!(
        screen(&h),
        Screen::Path,
        "switching does not leave the screen"
    );
    let node = h.get_by_label("Large text");
    assert_eq!(
        node.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    click(
        &mut h,
        "Certificates issued at your municipality of residence",
    );
    assert_eq!(screen(&h), Screen::Pin);
    assert!(h.unnamed_widgets().is_empty());
    click(&mut h, "Large text");
    click(&mut h, "High contrast");
}

#[test]
fn inactivity_warning_counts_down_from_at_least_20_s_and_extends() {
    let mut o = opts("fujifilm");
    o.lang = "en".into();
    let mut a = app(o);
    tour::reach(&mut a, Stop::Certificate).expect("tour");
    let mut h = harness(a);
    let later = h.state().session().now() + chrono::Duration::seconds(61);
    h.state_mut().set_time(later).expect("tick");
    h.run();
    assert!(h.state().session().warning());
    let left = h.state().session().seconds_to_timeout();
    assert!(left >= 20, "{left}");
    h.get_by_label_contains(&format!("returns to the start in {left} s"));
    click(&mut h, "More time");
    assert!(!h.state().session().warning());
    assert_eq!(screen(&h), Screen::Certificate);
}

#[test]
fn trainer_console_opens_with_f2_and_injects_faults() {
    let mut o = opts("fujifilm");
    o.lang = "en".into();
    let mut h = harness_with_console(app(o));
    h.key_press(egui::Key::F2);
    h.run();
    // The console's window and its heading carry the name.
    assert!(h.get_all_by_label("Trainer console").count() >= 1);
    h.get_by_label("Inject: Paper jam").scroll_to_me();
    h.run();
    click(&mut h, "Inject: Paper jam");
    h.state_mut().select_card("card-tsukuba-hanako");
    click(&mut h, "Administrative services");
    click(&mut h, "Cert. issue service (convenience store)");
    click(&mut h, "Place card");
    click(
        &mut h,
        "Certificates issued at your municipality of residence",
    );
    type_pin(&mut h, "1234");
    click(&mut h, "Remove card");
    click_containing(&mut h, "Copy of resident certificate");
    click(&mut h, "Next");
    click(&mut h, "Next");
    click(&mut h, "Confirm and pay");
    click(&mut h, "Insert ¥1,000");
    finish_printing(&mut h);
    // The jam stops the printer and waits for the staff; the resident gives up the job.
    assert_eq!(screen(&h), Screen::Printing);
    h.get_by_label("Printing stopped: paper jam");
    click(&mut h, "Cancel");
    assert_eq!(screen(&h), Screen::TakeItems);
    let log: Vec<_> = h
        .state()
        .history()
        .iter()
        .map(|l| format!("{:?}", l.entry))
        .collect();
    assert_eq!(
        h.state().session().status(),
        Some(Status::Cancelled),
        "{log:#?}"
    );
    h.get_by_label_contains("The printer stopped (Paper jam)");
    assert_eq!(h.state().change_tray(), 1000);
    // The log shows each refusal's rule and next step: jump to 23:00 and try again.
    click(&mut h, "Finish");
    h.get_by_label("Jump to 23:00").scroll_to_me();
    h.run();
    click(&mut h, "Jump to 23:00");
    click(&mut h, "Administrative services");
    click(&mut h, "Cert. issue service (convenience store)");
    assert_eq!(screen(&h), Screen::OutOfService);
    h.get_by_label_contains("Rule: The service runs every day from 06:30 to 23:00");
    h.get_by_label_contains("Next step: Come back from");
}

/// Every screen of both vendors in every language file present: no control without a name,
/// and no missing glyph (the harness panics on one).
#[test]
fn every_screen_in_every_language_names_every_control() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut langs: Vec<String> = std::fs::read_dir(&dir)
        .expect("locales")
        .flatten()
        .filter_map(|e| {
            let p = e.path();
            (p.extension()? == "ftl").then(|| p.file_stem()?.to_str().map(str::to_string))?
        })
        .collect();
    langs.sort();
    assert!(langs.len() >= 2);
    for lang in &langs {
        for vendor in ["fujifilm", "sharp"] {
            for stop in Stop::ALL.into_iter().filter(|s| s.on(vendor)) {
                let mut a = app(tour::options(vendor, lang));
                assert_eq!(a.lang(), lang.as_str(), "{lang} is not bundled");
                tour::reach(&mut a, stop)
                    .unwrap_or_else(|e| panic!("{lang} {vendor} {stop:?}: {e}"));
                let mut h = harness(a);
                h.run();
                let unnamed = h.unnamed_widgets();
                assert!(unnamed.is_empty(), "{lang} {vendor} {stop:?}: {unnamed:?}");
                // Every button's name is in the current language's words, never a message key.
                for n in h.root().children_recursive() {
                    if let Some(label) = n.accesskit_node().label() {
                        assert!(
                            !label.contains("-title") && !label.starts_with("btn-"),
                            "{lang} {stop:?}: untranslated {label}"
                        );
                    }
                }
            }
        }
    }
}

/// The scenario `happy-resident-fujifilm.toml` played through the window gives the runner's
/// outcome and the same journal records.
#[test]
fn replaying_a_scenario_through_the_window_matches_the_runner() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios/happy-resident-fujifilm.toml");
    let sc = kofu::scenario::load(&path).expect("scenario");
    let dir_runner = tempfile::tempdir().expect("tmp");
    let dir_gui = tempfile::tempdir().expect("tmp");
    let outcome = kofu::scenario::run::run(
        &sc,
        &kofu::scenario::run::RunOptions {
            out: Some(dir_runner.path().join("out")),
            state: Some(dir_runner.path().to_path_buf()),
            ..Default::default()
        },
    )
    .expect("run");
    let o = UiOptions {
        at: sc.at,
        state: Some(dir_gui.path().to_path_buf()),
        memory_store: false,
        pdf: true,
        ..opts("fujifilm")
    };
    let mut h = harness(app(o));
    to_certificate_list(&mut h, "card-tsukuba-hanako");
    click_containing(&mut h, "Copy of resident certificate");
    click(&mut h, "Whole household");
    click(&mut h, "Show householder and relationship");
    click(&mut h, "Next");
    click(&mut h, "One more copy");
    click(&mut h, "Next");
    click(&mut h, "Confirm and pay");
    click(&mut h, "Insert ¥1,000");
    finish_printing(&mut h);
    let s = h.state().session();
    assert_eq!(s.status().map(|x| x.name()), Some(outcome.status.as_str()));
    assert_eq!(s.total_yen(), outcome.fee_yen);
    assert_eq!(s.paid_yen(), outcome.paid_yen);
    assert_eq!(s.change_yen(), outcome.change_yen);
    assert_eq!(s.pin_tries_left(), outcome.pin_tries_left);
    let id = s.id().to_string();
    click(&mut h, "Finish");
    let gui_events: Vec<String> = h
        .state()
        .history()
        .iter()
        .filter(|l| l.session == id)
        .filter_map(|l| l.entry.as_ref().ok())
        .map(|e| format!("{} {}", e.event, e.to))
        .collect();
    let runner_events: Vec<String> = outcome
        .log
        .iter()
        .map(|e| format!("{} {}", e.event, e.to))
        .collect();
    assert_eq!(gui_events, runner_events);
    assert_eq!(h.state().tray().len(), 2, "two copies, two sheets");
    let a = Database::read_all(dir_runner.path()).expect("journal");
    let b = Database::read_all(dir_gui.path()).expect("journal");
    assert!(!a.is_empty());
    assert_eq!(a, b, "the window's journal differs from the runner's");
}

/// A fresh kiosk in English with `card`'s holder on the resident certificate's options.
fn resident_options(card: &str) -> Harness<'static, KioskApp> {
    let mut h = harness(app(opts("fujifilm")));
    to_certificate_list(&mut h, card);
    click_containing(&mut h, "Copy of resident certificate");
    assert_eq!(screen(&h), Screen::Options);
    h
}

#[test]
fn a_foreign_resident_chooses_the_residence_lines_on_the_options_screen() {
    let labels = [
        "Show nationality/region",
        "Show status of residence and period of stay",
        "Show residence card number",
    ];
    // A Japanese holder is not offered them.
    let mut h = resident_options("card-tsukuba-hanako");
    for l in labels {
        assert!(
            !find_on_pages(&mut h, l),
            "{l} offered to a Japanese holder"
        );
    }
    // A foreign resident is (on one page or another: the screen is paged), and what is ticked
    // reaches the session's selection.
    let mut h = resident_options("card-foreign-resident");
    for l in [labels[0], labels[2]] {
        assert!(find_on_pages(&mut h, l), "{l}");
        click(&mut h, l);
    }
    click(&mut h, "Next");
    assert_eq!(screen(&h), Screen::Copies);
    let o = h
        .state()
        .session()
        .current()
        .expect("selection")
        .options
        .clone();
    assert!(
        o.nationality && o.residence_card && !o.residence_status,
        "{o:?}"
    );
}
