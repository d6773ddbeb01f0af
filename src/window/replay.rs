//! A scenario played on the kiosk window: the [`Driver`] that `kofu walkthrough` and the
//! trainer's "Play to the question" share with `kofu run`'s loop ([`runner::play`]).
//!
//! Cards go on and off the machine's reader, coins into its slot, the simulated clock is set for
//! `wait` steps (so the window's clock follows), and every other event is the one the screen's
//! button sends. No event is sent twice and none is retried: the window sends exactly the
//! events `kofu run` sends (a test compares them for every bundled scenario).

use crate::domain::session::{Event, Session, SessionError, Step};
use crate::scenario::Scenario;
use crate::scenario::play::{self as runner, Driver, Played, RunError};
use crate::window::KioskApp;

/// The window as a [`Driver`].
#[derive(Debug)]
pub struct Window<'a> {
    /// The kiosk being played on.
    pub app: &'a mut KioskApp,
}

impl Driver for Window<'_> {
    fn session(&self) -> &Session {
        self.app.session()
    }
    /// The event as a person makes it: a card is put on (or taken off) the machine's reader, a
    /// coin goes into the slot, the clock is set for a wait; every other event is the tap of the
    /// screen's button. What the machine tells the session is exactly that event; when the
    /// machine would not tell it (a card placed off the card screen), the session is told
    /// anyway so that it says why it does not take it, as `kofu run` would.
    fn feed(&mut self, ev: Event) -> Result<Step, SessionError> {
        match ev {
            Event::PlaceCard(card) if self.app.reader().is_none() => {
                self.app.select_card(&card);
                match self.app.place_card() {
                    Some(result) => result,
                    None => {
                        let _taken_back = self.app.remove_card();
                        self.app.try_send(Event::PlaceCard(card))
                    }
                }
            }
            Event::RemoveCard if self.app.reader().is_some() => match self.app.remove_card() {
                Some(result) => result,
                None => self.app.try_send(Event::RemoveCard),
            },
            Event::Insert(yen) => match self.app.insert(yen) {
                Some(result) => result,
                None => self.app.try_send(Event::Insert(yen)),
            },
            Event::Tick(t) => self.app.set_time(t),
            ev => self.app.try_send(ev),
        }
    }
    fn walk_away(&mut self) {
        self.app.walk_away();
    }
}

/// Plays `sc`'s steps on the window; `after` runs after each step, with its index.
pub fn play(
    app: &mut KioskApp,
    sc: &Scenario,
    after: impl FnMut(usize, &mut Window<'_>) -> Result<(), RunError>,
) -> Result<Played, RunError> {
    runner::play(sc, &mut Window { app }, after)
}
