//! The card reader's picker: which card (or phone) of the persona deck the hand holds, for a
//! trainer (a study's moderator chooses it in the console instead). Its own file: the chosen
//! card's name is packed into lines between words and the box must not wrap it again.

use egui::{RichText, Ui};

use super::Command;
use crate::domain::registry::CardKind;
use crate::window::app::KioskApp;
use crate::window::widgets::{LABEL_LINE_HEIGHT, ring_if_focused};

/// The card's holder and kind as the reader's list shows them: 「筑波 花子 — マイナンバーカード」.
pub(super) fn card_label(app: &KioskApp, id: &str) -> String {
    let reg = &app.host.kiosk.registry;
    let Some(card) = reg.cards.get(id) else {
        return id.to_string();
    };
    let holder = reg
        .persons
        .get(&card.holder)
        .map_or(card.holder.clone(), |p| p.name.clone());
    let kind = match card.kind {
        CardKind::Card => app.panel.tr.t("card-kind-card"),
        CardKind::Android => app.panel.tr.t("card-kind-android"),
        CardKind::Iphone => app.panel.tr.t("card-kind-iphone"),
    };
    format!("{holder} — {kind}")
}

/// The persona deck's list, for a trainer choosing which card the hand holds (a study's
/// moderator chooses it in the console instead).
pub(super) fn card_picker(ui: &mut Ui, app: &KioskApp, out: &mut Vec<Command>) {
    let t = app.machine_tokens();
    let label = app.panel.tr.t("reader-choose");
    let selected = card_label(app, &app.machine.selected_card);
    let mut choice = app.machine.selected_card.clone();
    let ids: Vec<String> = app.host.kiosk.registry.cards.keys().cloned().collect();
    let labels: Vec<String> = ids.iter().map(|id| card_label(app, id)).collect();
    let label_resp = ui.label(
        RichText::new(&label)
            .size(t.s.small)
            .color(app.panel.tokens.c.part_text),
    );
    // The chosen card's name breaks between words (the box leaves room for its arrow), and
    // egui does not wrap it again: its own wrap, narrower than the box, cut 「マイナンバー|カード」.
    let font = egui::FontId::proportional(t.s.small);
    let box_w = ui.available_width() - 8.0;
    // The box's text room as egui's button lays it out: its padding either side, the arrow and
    // the gap before it (and two points of slack), so the lines never widen the box.
    let sp = ui.spacing();
    let room = box_w - 2.0 * sp.button_padding.x - sp.icon_width - sp.item_spacing.x - 2.0;
    let shown = crate::window::wrap::wrapped(ui.painter(), &selected, &font, room).into_owned();
    let mut text = RichText::new(shown.as_str())
        .size(t.s.small)
        .color(t.c.key_text);
    if shown.contains('\n') {
        text = text.line_height(Some(t.s.small * LABEL_LINE_HEIGHT));
    }
    let resp = egui::ComboBox::from_id_salt("reader-card")
        .selected_text(text)
        .wrap_mode(egui::TextWrapMode::Extend)
        .width(box_w)
        .height(400.0)
        .show_ui(ui, |ui| {
            for (id, l) in ids.iter().zip(&labels) {
                ui.selectable_value(&mut choice, id.clone(), l);
            }
        });
    let combo = resp.response.labelled_by(label_resp.id);
    ring_if_focused(ui, &t, &combo);
    if choice != app.machine.selected_card {
        out.push(Command::SelectCard(choice));
    }
}
