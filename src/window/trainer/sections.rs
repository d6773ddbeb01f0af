//! The trainer console's sections: the clock, the kiosk (profiles, card, print speed, a new
//! session, the handbook, recording) and the faults. Each draws from the app and returns the
//! trainer's [`Command`]s.

use chrono::{Datelike, Duration, TimeZone};
use egui::{RichText, Ui};

use super::{Command, HandbookStatus, TrainerState, at_today, handbook, research};
use crate::domain::session::Fault;
use crate::i18n::{Arg, I18n};
use crate::window::app::KioskApp;
use crate::window::widgets::{Btn, Look, machine_button, ring_if_focused};

/// The console's text styles and button sizes (the machine's tokens, standard sizes), and its
/// words (in the trainer's language, [`super::words`]).
pub(super) struct Style<'a> {
    pub(super) t: &'a crate::window::tokens::Tokens,
    pub(super) tr: &'a I18n,
}

impl Style<'_> {
    /// Ordinary text.
    pub(super) fn txt(&self, s: String) -> RichText {
        RichText::new(s)
            .size(self.t.s.small)
            .color(self.t.c.part_text)
    }
    /// A section's heading.
    pub(super) fn head(&self, s: String) -> RichText {
        RichText::new(s)
            .size(self.t.s.small + 3.0)
            .color(self.t.c.part_text)
            .strong()
    }
    /// A one-line text field of `width` after its label, in the console's text: the field's
    /// response.
    pub(super) fn field(
        &self,
        ui: &mut Ui,
        label: String,
        text: &mut String,
        width: f32,
    ) -> egui::Response {
        let l = ui.label(self.txt(label));
        let resp = ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(width)
                .text_color(self.t.c.key_text)
                .font(egui::FontId::proportional(self.t.s.small)),
        );
        let resp = resp.labelled_by(l.id);
        ring_if_focused(ui, self.t, &resp);
        resp
    }
    /// A slider under its label, slider and value box together as wide as the console's
    /// room: egui's own slider text sits at its right on one line, and its value box is as
    /// wide as its number needs, so a slider of a set width pushed the console's rows past
    /// the window's edge (issue 21). The value box is laid out first, from the right, and the
    /// slider takes what it leaves. The slider's response.
    pub(super) fn slider<N: egui::emath::Numeric>(
        &self,
        ui: &mut Ui,
        label: String,
        value: &mut N,
        range: std::ops::RangeInclusive<N>,
        logarithmic: bool,
    ) -> egui::Response {
        let l = ui.add(egui::Label::new(self.txt(label)).wrap());
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        let layout = egui::Layout::right_to_left(egui::Align::Center);
        ui.allocate_ui_with_layout(size, layout, |ui| {
            let v = ui.add(egui::DragValue::new(value).range(range.clone()));
            let v = v.labelled_by(l.id);
            ring_if_focused(ui, self.t, &v);
            ui.spacing_mut().slider_width = (ui.available_width() - 1.0).max(40.0);
            let slider = egui::Slider::new(value, range)
                .logarithmic(logarithmic)
                .show_value(false);
            let r = ui.add(slider).labelled_by(l.id);
            ring_if_focused(ui, self.t, &r);
            r
        })
        .inner
    }
    /// A console button: the smallest target's height, small text.
    pub(super) fn btn<'b>(&self, label: &'b str) -> Btn<'b> {
        Btn::new(label)
            .height(self.t.s.target_min)
            .text_size(self.t.s.small)
    }
}

/// The clock: pause, speed, jumps, a time typed in.
pub(super) fn clock_section(
    ui: &mut Ui,
    app: &KioskApp,
    st: &mut TrainerState,
    out: &mut Vec<Command>,
    s: &Style<'_>,
) {
    let t = s.t;
    // Clock.
    ui.separator();
    ui.label(s.head(s.tr.t("trainer-clock")));
    let now = app.host.session.now();
    ui.label(s.txt(s.tr.date_time(now)));
    let paused = app.time.clock.paused;
    // Two to a row: a toggle's mark and "Speed ×10" need more than a third of the
    // console's width.
    let half = ((ui.available_width() - ui.spacing().item_spacing.x) / 2.0 - 1.0).max(100.0);
    ui.horizontal_wrapped(|ui| {
        let l = s.tr.t(if paused {
            "trainer-resume"
        } else {
            "trainer-pause"
        });
        if machine_button(ui, t, s.btn(&l).width(half).look(Look::Check(paused))) {
            out.push(Command::SetPaused(!paused));
        }
        for x in [1.0, 10.0, 60.0] {
            let l = s.tr.ta("trainer-speed", &[("x", Arg::Num(x as i64))]);
            let on = (app.time.clock.speed - x).abs() < 0.5;
            if machine_button(ui, t, s.btn(&l).width(half).look(Look::Radio(on))) {
                out.push(Command::SetSpeed(x));
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        for (key, secs) in [
            ("trainer-plus-1m", 60),
            ("trainer-plus-10m", 600),
            ("trainer-plus-1h", 3600),
        ] {
            let l = s.tr.t(key);
            if machine_button(ui, t, s.btn(&l).width(106.0)) {
                let target = app.host.session.now() + Duration::seconds(secs);
                out.push(Command::SetTime(target));
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        // A minute before opening and the closing time, from the profile's hours.
        let hours = app.host.kiosk.municipality.calendar.hours;
        let before_open = hours.open - Duration::minutes(1);
        for (key, time) in [
            ("trainer-jump-0629", before_open),
            ("trainer-jump-2300", hours.close),
        ] {
            let l = s.tr.ta(
                key,
                &[("time", Arg::Str(time.format("%-H:%M").to_string()))],
            );
            if machine_button(ui, t, s.btn(&l).width(106.0))
                && let Some(x) = at_today(now, time)
            {
                out.push(Command::SetTime(x));
            }
        }
        let l = s.tr.t("trainer-jump-1229");
        if machine_button(ui, t, s.btn(&l).width(106.0))
            && let Some(x) = now
                .timezone()
                .with_ymd_and_hms(now.year(), 12, 29, 10, 0, 0)
                .single()
        {
            out.push(Command::SetTime(x));
        }
    });
    set_time_field(ui, st, out, s);
}

/// A time typed in (RFC 3339) and "Set".
fn set_time_field(ui: &mut Ui, st: &mut TrainerState, out: &mut Vec<Command>, s: &Style<'_>) {
    let t = s.t;
    let field_label = ui.label(s.txt(s.tr.t("trainer-set-field")));
    // The field has a row of its own, as wide as the console: an instant with its offset
    // ("2026-12-06T21:52:00+09:00") did not fit beside the button and showed cut.
    let resp = ui.add(
        egui::TextEdit::singleline(&mut st.time_field)
            // All the row's room, its frame and margin included (the available width alone
            // put the frame 1.3 px past a 1280 px window).
            .desired_width(f32::INFINITY)
            .text_color(t.c.key_text)
            .font(egui::FontId::proportional(t.s.small)),
    );
    let resp = resp.labelled_by(field_label.id);
    ring_if_focused(ui, t, &resp);
    let l = s.tr.t("trainer-set");
    if machine_button(ui, t, s.btn(&l).width(96.0)) {
        match crate::domain::calendar::parse_instant(st.time_field.trim()) {
            Ok(x) => {
                st.error = None;
                out.push(Command::SetTime(x));
            }
            Err(_) => st.error = Some(s.tr.t("trainer-set-invalid")),
        }
    }
    if let Some(e) = &st.error {
        ui.label(s.txt(e.clone()));
    }
}

/// A bundled vendor's name in the console's language (the handbook's words for it); a
/// trainer's own vendor file by its id.
fn vendor_name(s: &Style<'_>, id: &str) -> String {
    s.tr.ta_complete(&format!("handbook-vendor-{id}"), &[])
        .unwrap_or_else(|| id.to_string())
}

/// A drop-down of `(value, shown)` choices under its label, as wide as the console and its
/// choice wrapped (a machine's name, 「富士フイルム型（セブン‐イレブン）」, beside its label
/// ran past a narrow console); returns the value chosen, `current` when nothing was.
fn pick(
    ui: &mut Ui,
    s: &Style<'_>,
    label: RichText,
    current: &str,
    choices: &[(String, String)],
) -> String {
    let mut chosen = current.to_string();
    let current_text = choices
        .iter()
        .find(|(v, _)| v == current)
        .map_or(current, |(_, text)| text.as_str());
    let shown = RichText::new(current_text)
        .size(s.t.s.small)
        .color(s.t.c.key_text);
    let label_text = label.text().to_string();
    let label = ui.label(label);
    let r = egui::ComboBox::from_id_salt(("trainer-pick", label_text))
        .selected_text(shown)
        .width(ui.available_width() - 8.0)
        .wrap_mode(egui::TextWrapMode::Wrap)
        .show_ui(ui, |ui| {
            for (value, text) in choices {
                ui.selectable_value(&mut chosen, value.clone(), text);
            }
        });
    let r = r.response.labelled_by(label.id);
    ring_if_focused(ui, s.t, &r);
    chosen
}

/// The kiosk: municipality, vendor, the reader's card, print speed, a new session, the
/// handbook, recording.
pub(super) fn kiosk_section(
    ui: &mut Ui,
    app: &KioskApp,
    st: &mut TrainerState,
    out: &mut Vec<Command>,
    s: &Style<'_>,
) {
    let t = s.t;
    // Kiosk.
    ui.separator();
    // Names in the console's language, not file ids ("tsukuba" in a Japanese console).
    let lang = s.tr.lang();
    let munis: Vec<(String, String)> = app
        .startup
        .municipalities
        .iter()
        .map(|(id, m)| {
            let name = m.as_ref().map_or(id.as_str(), |m| m.name_in(lang));
            (id.clone(), name.to_string())
        })
        .collect();
    let muni_label = s.txt(s.tr.t("trainer-municipality"));
    let muni = pick(ui, s, muni_label, &app.opts.municipality, &munis);
    let vendor_label = s.txt(s.tr.t("trainer-vendor"));
    let vendors: Vec<(String, String)> = app
        .startup
        .vendors
        .iter()
        .map(|id| (id.clone(), vendor_name(s, id)))
        .collect();
    let vendor = pick(ui, s, vendor_label, &app.opts.vendor, &vendors);
    if muni != app.opts.municipality || vendor != app.opts.vendor {
        out.push(Command::SwitchKiosk {
            municipality: muni,
            vendor,
        });
    }
    super::cases::picker(ui, app, st, out, s);
    let mut secs = app.opts.print_seconds_per_copy;
    s.slider(
        ui,
        s.tr.t("trainer-print-speed"),
        &mut secs,
        0.0..=150.0,
        true,
    );
    if (secs - app.opts.print_seconds_per_copy).abs() > f32::EPSILON {
        out.push(Command::SetPrintSeconds(secs));
    }
    let l = s.tr.t("trainer-new-session");
    if machine_button(ui, t, s.btn(&l)) {
        out.push(Command::NewSession);
    }
    // The console's state is `st` during the frame (the app's is taken out meanwhile).
    let status = st.handbook.lock().map(|s| s.clone()).unwrap_or_default();
    let writing = status == HandbookStatus::Writing;
    let l = s.tr.t("trainer-handbook");
    if machine_button(ui, t, s.btn(&l).enabled(!writing)) {
        out.push(Command::Handbook);
    }
    handbook::status_line(ui, s.tr, &status, &|x| s.txt(x));
    research::section(ui, app, st, out, s);
}

/// Faults to inject, after how many copies, and the ones armed: a fault waits unseen until
/// it strikes, so the trainer needs to see that it is set (and pressing its button again
/// only sets it again).
pub(super) fn faults_section(
    ui: &mut Ui,
    st: &mut TrainerState,
    armed: &[(Fault, u32)],
    out: &mut Vec<Command>,
    s: &Style<'_>,
) {
    let t = s.t;
    // Faults.
    ui.separator();
    ui.label(s.head(s.tr.t("trainer-faults")));
    let mut after = st.after_copies;
    s.slider(ui, s.tr.t("trainer-after-copies"), &mut after, 0..=5, false);
    st.after_copies = after;
    // Two to a row where two fit at a readable width, else one to a row across the room:
    // a fixed 170 points put the second past the edge of a laptop's narrow console.
    let gap = ui.spacing().item_spacing.x;
    let full = ui.available_width() - 1.0;
    let half = (full - gap) / 2.0;
    let width = if half >= 150.0 { half } else { full };
    ui.horizontal_wrapped(|ui| {
        for f in [
            Fault::PaperJam,
            Fault::OutOfPaper,
            Fault::CardUnreadable,
            Fault::NoChange,
            Fault::CentreUnreachable,
        ] {
            let name = s.tr.fault(f);
            let l = s.tr.ta("trainer-inject", &[("fault", Arg::Str(name))]);
            if machine_button(ui, t, s.btn(&l).width(width)) {
                out.push(Command::Inject {
                    fault: f,
                    after_copies: after,
                });
            }
        }
    });
    if armed.is_empty() {
        ui.label(s.txt(s.tr.t("trainer-armed-none")));
    }
    for (f, after) in armed {
        let fault = Arg::Str(s.tr.fault(*f));
        let line = if matches!(f, Fault::PaperJam | Fault::OutOfPaper) {
            let after = Arg::Num(i64::from(*after));
            s.tr.ta("trainer-armed-after", &[("fault", fault), ("after", after)])
        } else {
            s.tr.ta("trainer-armed-next", &[("fault", fault)])
        };
        ui.add(egui::Label::new(s.txt(line).strong()).wrap());
    }
}
