//! The keypad and the keyboard: keys are queued while the frame is drawn and handled at the
//! start of the next one (digits type the PIN and the copies, 2/8 move the highlight, ○ enters).

use super::*;

impl KioskApp {
    pub(super) fn read_keyboard(&mut self, ctx: &egui::Context) {
        let text_focus = ctx.egui_wants_keyboard_input();
        let focused = ctx.memory(|m| m.focused().is_some());
        let events: Vec<egui::Event> = ctx.input(|i| i.events.clone());
        for ev in events {
            let egui::Event::Key {
                key,
                pressed: true,
                repeat: false,
                modifiers,
                ..
            } = ev
            else {
                continue;
            };
            use egui::Key as K;
            if !text_focus && !matches!(key, K::F2) {
                self.record_key(crate::report::timeline::InputKind::Key, key.name());
            }
            let pad = match key {
                K::F2 => {
                    self.toggle_trainer(ctx);
                    None
                }
                K::Tab => {
                    self.nav.keypad_active = false;
                    None
                }
                _ if text_focus || modifiers.ctrl || modifiers.alt || modifiers.command => None,
                K::Num0 => Some(PadKey::Digit(0)),
                K::Num1 => Some(PadKey::Digit(1)),
                K::Num2 => Some(PadKey::Digit(2)),
                K::Num3 => Some(PadKey::Digit(3)),
                K::Num4 => Some(PadKey::Digit(4)),
                K::Num5 => Some(PadKey::Digit(5)),
                K::Num6 => Some(PadKey::Digit(6)),
                K::Num7 => Some(PadKey::Digit(7)),
                K::Num8 => Some(PadKey::Digit(8)),
                K::Num9 => Some(PadKey::Digit(9)),
                K::Backspace => Some(PadKey::Clear),
                K::Escape => Some(PadKey::Cancel),
                K::R => Some(PadKey::Repeat),
                K::S => Some(PadKey::Stop),
                K::H => {
                    self.set_headset(!self.machine.headset);
                    None
                }
                K::Enter if !focused => Some(PadKey::Enter),
                _ => None,
            };
            if let Some(k) = pad {
                self.pending_keys.push(k);
            }
        }
    }

    /// Opens or closes the trainer console (its own window: the kiosk's keeps its size).
    pub fn toggle_trainer(&mut self, ctx: &egui::Context) {
        self.trainer_open = !self.trainer_open;
        ctx.request_repaint();
    }

    pub(super) fn process_keys(&mut self) {
        let keys = std::mem::take(&mut self.pending_keys);
        for k in keys {
            match k {
                PadKey::Repeat => {
                    self.guide.repeat();
                    continue;
                }
                PadKey::Stop => {
                    self.guide.stop();
                    continue;
                }
                _ => {}
            }
            self.nav.keypad_active = true;
            if let (Some(q), PadKey::Digit(d)) = (&self.questionnaire, k) {
                if (1..=q.scale()).contains(&d) {
                    self.questionnaire_intent(crate::window::questionnaire::Intent::Answer(d));
                    continue;
                }
            } else if self.questionnaire.is_some() {
                match k {
                    PadKey::Digit(2) => self.nav.step(-1),
                    PadKey::Digit(8) => self.nav.step(1),
                    PadKey::Enter => self.nav.enter = true,
                    _ => {}
                }
                continue;
            }
            if self.session.warning() && !self.session.finished() {
                self.send(Event::Extend);
                continue;
            }
            let screen = self.session.screen();
            match (screen, k) {
                (Screen::Pin, PadKey::Digit(d)) => self.pin_key(Some(d)),
                (Screen::Pin, PadKey::Clear) => self.pin_key(None),
                (Screen::Copies, PadKey::Digit(d)) => {
                    let max = self.session.max_copies_now();
                    let mut typed = self.draft.copies_typed.clone();
                    typed.push(char::from(b'0' + d));
                    let n: u32 = typed.parse().unwrap_or(0);
                    if n > max || typed.len() > 2 {
                        typed = d.to_string();
                    }
                    let n: u32 = typed.parse().unwrap_or(0);
                    self.draft.copies_typed = typed;
                    if n >= 1 {
                        self.draft.copies = n.min(max);
                    }
                }
                (Screen::Copies, PadKey::Clear) => {
                    self.draft.copies_typed.pop();
                    let n: u32 = self.draft.copies_typed.parse().unwrap_or(1);
                    self.draft.copies = n.max(1);
                }
                (_, PadKey::Digit(2)) => self.nav.step(-1),
                (_, PadKey::Digit(8)) => self.nav.step(1),
                (_, PadKey::Enter) => self.nav.enter = true,
                (_, PadKey::Cancel) => self.nav.back_key = true,
                _ => {}
            }
        }
    }

    /// Presses a key of the keypad (handled at the start of the next frame).
    pub fn press(&mut self, key: PadKey) {
        self.pending_keys.push(key);
    }
}

/// A key of the machine's 12-key keypad (the keyboard maps onto it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PadKey {
    /// 0–9.
    Digit(u8),
    /// ○ Enter.
    Enter,
    /// ← Clear.
    Clear,
    /// × Cancel.
    Cancel,
    /// Speech guide: say the last words again.
    Repeat,
    /// Speech guide: stop speaking.
    Stop,
}
