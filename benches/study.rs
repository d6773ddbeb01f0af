//! Criterion bench of `kofu study` on 200 synthetic recordings of both vendors (the target:
//! ≤ 2 s in release, heat maps included): reading the timelines, the numbers, study.json,
//! sessions.csv, study.html and every heat map. A second case leaves the heat maps out, so the
//! share of the pictures shows. `cargo bench --bench study`.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

use kofu::report::study::{StudyOptions, study, synthetic};

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("recordings");
    std::fs::create_dir_all(&input).unwrap();
    for (i, t) in synthetic::corpus(200, 2026).iter().enumerate() {
        let f = input.join(format!("20261201-{i:06}-1.timeline.json"));
        std::fs::write(f, serde_json::to_vec_pretty(t).unwrap()).unwrap();
    }
    let dirs = [input];
    let mut g = c.benchmark_group("study");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    for (name, heatmaps) in [
        ("200_recordings_with_heatmaps", true),
        ("200_recordings_numbers_only", false),
    ] {
        let o = StudyOptions {
            out: tmp.path().join(name),
            heatmaps,
        };
        g.bench_function(name, |b| {
            b.iter(|| study(&dirs, &o, &mut |_, _| {}).unwrap());
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
