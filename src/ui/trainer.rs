//! The trainer console (F2), beside the machine and never inside the panel: the simulated
//! clock (pause, speed, fast-forward, jump to 6:29 / 23:00 / 29 December, set), the persona deck,
//! municipality and vendor, the print speed, fault injection, and the event log with each
//! refusal's rule and the resident's next step (the domain's own words, in English).

use chrono::{DateTime, Datelike, Duration, TimeZone};
use chrono_tz::Tz;
use egui::{RichText, Ui};

use crate::domain::session::{Event, Fault};
use crate::ui::app::KioskApp;
use crate::ui::i18n::Arg;
use crate::ui::widgets::{Btn, Look, machine_button, ring_if_focused};

/// The console's own state.
#[derive(Debug, Clone)]
pub struct TrainerState {
    /// The "set time" field.
    pub time_field: String,
    /// Copies printed before an injected printer fault strikes.
    pub after_copies: u32,
    /// The last input error.
    pub error: Option<String>,
}

impl TrainerState {
    /// A console showing `at` in its time field.
    pub fn new(at: DateTime<Tz>) -> Self {
        Self {
            time_field: at.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            after_copies: 0,
            error: None,
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
                        app.set_time(target);
                    }
                }
            });
            ui.horizontal_wrapped(|ui| {
                let l = app.tr.t("trainer-jump-0629");
                if machine_button(ui, &t, btn(&l, bh, bt).width(106.0))
                    && let Some(x) = at_today(now, 6, 29)
                {
                    app.set_time(x);
                }
                let l = app.tr.t("trainer-jump-2300");
                if machine_button(ui, &t, btn(&l, bh, bt).width(106.0))
                    && let Some(x) = at_today(now, 23, 0)
                {
                    app.set_time(x);
                }
                let l = app.tr.t("trainer-jump-1229");
                if machine_button(ui, &t, btn(&l, bh, bt).width(106.0))
                    && let Some(x) = now
                        .timezone()
                        .with_ymd_and_hms(now.year(), 12, 29, 10, 0, 0)
                        .single()
                {
                    app.set_time(x);
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
                            app.set_time(x);
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
            // Log.
            ui.separator();
            ui.label(head(app.tr.t("trainer-log")));
            log(ui, app);
        });
}

fn log(ui: &mut Ui, app: &KioskApp) {
    let t = &app.machine_tokens();
    let txt = |s: String| RichText::new(s).size(t.s.small).color(t.c.part_text);
    let all: Vec<_> = app
        .history
        .iter()
        .map(|l| (l.session.clone(), l.entry.clone()))
        .collect();
    // Quiet ticks are noise: show ticks only when they changed something.
    let shown: Vec<_> = all
        .into_iter()
        .filter(|(_, e)| match e {
            Ok(e) => !(e.event.starts_with("Tick") && e.note == "time passes"),
            Err(_) => true,
        })
        .collect();
    let start = shown.len().saturating_sub(80);
    for (session, e) in shown.iter().skip(start).rev() {
        match e {
            Ok(e) => {
                let time = e.at.get(11..).unwrap_or(&e.at);
                ui.add(
                    egui::Label::new(txt(format!(
                        "{time} {} {} → {}: {}",
                        e.event, e.from, e.to, e.note
                    )))
                    .wrap(),
                );
                if let Some(r) = &e.refusal {
                    ui.add(
                        egui::Label::new(txt(app
                            .tr
                            .ta("trainer-log-rule", &[("rule", Arg::Str(r.rule.clone()))])))
                        .wrap(),
                    );
                    ui.add(
                        egui::Label::new(txt(app.tr.ta(
                            "trainer-log-next",
                            &[("next", Arg::Str(r.next_step.clone()))],
                        )))
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
