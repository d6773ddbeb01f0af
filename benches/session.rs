//! Criterion bench: one whole happy-path session (resident certificate for the household,
//! 2 copies, paid with a ¥1,000 note) through the state machine, with the content model
//! built by the printer. Two stores: in memory, and the durable journal (fsync per record).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};

use kofu::domain::calendar::parse_instant;
use kofu::domain::municipality::CertificateKind;
use kofu::domain::registry::Registry;
use kofu::domain::session::{CertOptions, Event, Kiosk, Scope, Screen, Session};
use kofu::error::Source;
use kofu::kiosk::{ModelPrinter, load_municipality, load_vendor};
use kofu::store::Database;
use kofu::store::{MemoryStore, Store};

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

fn session(kiosk: &Arc<Kiosk>, store: Box<dyn Store>) -> Session {
    let at = parse_instant("2026-11-25T10:00:00+09:00").unwrap_or_else(|_| unreachable!());
    let mut s = Session::new(
        kiosk.clone(),
        store,
        Box::new(ModelPrinter::default()),
        at,
        "bench",
    );
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
    while s.screen() == Screen::Printing {
        let _ = s.handle(Event::PrinterStep);
    }
    let _ = s.handle(Event::TakeItems);
    assert_eq!(s.change_yen(), 700);
    s
}

fn bench(c: &mut Criterion) {
    let registry =
        Registry::parse(&Source::from_text("deck.toml", DECK)).unwrap_or_else(|e| panic!("{e}"));
    let kiosk = Arc::new(Kiosk {
        registry,
        municipality: load_municipality("tsukuba").unwrap_or_else(|e| panic!("{e}")),
        vendor: load_vendor("fujifilm").unwrap_or_else(|e| panic!("{e}")),
        kiosk_id: "bench".into(),
    });
    c.bench_function("happy_path_session_memory", |b| {
        b.iter(|| session(&kiosk, Box::new(MemoryStore::default())));
    });
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    c.bench_function("happy_path_session_sqlite", |b| {
        b.iter(|| {
            let j = Database::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
            session(&kiosk, Box::new(j))
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
