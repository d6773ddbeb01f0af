//! The instructor station (`kofu class URL`, issue 25 item 3): a window of its own, apart from
//! the kiosk's, with one tile per station of the class database (who needs help first, see
//! [`model`]), the instructor's commands to the station chosen or to all, the results per
//! trainee and exercise with their exports, and the debrief of a recorded session.
//!
//! As the kiosk window does ([`crate::window::msg`]), it has one message type ([`Msg`]) and
//! one [`ClassApp::update`]: views read the [`Model`] and return messages; what the database
//! says comes in as messages too ([`Msg::Received`]), from the threads of [`link`], so the
//! window never waits for the database.

pub mod debrief;
pub mod link;
pub mod model;
mod side;
mod view;
mod words;

use std::path::PathBuf;
use std::time::Instant;

use chrono::Utc;
use egui::Ui;

use crate::domain::calendar::{TOKYO, parse_instant};
use crate::domain::municipality::Municipality;
use crate::i18n::{Arg, I18n};
use crate::store::postgres::class::ClassCommand;
use link::{Link, Request, Update};
use model::Snapshot;

/// How the instructor station starts.
#[derive(Debug, Clone)]
pub struct ClassOptions {
    /// The class database's URL.
    pub url: String,
    /// The instructor's language (the console's: every word of the window is in it).
    pub lang: String,
    /// The folder the results are exported into (editable in the window).
    pub export_dir: PathBuf,
}

/// An exercise of the exercise book, as the picker lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseItem {
    /// Its id (`scenario-file#n`), what a station starts it by.
    pub id: String,
    /// The scenario's title.
    pub title: String,
}

/// One thing that happened in the instructor's window.
#[derive(Debug, Clone)]
pub enum Msg {
    /// Choose a station for the commands (`None`: every station).
    Select(Option<String>),
    /// Choose an exercise of the picker (its index).
    PickExercise(usize),
    /// Choose a fault of the picker (its index in [`words::FAULTS`]).
    PickFault(usize),
    /// The clock field as typed.
    ClockField(String),
    /// Send this command to the station chosen (or every station).
    Command(ClassCommand),
    /// Send "set the clock" with the field's time.
    SetClock,
    /// The export folder as typed.
    ExportDir(String),
    /// Export the results as CSV.
    ExportCsv,
    /// Export a record of completion (PDF) per trainee.
    ExportPdf,
    /// Load this recording for the debrief.
    PickRecording(i64),
    /// Show this screen of the recording being debriefed.
    DebriefAt(usize),
    /// The database's threads said something.
    Received(Update),
}

/// What the window shows: the last read of the class and the instructor's choices.
#[derive(Debug, Clone)]
pub struct Model {
    /// The class as last read.
    pub snapshot: Snapshot,
    /// When the last read reached the model (none yet: connecting).
    pub updated: Option<Instant>,
    /// When the station's notification behind the last read came, if one did.
    pub woken: Option<Instant>,
    /// Why the database cannot be read now.
    pub down: Option<String>,
    /// The station commands go to (`None`: every station).
    pub selected: Option<String>,
    /// The exercise book.
    pub exercises: Vec<ExerciseItem>,
    /// The exercise chosen (index).
    pub exercise: usize,
    /// The fault chosen (index into [`words::FAULTS`]).
    pub fault: usize,
    /// The clock field.
    pub clock_field: String,
    /// The last command's or export's result, in words.
    pub message: Option<String>,
    /// The export folder field.
    pub export_dir: String,
    /// The debrief.
    pub debrief: debrief::Debrief,
}

/// The instructor station.
pub struct ClassApp {
    /// What it shows.
    pub model: Model,
    link: Link,
    tr: I18n,
    /// The municipality refusals are worded for (the bundled default's).
    municipality: Option<Municipality>,
    /// The database's name in the title (no password).
    label: String,
}

impl std::fmt::Debug for ClassApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClassApp")
            .field("db", &self.label)
            .finish_non_exhaustive()
    }
}

/// The exercise book: every exercise of the bundled scenarios, in the console's order.
pub fn exercise_book() -> Vec<ExerciseItem> {
    let dir = crate::kiosk::assets_dir().join("scenarios");
    crate::training::exercise_scenarios(&dir)
        .into_iter()
        .flatten()
        .flat_map(|sc| {
            (0..sc.exercises.len()).map(move |i| ExerciseItem {
                id: crate::training::results::exercise_id(&sc.source.path, i),
                title: sc.title.clone(),
            })
        })
        .collect()
}

impl ClassApp {
    /// The window's state, its threads started on the database.
    pub fn new(opts: &ClassOptions) -> Self {
        let now = Utc::now().with_timezone(&TOKYO);
        Self {
            model: Model {
                snapshot: Snapshot::default(),
                updated: None,
                woken: None,
                down: None,
                selected: None,
                exercises: exercise_book(),
                exercise: 0,
                fault: 0,
                clock_field: now.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                message: None,
                export_dir: opts.export_dir.display().to_string(),
                debrief: debrief::Debrief::default(),
            },
            link: Link::start(&opts.url),
            tr: I18n::in_lang(&opts.lang),
            municipality: crate::kiosk::load_municipality("tsukuba").ok(),
            label: crate::store::postgres::redact(&opts.url),
        }
    }

    /// Carries out one message.
    pub fn update(&mut self, msg: Msg) {
        let m = &mut self.model;
        match msg {
            Msg::Select(s) => m.selected = s,
            Msg::PickExercise(i) => m.exercise = i,
            Msg::PickFault(i) => m.fault = i,
            Msg::ClockField(s) => m.clock_field = s,
            Msg::ExportDir(s) => m.export_dir = s,
            Msg::Command(c) => {
                m.message = None;
                self.link.ask(Request::Send(m.selected.clone(), c));
            }
            Msg::SetClock => match parse_instant(&m.clock_field) {
                Ok(t) => self.update(Msg::Command(ClassCommand::SetClock { at: t.to_rfc3339() })),
                Err(e) => {
                    let error = ("error", Arg::Str(e.to_string()));
                    m.message = Some(self.tr.ta("class-bad-time", &[error]));
                }
            },
            Msg::ExportCsv | Msg::ExportPdf => {
                let dir = PathBuf::from(m.export_dir.trim());
                let res = m.snapshot.results.clone();
                m.message = None;
                self.link.ask(match msg {
                    Msg::ExportCsv => Request::ExportCsv(dir, res),
                    _ => Request::ExportPdf(dir, res),
                });
            }
            Msg::PickRecording(seq) => {
                m.debrief.asked(seq);
                self.link.ask(Request::Recording(seq));
            }
            Msg::DebriefAt(k) => m.debrief.at = k,
            Msg::Received(u) => self.received(u),
        }
    }

    /// What the threads said.
    fn received(&mut self, u: Update) {
        let m = &mut self.model;
        let tr = self.tr;
        match u {
            Update::Snapshot(s, woken) => {
                m.snapshot = *s;
                m.updated = Some(Instant::now());
                m.woken = woken;
                m.down = None;
            }
            Update::Down(why) => m.down = Some(why),
            Update::Sent(Ok(_)) => {}
            Update::Sent(Err(e)) | Update::Exported(Err(e)) => {
                m.message = Some(tr.ta("class-failed", &[("error", Arg::Str(e))]));
            }
            Update::Exported(Ok(files)) => {
                let files: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
                let files = ("file", Arg::Str(files.join(", ")));
                m.message = Some(tr.ta("class-exported", &[files]));
            }
            Update::Recording(seq, body) => m.debrief.loaded(seq, body),
        }
    }

    /// Takes in what the threads said since the last frame; true when anything came.
    pub fn pump(&mut self) -> bool {
        let got = self.link.received();
        let any = !got.is_empty();
        for u in got {
            self.update(Msg::Received(u));
        }
        any
    }

    /// One whole frame for a driver without eframe (the tests' harness): what came in, then
    /// the drawing, then the messages it returned.
    pub fn show(&mut self, ui: &mut Ui) {
        self.link.set_context(ui.ctx());
        self.pump();
        let msgs = self.draw(ui);
        for m in msgs {
            self.update(m);
        }
    }

    /// Draws the window; returns what the instructor did.
    fn draw(&self, ui: &mut Ui) -> Vec<Msg> {
        let key = egui::Id::unique("kofu-class-fonts-lang");
        let lang = self.tr.lang();
        if ui.ctx().data(|d| d.get_temp::<String>(key)).as_deref() != Some(lang) {
            crate::window::fonts::install(ui.ctx(), lang);
            ui.ctx().data_mut(|d| d.insert_temp(key, lang.to_string()));
        }
        let w = words::Words {
            tr: &self.tr,
            municipality: self.municipality.as_ref(),
        };
        let mut out = Vec::new();
        egui::Panel::top("class-top").show(ui, |ui| {
            view::top(ui, &self.model, &w, &self.label, &mut out);
        });
        egui::Panel::right("class-side")
            .default_size(470.0)
            .show(ui, |ui| side::show(ui, &self.model, &w, &mut out));
        egui::CentralPanel::default().show(ui, |ui| view::tiles(ui, &self.model, &w, &mut out));
        out
    }
}

impl eframe::App for ClassApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.link.set_context(ctx);
        self.pump();
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let msgs = self.draw(ui);
        for m in msgs {
            self.update(m);
        }
    }
}

/// Opens the instructor station and runs it until closed.
pub fn run(opts: &ClassOptions) -> anyhow::Result<()> {
    let app = ClassApp::new(opts);
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(I18n::in_lang(&opts.lang).t("class-window-title"))
            .with_app_id("kofu-class")
            .with_inner_size([1360.0, 760.0])
            .with_min_inner_size([900.0, 560.0])
            .with_resizable(true),
        ..Default::default()
    };
    eframe::run_native(
        "kofu-class",
        native,
        Box::new(move |_cc| Ok(Box::new(app) as Box<dyn eframe::App>)),
    )
    .map_err(|e| anyhow::anyhow!("the instructor station's window could not open: {e}"))
}
