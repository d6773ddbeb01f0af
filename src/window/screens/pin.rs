//! The 4-digit PIN: masked boxes, an on-screen number pad (the keypad beside the panel types
//! too), the tries left after a failure. A lock goes to the refusal screen (`pin_locked`) with
//! the next step. The digits live only in the app's draft until "OK" sends `Event::Pin`; the
//! accessible names and the speech guide say how many digits are in, never which.

use egui::Ui;

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
        if cx.t.large {
            // Large text: the message is the status line's (bold, on every page, announced
            // once), so the pad stays on the first page beside a two-line instruction.
            cx.say(&msg);
        } else {
            cx.boxed(ui, true, &msg);
        }
    }
    let n = cx.draft.pin.len();
    let entered = cx.ta("pin-entered", &[("count", Arg::Num(n as i64))]);
    cx.say(&entered);
    ui.add_space(cx.t.s.gap);
    // Left: the masked boxes and the count in words; right: the on-screen number pad.
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            // Large text: the column only as wide as the boxes, so the pad's keys are wide
            // enough for Clear's word at the large size (सच्याउनुहोस्).
            let boxes_w = 4.0 * key_height(cx) + 3.0 * ui.spacing().item_spacing.x;
            let half = ui.available_width() * 0.48;
            ui.set_width(if cx.t.large { boxes_w.min(half) } else { half });
            boxes(ui, cx, n);
            ui.add_space(cx.t.s.gap);
            super::body_label(ui, &entered, cx.t.s.body, cx.t.c.text);
        });
        ui.vertical(|ui| pad(ui, cx));
    });
    cx.back_and_cancel();
    let ok = cx.t("btn-ok");
    let complete = cx.draft.pin_complete();
    cx.primary(ok, complete, Msg::SubmitPin);
}

/// The height of a key of the pad and of a masked box. Large text: 0.6 of a button (Sharp's
/// large buttons are 114 px: the two rows of keys at 0.8 went under the page's fold beside a
/// two-line instruction); otherwise 0.8.
fn key_height(cx: &Cx<'_>) -> f32 {
    let share = if cx.t.large { 0.6 } else { 0.8 };
    cx.t.s.target_min.max(cx.t.s.button_height * share)
}

/// The four masked boxes, `n` of them filled.
fn boxes(ui: &mut Ui, cx: &Cx<'_>, n: usize) {
    ui.horizontal(|ui| {
        let size = key_height(cx);
        for i in 0..4 {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
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
}

/// The on-screen number pad. Large text: two rows of six keys (1–6; 7, 8, 9, 0, Clear), so
/// the pad fits above the bar; otherwise the familiar 3 × 4 pad. Clear is two keys wide, so its
/// word (Corrigir, सच्याउनुहोस्) stays whole on one line.
fn pad(ui: &mut Ui, cx: &mut Cx<'_>) {
    let large = cx.t.large;
    let cols = if large { 6 } else { 3 };
    let gap = ui.spacing().item_spacing.x;
    let w = if large {
        ((ui.available_width() - gap * 5.0) / 6.0).max(cx.t.s.target_min)
    } else {
        cx.t.s.button_height * 1.3
    };
    let h = key_height(cx);
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
                let b = if is_clear {
                    let b = Btn::new(k).width(w * 2.0 + gap).height(h);
                    if large { b.text_size(cx.t.s.body) } else { b }
                } else {
                    Btn::new(k).width(w).height(h)
                };
                let digit = if is_clear { None } else { k.parse::<u8>().ok() };
                cx.button(ui, b.secret().msg(Msg::PinKey(digit)));
            }
        });
    }
}
