//! The audit's non-text checks find what they look for: a frame measured against tokens it was
//! not painted with fails them, the frame as painted passes.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use kofu::report::audit::wcag::{self, Deficiency, simulate};
use kofu::report::offscreen::Offscreen;
use kofu::report::tour::{self, Stop};
use kofu::window::{KioskApp, tokens};

fn frame(stop: Stop) -> (Offscreen, tokens::Tokens) {
    let mut app = KioskApp::new(tour::options("sharp", "ja")).expect("kiosk");
    tour::reach(&mut app, stop).expect("tour");
    app.show_keypad_highlight();
    let mut off = Offscreen::new(tokens::window_size());
    off.settle(&mut app);
    let t = app.tokens().clone();
    (off, t)
}

#[test]
fn the_frame_as_painted_passes() {
    for stop in [Stop::HomeLanguages, Stop::Pin, Stop::Certificate] {
        let (off, t) = frame(stop);
        let (checks, fails) = wcag::check_frame(&off.last, &t);
        assert!(checks > 5, "{stop:?}: {checks}");
        assert!(fails.is_empty(), "{stop:?}: {fails:?}");
    }
}

#[test]
fn a_missing_focus_ring_and_weak_outlines_fail() {
    let (off, t) = frame(Stop::HomeLanguages);
    // Expect a ring in another colour: none of that colour is drawn.
    let mut other = t.clone();
    other.c.focus_ring = other.c.danger_bg;
    other.c.machine_focus_ring = other.c.danger_bg;
    other.c.header_text = other.c.danger_bg;
    other.c.header_bg = other.c.panel_bg;
    let (_, fails) = wcag::check_frame(&off.last, &other);
    assert!(
        fails.iter().any(|(c, _)| *c == "focus_indicator"),
        "{fails:?}"
    );
    // Measure the buttons against a mid grey: neither their fill (light) nor their outline
    // (dark) stands out from it by 3:1.
    let mut ground = t;
    ground.c.panel_bg = tokens::premultiplied([160, 160, 160, 255]);
    let (_, fails) = wcag::check_frame(&off.last, &ground);
    assert!(
        fails.iter().any(|(c, _)| *c == "non_text_contrast"),
        "{fails:?}"
    );
}

#[test]
fn red_and_green_meet_for_a_protanope_and_grey_stays_grey() {
    let c = |r, g, b| tokens::premultiplied([r, g, b, 255]);
    let distance = |a: egui::Color32, b: egui::Color32| {
        let d = |x: u8, y: u8| (f64::from(x) - f64::from(y)).powi(2);
        (d(a.r(), b.r()) + d(a.g(), b.g()) + d(a.b(), b.b())).sqrt()
    };
    let (red, green) = (c(200, 40, 40), c(60, 140, 40));
    let p = Deficiency::Protanopia;
    let seen = distance(simulate(red, p), simulate(green, p));
    assert!(seen < distance(red, green) / 2.0, "{seen}");
    for d in Deficiency::ALL {
        assert_eq!(simulate(c(255, 255, 255), d), c(255, 255, 255), "{d:?}");
    }
}
