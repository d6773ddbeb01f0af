//! `kofu predict`'s cost per scenario: the bundled happy path played on the window off-screen
//! with every operator worked out (kiosk assembly and the first frame's fonts included).
//!
//! `cargo bench --bench predict`.

// Benches may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use kofu::report::predict::{model::User, predict_one};

fn bench(c: &mut Criterion) {
    let sc = kofu::scenario::load(std::path::Path::new(
        "assets/scenarios/happy-resident-fujifilm.toml",
    ))
    .unwrap();
    let mut g = c.benchmark_group("predict");
    g.sample_size(20);
    for vendor in ["fujifilm", "sharp"] {
        g.bench_function(format!("happy path on {vendor}"), |b| {
            b.iter(|| predict_one(&sc, vendor, User::Skilled).unwrap());
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
