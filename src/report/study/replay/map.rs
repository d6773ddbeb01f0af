//! Which state of the replayed kiosk each recorded input was made on.
//!
//! State `k` is the kiosk after the scenario's first `k` steps (state 0: before any). The
//! recorder gives an input the name of the step it caused (`Input.event`), in order, so the
//! inputs with an event are a subsequence of the steps: each is matched to the next step of
//! its name, and was made on the state before that step. An input that caused no step (a
//! miss, a PIN digit before the fourth, a tap on the language button) was made after the
//! previous matched step and before the next one; the states between differ only by steps no
//! input caused (`wait`s: the inactivity warning), so it goes to the first of them that shows
//! its screen (else the last). Inputs on the questionnaire have no state: it is not replayed.

use crate::research::timeline::Input;

/// The questionnaire's screen name (no replayed state shows it).
const QUESTIONNAIRE: &str = "questionnaire";
/// The home menu's language list: the home screen with the list open.
pub const LANGUAGE_LIST: &str = "language_list";

/// Where an input belongs, before the replay runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// Not replayed (the questionnaire).
    Nowhere,
    /// Caused step `k`: made on state `k`.
    At(usize),
    /// Caused no step: made on one of states `lo..=hi` (`hi` unbounded at the end).
    Between(usize, usize),
}

/// Each input's [`Want`], from the scenario's step names in order (`Action::name`).
pub fn plan(inputs: &[Input], steps: &[&str]) -> Vec<Want> {
    let mut wants = Vec::with_capacity(inputs.len());
    let mut cursor = 0;
    for i in inputs {
        if i.screen == QUESTIONNAIRE {
            wants.push(Want::Nowhere);
            continue;
        }
        let step = i.event.as_deref().and_then(|ev| {
            steps
                .get(cursor..)
                .and_then(|rest| rest.iter().position(|s| *s == ev))
                .map(|p| cursor + p)
        });
        match step {
            Some(k) => {
                wants.push(Want::At(k));
                cursor = k + 1;
            }
            None => wants.push(Want::Between(cursor, usize::MAX)),
        }
    }
    // Each input without a step is made before the next input's step at the latest.
    let mut next = usize::MAX;
    for w in wants.iter_mut().rev() {
        match w {
            Want::At(k) => next = *k,
            Want::Between(_, hi) => *hi = next,
            Want::Nowhere => {}
        }
    }
    wants
}

/// Whether an input on `recorded` was made on a state showing `shown` (the language list is
/// the home screen with the list open: the picture opens it).
pub fn same_screen(recorded: &str, shown: &str) -> bool {
    recorded == shown || (recorded == LANGUAGE_LIST && shown == "language")
}

/// Hands out the inputs state by state while the scenario plays.
#[derive(Debug)]
pub struct Assigner<'a> {
    inputs: &'a [Input],
    wants: Vec<Want>,
    next: usize,
    /// Simulated milliseconds from the session's start to each state.
    clock: Vec<u64>,
    /// The simulated time of the first input (the session may have waited before it).
    lead: u64,
}

impl<'a> Assigner<'a> {
    /// An assigner for `inputs` over a scenario with `steps`: each step's name and the
    /// milliseconds it moves the simulated clock (a `wait`'s; 0 for every other step).
    pub fn new(inputs: &'a [Input], steps: &[(&str, u64)]) -> Self {
        let names: Vec<&str> = steps.iter().map(|(n, _)| *n).collect();
        let wants = plan(inputs, &names);
        let mut clock = vec![0];
        for (_, ms) in steps {
            clock.push(clock.last().copied().unwrap_or(0) + ms);
        }
        // The first input that caused a step ties the inputs' times (from the first input) to
        // the simulated clock (from the session's start).
        let lead = inputs
            .iter()
            .zip(&wants)
            .find_map(|(i, w)| match w {
                Want::At(k) => Some(clock[*k].saturating_sub(i.t_ms)),
                _ => None,
            })
            .unwrap_or(0);
        Self {
            inputs,
            wants,
            next: 0,
            clock,
            lead,
        }
    }

    /// Whether the input `i`, made on no step, was made before the state after `s` began: the
    /// step from `s` is a `wait` that ends (waits are whole seconds, written rounded down)
    /// later than a second after the input. Then `s` is the input's state, else a later one
    /// showing its screen may be nearer.
    fn before_next(&self, i: usize, s: usize) -> bool {
        match (self.clock.get(s), self.clock.get(s + 1)) {
            (Some(now), Some(next)) if next > now => *next > self.inputs[i].t_ms + self.lead + 1000,
            _ => true,
        }
    }

    /// The inputs made on state `s`, which shows `shown` (`KioskApp::shown_screen`); the
    /// questionnaire's inputs on the way are passed over.
    pub fn at(&mut self, s: usize, shown: &str) -> Vec<usize> {
        let mut out = Vec::new();
        while let Some(w) = self.wants.get(self.next) {
            let here = match *w {
                Want::Nowhere => {
                    self.next += 1;
                    continue;
                }
                Want::At(k) => k <= s,
                Want::Between(lo, hi) => {
                    let i = self.next;
                    lo <= s
                        && (s >= hi
                            || same_screen(&self.inputs[i].screen, shown) && self.before_next(i, s))
                }
            };
            if !here {
                break;
            }
            out.push(self.next);
            self.next += 1;
        }
        out
    }

    /// The inputs made part-way through step `s` (between two of its events), on a screen
    /// showing `shown`: only inputs that caused no step and were made on that screen — also
    /// inside the step the input before caused (a certificate step with its options passes
    /// through the options screen, where the participant tapped Next).
    pub fn within(&mut self, s: usize, shown: &str) -> Vec<usize> {
        let mut out = Vec::new();
        while let Some(w) = self.wants.get(self.next) {
            match *w {
                Want::Nowhere => {}
                Want::Between(lo, hi)
                    if lo <= s + 1
                        && s < hi
                        && same_screen(&self.inputs[self.next].screen, shown) => {}
                _ => break,
            }
            if *w != Want::Nowhere {
                out.push(self.next);
            }
            self.next += 1;
        }
        out
    }

    /// The inputs left when the replay stopped: all of them are on its last state (the steps
    /// after the session ended are not played; the kiosk shows how it ended).
    pub fn rest(&mut self) -> Vec<usize> {
        let out = (self.next..self.inputs.len())
            .filter(|&i| self.wants[i] != Want::Nowhere)
            .collect();
        self.next = self.inputs.len();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::research::timeline::InputKind;

    fn input(screen: &str, event: Option<&str>) -> Input {
        Input {
            t_ms: 0,
            kind: InputKind::Tap,
            x: Some(1.0),
            y: Some(1.0),
            screen: screen.into(),
            target: None,
            disabled: false,
            event: event.map(Into::into),
        }
    }

    fn untimed<'a>(steps: &[&'a str]) -> Vec<(&'a str, u64)> {
        steps.iter().map(|s| (*s, 0)).collect()
    }

    #[test]
    fn an_input_on_no_step_goes_to_the_state_of_its_time_among_those_of_its_screen() {
        // The warning came after 62 s of a wait; the extend after 20 s more.
        let steps = [
            ("next", 0),
            ("wait", 62_000),
            ("wait", 20_000),
            ("extend", 0),
        ];
        for (miss_ms, state) in [(63_000, 2), (81_500, 3)] {
            let mut inputs = [
                input("place_card", Some("next")),
                input("warning", None),
                input("warning", Some("extend")),
            ];
            inputs[1].t_ms = miss_ms;
            inputs[2].t_ms = 82_000;
            let mut a = Assigner::new(&inputs, &steps);
            let shown = ["place_card", "path", "warning", "warning"];
            let got: Vec<Vec<usize>> = shown
                .iter()
                .enumerate()
                .map(|(s, sh)| a.at(s, sh))
                .collect();
            let at = got.iter().position(|v| v.contains(&1));
            assert_eq!(at, Some(state), "a miss at {miss_ms} ms");
        }
    }

    #[test]
    fn inputs_go_to_the_state_before_their_step_and_misses_to_their_screen() {
        let inputs = [
            input("language", None),               // a miss on the home screen
            input("language", Some("services")),   // step 1 (after a wait)
            input("services", Some("cert_issue")), // step 2
            input("place_card", None),             // a miss on the card screen
            input("warning", None),                // a miss on the warning (after the wait)
            input("warning", Some("extend")),      // step 5
            input("questionnaire", None),          // not replayed
        ];
        let steps = [
            "wait",
            "services",
            "cert_issue",
            "place_card",
            "wait",
            "extend",
        ];
        assert_eq!(
            plan(&inputs, &steps),
            [
                Want::Between(0, 1),
                Want::At(1),
                Want::At(2),
                Want::Between(3, 5),
                Want::Between(3, 5),
                Want::At(5),
                Want::Nowhere,
            ]
        );
        let mut a = Assigner::new(&inputs, &untimed(&steps));
        let shown = [
            "language",
            "language",
            "services",
            "place_card",
            "place_card",
            "warning",
        ];
        let got: Vec<Vec<usize>> = shown
            .iter()
            .enumerate()
            .map(|(s, sh)| a.at(s, sh))
            .collect();
        assert_eq!(
            got,
            [vec![0], vec![1], vec![2], vec![3], vec![], vec![4, 5]]
        );
        assert!(
            a.rest().is_empty(),
            "the questionnaire's input has no state"
        );
    }

    #[test]
    fn an_input_inside_a_step_goes_to_the_screen_it_passes_through() {
        // The certificate step carries the options: its Next has no step of its own.
        let inputs = [
            input("certificate", Some("certificate")),
            input("options", None),
            input("copies", Some("copies")),
        ];
        let steps = ["certificate", "copies"];
        assert_eq!(
            plan(&inputs, &steps),
            [Want::At(0), Want::Between(1, 1), Want::At(1)]
        );
        let mut a = Assigner::new(&inputs, &untimed(&steps));
        assert_eq!(a.at(0, "certificate"), vec![0]);
        assert_eq!(a.within(0, "certificate"), Vec::<usize>::new());
        assert_eq!(a.within(0, "options"), vec![1], "before the options event");
        assert_eq!(a.at(1, "copies"), vec![2]);
    }

    #[test]
    fn an_event_the_scenario_lacks_is_placed_like_an_input_without_one() {
        let inputs = [
            input("services", Some("back")),
            input("services", Some("cancel")),
        ];
        let steps = ["services", "cancel"];
        assert_eq!(plan(&inputs, &steps), [Want::Between(0, 1), Want::At(1)]);
        let mut a = Assigner::new(&inputs, &untimed(&steps));
        assert_eq!(a.at(0, "language"), Vec::<usize>::new());
        assert_eq!(a.at(1, "services"), vec![0, 1]);
    }
}
