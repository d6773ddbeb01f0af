//! The 4-digit PIN: masked boxes, an on-screen number pad (the keypad beside the panel types
//! too), the tries left after a failure. A lock goes to the refusal screen (`pin_locked`) with
//! the next step. The digits live only in the app's draft until "OK" sends `Event::Pin`; the
//! accessible names and the speech guide say how many digits are in, never which.

use egui::{RichText, Ui};

use crate::domain::card::PIN_MAX_FAILURES;
use crate::i18n::Arg;
use crate::window::msg::Msg;
use crate::window::screens::Cx;
use crate::window::widgets::Btn;

/// Draws the PIN screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("pin-title");
    cx.title(ui, &title);
    let ins = cx.t("pin-instruction");
    cx.para(ui, &ins);
    let tries = cx.session.pin_tries_left();
    if tries < PIN_MAX_FAILURES {
        let msg = cx.ta("pin-wrong", &[("tries", Arg::Num(i64::from(tries)))]);
        cx.boxed(ui, true, &msg);
    }
    let n = cx.draft.pin.len();
    let entered = cx.ta("pin-entered", &[("count", Arg::Num(n as i64))]);
    cx.say(&entered);
    ui.add_space(cx.t.s.gap);
    // Left: the masked boxes and the count in words; right: the on-screen number pad.
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(ui.available_width() * 0.48);
            ui.horizontal(|ui| {
                let size = cx.t.s.button_height;
                for i in 0..4 {
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
                    let p = ui.painter();
                    p.rect_filled(rect, cx.t.s.radius, cx.t.c.surface_bg);
                    p.rect_stroke(
                        rect,
                        cx.t.s.radius,
                        egui::Stroke::new(2.0, cx.t.c.text),
                        egui::StrokeKind::Inside,
                    );
                    if i < n {
                        p.circle_filled(rect.center(), size / 6.0, cx.t.c.text);
                    }
                }
            });
            ui.add_space(cx.t.s.gap);
            ui.label(RichText::new(&entered).size(cx.t.s.body).color(cx.t.c.text));
        });
        ui.vertical(|ui| {
            // Large text: two rows of six keys (1–6; 7, 8, 9, 0, Clear), so the pad fits
            // above the bar; otherwise the familiar 3 × 4 pad.
            let large = cx.t.large;
            let cols = if large { 6 } else { 3 };
            let gap = ui.spacing().item_spacing.x;
            let w = if large {
                ((ui.available_width() - gap * 5.0) / 6.0).max(cx.t.s.target_min)
            } else {
                cx.t.s.button_height * 1.3
            };
            let h = cx.t.s.target_min.max(cx.t.s.button_height * 0.8);
            let clear = cx.t("pin-clear");
            let keys: Vec<&str> = if large {
                vec!["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", &clear]
            } else {
                vec!["1", "2", "3", "4", "5", "6", "7", "8", "9", &clear, "0"]
            };
            for row in keys.chunks(cols) {
                ui.horizontal(|ui| {
                    for k in row {
                        let is_clear = *k == clear.as_str();
                        let b = if is_clear && large {
                            Btn::new(k)
                                .width(w * 2.0 + gap)
                                .height(h)
                                .text_size(cx.t.s.body)
                        } else {
                            Btn::new(k).width(w).height(h)
                        }
                        .secret();
                        let digit = if is_clear { None } else { k.parse::<u8>().ok() };
                        cx.button(ui, b.msg(Msg::PinKey(digit)));
                    }
                });
            }
        });
    });
    cx.back_and_cancel();
    let ok = cx.t("btn-ok");
    let complete = cx.draft.pin_complete();
    cx.primary(ok, complete, Msg::SubmitPin);
}
