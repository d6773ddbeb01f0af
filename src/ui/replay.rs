//! A scenario played on the kiosk window: the [`Driver`] that `kofu walkthrough` and the
//! trainer's "Play to the question" share with `kofu run`'s loop ([`runner::play`]).
//!
//! Cards go on and off the machine's reader, the simulated clock is set for `wait` steps (so
//! the window's clock follows), and every other event is the one the screen's button sends.

use crate::domain::session::{Event, Screen, Session, SessionError};
use crate::scenario::Scenario;
use crate::scenario::run::{self as runner, Driver, Played, RunError};
use crate::ui::KioskApp;

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
    fn feed(&mut self, ev: Event) -> Result<(), SessionError> {
        match ev {
            Event::PlaceCard(card) if self.app.session().screen() == Screen::PlaceCard => {
                if self.app.reader().is_some() {
                    self.app.remove_card();
                }
                self.app.select_card(&card);
                self.app.place_card();
                if self.app.session().card_on_reader() == Some(card.as_str()) {
                    Ok(())
                } else {
                    // The reader did not take it: let the session say why.
                    self.app.try_send(Event::PlaceCard(card))
                }
            }
            Event::RemoveCard
                if self.app.reader().is_some() && self.app.session().card_on_reader().is_some() =>
            {
                let before = self.app.session().screen();
                self.app.remove_card();
                if self.app.session().screen() == before {
                    self.app.try_send(Event::RemoveCard)
                } else {
                    Ok(())
                }
            }
            Event::Tick(t) if t > self.app.session().now() => {
                self.app.set_time(t);
                Ok(())
            }
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
