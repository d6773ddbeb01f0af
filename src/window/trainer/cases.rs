//! The card picker beside the reader, with each card of the deck as a case
//! ([`crate::training::cases`]): who holds it, their age, their situation, the demo PIN and
//! what the kiosk will do with it at the simulated time, in the trainer's language.
//!
//! Decisions:
//! - The list names every case in full; closed, the picker names the card (as before) and the
//!   case of the card chosen is written under it, so a trainer sees the PIN to type.
//! - The PINs are read once from the deck's file (the kiosk keeps only hashes) and kept in
//!   the console ([`Pins`]); a deck without a readable file shows no PIN.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use egui::{RichText, Ui};

use super::words;
use crate::i18n::{Arg, I18n};
use crate::training::cases::{self, Case};
use crate::window::app::KioskApp;
use crate::window::machine::{Command, card_label};
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

/// The persona deck's list for the card the hand holds: each entry a case.
pub fn picker(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    let tr = words(app);
    let small = |s: String| {
        RichText::new(s)
            .size(t.s.small)
            .color(app.panel.tokens.c.part_text)
    };
    let pins = &app.console.state.pins;
    let deck = &app.host.kiosk.registry;
    let m = &app.host.kiosk.municipality;
    let at = app.host.session.now();
    let all = cases::cases(&tr, deck, m, at);
    let label_resp = ui.label(small(app.panel.tr.t("reader-choose")));
    let selected = &app.machine.selected_card;
    let mut choice = selected.clone();
    let resp = egui::ComboBox::from_id_salt("reader-card")
        .selected_text(
            RichText::new(card_label(app, selected))
                .size(t.s.small)
                .color(t.c.key_text),
        )
        .width(ui.available_width() - 8.0)
        .height(520.0)
        .wrap_mode(egui::TextWrapMode::Wrap)
        .show_ui(ui, |ui| {
            for c in &all {
                let text = lines(&tr, c, pins.of(app, &c.card)).join("\n");
                ui.selectable_value(&mut choice, c.card.clone(), text);
            }
        });
    let combo = resp.response.labelled_by(label_resp.id);
    ring_if_focused(ui, &t, &combo);
    if let Some(c) = all.iter().find(|c| &c.card == selected) {
        let [_, situation, outcome] = lines(&tr, c, pins.of(app, &c.card));
        for l in [situation, outcome] {
            ui.add(egui::Label::new(small(l)).wrap());
        }
    }
    if &choice != selected {
        out.push(Command::SelectCard(choice));
    }
}
