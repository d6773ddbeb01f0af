//! Frame CPU time of the kiosk window per screen at the window's size: layout (the app's
//! `show`, i.e. egui's pass) plus tessellation, without a GPU. Prints p50, p99 and max per
//! screen and fails (exit 1) if any screen's p99 is over the 2 ms target.
//!
//! `cargo bench --bench frame` (release profile). `KOFU_FRAMES=N` sets frames per screen.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::Instant;

use kofu::report::tour::{self, Stop};
use kofu::window::{KioskApp, tokens};

fn input(t: f64) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            tokens::window_size(),
        )),
        time: Some(t),
        predicted_dt: 1.0 / 60.0,
        ..Default::default()
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// What recording (`--record`) adds to a frame: the same screens with the recorder off and on,
/// a tap on the panel every tenth frame; frames alternate so both see the same caches.
fn recording_cost(frames: usize) {
    let dir = std::env::temp_dir().join(format!("kofu-bench-record-{}", std::process::id()));
    println!("recording cost (p50 of frames, recorder off vs on, a tap every 10th frame):");
    let mut worst = f64::MIN;
    for stop in [Stop::Home, Stop::Pin, Stop::Certificate, Stop::Options] {
        let mut app = KioskApp::new(tour::options("fujifilm", "en")).unwrap();
        tour::reach(&mut app, stop).unwrap();
        let ctx = egui::Context::default();
        let mut t = 0.0;
        let (mut off, mut on) = (Vec::new(), Vec::new());
        for i in 0..(frames * 2 + 60) {
            let recording = i % 2 == 1;
            if recording && app.recorder().is_none() {
                app.start_recording(dir.clone());
            } else if !recording && app.recorder().is_some() {
                app.stop_recording_quietly();
            }
            t += 1.0 / 60.0;
            let mut raw = input(t);
            if i % 20 < 2 {
                // A tap on the header's city name (no control there): a miss when recording.
                let pos = egui::pos2(tokens::MARGIN + 20.0, tokens::MARGIN + 20.0);
                for pressed in [true, false] {
                    raw.events.push(egui::Event::PointerButton {
                        pos,
                        button: egui::PointerButton::Primary,
                        pressed,
                        modifiers: egui::Modifiers::NONE,
                    });
                }
            }
            let start = Instant::now();
            let out = ctx.run_ui(raw, |ui| app.show(ui));
            let prims = ctx.tessellate(out.shapes, out.pixels_per_point);
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            std::hint::black_box(prims);
            if i >= 60 {
                if recording { on.push(ms) } else { off.push(ms) }
            }
        }
        off.sort_by(f64::total_cmp);
        on.sort_by(f64::total_cmp);
        let (a, b) = (percentile(&off, 0.5), percentile(&on, 0.5));
        worst = worst.max(b - a);
        println!(
            "  {:<18} off {a:.4} ms  on {b:.4} ms  adds {:+.4} ms",
            stop.name(),
            b - a
        );
    }
    println!("recording adds at most {worst:+.4} ms per frame (target ≤ 0.1 ms)");
    let _ = std::fs::remove_dir_all(&dir);
}

fn main() {
    let frames: usize = std::env::var("KOFU_FRAMES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    let target_ms = 2.0;
    let mut worst = 0.0f64;
    println!(
        "{:<22} {:>9} {:>9} {:>9}   (frame = layout + tessellation, {} frames, {}×{} logical px)",
        "screen",
        "p50 ms",
        "p99 ms",
        "max ms",
        frames,
        tokens::window_size().x,
        tokens::window_size().y
    );
    for (lang, large) in [("ja", false), ("en", false), ("ja", true)] {
        for stop in Stop::ALL.into_iter().filter(|s| s.on("fujifilm")) {
            let mut app = match KioskApp::new(tour::options("fujifilm", lang)) {
                Ok(a) => a,
                Err(e) => {
                    eprintln!("kiosk: {e:#}");
                    std::process::exit(2);
                }
            };
            if let Err(e) = tour::reach(&mut app, stop) {
                eprintln!("{stop:?}: {e}");
                std::process::exit(2);
            }
            app.set_display(large, false);
            let ctx = egui::Context::default();
            let mut t = 0.0;
            // Warm-up: fonts, glyph atlas, galley caches.
            for _ in 0..30 {
                t += 1.0 / 60.0;
                let out = ctx.run_ui(input(t), |ui| app.show(ui));
                let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
            }
            let mut ms = Vec::with_capacity(frames);
            for _ in 0..frames {
                t += 1.0 / 60.0;
                let start = Instant::now();
                let out = ctx.run_ui(input(t), |ui| app.show(ui));
                let prims = ctx.tessellate(out.shapes, out.pixels_per_point);
                ms.push(start.elapsed().as_secs_f64() * 1000.0);
                std::hint::black_box(prims);
            }
            ms.sort_by(f64::total_cmp);
            let p99 = percentile(&ms, 0.99);
            worst = worst.max(p99);
            let name = format!(
                "{lang}{} {}",
                if large { "+large" } else { "" },
                stop.name()
            );
            println!(
                "{name:<22} {:>9.3} {:>9.3} {:>9.3}",
                percentile(&ms, 0.5),
                p99,
                ms.last().copied().unwrap_or(0.0)
            );
        }
    }
    println!("worst p99: {worst:.3} ms (target ≤ {target_ms} ms)");
    recording_cost(frames);
    if worst > target_ms {
        std::process::exit(1);
    }
}
