//! The console's Recording section: Record on/off (into `--record`'s folder, else
//! `recordings/` in the state folder), the count of sessions written, a write error if any,
//! and the observer's note field.
//!
//! Decisions:
//! - In the console's language, as the rest of the console (the moderator's; the participant's
//!   questionnaire is on the panel, in the panel's language).
//! - A note is stamped with the moment the observer **began** typing it (or pressed F3, which
//!   puts the cursor in the field), not when Enter was pressed: that is when they saw the thing
//!   the note is about. Enter or "Add note" adds it.

use egui::Ui;

use super::sections::Style;
use super::{Command, TrainerState};
use crate::i18n::Arg;
use crate::window::app::KioskApp;
use crate::window::widgets::{machine_button, ring_if_focused};

/// The note being written.
#[derive(Debug, Clone, Default)]
pub struct NoteField {
    /// Its text.
    pub text: String,
    /// When it was begun (egui seconds).
    pub begun: Option<f64>,
}

/// Draws the section; pushes Record and Note commands.
pub(super) fn section(
    ui: &mut Ui,
    app: &KioskApp,
    st: &mut TrainerState,
    out: &mut Vec<Command>,
    s: &Style<'_>,
) {
    let t = s.t;
    let tr = s.tr;
    ui.separator();
    ui.label(s.head(tr.t("trainer-recording")));
    design_fields(ui, app, out, s);
    match app.recorder() {
        None => {
            let dir = app
                .opts
                .record
                .clone()
                .unwrap_or_else(|| app.host.out_dir.with_file_name("recordings"));
            let l = tr.t("trainer-record");
            if machine_button(ui, t, s.btn(&l)) {
                out.push(Command::Record(Some(dir)));
            }
            if app.research.recorder_written > 0 {
                let n = Arg::Num(app.research.recorder_written as i64);
                ui.label(s.txt(tr.ta("trainer-recorded", &[("count", n)])));
            }
        }
        Some(r) => {
            let l = tr.t("trainer-record-stop");
            if machine_button(ui, t, s.btn(&l)) {
                out.push(Command::Record(None));
            }
            ui.label(s.txt(tr.ta(
                "trainer-recording-into",
                &[
                    ("dir", Arg::Str(r.dir().display().to_string())),
                    ("count", Arg::Num(r.written.len() as i64)),
                ],
            )));
            if let Some(e) = r.problem() {
                let e = tr.ta("trainer-record-error", &[("error", Arg::Str(e))]);
                ui.label(s.txt(e).color(t.c.alert_text));
            }
            note_field(ui, app, st, out, s);
        }
    }
}

/// Participant, task and condition for the sessions recorded next: each field shows the
/// window's value and any change is a [`Command::SetDesign`] (no copy kept in the console).
fn design_fields(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>, s: &Style<'_>) {
    let now = &app.opts.design;
    let mut next = now.clone();
    let fields: [(&str, &mut Option<String>); 3] = [
        ("trainer-participant", &mut next.participant),
        ("trainer-task", &mut next.task),
        ("trainer-condition", &mut next.condition),
    ];
    for (key, value) in fields {
        let label = ui.label(s.txt(s.tr.t(key)));
        let mut text = value.clone().unwrap_or_default();
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .id(egui::Id::unique(("kofu-design", key)))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        ring_if_focused(ui, s.t, &r);
        // Kept as typed (a space between words survives the next frame); empty is "not given".
        *value = (!text.is_empty()).then_some(text);
    }
    if &next != now {
        out.push(Command::SetDesign(next));
    }
}

fn note_field(
    ui: &mut Ui,
    app: &KioskApp,
    st: &mut TrainerState,
    out: &mut Vec<Command>,
    s: &Style<'_>,
) {
    let id = egui::Id::unique("kofu-observer-note");
    if ui.input(|i| i.key_pressed(egui::Key::F3)) {
        ui.memory_mut(|m| m.request_focus(id));
        st.note.begun.get_or_insert(app.time.real_now);
    }
    let before = st.note.text.is_empty();
    let r = ui.add(
        egui::TextEdit::singleline(&mut st.note.text)
            .id(id)
            .hint_text(s.tr.t("trainer-note-hint"))
            .desired_width(f32::INFINITY),
    );
    ring_if_focused(ui, s.t, &r);
    if before && !st.note.text.is_empty() {
        st.note.begun.get_or_insert(app.time.real_now);
    }
    let entered = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let l = s.tr.t("trainer-note-add");
    let add = machine_button(ui, s.t, s.btn(&l).enabled(!st.note.text.trim().is_empty()));
    if (entered || add) && !st.note.text.trim().is_empty() {
        let at = st.note.begun.take().unwrap_or(app.time.real_now);
        out.push(Command::Note(st.note.text.trim().to_string(), at));
        st.note.text.clear();
    }
}
