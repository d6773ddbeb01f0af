//! The keyboard, mapped onto the machine's keypad (digits, Enter, Backspace, Escape) and its
//! guide keys (R repeat, S stop, H headset), plus F2 for the trainer console (F11, full
//! screen, is the window fit's). Keys become
//! [`Msg`]s like every other input; the app's update handles each in the frame it arrives.

use super::KioskApp;
use crate::research::timeline::InputKind;
use crate::window::machine::Command;
use crate::window::msg::Msg;

/// The keypad's keys (the domain's, so scenarios can name them).
pub use crate::domain::keypad::PadKey;

impl KioskApp {
    /// This frame's key presses as messages (each pass's keys are read once).
    pub(super) fn read_keyboard(&mut self, ctx: &egui::Context) -> Vec<Msg> {
        let text_focus = ctx.egui_wants_keyboard_input();
        let focused = ctx.memory(|m| m.focused().is_some());
        let events: Vec<egui::Event> = ctx.input(|i| i.events.clone());
        let mut out = Vec::new();
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
            // The console's and the screen's own keys are not the participant's inputs.
            if !text_focus && !matches!(key, K::F2 | K::F11) {
                self.record_key(InputKind::Key, key.name());
            }
            let pad = match key {
                K::F2 => {
                    out.push(Msg::Machine(Command::ToggleTrainer));
                    None
                }
                K::Tab => {
                    self.panel.nav.keypad_active = false;
                    None
                }
                _ if text_focus || modifiers.ctrl || modifiers.alt || modifiers.command => None,
                K::Backspace => Some(PadKey::Clear),
                K::Escape => Some(PadKey::Cancel),
                K::R => Some(PadKey::Repeat),
                K::S => Some(PadKey::Stop),
                K::H => {
                    out.push(Msg::Machine(Command::SetHeadset(!self.machine.headset)));
                    None
                }
                K::Enter if !focused => Some(PadKey::Enter),
                k => digit(k).map(PadKey::Digit),
            };
            out.extend(pad.map(Msg::Key));
        }
        out
    }

    /// Opens or closes the trainer console (its own window: the kiosk's keeps its size).
    pub fn toggle_trainer(&mut self, ctx: &egui::Context) {
        self.update(Msg::Machine(Command::ToggleTrainer));
        ctx.request_repaint();
    }

    /// Presses a key of the keypad.
    pub fn press(&mut self, key: PadKey) {
        self.update(Msg::Key(key));
    }
}

/// The digit a number key types.
fn digit(k: egui::Key) -> Option<u8> {
    use egui::Key as K;
    let d = match k {
        K::Num0 => 0,
        K::Num1 => 1,
        K::Num2 => 2,
        K::Num3 => 3,
        K::Num4 => 4,
        K::Num5 => 5,
        K::Num6 => 6,
        K::Num7 => 7,
        K::Num8 => 8,
        K::Num9 => 9,
        _ => return None,
    };
    Some(d)
}
