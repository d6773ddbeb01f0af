//! The benches' one happy path: a deck with one card (Hanako, PIN 1234), the Tsukuba kiosk on
//! Fujifilm, and one whole session through the state machine — a resident certificate for the
//! household with the relationship, 2 copies, paid with a ¥1,000 note. Shared by the session
//! and store-growth benches so both time the same session.

use std::sync::Arc;

use kofu::domain::calendar::parse_instant;
use kofu::domain::municipality::CertificateKind;
use kofu::domain::registry::Registry;
use kofu::domain::session::{CertOptions, Event, Kiosk, Printer, Scope, Screen, Session};
use kofu::error::Source;
use kofu::kiosk::{ModelPrinter, load_municipality, load_vendor};
use kofu::store::Store;

const DECK: &str = r#"
[[household]]
id = "h"
municipality = "tsukuba"
address = "茨城県つくば市研究学園一丁目1番地1"
[[person]]
id = "hanako"
name = "筑波 花子"
kana = "ツクバ ハナコ"
born = "1988-07-14"
sex = "F"
household = "h"
relationship = "householder"
moved_in = "2015-04-01"
[[card]]
id = "card"
holder = "hanako"
my_number = "983205673214"
applied = "2022-10-01"
issued = "2022-11-20"
cert_issued = "2022-11-20"
pin = "1234"
"#;

/// The Tsukuba kiosk on Fujifilm with [`DECK`].
pub fn kiosk() -> Arc<Kiosk> {
    let registry =
        Registry::parse(&Source::from_text("deck.toml", DECK)).unwrap_or_else(|e| panic!("{e}"));
    Arc::new(Kiosk {
        registry,
        municipality: load_municipality("tsukuba").unwrap_or_else(|e| panic!("{e}")),
        vendor: load_vendor("fujifilm").unwrap_or_else(|e| panic!("{e}")),
        kiosk_id: "bench".into(),
    })
}

/// One whole happy-path session on `store`, under the session id `id`; it must issue.
#[allow(dead_code)] // tests/print_after_record.rs uses `happy_path` only
pub fn happy_session(kiosk: &Arc<Kiosk>, store: Box<dyn Store>, id: String) -> Session {
    let s = happy_path(kiosk, store, Box::new(ModelPrinter::default()), id);
    assert_eq!(s.change_yen(), 700, "the session did not issue");
    s
}

/// The happy path's events on `store` and `printer`, whatever they answer (a test's failing
/// store stops it part way; printing gives up after 100 steps).
#[allow(dead_code)] // the benches use `happy_session`; tests/print_after_record.rs this
pub fn happy_path(
    kiosk: &Arc<Kiosk>,
    store: Box<dyn Store>,
    printer: Box<dyn Printer>,
    id: String,
) -> Session {
    let at = parse_instant("2026-11-25T10:00:00+09:00").unwrap_or_else(|_| unreachable!());
    let mut s = Session::new(kiosk.clone(), store, printer, at, id);
    let events = [
        Event::Language("en".into()),
        Event::Services,
        Event::CertIssue,
        Event::PlaceCard("card".into()),
        Event::Residence,
        Event::Pin("1234".into()),
        Event::RemoveCard,
        Event::Certificate(CertificateKind::ResidentCertificate),
        Event::Options(CertOptions {
            scope: Scope::Household,
            relationship: true,
            ..CertOptions::default()
        }),
        Event::Copies(2),
        Event::Confirm,
        Event::Insert(1000),
    ];
    for e in events {
        let _ = s.handle(e);
    }
    for _ in 0..100 {
        if s.screen() != Screen::Printing {
            break;
        }
        let _ = s.handle(Event::PrinterStep);
    }
    let _ = s.handle(Event::TakeItems);
    s
}
