//! The touch panel for one frame: header (municipality, date and time, display toggles), the
//! screen's body, the bottom bar and the footer (specimen banner, live status, keypad help).

use super::*;

impl KioskApp {
    /// The touch panel: header, the screen's body, the bottom bar, the footer.
    pub(super) fn draw_panel(&mut self, ui: &mut Ui, panel: Rect) -> Vec<Action> {
        let t = self.tokens.clone();
        let s = &t.s;
        let c = &t.c;
        ui.painter().rect_filled(panel, 0, c.panel_bg);
        let PanelRects {
            header,
            body,
            bar,
            footer,
        } = panel_rects(panel, &t);
        self.nav.begin();
        let mut actions = Vec::new();
        // Header: municipality, date and time, display toggles.
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
        let m = &self.kiosk.municipality;
        let city = m.name_in(self.tr.lang()).to_string();
        let when = self.tr.date_time(self.session.now());
        let large_label = self.tr.t("toggle-large-text");
        let hc_label = self.tr.t("toggle-high-contrast");
        let header_t = t.for_header();
        let mut toggle_large = false;
        let mut toggle_hc = false;
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
        if panel_button(
            &mut hui,
            &header_t,
            &mut self.nav,
            Btn::new(&large_label)
                .tag("display")
                .look(Look::Check(t.large))
                .width(wl)
                .height(h)
                .text_size(s.small),
        ) {
            toggle_large = true;
        }
        if panel_button(
            &mut hui,
            &header_t,
            &mut self.nav,
            Btn::new(&hc_label)
                .tag("display")
                .look(Look::Check(t.theme == ThemeKind::HighContrast))
                .width(wh)
                .height(h)
                .text_size(s.small),
        ) {
            toggle_hc = true;
        }
        // Body and bar.
        self.nav.body_start = self.nav.count;
        let mut cx = Cx {
            tr: &self.tr,
            t: &t,
            session: &self.session,
            draft: &mut self.draft,
            nav: &mut self.nav,
            actions: Vec::new(),
            bar: Bar::default(),
            speech: String::new(),
            no_change: !self.session.has_change(),
            sheets_in_tray: self.session_sheets,
            change_in_tray: self.machine.change,
            card_on_reader: self.machine.reader.is_some(),
            breaks: Vec::new(),
        };
        // The body, a page at a time (see `pager`): the content is laid out from the page's
        // start and clipped at the page's end, so nothing shows cut at the fold.
        let pager_h = pager::control_height(&t) + s.gap;
        let starts = cx.draft.page_starts.clone();
        let page = cx.draft.page.min(starts.len().saturating_sub(1));
        let start = starts.get(page).copied().unwrap_or(0.0);
        let paged = starts.len() > 1;
        let view_h = if paged {
            body.height() - pager_h
        } else {
            body.height()
        };
        let shown_h = starts
            .get(page + 1)
            .map_or(view_h, |end| (end - start).min(view_h));
        let content = Rect::from_min_size(
            pos2(body.left(), body.top() - start),
            vec2(body.width() - 16.0, 100_000.0),
        );
        let mut bui = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(content)
                .id_salt(("body", self.session.screen().name()))
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        let above = if page == 0 { 6.0 } else { 1.0 };
        bui.set_clip_rect(Rect::from_min_max(
            pos2(body.left() - 6.0, body.top() - above),
            pos2(body.right() + 6.0, body.top() + shown_h - 1.0),
        ));
        bui.spacing_mut().item_spacing = vec2(s.gap, s.gap / 2.0);
        match &self.questionnaire {
            Some(q) => crate::window::questionnaire::show(&mut bui, &mut cx, q),
            None => screens::show(&mut bui, &mut cx),
        }
        let top = content.top();
        let breaks: Vec<f32> = cx.breaks.iter().map(|b| b - top).collect();
        let height = bui.min_rect().bottom() - top;
        let measured = pager::page_starts(&breaks, height, body.height(), body.height() - pager_h);
        if measured != starts {
            cx.draft.page = cx.draft.page.min(measured.len() - 1);
            cx.draft.page_starts = measured;
            ui.ctx().request_repaint();
        }
        if paged {
            let row = Rect::from_min_max(pos2(body.left(), body.bottom() - pager_h), body.max);
            actions.extend(pager::row(ui, cx.tr, &t, cx.nav, row, (page, starts.len())));
        }
        actions.append(&mut cx.actions);
        let bar_spec = std::mem::take(&mut cx.bar);
        self.speech = std::mem::take(&mut cx.speech);
        drop(cx);
        let mut barui = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(bar.shrink2(vec2(0.0, s.gap)))
                .id_salt("bar")
                .layout(egui::Layout::left_to_right(egui::Align::Center)),
        );
        barui.spacing_mut().item_spacing.x = s.gap;
        let bw = 200.0;
        let mut back_used = false;
        if let Some((label, action)) = bar_spec.back {
            let b = with_intent(Btn::new(&label).width(bw), &action);
            let hit = panel_button(&mut barui, &t, &mut self.nav, b);
            if hit || self.nav.back_key {
                back_used = true;
                self.nav.back_key = false;
                actions.push(action);
            }
        }
        if let Some(action) = bar_spec.cancel {
            let label = self.tr.t("btn-cancel");
            let hit = panel_button(
                &mut barui,
                &t,
                &mut self.nav,
                with_intent(Btn::new(&label).width(bw).look(Look::Danger), &action),
            );
            if hit || (self.nav.back_key && !back_used) {
                self.nav.back_key = false;
                actions.push(action);
            }
        }
        if let Some((label, enabled, action)) = bar_spec.primary {
            barui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if panel_button(
                    ui,
                    &t,
                    &mut self.nav,
                    with_intent(
                        Btn::new(&label)
                            .width(bw * 1.6)
                            .look(Look::Primary)
                            .enabled(enabled),
                        &action,
                    ),
                ) {
                    actions.push(action);
                }
            });
        }
        // Footer: specimen banner, keypad help, live status (announced by screen readers).
        ui.painter().rect_filled(footer, 0, c.surface_bg);
        let mut fui = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(footer.shrink2(vec2(24.0, s.pad / 2.0)))
                .id_salt("footer")
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        fui.spacing_mut().item_spacing.y = 2.0;
        let live_row = |ui: &mut Ui| {
            let live = ui.add(
                egui::Label::new(
                    RichText::new(&self.live)
                        .size(s.small)
                        .color(c.text)
                        .strong(),
                )
                .wrap(),
            );
            ui.ctx().accesskit_node_builder(live.id, |node| {
                node.set_live(egui::accesskit::Live::Polite);
            });
        };
        fui.horizontal(|ui| {
            egui::Frame::new()
                .fill(c.specimen_bg)
                .inner_margin(egui::Margin::symmetric(6, 2))
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(self.tr.t("specimen-banner"))
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
        fui.label(
            RichText::new(self.tr.t("keypad-help"))
                .size(s.small)
                .color(c.text_muted),
        );
        self.nav.end();
        if toggle_large {
            self.set_display(!t.large, t.theme == ThemeKind::HighContrast);
        }
        if toggle_hc {
            self.set_display(t.large, t.theme != ThemeKind::HighContrast);
        }
        actions
    }
}

/// A bar button told what it sends (its action's first event), or tagged with its action.
fn with_intent<'a>(b: Btn<'a>, action: &Action) -> Btn<'a> {
    match action {
        Action::Send(evs) => match evs.first() {
            Some(ev) => b.sends(ev.clone()),
            None => b,
        },
        Action::Restart => b.tag("finish"),
        Action::WalkAway => b.tag("walk_away"),
        Action::ShowLanguages(_) => b.tag("languages"),
        Action::Page(_) => b.tag("page"),
        Action::PinKey(_) => b.secret(),
        Action::Questionnaire(_) => b.tag("answer"),
    }
}

/// The parts of the touch panel, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PanelRects {
    /// Municipality, date and time, display toggles.
    pub header: Rect,
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
    let footer_h = s.small * if t.large { 4.4 } else { 2.0 } + s.pad * 2.0 + 28.0;
    let footer = Rect::from_min_max(pos2(panel.left(), panel.bottom() - footer_h), panel.max);
    let bar_h = s.button_height + 2.0 * s.gap;
    let bar = Rect::from_min_max(
        pos2(panel.left() + 24.0, footer.top() - bar_h),
        pos2(panel.right() - 24.0, footer.top()),
    );
    let body = Rect::from_min_max(
        pos2(panel.left() + 24.0, header.bottom() + 4.0),
        pos2(panel.right() - 24.0, bar.top()),
    );
    PanelRects {
        header,
        body,
        bar,
        footer,
    }
}
