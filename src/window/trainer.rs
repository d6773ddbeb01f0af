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

use chrono::{DateTime, Datelike, Duration, TimeZone};
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
use crate::window::widgets::{Btn, Look, machine_button, ring_if_focused};

/// The console's own state.
#[derive(Debug, Clone)]
pub struct TrainerState {
    /// The "set time" field.
    pub time_field: String,
    /// Copies printed before an injected printer fault strikes.
    pub after_copies: u32,
    /// The last input error.
    pub error: Option<String>,
    /// The "Exercises" section.
    pub exercises: ExerciseConsole,
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
            exercises: ExerciseConsole {
                log: TrainingLog::new(),
                ..ExerciseConsole::default()
            },
        }
    }
}

fn at_today(now: DateTime<Tz>, h: u32, m: u32) -> Option<DateTime<Tz>> {
    now.timezone()
        .with_ymd_and_hms(now.year(), now.month(), now.day(), h, m, 0)
        .single()
}

/// Draws the console.
pub fn show(ui: &mut Ui, app: &mut KioskApp) {
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
            ui.label(head(app.tr.t("trainer-title")));
            if let Some(e) = &app.setup_error {
                ui.label(txt(app
                    .tr
                    .ta("trainer-error", &[("message", Arg::Str(e.clone()))])));
            }
            // Clock.
            ui.separator();
            ui.label(head(app.tr.t("trainer-clock")));
            let now = app.session.now();
            ui.label(txt(app.tr.date_time(now)));
            let paused = app.clock.paused;
            ui.horizontal_wrapped(|ui| {
                let l = app.tr.t(if paused {
                    "trainer-resume"
                } else {
                    "trainer-pause"
                });
                if machine_button(
                    ui,
                    &t,
                    btn(&l, bh, bt).width(100.0).look(Look::Check(paused)),
                ) {
                    app.set_clock_paused(!paused);
                }
                for x in [1.0, 10.0, 60.0] {
                    let l = app.tr.ta("trainer-speed", &[("x", Arg::Num(x as i64))]);
                    let on = (app.clock.speed - x).abs() < 0.5;
                    if machine_button(ui, &t, btn(&l, bh, bt).width(100.0).look(Look::Radio(on))) {
                        let cur = app.clock.at(app.real_now);
                        app.clock.set(cur, app.real_now);
                        app.clock.speed = x;
                    }
                }
            });
            ui.horizontal_wrapped(|ui| {
                for (key, secs) in [
                    ("trainer-plus-1m", 60),
                    ("trainer-plus-10m", 600),
                    ("trainer-plus-1h", 3600),
                ] {
                    let l = app.tr.t(key);
                    if machine_button(ui, &t, btn(&l, bh, bt).width(106.0)) {
                        let target = app.session.now() + Duration::seconds(secs);
                        let _logged = app.set_time(target);
                    }
                }
            });
            ui.horizontal_wrapped(|ui| {
                let l = app.tr.t("trainer-jump-0629");
                if machine_button(ui, &t, btn(&l, bh, bt).width(106.0))
                    && let Some(x) = at_today(now, 6, 29)
                {
                    let _logged = app.set_time(x);
                }
                let l = app.tr.t("trainer-jump-2300");
                if machine_button(ui, &t, btn(&l, bh, bt).width(106.0))
                    && let Some(x) = at_today(now, 23, 0)
                {
                    let _logged = app.set_time(x);
                }
                let l = app.tr.t("trainer-jump-1229");
                if machine_button(ui, &t, btn(&l, bh, bt).width(106.0))
                    && let Some(x) = now
                        .timezone()
                        .with_ymd_and_hms(now.year(), 12, 29, 10, 0, 0)
                        .single()
                {
                    let _logged = app.set_time(x);
                }
            });
            let field_label = ui.label(txt(app.tr.t("trainer-set-field")));
            ui.horizontal(|ui| {
                let resp = ui.add(
                    egui::TextEdit::singleline(&mut app.trainer.time_field)
                        .desired_width(250.0)
                        .text_color(t.c.key_text)
                        .font(egui::FontId::proportional(t.s.small)),
                );
                let resp = resp.labelled_by(field_label.id);
                ring_if_focused(ui, &t, &resp);
                let l = app.tr.t("trainer-set");
                if machine_button(ui, &t, btn(&l, bh, bt).width(96.0)) {
                    match crate::domain::calendar::parse_instant(app.trainer.time_field.trim()) {
                        Ok(x) => {
                            app.trainer.error = None;
                            let _logged = app.set_time(x);
                        }
                        Err(_) => app.trainer.error = Some(app.tr.t("trainer-set-invalid")),
                    }
                }
            });
            if let Some(e) = &app.trainer.error {
                ui.label(txt(e.clone()));
            }
            // Kiosk.
            ui.separator();
            let mut muni = app.opts.municipality.clone();
            let mut vendor = app.opts.vendor.clone();
            let munis = app.municipalities.clone();
            let vendors = app.vendors.clone();
            let r = egui::ComboBox::from_label(txt(app.tr.t("trainer-municipality")))
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
            let r = egui::ComboBox::from_label(txt(app.tr.t("trainer-vendor")))
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
            if (muni != app.opts.municipality || vendor != app.opts.vendor)
                && let Err(e) = app.switch_kiosk(&muni, &vendor)
            {
                app.trainer.error = Some(format!("{e:#}"));
            }
            let mut card = app.machine.selected_card.clone();
            let cards: Vec<(String, String)> = app
                .kiosk
                .registry
                .cards
                .values()
                .map(|c| {
                    let who = app
                        .kiosk
                        .registry
                        .persons
                        .get(&c.holder)
                        .map_or(String::new(), |p| p.name.clone());
                    (c.id.clone(), format!("{} ({who})", c.id))
                })
                .collect();
            let r = egui::ComboBox::from_label(txt(app.tr.t("trainer-deck")))
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
                app.select_card(&card);
            }
            let mut secs = app.opts.print_seconds_per_copy;
            let r = ui.add(
                egui::Slider::new(&mut secs, 0.0..=150.0)
                    .logarithmic(true)
                    .text(txt(app.tr.t("trainer-print-speed"))),
            );
            ring_if_focused(ui, &t, &r);
            if (secs - app.opts.print_seconds_per_copy).abs() > f32::EPSILON {
                app.set_print_seconds(secs);
            }
            let l = app.tr.t("trainer-new-session");
            if machine_button(ui, &t, btn(&l, bh, bt)) {
                app.restart(None);
            }
            // Faults.
            ui.separator();
            ui.label(head(app.tr.t("trainer-faults")));
            let mut after = app.trainer.after_copies;
            let r = ui.add(
                egui::Slider::new(&mut after, 0..=5).text(txt(app.tr.t("trainer-after-copies"))),
            );
            ring_if_focused(ui, &t, &r);
            app.trainer.after_copies = after;
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
                    let name = app.tr.t(&format!("fault-{code}"));
                    let l = app.tr.ta("trainer-inject", &[("fault", Arg::Str(name))]);
                    if machine_button(ui, &t, btn(&l, bh, bt).width(170.0)) {
                        app.send(Event::Fault {
                            fault: f,
                            after_copies: after,
                        });
                    }
                }
            });
            // Exercises.
            ui.separator();
            exercises(ui, app);
            // Log.
            ui.separator();
            ui.label(head(app.tr.t("trainer-log")));
            log(ui, app);
        });
}

fn log(ui: &mut Ui, app: &KioskApp) {
    let t = &app.machine_tokens();
    let txt = |s: String| RichText::new(s).size(t.s.small).color(t.c.part_text);
    let m = &app.kiosk.municipality;
    let all: Vec<_> = app
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
                        crate::i18n::effects::notes(&app.tr, &e.effects, m)
                    )))
                    .wrap(),
                );
                if let Some(r) = e.refusal() {
                    let rule = crate::i18n::refusal::trainer_rule(&app.tr, r, m);
                    let next = crate::i18n::refusal::text(&app.tr, r, m).next_step;
                    ui.add(
                        egui::Label::new(txt(app
                            .tr
                            .ta("trainer-log-rule", &[("rule", Arg::Str(rule))])))
                        .wrap(),
                    );
                    ui.add(
                        egui::Label::new(txt(app
                            .tr
                            .ta("trainer-log-next", &[("next", Arg::Str(next))])))
                        .wrap(),
                    );
                }
            }
            Err(msg) => {
                ui.add(
                    egui::Label::new(txt(app.tr.ta(
                        "trainer-error",
                        &[("message", Arg::Str(format!("{session}: {msg}")))],
                    )))
                    .wrap(),
                );
            }
        }
    }
}

/// Every exercise of the scenarios in the assets folder.
fn load_choices(c: &mut ExerciseConsole) {
    let dir = crate::kiosk::assets_dir().join("scenarios");
    let mut v = Vec::new();
    for r in crate::training::exercise_scenarios(&dir) {
        match r {
            Ok(sc) => {
                for i in 0..sc.exercises.len() {
                    v.push(ExerciseChoice {
                        label: format!("{} ({})", sc.title, i + 1),
                        scenario: sc.clone(),
                        index: i,
                    });
                }
            }
            Err(e) => c.load_errors.push(e.to_string()),
        }
    }
    c.choices = Some(v);
}

/// Loads the scenario's kiosk, time and card, and finds where its question comes.
fn start(app: &mut KioskApp, choice: ExerciseChoice) -> Result<ActiveExercise, String> {
    let sc = &choice.scenario;
    let ex = sc
        .exercises
        .get(choice.index)
        .ok_or_else(|| "no such exercise".to_string())?;
    if sc.registry.is_some() || sc.personas.is_some() {
        return Err(format!(
            "{}: scenarios with their own persons are not run in the console",
            sc.source.path.display()
        ));
    }
    let at_question = crate::training::play_to_question(sc, ex).map_err(|e| e.to_string())?;
    app.switch_kiosk(&sc.municipality, &sc.vendor)
        .map_err(|e| format!("{e:#}"))?;
    let at = sc.at.unwrap_or_else(|| app.session.now());
    app.clock.set(at, app.real_now);
    app.restart(Some(at));
    app.machine.reader = None;
    if let Some(c) = &sc.use_card {
        app.select_card(c);
    }
    Ok(ActiveExercise {
        trigger_screen: at_question.screens.last().copied(),
        trigger_paid: at_question.paid_yen,
        session: app.session.id().to_string(),
        choice,
        asked: None,
        answered: false,
    })
}

/// Plays the scenario's steps up to the question through the window (the same loop and
/// events as `kofu run`, cards through the reader).
fn play(app: &mut KioskApp, sc: &Scenario, upto: usize) -> Result<(), String> {
    let mut head = sc.clone();
    head.steps.truncate(upto);
    crate::window::replay::play(app, &head, |_, _| Ok(()))
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Whether the session has reached the exercise's question.
fn reached(app: &KioskApp, a: &ActiveExercise) -> bool {
    let s = &app.session;
    if s.id() != a.session {
        return false;
    }
    let ex = a.choice.scenario.exercises.get(a.choice.index);
    match ex.and_then(|e| e.after_step) {
        None => s.finished() || s.refusal().is_some(),
        Some(_) => {
            s.finished()
                || (Some(s.screen().name()) == a.trigger_screen && s.paid_yen() == a.trigger_paid)
        }
    }
}

fn ask(app: &KioskApp, a: &mut ActiveExercise) {
    if a.asked.is_none() {
        a.asked = Some((
            app.session.now().format("%Y-%m-%d %H:%M:%S").to_string(),
            app.real_now,
            app.session.refusal().cloned(),
        ));
    }
}

/// Every event the console has seen (PIN redacted), for the exported log.
fn events(app: &KioskApp) -> Vec<EventRecord> {
    let m = &app.kiosk.municipality;
    app.history
        .iter()
        .map(|l| match &l.entry {
            Ok(e) => EventRecord::from_entry(&l.session, e, m),
            Err(msg) => EventRecord::rejected(&l.session, msg),
        })
        .collect()
}

fn export(app: &KioskApp, log: &TrainingLog) -> Result<(PathBuf, PathBuf), String> {
    let dir = app
        .out_dir
        .parent()
        .map_or_else(|| app.out_dir.clone(), std::path::Path::to_path_buf)
        .join("training");
    let mut log = log.clone();
    log.events = events(app);
    let r = match &app.renderer {
        Some(r) => log.export(&dir, r.font()),
        None => crate::training::load_font(&crate::kiosk::assets_dir())
            .and_then(|f| log.export(&dir, &f)),
    };
    r.map_err(|e| e.to_string())
}

/// The "Exercises" section.
fn exercises(ui: &mut Ui, app: &mut KioskApp) {
    let t = app.machine_tokens();
    let txt = |s: String| RichText::new(s).size(t.s.small).color(t.c.part_text);
    let (bh, bt) = (t.s.target_min, t.s.small);
    fn sized(label: &str, h: f32, size: f32) -> Btn<'_> {
        Btn::new(label).height(h).text_size(size)
    }
    let btn = |label: &'static str| sized(label, bh, bt);
    let wrap = |ui: &mut Ui, s: String| {
        ui.add(egui::Label::new(txt(s)).wrap());
    };
    let mut c = std::mem::take(&mut app.trainer.exercises);
    if c.choices.is_none() {
        load_choices(&mut c);
    }
    ui.label(
        RichText::new("Exercises")
            .size(t.s.small + 3.0)
            .color(t.c.part_text)
            .strong(),
    );
    for e in &c.load_errors {
        wrap(ui, format!("Error: {e}"));
    }
    let choices = c.choices.clone().unwrap_or_default();
    let current = choices
        .get(c.selected)
        .map_or("(none)".to_string(), |x| x.label.clone());
    let l = ui.label(txt("Exercise scenario".into()));
    let mut sel = c.selected;
    let r = egui::ComboBox::from_id_salt("exercise-scenario")
        .width(ui.available_width() - 8.0)
        .height(600.0)
        .selected_text(RichText::new(current).size(t.s.small).color(t.c.key_text))
        .show_ui(ui, |ui| {
            for (i, x) in choices.iter().enumerate() {
                ui.selectable_value(&mut sel, i, &x.label);
            }
        });
    let r = r.response.labelled_by(l.id);
    ring_if_focused(ui, &t, &r);
    c.selected = sel;
    ui.horizontal_wrapped(|ui| {
        if machine_button(ui, &t, btn("Start exercise").width(150.0))
            && let Some(choice) = choices.get(c.selected).cloned()
        {
            match start(app, choice) {
                Ok(a) => {
                    c.active = Some(a);
                    c.reason = None;
                    c.next_step = None;
                    c.yen.clear();
                    c.last = None;
                    c.message = None;
                }
                Err(e) => c.message = Some(e),
            }
        }
        let can_play = c.active.as_ref().is_some_and(|a| a.asked.is_none());
        if machine_button(
            ui,
            &t,
            btn("Play to the question").width(170.0).enabled(can_play),
        ) && let Some(a) = c.active.as_mut()
        {
            let sc = a.choice.scenario.clone();
            let upto = sc
                .exercises
                .get(a.choice.index)
                .and_then(|e| e.after_step)
                .unwrap_or(sc.steps.len());
            if let Err(e) = play(app, &sc, upto) {
                c.message = Some(e);
            }
            ask(app, a);
        }
        if machine_button(ui, &t, btn("Ask now").width(110.0).enabled(can_play))
            && let Some(a) = c.active.as_mut()
        {
            ask(app, a);
        }
    });
    if let Some(a) = c.active.as_mut()
        && a.asked.is_none()
        && reached(app, a)
    {
        ask(app, a);
    }
    if let Some(m) = &c.message {
        wrap(ui, m.clone());
    }
    let active = c.active.clone();
    if let Some(a) = &active {
        let ex = a.choice.scenario.exercises.get(a.choice.index).cloned();
        match (&a.asked, ex) {
            (None, _) => wrap(
                ui,
                format!(
                    "Running: {}. Operate the kiosk, or play to the question.",
                    a.choice.label
                ),
            ),
            (Some(_), None) => {}
            (Some((asked_at, asked_real, refusal)), Some(ex)) => {
                wrap(ui, format!("Question: {}", ex.question));
                if !a.answered {
                    let l = ui.label(txt("Reason".into()));
                    let mut reason = c.reason;
                    let shown = reason.map_or("(not a refusal)".to_string(), |r| r.code().into());
                    let r = egui::ComboBox::from_id_salt("exercise-reason")
                        .width(ui.available_width() - 8.0)
                        .height(600.0)
                        .selected_text(RichText::new(shown).size(t.s.small).color(t.c.key_text))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut reason, None, "(not a refusal)");
                            for x in Reason::ALL {
                                ui.selectable_value(&mut reason, Some(x), x.code());
                            }
                        });
                    let r = r.response.labelled_by(l.id);
                    ring_if_focused(ui, &t, &r);
                    c.reason = reason;
                    let l = ui.label(txt("Next step".into()));
                    let mut next = c.next_step;
                    let shown = next.map_or("(choose)".to_string(), |n| n.code().into());
                    let r = egui::ComboBox::from_id_salt("exercise-next-step")
                        .width(ui.available_width() - 8.0)
                        .height(600.0)
                        .selected_text(RichText::new(shown).size(t.s.small).color(t.c.key_text))
                        .show_ui(ui, |ui| {
                            for x in NextStep::ALL {
                                ui.selectable_value(
                                    &mut next,
                                    Some(x),
                                    format!(
                                        "{} — {}",
                                        x.code(),
                                        app.tr.t(&format!("next-step-{}", x.code()))
                                    ),
                                );
                            }
                        });
                    let r = r.response.labelled_by(l.id);
                    ring_if_focused(ui, &t, &r);
                    c.next_step = next;
                    if ex.answer_yen.is_some() {
                        let l = ui.label(txt("Amount (yen)".into()));
                        let resp = ui.add(
                            egui::TextEdit::singleline(&mut c.yen)
                                .desired_width(120.0)
                                .text_color(t.c.key_text)
                                .font(egui::FontId::proportional(t.s.small)),
                        );
                        let resp = resp.labelled_by(l.id);
                        ring_if_focused(ui, &t, &resp);
                    }
                    if machine_button(ui, &t, btn("Submit answer")) {
                        let answer = Answer {
                            reason: c.reason,
                            next_step: c.next_step,
                            yen: c.yen.trim().replace([',', '¥'], "").parse().ok(),
                        };
                        let rec = ExerciseRecord::new(
                            &a.choice.scenario,
                            &ex,
                            answer,
                            refusal
                                .as_ref()
                                .map(|r| RefusalRecord::new(r, &app.kiosk.municipality)),
                            asked_at,
                            (app.real_now - asked_real).max(0.0),
                        );
                        c.log.record(rec.clone());
                        c.last = Some(rec);
                        if let Some(a) = c.active.as_mut() {
                            a.answered = true;
                        }
                    }
                }
            }
        }
    }
    if let Some(rec) = &c.last {
        let m = rec.marking;
        wrap(
            ui,
            if m.correct {
                "Right.".to_string()
            } else {
                format!(
                    "Wrong: reason {}, next step {}{}.",
                    if m.reason { "right" } else { "wrong" },
                    if m.next_step { "right" } else { "wrong" },
                    match m.yen {
                        Some(true) => ", amount right",
                        Some(false) => ", amount wrong",
                        None => "",
                    }
                )
            },
        );
        wrap(
            ui,
            format!(
                "Expected reason: {}",
                rec.expected_reason
                    .map_or("none (not a refusal)".to_string(), |r| r.code().into())
            ),
        );
        wrap(
            ui,
            format!(
                "Expected next step: {} — {}",
                rec.expected_next_step,
                app.tr
                    .t(&format!("next-step-{}", rec.expected_next_step.code()))
            ),
        );
        if let Some(y) = rec.expected_yen {
            wrap(ui, format!("Expected amount: ¥{y}"));
        }
        if let Some(r) = &rec.refusal {
            wrap(ui, format!("Rule: {}", r.rule));
            wrap(ui, format!("Next step: {}", r.next_step));
        }
        if let Some(x) = &rec.explanation {
            wrap(ui, format!("Note: {x}"));
        }
    }
    wrap(ui, format!("Score: {}", c.log.score));
    if machine_button(ui, &t, btn("Export log (JSON and PDF)")) {
        match export(app, &c.log) {
            Ok(p) => {
                c.exported = Some(p);
                c.message = None;
            }
            Err(e) => c.message = Some(format!("Export failed: {e}")),
        }
    }
    if let Some((j, p)) = &c.exported {
        wrap(ui, format!("JSON: {}", j.display()));
        wrap(ui, format!("PDF: {}", p.display()));
    }
    app.trainer.exercises = c;
}
