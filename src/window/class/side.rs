//! The instructor station's side panel: the results per trainee and exercise with their CSV
//! and PDF exports (the files `kofu results` writes), and the debrief of a recorded session.

use egui::{RichText, Ui};

use super::debrief::part;
use super::model::result_lines;
use super::words::{Words, clock};
use super::{Model, Msg};
use crate::i18n::Arg;

/// The side panel.
pub fn show(ui: &mut Ui, m: &Model, w: &Words<'_>, out: &mut Vec<Msg>) {
    egui::ScrollArea::vertical()
        .id_salt("class-side-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            results(ui, m, w, out);
            ui.separator();
            debrief(ui, m, w, out);
        });
}

/// The results table and its exports.
fn results(ui: &mut Ui, m: &Model, w: &Words<'_>, out: &mut Vec<Msg>) {
    ui.heading(w.t("class-results"));
    let lines = result_lines(&m.snapshot.results);
    if lines.is_empty() {
        ui.label(w.t("class-results-none"));
    } else {
        egui::Grid::new("class-results-grid")
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                for k in ["trainee", "exercise", "right", "seconds"] {
                    ui.label(RichText::new(w.t(&format!("class-col-{k}"))).strong());
                }
                ui.end_row();
                for l in &lines {
                    ui.label(&l.trainee);
                    ui.label(&l.exercise).on_hover_text(&l.title);
                    let right = ("correct", Arg::Num(i64::from(l.correct)));
                    let n = ("total", Arg::Num(i64::from(l.answered)));
                    let text = w.ta("class-right-of", &[right, n]);
                    let text = if l.last_correct {
                        RichText::new(text)
                    } else {
                        RichText::new(text).color(ui.visuals().error_fg_color)
                    };
                    ui.label(text);
                    ui.label(format!("{:.1}", l.mean_seconds));
                    ui.end_row();
                }
            });
    }
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(w.t("class-export-folder"));
        let mut dir = m.export_dir.clone();
        ui.add(egui::TextEdit::singleline(&mut dir).desired_width(260.0))
            .labelled_by(label.id);
        if dir != m.export_dir {
            out.push(Msg::ExportDir(dir));
        }
    });
    ui.horizontal(|ui| {
        let any = !m.snapshot.results.is_empty();
        if ui
            .add_enabled(any, egui::Button::new(w.t("class-export-csv")))
            .clicked()
        {
            out.push(Msg::ExportCsv);
        }
        if ui
            .add_enabled(any, egui::Button::new(w.t("class-export-pdf")))
            .clicked()
        {
            out.push(Msg::ExportPdf);
        }
    });
}

/// The debrief: pick a recording (of the station chosen, or any), then step through it.
fn debrief(ui: &mut Ui, m: &Model, w: &Words<'_>, out: &mut Vec<Msg>) {
    ui.heading(w.t("class-debrief"));
    let mine: Vec<_> = m
        .snapshot
        .recordings
        .iter()
        .filter(|r| m.selected.as_deref().is_none_or(|s| s == r.station))
        .collect();
    if mine.is_empty() {
        ui.label(w.t("class-debrief-none"));
    }
    let shown = m.debrief.shown.as_ref().map(|(seq, _)| *seq);
    for r in mine.iter().take(12) {
        let mut text = format!("{} · {}", r.station, r.session);
        if let Some(p) = &r.participant {
            text.push_str(&format!(" · {p}"));
        }
        if ui.selectable_label(shown == Some(r.seq), text).clicked() {
            out.push(Msg::PickRecording(r.seq));
        }
    }
    if m.debrief.loading.is_some() {
        ui.label(w.t("class-connecting"));
    }
    match &m.debrief.shown {
        Some((_, Err(e))) => {
            ui.label(w.ta("class-debrief-bad", &[("error", Arg::Str(e.clone()))]));
        }
        Some((_, Ok(t))) => timeline(ui, m, w, t, out),
        None => {}
    }
}

/// One screen of the recording on show, with the controls to move through it.
fn timeline(
    ui: &mut Ui,
    m: &Model,
    w: &Words<'_>,
    t: &crate::research::timeline::Timeline,
    out: &mut Vec<Msg>,
) {
    let status = ("status", Arg::Str(w.status(&t.outcome.status)));
    let mut outcome = w.ta("class-debrief-outcome", &[status]);
    if let Some(r) = &t.outcome.reason {
        outcome.push_str(&format!(" — {}", w.refusal(r)));
    }
    ui.label(RichText::new(outcome).strong());
    let n = t.screens.len();
    let at = m.debrief.at.min(n.saturating_sub(1));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(at > 0, egui::Button::new(w.t("class-prev")))
            .clicked()
        {
            out.push(Msg::DebriefAt(at - 1));
        }
        if ui
            .add_enabled(at + 1 < n, egui::Button::new(w.t("class-next")))
            .clicked()
        {
            out.push(Msg::DebriefAt(at + 1));
        }
    });
    let Some(p) = part(t, at) else {
        return;
    };
    let visit = p.visit;
    let args = [
        ("n", Arg::Num(at as i64 + 1)),
        ("of", Arg::Num(n as i64)),
        ("screen", Arg::Str(w.screen(&visit.screen))),
        (
            "time",
            Arg::Str(clock(ms(visit.left_ms.saturating_sub(visit.entered_ms)))),
        ),
    ];
    ui.label(RichText::new(w.ta("class-debrief-screen", &args)).strong());
    for i in &p.inputs {
        let target = i
            .target
            .clone()
            .unwrap_or_else(|| w.t("class-debrief-miss"));
        let at = ("time", Arg::Str(clock(ms(i.t_ms))));
        ui.label(w.ta("class-debrief-input", &[at, ("control", Arg::Str(target))]));
    }
    for note in &p.notes {
        let at = ("time", Arg::Str(clock(ms(note.t_ms))));
        let text = ("text", Arg::Str(note.text.clone()));
        ui.label(RichText::new(w.ta("class-debrief-note", &[at, text])).italics());
    }
}

/// Milliseconds of a timeline as the clock's type.
fn ms(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}
