//! The one place that changes the window's state: [`KioskApp::update`] carries out a [`Msg`],
//! whoever sent it (a tap, the keypad, the keyboard, the machine's parts, the trainer console,
//! the questionnaire). [`KioskApp::logic`] runs every frame before drawing — and, under eframe,
//! while the window is hidden too: keys, the simulated clock, printing and time-outs.

use std::time::Instant;

use super::{KioskApp, PadKey};
use crate::domain::session::{Event, Screen};
use crate::i18n::Arg;
use crate::window::msg::{Display, Msg};
use crate::window::tokens::ThemeKind;
use crate::window::widgets::{Drawn, Look};

/// Real time in seconds for the clock and the printer: egui's input time while the window is
/// shown (tests and the off-screen driver set it), and past the last shown frame, the
/// monotonic clock (eframe runs `logic` with the last frame's input while hidden).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RealTime {
    /// The last input time seen and when it was seen.
    anchor: Option<(f64, Instant)>,
    /// The pass whose keys were read last.
    keys_read: Option<u64>,
}

impl RealTime {
    /// Seconds now: the input time when it moved on, else the input time plus the monotonic
    /// time since it last moved.
    fn now(&mut self, input_time: f64) -> f64 {
        match self.anchor {
            Some((t, at)) if t == input_time => t + at.elapsed().as_secs_f64(),
            _ => {
                self.anchor = Some((input_time, Instant::now()));
                input_time
            }
        }
    }
}

impl KioskApp {
    /// The frame's logic: this pass's keys, then the clock (ticks, printing, time-outs, the
    /// next session). Draws nothing, so it may run while the window is hidden.
    pub fn logic(&mut self, ctx: &egui::Context) {
        let pass = ctx.cumulative_pass_nr();
        if self.time.real_time.keys_read != Some(pass) {
            self.time.real_time.keys_read = Some(pass);
            for m in self.read_keyboard(ctx) {
                self.update(m);
            }
        }
        if !self.panel.nav.stale {
            for k in std::mem::take(&mut self.panel.deferred_keys) {
                self.key(k);
            }
        }
        let t = ctx.input(|i| i.time);
        let now = self.time.real_time.now(t);
        self.advance_time(now);
        self.class_frame(ctx);
        // A printer stopped by a fault waits for the staff: nothing to draw until then.
        if self.host.session.printer_running() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Carries out one message: the only code that changes the window's state.
    pub fn update(&mut self, msg: Msg) {
        // 2 and 8 only move the highlight where digits do not type (PIN, copies, questionnaire).
        let digits_type = self.research.questionnaire.is_some()
            || matches!(self.host.session.screen(), Screen::Pin | Screen::Copies);
        let moves_only = matches!(msg, Msg::Key(PadKey::Digit(2 | 8))) && !digits_type;
        match msg {
            Msg::Send(events) => {
                for ev in events {
                    if !self.send(ev) {
                        break;
                    }
                }
            }
            Msg::SubmitPin => self.submit_pin(),
            Msg::Restart => self.end_session(),
            Msg::WalkAway => {
                self.walk_away();
                self.end_session();
            }
            Msg::Page(p) => self.panel.draft.page = p,
            Msg::ShowLanguages(on) => {
                self.panel.draft.home_languages = on;
                // Another screen on the panel: the highlight starts at its main control.
                self.panel.nav.want_primary = true;
                self.screen_changed();
                self.record_screen();
            }
            Msg::PinKey(d) => self.pin_key(d),
            Msg::Choose(c) => self.panel.draft.choose(c),
            Msg::CopiesStep(d) => {
                let max = self.host.session.max_copies_now();
                self.panel.draft.step_copies(d, max);
            }
            Msg::Display(which) => self.toggle_display(which),
            Msg::Questionnaire(i) => self.questionnaire_intent(i),
            Msg::Key(k) => self.key(k),
            Msg::Machine(c) => {
                self.record_machine(&c);
                self.run_machine(c);
            }
            Msg::Trainer(c) => {
                crate::window::trainer::apply(self, c);
                self.class_changed();
            }
        }
        if !moves_only {
            self.panel.nav.stale = true;
        }
    }

    /// The PIN pad's OK: the digits go to the session and leave the window at once.
    fn submit_pin(&mut self) {
        if !self.panel.draft.pin_complete() {
            return;
        }
        let pin = std::mem::take(&mut self.panel.draft.pin);
        self.send(Event::Pin(pin));
    }

    /// Large text or high contrast, on or off.
    fn toggle_display(&mut self, which: Display) {
        let large = self.panel.tokens.large;
        let hc = self.panel.tokens.theme == ThemeKind::HighContrast;
        match which {
            Display::LargeText => self.set_display(!large, hc),
            Display::HighContrast => self.set_display(large, !hc),
        }
    }

    /// A key of the keypad (or the keyboard mapped onto it), handled now: digits type the PIN
    /// and the copies, 2 and 8 move the highlight (and the speech guide names the control),
    /// ○ does what the highlighted control does, × is Back or else Cancel. A key that needs
    /// the panel's controls while the panel has changed since it was drawn waits for the
    /// frame that draws it.
    pub(super) fn key(&mut self, k: PadKey) {
        match k {
            PadKey::Repeat => return self.voice.guide.repeat(),
            PadKey::Stop => return self.voice.guide.stop(),
            _ => {}
        }
        if self.panel.nav.stale || !self.panel.deferred_keys.is_empty() {
            self.panel.deferred_keys.push(k);
            return;
        }
        self.panel.nav.keypad_active = true;
        if let (Some(q), PadKey::Digit(d)) = (&self.research.questionnaire, k)
            && (1..=q.scale()).contains(&d)
        {
            return self.questionnaire_intent(crate::window::questionnaire::Intent::Answer(d));
        }
        let on_session = self.research.questionnaire.is_none();
        if on_session && self.host.session.warning() && !self.host.session.finished() {
            self.send(Event::Extend);
            return;
        }
        let screen = on_session.then(|| self.host.session.screen());
        match (screen, k) {
            (Some(Screen::Pin), PadKey::Digit(d)) => self.pin_key(Some(d)),
            (Some(Screen::Pin), PadKey::Clear) => self.pin_key(None),
            (Some(Screen::Copies), PadKey::Digit(d)) => {
                let max = self.host.session.max_copies_now();
                self.panel.draft.type_copies(d, max);
            }
            (Some(Screen::Copies), PadKey::Clear) => self.panel.draft.clear_copies_digit(),
            (_, PadKey::Digit(2)) => self.move_highlight(-1),
            (_, PadKey::Digit(8)) => self.move_highlight(1),
            (_, PadKey::Enter) => {
                if let Some(m) = self.panel.nav.enter() {
                    self.update(m);
                }
            }
            (Some(_), PadKey::Cancel) => {
                if let Some(m) = self.panel.nav.back_or_cancel() {
                    self.update(m);
                }
            }
            _ => {}
        }
    }

    /// Moves the keypad highlight; with the headset in, the guide says the control's name, role,
    /// state and position ("Whole household, radio button, selected, 2 of 5"), as screen
    /// readers do on every focus move.
    fn move_highlight(&mut self, delta: i32) {
        if self.panel.nav.step(delta).is_none() {
            return;
        }
        if let Some(text) = self.highlight_words() {
            self.layout_focus(text);
        }
    }

    /// The highlighted control as the speech guide names it, with its place among the
    /// controls on show ("行政サービス、ボタン、10個中8番目"); `None` when nothing is highlighted.
    pub fn highlight_words(&self) -> Option<String> {
        let nav = &self.panel.nav;
        let d = nav.drawn.get(nav.highlight)?;
        let (pos, count) = (nav.highlight + 1, nav.drawn.len());
        Some(self.panel.tr.ta(
            "focus-at",
            &[
                ("control", Arg::Str(focus_words(&self.panel.tr, d))),
                ("pos", Arg::Num(pos as i64)),
                ("count", Arg::Num(count as i64)),
            ],
        ))
    }

    /// A control's name, role and state as the speech guide says them.
    fn layout_focus(&mut self, text: String) {
        self.voice.focus_said = text.clone();
        self.voice.focus_moves += 1;
        if self.machine.headset {
            let lang = self.panel.tr.lang().to_string();
            self.voice.guide.say(&lang, &text);
        }
    }

    /// What the speech guide said for the highlighted control when the highlight last moved.
    pub fn focus_said(&self) -> &str {
        &self.voice.focus_said
    }

    /// How many times the highlight has moved since the window opened: a report that shows
    /// what each key made the guide say compares it before and after the key.
    pub fn focus_moves(&self) -> u64 {
        self.voice.focus_moves
    }
}

/// "Whole household, radio button, selected": a control as a screen reader names it, in the
/// screen's language. (On the PIN screen the keypad's digits type the PIN, so the highlight
/// never moves onto the pad's keys.)
pub fn focus_words(tr: &crate::i18n::I18n, d: &Drawn) -> String {
    let name = d.label.clone();
    let on = |b: bool| Arg::Str(if b { "yes" } else { "no" }.into());
    match d.look {
        Look::Check(b) => tr.ta("focus-check", &[("name", Arg::Str(name)), ("on", on(b))]),
        Look::Radio(b) => tr.ta("focus-radio", &[("name", Arg::Str(name)), ("on", on(b))]),
        _ if !d.enabled => tr.ta("focus-button-disabled", &[("name", Arg::Str(name))]),
        _ => tr.ta("focus-button", &[("name", Arg::Str(name))]),
    }
}
