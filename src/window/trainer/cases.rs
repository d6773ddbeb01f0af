//! The console's persona picker, with each card of the deck as a case
//! ([`crate::training::cases`]): who holds it, their age, their situation, the demo PIN and
//! what the kiosk will do with it at the simulated time, in the trainer's language.
//!
//! Decisions:
//! - The list names every case in full (holder, age, what they bring; situation and PIN; what
//!   the kiosk will do); closed, the picker names the holder and the case of the card chosen
//!   is written under it, so a trainer sees the PIN to type. The machine's own picker beside
//!   the reader stays as the resident would name the card.
//! - While an exercise runs and is not answered, the picker names the cards only: a case's
//!   outcome is the answer the trainee is asked for.
//! - The PINs are read once from the deck's file (the kiosk keeps only hashes) and kept in
//!   the console ([`Pins`]); a deck without a readable file shows no PIN.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use egui::{RichText, Ui};

use super::sections::Style;
use super::{Command, TrainerState};
use crate::i18n::{Arg, I18n};
use crate::training::cases::{self, Case};
use crate::window::app::KioskApp;
use crate::window::widgets::ring_if_focused;

/// The deck's demo PINs by card id, read the first time the picker is drawn.
#[derive(Debug, Clone, Default)]
pub struct Pins(OnceLock<BTreeMap<String, String>>);

impl Pins {
    /// The PIN of card `id`, reading the deck's file once.
    fn of<'a>(&'a self, app: &KioskApp, id: &str) -> Option<&'a str> {
        self.0
            .get_or_init(|| {
                let path = app
                    .opts
                    .personas
                    .clone()
                    .unwrap_or_else(|| crate::kiosk::assets_dir().join("personas.toml"));
                cases::deck_pins(&path)
            })
            .get(id)
            .map(String::as_str)
    }
}

/// A case as lines: the holder, kind and age; the situation and PIN; what the kiosk will do.
fn lines(tr: &I18n, c: &Case, pin: Option<&str>) -> [String; 3] {
    let who = tr.ta(
        "case-who",
        &[
            ("name", Arg::Str(c.name.clone())),
            ("kind", Arg::Str(c.kind.clone())),
            ("age", Arg::Num(i64::from(c.age))),
        ],
    );
    let situation = match pin {
        Some(p) => tr.ta(
            "case-situation-pin",
            &[
                ("situation", Arg::Str(c.situation.clone())),
                ("pin", Arg::Str(p.to_string())),
            ],
        ),
        None => c.situation.clone(),
    };
    [
        who,
        situation,
        tr.ta("case-kiosk", &[("outcome", Arg::Str(c.outcome.clone()))]),
    ]
}

/// The console's persona picker: each card of the deck as a case (the list), and the case of
/// the card in the hand under it (its situation, demo PIN and what the kiosk will do).
pub(super) fn picker(
    ui: &mut Ui,
    app: &KioskApp,
    st: &TrainerState,
    out: &mut Vec<Command>,
    s: &Style<'_>,
) {
    let t = s.t;
    let tr = s.tr;
    let pins = &st.pins;
    let deck = &app.host.kiosk.registry;
    let at = app.host.session.now();
    let exercise = st.exercises.active.as_ref();
    let veiled = exercise.is_some_and(|a| !a.answered);
    let all = cases::cases(tr, deck, &app.host.kiosk.municipality, at);
    let selected = &app.machine.selected_card;
    let line = |c: &Case| lines(tr, c, pins.of(app, &c.card));
    // Closed, the picker names the holder; while an exercise waits for its answer, the list
    // names the holders only.
    let shown = all
        .iter()
        .find(|c| &c.card == selected)
        .map_or_else(|| selected.clone(), |c| line(c)[0].clone());
    let label = ui.label(s.txt(tr.t("trainer-deck")));
    let mut choice = selected.clone();
    let r = egui::ComboBox::from_id_salt("trainer-deck")
        .selected_text(RichText::new(shown).size(t.s.small).color(t.c.key_text))
        .width(ui.available_width() - 8.0)
        .height(460.0)
        .wrap_mode(egui::TextWrapMode::Wrap)
        .show_ui(ui, |ui| {
            for c in &all {
                let [who, situation, outcome] = line(c);
                let text = if veiled {
                    who
                } else {
                    format!("{who}\n{situation}\n{outcome}")
                };
                ui.selectable_value(&mut choice, c.card.clone(), text);
            }
        });
    let r = r.response.labelled_by(label.id);
    ring_if_focused(ui, t, &r);
    if let Some(c) = all.iter().find(|c| &c.card == selected).filter(|_| !veiled) {
        let [_, situation, outcome] = line(c);
        for l in [situation, outcome] {
            ui.add(egui::Label::new(s.txt(l)).wrap());
        }
    }
    if &choice != selected {
        out.push(Command::SelectCard(choice));
    }
}
