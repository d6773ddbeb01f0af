//! The copier's home menu and paged screens, driven through the window's accessibility tree:
//! the other services are listed and touching one says so and changes nothing else; the two
//! vendors' machines look different; large-text paging reaches every certificate by keypad.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeSet;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kofu::domain::effect::Effect;
use kofu::domain::municipality::CertificateKind;
use kofu::domain::session::Screen;
use kofu::report::tour::{self, Stop};
use kofu::window::KioskApp;

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

use support::*;

const OTHERS: [&str; 6] = [
    "Copy",
    "Print (USB / smartphone)",
    "Scan",
    "Fax",
    "Photo prints",
    "Tickets and payments",
];

#[test]
fn touching_another_service_says_so_and_changes_nothing_else() {
    for vendor in ["fujifilm", "sharp"] {
        let mut h = harness(app(opts(vendor)));
        choose_language(&mut h, "English");
        for name in OTHERS {
            h.get_by_label(name);
        }
        let sent_before = h.state().sent_events().len();
        click(&mut h, "Copy");
        assert_eq!(screen(&h), Screen::Language, "{vendor}");
        assert_eq!(h.state().session().status(), None);
        // One event, one effect: the wrong turn, nothing else.
        assert_eq!(h.state().sent_events().len(), sent_before + 1);
        let last = h.state().history().last().expect("logged");
        let effects = &last.entry.as_ref().expect("accepted").effects;
        assert!(
            matches!(effects.as_slice(), [Effect::OtherServiceTouched { .. }]),
            "{effects:?}"
        );
        h.get_by_label_contains("\"Copy\" is not in this emulator");
        assert_eq!(h.state().live_status(), "\"Copy\" is not available here");
        // The way on is still there.
        click(&mut h, "Administrative services");
        assert_eq!(screen(&h), Screen::Services);
    }
}

#[test]
fn a_service_the_machine_lacks_is_an_error_in_a_scenario() {
    let dir = tempfile::tempdir().expect("tmp");
    let vendor = dir.path().join("v.toml");
    std::fs::write(
        &vendor,
        "id = \"mini\"\nname = \"Mini\"\nwarning_seconds = 30\naccepted_yen = [100, 1000]\n\
         home_menu = [\"administrative\", \"copy\"]\n",
    )
    .expect("write");
    let mut o = opts("fujifilm");
    o.vendor = vendor.display().to_string();
    let mut a = app(o);
    assert!(a.send(kofu::domain::session::Event::OtherService(
        kofu::domain::vendor::look::OtherService::Copy
    )));
    assert!(!a.send(kofu::domain::session::Event::OtherService(
        kofu::domain::vendor::look::OtherService::Fax
    )));
    let mut h = harness(a);
    h.run();
    assert!(h.query_by_label("ファクス").is_none());
    h.get_by_label("コピー");
}

/// Where the home menu puts "Copy", and the main action's colour, on a vendor's machine.
fn home_look(vendor: &str) -> (egui::Rect, egui::Color32) {
    let mut a = app(opts(vendor));
    tour::reach(&mut a, Stop::Home).expect("home");
    let mut h = harness(a);
    h.run();
    let rect = h.get_by_label("コピー").rect();
    (rect, h.state().tokens().c.primary_bg)
}

#[test]
fn each_vendor_looks_like_itself() {
    let (fuji_copy, fuji_accent) = home_look("fujifilm");
    let (sharp_copy, sharp_accent) = home_look("sharp");
    assert_ne!(fuji_accent, sharp_accent);
    // Tiles (Fujifilm: print first, copy second) against rows (Sharp: copy first).
    assert!(
        fuji_copy.left() > sharp_copy.left() + 50.0,
        "{fuji_copy:?} {sharp_copy:?}"
    );
    assert!(
        fuji_copy.height() > sharp_copy.height(),
        "{fuji_copy:?} {sharp_copy:?}"
    );
}

/// The certificate list in English and large text, on show.
fn large_certificate_list(vendor: &str) -> Harness<'static, KioskApp> {
    let mut o = opts(vendor);
    o.lang = "en".into();
    o.large_text = true;
    let mut a = app(o);
    tour::reach(&mut a, Stop::Certificate).expect("certificate list");
    let mut h = harness(a);
    h.run();
    h
}

/// A fresh large-text certificate list, after `before` presses of 8 and ○ (the keypad's way to
/// a page), then `moves` presses of 8 and ○: the certificate chosen, if any.
fn keypad_choice(vendor: &str, before: usize, moves: usize) -> Option<CertificateKind> {
    let mut h = large_certificate_list(vendor);
    for n in [before, moves] {
        for _ in 0..n {
            click(&mut h, "Keypad 8");
        }
        click(&mut h, "Keypad ○ Enter");
        if screen(&h) != Screen::Certificate {
            return h.state().session().current().map(|s| s.kind);
        }
    }
    None
}

#[test]
fn large_text_paging_reaches_every_certificate_by_keypad() {
    // The list does not fit one large-text page: it is paged, not scrolled.
    let h = large_certificate_list("fujifilm");
    h.get_by_label_contains("Page 1 of");
    h.get_by_label("Next page");
    assert!(h.query_by_label("Previous page").is_none());
    // By the keypad alone: the highlight moves over what the page shows; ○ on "Next page"
    // turns it. Every certificate is reached on one page or another.
    let mut reached = BTreeSet::new();
    for before in 0..5 {
        for moves in 0..10 {
            if let Some(k) = keypad_choice("fujifilm", before, moves) {
                reached.insert(k.code());
            }
        }
    }
    // Every kind the kiosk's municipality (Tsukuba) offers; the other kinds are other
    // municipalities' (Harima's record items, Toshima's and Bunkyo's tax payment).
    let tsukuba = kofu::kiosk::load_municipality("tsukuba").expect("tsukuba");
    let offered: BTreeSet<&str> = tsukuba.offers.keys().map(|k| k.code()).collect();
    assert!(offered.len() >= 5, "{offered:?}");
    assert_eq!(reached, offered);
}

#[test]
fn the_service_the_instruction_names_is_on_the_first_page_in_every_language_and_text_size() {
    let langs: Vec<&str> = kofu::i18n::I18n::in_lang("en")
        .languages()
        .into_iter()
        .map(|(code, _)| code)
        .collect();
    assert!(langs.len() >= 11);
    use kofu::domain::session::Event;
    let services_on_show = |h: &Harness<'_, KioskApp>| {
        h.state()
            .drawn()
            .iter()
            .any(|d| d.sends == Some(Event::Services))
    };
    for vendor in ["fujifilm", "sharp"] {
        for lang in &langs {
            for large in [false, true] {
                let mut o = opts(vendor);
                o.lang = (*lang).into();
                o.large_text = large;
                let mut h = harness(app(o));
                h.run();
                let what = format!("{vendor} {lang} large text {large}");
                assert!(services_on_show(&h), "{what}: 行政サービス not on page one");
                // After a wrong turn the notice takes the instruction's place: still there.
                let other = h
                    .state()
                    .drawn()
                    .iter()
                    .find(|d| matches!(d.sends, Some(Event::OtherService(_))))
                    .map(|d| d.label.clone());
                if let Some(label) = other {
                    click(&mut h, &label);
                    assert!(
                        services_on_show(&h),
                        "{what}: not on page one after a notice"
                    );
                }
            }
        }
    }
}

#[test]
fn every_later_page_repeats_the_screens_title() {
    let mut h = large_certificate_list("fujifilm");
    let title = kofu::i18n::I18n::in_lang("en").t("cert-title");
    let tops = |h: &Harness<'_, KioskApp>| -> Vec<f32> {
        h.query_all_by_label(&title)
            .map(|n| n.rect().top())
            .collect()
    };
    let first = tops(&h).into_iter().fold(f32::MAX, f32::min);
    click(&mut h, "Next page");
    assert_eq!(screen(&h), Screen::Certificate);
    let later = tops(&h);
    assert!(
        later.iter().any(|t| (t - first).abs() < 12.0),
        "the title is at the top of page 2 too: {first} vs {later:?}"
    );
}
