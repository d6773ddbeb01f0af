//! The effects (their name, serde's tag and the documented list) and the events' labels in the
//! session's log: the two enums that carry data, so each is pinned from one sample of every
//! variant and an exhaustive `match`.

use chrono::TimeZone;

use kofu::domain::effect::{Effect, Returned};
use kofu::domain::municipality::CertificateKind;
use kofu::domain::reason::Reason;
use kofu::domain::record::IssueNumber;
use kofu::domain::refusal::{Facts, Refusal};
use kofu::domain::vocab::{CertOptions, Event, Fault, OtherService, Status};

use super::{documented, formats_doc};

/// One effect of every kind.
fn every_effect() -> Vec<Effect> {
    let kind = CertificateKind::SealCertificate;
    let refusal = Refusal {
        reason: Reason::PinLocked,
        facts: Box::new(Facts::default()),
    };
    vec![
        Effect::LanguageChanged { lang: "en".into() },
        Effect::OtherServiceTouched {
            service: OtherService::Fax,
        },
        Effect::CardRead,
        Effect::CardTakenOff,
        Effect::CardMayBeRemoved,
        Effect::PinAccepted,
        Effect::PinRejected { tries_left: 2 },
        Effect::PinLocked,
        Effect::RegistrationAccepted {
            ready_on: chrono::NaiveDate::MIN,
        },
        Effect::SelectionStarted { certificate: kind },
        Effect::SelectionAdded {
            certificate: kind,
            copies: 1,
            fee_yen: 300,
        },
        Effect::SelectionReopened { certificate: kind },
        Effect::Total { yen: 300 },
        Effect::PaymentDue { yen: 300 },
        Effect::MoneyAccepted {
            yen: 100,
            remaining_yen: 200,
        },
        Effect::MoneyReturned {
            yen: 5,
            why: Returned::Denomination,
        },
        Effect::PrintingStarted { copies: 1 },
        Effect::CopyPrinted {
            certificate: kind,
            issue_number: IssueNumber(1),
            copy: 1,
            of: 1,
            sheets: 1,
            file: None,
        },
        Effect::PrinterStopped {
            fault: Fault::PaperJam,
        },
        Effect::PrinterHalted {
            fault: Fault::PaperJam,
            printed: 1,
            of: 3,
        },
        Effect::PrinterResumed {
            fault: Fault::PaperJam,
        },
        Effect::OutputFailed {
            path: "out".into(),
            error: "full".into(),
        },
        Effect::PrintingDone,
        Effect::Refused(refusal),
        Effect::RefusalLeft,
        Effect::FaultArmed {
            fault: Fault::NoChange,
        },
        Effect::InactivityWarning { seconds_left: 30 },
        Effect::TimeExtended,
        Effect::TimedOut,
        Effect::ReturnedHome,
        Effect::SessionEnded {
            status: Status::Issued,
        },
    ]
}

#[test]
fn effects() {
    let doc = formats_doc();
    let pinned = |e: &Effect| match e {
        Effect::LanguageChanged { .. } => "language_changed",
        Effect::OtherServiceTouched { .. } => "other_service_touched",
        Effect::CardRead => "card_read",
        Effect::CardTakenOff => "card_taken_off",
        Effect::CardMayBeRemoved => "card_may_be_removed",
        Effect::PinAccepted => "pin_accepted",
        Effect::PinRejected { .. } => "pin_rejected",
        Effect::PinLocked => "pin_locked",
        Effect::RegistrationAccepted { .. } => "registration_accepted",
        Effect::SelectionStarted { .. } => "selection_started",
        Effect::SelectionAdded { .. } => "selection_added",
        Effect::SelectionReopened { .. } => "selection_reopened",
        Effect::Total { .. } => "total",
        Effect::PaymentDue { .. } => "payment_due",
        Effect::MoneyAccepted { .. } => "money_accepted",
        Effect::MoneyReturned { .. } => "money_returned",
        Effect::PrintingStarted { .. } => "printing_started",
        Effect::CopyPrinted { .. } => "copy_printed",
        Effect::PrinterStopped { .. } => "printer_stopped",
        Effect::PrinterHalted { .. } => "printer_halted",
        Effect::PrinterResumed { .. } => "printer_resumed",
        Effect::OutputFailed { .. } => "output_failed",
        Effect::PrintingDone => "printing_done",
        Effect::Refused(_) => "refused",
        Effect::RefusalLeft => "refusal_left",
        Effect::FaultArmed { .. } => "fault_armed",
        Effect::InactivityWarning { .. } => "inactivity_warning",
        Effect::TimeExtended => "time_extended",
        Effect::TimedOut => "timed_out",
        Effect::ReturnedHome => "returned_home",
        Effect::SessionEnded { .. } => "session_ended",
    };
    let all = every_effect();
    let mut names: Vec<&str> = all.iter().map(pinned).collect();
    names.dedup();
    assert_eq!(names.len(), 31, "one effect of each kind");
    for e in &all {
        assert_eq!(e.name(), pinned(e));
        let json = serde_json::to_value(e).unwrap_or_default();
        assert_eq!(json["effect"], pinned(e), "serde's tag is the same name");
        documented(&doc, pinned(e));
    }
}

#[test]
fn event_labels_in_the_log() {
    let tick = chrono_tz::Asia::Tokyo
        .with_ymd_and_hms(2026, 11, 25, 10, 0, 5)
        .single()
        .expect("a plain local time");
    let pinned = [
        (Event::Language("en".into()), "Language(en)"),
        (Event::Services, "Services"),
        (
            Event::OtherService(OtherService::Copy),
            "OtherService(copy)",
        ),
        (Event::CertIssue, "CertIssue"),
        (Event::Consent, "Consent"),
        (Event::PlaceCard("card-a".into()), "PlaceCard(card-a)"),
        (Event::Next, "Next"),
        (Event::RemoveCard, "RemoveCard"),
        (Event::Residence, "Residence"),
        (Event::Domicile, "Domicile"),
        (Event::RegisterDomicile, "RegisterDomicile"),
        (Event::Pin("1234".into()), "Pin(****)"),
        (
            Event::Certificate(CertificateKind::TaxCertificate),
            "Certificate(tax_certificate)",
        ),
        (Event::Copies(2), "Copies(2)"),
        (Event::AddAnother, "AddAnother"),
        (Event::Confirm, "Confirm"),
        (Event::Insert(1000), "Insert(1000)"),
        (Event::PrinterStep, "PrinterStep"),
        (Event::TakeItems, "TakeItems"),
        (Event::Back, "Back"),
        (Event::Cancel, "Cancel"),
        (Event::Tick(tick), "Tick(2026-11-25T10:00:05+09:00)"),
        (Event::Extend, "Extend"),
        (Event::ClearFault, "ClearFault"),
        (
            Event::Fault {
                fault: Fault::OutOfPaper,
                after_copies: 1,
            },
            "Fault(OutOfPaper, after 1)",
        ),
    ];
    for (ev, label) in &pinned {
        assert_eq!(format!("{ev:?}"), *label);
        assert!(label.starts_with(ev.name()));
    }
    let options = format!("{:?}", Event::Options(CertOptions::default()));
    assert!(options.starts_with("Options(CertOptions {"), "{options}");
    // Every variant is in the table (Options checked above).
    let exhaustive = |ev: &Event| match ev {
        Event::Language(_)
        | Event::Services
        | Event::OtherService(_)
        | Event::CertIssue
        | Event::Consent
        | Event::PlaceCard(_)
        | Event::Next
        | Event::RemoveCard
        | Event::Residence
        | Event::Domicile
        | Event::RegisterDomicile
        | Event::Pin(_)
        | Event::Certificate(_)
        | Event::Options(_)
        | Event::Copies(_)
        | Event::AddAnother
        | Event::Confirm
        | Event::Insert(_)
        | Event::PrinterStep
        | Event::TakeItems
        | Event::Back
        | Event::Cancel
        | Event::Tick(_)
        | Event::Extend
        | Event::ClearFault
        | Event::Fault { .. } => (),
    };
    pinned.iter().for_each(|(ev, _)| exhaustive(ev));
    assert_eq!(pinned.len() + 1, 26);
}
