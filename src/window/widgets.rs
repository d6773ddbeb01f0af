//! The kiosk's own controls, painted from design tokens: buttons and toggles with an
//! accessible name and role, a focus ring that is an outline (pressed is a fill), and the
//! keypad highlight.
//!
//! Decisions:
//! - Buttons are painted here rather than with `egui::Button`, because egui shows keyboard focus
//!   with the same look as "pressed"; ours draws an outline ring outside the control for focus
//!   and for the keypad highlight, and a dark fill while pressed.
//! - Every control reports a [`egui::WidgetInfo`] with its label, so AccessKit (and kittest's
//!   `get_by_label`) sees a name and a role (button, check box, radio button).
//! - Keypad navigation: the panel's controls are numbered in drawing order each frame, each
//!   with the message it sends; the highlighted one (moved by the keypad's 2 and 8) is
//!   activated by ○, which sends that message. The highlight ring is
//!   shown only once the keypad or keyboard has been used, so mouse users see no stray ring.

use egui::{Rect, Response, Stroke, StrokeKind, Ui};

use crate::domain::session::Event;
use crate::domain::vendor::look::{HomeTile, IconStyle};
use crate::window::msg::Msg;
use crate::window::tokens::Tokens;

mod paint;

use paint::draw;
pub use paint::{LABEL_LINE_HEIGHT, control_height};

/// A control the panel drew: where it is, its accessible name, its look and what it does.
/// The keypad's ○ activates the highlighted one by its [`Drawn::msg`]; the speech guide names
/// it when the highlight moves; the recorder finds the control a tap hit; `kofu predict` the
/// control a scenario's step needs — all from the screen as drawn, never from a second
/// description.
#[derive(Debug, Clone)]
pub struct Drawn {
    /// Where it is on screen (its visible part).
    pub rect: Rect,
    /// Accessible name (for a PIN key, the digit: [`Drawn::secret`] keeps it out of files).
    pub label: String,
    /// Whether it can be pressed.
    pub enabled: bool,
    /// Its look, which says its role and state (check box on, radio button chosen…).
    pub look: Look,
    /// What pressing it does.
    pub msg: Option<Msg>,
    /// The event it stands for, when that is one event of the session.
    pub sends: Option<Event>,
    /// A key of the PIN pad: the recorder writes "PIN key" and the pad's centre, never this one.
    pub secret: bool,
    /// What it does when it sends no event (`copies-more`, `copies-less`, `option`, `page`…).
    pub tag: Option<&'static str>,
}

/// Keypad navigation of the panel: the controls on show and the highlight among them.
#[derive(Debug, Default, Clone)]
pub struct Nav {
    /// Index of the highlighted control in [`Nav::drawn`].
    pub highlight: usize,
    /// Controls drawn so far in the frame being drawn.
    pub count: usize,
    /// Show the highlight ring (the keypad or keyboard was used).
    pub keypad_active: bool,
    /// Index of the screen's main action, if drawn in the frame being drawn.
    pub primary: Option<usize>,
    /// The highlight should move to the main action once it is drawn (new screen).
    pub want_primary: bool,
    /// Index of the first control of the screen's body (after the header's toggles): the
    /// highlight's start on screens without a main action.
    pub body_start: usize,
    /// The panel's controls on show, in drawing order (the last frame drawn).
    pub drawn: Vec<Drawn>,
    /// The bar's Back and Cancel of the last frame drawn (the keypad's ×).
    pub back: Option<Msg>,
    /// See [`Nav::back`].
    pub cancel: Option<Msg>,
    /// The panel changed since [`Nav::drawn`] was laid out: a key that needs the controls
    /// waits for the next frame (nobody can press what is not drawn yet).
    pub stale: bool,
    drawing: Vec<Drawn>,
    back_drawing: Option<Msg>,
    cancel_drawing: Option<Msg>,
}

impl Nav {
    /// Navigation for a panel about to show its first screen (the highlight goes to the main
    /// action once it is drawn).
    pub fn for_new_screen() -> Self {
        Self {
            want_primary: true,
            ..Self::default()
        }
    }

    /// Starts a frame.
    pub fn begin(&mut self) {
        self.count = 0;
        self.primary = None;
        self.drawing.clear();
        self.back_drawing = None;
        self.cancel_drawing = None;
    }

    /// Ends a frame: the controls drawn are the ones on show; the highlight settles.
    pub fn end(&mut self) {
        self.drawn = std::mem::take(&mut self.drawing);
        self.back = self.back_drawing.take();
        self.cancel = self.cancel_drawing.take();
        self.stale = false;
        if self.want_primary {
            self.highlight = self.primary.unwrap_or(self.body_start);
            self.want_primary = false;
        }
        if self.count > 0 && self.highlight >= self.count {
            self.highlight = self.count - 1;
        }
    }

    /// Says what the bar's Back and Cancel do in the frame being drawn (the keypad's ×).
    pub fn bar(&mut self, back: Option<Msg>, cancel: Option<Msg>) {
        self.back_drawing = back;
        self.cancel_drawing = cancel;
    }

    /// Moves the highlight by `delta`, wrapping around; returns the control now highlighted.
    pub fn step(&mut self, delta: i32) -> Option<&Drawn> {
        let n = self.drawn.len().max(1) as i32;
        let h = (self.highlight as i32 + delta).rem_euclid(n);
        self.highlight = h as usize;
        self.keypad_active = true;
        self.drawn.get(self.highlight)
    }

    /// What ○ does now: the highlighted control's message, when it can be pressed.
    pub fn enter(&self) -> Option<Msg> {
        self.drawn
            .get(self.highlight)
            .filter(|d| d.enabled)
            .and_then(|d| d.msg.clone())
    }

    /// What × does now: Back where the screen has it, else Cancel.
    pub fn back_or_cancel(&self) -> Option<Msg> {
        self.back.clone().or_else(|| self.cancel.clone())
    }
}

/// How a button looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// An ordinary choice.
    Normal,
    /// The screen's main action.
    Primary,
    /// Cancel.
    Danger,
    /// A check box (on/off).
    Check(bool),
    /// A radio button (one of several).
    Radio(bool),
    /// A physical key of the machine.
    Key,
}

/// A button to draw.
#[derive(Debug, Clone)]
pub struct Btn<'a> {
    /// Visible text and accessible name.
    pub label: &'a str,
    /// Accessible name when it differs from the visible text (e.g. keypad "○").
    pub name: Option<&'a str>,
    /// Look.
    pub look: Look,
    /// Whether it can be pressed.
    pub enabled: bool,
    /// Width (None: all available).
    pub width: Option<f32>,
    /// Minimum height (None: the token's button height).
    pub height: Option<f32>,
    /// Text size (None: the token's button text).
    pub text_size: Option<f32>,
    /// Font family (None: proportional in the UI language's order).
    pub family: Option<egui::FontFamily>,
    /// A pictogram beside or above the label (home menu).
    pub icon: Option<Icon>,
    /// What pressing it does.
    pub msg: Option<Msg>,
    /// The session event it stands for (for [`Drawn::sends`]; by default the first event of
    /// a [`Msg::Send`]).
    pub sends: Option<Event>,
    /// A PIN key (see [`Drawn::secret`]).
    pub secret: bool,
    /// What it does when it sends no event (see [`Drawn::tag`]).
    pub tag: Option<&'static str>,
}

/// A button's pictogram and where it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Icon {
    /// Which pictogram.
    pub tile: HomeTile,
    /// Line or filled set.
    pub style: IconStyle,
    /// Above the label (a tile) rather than left of it (a row).
    pub above: bool,
}

impl<'a> Btn<'a> {
    /// An ordinary, enabled button filling the available width.
    pub fn new(label: &'a str) -> Self {
        Self {
            label,
            name: None,
            look: Look::Normal,
            enabled: true,
            width: None,
            height: None,
            text_size: None,
            family: None,
            icon: None,
            msg: None,
            sends: None,
            secret: false,
            tag: None,
        }
    }
    /// The control sends this event to the session when pressed.
    pub fn sends(mut self, ev: Event) -> Self {
        self.msg = Some(Msg::send(ev.clone()));
        self.sends = Some(ev);
        self
    }
    /// What the control does when pressed.
    pub fn msg(mut self, msg: Msg) -> Self {
        self.msg = Some(msg);
        self
    }
    /// Marks a key of the PIN pad.
    pub fn secret(mut self) -> Self {
        self.secret = true;
        self
    }
    /// Says what a control that sends no event does.
    pub fn tag(mut self, tag: &'static str) -> Self {
        self.tag = Some(tag);
        self
    }
    /// A pictogram.
    pub fn icon(mut self, icon: Icon) -> Self {
        self.icon = Some(icon);
        self
    }
    /// Font family of the label.
    pub fn family(mut self, f: egui::FontFamily) -> Self {
        self.family = Some(f);
        self
    }
    /// Sets the look.
    pub fn look(mut self, look: Look) -> Self {
        self.look = look;
        self
    }
    /// Enables or disables.
    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = enabled;
        self
    }
    /// Fixed width.
    pub fn width(mut self, w: f32) -> Self {
        self.width = Some(w);
        self
    }
    /// Minimum height.
    pub fn height(mut self, h: f32) -> Self {
        self.height = Some(h);
        self
    }
    /// Text size.
    pub fn text_size(mut self, s: f32) -> Self {
        self.text_size = Some(s);
        self
    }
    /// Accessible name different from the visible text.
    pub fn name(mut self, name: &'a str) -> Self {
        self.name = Some(name);
        self
    }
}

/// A control on the touch panel: part of keypad navigation. Returns its message when it was
/// activated (click, Enter/Space with focus, a screen reader's click); the keypad's ○ activates
/// it through [`Nav::enter`] instead, in the app's update.
pub fn panel_button(ui: &mut Ui, t: &Tokens, nav: &mut Nav, b: Btn<'_>) -> Option<Msg> {
    let index = nav.count;
    let highlighted = nav.keypad_active && nav.highlight == index;
    let enabled = b.enabled;
    let primary = b.look == Look::Primary;
    let resp = draw(ui, t, &b, highlighted, t.c.focus_ring, true);
    // A control on another page of a paged screen is not on show: the keypad skips it.
    if !ui.is_rect_visible(resp.rect) {
        return None;
    }
    nav.count += 1;
    let sends = b.sends.clone().or_else(|| match &b.msg {
        Some(Msg::Send(evs)) => evs.first().cloned(),
        _ => None,
    });
    nav.drawing.push(Drawn {
        rect: resp.rect.intersect(ui.clip_rect()),
        label: b.name.unwrap_or(b.label).to_string(),
        enabled,
        look: b.look,
        msg: b.msg.clone(),
        sends,
        secret: b.secret,
        tag: b.tag,
    });
    if primary && nav.primary.is_none() {
        nav.primary = Some(index);
    }
    if resp.clicked() {
        nav.keypad_active = resp.has_focus();
    }
    if enabled && resp.clicked() {
        b.msg
    } else {
        None
    }
}

/// A physical part of the machine (slot, tray, reader, keypad key): not part of the panel's
/// keypad navigation. Returns true when activated.
pub fn machine_button(ui: &mut Ui, t: &Tokens, b: Btn<'_>) -> bool {
    let enabled = b.enabled;
    let resp = draw(ui, t, &b, false, t.c.machine_focus_ring, false);
    enabled && resp.clicked()
}

/// Draws the machine focus ring around a built-in egui widget (combo box, text field) when it
/// has keyboard focus, so every control shows focus the same way.
pub fn ring_if_focused(ui: &Ui, t: &Tokens, resp: &Response) {
    if resp.has_focus() {
        ui.painter().rect_stroke(
            resp.rect.expand(3.0),
            t.s.radius,
            Stroke::new(t.s.focus_width, t.c.machine_focus_ring),
            StrokeKind::Outside,
        );
    }
}
