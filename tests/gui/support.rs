//! The window under egui_kittest: a harness, clicks by accessible label, the flow's steps.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kofu::domain::session::{Screen, Status};
use kofu::report::tour;
use kofu::window::{KioskApp, UiOptions, tokens};

pub fn harness(app: KioskApp) -> Harness<'static, KioskApp> {
    Harness::builder()
        .with_size(tokens::window_size())
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app)
}

/// A harness with room for the trainer console beside the machine (the harness shows the
/// console's window inside the kiosk's, at its right edge).
pub fn harness_with_console(app: KioskApp) -> Harness<'static, KioskApp> {
    Harness::builder()
        .with_size(tokens::window_size() + egui::vec2(tokens::TRAINER_WIDTH + tokens::MARGIN, 0.0))
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app)
}

/// A kiosk at 2026-11-25 10:00 JST with a paused clock, journal in memory, instant printing.
pub fn opts(vendor: &str) -> UiOptions {
    UiOptions {
        print_seconds_per_copy: 0.0,
        ..tour::options(vendor, "ja")
    }
}

pub fn app(o: UiOptions) -> KioskApp {
    KioskApp::new(o).expect("kiosk")
}

pub fn click(h: &mut Harness<'_, KioskApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

pub fn click_containing(h: &mut Harness<'_, KioskApp>, part: &str) {
    h.get_by_label_contains(part).click();
    h.run();
}

pub fn screen(h: &Harness<'_, KioskApp>) -> Screen {
    h.state().session().screen()
}

/// Runs frames until printing is over (instant printing: one copy per frame).
pub fn finish_printing(h: &mut Harness<'_, KioskApp>) {
    for _ in 0..50 {
        if screen(h) != Screen::Printing {
            break;
        }
        h.step();
    }
    h.run();
}

/// Turns the pages of a paged screen ("Next page", then back from the first) until `label` is
/// on show; false if no page has it.
pub fn find_on_pages(h: &mut Harness<'_, KioskApp>, label: &str) -> bool {
    while h.query_by_label("Previous page").is_some() {
        click(h, "Previous page");
    }
    loop {
        if h.query_by_label(label).is_some() {
            return true;
        }
        if h.query_by_label("Next page").is_none() {
            return false;
        }
        click(h, "Next page");
    }
}

/// Opens the home menu's language list ("言語 / Language") and chooses a language by its name.
pub fn choose_language(h: &mut Harness<'_, KioskApp>, name: &str) {
    // "言語 / Language" in Japanese, "Language / 言語" in English, and so on.
    let label = h
        .get_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.contains("Language") && l.contains('/'))
        .expect("the Language button");
    click(h, &label);
    click(h, name);
    assert_eq!(screen(h), Screen::Language);
}

/// English, administrative services, certificate service (and Sharp's notice), the card.
pub fn start_in_english(h: &mut Harness<'_, KioskApp>, card: &str) {
    choose_language(h, "English");
    assert_eq!(h.state().lang(), "en");
    click(h, "Administrative services");
    click(h, "Cert. issue service (convenience store)");
    if screen(h) == Screen::Consent {
        click(h, "Agree");
    }
    assert_eq!(screen(h), Screen::PlaceCard);
    h.state_mut().select_card(card);
    click(h, "Place card");
    if h.state().session().kiosk().vendor.next_after_card {
        click(h, "Next");
    }
    assert_eq!(screen(h), Screen::Path);
}

/// English, the card, the certificates of residence, the right PIN, the card taken off: the
/// certificate list.
pub fn to_certificate_list(h: &mut Harness<'_, KioskApp>, card: &str) {
    start_in_english(h, card);
    click(h, "Certificates issued at your municipality of residence");
    type_pin(h, "1234");
    click(h, "Remove card");
    assert_eq!(screen(h), Screen::Certificate);
}

pub fn type_pin(h: &mut Harness<'_, KioskApp>, pin: &str) {
    for d in pin.chars() {
        click(h, &d.to_string());
    }
    click(h, "OK");
}

/// From the certificate list: one copy, pay with a ¥1,000 note, printing, take the items.
pub fn buy_one(h: &mut Harness<'_, KioskApp>, cert: &str, fee: u32) {
    print_one(h, cert, fee);
    click(h, "Finish");
    assert_eq!(screen(h), Screen::Language);
    assert_eq!(
        h.state().lang(),
        "ja",
        "the next customer starts in Japanese"
    );
}

/// From the certificate list up to the take-your-items screen: one copy paid with a ¥1,000
/// note and printed (certificate in the tray, change in its tray).
pub fn print_one(h: &mut Harness<'_, KioskApp>, cert: &str, fee: u32) {
    click_containing(h, cert);
    if screen(h) == Screen::Options {
        click(h, "Next");
    }
    assert_eq!(screen(h), Screen::Copies);
    click(h, "Next");
    assert_eq!(screen(h), Screen::Confirm);
    h.get_by_label_contains(&format!("Total ¥{fee}"));
    click(h, "Confirm and pay");
    assert_eq!(screen(h), Screen::Payment);
    click(h, "Insert ¥1,000");
    finish_printing(h);
    assert_eq!(screen(h), Screen::TakeItems);
    assert_eq!(h.state().session().status(), Some(Status::Issued));
    assert_eq!(h.state().change_tray(), 1000 - fee);
    assert_eq!(h.state().tray().len(), 1);
}
