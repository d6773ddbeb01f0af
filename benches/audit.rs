//! Criterion bench of `kofu audit` (issue 22's target: the whole matrix ≤ 3 s in release).
//! The whole matrix — 11 languages × normal, large text, high contrast × both vendors, 1,485
//! screens — with every file written, timed once (it takes seconds); then one language on both
//! vendors in every mode (135 screens) without files, and the checks of one frame alone (the
//! screen already drawn), so the share of drawing and of checking shows.
//! `cargo bench --bench audit`; `KOFU_AUDIT_FULL=0` skips the whole matrix.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

use kofu::report::audit::{self, AuditOptions, Mode, Profile, Said, check_all};
use kofu::report::offscreen::Offscreen;
use kofu::report::tour::{self, Stop};
use kofu::window::{KioskApp, tokens};

fn whole_matrix() {
    if std::env::var("KOFU_AUDIT_FULL").is_ok_and(|v| v == "0") {
        return;
    }
    let out = std::env::temp_dir().join(format!("kofu-bench-audit-{}", std::process::id()));
    let t = Instant::now();
    let a = audit::run(&AuditOptions {
        out: Some(out.clone()),
        ..Default::default()
    })
    .unwrap();
    println!(
        "whole matrix: {} screens, {} checks, {} problems in {:.2} s (target ≤ 3 s)",
        a.screens.len(),
        a.checks,
        a.groups.len(),
        t.elapsed().as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(out);
}

fn bench(c: &mut Criterion) {
    whole_matrix();
    let mut g = c.benchmark_group("audit");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("ja_both_vendors_all_modes_135_screens", |b| {
        b.iter(|| {
            audit::run(&AuditOptions {
                langs: vec!["ja".into()],
                ..Default::default()
            })
            .unwrap()
        });
    });
    let mut app = KioskApp::new(tour::options("sharp", "ja")).unwrap();
    tour::reach(&mut app, Stop::Certificate).unwrap();
    app.show_keypad_highlight();
    let mut off = Offscreen::new(tokens::window_size());
    off.settle(&mut app);
    let t = app.tokens().clone();
    let said = Said {
        lang: "ja".into(),
        speech: app.speech().to_string(),
        live_status: app.live_status().to_string(),
    };
    let profile = Profile::wcag22_aa();
    g.bench_function("checks_of_one_frame", |b| {
        b.iter(|| check_all(&off.last, &t, Mode::Normal, &profile, Some(&said)));
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
