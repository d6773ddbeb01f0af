//! The console's Recording section: Record on/off (into `--record`'s folder, else
//! `recordings/` in the state folder), the count of sessions written, a write error if any,
//! and the observer's note field.
//!
//! Decisions:
//! - English labels, as the rest of the console's research and exercise sections (the console
//!   is for staff and researchers; the participant's questionnaire is on the panel, translated).
//! - A note is stamped with the moment the observer **began** typing it (or pressed F3, which
//!   puts the cursor in the field), not when Enter was pressed: that is when they saw the thing
//!   the note is about. Enter or "Add note" adds it.

use egui::{RichText, Ui};

use super::{Command, TrainerState};
use crate::window::app::KioskApp;
use crate::window::widgets::{Btn, machine_button, ring_if_focused};

/// The note being written.
#[derive(Debug, Clone, Default)]
pub struct NoteField {
    /// Its text.
    pub text: String,
    /// When it was begun (egui seconds).
    pub begun: Option<f64>,
}

/// Draws the section; pushes Record and Note commands.
pub(super) fn section(ui: &mut Ui, app: &KioskApp, st: &mut TrainerState, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    let txt = |s: &str| RichText::new(s).size(t.s.small).color(t.c.part_text);
    ui.separator();
    ui.label(
        RichText::new("Recording (research)")
            .size(t.s.small + 3.0)
            .color(t.c.part_text)
            .strong(),
    );
    design_fields(ui, app, out);
    let (bh, bt) = (t.s.target_min, t.s.small);
    match app.recorder() {
        None => {
            let dir = app
                .opts
                .record
                .clone()
                .unwrap_or_else(|| app.host.out_dir.with_file_name("recordings"));
            if machine_button(
                ui,
                &t,
                Btn::new("● Record sessions").height(bh).text_size(bt),
            ) {
                out.push(Command::Record(Some(dir)));
            }
            if app.research.recorder_written > 0 {
                ui.label(txt(&format!(
                    "{} session(s) written",
                    app.research.recorder_written
                )));
            }
        }
        Some(r) => {
            if machine_button(
                ui,
                &t,
                Btn::new("■ Stop recording").height(bh).text_size(bt),
            ) {
                out.push(Command::Record(None));
            }
            ui.label(txt(&format!(
                "Into {} — {} session(s) written",
                r.dir().display(),
                r.written.len()
            )));
            if let Some(e) = &r.error {
                ui.label(txt(&format!("Cannot write: {e}")).color(t.c.alert_text));
            }
            note_field(ui, app, st, out);
        }
    }
}

/// Participant, task and condition for the sessions recorded next: each field shows the
/// window's value and any change is a [`Command::SetDesign`] (no copy kept in the console).
fn design_fields(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    let now = &app.opts.design;
    let mut next = now.clone();
    let fields: [(&str, &mut Option<String>); 3] = [
        ("trainer-participant", &mut next.participant),
        ("trainer-task", &mut next.task),
        ("trainer-condition", &mut next.condition),
    ];
    for (key, value) in fields {
        let label = ui.label(
            RichText::new(app.panel.tr.t(key))
                .size(t.s.small)
                .color(t.c.part_text),
        );
        let mut text = value.clone().unwrap_or_default();
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .id(egui::Id::unique(("kofu-design", key)))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        ring_if_focused(ui, &t, &r);
        // Kept as typed (a space between words survives the next frame); empty is "not given".
        *value = (!text.is_empty()).then_some(text);
    }
    if &next != now {
        out.push(Command::SetDesign(next));
    }
}

fn note_field(ui: &mut Ui, app: &KioskApp, st: &mut TrainerState, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    let id = egui::Id::unique("kofu-observer-note");
    if ui.input(|i| i.key_pressed(egui::Key::F3)) {
        ui.memory_mut(|m| m.request_focus(id));
        st.note.begun.get_or_insert(app.time.real_now);
    }
    let before = st.note.text.is_empty();
    let r = ui.add(
        egui::TextEdit::singleline(&mut st.note.text)
            .id(id)
            .hint_text("Observer note (F3), Enter adds")
            .desired_width(f32::INFINITY),
    );
    ring_if_focused(ui, &t, &r);
    if before && !st.note.text.is_empty() {
        st.note.begun.get_or_insert(app.time.real_now);
    }
    let entered = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let add = machine_button(
        ui,
        &t,
        Btn::new("Add note")
            .height(t.s.target_min)
            .text_size(t.s.small)
            .enabled(!st.note.text.trim().is_empty()),
    );
    if (entered || add) && !st.note.text.trim().is_empty() {
        let at = st.note.begun.take().unwrap_or(app.time.real_now);
        out.push(Command::Note(st.note.text.trim().to_string(), at));
        st.note.text.clear();
    }
}
