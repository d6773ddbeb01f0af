//! Criterion bench of `kofu study` on 200 synthetic recordings of both vendors (the target:
//! ≤ 2 s in release, heat maps included): reading the timelines, the numbers, study.json,
//! sessions.csv, study.html and every heat map. A second case leaves the heat maps out, so the
//! share of the pictures shows; a third sums up 2,000 recordings already read (the numbers and
//! the CSV files). Before them, one timed study of 2,000 recordings on disk with heat maps
//! (printed, not a criterion case). `cargo bench --bench study`.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

use kofu::report::study::{
    Loaded, StudyOptions, heatmap, inputs_csv, sessions_csv, study, summarize, synthetic,
};
use kofu::report::tour::{self, Stop};
use kofu::window::KioskApp;

/// The process's CPU time so far (user + system), from /proc on Linux: wall time alone misleads
/// on a machine whose cores are shared.
fn cpu_s() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// One study with heat maps, timed by the wall and by CPU, with what it drew.
fn one_run(dirs: &[std::path::PathBuf], out: &std::path::Path) {
    let o = StudyOptions::new(out);
    let (cpu0, t0) = (cpu_s(), std::time::Instant::now());
    let s = study(dirs, &o, &mut |_, _| {}).unwrap();
    let wall = t0.elapsed().as_secs_f64();
    let cpu = cpu_s().zip(cpu0).map(|(b, a)| b - a);
    println!(
        "one study of {} recordings: {} heat maps, wall {wall:.2} s, CPU {} s",
        s.sessions,
        s.heatmaps.len(),
        cpu.map_or_else(|| "?".into(), |c| format!("{c:.2}"))
    );
}

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("recordings");
    std::fs::create_dir_all(&input).unwrap();
    for (i, t) in synthetic::corpus(200, 2026).iter().enumerate() {
        let f = input.join(format!("20261201-{i:06}-1.timeline.json"));
        std::fs::write(f, serde_json::to_vec_pretty(t).unwrap()).unwrap();
    }
    let dirs = [input];
    one_run(&dirs, &tmp.path().join("one"));
    // The figure: 2,000 recordings on disk, read and summed up with heat maps and
    // the replay pages (synthetic timelines have no scenario beside them, so no replay
    // pictures: each picture costs about 0.27 s of CPU, which is why only 12 are drawn by
    // default). Timed once: it takes seconds.
    let big = tmp.path().join("recordings-2000");
    std::fs::create_dir_all(&big).unwrap();
    for (i, t) in synthetic::corpus(2000, 2026).iter().enumerate() {
        let f = big.join(format!("20261201-{i:06}-1.timeline.json"));
        std::fs::write(f, serde_json::to_vec_pretty(t).unwrap()).unwrap();
    }
    one_run(&[big], &tmp.path().join("one-2000"));
    let mut g = c.benchmark_group("study");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    for (name, heatmaps) in [
        ("200_recordings_with_heatmaps", true),
        ("200_recordings_numbers_only", false),
    ] {
        let o = StudyOptions {
            heatmaps,
            ..StudyOptions::new(tmp.path().join(name))
        };
        g.bench_function(name, |b| {
            b.iter(|| study(&dirs, &o, &mut |_, _| {}).unwrap());
        });
    }
    // The numbers of 2,000 recordings already read: every definition, interval and funnel,
    // and the two CSV files (what grows with the sessions, pictures aside).
    let many: Vec<Loaded> = synthetic::corpus(2000, 2026)
        .into_iter()
        .enumerate()
        .map(|(i, timeline)| Loaded {
            file: format!("rec/20261201-{i:06}-1.timeline.json").into(),
            timeline,
            station: None,
        })
        .collect();
    g.bench_function("2000_recordings_summarize_and_csv", |b| {
        b.iter(|| {
            let s = summarize(&many);
            (
                sessions_csv(&s.rows).unwrap(),
                inputs_csv(&many, &s.rows).unwrap(),
            )
        });
    });
    g.finish();

    // Where a heat map's time goes: the kiosk built anew per screen (the tour needs a fresh
    // app), and the off-screen context (font atlas, glyph caches) made anew or reused.
    let mut g = c.benchmark_group("heatmap_picture");
    g.sample_size(10);
    g.bench_function("kiosk_app_new", |b| {
        b.iter(|| KioskApp::new(tour::options("fujifilm", "ja")).unwrap());
    });
    g.bench_function("certificate_fresh_context", |b| {
        b.iter(|| {
            let mut off = heatmap::context();
            heatmap::panel_picture(&mut off, "fujifilm", "ja", Stop::Certificate, None).unwrap()
        });
    });
    let mut off = heatmap::context();
    g.bench_function("certificate_reused_context", |b| {
        b.iter(|| {
            heatmap::panel_picture(&mut off, "fujifilm", "ja", Stop::Certificate, None).unwrap()
        });
    });
    g.bench_function("certificate_settle_only", |b| {
        b.iter(|| {
            let mut app = KioskApp::new(tour::options("fujifilm", "ja")).unwrap();
            tour::reach(&mut app, Stop::Certificate).unwrap();
            off.settle(&mut app);
        });
    });
    g.bench_function("certificate_render_only", |b| {
        b.iter(|| off.render_with(|_| {}, egui::Color32::TRANSPARENT));
    });
    let plain =
        heatmap::panel_picture(&mut off, "fujifilm", "ja", Stop::Certificate, None).unwrap();
    let taps: Vec<(f32, f32)> = (0..200).map(|i| (100.0 + i as f32 * 4.0, 300.0)).collect();
    g.bench_function("marks_200_and_png", |b| {
        b.iter(|| heatmap::png(&heatmap::draw_marks(&plain, &taps, &taps[..20]).unwrap()).unwrap());
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
