//! Trainees and their results on the console: the trainee's name (a field, or `--trainee`),
//! every answer kept in the state folder's database under that name, the trainee's results as
//! a table (exercise, answer, right or wrong, time), and their export (JSON, CSV and a record of
//! completion in PDF). The views only ask ([`Command`]); [`set_trainee`], [`answer`] and
//! [`export_results`] do, after the frame.
//!
//! Decisions:
//! - Results go to the state folder's database: the one the kiosk uses, or, with an in-memory
//!   kiosk store, the folder given with `--state` (none given: results stay on the console).
//! - An answer is kept only under a name: with the field empty the console says so.

use std::path::PathBuf;

use egui::Ui;

use super::sections::Style;
use super::{Command, ExerciseConsole, TrainerState, words};
use crate::i18n::{Arg, I18n};
use crate::store::StateStore;
use crate::training::results::{self, TraineeResult};
use crate::training::{Answer, ExerciseRecord, RefusalRecord, feedback};
use crate::window::UiOptions;
use crate::window::app::KioskApp;
use crate::window::widgets::machine_button;

/// The state folder results are kept in (see the module's decisions).
pub fn state_dir(opts: &UiOptions) -> Option<PathBuf> {
    if opts.memory_store {
        opts.state.clone()
    } else {
        Some(
            opts.state
                .clone()
                .unwrap_or_else(crate::store::default_state_dir),
        )
    }
}

/// The results kept for `trainee` in the state folder (none without a folder or a name).
fn load(opts: &UiOptions, trainee: &str) -> Result<Vec<TraineeResult>, String> {
    match state_dir(opts) {
        Some(dir) if !trainee.is_empty() => StateStore::open(&dir)
            .and_then(|mut db| db.results(Some(trainee)))
            .map_err(|e| e.to_string()),
        _ => Ok(Vec::new()),
    }
}

impl TrainerState {
    /// The console for a window opened with `opts`, at `at`: the trainee of `--trainee` and
    /// the results the state folder keeps for them.
    pub fn for_options(at: chrono::DateTime<chrono_tz::Tz>, opts: &UiOptions) -> Self {
        let mut st = Self::new(at);
        if let Some(name) = opts.trainee.as_deref().map(str::trim) {
            let c = &mut st.exercises;
            c.trainee = name.to_string();
            c.trainee_field = name.to_string();
            c.log.trainee = Some(name.to_string()).filter(|n| !n.is_empty());
            match load(opts, name) {
                Ok(r) => c.results = r,
                Err(e) => c.results_message = Some(e),
            }
        }
        st
    }
}

/// Sets the trainee whose answers are kept, and reads their results from the state folder.
pub(super) fn set_trainee(app: &mut KioskApp, name: String) {
    let loaded = load(&app.opts, &name);
    let tr = words(app);
    let c = &mut app.console.state.exercises;
    c.log.trainee = Some(name.clone()).filter(|n| !n.is_empty());
    c.trainee = name;
    c.results_exported = None;
    match loaded {
        Ok(r) => {
            c.results = r;
            c.results_message = None;
        }
        Err(e) => {
            c.results.clear();
            c.results_message = Some(tr.ta("trainee-store-failed", &[("error", Arg::Str(e))]));
        }
    }
}

/// Marks `answer` to the exercise asked, adds it to the log and, under the trainee's name,
/// keeps it in the state folder.
pub(super) fn answer(app: &mut KioskApp, answer: Answer) {
    let kiosk = app.host.kiosk.clone();
    let real_now = app.time.real_now;
    let c = &mut app.console.state.exercises;
    let Some(a) = c.active.as_mut().filter(|a| !a.answered) else {
        return;
    };
    let (Some(ex), Some(asked)) = (a.choice.exercise().cloned(), a.asked.clone()) else {
        return;
    };
    let refusal = asked
        .refusal
        .as_ref()
        .map(|r| RefusalRecord::new(r, &kiosk.municipality));
    let seconds = (real_now - asked.real).max(0.0);
    let rec = ExerciseRecord::new(&a.choice.scenario, &ex, answer, refusal, &asked.at, seconds);
    a.answered = true;
    let id = results::exercise_id(&a.choice.scenario.source.path, a.choice.index);
    c.log.record(rec.clone());
    c.last = Some(rec.clone());
    if c.trainee.is_empty() {
        return;
    }
    let result = results::result_of(&c.trainee, &id, &rec);
    c.results.push(result.clone());
    let kept = match state_dir(&app.opts) {
        Some(dir) => StateStore::open(&dir).and_then(|mut db| db.add_result(&result)),
        None => Ok(()),
    };
    if let Err(e) = kept {
        let tr = words(app);
        let m = tr.ta(
            "trainee-store-failed",
            &[("error", Arg::Str(e.to_string()))],
        );
        app.console.state.exercises.results_message = Some(m);
    }
}

/// Writes the trainee's results (JSON, CSV, record of completion) into the state folder's
/// `training/results-<name>` folder.
pub(super) fn export_results(app: &mut KioskApp) {
    let c = &app.console.state.exercises;
    let dir = app
        .host
        .out_dir
        .parent()
        .map_or_else(|| app.host.out_dir.clone(), std::path::Path::to_path_buf)
        .join("training")
        .join(format!("results-{}", results::file_part(&c.trainee)));
    let written = results::fonts(&crate::kiosk::assets_dir())
        .and_then(|f| results::export(&dir, &c.results, &f));
    let tr = words(app);
    let c = &mut app.console.state.exercises;
    match written {
        Ok(paths) => {
            c.results_exported = Some(paths);
            c.results_message = None;
        }
        Err(e) => {
            let m = tr.ta(
                "trainer-export-failed",
                &[("error", Arg::Str(e.to_string()))],
            );
            c.results_message = Some(m);
        }
    }
}

/// The trainee's name field: a change asks for [`Command::SetTrainee`].
pub(super) fn field(ui: &mut Ui, c: &mut ExerciseConsole, out: &mut Vec<Command>, s: &Style<'_>) {
    let label = s.tr.t("trainee-name");
    // The label above the field and the field across the room: beside a label, a field of
    // a set width ran past a narrow console's edge.
    let width = ui.available_width() - 1.0;
    if s.field(ui, label, &mut c.trainee_field, width).changed() {
        out.push(Command::SetTrainee(c.trainee_field.trim().to_string()));
    }
    if c.trainee_field.trim().is_empty() {
        ui.add(egui::Label::new(s.txt(s.tr.t("trainee-none"))).wrap());
    }
}

/// The trainee's results: a table of exercise, answer, right or wrong and time, and the
/// export button.
pub(super) fn show(
    ui: &mut Ui,
    app: &KioskApp,
    c: &ExerciseConsole,
    out: &mut Vec<Command>,
    s: &Style<'_>,
) {
    let tr = s.tr;
    if c.trainee.is_empty() {
        return;
    }
    let name = Arg::Str(c.trainee.clone());
    ui.label(s.head(tr.ta("trainee-results", &[("name", name)])));
    if c.results.is_empty() {
        ui.label(s.txt(tr.t("trainee-results-none")));
    } else {
        table(ui, app, c, s);
    }
    if let Some(m) = &c.results_message {
        ui.add(egui::Label::new(s.txt(m.clone())).wrap());
    }
    let l = tr.t("trainee-export");
    if machine_button(ui, s.t, s.btn(&l).enabled(!c.results.is_empty())) {
        out.push(Command::ExportResults);
    }
    for p in c.results_exported.iter().flatten() {
        let path = Arg::Str(p.display().to_string());
        ui.add(egui::Label::new(s.txt(tr.ta("trainer-exported", &[("path", path)]))).wrap());
    }
}

/// The results as a grid, one row per answer, newest last: the exercise and the answer wrap
/// in columns of a set share of the width; right or wrong and the time stay on one line.
fn table(ui: &mut Ui, app: &KioskApp, c: &ExerciseConsole, s: &Style<'_>) {
    let tr = s.tr;
    let answers = Answers::new(tr, app);
    let width = ui.available_width();
    let cell = |ui: &mut Ui, text: String, w: f32| {
        ui.allocate_ui(egui::vec2(w, 0.0), |ui| {
            ui.set_width(w);
            ui.add(egui::Label::new(s.txt(text)).wrap());
        });
    };
    let (exercise_w, answer_w, short_w) = (width * 0.34, width * 0.34, width * 0.1);
    egui::Grid::new("trainee-results")
        .striped(true)
        .num_columns(4)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            cell(ui, tr.t("trainee-col-exercise"), exercise_w);
            cell(ui, tr.t("trainee-col-answer"), answer_w);
            cell(ui, tr.t("trainee-col-mark"), short_w);
            cell(ui, tr.t("trainee-col-time"), short_w);
            ui.end_row();
            for r in &c.results {
                cell(ui, exercise_name(c, tr, r), exercise_w);
                cell(ui, answers.words(&r.answer), answer_w);
                let mark = if r.correct {
                    "trainee-right"
                } else {
                    "trainee-wrong"
                };
                cell(ui, tr.t(mark), short_w);
                let secs = Arg::Num(((r.millis + 500) / 1000) as i64);
                cell(ui, tr.ta("trainee-seconds", &[("seconds", secs)]), short_w);
                ui.end_row();
            }
        });
}

/// The exercise of a result as the picker names it in the console's language (its number and
/// title or topic); the title kept with the result for an exercise no longer on the picker.
fn exercise_name(c: &ExerciseConsole, tr: &I18n, r: &TraineeResult) -> String {
    c.choices
        .iter()
        .flatten()
        .find(|x| results::exercise_id(&x.scenario.source.path, x.index) == r.exercise)
        .map_or_else(|| r.title.clone(), |x| x.label(tr))
}

/// The answer's codes in the console's words: the reason's and the next step's names as the
/// answer form lists them.
struct Answers {
    reasons: Vec<(crate::domain::reason::Reason, String)>,
    steps: Vec<(crate::domain::next_step::NextStep, String)>,
    not_refused: String,
}

impl Answers {
    fn new(tr: &I18n, app: &KioskApp) -> Self {
        let today = app.host.session.now().date_naive();
        Self {
            reasons: feedback::reason_choices(tr, &app.host.kiosk.municipality, today),
            steps: feedback::next_choices(tr),
            not_refused: tr.t("trainer-answer-not-refused"),
        }
    }

    fn words(&self, codes: &str) -> String {
        let a = results::answer_of(codes);
        let reason = match a.reason {
            None => self.not_refused.clone(),
            Some(r) => self
                .reasons
                .iter()
                .find(|(x, _)| *x == r)
                .map_or_else(|| r.code().to_string(), |(_, t)| t.clone()),
        };
        let step = a
            .next_step
            .and_then(|n| self.steps.iter().find(|(x, _)| *x == n))
            .map(|(_, t)| t.clone());
        let mut parts = vec![reason];
        parts.extend(step);
        parts.extend(a.yen.map(|y| format!("¥{y}")));
        parts.join(" / ")
    }
}
