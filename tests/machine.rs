//! The copier's parts in the domain: what the reader, the slot and the trays tell the session,
//! and that the window and `kofu run` need no copy of them (both drive `Machine`).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::sync::Arc;

use kofu::domain::calendar::parse_instant;
use kofu::domain::machine::{Hand, Machine, PartEffect};
use kofu::domain::municipality::{CertificateKind, Municipality};
use kofu::domain::session::{
    CertOptions, Event, Kiosk, NullPrinter, Screen, Session, SessionError,
};
use kofu::error::Source;
use kofu::kiosk::load_vendor;
use kofu::store::MemoryStore;

fn session(vendor: &str) -> Session {
    let dir = tempfile::tempdir().expect("tmp");
    let deck = dir.path().join("deck.toml");
    common::write_deck(&deck, 2);
    let kiosk = Arc::new(Kiosk {
        registry: kofu::kiosk::load_deck(&deck).expect("deck"),
        municipality: Municipality::parse(&Source::from_text("p.toml", common::PROFILE))
            .expect("profile"),
        vendor: load_vendor(vendor).expect("vendor"),
        kiosk_id: "t".into(),
    });
    let at = parse_instant("2026-11-25T10:00:00+09:00").expect("at");
    Session::new(
        kiosk,
        Box::new(MemoryStore::default()),
        Box::new(NullPrinter),
        at,
        "s",
    )
}

fn events(steps: &[kofu::domain::session::Step]) -> Vec<Event> {
    steps.iter().map(|s| s.event.clone()).collect()
}

#[test]
fn a_card_laid_down_early_lies_on_the_reader_until_the_card_screen_reads_it() {
    let mut s = session("fujifilm");
    let mut m = Machine::default();
    let done = m.hand(&mut s, Hand::PlaceCard("c0".into())).unwrap();
    assert!(done.steps.is_empty(), "the home screen reads no card");
    assert_eq!(done.parts, vec![PartEffect::CardHeld]);
    assert_eq!((m.reader(), s.card_on_reader()), (Some("c0"), None));
    assert!(s.log().is_empty(), "the session was told nothing");

    m.tap(&mut s, Event::Services).unwrap();
    let done = m.tap(&mut s, Event::CertIssue).unwrap();
    assert_eq!(
        events(&done.steps),
        vec![Event::CertIssue, Event::PlaceCard("c0".into())],
        "the card screen came and read the card lying there, in that order"
    );
    assert_eq!(done.steps[0].to, Screen::PlaceCard);
    assert_eq!(s.screen(), Screen::Path);
    assert_eq!(s.card_on_reader(), Some("c0"));
}

#[test]
fn taking_a_card_off_tells_the_session_only_when_it_had_read_it() {
    let mut s = session("fujifilm");
    let mut m = Machine::default();
    m.hand(&mut s, Hand::PlaceCard("c0".into())).unwrap();
    let done = m.hand(&mut s, Hand::RemoveCard).unwrap();
    assert!(done.steps.is_empty());
    assert_eq!(done.parts, vec![PartEffect::CardTakenBack]);
    assert_eq!(m.reader(), None);

    for e in [Event::Services, Event::CertIssue] {
        m.tap(&mut s, e).unwrap();
    }
    let read = m.hand(&mut s, Hand::PlaceCard("c0".into())).unwrap();
    assert_eq!(events(&read.steps), vec![Event::PlaceCard("c0".into())]);
    let busy = m.hand(&mut s, Hand::PlaceCard("c1".into())).unwrap();
    assert_eq!(busy.parts, vec![PartEffect::ReaderBusy]);
    assert_eq!(m.reader(), Some("c0"), "one card at a time");
    let off = m.hand(&mut s, Hand::RemoveCard).unwrap();
    assert_eq!(events(&off.steps), vec![Event::RemoveCard]);
    assert_eq!((s.screen(), s.card_on_reader()), (Screen::PlaceCard, None));
}

#[test]
fn the_slot_is_shut_but_on_the_payment_screen() {
    let mut s = session("fujifilm");
    let mut m = Machine::default();
    let done = m.hand(&mut s, Hand::Insert(100)).unwrap();
    assert_eq!(done.parts, vec![PartEffect::SlotShut { yen: 100 }]);
    assert!(done.steps.is_empty() && s.log().is_empty());
    assert_eq!(m.change(), 0, "the coin stayed in the hand");
}

#[test]
fn printed_copies_and_returned_money_fall_into_the_trays_until_taken() {
    let mut s = session("fujifilm");
    let mut m = Machine::default();
    for e in [Event::Services, Event::CertIssue] {
        m.tap(&mut s, e).unwrap();
    }
    m.hand(&mut s, Hand::PlaceCard("c0".into())).unwrap();
    m.tap(&mut s, Event::Residence).unwrap();
    m.tap(&mut s, Event::Pin("1234".into())).unwrap();
    m.hand(&mut s, Hand::RemoveCard).unwrap();
    for e in [
        Event::Certificate(CertificateKind::ResidentCertificate),
        Event::Options(CertOptions::default()),
        Event::Copies(2),
        Event::Confirm,
    ] {
        m.tap(&mut s, e).unwrap();
    }
    assert_eq!(s.screen(), Screen::Payment);
    m.hand(&mut s, Hand::Insert(1000)).unwrap();
    while s.screen() == Screen::Printing {
        m.tap(&mut s, Event::PrinterStep).unwrap();
    }
    assert_eq!(s.screen(), Screen::TakeItems);
    let fee = s
        .kiosk()
        .municipality
        .fee(CertificateKind::ResidentCertificate)
        .unwrap();
    assert_eq!(m.change(), 1000 - 2 * fee);
    assert_eq!(m.tray().len(), 2);
    assert_eq!(
        (m.tray()[0].copy, m.tray()[1].copy, m.tray()[1].of),
        (1, 2, 2)
    );
    assert_eq!(m.sheets_of("s"), 2);
    assert_eq!(m.sheets_of("the next customer"), 0);
    m.hand(&mut s, Hand::TakeSheets).unwrap();
    m.hand(&mut s, Hand::TakeChange).unwrap();
    assert_eq!((m.tray().len(), m.change()), (0, 0));
}

#[test]
fn a_scenario_card_on_a_screen_that_reads_none_is_the_sessions_error_and_leaves_no_card() {
    let mut s = session("sharp");
    let mut m = Machine::default();
    for e in [Event::Services, Event::CertIssue] {
        m.play(&mut s, e).unwrap();
    }
    assert_eq!(s.screen(), Screen::Consent);
    let err = m.play(&mut s, Event::PlaceCard("c0".into())).unwrap_err();
    assert!(matches!(err, SessionError::Illegal { .. }), "{err}");
    assert_eq!(m.reader(), None, "the card was taken back");
    m.play(&mut s, Event::Consent).unwrap();
    let done = m.play(&mut s, Event::PlaceCard("c0".into())).unwrap();
    assert_eq!(events(&done.steps), vec![Event::PlaceCard("c0".into())]);
    assert_eq!((m.reader(), s.card_on_reader()), (Some("c0"), Some("c0")));
}

#[test]
fn a_card_the_session_lets_go_of_leaves_the_reader() {
    let mut s = session("sharp");
    let mut m = Machine::default();
    for e in [Event::Services, Event::CertIssue, Event::Consent] {
        m.tap(&mut s, e).unwrap();
    }
    m.hand(&mut s, Hand::PlaceCard("c0".into())).unwrap();
    assert_eq!(m.reader(), Some("c0"));
    let back = m.tap(&mut s, Event::Back).unwrap();
    assert_eq!(back.steps.len(), 1);
    assert_eq!((s.card_on_reader(), m.reader()), (None, None));
    let again = m.tap(&mut s, Event::Consent).unwrap();
    assert_eq!(
        events(&again.steps),
        vec![Event::Consent],
        "no card lies there to read"
    );
}
