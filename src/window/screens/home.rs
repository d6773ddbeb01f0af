//! The copier's home menu: the language choice and "Administrative services" (行政サービス).
//! Each language is listed in its own name and its own fonts; choosing one sends
//! `Event::Language` (the session accepts it only here, as the real machine does).

use egui::{RichText, Ui};

use crate::domain::session::Event;
use crate::window::fonts;
use crate::window::screens::{Action, Cx};
use crate::window::widgets::{Btn, Look, panel_button};

/// Draws the home menu.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("home-title");
    cx.title(ui, &title);
    let hint = cx.t("home-services-hint");
    cx.para(ui, &hint);
    ui.add_space(cx.t.s.gap);
    let label = cx.t("home-services");
    if panel_button(ui, cx.t, cx.nav, Btn::new(&label).look(Look::Primary)) {
        cx.act(Action::send(Event::Services));
    }
    ui.add_space(cx.t.s.gap * 2.0);
    ui.label(
        RichText::new(cx.t("home-language"))
            .size(cx.t.s.body)
            .color(cx.t.c.text)
            .strong(),
    );
    ui.add_space(cx.t.s.gap / 2.0);
    let current = cx.tr.lang();
    let langs = cx.tr.languages();
    let cols = if cx.t.large { 3 } else { 4 };
    let gap = cx.t.s.gap;
    let w = (ui.available_width() - gap * (cols as f32 - 1.0)) / cols as f32;
    for row in langs.chunks(cols) {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for (code, name) in row {
                let on = *code == current;
                let look = Look::Radio(on);
                let b = Btn::new(name)
                    .look(look)
                    .width(w)
                    .height(cx.t.s.target_min.max(cx.t.s.button_height * 0.75))
                    .text_size(cx.t.s.body)
                    // Each name in its own language's faces (Chinese shapes for 简体中文, …).
                    .family(fonts::family(code));
                if panel_button(ui, cx.t, cx.nav, b) && !on {
                    cx.act(Action::send(Event::Language((*code).to_string())));
                }
            }
        });
        ui.add_space(gap / 2.0);
    }
}
