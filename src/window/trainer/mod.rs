//! The trainer console (F2), beside the machine and never inside the panel: the simulated
//! clock (pause, speed, fast-forward, jump to 6:29 / 23:00 / 29 December, set), the persona deck,
//! municipality and vendor, the print speed, fault injection, the event log (each event and
//! what the kiosk did, as a sentence, with each refusal's rule and the resident's next step),
//! and the training exercises (see [`crate::training`]): choose a scenario's question, start
//! it (the kiosk takes the scenario's municipality, vendor, time and card), operate the kiosk
//! by hand or play the steps to the question, answer with a reason and a next step, read why
//! the answer is right or wrong, keep a score and export the log (JSON and PDF) into the
//! state folder.
//!
//! Decisions:
//! - Every word of the console is in the trainer's language ([`words`]): the kiosk's default
//!   language (`--lang`), whatever language the resident on the panel chose, so an exercise
//!   that plays a visit in English leaves a Japanese trainer's console in Japanese.
//! - By hand, the question comes when the session reaches the point the scenario reaches after
//!   `after_step` (same screen, same money inserted, found by a headless run at start), or when
//!   the session ends or refuses; "Ask now" asks at once.
//! - The question is asked before the answer is on show: from the moment it is asked until it
//!   is answered, the panel is veiled ([`veil`]) and the event log shows what the resident did
//!   since the question's point, not what the kiosk answered.

use std::path::PathBuf;

use chrono::{DateTime, Datelike, TimeZone, Timelike};
use chrono_tz::Tz;
use egui::Ui;

use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::domain::refusal::Refusal;
use crate::domain::session::{Event, Fault};
use crate::i18n::{Arg, I18n};
use crate::scenario::Scenario;
use crate::training::{ExerciseRecord, TrainingLog};
use crate::window::app::KioskApp;

pub mod cases;
mod exercises;
mod handbook;
mod log;
mod question;
mod research;
mod sections;
pub mod trainees;
pub mod veil;
pub mod window;

pub use handbook::HandbookStatus;

use exercises::{exercises, export, play_to_question, start};
use sections::{Style, clock_section, faults_section, kiosk_section};

/// The console's words: in the kiosk's default language (`--lang`), the trainer's, whatever
/// language the resident on the panel chose.
pub fn words(app: &KioskApp) -> I18n {
    I18n::in_lang(&app.opts.lang)
}

/// The console's own state.
#[derive(Debug, Clone, Default)]
pub struct TrainerState {
    /// The "set time" field.
    pub time_field: String,
    /// Copies printed before an injected printer fault strikes.
    pub after_copies: u32,
    /// The last input error.
    pub error: Option<String>,
    /// The "Exercises" section.
    pub exercises: ExerciseConsole,
    /// The handbook being written in the background, or what the last one came to.
    pub handbook: std::sync::Arc<std::sync::Mutex<HandbookStatus>>,
    /// Where the console's window is (and opens again after it was closed).
    pub place: window::Place,
    /// Recording: the observer's note being written, and when it was begun.
    pub note: research::NoteField,
    /// The deck's demo PINs, for the card picker's cases.
    pub pins: cases::Pins,
}

/// One question on the exercise picker.
#[derive(Debug, Clone)]
pub struct ExerciseChoice {
    /// The scenario.
    pub scenario: Scenario,
    /// Which of its exercises.
    pub index: usize,
    /// Its number on the picker (1-based), which names it in every language.
    pub number: usize,
    /// What it is about, in the console's language: the refusal's title, or the next step's
    /// name (for a trainer who cannot read the scenario's own title).
    pub topic: String,
}

impl ExerciseChoice {
    /// The exercise itself.
    pub fn exercise(&self) -> Option<&crate::scenario::Exercise> {
        self.scenario.exercises.get(self.index)
    }

    /// Its name in the picker's list, in the console's language: the number, with the
    /// scenario's title when the trainer wrote it in that language, else with its topic.
    pub fn label(&self, tr: &I18n) -> String {
        let title = match self.exercise() {
            Some(ex) if ex.written_in(tr.lang()) => self.scenario.title.clone(),
            _ => self.topic.clone(),
        };
        if title.is_empty() {
            return self.numbered(tr);
        }
        let n = ("n", Arg::Num(self.number as i64));
        tr.ta("trainer-exercise-titled", &[n, ("title", Arg::Str(title))])
    }

    /// Its name by number only: what the closed picker shows (a title or a topic may say the
    /// answer while the trainee looks on).
    pub fn numbered(&self, tr: &I18n) -> String {
        let n = ("n", Arg::Num(self.number as i64));
        tr.ta("trainer-exercise-numbered", &[n])
    }
}

/// When and where a question was asked.
#[derive(Debug, Clone)]
pub struct Asked {
    /// Simulated time.
    pub at: String,
    /// Real time (egui seconds), to time the answer.
    pub real: f64,
    /// The refusal on show, with its facts.
    pub refusal: Option<Refusal>,
    /// The first line of the console's event log (an index into the history) whose kiosk
    /// answer is veiled until the question is answered: the act that brought the question.
    pub veil_from: usize,
}

/// The exercise in progress.
#[derive(Debug, Clone)]
pub struct ActiveExercise {
    /// The choice it came from.
    pub choice: ExerciseChoice,
    /// The kiosk session it runs in.
    pub session: String,
    /// Screen the scenario shows when the question comes (headless run at start).
    pub trigger_screen: Option<&'static str>,
    /// Money inserted by then.
    pub trigger_paid: u32,
    /// The history's length when the console last looked and the question had not come:
    /// what came after is the act that brought it.
    pub seen: usize,
    /// When the question was asked.
    pub asked: Option<Asked>,
    /// The answer was recorded.
    pub answered: bool,
}

impl ActiveExercise {
    /// Asked and not answered yet: the panel and the kiosk's answers in the log are veiled.
    pub fn pending(&self) -> bool {
        self.asked.is_some() && !self.answered
    }
}

/// State of the "Exercises" section.
#[derive(Debug, Clone, Default)]
pub struct ExerciseConsole {
    /// Every exercise of the bundled scenarios (loaded when the section is first drawn).
    pub choices: Option<Vec<ExerciseChoice>>,
    /// Scenario files that did not load.
    pub load_errors: Vec<String>,
    /// Index into `choices`.
    pub selected: usize,
    /// The exercise in progress.
    pub active: Option<ActiveExercise>,
    /// The reason picked: `Some(None)` is "not refused"; `None` nothing picked yet.
    pub reason: Option<Option<Reason>>,
    /// The next step picked.
    pub next_step: Option<NextStep>,
    /// The amount typed.
    pub yen: String,
    /// The last answer, marked.
    pub last: Option<ExerciseRecord>,
    /// The training log (answers and score; events are taken from the kiosk's log on export).
    pub log: TrainingLog,
    /// Files written by the last export.
    pub exported: Option<(PathBuf, PathBuf)>,
    /// The last message (errors of start, play, export), in the console's language.
    pub message: Option<String>,
    /// The trainee whose answers are kept (empty: none), as last set.
    pub trainee: String,
    /// The trainee field as typed.
    pub trainee_field: String,
    /// The trainee's results: kept in the state folder before, and answered since.
    pub results: Vec<crate::training::results::TraineeResult>,
    /// Files written by the last results export.
    pub results_exported: Option<Vec<PathBuf>>,
    /// What went wrong keeping, reading or exporting results, in the console's language.
    pub results_message: Option<String>,
}

impl TrainerState {
    /// A console showing `at` in its time field.
    pub fn new(at: DateTime<Tz>) -> Self {
        Self {
            time_field: at.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            after_copies: 0,
            error: None,
            handbook: std::sync::Arc::default(),
            place: window::Place::default(),
            note: research::NoteField::default(),
            pins: cases::Pins::default(),
            exercises: ExerciseConsole {
                log: TrainingLog::new(),
                ..ExerciseConsole::default()
            },
        }
    }
}

fn at_today(now: DateTime<Tz>, t: chrono::NaiveTime) -> Option<DateTime<Tz>> {
    now.timezone()
        .with_ymd_and_hms(now.year(), now.month(), now.day(), t.hour(), t.minute(), 0)
        .single()
}

/// What the trainer asked for this frame; [`apply`] carries it out after the frame, so the
/// console only draws and never changes the kiosk while it does.
#[derive(Debug, Clone)]
pub enum Command {
    /// Pause or resume the simulated clock.
    SetPaused(bool),
    /// Run the clock at this many simulated seconds per real second.
    SetSpeed(f64),
    /// Set the simulated clock (earlier than the session starts a new one).
    SetTime(DateTime<Tz>),
    /// Another municipality or vendor profile (starts a new session).
    SwitchKiosk {
        /// Profile id.
        municipality: String,
        /// Profile id.
        vendor: String,
    },
    /// Pick a card of the deck for the reader.
    SelectCard(String),
    /// Real seconds per printed copy.
    SetPrintSeconds(f32),
    /// Start the next session now.
    NewSession,
    /// Inject a fault.
    Inject {
        /// Which fault.
        fault: Fault,
        /// Printer faults: copies printed before it strikes.
        after_copies: u32,
    },
    /// Load an exercise's kiosk, time and card.
    StartExercise(Box<ExerciseChoice>),
    /// Play the active exercise's steps up to its question.
    PlayToQuestion,
    /// Write the training log (JSON and PDF) into the state folder.
    Export,
    /// The trainee whose answers are kept from now on (empty: none).
    SetTrainee(String),
    /// The answer to the question asked, to mark, log and keep.
    Answer(crate::training::Answer),
    /// Write the trainee's results (JSON, CSV, PDF) into the state folder.
    ExportResults,
    /// Record sessions into this folder, or stop recording.
    Record(Option<PathBuf>),
    /// An observer's note, stamped at the real time (egui seconds) it was begun.
    Note(String, f64),
    /// The study design fields (participant, task, condition) for the sessions recorded next.
    SetDesign(crate::research::timeline::Design),
    /// Print the trainer's handbook of the kiosk's municipality, in the screen's language,
    /// into the state folder.
    Handbook,
}

/// Carries out one of the console's commands.
pub fn apply(app: &mut KioskApp, cmd: Command) {
    match cmd {
        Command::SetPaused(p) => app.set_clock_paused(p),
        Command::SetSpeed(x) => {
            let cur = app.time.clock.at(app.time.real_now);
            app.time.clock.set(cur, app.time.real_now);
            app.time.clock.speed = x;
        }
        Command::SetTime(t) => {
            let _logged = app.set_time(t);
        }
        Command::SwitchKiosk {
            municipality,
            vendor,
        } => {
            if let Err(e) = app.switch_kiosk(&municipality, &vendor) {
                app.console.state.error = Some(format!("{e:#}"));
            }
        }
        Command::SelectCard(c) => app.select_card(&c),
        Command::SetPrintSeconds(s) => app.set_print_seconds(s),
        Command::NewSession => app.restart(None),
        Command::Record(Some(dir)) => app.start_recording(dir),
        Command::Record(None) => app.stop_recording(),
        Command::Note(text, at) => app.observer_note_at(&text, at),
        Command::SetDesign(design) => app.set_design(design),
        Command::Inject {
            fault,
            after_copies,
        } => {
            app.send(Event::Fault {
                fault,
                after_copies,
            });
        }
        Command::StartExercise(choice) => match start(app, *choice) {
            Ok(a) => {
                let c = &mut app.console.state.exercises;
                c.active = Some(a);
                c.reason = None;
                c.next_step = None;
                c.yen.clear();
                c.last = None;
                c.message = None;
            }
            Err(e) => app.console.state.exercises.message = Some(e),
        },
        Command::PlayToQuestion => play_to_question(app),
        Command::Handbook => handbook::start(app),
        Command::SetTrainee(name) => trainees::set_trainee(app, name),
        Command::Answer(a) => trainees::answer(app, a),
        Command::ExportResults => trainees::export_results(app),
        Command::Export => {
            let mut log = app.console.state.exercises.log.clone();
            let trainee = &app.console.state.exercises.trainee;
            log.trainee = Some(trainee.clone()).filter(|t| !t.is_empty());
            let tr = words(app);
            let console_update = match export(app, &log) {
                Ok(p) => (Some(p), None),
                Err(e) => (
                    None,
                    Some(tr.ta("trainer-export-failed", &[("error", Arg::Str(e))])),
                ),
            };
            let console = &mut app.console.state.exercises;
            if console_update.0.is_some() {
                console.exported = console_update.0;
            }
            console.message = console_update.1;
        }
    }
}

/// The exercise with id `id` (`scenario-file#n`, or the file's stem for its first), loading
/// the exercise list as the console does when it is first drawn: how an instructor's
/// start-exercise names one ([`crate::training::results::exercise_id`]).
pub fn choice_by_id(app: &mut KioskApp, id: &str) -> Option<ExerciseChoice> {
    if app.console.state.exercises.choices.is_none() {
        let (tr, today) = (words(app), app.session().now().date_naive());
        let own = app.opts.exercises.clone();
        exercises::load_choices(&mut app.console.state.exercises, &tr, today, &own);
    }
    let id = if id.contains('#') {
        id.to_string()
    } else {
        format!("{id}#1")
    };
    let choices = app
        .console
        .state
        .exercises
        .choices
        .as_deref()
        .unwrap_or_default();
    choices
        .iter()
        .find(|c| crate::training::results::exercise_id(&c.scenario.source.path, c.index) == id)
        .cloned()
}

/// Draws the console.
pub fn show(ui: &mut Ui, app: &KioskApp, st: &mut TrainerState) -> Vec<Command> {
    let mut out = Vec::new();
    let t = app.machine_tokens();
    let tr = words(app);
    let s = Style { t: &t, tr: &tr };
    egui::ScrollArea::vertical()
        .id_salt("trainer-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_width(ui.available_width() - 8.0);
            ui.label(s.head(tr.t("trainer-title")));
            if let Some(e) = &app.startup.setup_error {
                ui.label(s.txt(tr.ta("trainer-error", &[("message", Arg::Str(e.clone()))])));
            }
            clock_section(ui, app, st, &mut out, &s);
            kiosk_section(ui, app, st, &mut out, &s);
            faults_section(ui, st, &app.host.session.armed_faults(), &mut out, &s);
            ui.separator();
            exercises(ui, app, &mut st.exercises, &mut out, &s);
            trainees::show(ui, app, &st.exercises, &mut out, &s);
            ui.separator();
            ui.label(s.head(tr.t("trainer-log")));
            log::show(ui, app, &st.exercises, &s);
        });
    out
}
