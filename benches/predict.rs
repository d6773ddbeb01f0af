//! `kofu predict`'s cost per scenario: the bundled happy path played on the window off-screen
//! with every operator worked out. "cold" builds fresh off-screen contexts (fonts and glyph
//! atlas per language: what one `kofu predict FILE` pays once); "warm" reuses them, as
//! `kofu predict` does for every further scenario and vendor.
//!
//! `cargo bench --bench predict`.

// Benches may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use kofu::report::predict::{Contexts, Input, model::User, predict_on, predict_one};

fn bench(c: &mut Criterion) {
    let sc = kofu::scenario::load(std::path::Path::new(
        "assets/scenarios/happy-resident-fujifilm.toml",
    ))
    .unwrap();
    let mut g = c.benchmark_group("predict");
    g.sample_size(20);
    g.bench_function("happy path on fujifilm, cold", |b| {
        b.iter(|| predict_one(&sc, "fujifilm", User::Skilled).unwrap());
    });
    for vendor in ["fujifilm", "sharp"] {
        let mut off = Contexts::default();
        predict_on(&mut off, &sc, vendor, User::Skilled, Input::Touch).unwrap();
        g.bench_function(format!("happy path on {vendor}, warm"), |b| {
            b.iter(|| predict_on(&mut off, &sc, vendor, User::Skilled, Input::Touch).unwrap());
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
