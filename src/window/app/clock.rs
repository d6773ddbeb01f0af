//! The simulated clock: it follows egui's input time at the trainer's speed, ticks the session
//! once a simulated second has passed, runs the printer's timer, and starts the next session when
//! one is over.

use super::*;

impl KioskApp {
    pub(super) fn advance_time(&mut self, t: f64) {
        self.real_now = t;
        let dt = self.last_real.map_or(0.0, |l| (t - l).max(0.0));
        self.last_real = Some(t);
        if self.frames == 0 {
            self.clock.anchor_real = t;
        }
        let sim = self.clock.at(t);
        let cur = self.session.now();
        if sim - cur >= Duration::seconds(1) {
            self.send(Event::Tick(sim));
        }
        if self.session.screen() == Screen::Printing && !self.session.finished() {
            self.print_elapsed += dt;
            if self.print_elapsed >= f64::from(self.opts.print_seconds_per_copy) {
                self.print_elapsed = 0.0;
                self.send(Event::PrinterStep);
            }
        } else {
            self.print_elapsed = 0.0;
        }
        self.questionnaire_timeout();
        // A finished session back on the home screen is over (the session itself returns
        // there when its items are left alone): the next one starts.
        if self.session.finished()
            && self.session.screen() == Screen::Language
            && !self.opts.keep_finished
            && self.questionnaire.is_none()
        {
            self.end_session();
        }
    }

    /// Sets the simulated clock (a time before the session's starts a new session).
    pub fn set_time(&mut self, t: DateTime<Tz>) -> Result<Step, SessionError> {
        self.clock.set(t, self.real_now);
        if t < self.session.now() {
            self.restart(Some(t));
            return Ok(Step {
                screen: self.session.screen(),
                effects: Vec::new(),
            });
        }
        self.try_send(Event::Tick(t))
    }

    /// Pauses or resumes the simulated clock.
    pub fn set_clock_paused(&mut self, paused: bool) {
        let now = self.clock.at(self.real_now);
        self.clock.set(now, self.real_now);
        self.clock.paused = paused;
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
