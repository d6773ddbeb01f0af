//! Recording sessions for research (`kofu --record DIR`, and Record on the trainer console):
//! every session the window runs becomes `<name>.toml` (a scenario `kofu run` replays to the
//! same outcome, see [`script`]) and `<name>.timeline.json` (every input, screen and note, the
//! questionnaire's answers and the outcome: [`crate::research::timeline`]).
//!
//! Decisions:
//! - **What it learns from.** The window tells the recorder each input (kind, panel position,
//!   the control hit from [`crate::window::widgets::Drawn`]) and each step the session took;
//!   screens, PIN results, errors and the end come from the step's screen and effects, never
//!   from comparing state.
//! - **Time on task starts at the first input**: a kiosk left idle on its home screen is not
//!   a participant's time. A session that received no input is not written.
//! - **Names** are `<participant>-<real start>-<n>` (`P07-20261206-141503-1`; without a
//!   participant `<real start>-<n>`): the computer's local time of the first input, so a
//!   folder lists sessions in the order they were run whatever the simulated clock said; the
//!   number goes up until the name is free in the folder, so nothing is overwritten. A
//!   participant id is written with letters, digits, `-` and `_` only (others become `_`).
//! - **Written as it goes.** From the first input on, both files are written again at every
//!   screen change (a checkpoint, [`Recorder::checkpoint`]) with the status
//!   [`INTERRUPTED`]: a window killed mid-session (a crash, SIGKILL, a power cut) leaves a
//!   valid timeline and a replayable scenario up to its last screen, which `kofu study` reads
//!   as an interrupted session — nothing to recover by hand. The session's end, notes and
//!   answers write them again with the real status; closing the window on a session in
//!   progress writes `cancelled`. Every write goes through [`crate::output::write_file`]
//!   (temporary file, fsync, rename), so a reader never sees half a file. A failed write is
//!   kept for the console to show and never stops the kiosk.
//! - **Nothing personal**: targets are accessible names (a PIN key is [`crate::research::timeline::PIN_KEY`]), the outcome
//!   keeps codes and amounts (no holder, no document content), the scenario says `correct` or
//!   `wrong` for a PIN. The card's deck id is written in the scenario (replay needs it); decks
//!   hold fictional personas only.

pub mod class;
mod files;
mod paths;
pub mod script;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::domain::effect::{Effect, Returned};
use crate::domain::session::{Event, Session, Status, Step};
use crate::research::timeline::{Answers, Input, InputKind, Note, OutcomeSummary, ScreenVisit};
use files::{base_name, summary};
use script::Script;

/// The outcome status of a session whose recording was cut off (the window died mid-session):
/// what every checkpoint says until the session ends.
pub const INTERRUPTED: &str = "interrupted";

/// Where the kiosk is, for the timeline's header.
#[derive(Debug, Clone)]
pub struct Setting {
    /// Vendor profile id or file.
    pub vendor: String,
    /// Municipality profile id or file.
    pub municipality: String,
    /// Persona deck file (None: the bundled deck).
    pub personas: Option<String>,
    /// `normal`, `large_text`, `high_contrast`, `large_text+high_contrast`.
    pub display: String,
    /// The study design the session belongs to (participant, task, condition).
    pub design: crate::research::timeline::Design,
}

/// One input as the window saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Seen {
    /// Tap, key, keypad, machine.
    pub kind: InputKind,
    /// Position on the panel (taps).
    pub pos: Option<(f32, f32)>,
    /// The screen on show.
    pub screen: String,
    /// Control, key or machine part; None for a miss.
    pub target: Option<String>,
    /// The control hit was disabled.
    pub disabled: bool,
}

/// The session being recorded.
#[derive(Debug, Clone)]
struct Recording {
    base: String,
    setting: Setting,
    sim_start: DateTime<Tz>,
    /// Real seconds (egui time) of the first input.
    t0: Option<f64>,
    started_at: Option<DateTime<Utc>>,
    inputs: Vec<Input>,
    screens: Vec<ScreenVisit>,
    open_screen: (String, u64),
    notes: Vec<Note>,
    answers: Answers,
    script: Script,
    errors: Vec<String>,
    /// The input waiting for the event it caused.
    pending: Option<usize>,
    outcome: Option<OutcomeSummary>,
    name: Option<String>,
    lang: String,
    /// Left unfinished (closed or stopped mid-way).
    left: bool,
    /// A screen changed or an error was counted since the last checkpoint: the files are
    /// written again at the end of the act.
    unsaved: bool,
}

/// Records the window's sessions into a folder.
#[derive(Debug, Clone)]
pub struct Recorder {
    dir: PathBuf,
    live: Option<Recording>,
    /// Files written so far (timeline files), oldest first.
    pub written: Vec<PathBuf>,
    /// The last write error ("path: reason"), for the trainer console.
    pub error: Option<String>,
    /// Where each save goes besides the folder (a class database), if anywhere.
    sink: Option<std::sync::Arc<dyn class::Sink>>,
}

impl Recorder {
    /// A recorder writing into `dir` (created when the first session is written).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            live: None,
            written: Vec::new(),
            error: None,
            sink: None,
        }
    }

    /// Sends every save to `sink` as well as the folder (a class database: [`class::ClassSink`]).
    pub fn set_sink(&mut self, sink: std::sync::Arc<dyn class::Sink>) {
        self.sink = Some(sink);
    }

    /// Where saves go besides the folder, if anywhere.
    pub fn sink(&self) -> Option<&std::sync::Arc<dyn class::Sink>> {
        self.sink.as_ref()
    }

    /// What the console should say is wrong now: the last file write's error, else why the
    /// class database has not taken the saves (cleared as soon as one gets through, so a
    /// database back after an outage stops being reported without another write).
    pub fn problem(&self) -> Option<String> {
        self.error
            .clone()
            .or_else(|| self.sink.as_ref().and_then(|s| s.problem()))
    }

    /// The folder recordings go to.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A new session began: recording starts (written only once it receives an input).
    pub fn begin(&mut self, session: &Session, setting: Setting, screen: &str) {
        let sim_start = session.now();
        self.live = Some(Recording {
            base: String::new(),
            setting,
            sim_start,
            t0: None,
            started_at: None,
            inputs: Vec::new(),
            screens: Vec::new(),
            open_screen: (screen.to_string(), 0),
            notes: Vec::new(),
            answers: Answers::default(),
            script: Script::new(sim_start),
            errors: Vec::new(),
            pending: None,
            outcome: None,
            name: None,
            lang: session.lang().to_string(),
            left: false,
            unsaved: false,
        });
    }

    /// The study design changed (the console's fields): the session being recorded takes it
    /// while it has no input yet; later sessions take it from their [`Setting`].
    pub fn set_design(&mut self, design: &crate::research::timeline::Design) {
        if let Some(r) = self.live.as_mut().filter(|r| r.t0.is_none()) {
            r.setting.design = design.clone();
        }
    }

    /// Whether the session recorded has ended and its questionnaire is still unanswered.
    pub fn wants_answers(&self) -> bool {
        self.live
            .as_ref()
            .is_some_and(|r| r.t0.is_some() && r.answers.seq.is_none())
    }

    /// Real milliseconds since the first input (0 before it).
    fn ms(r: &Recording, real: f64) -> u64 {
        r.t0.map_or(0, |t0| ((real - t0).max(0.0) * 1000.0).round() as u64)
    }

    /// An input the window saw at real time `real` (egui seconds).
    pub fn input(&mut self, real: f64, seen: Seen) {
        let Some(r) = self.live.as_mut() else {
            return;
        };
        if r.t0.is_none() {
            let now = Utc::now();
            r.t0 = Some(real);
            r.started_at = Some(now);
            r.base = base_name(r.setting.design.participant.as_deref(), now);
        }
        let t_ms = Self::ms(r, real);
        let (x, y) = seen.pos.map_or((None, None), |(x, y)| (Some(x), Some(y)));
        r.inputs.push(Input {
            t_ms,
            kind: seen.kind,
            x,
            y,
            screen: seen.screen,
            target: seen.target,
            disabled: seen.disabled,
            event: None,
        });
        r.pending = Some(r.inputs.len() - 1);
    }

    /// A step the session took: the scenario grows, the input before it gets its event, the
    /// screen on show (`shown`, after the step; empty for none) is timed, errors are counted.
    pub fn step(&mut self, real: f64, step: &Step, shown: &str) {
        let Some(r) = self.live.as_mut() else {
            return;
        };
        let ev = &step.event;
        if let Some(kind) = r.script.push(step)
            && !matches!(ev, Event::Tick(_) | Event::Fault { .. })
            && let Some(i) = r.pending.take()
            && let Some(input) = r.inputs.get_mut(i)
        {
            input.event = Some(kind.name().to_string());
        }
        for e in &step.effects {
            let error = match e {
                Effect::PinRejected { .. } => Some("wrong_pin"),
                Effect::PinLocked => Some("pin_locked"),
                Effect::TimedOut => Some("timed_out"),
                Effect::InactivityWarning { .. } => Some("inactivity_warning"),
                Effect::OtherServiceTouched { .. } => Some("wrong_turn"),
                Effect::MoneyReturned {
                    why: Returned::Denomination,
                    ..
                } => Some("money_not_taken"),
                Effect::LanguageChanged { lang } => {
                    r.lang = lang.clone();
                    None
                }
                _ => None,
            };
            if let Some(code) = error {
                r.errors.push(code.to_string());
                // An error is kept at once, like a screen change: a wrong PIN leaves the
                // screen as it was, and a window killed next must not lose it.
                r.unsaved = true;
            }
        }
        Self::show_screen(r, real, shown);
    }

    /// The screen on show now (the window calls this when only its own overlay changes).
    pub fn screen(&mut self, real: f64, shown: &str) {
        if let Some(r) = self.live.as_mut() {
            Self::show_screen(r, real, shown);
        }
    }

    fn show_screen(r: &mut Recording, real: f64, shown: &str) {
        if r.open_screen.0 == shown {
            return;
        }
        let now = Self::ms(r, real);
        if r.t0.is_some() && !r.open_screen.0.is_empty() {
            let (screen, entered_ms) = std::mem::take(&mut r.open_screen);
            r.screens.push(ScreenVisit {
                screen,
                entered_ms,
                left_ms: now,
            });
        }
        r.open_screen = (shown.to_string(), now);
        r.unsaved = true;
    }

    /// After the window's steps of one act: when a screen changed or an error was counted
    /// since the last checkpoint,
    /// the files are written as they stand, the outcome [`INTERRUPTED`] (the session's end
    /// writes its real one).
    pub fn checkpoint(&mut self, session: &Session) {
        let Some(r) = self.live.as_mut() else {
            return;
        };
        if !r.unsaved || r.t0.is_none() || r.outcome.is_some() {
            return;
        }
        r.unsaved = false;
        let mut cut = summary(session, &r.errors);
        cut.status = INTERRUPTED.into();
        self.write_as(Some(&cut));
    }

    /// The session ended (its outcome is known), or took a step after its end (the items
    /// taken): the outcome is read again and the files are written.
    pub fn finish(&mut self, session: &Session) {
        let Some(r) = self.live.as_mut() else {
            return;
        };
        r.outcome = Some(summary(session, &r.errors));
        self.write();
    }

    /// An observer's note at real time `real`.
    pub fn note(&mut self, real: f64, text: &str) {
        let Some(r) = self.live.as_mut() else {
            return;
        };
        let t_ms = Self::ms(r, real);
        r.notes.push(Note {
            t_ms,
            text: text.to_string(),
        });
        if r.outcome.is_some() {
            self.write();
        }
    }

    /// The participant's answers (SEQ, and SUS when given): the files are written again.
    pub fn answers(&mut self, answers: Answers) {
        if let Some(r) = self.live.as_mut() {
            r.answers = answers;
            self.write();
        }
    }

    /// The session is left (the next one starts, or the window closes): one still in progress
    /// is written as cancelled; the recording is closed.
    pub fn close(&mut self, real: f64, session: &Session) {
        if let Some(r) = self.live.as_mut()
            && r.outcome.is_none()
        {
            let mut o = summary(session, &r.errors);
            if !session.finished() {
                o.status = Status::Cancelled.name().into();
                r.left = true;
            }
            r.outcome = Some(o);
            Self::show_screen(r, real, "");
            self.write();
        }
        self.live = None;
    }
}
