//! Operating the panel by the machine's keypad (`kofu predict --keypad`): 2 or 8 move the
//! highlight over the panel's controls in drawing order, ○ activates, digits type.

use super::{Drawn, Event, Predictor, find, model, option_count};

impl Predictor<'_> {
    fn key(&mut self, n: usize) {
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

    /// The operators of one event made on the machine's keypad.
    pub(super) fn keypad_operators(&mut self, ev: &Event, drawn: &[Drawn]) {
        let index = |d: &[Drawn], ev: &Event| {
            find(d, ev).and_then(|c| d.iter().position(|x| std::ptr::eq(x, c)))
        };
        match ev {
            Event::Pin(p) => {
                // The digits, then ○ on OK (the highlight starts there).
                self.mental();
                self.key(p.chars().count() + 1);
            }
            Event::Copies(n) => {
                self.mental();
                self.key(n.to_string().len() + 1);
            }
            Event::Back | Event::Cancel if index(drawn, ev).is_some() => {
                self.mental();
                self.key(1); // ×
            }
            Event::Language(_) if find(drawn, ev).is_none() => {
                if let Some(open) = drawn.iter().position(|d| d.tag == Some("languages")) {
                    self.key_to(drawn, open);
                    self.app
                        .run_action(crate::window::screens::Action::ShowLanguages(true));
                    let list = self.look();
                    if let Some(i) = index(&list, ev) {
                        self.key_to(&list, i);
                    }
                }
            }
            Event::Options(o) => {
                let options: Vec<usize> = drawn
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| d.tag == Some("option"))
                    .map(|(i, _)| i)
                    .take(option_count(o))
                    .collect();
                for i in options {
                    self.key_to(drawn, i);
                }
                if let Some(i) = index(drawn, ev) {
                    self.key_to(drawn, i);
                }
            }
            _ => {
                if let Some(i) = index(drawn, ev) {
                    self.key_to(drawn, i);
                }
            }
        }
        if matches!(ev, Event::TakeItems) {
            self.machine("take", model::TAKE_ITEMS_S);
        }
    }
}
