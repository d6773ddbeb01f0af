//! Every name a file shows, pinned: the screens, statuses, faults, other services, effects,
//! money-returned reasons, event labels, scenario step names, refusal reasons, next steps and
//! certificate kinds. The names are derived once (strum, serde by the same rule); they are file
//! formats (scenario TOML, the JSON outcome and its log, the timeline, study.json, locale keys),
//! so a rename must break a test here. Each table is an exhaustive `match` (a new variant does
//! not compile without its name) and checks the derive, serde's spelling and, where the names
//! are listed for users, the documentation.

mod effects;

use strum::IntoEnumIterator;

use kofu::domain::effect::Returned;
use kofu::domain::municipality::CertificateKind;
use kofu::domain::next_step::NextStep;
use kofu::domain::reason::Reason;
use kofu::domain::vocab::{Fault, OtherService, Screen, Status};
use kofu::scenario::{Action, StepKind};

/// assets/README.md: the scenario and outcome formats, field by field.
pub(crate) fn formats_doc() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/README.md");
    std::fs::read_to_string(path).unwrap_or_default()
}

/// `name` is serde's spelling of `value` (a plain JSON string).
fn serde_says(value: impl serde::Serialize, name: &str) {
    assert_eq!(
        serde_json::to_value(value).ok(),
        Some(serde_json::Value::String(name.to_string()))
    );
}

/// `name` is listed for users in `doc`, as code.
pub(crate) fn documented(doc: &str, name: &str) {
    assert!(
        doc.contains(&format!("`{name}`")),
        "`{name}` is not in assets/README.md"
    );
}

#[test]
fn screens() {
    let pinned = |s: Screen| match s {
        Screen::Language => "language",
        Screen::Services => "services",
        Screen::Consent => "consent",
        Screen::PlaceCard => "place_card",
        Screen::Path => "path",
        Screen::Pin => "pin",
        Screen::Registered => "registered",
        Screen::RemoveCard => "remove_card",
        Screen::Certificate => "certificate",
        Screen::Options => "options",
        Screen::Copies => "copies",
        Screen::Confirm => "confirm",
        Screen::Payment => "payment",
        Screen::Printing => "printing",
        Screen::TakeItems => "take_items",
        Screen::OutOfService => "out_of_service",
        Screen::Refusal => "refusal",
    };
    assert_eq!(Screen::iter().count(), 17);
    for s in Screen::iter() {
        assert_eq!(s.name(), pinned(s));
        assert_eq!(s.name().parse::<Screen>().ok(), Some(s));
        serde_says(s, pinned(s));
    }
}

#[test]
fn statuses() {
    let doc = formats_doc();
    let pinned = |s: Status| match s {
        Status::Issued => "issued",
        Status::Refused => "refused",
        Status::Cancelled => "cancelled",
        Status::TimedOut => "timed_out",
        Status::Registered => "registered",
    };
    for s in Status::iter() {
        assert_eq!(s.name(), pinned(s));
        serde_says(s, pinned(s));
        documented(&doc, pinned(s));
    }
}

#[test]
fn faults() {
    let doc = formats_doc();
    let pinned = |f: Fault| match f {
        Fault::PaperJam => "paper_jam",
        Fault::OutOfPaper => "out_of_paper",
        Fault::CardUnreadable => "card_unreadable",
        Fault::NoChange => "no_change",
        Fault::CentreUnreachable => "centre_unreachable",
    };
    for f in Fault::iter() {
        assert_eq!(f.code(), pinned(f));
        assert_eq!(Fault::from_code(pinned(f)), Some(f));
        serde_says(f, pinned(f));
        assert!(doc.contains(&format!("\"{}\"", pinned(f))), "{f:?}");
    }
    assert_eq!(Fault::from_code("PaperJam"), None);
}

#[test]
fn other_services() {
    let pinned = |s: OtherService| match s {
        OtherService::Copy => "copy",
        OtherService::Print => "print",
        OtherService::Scan => "scan",
        OtherService::Fax => "fax",
        OtherService::Photo => "photo",
        OtherService::Tickets => "tickets",
    };
    assert_eq!(OtherService::iter().collect::<Vec<_>>(), OtherService::ALL);
    for s in OtherService::iter() {
        assert_eq!(s.code(), pinned(s));
        assert_eq!(OtherService::from_code(pinned(s)), Some(s));
        serde_says(s, pinned(s));
    }
}

#[test]
fn money_returned() {
    let doc = formats_doc();
    let pinned = |r: Returned| match r {
        Returned::Denomination => "denomination",
        Returned::AlreadyPaid => "already_paid",
        Returned::NoChange => "no_change",
        Returned::Closed => "closed",
        Returned::Change => "change",
        Returned::Refund => "refund",
    };
    for r in Returned::iter() {
        assert_eq!(r.name(), pinned(r));
        serde_says(r, pinned(r));
        documented(&doc, pinned(r));
    }
}

#[test]
fn scenario_step_names() {
    let doc = formats_doc();
    let pinned = |k: StepKind| match k {
        StepKind::Language => "language",
        StepKind::Services => "services",
        StepKind::OtherService => "other_service",
        StepKind::CertIssue => "cert_issue",
        StepKind::Consent => "consent",
        StepKind::PlaceCard => "place_card",
        StepKind::Next => "next",
        StepKind::Residence => "residence",
        StepKind::Domicile => "domicile",
        StepKind::RegisterDomicile => "register_domicile",
        StepKind::Pin => "pin",
        StepKind::RemoveCard => "remove_card",
        StepKind::Certificate => "certificate",
        StepKind::Options => "options",
        StepKind::Copies => "copies",
        StepKind::Another => "another",
        StepKind::Confirm => "confirm",
        StepKind::Insert => "insert",
        StepKind::TakeItems => "take_items",
        StepKind::Back => "back",
        StepKind::Cancel => "cancel",
        StepKind::Wait => "wait",
        StepKind::Extend => "extend",
        StepKind::Fault => "fault",
        StepKind::Key => "key",
        StepKind::ClearFault => "clear_fault",
    };
    assert_eq!(StepKind::iter().count(), 26);
    for k in StepKind::iter() {
        assert_eq!(k.name(), pinned(k));
        assert_eq!(pinned(k).parse::<StepKind>().ok(), Some(k));
        serde_says(k, pinned(k));
        documented(&doc, pinned(k));
    }
    assert_eq!(Action::PinFromDeck(true).name(), "pin");
    assert_eq!(Action::Another.name(), "another");
    assert_eq!(Action::Wait(3).kind(), StepKind::Wait);
}

#[test]
fn reasons_next_steps_and_certificates() {
    assert_eq!(Reason::iter().collect::<Vec<_>>(), Reason::ALL);
    assert_eq!(NextStep::iter().collect::<Vec<_>>(), NextStep::ALL);
    assert_eq!(
        CertificateKind::iter().collect::<Vec<_>>(),
        CertificateKind::ALL
    );
    for r in Reason::ALL {
        assert_eq!(Reason::from_code(r.code()), Some(r));
        serde_says(r, r.code());
    }
    let reasons: Vec<&str> = Reason::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(
        reasons,
        "out_of_service_hours year_end_suspension maintenance family_register_hours card_expired \
         certificate_expired certificate_revoked card_suspended pin_locked under_age moved_out \
         support_measures deceased moved_in_today gaiji_pending not_resident \
         no_seal_registration no_tax_record no_family_register not_japanese_national \
         domicile_not_registered card_unreadable card_not_yet_usable not_offered \
         registration_not_needed smartphone_not_supported continuation_lapsed tax_arrears \
         not_taxed centre_unreachable"
            .split_whitespace()
            .collect::<Vec<_>>()
    );
    for n in NextStep::ALL {
        assert_eq!(NextStep::from_code(n.code()), Some(n));
        serde_says(n, n.code());
    }
    let next: Vec<&str> = NextStep::ALL.iter().map(|n| n.code()).collect();
    assert_eq!(
        next,
        "come_back_in_service_hours come_back_after_year_end come_back_after_maintenance \
         come_back_in_office_hours come_back_tomorrow reset_pin_at_city_hall \
         renew_card_at_city_hall renew_certificate_at_city_hall cancel_suspension_at_city_hall \
         register_seal_at_city_hall tax_office city_hall complete_move_in \
         municipality_of_residence municipality_of_domicile register_domicile_and_wait \
         choose_another_certificate place_card_again insert_more_money \
         choose_certificates_directly use_plastic_card"
            .split_whitespace()
            .collect::<Vec<_>>()
    );
    let doc = formats_doc();
    for k in CertificateKind::ALL {
        assert_eq!(CertificateKind::from_code(k.code()), Some(k));
        serde_says(k, k.code());
        documented(&doc, k.code());
    }
    let kinds: Vec<&str> = CertificateKind::ALL.iter().map(|k| k.code()).collect();
    assert_eq!(
        kinds,
        [
            "resident_certificate",
            "resident_record_items",
            "seal_certificate",
            "tax_certificate",
            "tax_payment_certificate",
            "family_register_appendix",
            "family_register",
        ]
    );
}
