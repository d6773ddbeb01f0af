//! Paging of the panel's body. A screen whose content is taller than the body is shown a page
//! at a time with Previous page / Next page controls (panel controls, so the keypad reaches
//! them), never scrolled: a resident who cannot scroll — or does not know that a kiosk
//! scrolls — sees everything. Page breaks fall between the items a screen draws (the marks
//! [`crate::window::screens::Cx::mark`] leaves), measured on the previous frame; a change asks
//! for the next frame at once. (Not `request_discard`: a discarded pass is re-run with the same
//! input, so a click in it would act twice.)

use egui::{Rect, RichText, Ui};

use crate::i18n::{Arg, I18n};
use crate::window::msg::Msg;
use crate::window::tokens::Tokens;
use crate::window::widgets::{Btn, Nav, panel_button};

/// The pager row under a paged body: Previous page, "n / N", Next page (each control only
/// where it leads somewhere). `at` is the page on show and the number of pages.
pub fn row(
    ui: &mut Ui,
    tr: &I18n,
    t: &Tokens,
    nav: &mut Nav,
    rect: Rect,
    at: (usize, usize),
) -> Option<Msg> {
    let (page, pages) = at;
    let mut rui = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .id_salt("pager")
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    rui.spacing_mut().item_spacing.x = t.s.gap;
    // The controls take the room; "n / N" needs little.
    let label_w = rect.width() * 0.2;
    let w = (rect.width() - label_w - 2.0 * t.s.gap) / 2.0;
    let h = control_height(t);
    let mut to = None;
    let prev = tr.t("page-previous");
    if page > 0 {
        let b = Btn::new(&prev)
            .tag("page")
            .width(w)
            .height(h)
            .text_size(t.s.body)
            .msg(Msg::Page(page - 1));
        to = to.or(panel_button(&mut rui, t, nav, b));
    } else {
        rui.add_space(w);
    }
    let of = page_of(tr, page, pages);
    rui.add_sized(
        [label_w, h],
        egui::Label::new(RichText::new(of).size(t.s.body).color(t.c.text)),
    );
    let next = tr.t("page-next");
    if page + 1 < pages {
        let b = Btn::new(&next)
            .tag("page")
            .width(w)
            .height(h)
            .text_size(t.s.body)
            .msg(Msg::Page(page + 1));
        to = to.or(panel_button(&mut rui, t, nav, b));
    }
    to
}

/// The height of the pager's controls: one line of body text (≥ 6 mm in large text) or the
/// 44 px target, whichever is more.
pub fn control_height(t: &Tokens) -> f32 {
    (t.s.body * 1.35 + 2.0 * t.s.pad).max(t.s.target_min)
}

/// Where each page starts, in pixels from the top of the content: `[0.0]` when it all fits.
/// `breaks` are the item tops, `height` the content's height, `body` the body's whole height
/// (a screen that fits needs no pager); `room` is the height the first page has beside the
/// pager row, `later` what each later page has (less: it repeats the screen's title above).
/// Each page takes as many items as fit before the next begins.
pub fn page_starts(breaks: &[f32], height: f32, body: f32, room: f32, later: f32) -> Vec<f32> {
    let mut starts = vec![0.0_f32];
    if height <= body || room <= 1.0 || later <= 1.0 {
        return starts;
    }
    let mut breaks: Vec<f32> = breaks.iter().copied().filter(|b| *b > 0.5).collect();
    breaks.sort_by(f32::total_cmp);
    loop {
        let start = starts[starts.len() - 1];
        let room = if starts.len() == 1 { room } else { later };
        if height - start <= room {
            return starts;
        }
        // The last break that keeps the page within its room; an item taller than a page is
        // cut where the room ends (the audit reports it).
        let next = breaks
            .iter()
            .copied()
            .filter(|b| *b > start + 0.5 && *b <= start + room)
            .fold(None, |_, b| Some(b))
            .unwrap_or(start + room);
        starts.push(next);
    }
}

/// "Page 2 of 3" for the 0-based `page` of `pages`: the pager shows it and the speech guide
/// says it.
pub fn page_of(tr: &I18n, page: usize, pages: usize) -> String {
    tr.ta(
        "page-of",
        &[
            ("page", Arg::Num(page as i64 + 1)),
            ("pages", Arg::Num(pages as i64)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_screen_that_fits_has_one_page() {
        assert_eq!(
            page_starts(&[0.0, 100.0, 200.0], 300.0, 400.0, 340.0, 300.0),
            [0.0]
        );
    }

    #[test]
    fn pages_break_between_items_and_cover_everything() {
        let breaks = [0.0, 90.0, 180.0, 270.0, 360.0, 450.0];
        let starts = page_starts(&breaks, 540.0, 400.0, 340.0, 340.0);
        assert_eq!(starts, [0.0, 270.0]);
        // Each page fits its room, and the last reaches the end.
        for w in starts.windows(2) {
            assert!(w[1] - w[0] <= 340.0);
        }
        assert!(540.0 - starts[starts.len() - 1] <= 340.0);
    }

    #[test]
    fn an_item_taller_than_a_page_is_cut_where_the_room_ends() {
        assert_eq!(
            page_starts(&[0.0], 900.0, 400.0, 340.0, 340.0),
            [0.0, 340.0, 680.0]
        );
    }

    #[test]
    fn later_pages_have_less_room_for_the_repeated_title() {
        let breaks = [0.0, 100.0, 200.0, 300.0, 400.0, 500.0, 600.0];
        // First page 0–300 (room 340); later pages hold 250: 300–500, then 500–700.
        assert_eq!(
            page_starts(&breaks, 700.0, 400.0, 340.0, 250.0),
            [0.0, 300.0, 500.0]
        );
    }
}
