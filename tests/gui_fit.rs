//! The window fits a laptop: at 1280×720 and 1366×768 the whole machine (panel, reader, slots,
//! trays, keypad, headset jack, trainer button) is inside the window, scaled by one factor
//! that keeps the panel's shape; the trainer console docks beside the machine.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kofu::window::{KioskApp, tokens};
use support::opts;

fn harness_at(w: f32, h: f32) -> Harness<'static, KioskApp> {
    let app = KioskApp::new(opts("fujifilm")).unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(w, h))
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app);
    h.run();
    h
}

/// Every control's rectangle in the window's pixels.
fn controls(h: &Harness<'static, KioskApp>) -> Vec<(String, egui::Rect)> {
    let ppp = h.ctx.pixels_per_point();
    let mut out = Vec::new();
    for role in [Role::Button, Role::CheckBox, Role::RadioButton] {
        for node in h.query_all_by_role(role) {
            let r = node.rect();
            let px = egui::Rect::from_min_max(
                (r.min.to_vec2() * ppp).to_pos2(),
                (r.max.to_vec2() * ppp).to_pos2(),
            );
            out.push((node.accesskit_node().label().unwrap_or_default(), px));
        }
    }
    out
}

#[test]
fn the_whole_machine_is_on_a_laptop_screen() {
    for (w, hgt) in [(1280.0, 720.0), (1366.0, 768.0)] {
        let h = harness_at(w, hgt);
        let zoom = h.ctx.zoom_factor();
        let content = tokens::window_size();
        assert!(
            zoom < 1.0,
            "{w}×{hgt}: the machine ({content:?}) needs shrinking"
        );
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, hgt));
        let found = controls(&h);
        assert!(found.len() > 20, "{w}×{hgt}: only {} controls", found.len());
        for (name, r) in &found {
            assert!(
                screen.expand(0.5).contains_rect(*r),
                "{w}×{hgt}: {name:?} at {r:?} is outside the window"
            );
        }
        for part in ["○", "×", "←"] {
            assert!(
                found.iter().any(|(n, _)| n.contains(part)),
                "{w}×{hgt}: no keypad key {part} among {:?}",
                found.iter().map(|(n, _)| n).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn the_machine_keeps_its_shape_and_size_in_points() {
    let h = harness_at(1280.0, 720.0);
    let zoom = h.ctx.zoom_factor();
    let content = tokens::window_size();
    let expected = (1280.0 / content.x).min(720.0 / content.y);
    assert!(
        (zoom - expected).abs() < 0.01,
        "zoom {zoom}, expected {expected}"
    );
    // At the machine's own size nothing is scaled.
    let h = harness_at(content.x, content.y);
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 0.01);
}

#[test]
fn the_trainer_console_docks_beside_the_machine_which_zooms_to_make_room() {
    let mut o = opts("fujifilm");
    o.lang = "en".into();
    o.trainer = true;
    let app = KioskApp::new(o).unwrap();
    let content = tokens::window_size();
    let mut h = Harness::builder()
        .with_size(content)
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app);
    h.run();
    // The console is there, docked in the kiosk's window (see trainer::window) …
    assert!(h.get_all_by_label("Trainer console").count() >= 1);
    h.get_by_label("Resume");
    // … and the machine zooms down to make room for it beside it.
    let z = h.ctx.zoom_factor();
    let both = content.x / (content.x + tokens::TRAINER_WIDTH + tokens::MARGIN);
    assert!((z - both).abs() < 0.01, "zoom {z}, expected {both}");
}
