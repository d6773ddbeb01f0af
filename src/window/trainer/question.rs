//! The exercise's question, its answer form and the feedback, in the console's language: the
//! question is asked while the panel is veiled, the choices are the kiosk's sentences (a
//! refusal's title, a next step's name), and after the answer each part says why it is right
//! or why the choice made is wrong ([`crate::training::feedback`]).

use egui::{RichText, Ui};

use super::sections::Style;
use super::{ActiveExercise, Command, ExerciseConsole};
use crate::domain::reason::Reason;
use crate::i18n::Arg;
use crate::training::Answer;
use crate::training::feedback::{self, Asked};
use crate::window::app::KioskApp;
use crate::window::widgets::{machine_button, ring_if_focused};

/// The question of the exercise running, the answer form until it is answered, then the
/// feedback.
pub(super) fn show(
    ui: &mut Ui,
    app: &KioskApp,
    c: &mut ExerciseConsole,
    out: &mut Vec<Command>,
    s: &Style<'_>,
) {
    let tr = s.tr;
    let wrap = |ui: &mut Ui, text: String| {
        ui.add(egui::Label::new(s.txt(text)).wrap());
    };
    let Some(a) = c.active.clone() else {
        return;
    };
    let Some(ex) = a.choice.exercise().cloned() else {
        return;
    };
    if a.asked.is_none() {
        let name = Arg::Str(a.choice.label(tr));
        wrap(ui, tr.ta("trainer-exercise-running", &[("exercise", name)]));
        return;
    }
    ui.label(s.head(tr.t("trainer-question")));
    wrap(ui, tr.t("trainer-question-what"));
    if ex.answer_yen.is_some() {
        wrap(ui, tr.t("trainer-question-amount"));
    }
    if ex.written_in(tr.lang()) {
        let q = Arg::Str(ex.question);
        wrap(ui, tr.ta("trainer-question-trainer", &[("question", q)]));
    }
    if a.answered {
        feedback_lines(ui, app, c, &a, s);
    } else {
        wrap(ui, tr.t("trainer-question-veiled"));
        form(ui, app, c, &a, out, s);
    }
}

/// A labelled drop-down of `(value, shown)` choices; returns the value chosen.
fn pick<T: Copy + PartialEq>(
    ui: &mut Ui,
    s: &Style<'_>,
    (id, label): (&str, String),
    current: Option<T>,
    choices: &[(T, String)],
) -> Option<T> {
    let t = s.t;
    let l = ui.label(s.txt(label));
    let mut chosen = current;
    let shown = choices
        .iter()
        .find(|(v, _)| Some(*v) == current)
        .map_or_else(|| s.tr.t("trainer-answer-choose"), |(_, x)| x.clone());
    let r = egui::ComboBox::from_id_salt(id)
        .width(ui.available_width() - 8.0)
        .height(600.0)
        .wrap_mode(egui::TextWrapMode::Wrap)
        .selected_text(RichText::new(shown).size(t.s.small).color(t.c.key_text))
        .show_ui(ui, |ui| {
            for (v, text) in choices {
                ui.selectable_value(&mut chosen, Some(*v), text);
            }
        });
    let r = r.response.labelled_by(l.id);
    ring_if_focused(ui, t, &r);
    chosen
}

/// The answer form: the reason (or "not refused"), the next step, the amount, and Submit.
fn form(
    ui: &mut Ui,
    app: &KioskApp,
    c: &mut ExerciseConsole,
    a: &ActiveExercise,
    out: &mut Vec<Command>,
    s: &Style<'_>,
) {
    let (t, tr) = (s.t, s.tr);
    let m = &app.host.kiosk.municipality;
    let today = app.host.session.now().date_naive();
    let mut reasons: Vec<(Option<Reason>, String)> =
        vec![(None, tr.t("trainer-answer-not-refused"))];
    reasons.extend(
        feedback::reason_choices(tr, m, today)
            .into_iter()
            .map(|(r, x)| (Some(r), x)),
    );
    let label = ("exercise-reason", tr.t("trainer-answer-reason"));
    c.reason = pick(ui, s, label, c.reason, &reasons);
    let label = ("exercise-next-step", tr.t("trainer-answer-next"));
    c.next_step = pick(ui, s, label, c.next_step, &feedback::next_choices(tr));
    let Some(ex) = a.choice.exercise() else {
        return;
    };
    if ex.answer_yen.is_some() {
        s.field(ui, tr.t("trainer-answer-amount"), &mut c.yen, 120.0);
    }
    let ready = c.reason.is_some() && c.next_step.is_some();
    let l = tr.t("trainer-answer-submit");
    if machine_button(ui, t, s.btn(&l).enabled(ready)) && a.asked.is_some() {
        out.push(Command::Answer(Answer {
            reason: c.reason.flatten(),
            next_step: c.next_step,
            yen: c.yen.trim().replace([',', '¥', '円'], "").parse().ok(),
        }));
    }
}

/// How the last answer was marked: each part right, or why the choice made is wrong.
fn feedback_lines(
    ui: &mut Ui,
    app: &KioskApp,
    c: &ExerciseConsole,
    a: &ActiveExercise,
    s: &Style<'_>,
) {
    let (Some(rec), Some(ex), Some(asked)) = (&c.last, a.choice.exercise(), &a.asked) else {
        return;
    };
    let q = Asked {
        exercise: ex,
        refusal: asked.refusal.as_ref(),
        municipality: &app.host.kiosk.municipality,
        today: app.host.session.now().date_naive(),
    };
    for line in feedback::feedback(s.tr, &q, &rec.answer, &rec.marking) {
        ui.add(egui::Label::new(s.txt(line)).wrap());
    }
}
