//! Number of copies: − / +, or digits on the keypad; "Next" sends `Event::Copies`.

use egui::{RichText, Ui};

use crate::domain::session::Event;
use crate::i18n::Arg;
use crate::window::msg::Msg;
use crate::window::screens::Cx;
use crate::window::widgets::Btn;

/// Draws the copies screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("copies-title");
    cx.title(ui, &title);
    let max = cx.session.max_copies_now();
    let fee = cx.session.current().map_or(0, |s| s.fee_yen);
    if let Some(kind) = cx.session.current().map(|s| s.kind) {
        let name = cx.kind_name(kind);
        cx.para(ui, &name);
    }
    ui.add_space(cx.t.s.gap);
    let w = cx.t.s.button_height * 1.6;
    ui.horizontal(|ui| {
        let less = cx.t("copies-less");
        cx.button(
            ui,
            Btn::new("−")
                .name(&less)
                .width(w)
                .tag("copies-less")
                .enabled(cx.draft.copies > 1)
                .msg(Msg::CopiesStep(-1)),
        );
        ui.add_space(cx.t.s.gap);
        let value = cx.ta(
            "copies-value",
            &[("count", Arg::Num(i64::from(cx.draft.copies)))],
        );
        ui.label(
            RichText::new(&value)
                .size(cx.t.s.title)
                .color(cx.t.c.text)
                .strong(),
        );
        ui.add_space(cx.t.s.gap);
        let more = cx.t("copies-more");
        cx.button(
            ui,
            Btn::new("+")
                .name(&more)
                .width(w)
                .tag("copies-more")
                .enabled(cx.draft.copies < max)
                .msg(Msg::CopiesStep(1)),
        );
    });
    let value = cx.ta(
        "copies-value",
        &[("count", Arg::Num(i64::from(cx.draft.copies)))],
    );
    cx.say(&value);
    ui.add_space(cx.t.s.gap);
    let max_text = match cx.session.kiosk().vendor.max_total_yen {
        Some(ceiling) if max < cx.session.kiosk().municipality.max_copies => cx.ta(
            "copies-ceiling",
            &[
                ("max", Arg::Num(i64::from(max))),
                ("ceiling", Arg::Str(cx.yen(ceiling))),
            ],
        ),
        _ => cx.ta("copies-max", &[("max", Arg::Num(i64::from(max)))]),
    };
    cx.muted(ui, &max_text);
    let sub = cx.ta(
        "copies-subtotal",
        &[("amount", Arg::Str(cx.yen(fee * cx.draft.copies)))],
    );
    cx.para(ui, &sub);
    cx.back_and_cancel();
    let next = cx.t("btn-next");
    let n = cx.draft.copies;
    cx.primary(next, (1..=max).contains(&n), Msg::send(Event::Copies(n)));
}
