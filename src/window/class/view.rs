//! The instructor station's top bar (the database, the station commands go to, the commands)
//! and its tiles, one per station, who needs help first.

use egui::{Color32, RichText, Ui};

use super::model::needs_help;
use super::words::{FAULTS, Words, clock};
use super::{Model, Msg};
use crate::i18n::Arg;
use crate::store::postgres::class::{ClassCommand, StationRow};

/// A tile's width: three across beside the side panel on a 1366-point screen.
const TILE_WIDTH: f32 = 256.0;

/// The colour of a rank (0 go now … 3 fine), on the frame and the reasons: the theme's error,
/// warning, weak and plain stroke colours (the window's colours are the theme's).
fn rank_colour(ui: &Ui, rank: u8) -> Color32 {
    let v = ui.visuals();
    match rank {
        0 => v.error_fg_color,
        1 => v.warn_fg_color,
        2 => v.weak_text_color(),
        _ => v.widgets.noninteractive.fg_stroke.color,
    }
}

/// The title, the connection, the target and the command bar.
pub fn top(ui: &mut Ui, m: &Model, w: &Words<'_>, db: &str, out: &mut Vec<Msg>) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(w.t("class-title"));
        ui.label(RichText::new(db).monospace());
        let status = match (&m.down, m.updated) {
            (Some(why), _) => {
                RichText::new(w.ta("class-down", &[("error", Arg::Str(why.clone()))]))
                    .color(rank_colour(ui, 0))
            }
            (None, None) => RichText::new(w.t("class-connecting")),
            (None, Some(_)) => {
                let n = ("n", Arg::Num(m.snapshot.stations.len() as i64));
                RichText::new(w.ta("class-stations", &[n]))
            }
        };
        ui.label(status);
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(w.t("class-target"));
        let all = w.t("class-target-all");
        if ui.selectable_label(m.selected.is_none(), &all).clicked() {
            out.push(Msg::Select(None));
        }
        if let Some(s) = &m.selected {
            let _ = ui.selectable_label(true, s);
        }
    });
    ui.horizontal_wrapped(|ui| commands(ui, m, w, out));
    // The line is kept when empty: a message appearing must not move every button below it
    // (seen under Xvfb: a second click after an export landed on the wrong control).
    ui.label(RichText::new(m.message.as_deref().unwrap_or(" ")).strong());
    ui.add_space(4.0);
}

/// The command bar: exercise, fault, clock, session.
fn commands(ui: &mut Ui, m: &Model, w: &Words<'_>, out: &mut Vec<Msg>) {
    let mut ex = m.exercise;
    let shown = m
        .exercises
        .get(ex)
        .map_or_else(String::new, |e| e.title.clone());
    let label = ui.label(w.t("class-col-exercise"));
    let r = egui::ComboBox::from_id_salt("class-exercise")
        .selected_text(shown)
        .width(190.0)
        .show_ui(ui, |ui| {
            for (i, e) in m.exercises.iter().enumerate() {
                ui.selectable_value(&mut ex, i, format!("{} — {}", e.id, e.title));
            }
        });
    r.response.labelled_by(label.id);
    if ex != m.exercise {
        out.push(Msg::PickExercise(ex));
    }
    if let Some(e) = m.exercises.get(m.exercise)
        && ui.button(w.t("class-start-exercise")).clicked()
    {
        out.push(Msg::Command(ClassCommand::StartExercise {
            exercise: e.id.clone(),
        }));
    }
    ui.separator();
    let mut f = m.fault;
    let name = |i: usize| FAULTS.get(i).map_or_else(String::new, |x| w.tr.fault(*x));
    let label = ui.label(w.t("class-fault"));
    // A fixed width: a longer fault's name must not move the button beside it.
    let r = egui::ComboBox::from_id_salt("class-fault")
        .selected_text(name(f))
        .width(170.0)
        .show_ui(ui, |ui| {
            for i in 0..FAULTS.len() {
                ui.selectable_value(&mut f, i, name(i));
            }
        });
    r.response.labelled_by(label.id);
    if f != m.fault {
        out.push(Msg::PickFault(f));
    }
    if let Some(fault) = FAULTS.get(m.fault)
        && ui.button(w.t("class-inject")).clicked()
    {
        out.push(Msg::Command(ClassCommand::InjectFault {
            fault: fault.code().to_string(),
        }));
    }
    ui.separator();
    if ui.button(w.t("class-pause")).clicked() {
        out.push(Msg::Command(ClassCommand::Pause));
    }
    if ui.button(w.t("class-resume")).clicked() {
        out.push(Msg::Command(ClassCommand::Resume));
    }
    let mut field = m.clock_field.clone();
    let label = ui.label(w.t("class-clock-field"));
    let r = ui.add(egui::TextEdit::singleline(&mut field).desired_width(190.0));
    if field != m.clock_field {
        out.push(Msg::ClockField(field));
    }
    r.labelled_by(label.id);
    if ui.button(w.t("class-set-clock")).clicked() {
        out.push(Msg::SetClock);
    }
    ui.separator();
    if ui.button(w.t("class-end-session")).clicked() {
        out.push(Msg::Command(ClassCommand::EndSession));
    }
}

/// Every station's tile, in the model's order (who needs help first).
pub fn tiles(ui: &mut Ui, m: &Model, w: &Words<'_>, out: &mut Vec<Msg>) {
    if m.updated.is_some() && m.snapshot.stations.is_empty() {
        ui.label(w.t("class-no-stations"));
    }
    egui::ScrollArea::vertical()
        .id_salt("class-tiles")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Rows of as many tiles as fit: a frame is not wrapped by a wrapping layout (the
            // fourth tile went past the edge under the side panel).
            let per = TILE_WIDTH + 2.0 * 8.0 + 6.0 + ui.spacing().item_spacing.x;
            let columns = ((ui.available_width() / per).floor() as usize).max(1);
            for row in m.snapshot.stations.chunks(columns) {
                ui.horizontal_top(|ui| {
                    for s in row {
                        tile(ui, m, w, s, out);
                    }
                });
            }
        });
}

/// One station's tile.
fn tile(ui: &mut Ui, m: &Model, w: &Words<'_>, s: &StationRow, out: &mut Vec<Msg>) {
    let help = needs_help(s);
    let colour = rank_colour(ui, help.rank);
    let chosen = m.selected.as_deref() == Some(s.name.as_str());
    let stroke = egui::Stroke::new(if chosen { 3.0 } else { 1.5 }, colour);
    let framed = egui::Frame::group(ui.style())
        .stroke(stroke)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(TILE_WIDTH);
            ui.vertical(|ui| tile_body(ui, m, w, s, &help, out));
        });
    // A click anywhere on the tile chooses the station (a trainer aims at the tile, not at its
    // name); its name stays the control assistive technology and the keyboard reach.
    let picked = framed.response.interact(egui::Sense::click()).clicked();
    if picked && out.is_empty() {
        out.push(Msg::Select((!chosen).then(|| s.name.clone())));
    }
}

/// What a tile says.
fn tile_body(
    ui: &mut Ui,
    m: &Model,
    w: &Words<'_>,
    s: &StationRow,
    help: &super::model::NeedsHelp,
    out: &mut Vec<Msg>,
) {
    let st = &s.state;
    let chosen = m.selected.as_deref() == Some(s.name.as_str());
    ui.horizontal(|ui| {
        let name = RichText::new(&s.name).strong().size(16.0);
        if ui.selectable_label(chosen, name).clicked() {
            out.push(Msg::Select((!chosen).then(|| s.name.clone())));
        }
    });
    if !help.reasons.is_empty() {
        let words: Vec<String> = help.reasons.iter().map(|r| w.help(r)).collect();
        ui.label(
            RichText::new(words.join(" · "))
                .color(rank_colour(ui, help.rank))
                .strong(),
        );
    }
    let who = match (&st.trainee, &st.participant) {
        (Some(t), _) => w.ta("class-trainee", &[("name", Arg::Str(t.clone()))]),
        (None, Some(p)) => w.ta("class-participant", &[("code", Arg::Str(p.clone()))]),
        (None, None) => w.t("class-no-trainee"),
    };
    ui.label(who);
    let step = ("n", Arg::Num(i64::from(st.step)));
    let on = ("time", Arg::Str(clock(s.on_screen_ms)));
    ui.label(RichText::new(w.screen(&st.screen)).strong());
    ui.label(format!(
        "{} · {}",
        w.ta("class-step", &[step]),
        w.ta("class-on-step", &[on])
    ));
    if let Some(r) = &st.refusal {
        let reason = ("refusal", Arg::Str(w.refusal(r)));
        ui.label(RichText::new(w.ta("class-refusal", &[reason])).color(rank_colour(ui, 0)));
    }
    let score = match (st.answered, &st.exercise) {
        (0, None) => w.t("class-no-exercise"),
        (n, _) => {
            let right = ("correct", Arg::Num(i64::from(st.correct)));
            w.ta("class-score", &[right, ("total", Arg::Num(i64::from(n)))])
        }
    };
    ui.label(score);
    if let Some(ex) = &st.exercise {
        ui.label(w.ta("class-exercise", &[("exercise", Arg::Str(ex.clone()))]));
    }
    if st.last_answer_correct == Some(false) {
        ui.label(RichText::new(w.t("class-last-wrong")).color(rank_colour(ui, 0)));
    }
    if st.paused {
        ui.label(w.t("class-paused"));
    }
    if s.lost() {
        let secs = ("seconds", Arg::Num(s.silent_ms / 1000));
        ui.label(
            RichText::new(w.ta("class-lost", &[secs]))
                .color(rank_colour(ui, 2))
                .strong(),
        );
    }
    if let Some(line) = last_command(m, w, &s.name) {
        ui.label(RichText::new(line).italics());
    }
}

/// The newest command for this station (or every station) and what it said of it.
fn last_command(m: &Model, w: &Words<'_>, station: &str) -> Option<String> {
    let c = m
        .snapshot
        .commands
        .iter()
        .find(|c| c.station.as_deref().is_none_or(|s| s == station))?;
    let what = ("label", Arg::Str(w.command(&c.command)));
    Some(match c.acks.iter().find(|a| a.station == station) {
        Some(a) => w.ta(
            "class-ack",
            &[what, ("outcome", Arg::Str(w.outcome(&a.outcome)))],
        ),
        None => w.ta("class-ack-waiting", &[what]),
    })
}
