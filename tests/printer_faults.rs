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
