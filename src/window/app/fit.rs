//! The window fits the screen it is on: the whole machine (panel, parts, keypad) is drawn at
//! one zoom factor, the largest that keeps it inside the window with the panel's aspect ratio,
//! so a 1280×720 or 1366×768 laptop shows everything and a resize scales everything.
//!
//! The zoom changes only how many pixels a point takes: the panel keeps its declared size in
//! points, which is what the audit measures in millimetres on the declared panel.
//!
//! Decisions: at start the window is sized to the monitor (at most 100 %, leaving room for the
//! desktop's bars); Ctrl + / Ctrl − make the window (and with it the machine) 10 % larger or
//! smaller, within the monitor; Ctrl 0 goes back to 100 % (or the monitor's fit). egui's own
//! keyboard zoom is off, so the two never fight. A study participant's machine (`fill`) may
//! grow past 100 % to fill a large touch monitor. F11 turns full screen on and off.
//!
//! With the trainer console open it is docked in this window at the right (see
//! `trainer::window`): the machine and the console share one zoom, the largest at which both
//! fit, but the machine is not shrunk below [`tokens::READABLE_ZOOM`] (footer text 12 px) to
//! give the console more than [`tokens::CONSOLE_MIN_WIDTH`]; the console takes what is left.

use egui::{Context, Key, Modifiers, Vec2, ViewportCommand};

use crate::window::tokens;

/// The smallest zoom: below it no text is legible.
const MIN_ZOOM: f32 = 0.4;

/// One Ctrl + / Ctrl − step.
const STEP: f32 = 1.1;

/// The share of the monitor a window may take (room for title bar, panels and docks).
const MONITOR_SHARE: Vec2 = Vec2::new(0.96, 0.90);

/// The fit of the machine in the window, frame after frame.
#[derive(Debug, Default)]
pub(crate) struct Fit {
    /// The width kept free on the monitor for the trainer console when the window was last
    /// sized to it (`None`: not sized yet).
    sized_for: Option<f32>,
}

/// The largest zoom at which `content` fits in `room`.
fn fit(room: Vec2, content: Vec2) -> f32 {
    (room.x / content.x).min(room.y / content.y)
}

/// The zoom of the machine in a window of `room` (pixels) with the console docked beside it,
/// `reserve` points wide at its full width: the machine stays readable (at least
/// [`tokens::READABLE_ZOOM`]) while the console keeps [`tokens::CONSOLE_MIN_WIDTH`]; where
/// both cannot hold (a 1280 px wide screen) the console's width wins, as nothing may overlap.
pub fn docked_zoom(room: Vec2, reserve: f32) -> f32 {
    let kiosk = tokens::window_size();
    let full = fit(room, kiosk + Vec2::new(reserve, 0.0));
    let least = fit(
        room,
        kiosk + Vec2::new(tokens::CONSOLE_MIN_WIDTH + tokens::MARGIN, 0.0),
    );
    least.min(full.max(tokens::READABLE_ZOOM))
}

/// The zoom at which the machine (and the docked console, `reserve` > 0) fits in `room`.
fn zoom_in(room: Vec2, reserve: f32) -> f32 {
    if reserve > 0.0 {
        docked_zoom(room, reserve)
    } else {
        fit(room, tokens::window_size())
    }
}

impl Fit {
    /// Reads Ctrl + / − / 0, sizes the window to its monitor on its first frame and whenever
    /// `reserve` changes (the width of the trainer console docked beside the machine, so it
    /// never covers it), and sets this frame's zoom. Returns the zoom in force.
    pub fn frame(&mut self, ctx: &Context, reserve: f32, fill: bool) -> f32 {
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F11)) {
            let full = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(!full));
        }
        let most = if fill { f32::MAX } else { 1.0 };
        let content = tokens::window_size();
        let zoom = ctx.zoom_factor();
        // The window's size in points at zoom 1.
        let window = ctx.content_rect().size() * zoom;
        let monitor = ctx.input(|i| i.viewport().monitor_size);
        let room = monitor.map(|m| m * MONITOR_SHARE);
        let monitor_fit = room.map(|r| zoom_in(r, reserve));
        let largest = monitor_fit.unwrap_or(f32::MAX);
        // The window's size (pixels) for the machine at zoom `z`: the console docked beside
        // it takes its full width, or what the monitor leaves, and the monitor's height.
        let size_at = |z: f32| {
            let wide = (content + Vec2::new(reserve, 0.0)) * z;
            match room {
                Some(r) if reserve > 0.0 => Vec2::new(wide.x.min(r.x), r.y.max(wide.y)),
                _ => wide,
            }
        };
        // Sizes are sent in the current (zoomed) points.
        if self.sized_for != Some(reserve)
            && let Some(m) = monitor_fit
        {
            self.sized_for = Some(reserve);
            let to = m.clamp(MIN_ZOOM, most);
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(size_at(to) / zoom));
        }
        let (plus, minus, reset) = ctx.input_mut(|i| {
            let plus = i.consume_key(Modifiers::COMMAND, Key::Plus)
                || i.consume_key(Modifiers::COMMAND, Key::Equals);
            let minus = i.consume_key(Modifiers::COMMAND, Key::Minus);
            let reset = i.consume_key(Modifiers::COMMAND, Key::Num0);
            (plus, minus, reset)
        });
        let wanted = if plus {
            Some((zoom * STEP).min(largest))
        } else if minus {
            Some((zoom / STEP).max(MIN_ZOOM))
        } else if reset {
            Some(most.min(largest))
        } else {
            None
        };
        if let Some(w) = wanted {
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(size_at(w) / zoom));
        }
        let now = zoom_in(window, reserve).max(MIN_ZOOM);
        if (now - zoom).abs() > 0.002 {
            ctx.set_zoom_factor(now);
        }
        now
    }
}

/// The smallest size of text on screen, in pixels: the panel's small print (16 points) at
/// [`tokens::READABLE_ZOOM`]. Browsers keep a minimum font size for the same reason (Firefox's
/// and Chrome's "minimum font size" settings): zooming a page out must not make its words
/// unreadable.
pub const LEGIBLE_PX: f32 = 12.0;

/// The panel's small text size (points) at `zoom`: the design's size, raised (in quarter
/// points, so a drag does not re-lay the panel at every pixel) where that would be under
/// [`LEGIBLE_PX`] on screen. Only zooms under 0.75 raise it — a laptop with the console
/// docked, or a window made small by hand.
pub fn legible_small(large: bool, zoom: f32) -> f32 {
    let design = tokens::Sizes::new(large).small;
    let least = (LEGIBLE_PX / zoom.max(MIN_ZOOM) * 4.0).ceil() / 4.0;
    design.max(least)
}

/// The smallest window a person can make: the machine at [`MIN_ZOOM`].
pub fn min_window_size() -> Vec2 {
    tokens::window_size() * MIN_ZOOM
}
