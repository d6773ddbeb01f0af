//! The trainer console in its own window (an egui viewport): beside the kiosk, never over it,
//! and back where it was when it is opened again. A backend that cannot open a second window
//! (the test harness) shows it as a window inside the kiosk's.

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
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| super::show(ui, app_ref, state))
                    .inner
            })
            .inner
    };
    let (commands, closed, seen) = if ctx.embed_viewports() {
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
