//! The simulated clock: it follows real time (see `update::RealTime`) at the trainer's speed,
//! ticks the session once a simulated second has passed, runs the printer's timer, and starts
//! the next session when one is over. It runs from the frame's logic, so it goes on while the
//! window is hidden.

use chrono::{DateTime, Duration};
use chrono_tz::Tz;

use super::KioskApp;
use crate::domain::machine::Handled;
use crate::domain::session::{Event, Screen, SessionError};

impl KioskApp {
    pub(super) fn advance_time(&mut self, t: f64) {
        self.time.real_now = t;
        let dt = self.time.last_real.map_or(0.0, |l| (t - l).max(0.0));
        if self.time.last_real.is_none() {
            // The first moment the clock is run: the simulated time starts here.
            self.time.clock.anchor_real = t;
        }
        self.time.last_real = Some(t);
        let sim = self.time.clock.at(t);
        let cur = self.host.session.now();
        if sim - cur >= Duration::seconds(1) {
            self.send(Event::Tick(sim));
        }
        // A printer stopped by a fault prints nothing until the staff clear it.
        if self.host.session.printer_running() {
            self.time.print_elapsed += dt;
            if self.time.print_elapsed >= f64::from(self.opts.print_seconds_per_copy) {
                self.time.print_elapsed = 0.0;
                self.send(Event::PrinterStep);
            }
        } else {
            self.time.print_elapsed = 0.0;
        }
        self.questionnaire_timeout();
        // A finished session back on the home screen is over (the session itself returns
        // there when its items are left alone): the next one starts.
        if self.host.session.finished()
            && self.host.session.screen() == Screen::Language
            && !self.opts.keep_finished
            && self.research.questionnaire.is_none()
        {
            self.end_session();
        }
    }

    /// Sets the simulated clock: a later time ticks the session (its steps); an earlier one
    /// starts a new session at that time (nothing told to the old one).
    pub fn set_time(&mut self, t: DateTime<Tz>) -> Result<Handled, SessionError> {
        self.time.clock.set(t, self.time.real_now);
        if t < self.host.session.now() {
            // Back in time: a new session starts then; nothing was told to the old one.
            self.restart(Some(t));
            return Ok(Handled::default());
        }
        self.try_send(Event::Tick(t))
    }

    /// Pauses or resumes the simulated clock.
    pub fn set_clock_paused(&mut self, paused: bool) {
        let now = self.time.clock.at(self.time.real_now);
        self.time.clock.set(now, self.time.real_now);
        self.time.clock.paused = paused;
    }
}

/// The simulated clock's control.
#[derive(Debug, Clone)]
pub struct ClockCtl {
    /// Simulated time at `anchor_real`.
    pub anchor_sim: DateTime<Tz>,
    /// egui input time (seconds) of the anchor.
    pub anchor_real: f64,
    /// Simulated seconds per real second.
    pub speed: f64,
    /// Whether the clock stands still.
    pub paused: bool,
}

impl ClockCtl {
    /// The simulated time at real time `t`.
    pub fn at(&self, t: f64) -> DateTime<Tz> {
        if self.paused {
            return self.anchor_sim;
        }
        let ms = ((t - self.anchor_real) * self.speed * 1000.0).max(0.0) as i64;
        self.anchor_sim + Duration::milliseconds(ms)
    }
    /// Re-anchors at `sim` now.
    pub fn set(&mut self, sim: DateTime<Tz>, t: f64) {
        self.anchor_sim = sim;
        self.anchor_real = t;
    }
}
