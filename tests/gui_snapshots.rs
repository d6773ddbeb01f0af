//! Snapshot images of every screen, in Japanese and English, for both vendors where they
//! differ, so reviewers can see changes: `tests/snapshots/<lang>_<vendor>_<stop>.png`.
//! Rendered without a GPU (wgpu on Mesa's software Vulkan, lavapipe: `mesa-vulkan-drivers`).
//! `UPDATE_SNAPSHOTS=1 cargo test --test gui_snapshots` rewrites the images; set
//! `KOFU_SKIP_SNAPSHOTS=1` on a machine that cannot render.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use egui_kittest::{Harness, SnapshotResults};
use kofu::report::tour::{self, Stop};
use kofu::window::{KioskApp, tokens};

#[test]
fn every_screen_in_japanese_and_english() {
    if std::env::var_os("KOFU_SKIP_SNAPSHOTS").is_some() {
        eprintln!("KOFU_SKIP_SNAPSHOTS set: no snapshots rendered");
        return;
    }
    let mut results = SnapshotResults::new();
    for lang in ["ja", "en"] {
        for vendor in ["fujifilm", "sharp"] {
            for stop in Stop::ALL {
                // Sharp's own screens, and its home menu and look (one screen of buttons).
                let differs = matches!(
                    stop,
                    Stop::Home
                        | Stop::HomeLanguages
                        | Stop::Consent
                        | Stop::PlaceCard
                        | Stop::Services
                        | Stop::Certificate
                );
                if !stop.on(vendor) || (vendor == "sharp" && !differs) {
                    continue;
                }
                let mut app = KioskApp::new(tour::options(vendor, lang)).expect("kiosk");
                tour::reach(&mut app, stop).unwrap_or_else(|e| panic!("{stop:?}: {e}"));
                let mut h = Harness::builder()
                    .with_size(tokens::window_size())
                    .with_max_steps(20)
                    .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app);
                h.run();
                results.add(h.try_snapshot(format!("{lang}_{vendor}_{}", stop.name())));
            }
        }
    }
    // Large text and high contrast, once each.
    for (name, large, hc) in [("large_text", true, false), ("high_contrast", false, true)] {
        let mut app = KioskApp::new(tour::options("fujifilm", "ja")).expect("kiosk");
        tour::reach(&mut app, Stop::Certificate).expect("tour");
        app.set_display(large, hc);
        let mut h = Harness::builder()
            .with_size(tokens::window_size())
            .with_max_steps(20)
            .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app);
        h.run();
        results.add(h.try_snapshot(format!("ja_fujifilm_10_certificate_{name}")));
    }
}
