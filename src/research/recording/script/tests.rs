//! The recorder's scenario text: its exact form, and that kofu's own parser reads it back to
//! the steps the session took.

use chrono::{DateTime, Duration, TimeZone};
use chrono_tz::Tz;

use super::{Script, ScriptHead};
use crate::domain::effect::Effect;
use crate::domain::municipality::CertificateKind;
use crate::domain::session::{CertOptions, Event, Fault, Scope, Screen, Step};
use crate::error::Source;
use crate::scenario::Action;

fn t0() -> DateTime<Tz> {
    chrono_tz::Asia::Tokyo
        .with_ymd_and_hms(2026, 11, 25, 10, 0, 0)
        .single()
        .expect("a plain local time")
}

/// A step `secs` after the start, from `from`, with `effects`.
fn step(event: Event, from: Screen, secs: i64, effects: Vec<Effect>) -> Step {
    let at = t0() + Duration::seconds(secs);
    Step {
        event,
        from,
        to: from,
        before: at,
        at,
        effects,
    }
}

fn head(left: bool) -> ScriptHead<'static> {
    ScriptHead {
        title: "Recorded session 20261125-100000-1",
        dir: std::path::Path::new("."),
        municipality: "tsukuba",
        vendor: "fujifilm",
        at: t0(),
        personas: None,
        status: "issued",
        left,
        reason: None,
        fee_yen: 600,
        paid_yen: 1000,
        documents: 1,
    }
}

/// A session with a wrong PIN, a pause on the options screen and a fault.
fn script() -> Script {
    let household = CertOptions {
        scope: Scope::Household,
        relationship: true,
        ..CertOptions::default()
    };
    let rejected = vec![Effect::PinRejected { tries_left: 2 }];
    let resident = CertificateKind::ResidentCertificate;
    let jam = Event::Fault {
        fault: Fault::PaperJam,
        after_copies: 1,
    };
    let mut s = Script::new(t0());
    for st in [
        step(Event::Language("en".into()), Screen::Language, 0, vec![]),
        step(Event::Services, Screen::Language, 2, vec![]),
        step(Event::CertIssue, Screen::Services, 2, vec![]),
        step(
            Event::PlaceCard("card-a".into()),
            Screen::PlaceCard,
            2,
            vec![],
        ),
        step(Event::Residence, Screen::Path, 2, vec![]),
        step(Event::Pin("****".into()), Screen::Pin, 2, rejected),
        step(Event::Pin("****".into()), Screen::Pin, 2, vec![]),
        step(Event::RemoveCard, Screen::RemoveCard, 2, vec![]),
        step(Event::Certificate(resident), Screen::Certificate, 2, vec![]),
        step(Event::Options(household), Screen::Options, 5, vec![]),
        step(Event::Copies(2), Screen::Copies, 5, vec![]),
        step(jam, Screen::Confirm, 5, vec![]),
        step(Event::Confirm, Screen::Confirm, 5, vec![]),
        step(Event::Insert(1000), Screen::Payment, 5, vec![]),
        step(Event::PrinterStep, Screen::Printing, 5, vec![]),
        step(Event::TakeItems, Screen::TakeItems, 5, vec![]),
    ] {
        s.push(&st);
    }
    s
}

const EXPECTED: &str = r#"# Recorded by kofu --record: replay with `kofu run` (PINs are written as
# correct/wrong and resolved against the deck).

title = "Recorded session 20261125-100000-1"
municipality = "tsukuba"
vendor = "fujifilm"
at = "2026-11-25T10:00:00+09:00"
use_card = "card-a"
explicit_taps = true

[[steps]]
do = "language"
value = "en"

[[steps]]
do = "wait"
seconds = 2

[[steps]]
do = "services"

[[steps]]
do = "cert_issue"

[[steps]]
do = "place_card"
value = "card-a"

[[steps]]
do = "residence"

[[steps]]
do = "pin"
value = "wrong"

[[steps]]
do = "pin"
value = "correct"

[[steps]]
do = "remove_card"

[[steps]]
do = "certificate"
value = "resident_certificate"

[steps.options]
scope = "household"
relationship = true

[[steps]]
do = "wait"
seconds = 3

[[steps]]
do = "copies"
value = 2

[[steps]]
do = "fault"
value = "paper_jam"
after_copies = 1

[[steps]]
do = "confirm"

[[steps]]
do = "insert"
value = 1000

[[steps]]
do = "take_items"

[expect]
status = "issued"
fee_yen = 600
paid_yen = 1000
documents = 1
"#;

#[test]
fn the_file_is_written_by_serde_in_this_form() {
    let text = script().to_toml(&head(false)).expect("serializes");
    assert_eq!(text, EXPECTED, "{text}");
}

#[test]
fn kofu_reads_it_back_to_the_steps_taken() {
    let text = script().to_toml(&head(false)).expect("serializes");
    let sc = crate::scenario::parse(Source {
        path: "recorded.toml".into(),
        text,
    })
    .expect("parses");
    let names: Vec<&str> = sc.steps.iter().map(|s| s.action.name()).collect();
    assert_eq!(
        names,
        [
            "language",
            "wait",
            "services",
            "cert_issue",
            "place_card",
            "residence",
            "pin",
            "pin",
            "remove_card",
            "certificate",
            "wait",
            "copies",
            "fault",
            "confirm",
            "insert",
            "take_items"
        ]
    );
    assert!(sc.explicit_taps);
    assert_eq!(sc.use_card.as_deref(), Some("card-a"));
    assert_eq!(sc.steps[6].action, Action::PinFromDeck(false));
    assert_eq!(sc.steps[7].action, Action::PinFromDeck(true));
    let Action::Certificate(kind, Some(o)) = &sc.steps[9].action else {
        panic!("{:?}", sc.steps[9].action);
    };
    assert_eq!(*kind, CertificateKind::ResidentCertificate);
    assert_eq!(o.scope, Scope::Household);
    assert!(o.relationship);
    assert_eq!(sc.steps[12].action, Action::Fault(Fault::PaperJam, 1));
    assert_eq!(sc.steps[14].action, Action::Insert(1000));
}

#[test]
fn default_options_are_an_empty_table_that_still_means_next() {
    let mut s = Script::new(t0());
    s.push(&step(
        Event::Certificate(CertificateKind::SealCertificate),
        Screen::Certificate,
        0,
        vec![],
    ));
    s.push(&step(
        Event::Options(CertOptions::default()),
        Screen::Options,
        0,
        vec![],
    ));
    let text = s.to_toml(&head(false)).expect("serializes");
    let sc = crate::scenario::parse(Source {
        path: "r.toml".into(),
        text,
    })
    .expect("parses");
    assert_eq!(
        sc.steps[0].action,
        Action::Certificate(
            CertificateKind::SealCertificate,
            Some(CertOptions::default())
        )
    );
}

#[test]
fn a_left_session_expects_no_status_and_says_why() {
    let text = Script::new(t0()).to_toml(&head(true)).expect("serializes");
    assert!(
        text.contains("# the replay stops where it was left"),
        "{text}"
    );
    assert!(text.contains("# The participant's inputs reached no screen"));
    let sc = crate::scenario::parse(Source {
        path: "r.toml".into(),
        text,
    })
    .expect("parses");
    assert_eq!(sc.steps.len(), 1);
    assert_eq!(sc.steps[0].action, Action::Wait(1));
    assert!(sc.expect.iter().all(|(k, _, _)| k != "status"));
}
