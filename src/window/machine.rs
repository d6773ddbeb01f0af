//! The machine's physical parts beside the touch panel: card reader (pick a card from the
//! persona deck, place or remove it; phones are held over it), coin and ¥1,000-note slot,
//! printer, output tray (each sheet opens its PDF), change tray, the 12-key keypad
//! (○ Enter, ← Clear, × Cancel; the 5 has a raised dot) and the headset jack (speech guide).
//!
//! These are not part of the panel's keypad navigation: they are things a person handles.
//! Every one is a control with a name in the current language. Drawing returns [`Command`]s.

use egui::{RichText, Ui};

use crate::domain::registry::CardKind;
use crate::domain::session::Screen;
use crate::i18n::Arg;
use crate::window::app::{KioskApp, PadKey};
use crate::window::tokens;
use crate::window::widgets::{Btn, LABEL_LINE_HEIGHT, Look, machine_button};

mod picker;

use picker::{card_label, card_picker};

/// What a person did to the machine this frame; the app's update carries it out (as
/// [`crate::window::msg::Msg::Machine`]), so drawing never changes the kiosk.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Open or close the trainer console.
    ToggleTrainer,
    /// Pick another card (or phone) in the reader's list.
    SelectCard(String),
    /// Put the picked card on the reader.
    PlaceCard,
    /// Take the card off the reader.
    RemoveCard,
    /// A coin or note into the slot.
    Insert(u32),
    /// Open a printed sheet's PDF.
    OpenSheet(std::path::PathBuf),
    /// Take the sheets out of the output tray.
    TakeSheets,
    /// Take the change.
    TakeChange,
    /// A key of the keypad (or the guide's Repeat / Stop).
    Press(PadKey),
    /// Plug the headset in or pull it out.
    SetHeadset(bool),
    /// The store's staff clear the printer's fault (a jam, no paper).
    ClearFault,
}

/// Draws the machine's parts in two columns: reader, slot, printer and trays; keypad and jack.
pub fn show(ui: &mut Ui, app: &KioskApp) -> Vec<Command> {
    let mut out = Vec::new();
    let out = &mut out;
    let t = app.machine_tokens();
    let rect = ui.max_rect();
    let a = egui::Rect::from_min_size(
        rect.min,
        egui::vec2(tokens::MACHINE_COLUMN_A, rect.height()),
    );
    let b = egui::Rect::from_min_max(egui::pos2(a.right() + tokens::MARGIN, rect.top()), rect.max);
    let mut left = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(a)
            .id_salt("machine-a")
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    left.spacing_mut().item_spacing = egui::vec2(6.0, 6.0);
    egui::ScrollArea::vertical()
        .id_salt("machine-a-scroll")
        .auto_shrink([false, false])
        .show(&mut left, |ui| {
            ui.set_width(ui.available_width() - 4.0);
            part(ui, app, out, "reader-title", reader);
            part(ui, app, out, "slot-title", slot);
            part(ui, app, out, "printer-title", printer);
            part(ui, app, out, "tray-title", tray);
            part(ui, app, out, "change-title", change);
        });
    let mut right = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(b)
            .id_salt("machine-b")
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    right.spacing_mut().item_spacing = egui::vec2(6.0, 6.0);
    part(&mut right, app, out, "keypad-title", keypad);
    part(&mut right, app, out, "jack-title", jack);
    // A study's participant does not get the console (the moderator has it in its own window).
    let label = app.panel.tr.t("trainer-toggle");
    if !app.opts.participant_view
        && machine_button(
            &mut right,
            &t,
            Btn::new(&label)
                .height(t.s.target_min)
                .text_size(t.s.small + 2.0),
        )
    {
        out.push(Command::ToggleTrainer);
    }
    std::mem::take(out)
}

fn part(
    ui: &mut Ui,
    app: &KioskApp,
    out: &mut Vec<Command>,
    title_key: &str,
    body: fn(&mut Ui, &KioskApp, &mut Vec<Command>),
) {
    let t = app.machine_tokens();
    egui::Frame::new()
        .fill(t.c.part_bg)
        .stroke(egui::Stroke::new(1.0, t.c.button_border))
        .corner_radius(t.s.radius)
        .inner_margin(8)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            part_label(ui, app, &app.panel.tr.t(title_key), t.s.small + 2.0, true);
            body(ui, app, out);
        });
}

/// A label of a machine part in small print, broken between words (see [`part_label`]).
fn small_label(ui: &mut Ui, app: &KioskApp, text: &str) {
    part_label(ui, app, text, app.machine_tokens().s.small, false);
}

/// A label of a machine part: Japanese broken between words, not inside one (egui alone would
/// cut 「音声案|内」), lines spaced at [`LABEL_LINE_HEIGHT`] when it wraps; screen readers get
/// the text as written, without the line breaks.
pub(crate) fn part_label(ui: &mut Ui, app: &KioskApp, text: &str, size: f32, strong: bool) {
    let font = egui::FontId::proportional(size);
    // A point of slack: egui's own wrap must never find a packed line a hair too wide.
    let width = ui.available_width() - 2.0;
    let lines = crate::window::wrap::wrapped(ui.painter(), text, &font, width);
    let mut rich = RichText::new(lines.as_ref())
        .size(size)
        .color(app.panel.tokens.c.part_text);
    if lines.contains('\n') {
        rich = rich.line_height(Some(size * LABEL_LINE_HEIGHT));
    }
    if strong {
        rich = rich.strong();
    }
    let r = ui.add(egui::Label::new(rich).wrap());
    if lines.as_ref() != text {
        let name = text.to_string();
        ui.ctx()
            .accesskit_node_builder(r.id, |n| n.set_label(name.clone()));
    }
}

fn reader(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    if !app.opts.participant_view {
        card_picker(ui, app, out);
    }
    reader_status_and_hand(ui, app, out);
}

/// What lies on the reader, and the button that lays the card down or takes it off.
fn reader_status_and_hand(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    let status = match app.host.machine.reader() {
        Some(id) => app
            .panel
            .tr
            .ta("reader-has", &[("name", Arg::Str(card_label(app, id)))]),
        None => app.panel.tr.t("reader-empty"),
    };
    small_label(ui, app, &status);
    let phone = app
        .host
        .kiosk
        .registry
        .cards
        .get(&app.machine.selected_card)
        .is_some_and(|c| c.kind != CardKind::Card);
    if app.host.machine.reader().is_some() {
        let l = app.panel.tr.t("reader-remove");
        if machine_button(
            ui,
            &t,
            Btn::new(&l)
                .height(t.s.target_min)
                .text_size(t.s.small + 2.0),
        ) {
            out.push(Command::RemoveCard);
        }
    } else {
        let l = app.panel.tr.t(if phone {
            "reader-place-phone"
        } else {
            "reader-place"
        });
        if machine_button(
            ui,
            &t,
            Btn::new(&l)
                .height(t.s.target_min)
                .text_size(t.s.small + 2.0),
        ) {
            out.push(Command::PlaceCard);
        }
    }
}

fn slot(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    let open = app.host.session.screen() == Screen::Payment && !app.host.session.finished();
    let accepted = app.host.kiosk.vendor.accepted_yen.clone();
    let w = ((ui.available_width() - 12.0) / 3.0).floor();
    // The keys show the amounts as the language writes money when every one fits on a line
    // (10円, ¥1,000), a little smaller if need be, else the bare numbers at the usual size
    // (10日元 would wrap and push the trays off the machine); each key's accessible name
    // always says it in full.
    let money: Vec<String> = accepted.iter().map(|y| app.panel.tr.yen(*y)).collect();
    let fits = |size: f32| {
        let font = egui::FontId::new(size, egui::FontFamily::Proportional);
        money.iter().all(|m| {
            let galley =
                ui.painter()
                    .layout_no_wrap(m.clone(), font.clone(), egui::Color32::PLACEHOLDER);
            galley.size().x <= w - 2.0 * t.s.pad
        })
    };
    let (size, shown): (f32, Vec<String>) = match [t.s.small + 2.0, t.s.small]
        .into_iter()
        .find(|size| fits(*size))
    {
        Some(size) => (size, money.clone()),
        None => (
            t.s.small + 2.0,
            accepted
                .iter()
                .map(|y| app.panel.tr.number(u64::from(*y)))
                .collect(),
        ),
    };
    ui.horizontal_wrapped(|ui| {
        for ((y, amount), label) in accepted.iter().zip(money).zip(shown) {
            let name = app
                .panel
                .tr
                .ta("slot-insert", &[("amount", Arg::Str(amount))]);
            if machine_button(
                ui,
                &t,
                Btn::new(&label)
                    .name(&name)
                    .look(Look::Key)
                    .width(w)
                    .height(t.s.target_min)
                    .text_size(size)
                    .enabled(open),
            ) {
                out.push(Command::Insert(*y));
            }
        }
    });
}

fn printer(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    let (done, total) = app.host.session.print_progress();
    let fault_name = |f| app.panel.tr.fault(f);
    let halted = app.host.session.printer_halted();
    let text = if let Some(f) = halted {
        app.panel
            .tr
            .ta("printer-halted", &[("fault", Arg::Str(fault_name(f)))])
    } else if let Some(f) = app.host.session.job_given_up() {
        app.panel
            .tr
            .ta("printer-stopped", &[("fault", Arg::Str(fault_name(f)))])
    } else if app.host.session.screen() == Screen::Printing {
        app.panel.tr.ta(
            "printer-busy",
            &[
                ("done", Arg::Num(i64::from(done))),
                ("total", Arg::Num(i64::from(total))),
            ],
        )
    } else {
        app.panel.tr.t("printer-idle")
    };
    let frac = if total == 0 {
        0.0
    } else {
        done as f32 / total as f32
    };
    small_label(ui, app, &text);
    let bar = ui.add(
        egui::ProgressBar::new(if app.host.session.screen() == Screen::Printing {
            frac
        } else {
            0.0
        })
        .fill(t.c.progress_fill)
        .desired_height(10.0),
    );
    // Screen readers name the bar by what it shows.
    ui.ctx()
        .accesskit_node_builder(bar.id, |n| n.set_label(text.clone()));
    // The store's staff open the machine: take out the jammed sheet, load paper.
    if let Some(f) = halted {
        let label = app
            .panel
            .tr
            .ta("printer-clear-fault", &[("fault", Arg::Str(fault_name(f)))]);
        let b = Btn::new(&label)
            .height(t.s.target_min)
            .text_size(t.s.small + 2.0);
        if machine_button(ui, &t, b) {
            out.push(Command::ClearFault);
        }
    }
}

fn tray(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    if app.host.machine.tray().is_empty() {
        small_label(ui, app, &app.panel.tr.t("tray-empty"));
        return;
    }
    // Two sheets a row, each showing its issue number and copy; the accessible name says
    // what the button does ("Open S000000001 1/2").
    let w = ((ui.available_width() - 6.0) / 2.0).floor();
    ui.horizontal_wrapped(|ui| {
        for s in app.host.machine.tray() {
            let shown = format!("{} {}/{}", s.issue_number, s.copy, s.of);
            let name = app
                .panel
                .tr
                .ta("tray-open", &[("name", Arg::Str(shown.clone()))]);
            if machine_button(
                ui,
                &t,
                Btn::new(&shown)
                    .name(&name)
                    .width(w)
                    .height(t.s.target_min)
                    .text_size(t.s.small),
            ) {
                out.push(Command::OpenSheet(
                    s.file.clone().unwrap_or_default().into(),
                ));
            }
        }
    });
    if let Some(m) = app.machine.tray_message.clone() {
        small_label(ui, app, &m);
    }
    let l = app.panel.tr.t("tray-take");
    if machine_button(
        ui,
        &t,
        Btn::new(&l)
            .height(t.s.target_min)
            .text_size(t.s.small + 2.0),
    ) {
        out.push(Command::TakeSheets);
    }
}

fn change(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    if app.host.machine.change() == 0 {
        small_label(ui, app, &app.panel.tr.t("change-empty"));
        return;
    }
    let amount = app.panel.tr.yen(app.host.machine.change());
    ui.label(
        RichText::new(amount)
            .size(t.s.body)
            .color(t.c.part_text)
            .strong(),
    );
    let l = app.panel.tr.t("change-take");
    if machine_button(
        ui,
        &t,
        Btn::new(&l)
            .height(t.s.target_min)
            .text_size(t.s.small + 2.0),
    ) {
        out.push(Command::TakeChange);
    }
}

fn keypad(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    let k = t.s.key;
    let w = ((ui.available_width() - 12.0) / 3.0).floor();
    let cancel = app.panel.tr.t("keypad-cancel");
    ui.horizontal(|ui| {
        if machine_button(
            ui,
            &t,
            Btn::new("×")
                .name(&cancel)
                .look(Look::Key)
                .width(w * 3.0 + 12.0)
                .height(k)
                .text_size(t.s.button_text),
        ) {
            out.push(Command::Press(PadKey::Cancel));
        }
    });
    let rows: [[Option<u8>; 3]; 4] = [
        [Some(1), Some(2), Some(3)],
        [Some(4), Some(5), Some(6)],
        [Some(7), Some(8), Some(9)],
        [None, Some(0), None],
    ];
    for (r, row) in rows.iter().enumerate() {
        ui.horizontal(|ui| {
            for (col, key) in row.iter().enumerate() {
                let (face, name, pad) = match (key, r, col) {
                    (Some(d), _, _) => (
                        d.to_string(),
                        app.panel
                            .tr
                            .ta("keypad-digit", &[("digit", Arg::Num(i64::from(*d)))]),
                        PadKey::Digit(*d),
                    ),
                    (None, _, 0) => (
                        "←".to_string(),
                        app.panel.tr.t("keypad-clear"),
                        PadKey::Clear,
                    ),
                    _ => (
                        "○".to_string(),
                        app.panel.tr.t("keypad-enter"),
                        PadKey::Enter,
                    ),
                };
                let before = ui.cursor().min;
                if machine_button(
                    ui,
                    &t,
                    Btn::new(&face)
                        .name(&name)
                        .look(Look::Key)
                        .width(w)
                        .height(k)
                        .text_size(t.s.button_text),
                ) {
                    out.push(Command::Press(pad));
                }
                if *key == Some(5) {
                    // The tactile dot of the 5 key.
                    let dot = before + egui::vec2(w / 2.0, k - 8.0);
                    ui.painter().circle_filled(dot, 3.0, t.c.key_text);
                }
            }
        });
    }
    small_label(ui, app, &app.panel.tr.t("keypad-tactile"));
}

fn jack(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    let l = app.panel.tr.t(if app.machine.headset {
        "jack-unplug"
    } else {
        "jack-plug"
    });
    if machine_button(
        ui,
        &t,
        Btn::new(&l)
            .look(Look::Check(app.machine.headset))
            .height(t.s.target_min)
            .text_size(t.s.small + 2.0),
    ) {
        let on = !app.machine.headset;
        out.push(Command::SetHeadset(on));
    }
    // The guide's own keys: repeat and interrupt (keyboard R and S).
    ui.horizontal(|ui| {
        let w = (ui.available_width() - ui.spacing().item_spacing.x) / 2.0;
        let repeat = app.panel.tr.t("speech-repeat");
        if machine_button(
            ui,
            &t,
            Btn::new(&repeat)
                .width(w)
                .height(t.s.target_min)
                .text_size(t.s.small),
        ) {
            out.push(Command::Press(PadKey::Repeat));
        }
        let stop = app.panel.tr.t("speech-stop");
        if machine_button(
            ui,
            &t,
            Btn::new(&stop)
                .width(w)
                .height(t.s.target_min)
                .text_size(t.s.small),
        ) {
            out.push(Command::Press(PadKey::Stop));
        }
    });
    if app.machine.headset {
        // Captions: always shown while the guide speaks.
        let text = app.panel.tr.ta(
            "jack-speaking",
            &[("text", Arg::Str(app.caption().unwrap_or_default()))],
        );
        small_label(ui, app, &text);
    }
}
