//! The trainer console's handbook button, driven through the accessibility tree: the window
//! keeps drawing while the handbook is written beside it, then says where it is.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use egui_kittest::kittest::{NodeT, Queryable};

// Shared with tests/gui.rs; this file uses a few of its helpers.
#[allow(dead_code)]
#[path = "gui/support.rs"]
mod support;

use support::*;

#[test]
fn the_trainer_prints_the_handbook_without_freezing_the_window() {
    let tmp = tempfile::tempdir().unwrap();
    let mut o = opts("fujifilm");
    o.lang = "en".into();
    o.state = Some(tmp.path().to_path_buf());
    o.memory_store = true;
    o.handbook = Some(kofu::handbook::window_writer());
    let mut h = harness_with_console(app(o));
    h.key_press(egui::Key::F2);
    h.run();
    let label = "Print the trainer's handbook (PDF)";
    h.get_by_label(label).scroll_to_me();
    h.run();
    // A spinner runs while the handbook is written: step frames instead of settling.
    h.get_by_label(label).click();
    h.step();
    // The window keeps drawing frames while the handbook is written beside it.
    let file = tmp.path().join("handbook/handbook-tsukuba-en.pdf");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(300);
    let mut frames = 0;
    while h.query_by_label_contains("Handbook written").is_none() {
        if let Some(e) = h.query_by_label_contains("Error:") {
            panic!("{:?}", e.accesskit_node().label());
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no handbook after 300 s"
        );
        h.step();
        frames += 1;
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(frames > 1, "the window waited for the handbook");
    let bytes = std::fs::read(&file).expect("the handbook");
    assert!(bytes.starts_with(b"%PDF"));
}
