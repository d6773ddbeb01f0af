//! The console's "Exercises" section: pick an exercise, start it (its kiosk, time and card),
//! play it to its question through the window, answer (see [`super::question`]), score, and
//! export the training log.

use std::path::PathBuf;

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::sections::Style;
use super::{ActiveExercise, Asked, Command, ExerciseChoice, ExerciseConsole, question, words};
use crate::i18n::{Arg, I18n, refusal};
use crate::training::{EventRecord, TrainingLog, feedback};
use crate::window::app::KioskApp;
use crate::window::widgets::{machine_button, ring_if_focused};

/// Every exercise of the scenarios in the assets folder, then in the trainer's own folders
/// (`own`), numbered in order, each with its topic in the console's language (on `today`, in
/// its scenario's municipality).
pub(super) fn load_choices(c: &mut ExerciseConsole, tr: &I18n, today: NaiveDate, own: &[PathBuf]) {
    let bundled = crate::kiosk::assets_dir().join("scenarios");
    let mut v = Vec::new();
    let found = std::iter::once(&bundled)
        .chain(own)
        .flat_map(|dir| crate::training::exercise_scenarios(dir));
    for r in found {
        match r {
            Ok(sc) => {
                let m = crate::kiosk::load_municipality(&sc.municipality).ok();
                for (i, ex) in sc.exercises.iter().enumerate() {
                    let topic = match (ex.reason, &m) {
                        (Some(r), Some(m)) => {
                            let day = sc.at.map_or(today, |at| at.date_naive());
                            refusal::text(tr, &feedback::typical(r, m, day), m).title
                        }
                        (Some(_), None) => String::new(),
                        (None, _) => feedback::next_name(tr, ex.next_step),
                    };
                    v.push(ExerciseChoice {
                        scenario: sc.clone(),
                        index: i,
                        number: v.len() + 1,
                        topic,
                    });
                }
            }
            Err(e) => c.load_errors.push(e.to_string()),
        }
    }
    c.choices = Some(v);
}

/// Loads the scenario's kiosk, time and card, and finds where its question comes; an error
/// in the console's language.
pub(super) fn start(app: &mut KioskApp, choice: ExerciseChoice) -> Result<ActiveExercise, String> {
    let tr = words(app);
    let failed = |e: String| tr.ta("trainer-error", &[("message", Arg::Str(e))]);
    let sc = &choice.scenario;
    let Some(ex) = choice.exercise() else {
        return Err(failed(choice.label(&tr)));
    };
    if sc.registry.is_some() || sc.personas.is_some() {
        return Err(tr.ta(
            "trainer-exercise-own-persons",
            &[("file", Arg::Str(sc.source.path.display().to_string()))],
        ));
    }
    let at_question =
        crate::training::play_to_question(sc, ex).map_err(|e| failed(e.to_string()))?;
    app.switch_kiosk(&sc.municipality, &sc.vendor)
        .map_err(|e| failed(format!("{e:#}")))?;
    let at = sc.at.unwrap_or_else(|| app.host.session.now());
    app.time.clock.set(at, app.time.real_now);
    app.restart(Some(at));
    // An exercise starts at an empty machine: nothing on the reader or in the trays.
    app.host.machine = crate::domain::machine::Machine::default();
    if let Some(c) = &sc.use_card {
        app.select_card(c);
    }
    Ok(ActiveExercise {
        trigger_screen: at_question.screens.last().copied(),
        trigger_paid: at_question.paid_yen,
        session: app.host.session.id().to_string(),
        seen: app.history().len(),
        choice,
        asked: None,
        answered: false,
    })
}

/// "Play to the question": plays the active exercise's steps up to its question through the
/// window (the same loop and events as `kofu run`, cards through the reader) and asks it; the
/// log is veiled from the step at which the question's point was reached.
pub(super) fn play_to_question(app: &mut KioskApp) {
    let Some(mut a) = app.console.state.exercises.active.take() else {
        return;
    };
    let mut head = a.choice.scenario.clone();
    let upto = a
        .choice
        .exercise()
        .and_then(|e| e.after_step)
        .unwrap_or(head.steps.len());
    head.steps.truncate(upto);
    let mut before = app.history().len();
    let mut veil_from = None;
    let played = crate::window::replay::play(app, &head, |_, w| {
        if veil_from.is_none() && reached(w.app, &a) {
            veil_from = Some(before);
        }
        before = w.app.history().len();
        Ok(())
    });
    if let Err(e) = played {
        let tr = words(app);
        app.console.state.exercises.message =
            Some(tr.ta("trainer-error", &[("message", Arg::Str(e.to_string()))]));
    }
    ask(app, &mut a, veil_from.unwrap_or(before));
    app.console.state.exercises.active = Some(a);
}

/// Whether the session has reached the exercise's question.
pub(super) fn reached(app: &KioskApp, a: &ActiveExercise) -> bool {
    let s = &app.host.session;
    if s.id() != a.session {
        return false;
    }
    match a.choice.exercise().and_then(|e| e.after_step) {
        None => s.finished() || s.refusal().is_some(),
        Some(_) => {
            s.finished()
                || (Some(s.screen().name()) == a.trigger_screen && s.paid_yen() == a.trigger_paid)
        }
    }
}

/// Asks the question now (once), veiling the kiosk's answers in the log from `veil_from`.
pub(super) fn ask(app: &KioskApp, a: &mut ActiveExercise, veil_from: usize) {
    if a.asked.is_none() {
        a.asked = Some(Asked {
            at: app
                .host
                .session
                .now()
                .format("%Y-%m-%d %H:%M:%S")
                .to_string(),
            real: app.time.real_now,
            refusal: app.host.session.refusal().cloned(),
            veil_from,
        });
    }
}

/// Every event the console has seen (PIN redacted), for the exported log.
pub(super) fn events(app: &KioskApp) -> Vec<EventRecord> {
    let m = &app.host.kiosk.municipality;
    app.history()
        .iter()
        .map(|l| match &l.entry {
            Ok(e) => EventRecord::from_entry(&l.session, l.event.as_ref(), e, m),
            Err(msg) => EventRecord::rejected(&l.session, l.event.as_ref(), msg),
        })
        .collect()
}

/// Writes the training log into the state folder's `training/`.
pub(super) fn export(app: &KioskApp, log: &TrainingLog) -> Result<(PathBuf, PathBuf), String> {
    let dir = app
        .host
        .out_dir
        .parent()
        .map_or_else(|| app.host.out_dir.clone(), std::path::Path::to_path_buf)
        .join("training");
    let mut log = log.clone();
    log.events = events(app);
    let r = match &app.host.renderer {
        Some(r) => log.export(&dir, r.font()),
        None => crate::training::load_font(&crate::kiosk::assets_dir())
            .and_then(|f| log.export(&dir, &f)),
    };
    r.map_err(|e| e.to_string())
}

/// The "Exercises" section.
pub(super) fn exercises(
    ui: &mut Ui,
    app: &KioskApp,
    c: &mut ExerciseConsole,
    out: &mut Vec<Command>,
    s: &Style<'_>,
) {
    let (t, tr) = (s.t, s.tr);
    let wrap = |ui: &mut Ui, text: String| {
        ui.add(egui::Label::new(s.txt(text)).wrap());
    };
    if c.choices.is_none() {
        load_choices(c, tr, app.session().now().date_naive(), &app.opts.exercises);
    }
    ui.label(s.head(tr.t("trainer-exercises")));
    super::trainees::field(ui, c, out, s);
    for e in &c.load_errors {
        wrap(
            ui,
            tr.ta("trainer-error", &[("message", Arg::Str(e.clone()))]),
        );
    }
    picker(ui, c, s);
    let choices = c.choices.clone().unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        let l = tr.t("trainer-exercise-start");
        if machine_button(ui, t, s.btn(&l).width(150.0))
            && let Some(choice) = choices.get(c.selected).cloned()
        {
            out.push(Command::StartExercise(Box::new(choice)));
        }
        let can_play = c.active.as_ref().is_some_and(|a| a.asked.is_none());
        let l = tr.t("trainer-exercise-play");
        if machine_button(ui, t, s.btn(&l).width(170.0).enabled(can_play)) {
            out.push(Command::PlayToQuestion);
        }
        let l = tr.t("trainer-exercise-ask");
        if machine_button(ui, t, s.btn(&l).width(110.0).enabled(can_play))
            && let Some(a) = c.active.as_mut()
        {
            let now = app.history().len();
            ask(app, a, now);
        }
    });
    if let Some(a) = c.active.as_mut()
        && a.asked.is_none()
    {
        if reached(app, a) {
            let from = a.seen;
            ask(app, a, from);
        } else {
            a.seen = app.history().len();
        }
    }
    if let Some(m) = &c.message {
        wrap(ui, m.clone());
    }
    question::show(ui, app, c, out, s);
    let score = c.log.score;
    wrap(
        ui,
        tr.ta(
            "trainer-score",
            &[
                ("correct", Arg::Num(i64::from(score.correct))),
                ("total", Arg::Num(i64::from(score.total))),
                ("percent", Arg::Num(i64::from(score.percent()))),
            ],
        ),
    );
    let l = tr.t("trainer-export");
    if machine_button(ui, t, s.btn(&l)) {
        out.push(Command::Export);
    }
    if let Some((j, p)) = &c.exported {
        for f in [j, p] {
            let path = Arg::Str(f.display().to_string());
            wrap(ui, tr.ta("trainer-exported", &[("path", path)]));
        }
    }
}

/// The exercise picker: each exercise by its number (and its title in the trainer's words).
fn picker(ui: &mut Ui, c: &mut ExerciseConsole, s: &Style<'_>) {
    let (t, tr) = (s.t, s.tr);
    let choices = c.choices.clone().unwrap_or_default();
    // Closed, the picker names the exercise by its number only: its title or topic may say
    // the answer ("PIN locked") to a trainee looking on; the list the trainer opens says it.
    let current = choices
        .get(c.selected)
        .map_or_else(|| tr.t("trainer-exercise-none"), |x| x.numbered(tr));
    let l = ui.label(s.txt(tr.t("trainer-exercise-pick")));
    let mut sel = c.selected;
    let r = egui::ComboBox::from_id_salt("exercise-scenario")
        .width(ui.available_width() - 8.0)
        .height(600.0)
        .selected_text(RichText::new(current).size(t.s.small).color(t.c.key_text))
        .show_ui(ui, |ui| {
            for (i, x) in choices.iter().enumerate() {
                ui.selectable_value(&mut sel, i, x.label(tr));
            }
        });
    let r = r.response.labelled_by(l.id);
    ring_if_focused(ui, t, &r);
    c.selected = sel;
}
