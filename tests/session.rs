//! Session behaviour the scenarios do not pin down one by one: navigation, card-removal
//! gating, the inactivity warning, illegal events, cancel and refunds, printer faults.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::sync::Arc;

use chrono::Duration;

use kofu::domain::calendar::parse_instant;
use kofu::domain::municipality::{CertificateKind, Municipality};
use kofu::domain::reason::Reason;
use kofu::domain::session::{
    CertOptions, Event, Fault, Kiosk, NullPrinter, Screen, Session, SessionError, Status,
};
use kofu::error::Source;
use kofu::kiosk::load_vendor;
use kofu::store::MemoryStore;

fn kiosk(vendor: &str) -> Arc<Kiosk> {
    let dir = tempfile::tempdir().expect("tmp");
    let deck = dir.path().join("deck.toml");
    common::write_deck(&deck, 2);
    Arc::new(Kiosk {
        registry: kofu::kiosk::load_deck(&deck).expect("deck"),
        municipality: Municipality::parse(&Source::from_text("p.toml", common::PROFILE))
            .expect("profile"),
        vendor: load_vendor(vendor).expect("vendor"),
        kiosk_id: "t".into(),
    })
}

fn session(vendor: &str, at: &str) -> Session {
    let at = parse_instant(at).expect("at");
    Session::new(
        kiosk(vendor),
        Box::new(MemoryStore::default()),
        Box::new(NullPrinter),
        at,
        "s",
    )
}

fn to_pin(s: &mut Session) {
    for e in [Event::Services, Event::CertIssue] {
        s.handle(e).expect("step");
    }
    if s.screen() == Screen::Consent {
        s.handle(Event::Consent).expect("consent");
    }
    s.handle(Event::PlaceCard("c0".into())).expect("card");
    if s.screen() == Screen::PlaceCard {
        s.handle(Event::Next).expect("next");
    }
    s.handle(Event::Residence).expect("residence");
    assert_eq!(s.screen(), Screen::Pin);
}

const AT: &str = "2026-11-25T10:00:00+09:00";

#[test]
fn sharp_shows_consent_and_next() {
    let mut s = session("sharp", AT);
    s.handle(Event::Services).expect("services");
    s.handle(Event::CertIssue).expect("cert");
    assert_eq!(s.screen(), Screen::Consent);
    assert!(matches!(
        s.handle(Event::PlaceCard("c0".into())),
        Err(SessionError::Illegal { .. })
    ));
    s.handle(Event::Consent).expect("consent");
    s.handle(Event::PlaceCard("c0".into())).expect("card");
    assert_eq!(s.screen(), Screen::PlaceCard, "Sharp waits for Next");
    s.handle(Event::Next).expect("next");
    assert_eq!(s.screen(), Screen::Path);
}

#[test]
fn fujifilm_reads_the_card_at_once() {
    let mut s = session("fujifilm", AT);
    s.handle(Event::Services).expect("services");
    s.handle(Event::CertIssue).expect("cert");
    assert_eq!(s.screen(), Screen::PlaceCard);
    s.handle(Event::PlaceCard("c0".into())).expect("card");
    assert_eq!(s.screen(), Screen::Path);
    assert!(matches!(
        s.handle(Event::Next),
        Err(SessionError::Illegal { .. })
    ));
}

#[test]
fn wrong_pin_twice_then_right_resets_and_card_must_be_removed() {
    let mut s = session("fujifilm", AT);
    to_pin(&mut s);
    s.handle(Event::Pin("0000".into())).expect("pin");
    assert_eq!((s.screen(), s.pin_tries_left()), (Screen::Pin, 2));
    s.handle(Event::Pin("0001".into())).expect("pin");
    assert_eq!(s.pin_tries_left(), 1);
    s.handle(Event::Pin("1234".into())).expect("pin");
    assert_eq!((s.screen(), s.pin_tries_left()), (Screen::RemoveCard, 3));
    // Nothing goes on until the card is off the reader.
    for e in [
        Event::Certificate(CertificateKind::ResidentCertificate),
        Event::Back,
        Event::Copies(1),
    ] {
        assert!(s.handle(e).is_err());
    }
    s.handle(Event::RemoveCard).expect("remove");
    assert_eq!(s.screen(), Screen::Certificate);
    assert_eq!(s.card_on_reader(), None);
}

#[test]
fn third_wrong_pin_locks() {
    let mut s = session("fujifilm", AT);
    to_pin(&mut s);
    for p in ["0000", "1111", "2222"] {
        s.handle(Event::Pin(p.into())).expect("pin");
    }
    assert_eq!(s.screen(), Screen::Refusal);
    assert_eq!(s.refusal().map(|r| r.reason), Some(Reason::PinLocked));
    let facts = &s.refusal().expect("refused").facts;
    assert_eq!(facts.office.as_deref(), Some("tsukuba-city-hall"));
    assert_eq!(facts.max_tries, Some(3));
    assert_eq!(s.pin_tries_left(), 0);
    assert!(
        s.handle(Event::Pin("1234".into())).is_err(),
        "a locked card takes no PIN"
    );
    // The PIN never shows in the log.
    assert!(
        s.log()
            .iter()
            .all(|l| !l.event.contains("1234") && !l.event.contains("2222"))
    );
}

#[test]
fn malformed_pin_is_rejected_without_counting() {
    let mut s = session("fujifilm", AT);
    to_pin(&mut s);
    assert!(s.handle(Event::Pin("12a4".into())).is_err());
    assert!(s.handle(Event::Pin("12345".into())).is_err());
    assert_eq!(s.pin_tries_left(), 3);
}

#[test]
fn back_walks_the_screens() {
    let mut s = session("fujifilm", AT);
    to_pin(&mut s);
    s.handle(Event::Back).expect("back");
    assert_eq!(s.screen(), Screen::Path);
    s.handle(Event::Back).expect("back");
    assert_eq!(s.screen(), Screen::PlaceCard);
}

fn to_payment(s: &mut Session, copies: u32) {
    to_pin(s);
    s.handle(Event::Pin("1234".into())).expect("pin");
    s.handle(Event::RemoveCard).expect("remove");
    s.handle(Event::Certificate(CertificateKind::ResidentCertificate))
        .expect("cert");
    s.handle(Event::Options(CertOptions::default()))
        .expect("options");
    s.handle(Event::Copies(copies)).expect("copies");
    s.handle(Event::Confirm).expect("confirm");
    assert_eq!(s.screen(), Screen::Payment);
}

#[test]
fn cancel_during_payment_returns_every_yen() {
    let mut s = session("fujifilm", AT);
    to_payment(&mut s, 3);
    s.handle(Event::Insert(100)).expect("coin");
    s.handle(Event::Insert(100)).expect("coin");
    s.handle(Event::Insert(5)).expect("foreign coin comes back");
    assert_eq!(s.rejected_yen(), 5);
    s.handle(Event::Cancel).expect("cancel");
    assert_eq!(s.status(), Some(Status::Cancelled));
    assert_eq!(
        (s.paid_yen(), s.change_yen(), s.charged_yen()),
        (200, 200, 0)
    );
    assert!(s.issued().is_empty());
}

#[test]
fn inactivity_warns_at_least_20_s_and_can_be_extended() {
    let mut s = session("fujifilm", AT);
    to_payment(&mut s, 1);
    s.handle(Event::Insert(100)).expect("coin");
    let t0 = s.now();
    s.handle(Event::Tick(t0 + Duration::seconds(59)))
        .expect("tick");
    assert!(!s.warning());
    s.handle(Event::Tick(t0 + Duration::seconds(60)))
        .expect("tick");
    assert!(s.warning());
    assert!(s.seconds_to_timeout() >= 20);
    s.handle(Event::Extend).expect("extend");
    assert!(!s.warning());
    let t1 = s.now();
    s.handle(Event::Tick(t1 + Duration::seconds(89)))
        .expect("tick");
    assert!(s.warning() && s.status().is_none());
    s.handle(Event::Tick(t1 + Duration::seconds(90)))
        .expect("tick");
    assert_eq!(s.status(), Some(Status::TimedOut));
    assert_eq!(s.change_yen(), 100, "the money comes back on a reset");
}

#[test]
fn paper_jam_after_one_copy_charges_one() {
    let mut s = session("fujifilm", AT);
    to_payment(&mut s, 3);
    s.handle(Event::Fault {
        fault: Fault::PaperJam,
        after_copies: 1,
    })
    .expect("fault");
    s.handle(Event::Insert(500)).expect("coin");
    while s.screen() == Screen::Printing && s.printer_halted().is_none() {
        s.handle(Event::PrinterStep).expect("print");
    }
    // Stopped after the first copy, waiting for the staff; the resident gives up the rest.
    assert_eq!(s.printer_halted(), Some(Fault::PaperJam));
    assert_eq!(s.issued().first().map(|d| d.printed), Some(1));
    s.handle(Event::Cancel).expect("give up the rest");
    assert_eq!(s.screen(), Screen::TakeItems);
    assert_eq!(s.status(), Some(Status::Issued));
    assert_eq!((s.charged_yen(), s.change_yen()), (150, 350));
    assert_eq!(s.issued().first().map(|d| d.printed), Some(1));
    assert!(s.handle(Event::Cancel).is_err(), "no refund once printed");
}

#[test]
fn session_closes_at_23_and_returns_money() {
    let mut s = session("fujifilm", "2026-11-25T22:59:10+09:00");
    to_payment(&mut s, 2);
    s.handle(Event::Insert(100)).expect("coin");
    let t = parse_instant("2026-11-25T23:00:00+09:00").expect("t");
    s.handle(Event::Tick(t)).expect("tick");
    s.handle(Event::Insert(500))
        .expect("insert is answered by the closure");
    assert_eq!(s.screen(), Screen::OutOfService);
    assert_eq!(
        s.refusal().map(|r| r.reason),
        Some(Reason::OutOfServiceHours)
    );
    assert_eq!(s.change_yen(), 100);
    assert!(s.issued().is_empty());
}

#[test]
fn out_of_hours_refuses_at_the_service_button() {
    let mut s = session("fujifilm", "2026-11-25T06:29:59+09:00");
    s.handle(Event::Services).expect("services");
    s.handle(Event::CertIssue).expect("cert");
    assert_eq!(s.screen(), Screen::OutOfService);
    assert_eq!(
        s.refusal()
            .and_then(|r| r.facts.reopens_at)
            .map(|t| t.to_rfc3339()),
        Some("2026-11-25T06:30:00+09:00".to_string())
    );
    let mut s = session("fujifilm", "2026-11-25T06:30:00+09:00");
    s.handle(Event::Services).expect("services");
    s.handle(Event::CertIssue).expect("cert");
    assert_eq!(s.screen(), Screen::PlaceCard);
}

#[test]
fn another_certificate_adds_to_the_total() {
    let mut s = session("fujifilm", AT);
    to_pin(&mut s);
    s.handle(Event::Pin("1234".into())).expect("pin");
    s.handle(Event::RemoveCard).expect("remove");
    s.handle(Event::Certificate(CertificateKind::ResidentCertificate))
        .expect("cert");
    s.handle(Event::Options(CertOptions::default()))
        .expect("options");
    s.handle(Event::Copies(2)).expect("copies");
    s.handle(Event::AddAnother).expect("another");
    // The synthetic persons have no seal: a recoverable refusal, then back to the list.
    s.handle(Event::Certificate(CertificateKind::SealCertificate))
        .expect("seal");
    assert_eq!(
        s.refusal().map(|r| r.reason),
        Some(Reason::NoSealRegistration)
    );
    s.handle(Event::Back).expect("back");
    assert_eq!(s.screen(), Screen::Certificate);
    s.handle(Event::Certificate(CertificateKind::ResidentCertificate))
        .expect("cert");
    s.handle(Event::Options(CertOptions::default()))
        .expect("options");
    s.handle(Event::Copies(1)).expect("copies");
    assert_eq!(s.total_yen(), 450);
    s.handle(Event::Confirm).expect("confirm");
    s.handle(Event::Insert(500)).expect("note");
    while s.screen() == Screen::Printing {
        s.handle(Event::PrinterStep).expect("print");
    }
    assert_eq!(s.issued().len(), 2);
    assert_ne!(s.issued()[0].issue_number, s.issued()[1].issue_number);
    assert_eq!(s.change_yen(), 50);
}

#[test]
fn copies_beyond_the_profile_maximum_are_rejected() {
    let mut s = session("fujifilm", AT);
    to_pin(&mut s);
    s.handle(Event::Pin("1234".into())).expect("pin");
    s.handle(Event::RemoveCard).expect("remove");
    s.handle(Event::Certificate(CertificateKind::ResidentCertificate))
        .expect("cert");
    s.handle(Event::Options(CertOptions::default()))
        .expect("options");
    assert!(s.handle(Event::Copies(0)).is_err());
    assert!(s.handle(Event::Copies(11)).is_err());
    assert!(s.handle(Event::Copies(10)).is_ok());
}
