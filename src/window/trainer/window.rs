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

/// The console's viewport.
fn viewport_id() -> ViewportId {
    ViewportId::from_hash_of("kofu-trainer-console")
}

/// Shows the console when it is open and returns what it asks for. Closing its window
/// closes the console.
pub fn show(ctx: &Context, app: &mut KioskApp) -> Vec<Command> {
    if !app.trainer_open {
        app.trainer.place.opened_at = None;
        return Vec::new();
    }
    let mut state = std::mem::take(&mut app.trainer);
    // Beside the kiosk's window the first time; where it was left after that.
    let beside = ctx.input(|i| {
        i.viewport()
            .outer_rect
            .map(|r| r.right_top() + vec2(8.0, 0.0))
    });
    let at = *state
        .place
        .opened_at
        .get_or_insert_with(|| state.place.last_seen.or(beside).unwrap_or_default());
    let builder = ViewportBuilder::default()
        .with_title(app.tr.t("trainer-title"))
        .with_inner_size(vec2(tokens::TRAINER_WIDTH, tokens::window_size().y))
        .with_min_inner_size(vec2(320.0, 360.0))
        .with_position(at);
    let app_ref: &KioskApp = app;
    let (commands, closed, seen) = ctx.show_viewport_immediate(viewport_id(), builder, |ui, _| {
        let closed = ui.ctx().input(|i| i.viewport().close_requested());
        let seen = ui.ctx().input(|i| i.viewport().outer_rect.map(|r| r.min));
        let commands = egui::Frame::new()
            .fill(app_ref.tokens.c.part_bg)
            .inner_margin(MARGIN)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| super::show(ui, app_ref, &mut state))
                    .inner
            })
            .inner;
        (commands, closed, seen)
    });
    state.place.last_seen = seen.or(state.place.last_seen);
    app.trainer = state;
    if closed {
        app.trainer_open = false;
        app.trainer.place.opened_at = None;
    }
    commands
}
