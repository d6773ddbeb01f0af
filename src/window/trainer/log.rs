//! The console's event log, newest first: each event and what the kiosk did, as a sentence in
//! the trainer's language ([`crate::i18n::events`]), with each refusal's rule and next step.
//! While a question waits for its answer, the lines from the act that brought it say what the
//! resident did and not what the kiosk answered.

use egui::Ui;

use super::ExerciseConsole;
use super::sections::Style;
use crate::domain::session::Event;
use crate::i18n::{Arg, events, refusal};
use crate::window::app::KioskApp;

/// How many of the newest lines are shown.
const SHOWN: usize = 80;

/// The first history index whose kiosk answer is veiled, if a question waits for its answer.
fn veiled_from(c: &ExerciseConsole) -> Option<usize> {
    let a = c.active.as_ref().filter(|a| a.pending())?;
    a.asked.as_ref().map(|q| q.veil_from)
}

/// The event as the log tells it: a card placed is named by its holder, not by the deck's id
/// (`card-card-expired` told a trainee the answer to the question asked about that card).
fn as_told(app: &KioskApp, ev: Option<&Event>) -> Option<Event> {
    let Some(Event::PlaceCard(id)) = ev else {
        return ev.cloned();
    };
    let reg = &app.host.kiosk.registry;
    let holder = reg
        .cards
        .get(id)
        .and_then(|c| reg.persons.get(&c.holder))
        .map_or_else(|| id.clone(), |p| p.name.clone());
    Some(Event::PlaceCard(holder))
}

/// Draws the log.
pub(super) fn show(ui: &mut Ui, app: &KioskApp, c: &ExerciseConsole, s: &Style<'_>) {
    let tr = s.tr;
    let m = &app.host.kiosk.municipality;
    let line = |ui: &mut Ui, text: String| {
        ui.add(egui::Label::new(s.txt(text)).wrap());
    };
    let veil = veiled_from(c);
    if veil.is_some() {
        line(ui, tr.t("trainer-log-veil-note"));
    }
    // The history holds only events that did something (quiet ticks are not in it).
    let all = app.history();
    let start = all.len().saturating_sub(SHOWN);
    for (k, l) in all.iter().enumerate().skip(start).rev() {
        let told = as_told(app, l.event.as_ref());
        let ev = told.as_ref();
        let hidden = veil.is_some_and(|v| k >= v);
        match &l.entry {
            Ok(e) if hidden => {
                let said = tr.ta(
                    "trainer-log-said",
                    &[
                        ("event", Arg::Str(events::what(tr, ev, &e.event))),
                        ("result", Arg::Str(tr.t("trainer-log-veiled"))),
                    ],
                );
                line(ui, format!("{} {said}", events::clock(tr, &e.at)));
            }
            Ok(e) => {
                let said = events::said(tr, ev, e, m);
                line(ui, format!("{} {said}", events::clock(tr, &e.at)));
                if let Some(r) = e.refusal() {
                    let rule = refusal::trainer_rule(tr, r, m);
                    let next = refusal::text(tr, r, m).next_step;
                    line(ui, tr.ta("trainer-log-rule", &[("rule", Arg::Str(rule))]));
                    line(ui, tr.ta("trainer-log-next", &[("next", Arg::Str(next))]));
                }
            }
            Err(_) => line(ui, events::rejected(tr, ev)),
        }
    }
}
