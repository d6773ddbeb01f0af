//! One session's task, read from its timeline: when it ended, which screens and inputs belong
//! to it, and the errors the person made — those the recorder wrote and those the timeline
//! shows without naming (items left in the machine, a cancel). Pure; [`super::stats`] sums
//! these up.
//!
//! Definitions (README "Research", study part):
//! - **The task ends** at the first input that took the items (event `take_items`: "Finish"
//!   on the take-your-items screen, or "End" on a refusal) or cancelled (event `cancel`);
//!   failing that, for a session that timed out, when the last inactivity warning ended (the
//!   kiosk gave up); failing that, at the last moment of the task: the later of its last input
//!   and the end of its last screen, leaving out the questionnaire and a home-screen visit
//!   after the session (the next customer's). Time on task runs from the first input (0 ms)
//!   to that moment.
//! - **The task's screens** are the visits that began before the end (the first visit always),
//!   never the questionnaire; **its inputs** those up to the end, never on the questionnaire.
//! - **Derived errors** (the recorder does not write them; [`DERIVED_ERRORS`]): `cancelled`,
//!   a Cancel pressed (the kiosk takes it only on a screen where the task is not finished);
//!   `left_certificates`, certificates printed and no hand in the output tray while the session
//!   was recorded (its questionnaire included); `left_change`, money due back (a fee paid with
//!   more, or anything paid on a session that did not complete) and no hand in the change tray;
//!   `left_card`, a card laid on the reader and not released after (taken off, "Finish", Back
//!   from the card screen).

use crate::research::timeline::{Input, InputKind, ScreenVisit, Timeline};

use super::stats::QUESTIONNAIRE;

/// The home screen's names: the menu, and the language list opened on it.
pub const HOME: [&str; 2] = ["language", "language_list"];

/// The error kinds this module derives (see the module docs), in the order they are listed.
pub const DERIVED_ERRORS: [&str; 4] =
    ["cancelled", "left_certificates", "left_change", "left_card"];

/// The machine part names the window's recorder writes as an input's target.
mod part {
    pub const OUTPUT_TRAY: &str = "output tray";
    pub const CHANGE_TRAY: &str = "change tray";
    pub const CARD_PLACE: &str = "card reader: place";
    pub const CARD_OFF: &str = "card reader: take off";
}

fn event_is(i: &Input, name: &str) -> bool {
    i.event.as_deref() == Some(name)
}

fn on_task_screen(i: &Input) -> bool {
    i.screen != QUESTIONNAIRE
}

/// When the task ended, in milliseconds since the first input (see the module docs).
pub fn end_ms(t: &Timeline) -> u64 {
    let ending = t
        .inputs
        .iter()
        .filter(|i| on_task_screen(i))
        .find(|i| event_is(i, "take_items") || event_is(i, "cancel"));
    if let Some(i) = ending {
        return i.t_ms;
    }
    if t.outcome.status == "timed_out"
        && let Some(w) = t.screens.iter().rev().find(|v| v.screen == "warning")
    {
        return w.left_ms;
    }
    let last_input = t
        .inputs
        .iter()
        .filter(|i| on_task_screen(i))
        .map(|i| i.t_ms)
        .max();
    let visits: Vec<&ScreenVisit> = t
        .screens
        .iter()
        .filter(|v| v.screen != QUESTIONNAIRE)
        .collect();
    // A home visit after the last other screen is the next customer's, unless the session
    // never left home.
    let last_away = visits
        .iter()
        .rposition(|v| !HOME.contains(&v.screen.as_str()));
    let kept = last_away.map_or(visits.len(), |k| k + 1);
    let last_screen = visits[..kept].iter().map(|v| v.left_ms).max();
    last_input.max(last_screen).unwrap_or(0)
}

/// Time on task in seconds: from the first input to [`end_ms`].
pub fn time_on_task_s(t: &Timeline) -> f64 {
    end_ms(t) as f64 / 1000.0
}

/// The visits of the task (see the module docs), in order.
pub fn visits(t: &Timeline) -> impl Iterator<Item = &ScreenVisit> {
    let end = end_ms(t);
    t.screens
        .iter()
        .enumerate()
        .filter(move |(k, v)| v.screen != QUESTIONNAIRE && (*k == 0 || v.entered_ms < end))
        .map(|(_, v)| v)
}

/// Whether an input belongs to a task that ended at `end` ms: not later, not on the
/// questionnaire.
pub fn in_task(i: &Input, end: u64) -> bool {
    on_task_screen(i) && i.t_ms <= end
}

/// The inputs of the task ([`in_task`]).
pub fn inputs(t: &Timeline) -> impl Iterator<Item = &Input> {
    let end = end_ms(t);
    t.inputs.iter().filter(move |i| in_task(i, end))
}

fn machine_hand(t: &Timeline, target: &str) -> bool {
    t.inputs
        .iter()
        .any(|i| i.kind == InputKind::Machine && i.target.as_deref() == Some(target))
}

/// Whether a card lay on the reader when the session ended (see the module docs).
fn card_left(t: &Timeline) -> bool {
    let placed =
        |i: &Input| event_is(i, "place_card") || i.target.as_deref() == Some(part::CARD_PLACE);
    let released = |i: &Input| {
        event_is(i, "remove_card")
            || event_is(i, "take_items")
            || i.target.as_deref() == Some(part::CARD_OFF)
            || (event_is(i, "back") && i.screen == "place_card")
    };
    let Some(last) = t.inputs.iter().rposition(placed) else {
        return false;
    };
    !t.inputs[last + 1..].iter().any(released)
}

/// The errors the timeline shows without naming them ([`DERIVED_ERRORS`]).
pub fn derived_errors(t: &Timeline) -> Vec<&'static str> {
    let o = &t.outcome;
    let mut out = Vec::new();
    if t.inputs
        .iter()
        .any(|i| on_task_screen(i) && event_is(i, "cancel"))
    {
        out.push("cancelled");
    }
    if o.documents > 0 && !machine_hand(t, part::OUTPUT_TRAY) {
        out.push("left_certificates");
    }
    let change_due = if o.completed() {
        o.paid_yen.saturating_sub(o.fee_yen)
    } else {
        o.paid_yen
    };
    if change_due > 0 && !machine_hand(t, part::CHANGE_TRAY) {
        out.push("left_change");
    }
    if card_left(t) {
        out.push("left_card");
    }
    out
}

/// Every error of the session: the recorder's (`outcome.errors`), then the derived ones.
pub fn errors(t: &Timeline) -> Vec<String> {
    let mut all = t.outcome.errors.clone();
    all.extend(derived_errors(t).into_iter().map(String::from));
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::study::synthetic::Recorder;

    /// Issued at 30 s, "Finish" at 34 s, then a home visit and a 90-second questionnaire.
    fn issued_then_sus() -> Timeline {
        let mut r = Recorder::new("fujifilm", "en");
        r.screen("language").wait(2000);
        r.tap(380.0, 407.0, "Administrative services", Some("services"));
        r.screen("services").wait(28_000).screen("take_items");
        r.wait(2000)
            .input(InputKind::Machine, None, Some("output tray"), None);
        r.wait(2000).tap(839.0, 641.0, "Finish", Some("take_items"));
        r.screen("language").screen("questionnaire").wait(90_000);
        r.tap(500.0, 400.0, "7", None);
        let mut t = r.finish("issued", &[]);
        t.outcome.documents = 1;
        t.outcome.fee_yen = 300;
        t.outcome.paid_yen = 300;
        t
    }

    #[test]
    fn the_task_ends_when_the_items_are_taken_not_after_the_questionnaire() {
        let t = issued_then_sus();
        assert_eq!(t.screens.last().map(|v| v.left_ms), Some(124_000));
        assert_eq!(end_ms(&t), 34_000);
        let shown: Vec<&str> = visits(&t).map(|v| v.screen.as_str()).collect();
        assert_eq!(shown, ["language", "services", "take_items"]);
        assert_eq!(inputs(&t).count(), 3);
        assert!(derived_errors(&t).is_empty());
    }

    #[test]
    fn without_an_ending_input_a_later_home_visit_is_not_the_task() {
        let mut t = issued_then_sus();
        t.inputs
            .retain(|i| i.event.as_deref() != Some("take_items"));
        // The take-items screen ended when the home screen came (34 s).
        assert_eq!(end_ms(&t), 34_000);
    }

    #[test]
    fn a_time_out_ends_with_the_warning_and_leaves_the_card() {
        let mut r = Recorder::new("sharp", "ja");
        r.screen("place_card").wait(3000);
        r.input(
            InputKind::Machine,
            None,
            Some("card reader: place"),
            Some("place_card"),
        );
        r.screen("path").wait(60_000).screen("warning").wait(30_000);
        r.screen("take_items").wait(40_000);
        let t = r.finish("timed_out", &["timed_out"]);
        assert_eq!(end_ms(&t), 93_000);
        assert_eq!(derived_errors(&t), ["left_card"]);
    }

    #[test]
    fn a_cancel_ends_the_task_and_is_an_error_with_the_money_left() {
        let mut r = Recorder::new("fujifilm", "ja");
        r.screen("payment").wait(5000);
        r.input(InputKind::Machine, None, Some("slot: ¥100"), Some("insert"));
        r.wait(5000).tap(336.0, 641.0, "Cancel", Some("cancel"));
        r.screen("take_items").wait(20_000);
        let mut t = r.finish("cancelled", &["payment_short"]);
        t.outcome.paid_yen = 100;
        assert_eq!(end_ms(&t), 10_000);
        assert_eq!(derived_errors(&t), ["cancelled", "left_change"]);
        assert_eq!(
            errors(&t),
            ["payment_short", "cancelled", "left_change"].map(String::from)
        );
        let shown: Vec<&str> = visits(&t).map(|v| v.screen.as_str()).collect();
        assert_eq!(
            shown,
            ["payment"],
            "the take-items screen after a cancel is not reached"
        );
    }
}
