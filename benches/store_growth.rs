//! Criterion bench (issue 26 item 3): `verify` and a happy-path session on a state folder that
//! is fresh, and on one with 2,000 and 20,000 issues. Targets: `verify` ≤ 10 ms at 20,000
//! issues; a session at 20,000 issues ≤ 1.1× one on a fresh folder.
//!
//! How the folders are built (honestly: not 20,000 runs): `kofu run` prints one resident
//! certificate into a fresh folder (`assets/scenarios/happy-resident-sharp.toml`), whose PDF is
//! the file `verify` checks. Its journal (session start, PIN entry, issue start, copy printed,
//! issue end, session end) is then copied under new issue numbers and session ids, 1,000
//! issues per transaction through [`Database::append_all`]: the same rows, checksums and index
//! entries a run writes, without a sync per record. With `KOFU_STORE_GROWTH_KEEP=DIR` the
//! folders are built in `DIR/fresh`, `DIR/2000`, `DIR/20000` and kept (for timing the CLI);
//! with `KOFU_STORE_GROWTH_BUILD_ONLY=1` as well, only built.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};

use kofu::domain::calendar::parse_instant;
use kofu::domain::municipality::CertificateKind;
use kofu::domain::record::{IssueNumber, Record};
use kofu::domain::registry::Registry;
use kofu::domain::session::{CertOptions, Event, Kiosk, Scope, Screen, Session};
use kofu::error::Source;
use kofu::kiosk::{ModelPrinter, load_municipality, load_vendor};
use kofu::store::Database;

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

/// A folder of `issues` issues beyond the one printed: (state folder, the printed PDF).
fn folder(root: &Path, issues: u64) -> (PathBuf, PathBuf) {
    let dir = root.join(if issues == 0 {
        "fresh".to_string()
    } else {
        issues.to_string()
    });
    let _ = std::fs::remove_dir_all(&dir);
    let (state, out) = (dir.join("state"), dir.join("out"));
    let manifest = env!("CARGO_MANIFEST_DIR");
    let status = Command::new(env!("CARGO_BIN_EXE_kofu"))
        .arg("run")
        .arg(format!(
            "{manifest}/assets/scenarios/happy-resident-sharp.toml"
        ))
        .arg("--state")
        .arg(&state)
        .arg("--out")
        .arg(&out)
        .env("KOFU_ASSETS", format!("{manifest}/assets"))
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "kofu run failed");
    let pdf = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "pdf"))
        .unwrap();
    let template = Database::read_all(&state).unwrap();
    let mut db = Database::open(&state).unwrap();
    let mut batch = Vec::new();
    for k in 0..issues {
        let number = IssueNumber(k + 2);
        let session = format!("fill-{k}");
        batch.extend(
            template
                .iter()
                .cloned()
                .map(|r| renumber(r, number, &session)),
        );
        if batch.len() >= 6_000 || k + 1 == issues {
            db.append_all(&batch).unwrap();
            batch.clear();
        }
    }
    drop(db);
    let bytes = std::fs::metadata(state.join("kofu.db")).unwrap().len();
    eprintln!(
        "store_growth: {} issues, kofu.db {bytes} bytes ({} per issue)",
        issues + 1,
        bytes / (issues + 1)
    );
    (state, pdf)
}

/// A copy of a (small) state folder.
fn copy_folder(from: &Path) -> tempfile::TempDir {
    let to = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.path().join(entry.file_name())).unwrap();
    }
    to
}

/// One run's record under another issue number and session.
fn renumber(r: Record, number: IssueNumber, session_id: &str) -> Record {
    let s = session_id.to_string();
    match r {
        Record::SessionStarted { .. } | Record::SessionEnded { .. } => {
            let mut v = serde_json::to_value(&r).unwrap();
            v["session"] = serde_json::Value::String(s);
            serde_json::from_value(v).unwrap()
        }
        Record::IssueStarted { .. } | Record::IssueDone { .. } | Record::CopyPrinted { .. } => {
            let mut v = serde_json::to_value(&r).unwrap();
            v["issue"] = serde_json::json!(number.0);
            if v.get("session").is_some() {
                v["session"] = serde_json::Value::String(s);
            }
            serde_json::from_value(v).unwrap()
        }
        other => other,
    }
}

/// One happy-path session (resident certificate of the household, 2 copies, a ¥1,000 note) on the folder, opened
/// as a run opens it.
fn session(kiosk: &Arc<Kiosk>, state: &Path, n: u64) -> Session {
    let at = parse_instant("2026-11-25T10:00:00+09:00").unwrap();
    let db = Database::open(state).unwrap();
    let mut s = Session::new(
        kiosk.clone(),
        Box::new(db),
        Box::new(ModelPrinter::default()),
        at,
        format!("bench-{n}"),
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
    assert_eq!(s.change_yen(), 700, "the session did not issue");
    s
}

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let root = std::env::var_os("KOFU_STORE_GROWTH_KEEP")
        .map_or_else(|| tmp.path().to_path_buf(), PathBuf::from);
    let registry = Registry::parse(&Source::from_text("deck.toml", DECK)).unwrap();
    let kiosk = Arc::new(Kiosk {
        registry,
        municipality: load_municipality("tsukuba").unwrap(),
        vendor: load_vendor("fujifilm").unwrap(),
        kiosk_id: "bench".into(),
    });
    if std::env::var_os("KOFU_STORE_GROWTH_BUILD_ONLY").is_some() {
        for issues in [0u64, 2_000, 20_000] {
            folder(&root, issues);
        }
        return;
    }
    let mut group = c.benchmark_group("store_growth");
    group.sample_size(30);
    for issues in [0u64, 2_000, 20_000] {
        let (state, pdf) = folder(&root, issues);
        group.bench_with_input(BenchmarkId::new("verify", issues), &issues, |b, _| {
            b.iter(|| {
                let v = kofu::certificate::verify::verify(&pdf, &state).unwrap();
                assert!(v.ok, "{:?}", v.problems);
            });
        });
        // Each session adds an issue: on the fresh folder every one starts from a copy of it
        // (made outside the timing), so "fresh" stays fresh; the big folders grow by the
        // few thousand sessions measured, a few per cent.
        let mut n = 0;
        group.bench_with_input(BenchmarkId::new("session", issues), &issues, |b, _| {
            b.iter_batched(
                || {
                    n += 1;
                    (n, (issues == 0).then(|| copy_folder(&state)))
                },
                |(n, copy)| {
                    let at = copy.as_ref().map_or(state.as_path(), |t| t.path());
                    session(&kiosk, at, n)
                },
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
