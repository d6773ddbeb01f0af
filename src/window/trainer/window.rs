//! Where the trainer console is: docked in the kiosk's own window, at its right, never over
//! the machine.
//!
//! Decision (issue 21, item 2): a trainer's laptop (1366×768, 1280×720) has no room for a
//! second window beside the machine. The machine is 1548×784 points; its panel's footer text
//! (16 points) is readable at 12 pixels, i.e. at zoom 0.75, where the machine alone takes
//! 1161 pixels of the screen's width. So the console docks inside the kiosk's window at the
//! right and the machine zooms down to make room (`app::fit`): both at one zoom, the console
//! at its full width ([`WIDTH`]) where the screen has room, else narrower but never under
//! `tokens::CONSOLE_MIN_WIDTH`, the machine never under `tokens::READABLE_ZOOM` for the
//! console's sake. Measured in the tests: at 1366×768 the machine is at 0.75 (footer 12 px)
//! and the console 265 points wide; at 1280×720 the console's minimum wins, the machine is
//! at 0.71 (footer 11.4 px) — the two needs cannot both hold on 1280 pixels.
//! Docked, the console is part of the kiosk window's accessibility tree (AccessKit): a second
//! OS window (an egui immediate viewport) was missing from the AT-SPI tree, and on a large
//! screen the machine loses only a few per cent to it. The one exception is the study's
//! participant view: the participant's machine fills its window and the moderator's console
//! opens as a window of its own (inside the window where the backend cannot open a second).

use egui::{Context, Pos2, ViewportBuilder, ViewportId, vec2};

use super::Command;
use crate::window::KioskApp;
use crate::window::tokens::{self, MARGIN};

/// Where the console's window is.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Place {
    /// Where it opened this time (kept while it is open: a builder whose position changes
    /// every frame would move the window under the person dragging it).
    opened_at: Option<Pos2>,
    /// Where it was last seen (the desktop's coordinates, in points).
    last_seen: Option<Pos2>,
}

/// The console window's width.
pub const WIDTH: f32 = tokens::TRAINER_WIDTH;

/// The console's viewport.
fn viewport_id() -> ViewportId {
    ViewportId::from_hash_of("kofu-trainer-console")
}

/// Draws the console docked at the window's right, beside the machine: from the machine's
/// right edge (the machine is drawn at the window's left while the console is open) to the
/// window's, in an area of its own so nothing of it lies over the machine.
fn docked(ctx: &Context, body: impl FnOnce(&mut egui::Ui) -> Vec<Command>) -> Vec<Command> {
    let screen = ctx.content_rect();
    let left = screen.left() + tokens::window_size().x;
    let rect = egui::Rect::from_min_max(
        egui::pos2(left, screen.top() + MARGIN),
        egui::pos2(screen.right() - MARGIN, screen.bottom() - MARGIN),
    );
    // The frame before a new zoom takes effect (the first, a resize) may leave no room:
    // the console waits a frame rather than lie over the machine.
    if rect.width() < tokens::CONSOLE_MIN_WIDTH / 2.0 {
        ctx.request_repaint();
        return Vec::new();
    }
    // A window without title bar or frame, fixed in place: the accessibility tree names it a
    // window (the console's own), and it cannot be dragged over the machine.
    egui::Window::new("kofu-trainer-console")
        .id(egui::Id::unique("kofu-trainer-console-docked"))
        .title_bar(false)
        .frame(egui::Frame::new())
        .fixed_pos(rect.min)
        .fixed_size(rect.size())
        .collapsible(false)
        .resizable(false)
        .movable(false)
        // Kept where it is, never slid over the machine; its rows wrap within its room and
        // it scrolls down (`super::show`).
        .constrain(false)
        .show(ctx, |ui| {
            ui.set_max_width(rect.width());
            body(ui)
        })
        .and_then(|r| r.inner)
        .unwrap_or_default()
}

/// Shows the console when it is open and returns what it asks for. Closing its window
/// closes the console.
pub fn show(ctx: &Context, app: &mut KioskApp) -> Vec<Command> {
    if !app.console.open {
        app.console.state.place.opened_at = None;
        return Vec::new();
    }
    let mut state = std::mem::take(&mut app.console.state);
    // At the monitor's right edge the first time (the kiosk's window makes room for it, see
    // `app::fit`); where it was left after that. Until the monitor is known (the first frame),
    // beside the kiosk's window, not yet remembered.
    let (monitor, beside) = ctx.input(|i| {
        let vp = i.viewport();
        let beside = vp.outer_rect.map(|r| r.right_top() + vec2(8.0, 0.0));
        (vp.monitor_size, beside)
    });
    let at = match (state.place.opened_at, state.place.last_seen, monitor) {
        (Some(at), _, _) => at,
        (None, Some(seen), _) => *state.place.opened_at.insert(seen),
        (None, None, Some(m)) => *state
            .place
            .opened_at
            .insert(egui::pos2((m.x - WIDTH).max(0.0), 0.0)),
        (None, None, None) => beside.unwrap_or_default(),
    };
    let full = tokens::window_size().y;
    let height = monitor.map_or(full, |m| (m.y * 0.9).min(full));
    let builder = ViewportBuilder::default()
        .with_title(super::words(app).t("trainer-title"))
        .with_inner_size(vec2(WIDTH, height))
        .with_min_inner_size(vec2(320.0, 360.0))
        .with_position(at);
    let app_ref: &KioskApp = app;
    let body = |ui: &mut egui::Ui, state: &mut super::TrainerState| {
        egui::Frame::new()
            .fill(app_ref.panel.tokens.c.part_bg)
            .inner_margin(MARGIN)
            // The console scrolls in its own vertical scroll area (`super::show`); one
            // scrolling both ways around it let a wide row widen every row after it.
            .show(ui, |ui| super::show(ui, app_ref, state))
            .inner
    };
    let (commands, closed, seen) = if !app.opts.participant_view {
        let commands = docked(ctx, |ui| body(ui, &mut state));
        (commands, false, None)
    } else if ctx.embed_viewports() {
        // No second window on this backend (the test harness): a window inside the kiosk's,
        // at its right edge (egui places an embedded viewport where it likes, over the panel).
        let mut open = true;
        let commands = egui::Window::new(super::words(app).t("trainer-title"))
            .id(egui::Id::unique("kofu-trainer-console-embedded"))
            .open(&mut open)
            .anchor(egui::Align2::RIGHT_TOP, vec2(0.0, 0.0))
            // No title bar: egui's own buttons on it are in English, and the console's
            // heading names it (F2 and the machine's button close it).
            .title_bar(false)
            .fixed_size(vec2(WIDTH, height - 40.0))
            .frame(egui::Frame::new())
            .show(ctx, |ui| body(ui, &mut state))
            .and_then(|r| r.inner)
            .unwrap_or_default();
        (commands, !open, None)
    } else {
        ctx.show_viewport_immediate(viewport_id(), builder, |ui, _| {
            let closed = ui.ctx().input(|i| i.viewport().close_requested());
            let seen = ui.ctx().input(|i| i.viewport().outer_rect.map(|r| r.min));
            (body(ui, &mut state), closed, seen)
        })
    };
    state.place.last_seen = seen.or(state.place.last_seen);
    app.console.state = state;
    if closed {
        app.console.open = false;
        app.console.state.place.opened_at = None;
    }
    commands
}
