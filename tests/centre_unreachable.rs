//! The centre unreachable (the window sends `Fault::CentreUnreachable` when the class database
//! does not answer): out of service at once on any screen, the money not charged returned as
//! at the closing, what was printed charged, and a session already over only shows the screen.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use kofu::domain::reason::Reason;
use kofu::domain::session::{Event, Fault, Screen, Status};
use kofu::report::tour::{self, Stop};
use kofu::window::KioskApp;

fn at(stop: Stop) -> KioskApp {
    let mut app = KioskApp::new(tour::options("fujifilm", "en")).unwrap();
    tour::reach(&mut app, stop).unwrap();
    app
}

fn centre_lost(app: &mut KioskApp) {
    assert!(app.send(Event::Fault {
        fault: Fault::CentreUnreachable,
        after_copies: 0,
    }));
    let s = app.session();
    assert_eq!(s.screen(), Screen::OutOfService);
    assert_eq!(
        s.refusal().map(|r| r.reason),
        Some(Reason::CentreUnreachable)
    );
    assert!(s.finished());
}

#[test]
fn on_the_home_screen_the_machine_goes_out_of_service() {
    let mut app = at(Stop::Home);
    centre_lost(&mut app);
    assert_eq!(app.session().status(), Some(Status::Refused));
    assert_eq!(app.change_tray(), 0);
}

#[test]
fn at_payment_every_yen_inserted_comes_back() {
    let mut app = at(Stop::Payment);
    assert_eq!(app.session().paid_yen(), 100);
    centre_lost(&mut app);
    assert_eq!(app.change_tray(), 100);
    assert_eq!(app.session().charged_yen(), 0);
    assert_eq!(app.session().status(), Some(Status::Refused));
}

#[test]
fn while_printing_the_copies_out_are_charged_and_the_rest_returned() {
    let mut app = at(Stop::Printing);
    let (paid, charged) = (app.session().paid_yen(), app.session().charged_yen());
    assert!(charged > 0 && charged < paid, "one of two copies out");
    centre_lost(&mut app);
    assert_eq!(app.change_tray(), paid - charged);
    assert_eq!(app.session().charged_yen(), charged);
    assert_eq!(app.session().status(), Some(Status::Issued));
    assert!(!app.tray().is_empty(), "the copy printed stays in the tray");
    // Nothing more prints.
    assert!(!app.send(Event::PrinterStep));
}

#[test]
fn with_the_items_to_take_nothing_paid_for_is_given_back_twice() {
    let mut app = at(Stop::TakeItems);
    let (change, charged) = (app.change_tray(), app.session().charged_yen());
    centre_lost(&mut app);
    assert_eq!(app.change_tray(), change);
    assert_eq!(app.session().charged_yen(), charged);
    assert_eq!(app.session().status(), Some(Status::Issued));
}

#[test]
fn a_session_already_over_only_shows_the_out_of_service_screen() {
    let mut app = at(Stop::Refusal);
    assert!(app.session().finished());
    let status = app.session().status();
    centre_lost(&mut app);
    assert_eq!(app.session().status(), status);
}
