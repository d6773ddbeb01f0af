//! The step indicator: the certificate service's seven steps (DOMAIN.md "The flow": language,
//! administrative services, card, PIN, certificate, copies, payment) in a strip under the
//! header, the current one filled, those done ticked. It tells a resident how far they are
//! and how much is left, as a copier's own screens do with their step bars.
//!
//! The copier's home menu comes before the certificate service and shows no strip (the
//! resident has not entered the service yet; its tiles keep the room they need).
//!
//! The public operating guides (the Tsukuba guide in `../shared/seed`, the municipal pages
//! DOMAIN.md draws on) do not show either vendor's step bar, so both vendors draw the same one
//! and the screens keep one layout (an emulator's aid, said so in README).

use egui::{Align2, FontId, Rect, Stroke, Ui, pos2, vec2};

use crate::domain::session::Screen;
use crate::i18n::{Arg, I18n};
use crate::window::tokens::Tokens;

/// How many steps the service has.
pub const STEPS: usize = 7;

/// Which of the seven steps (1-based) a screen belongs to; `None` where the flow is left
/// (a refusal, the service closed).
pub fn step_of(screen: Screen) -> Option<usize> {
    use Screen as S;
    Some(match screen {
        S::Language => 1,
        S::Services | S::Consent => 2,
        S::PlaceCard | S::Path => 3,
        S::Pin | S::Registered | S::RemoveCard => 4,
        S::Certificate | S::Options => 5,
        S::Copies | S::Confirm => 6,
        S::Payment | S::Printing | S::TakeItems => 7,
        S::Refusal | S::OutOfService => return None,
    })
}

/// The strip's height for these tokens: one line of small print and its padding.
pub fn band_height(t: &Tokens) -> f32 {
    // Whole pixels: the body under it starts on a pixel, so its page breaks measure the same
    // on every page.
    (t.s.small * 1.4 + 12.0).round()
}

/// What the strip says to a screen reader and the speech guide: "Step 4 of 7: PIN".
pub fn words(tr: &I18n, current: usize) -> String {
    tr.ta(
        "flow-step-at",
        &[
            ("n", Arg::Num(current as i64)),
            ("count", Arg::Num(STEPS as i64)),
            ("name", Arg::Str(tr.t(&format!("flow-step-{current}")))),
        ],
    )
}

/// Draws the strip in `rect`: seven chips, the current one filled with its name, the others
/// with their number (and their name where there is room: not in large text).
pub fn draw(ui: &mut Ui, rect: Rect, t: &Tokens, tr: &I18n, current: Option<usize>) {
    let (s, c) = (&t.s, &t.c);
    let gap = 4.0;
    let w = (rect.width() - gap * (STEPS as f32 - 1.0)) / STEPS as f32;
    let h = rect.height() - 8.0;
    let painter = ui.painter_at(rect);
    for i in 1..=STEPS {
        let x = rect.left() + (i as f32 - 1.0) * (w + gap);
        let chip = Rect::from_min_size(pos2(x, rect.top() + 4.0), vec2(w, h));
        let now = current == Some(i);
        let done = current.is_some_and(|k| i < k);
        let (fill, text) = if now {
            (c.primary_bg, c.primary_text)
        } else {
            (c.surface_bg, if done { c.text } else { c.text_muted })
        };
        painter.rect(
            chip,
            f32::from(s.radius),
            fill,
            Stroke::new(1.0, c.button_border),
            egui::StrokeKind::Inside,
        );
        if done {
            // A tick at the chip's left end (a shape: no font needs the glyph).
            let (l, m) = (chip.left() + 8.0, chip.center().y);
            let tick = [pos2(l, m), pos2(l + 4.0, m + 4.0), pos2(l + 11.0, m - 5.0)];
            painter.line(tick.to_vec(), Stroke::new(2.0, text));
        }
        let name = tr.t(&format!("flow-step-{i}"));
        let font = FontId::proportional(s.small);
        let full = format!("{i} {name}");
        let fits = painter
            .layout_no_wrap(full.clone(), font.clone(), text)
            .size()
            .x
            <= w - 24.0;
        // Where a name does not fit its chip (large text) only the current step shows it and
        // the others their number; the spoken words say it all.
        let label = if fits || (now && !t.large) {
            full
        } else {
            i.to_string()
        };
        // A ticked chip's words start after the tick.
        let room = if done {
            Rect::from_min_max(pos2(chip.left() + 20.0, chip.top()), chip.max)
        } else {
            chip
        };
        painter.text(room.center(), Align2::CENTER_CENTER, label, font, text);
    }
    if let Some(k) = current {
        let said = words(tr, k);
        let id = egui::Id::unique("kofu-flow-steps");
        let r = ui.interact(rect, id, egui::Sense::hover());
        ui.ctx().accesskit_node_builder(r.id, |n| {
            n.set_role(egui::accesskit::Role::Label);
            n.set_label(said.clone());
            // Where it is, for a screen reader's highlight and the audit.
            n.set_bounds(egui::accesskit::Rect {
                x0: f64::from(rect.left()),
                y0: f64::from(rect.top()),
                x1: f64::from(rect.right()),
                y1: f64::from(rect.bottom()),
            });
        });
    }
}
