//! The trainer console (F2), beside the machine and never inside the panel: the simulated
//! clock (pause, speed, fast-forward, jump to 6:29 / 23:00 / 29 December, set), the persona deck,
//! municipality and vendor, the print speed, fault injection, and the event log with each
//! refusal's rule and the resident's next step (the domain's own words, in English), and the
//! training exercises (see [`crate::training`]): choose a scenario's question, start it (the
//! kiosk takes the scenario's municipality, vendor, time and card), operate the kiosk by hand or
//! play the steps to the question, answer with a reason and a next step, see the domain's rule,
//! keep a score and export the log (JSON and PDF) into the state folder.
//!
//! Decisions:
//! - The exercise section's labels are in English only (the console is for trainers; no new
//!   Fluent keys).
//! - By hand, the question comes when the session reaches the point the scenario reaches after
//!   `after_step` (same screen, same money inserted, found by a headless run at start), or when
//!   the session ends or refuses; "Ask now" asks at once.

use std::path::PathBuf;

use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike};
use chrono_tz::Tz;
use egui::{RichText, Ui};

use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::domain::refusal::Refusal;
use crate::domain::session::{Event, Fault};
use crate::i18n::Arg;
use crate::scenario::Scenario;
use crate::training::{Answer, EventRecord, ExerciseRecord, RefusalRecord, TrainingLog};
use crate::window::app::KioskApp;

mod exercises;
mod handbook;
mod research;
pub mod window;

pub use handbook::HandbookStatus;

use crate::window::widgets::{Btn, Look, machine_button, ring_if_focused};
use exercises::{ask, exercises, export, play, start};

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
}

/// One question on the exercise picker.
#[derive(Debug, Clone)]
pub struct ExerciseChoice {
    /// The scenario.
    pub scenario: Scenario,
    /// Which of its exercises.
    pub index: usize,
    /// Shown (and accessible) name: the title and the question's number.
    pub label: String,
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
    /// When the question was asked: simulated time, real time, the refusal on show.
    pub asked: Option<(String, f64, Option<Refusal>)>,
    /// The answer was recorded.
    pub answered: bool,
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
    /// The reason picked (None: not a refusal).
    pub reason: Option<Reason>,
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
    /// The last message (errors of start, play, export).
    pub message: Option<String>,
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
    /// Record sessions into this folder, or stop recording.
    Record(Option<PathBuf>),
    /// An observer's note, stamped at the real time (egui seconds) it was begun.
    Note(String, f64),
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
        Command::PlayToQuestion => {
            let Some(mut a) = app.console.state.exercises.active.take() else {
                return;
            };
            let sc = a.choice.scenario.clone();
            let upto = sc
                .exercises
                .get(a.choice.index)
                .and_then(|e| e.after_step)
                .unwrap_or(sc.steps.len());
            if let Err(e) = play(app, &sc, upto) {
                app.console.state.exercises.message = Some(e);
            }
            ask(app, &mut a);
            app.console.state.exercises.active = Some(a);
        }
        Command::Handbook => handbook::start(app),
        Command::Export => {
            let log = app.console.state.exercises.log.clone();
            let console_update = match export(app, &log) {
                Ok(p) => (Some(p), None),
                Err(e) => (None, Some(format!("Export failed: {e}"))),
            };
            let console = &mut app.console.state.exercises;
            if console_update.0.is_some() {
                console.exported = console_update.0;
            }
            console.message = console_update.1;
        }
    }
}

/// Draws the console.
pub fn show(ui: &mut Ui, app: &KioskApp, st: &mut TrainerState) -> Vec<Command> {
    let mut out = Vec::new();
    let t = app.machine_tokens();
    let txt = |s: String| RichText::new(s).size(t.s.small).color(t.c.part_text);
    let head = |s: String| {
        RichText::new(s)
            .size(t.s.small + 3.0)
            .color(t.c.part_text)
            .strong()
    };
    let (bh, bt) = (t.s.target_min, t.s.small);
    fn btn(label: &str, h: f32, size: f32) -> Btn<'_> {
        Btn::new(label).height(h).text_size(size)
    }
    egui::ScrollArea::vertical()
        .id_salt("trainer-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_width(ui.available_width() - 8.0);
            ui.label(head(app.panel.tr.t("trainer-title")));
            if let Some(e) = &app.startup.setup_error {
                ui.label(txt(app
                    .panel
                    .tr
                    .ta("trainer-error", &[("message", Arg::Str(e.clone()))])));
            }
            // Clock.
            ui.separator();
            ui.label(head(app.panel.tr.t("trainer-clock")));
            let now = app.host.session.now();
            ui.label(txt(app.panel.tr.date_time(now)));
            let paused = app.time.clock.paused;
            // Two to a row: a toggle's mark and "Speed ×10" need more than a third of the
            // console's width.
            let half =
                ((ui.available_width() - ui.spacing().item_spacing.x) / 2.0 - 1.0).max(100.0);
            ui.horizontal_wrapped(|ui| {
                let l = app.panel.tr.t(if paused {
                    "trainer-resume"
                } else {
                    "trainer-pause"
                });
                if machine_button(
                    ui,
                    &t,
                    btn(&l, bh, bt).width(half).look(Look::Check(paused)),
                ) {
                    out.push(Command::SetPaused(!paused));
                }
                for x in [1.0, 10.0, 60.0] {
                    let l = app
                        .panel
                        .tr
                        .ta("trainer-speed", &[("x", Arg::Num(x as i64))]);
                    let on = (app.time.clock.speed - x).abs() < 0.5;
                    if machine_button(ui, &t, btn(&l, bh, bt).width(half).look(Look::Radio(on))) {
                        out.push(Command::SetSpeed(x));
                    }
                }
            });
            ui.horizontal_wrapped(|ui| {
                for (key, secs) in [
                    ("trainer-plus-1m", 60),
                    ("trainer-plus-10m", 600),
                    ("trainer-plus-1h", 3600),
                ] {
                    let l = app.panel.tr.t(key);
                    if machine_button(ui, &t, btn(&l, bh, bt).width(106.0)) {
                        let target = app.host.session.now() + Duration::seconds(secs);
                        out.push(Command::SetTime(target));
                    }
                }
            });
            ui.horizontal_wrapped(|ui| {
                // A minute before opening and the closing time, from the profile's hours.
                let hours = app.host.kiosk.municipality.calendar.hours;
                let before_open = hours.open - Duration::minutes(1);
                for (key, time) in [
                    ("trainer-jump-0629", before_open),
                    ("trainer-jump-2300", hours.close),
                ] {
                    let l = app.panel.tr.ta(
                        key,
                        &[("time", Arg::Str(time.format("%-H:%M").to_string()))],
                    );
                    if machine_button(ui, &t, btn(&l, bh, bt).width(106.0))
                        && let Some(x) = at_today(now, time)
                    {
                        out.push(Command::SetTime(x));
                    }
                }
                let l = app.panel.tr.t("trainer-jump-1229");
                if machine_button(ui, &t, btn(&l, bh, bt).width(106.0))
                    && let Some(x) = now
                        .timezone()
                        .with_ymd_and_hms(now.year(), 12, 29, 10, 0, 0)
                        .single()
                {
                    out.push(Command::SetTime(x));
                }
            });
            let field_label = ui.label(txt(app.panel.tr.t("trainer-set-field")));
            ui.horizontal(|ui| {
                let resp = ui.add(
                    egui::TextEdit::singleline(&mut st.time_field)
                        .desired_width(250.0)
                        .text_color(t.c.key_text)
                        .font(egui::FontId::proportional(t.s.small)),
                );
                let resp = resp.labelled_by(field_label.id);
                ring_if_focused(ui, &t, &resp);
                let l = app.panel.tr.t("trainer-set");
                if machine_button(ui, &t, btn(&l, bh, bt).width(96.0)) {
                    match crate::domain::calendar::parse_instant(st.time_field.trim()) {
                        Ok(x) => {
                            st.error = None;
                            out.push(Command::SetTime(x));
                        }
                        Err(_) => st.error = Some(app.panel.tr.t("trainer-set-invalid")),
                    }
                }
            });
            if let Some(e) = &st.error {
                ui.label(txt(e.clone()));
            }
            // Kiosk.
            ui.separator();
            let mut muni = app.opts.municipality.clone();
            let mut vendor = app.opts.vendor.clone();
            let munis = app.startup.municipalities.clone();
            let vendors = app.startup.vendors.clone();
            let r = egui::ComboBox::from_label(txt(app.panel.tr.t("trainer-municipality")))
                .selected_text(
                    RichText::new(muni.clone())
                        .size(t.s.small)
                        .color(t.c.key_text),
                )
                .show_ui(ui, |ui| {
                    for m in &munis {
                        ui.selectable_value(&mut muni, m.clone(), m);
                    }
                });
            ring_if_focused(ui, &t, &r.response);
            let r = egui::ComboBox::from_label(txt(app.panel.tr.t("trainer-vendor")))
                .selected_text(
                    RichText::new(vendor.clone())
                        .size(t.s.small)
                        .color(t.c.key_text),
                )
                .show_ui(ui, |ui| {
                    for v in &vendors {
                        ui.selectable_value(&mut vendor, v.clone(), v);
                    }
                });
            ring_if_focused(ui, &t, &r.response);
            if muni != app.opts.municipality || vendor != app.opts.vendor {
                out.push(Command::SwitchKiosk {
                    municipality: muni,
                    vendor,
                });
            }
            let mut card = app.machine.selected_card.clone();
            let cards: Vec<(String, String)> = app
                .host
                .kiosk
                .registry
                .cards
                .values()
                .map(|c| {
                    let who = app
                        .host
                        .kiosk
                        .registry
                        .persons
                        .get(&c.holder)
                        .map_or(String::new(), |p| p.name.clone());
                    (c.id.clone(), format!("{} ({who})", c.id))
                })
                .collect();
            let r = egui::ComboBox::from_label(txt(app.panel.tr.t("trainer-deck")))
                .selected_text(
                    RichText::new(card.clone())
                        .size(t.s.small)
                        .color(t.c.key_text),
                )
                .height(400.0)
                .show_ui(ui, |ui| {
                    for (id, l) in &cards {
                        ui.selectable_value(&mut card, id.clone(), l);
                    }
                });
            ring_if_focused(ui, &t, &r.response);
            if card != app.machine.selected_card {
                out.push(Command::SelectCard(card));
            }
            let mut secs = app.opts.print_seconds_per_copy;
            let r = ui.add(
                egui::Slider::new(&mut secs, 0.0..=150.0)
                    .logarithmic(true)
                    .text(txt(app.panel.tr.t("trainer-print-speed"))),
            );
            ring_if_focused(ui, &t, &r);
            if (secs - app.opts.print_seconds_per_copy).abs() > f32::EPSILON {
                out.push(Command::SetPrintSeconds(secs));
            }
            let l = app.panel.tr.t("trainer-new-session");
            if machine_button(ui, &t, btn(&l, bh, bt)) {
                out.push(Command::NewSession);
            }
            // The console's state is `st` during the frame (the app's is taken out meanwhile).
            let status = st.handbook.lock().map(|s| s.clone()).unwrap_or_default();
            let writing = status == HandbookStatus::Writing;
            let l = app.panel.tr.t("trainer-handbook");
            if machine_button(ui, &t, btn(&l, bh, bt).enabled(!writing)) {
                out.push(Command::Handbook);
            }
            handbook::status_line(ui, app, &status, &txt);
            research::section(ui, app, st, &mut out);
            // Faults.
            ui.separator();
            ui.label(head(app.panel.tr.t("trainer-faults")));
            let mut after = st.after_copies;
            let r = ui.add(
                egui::Slider::new(&mut after, 0..=5)
                    .text(txt(app.panel.tr.t("trainer-after-copies"))),
            );
            ring_if_focused(ui, &t, &r);
            st.after_copies = after;
            ui.horizontal_wrapped(|ui| {
                for f in [
                    Fault::PaperJam,
                    Fault::OutOfPaper,
                    Fault::CardUnreadable,
                    Fault::NoChange,
                ] {
                    let code = serde_json::to_value(f)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    let name = app.panel.tr.t(&format!("fault-{code}"));
                    let l = app
                        .panel
                        .tr
                        .ta("trainer-inject", &[("fault", Arg::Str(name))]);
                    if machine_button(ui, &t, btn(&l, bh, bt).width(170.0)) {
                        out.push(Command::Inject {
                            fault: f,
                            after_copies: after,
                        });
                    }
                }
            });
            // Exercises.
            ui.separator();
            exercises(ui, app, &mut st.exercises, &mut out);
            // Log.
            ui.separator();
            ui.label(head(app.panel.tr.t("trainer-log")));
            log(ui, app);
        });
    out
}

fn log(ui: &mut Ui, app: &KioskApp) {
    let t = &app.machine_tokens();
    let txt = |s: String| RichText::new(s).size(t.s.small).color(t.c.part_text);
    let m = &app.host.kiosk.municipality;
    let all: Vec<_> = app
        .host
        .history
        .iter()
        .map(|l| (l.session.clone(), l.entry.clone()))
        .collect();
    // The history holds only events that did something (quiet ticks are not in it).
    let shown = all;
    let start = shown.len().saturating_sub(80);
    for (session, e) in shown.iter().skip(start).rev() {
        match e {
            Ok(e) => {
                let time = e.at.get(11..).unwrap_or(&e.at);
                ui.add(
                    egui::Label::new(txt(format!(
                        "{time} {} {} → {}: {}",
                        e.event,
                        e.from,
                        e.to,
                        crate::i18n::effects::notes(&app.panel.tr, &e.effects, m)
                    )))
                    .wrap(),
                );
                if let Some(r) = e.refusal() {
                    let rule = crate::i18n::refusal::trainer_rule(&app.panel.tr, r, m);
                    let next = crate::i18n::refusal::text(&app.panel.tr, r, m).next_step;
                    ui.add(
                        egui::Label::new(txt(app
                            .panel
                            .tr
                            .ta("trainer-log-rule", &[("rule", Arg::Str(rule))])))
                        .wrap(),
                    );
                    ui.add(
                        egui::Label::new(txt(app
                            .panel
                            .tr
                            .ta("trainer-log-next", &[("next", Arg::Str(next))])))
                        .wrap(),
                    );
                }
            }
            Err(msg) => {
                ui.add(
                    egui::Label::new(txt(app.panel.tr.ta(
                        "trainer-error",
                        &[("message", Arg::Str(format!("{session}: {msg}")))],
                    )))
                    .wrap(),
                );
            }
        }
    }
}
