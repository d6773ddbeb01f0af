//! The trainer console and the kiosk both on a laptop's screen (issue 21, item 2): at
//! 1366×768 and 1280×720 with the console open, the console's window and every node of the
//! machine (panel and parts) lie inside the window and never overlap, the panel's footer text
//! is readable (≥ 12 px on screen), and every control of the console has a name
//! in the accessibility tree.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

use egui::accesskit::{Action, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kofu::i18n::I18n;
use kofu::window::{KioskApp, UiOptions};
use support::opts;

/// A node's id in the accessibility tree.
type Id = String;

/// The id of an accessibility node.
fn id_of<'t>(node: &impl NodeT<'t>) -> Id {
    format!("{:?}", node.accesskit_node().id())
}

/// A kiosk in `lang` with the console open, in a window of `w`×`h` pixels.
fn open_at(w: f32, h: f32, lang: &str) -> Harness<'static, KioskApp> {
    let o = UiOptions {
        trainer: true,
        lang: lang.into(),
        ..opts("fujifilm")
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(w, h))
        .with_max_steps(200)
        .build_ui_state(
            |ui, app: &mut KioskApp| app.show(ui),
            KioskApp::new(o).unwrap(),
        );
    h.run();
    h
}

/// A rectangle in the window's pixels.
fn px(h: &Harness<'_, KioskApp>, r: egui::Rect) -> egui::Rect {
    let ppp = h.ctx.pixels_per_point();
    egui::Rect::from_min_max(
        (r.min.to_vec2() * ppp).to_pos2(),
        (r.max.to_vec2() * ppp).to_pos2(),
    )
}

/// The accessibility node id of the console's window (found by its heading).
fn console_window(h: &Harness<'_, KioskApp>, lang: &str) -> Id {
    let title = I18n::in_lang(lang).t("trainer-title");
    let mut node = h
        .get_all_by_label(&title)
        .last()
        .expect("the console's heading");
    while let Some(p) = node.parent() {
        node = p;
        if node.accesskit_node().role() == Role::Window {
            return id_of(&node);
        }
    }
    panic!("the console's heading is in no window");
}

/// Whether a node lies under the node `id`.
fn under<'t>(node: &impl NodeT<'t>, id: &Id) -> bool {
    let mut n = node.parent();
    while let Some(p) = n {
        if id_of(&p) == *id {
            return true;
        }
        n = p.parent();
    }
    false
}

#[test]
fn the_console_and_the_machine_share_a_laptop_screen_without_overlapping() {
    // The screens, and the windows kofu opens on them (96 % × 90 % of the monitor, measured
    // with xwininfo: 1311×691 and 1229×648).
    for (w, hgt) in [
        (1366.0, 768.0),
        (1280.0, 720.0),
        (1311.0, 691.0),
        (1229.0, 648.0),
    ] {
        let h = open_at(w, hgt, "ja");
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, hgt)).expand(0.5);
        let id = console_window(&h, "ja");
        let console = h
            .root()
            .children_recursive()
            .find(|n| id_of(n) == id)
            .unwrap();
        let console_px = px(&h, console.rect());
        assert!(
            screen.contains_rect(console_px),
            "{w}×{hgt}: the console at {console_px:?} is outside the window"
        );
        assert!(
            console_px.width() >= 0.7 * 250.0,
            "{w}×{hgt}: the console is only {} px wide",
            console_px.width()
        );
        let mut machine = 0;
        for n in h.root().children_recursive() {
            let role = n.accesskit_node().role();
            if id_of(&n) == id || under(&n, &id) || role == Role::Window {
                continue;
            }
            let Some(b) = n.accesskit_node().bounding_box() else {
                continue;
            };
            // AccessKit's bounds are in the window's pixels already.
            let r = egui::Rect::from_min_max(
                egui::pos2(b.x0 as f32, b.y0 as f32),
                egui::pos2(b.x1 as f32, b.y1 as f32),
            );
            if r.area() <= 0.0 {
                continue;
            }
            machine += 1;
            let label = n.accesskit_node().label().unwrap_or_default();
            assert!(
                screen.contains_rect(r),
                "{w}×{hgt}: the machine's {role:?} {label:?} at {r:?} is outside the window"
            );
            let over = r.intersect(console_px);
            assert!(
                !over.is_positive() || over.area() < 1.0,
                "{w}×{hgt}: the console ({console_px:?}) lies over the machine's {role:?} \
                 {label:?} at {r:?}"
            );
        }
        assert!(
            machine > 40,
            "{w}×{hgt}: only {machine} nodes of the machine"
        );
        // The footer's text on screen: its size in points times the pixels per point.
        let footer = h.state().tokens().s.small * h.ctx.pixels_per_point();
        println!(
            "{w}×{hgt}: zoom {:.3}, footer text {footer:.1} px, console {console_px:?}",
            h.ctx.zoom_factor()
        );
        assert!(
            footer >= 12.0 - 1e-3,
            "{w}×{hgt}: the footer's text is {footer:.1} px"
        );
    }
}

#[test]
fn every_control_of_the_console_has_a_name() {
    for lang in ["ja", "en"] {
        let h = open_at(1366.0, 768.0, lang);
        let id = console_window(&h, lang);
        let mut controls = 0;
        let mut unnamed = Vec::new();
        for n in h.root().children_recursive() {
            if !under(&n, &id) {
                continue;
            }
            let a = n.accesskit_node();
            let interactive = a.data().supports_action(Action::Focus)
                || a.data().supports_action(Action::Click)
                || matches!(
                    a.role(),
                    Role::Button
                        | Role::CheckBox
                        | Role::ComboBox
                        | Role::TextInput
                        | Role::Slider
                        | Role::SpinButton
                        | Role::RadioButton
                );
            // egui's own scroll bar carries no name: its role says what it is.
            if !interactive || a.role() == Role::ScrollBar {
                continue;
            }
            controls += 1;
            let said = |l: Option<String>| l.is_some_and(|l| !l.trim().is_empty());
            // A label's words are its value (a screen reader says them as its name).
            let named = said(a.label())
                || (a.role() == Role::Label && said(a.value()))
                || a.labelled_by().any(|m| said(m.label()));
            if !named {
                unnamed.push(format!("{:?} {:?}", a.role(), a.value()));
            }
        }
        assert!(
            controls > 10,
            "{lang}: only {controls} controls in the console"
        );
        assert!(
            unnamed.is_empty(),
            "{lang}: controls without a name: {unnamed:?}"
        );
    }
}

/// A node's bounds in the window's pixels (AccessKit's bounds are in pixels already).
fn bounds<'t>(node: &impl NodeT<'t>) -> Option<egui::Rect> {
    let b = node.accesskit_node().bounding_box()?;
    let r = egui::Rect::from_min_max(
        egui::pos2(b.x0 as f32, b.y0 as f32),
        egui::pos2(b.x1 as f32, b.y1 as f32),
    );
    r.is_positive().then_some(r)
}

#[test]
fn every_console_control_lies_inside_the_window_and_its_room() {
    // The windows the lead measured (xwininfo, no window manager): 1311×691 on a 1366×768
    // screen, 1229×648 on 1280×720; and the screens themselves.
    let mut bad = Vec::new();
    for (w, hgt, lang) in [
        (1311.0, 691.0),
        (1229.0, 648.0),
        (1366.0, 768.0),
        (1280.0, 720.0),
    ]
    .into_iter()
    .flat_map(|(w, h)| ["ja", "en"].map(|l| (w, h, l)))
    {
        let h = open_at(w, hgt, lang);
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, hgt)).expand(0.5);
        let id = console_window(&h, lang);
        let console = h
            .root()
            .children_recursive()
            .find(|n| id_of(n) == id)
            .unwrap();
        let room = px(&h, console.rect());
        let mut controls = 0;
        let mut widest: (f32, String) = (0.0, String::new());
        for n in h.root().children_recursive() {
            if !under(&n, &id) || n.accesskit_node().role() == Role::ScrollBar {
                continue;
            }
            let Some(r) = bounds(&n) else { continue };
            let a = n.accesskit_node();
            let label = a.label().or(a.value()).unwrap_or_default();
            controls += 1;
            if r.width() > widest.0 {
                widest = (r.width(), format!("{:?} {label:?}", a.role()));
            }
            // Across the window: the console scrolls down, so below its fold (or cut by it)
            // only the width counts.
            let across = r.left() >= screen.left() && r.right() <= screen.right();
            if !across || r.top() < screen.top() {
                bad.push(format!(
                    "{w}×{hgt} {lang}: the console's {:?} {label:?} at {r:?} runs past the window",
                    a.role()
                ));
            } else if r.left() < room.left() - 0.5 || r.right() > room.right() + 0.5 {
                bad.push(format!(
                    "{w}×{hgt} {lang}: the console's {:?} {label:?} at {r:?} is wider than its room \
                     {room:?}",
                    a.role()
                ));
            }
        }
        println!(
            "{w}×{hgt} {lang}: zoom {:.3}, console room {room:?} ({:.0} points), widest {:.0} px: {}",
            h.ctx.zoom_factor(),
            room.width() / h.ctx.pixels_per_point(),
            widest.0,
            widest.1
        );
        assert!(
            controls > 10,
            "{w}×{hgt} {lang}: only {controls} nodes in the console"
        );
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
