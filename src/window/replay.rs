//! A scenario played on the kiosk window: the [`Driver`] that `kofu walkthrough` and the
//! trainer's "Play to the question" share with `kofu run`'s loop ([`runner::play`]).
//!
//! Every event is played on the window's machine as a person makes it ([`Machine::play`]:
//! cards on and off its reader, coins into its slot, taps on the panel), and the simulated
//! clock is set for `wait` steps (so the window's clock follows). `kofu run` plays the same
//! machine, so the window sends exactly the events `kofu run` sends (a test compares them for
//! every bundled scenario).
//!
//! [`Machine::play`]: crate::domain::machine::Machine::play

use crate::domain::keypad::PadKey;
use crate::domain::machine::Handled;
use crate::domain::session::{Event, Session, SessionError};
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
    /// A wait sets the window's clock (the session's tick follows it); every other event is
    /// played on the machine.
    fn feed(&mut self, ev: Event) -> Result<Handled, SessionError> {
        match ev {
            Event::Tick(t) => self.app.set_time(t),
            ev => self.app.play_event(ev),
        }
    }
    fn walk_away(&mut self) {
        self.app.walk_away();
    }
    /// The key goes to the panel (it waits for the next frame when the panel has changed
    /// since it was drawn).
    fn press(&mut self, key: PadKey) -> bool {
        self.app.press(key);
        true
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
