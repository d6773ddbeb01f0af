//! A printer fault as the machine has it: a jam or no paper stops the job mid-way, the panel
//! says so and asks for the staff, the staff clear it from the machine's printer part and the
//! remaining copies print; or the resident cancels and the copies not printed are refunded.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use egui_kittest::kittest::Queryable;
use kofu::domain::session::{Event, Fault, Screen, Status};

#[allow(dead_code)]
#[path = "gui/support.rs"]
mod support;

use support::*;

/// To the payment screen for one resident certificate with a jam armed before its first copy,
/// then ¥1,000 in: the printer stops at once.
fn jammed(h: &mut egui_kittest::Harness<'_, kofu::window::KioskApp>) {
    to_certificate_list(h, "card-tsukuba-hanako");
    click_containing(h, "Copy of resident certificate");
    if screen(h) == Screen::Options {
        click(h, "Next");
    }
    click(h, "Next");
    click(h, "Confirm and pay");
    assert!(h.state_mut().send(Event::Fault {
        fault: Fault::PaperJam,
        after_copies: 0,
    }));
    click(h, "Insert ¥1,000");
    for _ in 0..5 {
        h.step();
    }
    h.run();
    assert_eq!(screen(h), Screen::Printing);
    assert_eq!(h.state().session().printer_halted(), Some(Fault::PaperJam));
    assert!(h.state().tray().is_empty(), "nothing printed yet");
    h.get_by_label("Printing stopped: paper jam");
    h.get_by_label_contains("Once they have fixed the printer");
    h.get_by_label_contains("The printer has stopped (Paper jam)");
}

#[test]
fn the_staff_clear_a_jam_and_the_job_prints() {
    for vendor in ["fujifilm", "sharp"] {
        let mut h = harness(app(opts(vendor)));
        jammed(&mut h);
        click(&mut h, "Staff: clear the fault (Paper jam)");
        finish_printing(&mut h);
        assert_eq!(screen(&h), Screen::TakeItems, "{vendor}");
        assert_eq!(h.state().session().status(), Some(Status::Issued));
        assert_eq!(h.state().tray().len(), 1, "{vendor}: the copy printed");
        assert_eq!(h.state().change_tray(), 850, "{vendor}: charged in full");
        // Everything printed: the end screen does not speak of a stopped printer.
        assert!(h.query_by_label_contains("Printer stopped").is_none());
    }
}

#[test]
fn the_resident_cancels_a_jammed_job_and_gets_the_money_back() {
    let mut h = harness(app(opts("fujifilm")));
    jammed(&mut h);
    click(&mut h, "Cancel");
    assert_eq!(screen(&h), Screen::TakeItems);
    assert!(h.state().tray().is_empty());
    assert_eq!(h.state().change_tray(), 1000, "nothing printed: all back");
    assert_eq!(h.state().session().printer_halted(), None);
}

/// The console shows a fault as armed from the moment it is set until it strikes (a trainer
/// cannot see an armed fault anywhere else), then says none is armed.
#[test]
fn the_console_shows_an_armed_fault_until_it_strikes() {
    let mut o = opts("fujifilm");
    o.trainer = true;
    o.lang = "en".into();
    let mut h = harness_with_console(app(o));
    h.run();
    h.get_by_label("No fault is armed");
    // The console scrolls: bring the button into view first.
    h.get_by_label("Inject: Paper jam").scroll_to_me();
    h.run();
    click(&mut h, "Inject: Paper jam");
    h.get_by_label("Armed: Paper jam, after 0 copies printed");
    assert!(h.query_by_label("No fault is armed").is_none());
    to_certificate_list(&mut h, "card-tsukuba-hanako");
    click_containing(&mut h, "Copy of resident certificate");
    if screen(&h) == Screen::Options {
        click(&mut h, "Next");
    }
    click(&mut h, "Next");
    click(&mut h, "Confirm and pay");
    h.get_by_label("Armed: Paper jam, after 0 copies printed");
    click(&mut h, "Insert ¥1,000");
    for _ in 0..5 {
        h.step();
    }
    h.run();
    assert_eq!(h.state().session().printer_halted(), Some(Fault::PaperJam));
    assert!(
        h.query_by_label_contains("Armed: Paper jam").is_none(),
        "it struck: no longer armed"
    );
    h.get_by_label("No fault is armed");
}
