//! The copier's home menu: the store's services (copy, print, scan, fax, photo, tickets and
//! administrative services, 行政サービス) in the vendor's order, layout and icon set, and the
//! language choice. Finding 行政サービス among the others is the resident's first task; a
//! service the emulator lacks sends `Event::OtherService`, and the session's effect puts its
//! notice on screen (a wrong turn, nothing else changes). Each language is listed in its own
//! name and its own fonts; choosing one sends `Event::Language` (the session accepts it only
//! here, as the real machine does).

use egui::Ui;

use crate::domain::session::Event;
use crate::domain::vendor::look::{HomeLayout, HomeTile};
use crate::i18n::effects::not_here;
use crate::window::fonts;
use crate::window::msg::Msg;
use crate::window::screens::Cx;
use crate::window::tokens::Tokens;
use crate::window::widgets::{Btn, Icon, Look, control_height, panel_button};

/// Draws the home menu, or its language list (the machine's "Language" button opens it).
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    if cx.draft.home_languages {
        languages(ui, cx);
        return;
    }
    let title = cx.t("home-title");
    cx.title(ui, &title);
    let notice = cx.draft.home_notice.map(|service| not_here(cx.tr, service));
    // Large text: the notice of a service the emulator lacks goes under 行政サービス, which it
    // tells the resident to press (three lines of it above would push the tile to page 2).
    let later = notice.clone().filter(|_| cx.t.large);
    match &notice {
        Some(n) if later.is_none() => cx.boxed(ui, false, n),
        Some(_) => {}
        None => {
            let hint = cx.t("home-services-hint");
            cx.para(ui, &hint);
        }
    }
    ui.add_space(cx.t.s.gap / 2.0);
    services(ui, cx, later.as_deref());
    ui.add_space(cx.t.s.gap / 2.0);
    cx.mark(ui);
    let label = cx.t("home-language");
    let b = Btn::new(&label)
        .tag("languages")
        .height(cx.t.s.target_min)
        .text_size(cx.t.s.body);
    cx.button(ui, b.msg(Msg::ShowLanguages(true)));
}

/// The service tiles (or rows) in the vendor's order, with `notice` boxed under the first row
/// (large text).
fn services(ui: &mut Ui, cx: &mut Cx<'_>, notice: Option<&str>) {
    let look = cx.t.look.clone();
    let mut menu = cx.session.kiosk().vendor.home_menu.clone();
    // Large text pages the menu: the service the instruction names comes first, on a row of
    // its own, so it is on the first page in every language (the other services follow in the
    // vendor's order).
    let alone = cx.t.large && menu.contains(&HomeTile::Administrative);
    if alone {
        menu.retain(|tile| *tile != HomeTile::Administrative);
    }
    let gap = cx.t.s.gap;
    let (cols, above) = match look.home {
        // Large text: two columns, so each name keeps its size and whole words on a line
        // (スマートフォン does not fit a third of the panel beside a pictogram), and the
        // pictogram beside the name, so a row takes less height and a page holds more.
        HomeLayout::Tiles => (
            if cx.t.large {
                2
            } else {
                usize::from(look.home_columns).max(2)
            },
            !cx.t.large,
        ),
        HomeLayout::List => (if cx.t.large { 1 } else { 2 }, false),
    };
    let full = ui.available_width();
    let w = (full - gap * (cols as f32 - 1.0)) / cols as f32;
    let text_size = cx.t.s.body;
    let first: &[HomeTile] = if alone {
        &[HomeTile::Administrative]
    } else {
        &[]
    };
    let rows = std::iter::once(first)
        .filter(|r| !r.is_empty())
        .chain(menu.chunks(cols));
    for row in rows {
        let w = if alone && row == [HomeTile::Administrative] {
            full
        } else {
            w
        };
        cx.mark(ui);
        let labels: Vec<String> = row.iter().map(|&tile| tile_label(cx, tile)).collect();
        let spec = TileSpec {
            width: w,
            text_size,
            icons: look.icons,
            above,
        };
        // The tiles of a row take the tallest one's height (their labels line up).
        let least = cx.t.s.button_height * if above { 1.6 } else { 1.0 };
        let h = row
            .iter()
            .zip(&labels)
            .map(|(&tile, label)| control_height(ui, cx.t, &spec.button(tile, label, least)))
            .fold(least, f32::max);
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for (&tile, label) in row.iter().zip(&labels) {
                let b = spec.button(tile, label, h);
                cx.msgs.extend(panel_button(ui, cx.t, cx.nav, b));
            }
        });
        ui.add_space(gap / 2.0);
        if let Some(n) = notice.filter(|_| alone && row == [HomeTile::Administrative]) {
            cx.boxed(ui, false, n);
            ui.add_space(gap / 2.0);
        }
    }
}

/// How the tiles of the menu are drawn (the same for every tile of a screen).
struct TileSpec {
    width: f32,
    text_size: f32,
    icons: crate::domain::vendor::look::IconStyle,
    above: bool,
}

impl TileSpec {
    /// The tile of `tile`, `h` high, sending what it does.
    fn button<'a>(&self, tile: HomeTile, label: &'a str, h: f32) -> Btn<'a> {
        let ev = match tile {
            HomeTile::Administrative => Event::Services,
            HomeTile::Other(s) => Event::OtherService(s),
        };
        let look = if tile == HomeTile::Administrative {
            Look::Primary
        } else {
            Look::Normal
        };
        Btn::new(label)
            .sends(ev)
            .look(look)
            .width(self.width)
            .height(h)
            .text_size(self.text_size)
            .icon(Icon {
                tile,
                style: self.icons,
                above: self.above,
            })
    }
}

/// A service tile's name in the screen's language (the vendor's own for 行政サービス).
fn tile_label(cx: &Cx<'_>, tile: HomeTile) -> String {
    match tile {
        HomeTile::Administrative => cx.vendor_label("services", "home-services"),
        HomeTile::Other(s) => cx.t(&format!("home-service-{}", s.code())),
    }
}

/// The language list, each name in its own script; Back returns to the services.
fn languages(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("home-language");
    cx.title(ui, &title);
    let back = cx.t("btn-back");
    cx.bar.back = Some((back, Msg::ShowLanguages(false)));
    let current = cx.tr.lang();
    let langs = cx.tr.languages();
    let cols = if cx.t.large { 3 } else { 4 };
    let gap = cx.t.s.gap;
    let w = (ui.available_width() - gap * (cols as f32 - 1.0)) / cols as f32;
    let least = cx.t.s.target_min.max(cx.t.s.button_height * 0.75);
    for row in langs.chunks(cols) {
        cx.mark(ui);
        // The names of a row take the tallest one's height, tops in line.
        let h = row
            .iter()
            .map(|(code, name)| {
                control_height(ui, cx.t, &lang_button(cx.t, current, w, code, name, least))
            })
            .fold(least, f32::max);
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for (code, name) in row {
                let b = lang_button(cx.t, current, w, code, name, h);
                cx.msgs.extend(panel_button(ui, cx.t, cx.nav, b));
            }
        });
        ui.add_space(gap / 2.0);
    }
}

/// A language's button in the list, `w` wide and `h` high: a radio button, chosen for the
/// language in force (which closes the list as a new one does).
fn lang_button<'a>(
    t: &Tokens,
    current: &str,
    w: f32,
    code: &str,
    name: &'a str,
    h: f32,
) -> Btn<'a> {
    let on = code == current;
    let b = Btn::new(name)
        .sends(Event::Language(code.to_string()))
        .look(Look::Radio(on))
        .width(w)
        .height(h)
        .text_size(t.s.body)
        // Each name in its own language's faces (Chinese shapes for 简体中文, …).
        .family(fonts::family(code));
    if on {
        b.msg(Msg::ShowLanguages(false))
    } else {
        b
    }
}
