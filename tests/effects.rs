//! The effects of each transition: what `Session::handle` says happened, which every consumer
//! (window, runner, trainer log, walkthrough, speech guide) relies on instead of comparing state.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::sync::Arc;

use kofu::domain::calendar::parse_instant;
use kofu::domain::effect::{Effect, Returned};
use kofu::domain::municipality::{CertificateKind, Municipality};
use kofu::domain::reason::Reason;
use kofu::domain::session::{Event, Fault, Kiosk, NullPrinter, Screen, Session, Status, Step};
use kofu::error::Source;
use kofu::kiosk::load_vendor;
use kofu::store::MemoryStore;

fn session(vendor: &str, at: &str) -> Session {
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
    Session::new(
        kiosk,
        Box::new(MemoryStore::default()),
        Box::new(NullPrinter),
        parse_instant(at).expect("at"),
        "s",
    )
}

const AT: &str = "2026-11-25T10:00:00+09:00";

fn step(s: &mut Session, e: Event) -> Step {
    s.handle(e).expect("accepted")
}

fn to_pin(s: &mut Session) {
    step(s, Event::Services);
    step(s, Event::CertIssue);
    let read = step(s, Event::PlaceCard("c0".into()));
    assert_eq!(read.effects, [Effect::CardRead]);
    step(s, Event::Residence);
    assert_eq!(s.screen(), Screen::Pin);
}

/// Up to the payment screen with one resident certificate, one copy (¥150).
fn to_payment(s: &mut Session) {
    to_pin(s);
    step(s, Event::Pin("1234".into()));
    step(s, Event::RemoveCard);
    step(s, Event::Certificate(CertificateKind::ResidentCertificate));
    step(s, Event::Options(Default::default()));
    step(s, Event::Copies(1));
    let pay = step(s, Event::Confirm);
    assert_eq!(pay.effects, [Effect::PaymentDue { yen: 150 }]);
}

#[test]
fn a_wrong_pin_says_the_tries_left_and_the_third_locks() {
    let mut s = session("fujifilm", AT);
    to_pin(&mut s);
    let first = step(&mut s, Event::Pin("0000".into()));
    assert_eq!(first.effects, [Effect::PinRejected { tries_left: 2 }]);
    assert_eq!(first.to, Screen::Pin);
    let second = step(&mut s, Event::Pin("0001".into()));
    assert_eq!(second.effects, [Effect::PinRejected { tries_left: 1 }]);
    let third = step(&mut s, Event::Pin("0002".into()));
    assert_eq!(third.to, Screen::Refusal);
    assert_eq!(third.effects.first(), Some(&Effect::PinLocked));
    let refused = third.effects.iter().find_map(|e| match e {
        Effect::Refused(r) => Some(r.reason),
        _ => None,
    });
    assert_eq!(refused, Some(Reason::PinLocked));
    assert!(third.effects.contains(&Effect::SessionEnded {
        status: Status::Refused
    }));
}

#[test]
fn a_right_pin_authorises_and_the_card_may_be_removed() {
    let mut s = session("fujifilm", AT);
    to_pin(&mut s);
    let ok = step(&mut s, Event::Pin("1234".into()));
    assert_eq!(ok.effects, [Effect::PinAccepted, Effect::CardMayBeRemoved]);
    assert_eq!(ok.to, Screen::RemoveCard);
    let off = step(&mut s, Event::RemoveCard);
    assert_eq!(off.effects, [Effect::CardTakenOff]);
    assert_eq!(off.to, Screen::Certificate);
}

#[test]
fn the_basket_says_what_was_added_and_the_total() {
    let mut s = session("fujifilm", AT);
    to_pin(&mut s);
    step(&mut s, Event::Pin("1234".into()));
    step(&mut s, Event::RemoveCard);
    let kind = CertificateKind::ResidentCertificate;
    let chosen = step(&mut s, Event::Certificate(kind));
    assert_eq!(
        chosen.effects,
        [Effect::SelectionStarted { certificate: kind }]
    );
    assert!(
        step(&mut s, Event::Options(Default::default()))
            .effects
            .is_empty()
    );
    let copies = step(&mut s, Event::Copies(2));
    assert_eq!(
        copies.effects,
        [
            Effect::SelectionAdded {
                certificate: kind,
                copies: 2,
                fee_yen: 150
            },
            Effect::Total { yen: 300 }
        ]
    );
    let back = step(&mut s, Event::Back);
    assert_eq!(
        back.effects,
        [
            Effect::SelectionReopened { certificate: kind },
            Effect::Total { yen: 0 }
        ]
    );
}

#[test]
fn an_insert_past_the_total_is_accepted_then_printing_and_change() {
    let mut s = session("fujifilm", AT);
    to_payment(&mut s);
    let coin = step(&mut s, Event::Insert(100));
    assert_eq!(
        coin.effects,
        [Effect::MoneyAccepted {
            yen: 100,
            remaining_yen: 50
        }]
    );
    let note = step(&mut s, Event::Insert(1000));
    assert_eq!(
        note.effects,
        [
            Effect::MoneyAccepted {
                yen: 1000,
                remaining_yen: 0
            },
            Effect::PrintingStarted { copies: 1 }
        ]
    );
    let printed = step(&mut s, Event::PrinterStep);
    assert!(matches!(
        printed.effects.first(),
        Some(Effect::CopyPrinted { copy: 1, of: 1, .. })
    ));
    assert!(printed.effects.contains(&Effect::PrintingDone));
    assert!(printed.effects.contains(&Effect::MoneyReturned {
        yen: 950,
        why: Returned::Change
    }));
    assert_eq!(printed.to, Screen::TakeItems);
}

#[test]
fn a_coin_the_slot_refuses_comes_back_with_its_reason() {
    let mut s = session("fujifilm", AT);
    to_payment(&mut s);
    step(
        &mut s,
        Event::Fault {
            fault: Fault::NoChange,
            after_copies: 0,
        },
    );
    let back = step(&mut s, Event::Insert(1000));
    assert_eq!(
        back.effects,
        [Effect::MoneyReturned {
            yen: 1000,
            why: Returned::NoChange
        }]
    );
    assert_eq!(s.rejected_yen(), 1000);
    assert!(s.handle(Event::Insert(4_294_967_295)).is_err(), "not money");
}

#[test]
fn a_printer_fault_prints_what_it_can_and_returns_the_rest() {
    let mut s = session("fujifilm", AT);
    to_pin(&mut s);
    step(&mut s, Event::Pin("1234".into()));
    step(&mut s, Event::RemoveCard);
    step(
        &mut s,
        Event::Certificate(CertificateKind::ResidentCertificate),
    );
    step(&mut s, Event::Options(Default::default()));
    step(&mut s, Event::Copies(3));
    step(&mut s, Event::Confirm);
    step(
        &mut s,
        Event::Fault {
            fault: Fault::PaperJam,
            after_copies: 1,
        },
    );
    step(&mut s, Event::Insert(500));
    let first = step(&mut s, Event::PrinterStep);
    assert!(matches!(
        first.effects.as_slice(),
        [Effect::CopyPrinted { copy: 1, of: 3, .. }]
    ));
    // The jam stops the printer and waits for the staff; nothing more comes out meanwhile.
    let halt = step(&mut s, Event::PrinterStep);
    assert_eq!(
        halt.effects,
        [Effect::PrinterHalted {
            fault: Fault::PaperJam,
            printed: 1,
            of: 3
        }]
    );
    assert!(step(&mut s, Event::PrinterStep).effects.is_empty());
    // The resident gives up the rest: what was printed is charged, the rest comes back.
    let jam = step(&mut s, Event::Cancel);
    assert_eq!(
        jam.effects[..2],
        [
            Effect::PrinterStopped {
                fault: Fault::PaperJam
            },
            Effect::MoneyReturned {
                yen: 350,
                why: Returned::Refund
            }
        ]
    );
    assert!(jam.effects.contains(&Effect::SessionEnded {
        status: Status::Issued
    }));
}

#[test]
fn a_coin_inserted_as_the_service_closes_is_returned_and_accounted() {
    let mut s = session("fujifilm", "2026-11-25T22:59:30+09:00");
    to_payment(&mut s);
    step(&mut s, Event::Insert(100));
    step(
        &mut s,
        Event::Tick(parse_instant("2026-11-25T23:00:05+09:00").expect("t")),
    );
    let closed = step(&mut s, Event::Insert(50));
    assert_eq!(closed.to, Screen::OutOfService);
    assert_eq!(
        closed.effects[..2],
        [
            Effect::MoneyReturned {
                yen: 50,
                why: Returned::Closed
            },
            Effect::MoneyReturned {
                yen: 100,
                why: Returned::Refund
            }
        ]
    );
    // Every yen that went in came out: 100 inserted and refunded, 50 refused at the slot.
    assert_eq!((s.change_yen(), s.rejected_yen()), (100, 50));
}

#[test]
fn cancel_returns_the_money_inserted() {
    let mut s = session("fujifilm", AT);
    to_payment(&mut s);
    step(&mut s, Event::Insert(100));
    let cancel = step(&mut s, Event::Cancel);
    assert_eq!(
        cancel.effects,
        [
            Effect::MoneyReturned {
                yen: 100,
                why: Returned::Refund
            },
            Effect::SessionEnded {
                status: Status::Cancelled
            }
        ]
    );
}

#[test]
fn inactivity_warns_once_is_extended_and_then_resets() {
    let mut s = session("fujifilm", AT);
    step(&mut s, Event::Services);
    let at = |sec: i64| parse_instant(AT).expect("at") + chrono::Duration::seconds(sec);
    assert!(
        step(&mut s, Event::Tick(at(30))).effects.is_empty(),
        "quiet"
    );
    let warned = step(&mut s, Event::Tick(at(60)));
    assert_eq!(
        warned.effects,
        [Effect::InactivityWarning { seconds_left: 30 }]
    );
    assert!(step(&mut s, Event::Tick(at(61))).effects.is_empty(), "once");
    let extended = step(&mut s, Event::Extend);
    assert_eq!(extended.effects, [Effect::TimeExtended]);
    let reset = step(&mut s, Event::Tick(at(61 + 90)));
    assert_eq!(
        reset.effects,
        [
            Effect::TimedOut,
            Effect::SessionEnded {
                status: Status::TimedOut
            }
        ]
    );
    assert_eq!(reset.to, Screen::Language);
}

#[test]
fn a_finished_screen_left_alone_returns_home() {
    let mut s = session("fujifilm", "2026-11-25T23:30:00+09:00");
    step(&mut s, Event::Services);
    let closed = step(&mut s, Event::CertIssue);
    assert_eq!(closed.to, Screen::OutOfService);
    assert!(s.finished());
    let later = parse_instant("2026-11-25T23:31:31+09:00").expect("t");
    let home = step(&mut s, Event::Tick(later));
    assert_eq!(home.effects, [Effect::ReturnedHome]);
    assert_eq!(home.to, Screen::Language);
}

#[test]
fn sharp_a_card_placed_and_removed_before_next_can_be_placed_again() {
    let mut s = session("sharp", AT);
    step(&mut s, Event::Services);
    step(&mut s, Event::CertIssue);
    step(&mut s, Event::Consent);
    assert_eq!(
        step(&mut s, Event::PlaceCard("c0".into())).effects,
        [Effect::CardRead]
    );
    let off = step(&mut s, Event::RemoveCard);
    assert_eq!(
        (off.to, off.effects),
        (Screen::PlaceCard, vec![Effect::CardTakenOff])
    );
    assert!(s.handle(Event::Next).is_err(), "no card, no Next");
    step(&mut s, Event::PlaceCard("c0".into()));
    assert_eq!(step(&mut s, Event::Next).to, Screen::Path);
}

#[test]
fn an_event_not_taken_has_no_effects_and_changes_nothing() {
    let mut s = session("fujifilm", AT);
    assert!(s.handle(Event::Insert(100)).is_err());
    assert_eq!(s.screen(), Screen::Language);
    assert!(s.log().is_empty());
}
