//! The console's "Exercises" section: pick an exercise, start it (its kiosk, time and card),
//! play it to its question through the window, answer, score, and export the training log.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::{ActiveExercise, Command, ExerciseChoice, ExerciseConsole};
use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::scenario::Scenario;
use crate::training::{Answer, EventRecord, ExerciseRecord, RefusalRecord, TrainingLog};
use crate::window::app::KioskApp;
use crate::window::widgets::{Btn, machine_button, ring_if_focused};

/// Every exercise of the scenarios in the assets folder.
pub(super) fn load_choices(c: &mut ExerciseConsole) {
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
pub(super) fn start(app: &mut KioskApp, choice: ExerciseChoice) -> Result<ActiveExercise, String> {
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
        choice,
        asked: None,
        answered: false,
    })
}

/// Plays the scenario's steps up to the question through the window (the same loop and
/// events as `kofu run`, cards through the reader).
pub(super) fn play(app: &mut KioskApp, sc: &Scenario, upto: usize) -> Result<(), String> {
    let mut head = sc.clone();
    head.steps.truncate(upto);
    crate::window::replay::play(app, &head, |_, _| Ok(()))
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Whether the session has reached the exercise's question.
pub(super) fn reached(app: &KioskApp, a: &ActiveExercise) -> bool {
    let s = &app.host.session;
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

pub(super) fn ask(app: &KioskApp, a: &mut ActiveExercise) {
    if a.asked.is_none() {
        a.asked = Some((
            app.host
                .session
                .now()
                .format("%Y-%m-%d %H:%M:%S")
                .to_string(),
            app.time.real_now,
            app.host.session.refusal().cloned(),
        ));
    }
}

/// Every event the console has seen (PIN redacted), for the exported log.
pub(super) fn events(app: &KioskApp) -> Vec<EventRecord> {
    let m = &app.host.kiosk.municipality;
    app.host
        .history
        .iter()
        .map(|l| match &l.entry {
            Ok(e) => EventRecord::from_entry(&l.session, e, m),
            Err(msg) => EventRecord::rejected(&l.session, msg),
        })
        .collect()
}

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
) {
    let t = app.machine_tokens();
    let txt = |s: String| RichText::new(s).size(t.s.small).color(t.c.part_text);
    let btn = |label: &'static str| Btn::new(label).height(t.s.target_min).text_size(t.s.small);
    let wrap = |ui: &mut Ui, s: String| {
        ui.add(egui::Label::new(txt(s)).wrap());
    };
    if c.choices.is_none() {
        load_choices(c);
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
            out.push(Command::StartExercise(Box::new(choice)));
        }
        let can_play = c.active.as_ref().is_some_and(|a| a.asked.is_none());
        if machine_button(
            ui,
            &t,
            btn("Play to the question").width(170.0).enabled(can_play),
        ) {
            out.push(Command::PlayToQuestion);
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
    question(ui, app, c);
    feedback(ui, app, c);
    wrap(ui, format!("Score: {}", c.log.score));
    if machine_button(ui, &t, btn("Export log (JSON and PDF)")) {
        out.push(Command::Export);
    }
    if let Some((j, p)) = &c.exported {
        wrap(ui, format!("JSON: {}", j.display()));
        wrap(ui, format!("PDF: {}", p.display()));
    }
}

/// The question of the exercise running, and the answer form until it is answered.
fn question(ui: &mut Ui, app: &KioskApp, c: &mut ExerciseConsole) {
    let t = app.machine_tokens();
    let txt = |s: String| RichText::new(s).size(t.s.small).color(t.c.part_text);
    let btn = |label: &'static str| Btn::new(label).height(t.s.target_min).text_size(t.s.small);
    let wrap = |ui: &mut Ui, s: String| {
        ui.add(egui::Label::new(txt(s)).wrap());
    };
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
                                        app.panel.tr.t(&format!("next-step-{}", x.code()))
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
                                .map(|r| RefusalRecord::new(r, &app.host.kiosk.municipality)),
                            asked_at,
                            (app.time.real_now - asked_real).max(0.0),
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
}

/// How the last answer was marked, with what was expected and why.
fn feedback(ui: &mut Ui, app: &KioskApp, c: &ExerciseConsole) {
    let t = app.machine_tokens();
    let txt = |s: String| RichText::new(s).size(t.s.small).color(t.c.part_text);
    let wrap = |ui: &mut Ui, s: String| {
        ui.add(egui::Label::new(txt(s)).wrap());
    };
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
                app.panel
                    .tr
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
}
