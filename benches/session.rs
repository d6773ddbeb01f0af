//! Criterion bench: one whole happy-path session (resident certificate for the household,
//! 2 copies, paid with a ¥1,000 note) through the state machine, with the content model
//! built by the printer. Two stores: in memory, and the durable journal (fsync per record).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};

use kofu::store::{Database, MemoryStore};

#[path = "support/happy.rs"]
mod happy;

fn bench(c: &mut Criterion) {
    let kiosk = happy::kiosk();
    c.bench_function("happy_path_session_memory", |b| {
        b.iter(|| happy::happy_session(&kiosk, Box::new(MemoryStore::default()), "bench".into()));
    });
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    c.bench_function("happy_path_session_sqlite", |b| {
        b.iter(|| {
            let j = Database::open(dir.path()).unwrap_or_else(|e| panic!("{e}"));
            happy::happy_session(&kiosk, Box::new(j), "bench".into())
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
