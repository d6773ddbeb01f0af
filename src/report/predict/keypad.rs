//! Operating the panel by the machine's keypad (`kofu predict --keypad`): 2 or 8 move the
//! highlight over the panel's controls in drawing order, ○ activates, digits type. The task
//! (which controls, in which order) is the same as by touch (`Predictor::operators`); only
//! the cost of choosing a control differs ([`Predictor::choose`]).

use super::{Drawn, Predictor, model};

impl Predictor<'_> {
    /// `n` presses of keypad keys.
    pub(super) fn key(&mut self, n: usize) {
        for _ in 0..n {
            self.push("K", model::KEY_S * self.f.motor);
        }
    }

    /// Keypad: reading the control's name and M, then 2 or 8 until the highlight is on control
    /// `i` (the shorter way round), then ○.
    fn key_to(&mut self, drawn: &[Drawn], i: usize) {
        if let Some(c) = drawn.get(i) {
            let label = c.label.clone();
            self.read(&label);
        }
        self.mental();
        let shown = self.app.shown_screen();
        let at = match &self.highlight {
            Some((s, h)) if *s == shown => *h,
            _ => self.app.highlight(),
        };
        let n = drawn.len().max(1);
        let fwd = (i + n - at % n) % n;
        self.key(fwd.min(n - fwd) + 1);
        self.highlight = Some((shown, i));
    }

    /// A decision on control `i`: by touch, a tap (reading its name and M first when
    /// `think`); by keypad, the highlight moved there and ○.
    pub(super) fn choose(&mut self, drawn: &[Drawn], i: usize, think: bool) {
        if self.keypad {
            self.key_to(drawn, i);
        } else if let Some(c) = drawn.get(i) {
            self.tap(c, think);
        }
    }
}
