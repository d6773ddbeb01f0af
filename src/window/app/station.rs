//! The window as a station of a class (issue 25, items 2 and 5): with `--state postgres://…`
//! the kiosk registers under `--station NAME` (default: the host name), publishes what it
//! shows as it changes, applies the instructor's commands through the same messages as its
//! own console, and goes out of service while the class database cannot be reached.
//!
//! Decisions:
//! - **What is published** is built when a message or a step's effects say something changed
//!   (a step with effects or another screen, a console command, a new session): never by
//!   comparing the window's state from frame to frame.
//! - **Commands are messages.** Each `ClassCommand` becomes the `Msg::Trainer` the console
//!   would send (start-exercise → `StartExercise` by the exercise's id, inject-fault →
//!   `Inject` at once, pause/resume → `SetPaused`, set-clock → `SetTime`, end-session →
//!   `NewSession`) and goes through [`KioskApp::update`]; the acknowledgement says `applied`,
//!   `unknown` (a command this kofu cannot read) or why not (`no-such-exercise`,
//!   `no-such-fault`, `bad-time`, `exercise-failed`).
//! - **Out of service.** The store runs on a worker ([`crate::store::worker`]); when it stops
//!   answering (a failed or late call, its own check while idle, or the station link's failed
//!   heartbeat, which asks it to check) the window sends `Fault::CentreUnreachable`: the
//!   session shows the out-of-service screen, returns the money not charged and ends, as the
//!   real machine does when the centre is unreachable. A session started meanwhile (the
//!   finished screen times out) is put out of service at once. When the store answers again,
//!   a new session starts on the home screen.

use std::sync::{Arc, Mutex, PoisonError};

use crate::domain::session::{Event, Fault, Screen};
use crate::store::postgres::class::{ClassCommand, CommandRow, StationState};
use crate::store::worker::WorkerHandle;
use crate::window::app::{KioskApp, steps};
use crate::window::msg::Msg;
use crate::window::trainer::{self, Command};

mod thread;

pub use thread::{FromStation, HEARTBEAT, SLICE, StationThread};

/// The window's part in a class: none of it is set for a state folder.
#[derive(Debug, Default)]
pub struct ClassPart {
    /// The class store's health (the session holds the store itself).
    pub(crate) worker: Option<WorkerHandle>,
    /// The station's thread.
    pub(crate) station: Option<StationThread>,
    /// The window put the machine out of service because the store does not answer.
    pub(crate) outage: bool,
    /// Something changed that the station should publish.
    pub(crate) dirty: bool,
    /// The code of the last effect a step had.
    pub(crate) last_effect: Option<String>,
    /// The window's context, for the station's thread to wake it (known from the first frame).
    pub(crate) waker: Arc<Mutex<Option<egui::Context>>>,
}

/// This machine's host name (the station's name when `--station` is not given): the
/// kernel's (`/proc/sys/kernel/hostname`), else `/etc/hostname`, else `$HOSTNAME` or
/// `$COMPUTERNAME`, else `kiosk`. (Read from files rather than `gethostname(2)`: the crate
/// forbids `unsafe`.)
pub fn host_name() -> String {
    let from_file = |p: &str| std::fs::read_to_string(p).ok();
    let from_env = |v: &str| std::env::var(v).ok();
    from_file("/proc/sys/kernel/hostname")
        .or_else(|| from_file("/etc/hostname"))
        .or_else(|| from_env("HOSTNAME"))
        .or_else(|| from_env("COMPUTERNAME"))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "kiosk".to_string())
}

impl ClassPart {
    /// The part for a class database at `url`: the worker's health, and a station named
    /// `name` whose thread wakes the window once it has drawn a frame.
    pub fn start(worker: WorkerHandle, url: &str, name: &str, first: StationState) -> Self {
        let waker: Arc<Mutex<Option<egui::Context>>> = Arc::default();
        let slot = waker.clone();
        let wake = Box::new(move || {
            if let Some(ctx) = slot.lock().unwrap_or_else(PoisonError::into_inner).as_ref() {
                ctx.request_repaint();
            }
        });
        let station = StationThread::spawn(url.to_string(), name.to_string(), first, wake).ok();
        Self {
            worker: Some(worker),
            station,
            dirty: false,
            outage: false,
            last_effect: None,
            waker,
        }
    }
}

impl KioskApp {
    /// A step's effects or a screen change happened: the station publishes again.
    pub(super) fn class_step(&mut self, effects: &[crate::domain::effect::Effect], moved: bool) {
        if let Some(e) = effects.last() {
            self.class.last_effect = Some(e.name().to_string());
        }
        if !effects.is_empty() || moved {
            self.class.dirty = true;
        }
    }

    /// Something the console or a new session changed: the station publishes again.
    pub(super) fn class_changed(&mut self) {
        self.class.dirty = true;
    }

    /// Each frame: the instructor's commands, the store's health, the station's state.
    pub(super) fn class_frame(&mut self, ctx: &egui::Context) {
        if self.class.worker.is_none() {
            return;
        }
        let mut waker = self
            .class
            .waker
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if waker.is_none() {
            *waker = Some(ctx.clone());
        }
        drop(waker);
        let events = self
            .class
            .station
            .as_ref()
            .map(StationThread::drain)
            .unwrap_or_default();
        for e in events {
            match e {
                FromStation::Command(row) => self.class_command(row),
                FromStation::Lost => {
                    if let Some(w) = &self.class.worker {
                        w.probe();
                    }
                }
            }
        }
        if let Some(w) = self.class.worker.clone() {
            let up = w.reachable();
            if !up && (!self.class.outage || self.host.session.screen() != Screen::OutOfService) {
                self.class.outage = true;
                self.send(Event::Fault {
                    fault: Fault::CentreUnreachable,
                    after_copies: 0,
                });
            } else if up && self.class.outage {
                self.class.outage = false;
                self.restart(None);
            }
            // The store's health is read each frame: frames come at least this often.
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
        if std::mem::take(&mut self.class.dirty)
            && let Some(st) = &self.class.station
        {
            st.publish(self.station_state());
        }
    }

    /// Whether the window has put the machine out of service because the class database does
    /// not answer.
    pub fn centre_unreachable(&self) -> bool {
        self.class.outage
    }

    /// The station's name, when the window is a station of a class.
    pub fn class_station(&self) -> Option<&str> {
        self.class.station.as_ref().map(StationThread::name)
    }

    /// What the station publishes now.
    pub fn station_state(&self) -> StationState {
        let s = &self.host.session;
        let ex = &self.console.state.exercises;
        let screen = s.screen();
        StationState {
            trainee: Some(ex.trainee.clone()).filter(|t| !t.is_empty()),
            participant: self.opts.design.participant.clone(),
            condition: self.opts.design.condition.clone(),
            session: Some(s.id().to_string()),
            screen: screen.name().to_string(),
            step: steps::step_of(screen)
                .and_then(|n| u8::try_from(n).ok())
                .unwrap_or(0),
            last_effect: self.class.last_effect.clone(),
            refusal: s.refusal().map(|r| r.reason.code().to_string()),
            exercise: ex.active.as_ref().map(|a| {
                crate::training::results::exercise_id(
                    &a.choice.scenario.source.path,
                    a.choice.index,
                )
            }),
            answered: ex.log.score.total,
            correct: ex.log.score.correct,
            last_answer_correct: ex.log.exercises.last().map(|e| e.marking.correct),
            paused: self.time.clock.paused,
        }
    }

    /// Applies one instructor's command through the console's message path and acknowledges it.
    fn class_command(&mut self, row: CommandRow) {
        let outcome = match row.command {
            Ok(cmd) => self.class_apply(cmd),
            Err(_) => "unknown",
        };
        if let Some(st) = &self.class.station {
            st.ack(row.seq, outcome);
        }
    }

    /// The console's command for `cmd`, carried out; what came of it.
    fn class_apply(&mut self, cmd: ClassCommand) -> &'static str {
        let msg = match cmd {
            ClassCommand::StartExercise { exercise } => {
                match trainer::choice_by_id(self, &exercise) {
                    Some(choice) => Command::StartExercise(Box::new(choice)),
                    None => return "no-such-exercise",
                }
            }
            ClassCommand::InjectFault { fault } => {
                match Fault::from_code(&fault.replace('-', "_")) {
                    Some(fault) => Command::Inject {
                        fault,
                        after_copies: 0,
                    },
                    None => return "no-such-fault",
                }
            }
            ClassCommand::Pause => Command::SetPaused(true),
            ClassCommand::Resume => Command::SetPaused(false),
            ClassCommand::SetClock { at } => match crate::domain::calendar::parse_instant(&at) {
                Ok(t) => Command::SetTime(t),
                Err(_) => return "bad-time",
            },
            ClassCommand::EndSession => Command::NewSession,
        };
        let starting = matches!(msg, Command::StartExercise(_));
        self.update(Msg::Trainer(msg));
        if starting && self.console.state.exercises.active.is_none() {
            return "exercise-failed";
        }
        "applied"
    }
}
