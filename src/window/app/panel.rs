//! The touch panel for one frame: header (municipality, date and time, display toggles), the
//! step indicator, the screen's body, the bottom bar and the footer (specimen banner, live status, keypad help).

use egui::{Rect, RichText, Ui, pos2, vec2};

use super::{KioskApp, pager, steps};
use crate::domain::session::Screen;
use crate::window::msg::{Display, Msg};
use crate::window::screens::{self, Bar, Cx};
use crate::window::tokens::{PANEL_SIZE, ThemeKind, Tokens};
use crate::window::trainer;
use crate::window::widgets::{Btn, Look, panel_button};

impl KioskApp {
    /// The touch panel: header, the screen's body, the bottom bar, the footer. Drawing changes
    /// nothing of the kiosk: it returns what was pressed, and keeps only what it laid out (the
    /// controls on show, the page breaks, the speech guide's text for the screen).
    pub(super) fn draw_panel(&mut self, ui: &mut Ui, panel: Rect) -> Vec<Msg> {
        let t = self.panel.tokens.clone();
        ui.painter().rect_filled(panel, 0, t.c.panel_bg);
        let step = steps::step_of(self.host.session.screen())
            .filter(|_| self.research.questionnaire.is_none());
        let rects = panel_rects_on(panel, &t, self.host.session.screen(), step.is_some());
        self.panel.nav.begin();
        let mut msgs = self.draw_header(ui, rects.header, &t);
        self.panel.nav.body_start = self.panel.nav.count;
        if step.is_some() && rects.steps.height() > 0.0 {
            steps::draw(ui, rects.steps, &t, &self.panel.tr, step);
        }
        let bar = self.draw_body(ui, rects.body, &t, &mut msgs);
        if let Some(k) = step.filter(|_| rects.steps.height() > 0.0) {
            // Read in the order drawn: where the resident is, then the screen.
            let said = steps::words(&self.panel.tr, k);
            let speech = &mut self.panel.layout.speech;
            *speech = if speech.is_empty() {
                said
            } else {
                format!("{said} ／ {speech}")
            };
        }
        self.draw_bar(ui, rects.bar, &t, bar, &mut msgs);
        self.draw_footer(ui, rects.footer, &t);
        self.panel.nav.end();
        msgs
    }

    /// Header: municipality, date and time, display toggles.
    fn draw_header(&mut self, ui: &mut Ui, header: Rect, t: &Tokens) -> Vec<Msg> {
        let (s, c) = (&t.s, &t.c);
        let mut msgs = Vec::new();
        ui.painter().rect_filled(header, 0, c.header_bg);
        if let Some(rule) = t.header_rule() {
            let y = header.bottom() - 2.0;
            let line = [pos2(header.left(), y), pos2(header.right(), y)];
            ui.painter()
                .line_segment(line, egui::Stroke::new(4.0, rule));
        }
        let mut hui = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(header.shrink2(vec2(12.0, 4.0)))
                .id_salt("header")
                .layout(egui::Layout::left_to_right(egui::Align::Center)),
        );
        let m = &self.host.kiosk.municipality;
        let city = m.name_in(self.panel.tr.lang()).to_string();
        let when = self.panel.tr.date_time(self.host.session.now());
        let large_label = self.panel.tr.t("toggle-large-text");
        let hc_label = self.panel.tr.t("toggle-high-contrast");
        let header_t = t.for_header();
        // The toggles sit at the right end, in reading order (Large text, then High contrast),
        // each as wide as its words: focus order follows what the eye reads.
        let h = s.target_min;
        let width_of = |ui: &Ui, text: &str, size: f32| {
            ui.painter()
                .layout_no_wrap(
                    text.to_string(),
                    egui::FontId::proportional(size),
                    c.header_text,
                )
                .size()
                .x
        };
        let fit = |ui: &Ui, label: &str| (width_of(ui, label, s.small) + 64.0).max(h);
        let (wl, wh) = (fit(&hui, &large_label), fit(&hui, &hc_label));
        // City and time in body size, or small print where the toggles need the room.
        let need =
            width_of(&hui, &city, s.body) + width_of(&hui, &when, s.body) + wl + wh + 3.0 * s.gap;
        let head_size = if need > hui.available_width() {
            s.small
        } else {
            s.body
        };
        hui.label(
            RichText::new(city)
                .size(head_size)
                .color(c.header_text)
                .strong(),
        );
        hui.add_space(s.gap);
        hui.label(RichText::new(when).size(head_size).color(c.header_text));
        let (wl, wh) = (fit(&hui, &large_label), fit(&hui, &hc_label));
        let room = hui.available_width() - wl - wh - s.gap;
        if room > 0.0 {
            hui.add_space(room);
        }
        let toggles = [
            (&large_label, t.large, wl, Display::LargeText),
            (
                &hc_label,
                t.theme == ThemeKind::HighContrast,
                wh,
                Display::HighContrast,
            ),
        ];
        for (label, on, w, which) in toggles {
            let b = Btn::new(label)
                .tag("display")
                .look(Look::Check(on))
                .width(w)
                .height(h)
                .text_size(s.small)
                .msg(Msg::Display(which));
            msgs.extend(panel_button(&mut hui, &header_t, &mut self.panel.nav, b));
        }
        msgs
    }

    /// The screen's body, a page at a time (see `pager`): the content is laid out from the
    /// page's start and clipped at the page's end, so nothing shows cut at the fold. Returns
    /// the bar the screen asked for.
    fn draw_body(&mut self, ui: &mut Ui, body: Rect, t: &Tokens, msgs: &mut Vec<Msg>) -> Bar {
        // An exercise's question waiting for its answer veils the screen.
        let veiled = trainer::veil::veils_panel(self);
        let s = &t.s;
        let mut cx = Cx {
            tr: &self.panel.tr,
            t,
            session: &self.host.session,
            draft: &self.panel.draft,
            nav: &mut self.panel.nav,
            msgs: Vec::new(),
            bar: Bar::default(),
            speech: String::new(),
            no_change: !self.host.session.has_change(),
            sheets_in_tray: self.host.machine.sheets_of(self.host.session.id()),
            change_in_tray: self.host.machine.change(),
            card_on_reader: self.host.machine.reader().is_some(),
            breaks: Vec::new(),
            title: None,
        };
        let pager_h = pager::control_height(t) + s.gap;
        let starts = self.panel.layout.page_starts.clone();
        let page = self.panel.draft.page.min(starts.len().saturating_sub(1));
        let start = starts.get(page).copied().unwrap_or(0.0);
        let paged = starts.len() > 1;
        // Pages after the first repeat the screen's title above their items.
        let band = if paged && page > 0 {
            self.panel.layout.title_band
        } else {
            0.0
        };
        let view_h = if paged {
            body.height() - pager_h - band
        } else {
            body.height()
        };
        let shown_h = starts
            .get(page + 1)
            .map_or(view_h, |end| (end - start).min(view_h));
        let content = Rect::from_min_size(
            pos2(body.left(), body.top() + band - start),
            vec2(body.width() - 16.0, 100_000.0),
        );
        let mut bui = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(content)
                .id_salt(("body", self.host.session.screen().name()))
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        let above = if page == 0 { 6.0 } else { 1.0 };
        bui.set_clip_rect(Rect::from_min_max(
            pos2(body.left() - 6.0, body.top() + band - above),
            pos2(body.right() + 6.0, body.top() + band + shown_h - 1.0),
        ));
        if band > 0.0
            && let Some(title) = &self.panel.layout.title
        {
            title_again(ui, body, t, title);
        }
        bui.spacing_mut().item_spacing = vec2(s.gap, s.gap / 2.0);
        match &self.research.questionnaire {
            _ if veiled => trainer::veil::show(&mut bui, &mut cx),
            Some(q) => crate::window::questionnaire::show(&mut bui, &mut cx, q),
            None => screens::show(&mut bui, &mut cx),
        }
        let top = content.top();
        let breaks: Vec<f32> = cx.breaks.iter().map(|b| b - top).collect();
        let height = bui.min_rect().bottom() - top;
        let band_now = cx
            .title
            .as_deref()
            .map_or(0.0, |title| title_band(ui, body.width() - 16.0, t, title));
        let room = body.height() - pager_h;
        let measured = pager::page_starts(&breaks, height, body.height(), room, room - band_now);
        self.panel.layout.title = cx.title.take();
        self.panel.layout.title_band = band_now;
        if paged {
            let row = Rect::from_min_max(pos2(body.left(), body.bottom() - pager_h), body.max);
            msgs.extend(pager::row(ui, cx.tr, t, cx.nav, row, (page, starts.len())));
        }
        msgs.append(&mut cx.msgs);
        let bar = std::mem::take(&mut cx.bar);
        if paged {
            // The pager says which page is on show: the guide says it after the page's words.
            let of = pager::page_of(cx.tr, page, starts.len());
            cx.say(&of);
        }
        self.panel.layout.speech = std::mem::take(&mut cx.speech);
        // Half a pixel is float noise (the content's position differs by page), not a new layout.
        let same = measured.len() == starts.len()
            && measured
                .iter()
                .zip(&starts)
                .all(|(a, b)| (a - b).abs() < 0.5);
        if !same {
            // Measured anew (first frame of a screen, a language or text size changed): the
            // next frame shows the pages as measured.
            self.panel.layout.page_starts = measured;
            ui.ctx().request_repaint();
        }
        bar
    }

    /// The bottom bar: Back and Cancel on the left, the main action on the right.
    fn draw_bar(&mut self, ui: &mut Ui, bar: Rect, t: &Tokens, spec: Bar, msgs: &mut Vec<Msg>) {
        let s = &t.s;
        let mut barui = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(bar.shrink2(vec2(0.0, s.gap)))
                .id_salt("bar")
                .layout(egui::Layout::left_to_right(egui::Align::Center)),
        );
        barui.spacing_mut().item_spacing.x = s.gap;
        let bw = s.bar_button_width;
        self.panel.nav.bar(
            spec.back.as_ref().map(|(_, m)| m.clone()),
            spec.cancel.clone(),
        );
        if let Some((label, msg)) = spec.back {
            let b = Btn::new(&label).width(bw).msg(msg);
            msgs.extend(panel_button(&mut barui, t, &mut self.panel.nav, b));
        }
        if let Some(msg) = spec.cancel {
            let label = self.panel.tr.t("btn-cancel");
            let b = Btn::new(&label).width(bw).look(Look::Danger).msg(msg);
            msgs.extend(panel_button(&mut barui, t, &mut self.panel.nav, b));
        }
        if let Some((label, enabled, msg)) = spec.primary {
            barui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let b = Btn::new(&label)
                    .width(bw * 1.6)
                    .look(Look::Primary)
                    .enabled(enabled)
                    .msg(msg);
                msgs.extend(panel_button(ui, t, &mut self.panel.nav, b));
            });
        }
    }

    /// Footer: specimen banner, live status (announced by screen readers), keypad help.
    fn draw_footer(&self, ui: &mut Ui, footer: Rect, t: &Tokens) {
        let (s, c) = (&t.s, &t.c);
        ui.painter().rect_filled(footer, 0, c.surface_bg);
        let mut fui = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(footer.shrink2(vec2(24.0, s.pad / 2.0)))
                .id_salt("footer")
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        fui.spacing_mut().item_spacing.y = FOOTER_GAP;
        // Its rows are text, as tall as their lines (not a control's 44 points each).
        fui.spacing_mut().interact_size.y = 0.0;
        let status = self.live_status().to_string();
        let live_row = |ui: &mut Ui| {
            let live = ui.add(
                egui::Label::new(
                    RichText::new(&status)
                        .size(s.small)
                        .line_height(Some(s.small * 1.5))
                        .color(c.text)
                        .strong(),
                )
                .wrap(),
            );
            ui.ctx().accesskit_node_builder(live.id, |node| {
                node.set_live(egui::accesskit::Live::Polite);
                node.set_label(status.clone());
            });
        };
        fui.horizontal(|ui| {
            egui::Frame::new()
                .fill(c.specimen_bg)
                .inner_margin(egui::Margin::symmetric(6, 2))
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(self.panel.tr.t("specimen-banner"))
                            .size(s.small)
                            .color(c.specimen_text),
                    );
                });
            if !t.large {
                ui.add_space(s.gap);
                live_row(ui);
            }
        });
        if t.large {
            // Large text: the status has a line of its own (it would not fit beside the banner).
            live_row(&mut fui);
        }
        // The help's rows at 1.5 (`footer_height` makes room for them); its Japanese is broken
        // between words.
        let help = self.panel.tr.t("keypad-help");
        let font = egui::FontId::proportional(s.small);
        let lines =
            crate::window::wrap::wrapped(fui.painter(), &help, &font, fui.available_width());
        let r = fui.add(
            egui::Label::new(
                RichText::new(lines.into_owned())
                    .size(s.small)
                    .line_height(Some(s.small * 1.5))
                    .color(c.text_muted),
            )
            .wrap(),
        );
        fui.ctx()
            .accesskit_node_builder(r.id, |node| node.set_label(help.clone()));
    }
}

/// The footer's height for `banner`, the live `status` and the keypad `help` in the language
/// on show: the banner's row (the status beside it at standard size, on a row of its own in
/// large text) and the help's rows, wrapped text at line height 1.5 (WCAG 1.4.12), so no
/// language's words are clipped and no short one takes room from the screen.
pub fn footer_height(ctx: &egui::Context, t: &Tokens, [banner, status, help]: [&str; 3]) -> f32 {
    let s = &t.s;
    let painter = egui::Painter::new(ctx.clone(), egui::LayerId::background(), Rect::EVERYTHING);
    let font = egui::FontId::proportional(s.small);
    let line = s.small * 1.5;
    let width = PANEL_SIZE.x - 48.0;
    let rows_of = |text: &str, width: f32| -> f32 {
        if text.is_empty() {
            return 0.0;
        }
        let lines = crate::window::wrap::wrapped(&painter, text, &font, width);
        let galley = painter.layout(
            lines.into_owned(),
            font.clone(),
            egui::Color32::WHITE,
            width,
        );
        galley.rows.len() as f32 * line
    };
    let banner = painter.layout_no_wrap(banner.to_string(), font.clone(), egui::Color32::WHITE);
    // The banner's frame: 6 points each side, 2 above and below.
    let banner_row = banner.size().y + 4.0;
    let top = if t.large {
        // The status's label takes a row even when empty.
        banner_row + FOOTER_GAP + rows_of(status, width).max(line)
    } else {
        // The row holds the status's label, a line even when empty.
        let beside = width - (banner.size().x + 12.0) - s.gap - 8.0;
        banner_row.max(rows_of(status, beside)).max(line)
    };
    top + FOOTER_GAP + rows_of(help, width) + s.pad + 2.0
}

/// The footer's space between its rows.
const FOOTER_GAP: f32 = 2.0;

/// The parts of the touch panel, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PanelRects {
    /// Municipality, date and time, display toggles.
    pub header: Rect,
    /// The seven steps, the current one marked.
    pub steps: Rect,
    /// The screen's content (paged when it does not fit).
    pub body: Rect,
    /// Back, Cancel and the main action.
    pub bar: Rect,
    /// Specimen banner, live status, keypad help.
    pub footer: Rect,
}

/// Where the panel's parts lie for the tokens in force (the audit uses it too).
pub fn panel_rects(panel: Rect, t: &Tokens) -> PanelRects {
    let s = &t.s;
    let header = Rect::from_min_size(panel.min, vec2(panel.width(), s.header_height));
    let footer_h = s.footer;
    let footer = Rect::from_min_max(pos2(panel.left(), panel.bottom() - footer_h), panel.max);
    let bar_h = s.button_height + 2.0 * s.gap;
    let bar = Rect::from_min_max(
        pos2(panel.left() + 24.0, footer.top() - bar_h),
        pos2(panel.right() - 24.0, footer.top()),
    );
    let steps = Rect::from_min_size(
        pos2(panel.left() + 24.0, header.bottom() + 2.0),
        vec2(panel.width() - 48.0, steps::band_height(t)),
    );
    let body = Rect::from_min_max(
        pos2(panel.left() + 24.0, steps.bottom() + 2.0),
        pos2(panel.right() - 24.0, bar.top()),
    );
    PanelRects {
        header,
        steps,
        body,
        bar,
        footer,
    }
}

/// [`panel_rects`] for the screen on show: the copier's home menu (not yet the certificate
/// service) and screens outside the flow (a refusal, a questionnaire) have no step strip,
/// and their body starts under the header.
pub fn panel_rects_on(panel: Rect, t: &Tokens, screen: Screen, in_flow: bool) -> PanelRects {
    let mut r = panel_rects(panel, t);
    if screen == Screen::Language || !in_flow {
        r.body.min.y = r.steps.top();
        r.steps.max.y = r.steps.top();
    }
    r
}

/// The height the screen's title takes above a later page: as `Cx::title` sets it (a gap, the
/// title wrapped to the body's width, a gap).
fn title_band(ui: &Ui, width: f32, t: &Tokens, title: &str) -> f32 {
    let rich = crate::window::screens::spaced(ui.painter(), title, t.s.title, width).strong();
    let galley = egui::WidgetText::from(rich).into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        width,
        egui::FontSelection::Default,
    );
    galley.size().y + 2.0 * t.s.gap
}

/// The screen's title again at the top of a later page, so every page says where the
/// resident is (the pager row below says which page).
fn title_again(ui: &mut Ui, body: Rect, t: &Tokens, title: &str) {
    let mut tui = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(Rect::from_min_size(
                body.min,
                vec2(body.width() - 16.0, body.height()),
            ))
            .id_salt("title-again")
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    tui.add_space(t.s.gap);
    let width = tui.available_width();
    let rich = crate::window::screens::spaced(tui.painter(), title, t.s.title, width);
    let r = tui.add(egui::Label::new(rich.color(t.c.text).strong()).wrap());
    tui.ctx()
        .accesskit_node_builder(r.id, |node| node.set_label(title.to_string()));
}
