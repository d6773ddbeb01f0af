//! Property test over random event sequences fed to the session state machine:
//! - no issue without a correct PIN (or Face ID) and full payment;
//! - change = paid − charged, and charged = fee × copies printed;
//! - never more than 3 consecutive PIN failures: a locked card takes no PIN;
//! - nothing issued outside service hours or to an ineligible holder.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::sync::{Arc, Mutex};

use chrono::Duration;
use proptest::prelude::*;

use kofu::domain::calendar::parse_instant;
use kofu::domain::eligibility;
use kofu::domain::municipality::CertificateKind;
use kofu::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};
use kofu::domain::registry::Registry;
use kofu::domain::session::{
    CertOptions, Event, Fault, Kiosk, NullPrinter, Scope, Screen, Session,
};
use kofu::error::Source;
use kofu::kiosk::{load_municipality, load_vendor};
use kofu::store::{MemoryStore, Store};

const DECK: &str = r#"
[[household]]
id = "h1"
municipality = "tsukuba"
address = "茨城県つくば市見本町1番地"

[[person]]
id = "ok"
name = "見本 一郎"
kana = "ミホン イチロウ"
born = "1980-04-02"
sex = "M"
household = "h1"
relationship = "householder"
moved_in = "2010-01-01"
seal_registered = true
tax_years = [2025, 2026]

[[person]]
id = "kid"
name = "見本 次郎"
kana = "ミホン ジロウ"
born = "2015-06-01"
sex = "M"
household = "h1"
relationship = "child"
moved_in = "2015-06-01"

[[person]]
id = "away"
name = "外部 花子"
kana = "ガイブ ハナコ"
born = "1990-01-01"
sex = "F"
resident_of = "elsewhere"

[[card]]
id = "c-ok"
holder = "ok"
my_number = "983205673214"
applied = "2022-05-01"
issued = "2022-06-01"
cert_issued = "2022-06-01"
pin = "1234"
failures = 0

[[card]]
id = "c-two"
holder = "ok"
kind = "android"
my_number = "983205673214"
applied = "2024-02-01"
issued = "2024-02-01"
cert_issued = "2024-02-01"
pin = "5678"
failures = 2

[[card]]
id = "c-kid"
holder = "kid"
my_number = "123456789018"
applied = "2022-05-01"
issued = "2022-06-01"
cert_issued = "2022-06-01"
pin = "1111"

[[card]]
id = "c-away"
holder = "away"
kind = "iphone"
my_number = "100000000005"
applied = "2025-07-01"
issued = "2025-07-01"
cert_issued = "2025-07-01"
"#;

/// A store the test can look into while the session owns it.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<MemoryStore>>);

impl Store for Shared {
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        self.0.lock().map_or(Ok(None), |mut s| s.pin_failures(card))
    }
    fn begin_pin_entry(&mut self, card: &str, deck: u8, at: &str) -> Result<u8, StoreError> {
        self.0
            .lock()
            .map_or(Ok(0), |mut s| s.begin_pin_entry(card, deck, at))
    }
    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        self.0
            .lock()
            .map_or(Ok(0), |mut s| s.end_pin_entry(card, correct, at))
    }
    fn begin_issue(&mut self, f: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        self.0
            .lock()
            .map_or(Ok(IssueNumber(0)), |mut s| s.begin_issue(f))
    }
    fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        self.0.lock().map_or(Ok(()), |mut s| s.append(rec))
    }
    fn registration(&mut self, p: &str, m: &str) -> Result<Option<String>, StoreError> {
        self.0.lock().map_or(Ok(None), |mut s| s.registration(p, m))
    }
}

fn kiosk(vendor: &str) -> Arc<Kiosk> {
    let registry = Registry::parse(&Source::from_text("deck.toml", DECK)).expect("deck");
    Arc::new(Kiosk {
        registry,
        municipality: load_municipality("tsukuba").expect("tsukuba"),
        vendor: load_vendor(vendor).expect("vendor"),
        kiosk_id: "prop".into(),
    })
}

fn event() -> impl Strategy<Value = Event> {
    let kinds = prop::sample::select(CertificateKind::ALL.to_vec());
    prop_oneof![
        Just(Event::Services),
        Just(Event::CertIssue),
        Just(Event::Consent),
        Just(Event::Next),
        prop::sample::select(vec!["c-ok", "c-two", "c-kid", "c-away"])
            .prop_map(|c| Event::PlaceCard(c.into())),
        Just(Event::RemoveCard),
        Just(Event::Residence),
        Just(Event::Domicile),
        prop::sample::select(vec!["1234", "5678", "1111", "0000", "9999"])
            .prop_map(|p| Event::Pin(p.into())),
        kinds.prop_map(Event::Certificate),
        prop_oneof![
            Just(CertOptions::default()),
            Just(CertOptions {
                scope: Scope::Household,
                relationship: true,
                ..CertOptions::default()
            }),
            (2024..=2027i32).prop_map(|y| CertOptions {
                year: Some(y),
                ..CertOptions::default()
            }),
        ]
        .prop_map(Event::Options),
        (0u32..4).prop_map(Event::Copies),
        Just(Event::AddAnother),
        Just(Event::Confirm),
        prop::sample::select(vec![5u32, 10, 50, 100, 500, 1000, 2000]).prop_map(Event::Insert),
        Just(Event::PrinterStep),
        Just(Event::PrinterStep),
        Just(Event::TakeItems),
        Just(Event::Back),
        Just(Event::Cancel),
        prop::sample::select(vec![1i64, 30, 75, 120, 3600, 12 * 3600]).prop_map(|s| Event::Tick(
            parse_instant("2000-01-01T00:00:00+09:00").expect("t") + Duration::seconds(s)
        )),
        Just(Event::Extend),
        (
            prop::sample::select(vec![
                Fault::PaperJam,
                Fault::NoChange,
                Fault::CardUnreadable
            ]),
            0u32..3
        )
            .prop_map(|(fault, after_copies)| Event::Fault {
                fault,
                after_copies
            }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_sessions_keep_the_rules(
        events in prop::collection::vec(event(), 1..80),
        start_minute in 0i64..(24 * 60),
        sharp in any::<bool>(),
    ) {
        let k = kiosk(if sharp { "sharp" } else { "fujifilm" });
        let store = Shared::default();
        let at = parse_instant("2026-11-25T00:00:00+09:00").expect("t") + Duration::minutes(start_minute);
        let mut s = Session::new(k.clone(), Box::new(store.clone()), Box::new(NullPrinter), at, "p");
        let mut authenticated_by: Option<String> = None;
        let mut consecutive_fail: std::collections::BTreeMap<String, u8> = Default::default();
        for ev in events {
            // Ticks are relative offsets: turn them into "now + offset".
            let ev = match ev {
                Event::Tick(t) => {
                    let base = parse_instant("2000-01-01T00:00:00+09:00").expect("t");
                    Event::Tick(s.now() + (t - base))
                }
                e => e,
            };
            let before = s.screen();
            let was_pin = matches!(ev, Event::Pin(_));
            let card = s.card_on_reader().map(str::to_string);
            let tries_before = s.pin_tries_left();
            let paid_before = s.paid_yen();
            let result = s.handle(ev.clone());
            if let (true, Ok(_), Some(c)) = (was_pin, &result, &card) {
                // A PIN was taken: the card was not locked before.
                prop_assert!(tries_before > 0, "PIN taken on a locked card");
                let failures = consecutive_fail.entry(c.clone()).or_default();
                if s.screen() == Screen::RemoveCard || (s.screen() == Screen::Refusal && s.pin_tries_left() == 3) {
                    *failures = 0;
                } else {
                    *failures += 1;
                }
                prop_assert!(*failures <= 3, "more than 3 consecutive failures");
            }
            if before != Screen::RemoveCard && s.screen() == Screen::RemoveCard {
                authenticated_by = card.clone();
            }
            if before == Screen::Payment && s.screen() == Screen::Printing {
                // Printing starts only fully paid, inside service hours.
                prop_assert!(s.paid_yen() >= s.total_yen());
                prop_assert!(paid_before < s.total_yen());
                prop_assert!(k.municipality.calendar.check(s.now()).is_ok(), "printing started outside hours");
                let holder = s.holder().expect("holder");
                let card = k.registry.cards.get(authenticated_by.as_deref().unwrap_or_default()).expect("card");
                prop_assert!(eligibility::check_card(card, holder, &k.municipality, s.now().date_naive()).is_ok());
            }
        }
        let records = store.0.lock().map(|m| m.records.clone()).unwrap_or_default();
        let issues: Vec<&Record> = records.iter().filter(|r| matches!(r, Record::IssueStarted { .. })).collect();
        if !issues.is_empty() {
            // An issue needs an authorised card: a correct PIN (or an iPhone's Face ID).
            let card_id = authenticated_by.expect("issue without authorisation");
            let card = k.registry.cards.get(&card_id).expect("card");
            for r in &issues {
                if let Record::IssueStarted { holder, card: c, .. } = r {
                    prop_assert_eq!(holder, &card.holder);
                    prop_assert_eq!(c, &card_id);
                }
            }
            let holder = k.registry.persons.get(&card.holder).expect("holder");
            prop_assert!(holder.born <= chrono::NaiveDate::from_ymd_opt(2011, 11, 25).expect("d"), "issued to an under-15");
            prop_assert_eq!(holder.resident_of.as_deref(), Some("tsukuba"));
        }
        // Money: what was kept is the fee of what was printed; the rest comes back.
        let printed_fee: u32 = s.issued().iter().map(|d| d.printed * d.selection.fee_yen).sum();
        prop_assert_eq!(s.charged_yen(), printed_fee);
        if s.status().is_some() && s.screen() != Screen::Printing {
            prop_assert_eq!(s.change_yen(), s.paid_yen() - s.charged_yen());
        }
        prop_assert!(s.charged_yen() <= s.total_yen());
    }
}
