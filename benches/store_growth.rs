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

use kofu::domain::record::{IssueNumber, Record};
use kofu::domain::session::{Kiosk, Session};
use kofu::store::Database;

#[path = "support/happy.rs"]
mod happy;

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

/// One happy-path session on the folder, opened as a run opens it.
fn session(kiosk: &Arc<Kiosk>, state: &Path, n: u64) -> Session {
    let db = Database::open(state).unwrap();
    happy::happy_session(kiosk, Box::new(db), format!("bench-{n}"))
}

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let root = std::env::var_os("KOFU_STORE_GROWTH_KEEP")
        .map_or_else(|| tmp.path().to_path_buf(), PathBuf::from);
    let kiosk = happy::kiosk();
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
