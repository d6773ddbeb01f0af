//! One file per screen of the session. Each screen is a function `show(ui, cx)` that draws the
//! panel's body for that screen, fills in the bottom bar ([`Bar`]: Back, Cancel and the main
//! action) and returns what was pressed as [`Msg`]s in `cx.msgs` — it changes nothing, not
//! even the [`Draft`]. The app's update feeds the events to `Session::handle`, exactly as
//! `kofu run` does.
//!
//! UI-only state (the PIN digits typed so far, the copies, the options being chosen) lives in
//! [`Draft`], owned by the app and reset when a screen is entered.

pub mod card_guide;
pub mod certificate;
pub mod confirm;
pub mod consent;
pub mod copies;
pub mod home;
pub mod options;
pub mod out_of_service;
pub mod path;
pub mod payment;
pub mod pin;
pub mod place_card;
pub mod printing;
pub mod refusal;
pub mod registered;
pub mod remove_card;
pub mod services;
pub mod take_items;
pub mod warning;

use egui::{RichText, Ui};

use crate::domain::municipality::CertificateKind;
use crate::domain::refusal::Refusal;
use crate::domain::session::{CertOptions, Event, Extent, Scope, Screen, Session};
use crate::domain::vendor::look::OtherService;
use crate::i18n::refusal::RefusalText;
use crate::i18n::{Arg, I18n};
use crate::window::msg::{Choice, Line, Msg};
use crate::window::tokens::Tokens;
use crate::window::widgets::{Btn, Look, Nav, panel_button};

/// The bottom bar of the panel: Back and Cancel on the left, the main action on the right.
#[derive(Debug, Clone, Default)]
pub struct Bar {
    /// Back: label and message.
    pub back: Option<(String, Msg)>,
    /// Cancel (中止): returns everything.
    pub cancel: Option<Msg>,
    /// The main action: label, enabled, message.
    pub primary: Option<(String, bool, Msg)>,
}

/// UI-only state of the screen being shown: what the resident has chosen on it but not yet
/// sent. Only [`crate::window::KioskApp::update`] changes it, through the methods here, which
/// are the one home of their rules (the copies between 1 and the most allowed, the PIN's
/// length).
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// PIN digits typed so far (never shown, never logged, never spoken).
    pub pin: String,
    /// Copies chosen.
    pub copies: u32,
    /// Digits typed on the keypad for the copies (first digit replaces the value).
    pub copies_typed: String,
    /// Options being chosen.
    pub options: CertOptions,
    /// Certificate the options are for.
    pub options_for: Option<CertificateKind>,
    /// Resident certificate: scope choice (0 holder, 1 household, 2 members).
    pub scope: u8,
    /// Resident certificate: members chosen (person ids).
    pub members: Vec<String>,
    /// Home menu: the service the emulator lacks that was touched last (its notice shows).
    pub home_notice: Option<OtherService>,
    /// Home menu: the language list is open.
    pub home_languages: bool,
    /// The page of the screen's body on show (long screens are paged, never scrolled).
    pub page: usize,
}

impl Draft {
    /// Resets what belongs to `screen` when it is entered.
    pub fn enter(&mut self, screen: Screen, session: &Session) {
        self.page = 0;
        match screen {
            Screen::Pin => self.pin.clear(),
            Screen::Copies => {
                self.copies = session
                    .current()
                    .map(|s| s.copies)
                    .filter(|&c| c > 0)
                    .unwrap_or(1);
                self.copies_typed.clear();
            }
            Screen::Options => {
                let kind = session.current().map(|s| s.kind);
                if self.options_for != kind {
                    self.options = CertOptions::default();
                    self.scope = 0;
                    self.members.clear();
                    self.options_for = kind;
                }
            }
            Screen::Certificate => self.options_for = None,
            Screen::Language => {
                self.home_notice = None;
                self.home_languages = false;
            }
            _ => {}
        }
    }

    /// The options the screen would send now; `None` while they are not complete (members
    /// chosen, but none yet).
    pub fn chosen_options(&self, kind: CertificateKind) -> Option<CertOptions> {
        let mut o = self.options.clone();
        if matches!(
            kind,
            CertificateKind::ResidentCertificate | CertificateKind::ResidentRecordItems
        ) {
            o.scope = match self.scope {
                1 => Scope::Household,
                2 if self.members.is_empty() => return None,
                2 => Scope::Members(self.members.clone()),
                _ => Scope::Holder,
            };
        }
        Some(o)
    }

    /// A choice on the options screen.
    pub fn choose(&mut self, c: Choice) {
        let o = &mut self.options;
        match c {
            Choice::Scope(s) => self.scope = s.min(2),
            Choice::Member(id, true) if !self.members.contains(&id) => self.members.push(id),
            Choice::Member(_, true) => {}
            Choice::Member(id, false) => self.members.retain(|m| m != &id),
            Choice::Line(line, on) => {
                let field = match line {
                    Line::Relationship => &mut o.relationship,
                    Line::Domicile => &mut o.domicile,
                    Line::Nationality => &mut o.nationality,
                    Line::ResidenceStatus => &mut o.residence_status,
                    Line::ResidenceCard => &mut o.residence_card,
                    Line::MyNumber => &mut o.my_number,
                };
                *field = on;
            }
            Choice::Year(y) => o.year = Some(y),
            Choice::Extent(e) => {
                o.extent = e;
                if e == Extent::Whole {
                    o.person = None;
                }
            }
            Choice::Person(id) => o.person = Some(id),
        }
    }

    /// − or + on the copies screen: one fewer or more, between 1 and `max`.
    pub fn step_copies(&mut self, delta: i32, max: u32) {
        let n = i64::from(self.copies) + i64::from(delta);
        self.copies = n.clamp(1, i64::from(max.max(1))) as u32;
        self.copies_typed.clear();
    }

    /// A digit typed for the copies: it extends the number typed so far while that stays
    /// within `max` (two digits at most), else starts a new one.
    pub fn type_copies(&mut self, digit: u8, max: u32) {
        let mut typed = self.copies_typed.clone();
        typed.push(char::from(b'0' + digit % 10));
        let n: u32 = typed.parse().unwrap_or(0);
        if n > max || typed.len() > 2 {
            typed = (digit % 10).to_string();
        }
        let n: u32 = typed.parse().unwrap_or(0);
        self.copies_typed = typed;
        if n >= 1 {
            self.copies = n.min(max.max(1));
        }
    }

    /// ← on the copies screen: the last digit typed goes.
    pub fn clear_copies_digit(&mut self) {
        self.copies_typed.pop();
        let n: u32 = self.copies_typed.parse().unwrap_or(1);
        self.copies = n.max(1);
    }

    /// A PIN digit (false when the entry is full), or `None` for Clear.
    pub fn pin_key(&mut self, digit: Option<u8>) -> bool {
        match digit {
            Some(d) if self.pin.len() < crate::domain::card::PIN_LEN => {
                self.pin.push(char::from(b'0' + d % 10));
                true
            }
            Some(_) => false,
            None => {
                self.pin.pop();
                false
            }
        }
    }

    /// Whether the PIN entry holds a whole PIN.
    pub fn pin_complete(&self) -> bool {
        self.pin.len() == crate::domain::card::PIN_LEN
    }
}

/// What a screen function works with.
pub struct Cx<'a> {
    /// Translations.
    pub tr: &'a I18n,
    /// Colours and sizes.
    pub t: &'a Tokens,
    /// The session (read only).
    pub session: &'a Session,
    /// What the resident chose on the screen so far (read only: choices are messages).
    pub draft: &'a Draft,
    /// Keypad navigation.
    pub nav: &'a mut Nav,
    /// Messages of this frame.
    pub msgs: Vec<Msg>,
    /// The bottom bar.
    pub bar: Bar,
    /// What the speech guide says for this screen (title and instruction; never a PIN digit).
    pub speech: String,
    /// Whether the "no change" fault is in force (payment screen).
    pub no_change: bool,
    /// Certificates in the output tray from this session.
    pub sheets_in_tray: usize,
    /// Money in the change tray.
    pub change_in_tray: u32,
    /// Whether a card is on the reader (physically).
    pub card_on_reader: bool,
    /// Where the body's items start (page breaks may fall there), in screen pixels.
    pub breaks: Vec<f32>,
    /// The screen's title, once drawn (the pager repeats it above later pages).
    pub title: Option<String>,
}

impl Cx<'_> {
    /// Translation.
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }
    /// Translation with arguments.
    pub fn ta(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.tr.ta(key, args)
    }
    /// A yen amount.
    pub fn yen(&self, amount: u32) -> String {
        self.tr.yen(amount)
    }
    /// The vendor id, for vendor-specific texts.
    pub fn vendor(&self) -> Arg {
        Arg::Str(self.session.kiosk().vendor.id.clone())
    }
    /// A vendor label from the profile (Japanese only), else the translation.
    pub fn vendor_label(&self, profile_key: &str, key: &str) -> String {
        if self.tr.lang() == "ja"
            && let Some(l) = self.session.kiosk().vendor.labels.get(profile_key)
        {
            return l.clone();
        }
        self.ta(key, &[("vendor", self.vendor())])
    }
    /// The name of a certificate in the current language.
    pub fn kind_name(&self, kind: CertificateKind) -> String {
        self.t(&format!("cert-kind-{}", kind.code()))
    }

    /// Marks where the next item starts: a page break may fall here.
    pub fn mark(&mut self, ui: &Ui) {
        self.breaks.push(ui.cursor().top());
    }

    /// The screen title (also the start of the speech guide's text).
    pub fn title(&mut self, ui: &mut Ui, text: &str) {
        self.mark(ui);
        ui.add_space(self.t.s.gap);
        let width = ui.available_width();
        let rich = spaced(ui.painter(), text, self.t.s.title, width);
        let r = ui.add(egui::Label::new(rich.color(self.t.c.text).strong()).wrap());
        ui.ctx()
            .accesskit_node_builder(r.id, |node| node.set_label(text.to_string()));
        ui.add_space(self.t.s.gap);
        self.say(text);
        self.title.get_or_insert_with(|| text.to_string());
    }
    /// Body text (spoken too).
    pub fn para(&mut self, ui: &mut Ui, text: &str) {
        self.mark(ui);
        body_label(ui, text, self.t.s.body, self.t.c.text);
        self.say(text);
    }
    /// Secondary text (spoken too: a hint a sighted person can read is one a headset user
    /// must hear).
    pub fn muted(&mut self, ui: &mut Ui, text: &str) {
        self.mark(ui);
        // Large text: secondary text too keeps a capital H of 6 mm.
        let size = if self.t.large {
            self.t.s.body
        } else {
            self.t.s.small.max(self.t.s.body * 0.8)
        };
        body_label(ui, text, size, self.t.c.text_muted);
        self.say(text);
    }
    /// A boxed message: `alert` for warnings and errors, else information (spoken too).
    pub fn boxed(&mut self, ui: &mut Ui, alert: bool, text: &str) {
        self.mark(ui);
        let (bg, fg) = if alert {
            (self.t.c.alert_bg, self.t.c.alert_text)
        } else {
            (self.t.c.notice_bg, self.t.c.notice_text)
        };
        egui::Frame::new()
            .fill(bg)
            .stroke(egui::Stroke::new(self.t.s.border, fg))
            .corner_radius(self.t.s.radius)
            .inner_margin(self.t.s.pad)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                body_label(ui, text, self.t.s.body, fg);
            });
        ui.add_space(self.t.s.gap / 2.0);
        self.say(text);
    }
    /// A summary box of several lines (each spoken, in order: the notice a resident agrees to
    /// and the sums they pay are read to a headset user like the rest).
    pub fn surface(&mut self, ui: &mut Ui, lines: &[String]) {
        self.mark(ui);
        egui::Frame::new()
            .fill(self.t.c.surface_bg)
            .corner_radius(self.t.s.radius)
            .inner_margin(self.t.s.pad)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                for l in lines {
                    body_label(ui, l, self.t.s.body, self.t.c.surface_text);
                }
            });
        ui.add_space(self.t.s.gap / 2.0);
        for l in lines {
            self.say(l.trim());
        }
    }
    /// A choice button (full width) that sends `msg` when activated.
    pub fn choice(&mut self, ui: &mut Ui, label: &str, msg: Msg) {
        self.mark(ui);
        let hit = panel_button(ui, self.t, self.nav, Btn::new(label).msg(msg));
        ui.add_space(self.t.s.gap / 2.0);
        self.msgs.extend(hit);
    }
    /// A choice button that sends `ev` to the session when activated.
    pub fn choice_to(&mut self, ui: &mut Ui, label: &str, ev: Event) {
        self.mark(ui);
        let hit = panel_button(ui, self.t, self.nav, Btn::new(label).sends(ev));
        ui.add_space(self.t.s.gap / 2.0);
        self.msgs.extend(hit);
    }
    /// A button with a given look (and its message, see [`Btn::msg`]).
    pub fn button(&mut self, ui: &mut Ui, b: Btn<'_>) {
        self.mark(ui);
        let hit = panel_button(ui, self.t, self.nav, b);
        self.msgs.extend(hit);
    }
    /// A button with a given look that sends `ev` when activated.
    pub fn button_to(&mut self, ui: &mut Ui, b: Btn<'_>, ev: Event) {
        self.button(ui, b.sends(ev));
    }
    /// A check box showing `on`; activated, it sends `msg` (the choice of the other value).
    pub fn check(&mut self, ui: &mut Ui, label: &str, on: bool, msg: Msg) {
        self.toggle(ui, label, Look::Check(on), msg);
    }
    /// A radio button showing `on`; activated, it sends `msg`.
    pub fn radio(&mut self, ui: &mut Ui, label: &str, on: bool, msg: Msg) {
        self.toggle(ui, label, Look::Radio(on), msg);
    }
    /// An option's check box or radio button (a row a little lower than a button).
    fn toggle(&mut self, ui: &mut Ui, label: &str, look: Look, msg: Msg) {
        self.mark(ui);
        let b = Btn::new(label)
            .tag("option")
            .look(look)
            .height(self.t.s.target_min.max(self.t.s.button_height * 0.75))
            .msg(msg);
        let hit = panel_button(ui, self.t, self.nav, b);
        self.msgs.extend(hit);
        ui.add_space(self.t.s.gap / 3.0);
    }
    /// A section heading inside a screen (said, in reading order, like every text on show).
    pub fn heading(&mut self, ui: &mut Ui, text: &str) {
        self.say(text);
        self.mark(ui);
        ui.add_space(self.t.s.gap / 2.0);
        ui.label(
            RichText::new(shown(text))
                .size(self.t.s.body)
                .color(self.t.c.text)
                .strong(),
        );
    }
    /// Adds to the speech guide's text.
    pub fn say(&mut self, text: &str) {
        if !self.speech.is_empty() {
            self.speech.push_str(" ／ ");
        }
        self.speech.push_str(text);
    }
    /// Standard bar: Back and Cancel.
    pub fn back_and_cancel(&mut self) {
        let back = self.t("btn-back");
        self.bar.back = Some((back, Msg::send(Event::Back)));
        self.bar.cancel = Some(Msg::send(Event::Cancel));
    }
    /// The main action.
    pub fn primary(&mut self, label: String, enabled: bool, msg: Msg) {
        self.bar.primary = Some((label, enabled, msg));
    }
}

/// Line height of the panel's wrapped text, as a multiple of its size: 1.5, the spacing
/// JIS X 8341-3 practice and WCAG 1.4.12 name for body text (egui sets lines solid, which
/// leaves Japanese lines almost touching).
pub const BODY_LINE_HEIGHT: f32 = 1.5;

/// A wrapped label of body text in `colour`, its Japanese lines broken between words
/// ([`crate::window::wrap`]); its accessible name is the text as written (no line breaks).
fn body_label(ui: &mut Ui, text: &str, size: f32, colour: egui::Color32) {
    let font = egui::FontId::proportional(size);
    let width = ui.available_width();
    let lines = crate::window::wrap::wrapped(ui.painter(), text, &font, width).into_owned();
    let r = ui.add(
        egui::Label::new(
            RichText::new(lines)
                .size(size)
                .line_height(Some(size * BODY_LINE_HEIGHT))
                .color(colour),
        )
        .wrap(),
    );
    ui.ctx()
        .accesskit_node_builder(r.id, |node| node.set_label(text.to_string()));
}

/// `text` at `size` as the panel sets a line that may wrap within `width` (a title, the
/// footer's lines): its Japanese broken between words ([`crate::window::wrap`]) and, when it
/// takes more than one line, lines at [`BODY_LINE_HEIGHT`] (one line keeps the font's own
/// height, so a short title takes no more room than before).
pub fn spaced(painter: &egui::Painter, text: &str, size: f32, width: f32) -> RichText {
    let font = egui::FontId::proportional(size);
    let lines = crate::window::wrap::wrapped(painter, text, &font, width).into_owned();
    let rows = painter
        .layout(lines.clone(), font, egui::Color32::PLACEHOLDER, width)
        .rows
        .len();
    let rich = RichText::new(lines).size(size);
    if rows > 1 {
        rich.line_height(Some(size * BODY_LINE_HEIGHT))
    } else {
        rich
    }
}

/// Text as the panel draws it: with the break hints Thai needs to wrap between words
/// ([`crate::i18n::line_break`]).
fn shown(text: &str) -> String {
    crate::i18n::line_break::with_break_hints(text).into_owned()
}

/// Draws the body of the current screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    if cx.session.warning() && !cx.session.finished() {
        warning::show(ui, cx);
        return;
    }
    match cx.session.screen() {
        Screen::Language => home::show(ui, cx),
        Screen::Services => services::show(ui, cx),
        Screen::Consent => consent::show(ui, cx),
        Screen::PlaceCard => place_card::show(ui, cx),
        Screen::Path => path::show(ui, cx),
        Screen::Pin => pin::show(ui, cx),
        Screen::Registered => registered::show(ui, cx),
        Screen::RemoveCard => remove_card::show(ui, cx),
        Screen::Certificate => certificate::show(ui, cx),
        Screen::Options => options::show(ui, cx),
        Screen::Copies => copies::show(ui, cx),
        Screen::Confirm => confirm::show(ui, cx),
        Screen::Payment => payment::show(ui, cx),
        Screen::Printing => printing::show(ui, cx),
        Screen::TakeItems => take_items::show(ui, cx),
        Screen::OutOfService => out_of_service::show(ui, cx),
        Screen::Refusal => refusal::show(ui, cx),
    }
}

/// The refusal's title, rule and next step in the screen's language: the same sentences the
/// JSON outcome, the speech guide and the trainer's log carry.
pub fn refusal_text(cx: &Cx<'_>, r: &Refusal) -> RefusalText {
    crate::i18n::refusal::text(cx.tr, r, &cx.session.kiosk().municipality)
}

/// The refusal on show as the refusal and out-of-service screens draw it: the title in a box,
/// then "Why" and "What to do next".
pub fn refusal_box(ui: &mut Ui, cx: &mut Cx<'_>) {
    let Some(r) = cx.session.refusal() else {
        return;
    };
    let t = refusal_text(cx, r);
    cx.boxed(ui, true, &t.title);
    let rule_h = cx.t("refusal-rule");
    cx.heading(ui, &rule_h);
    cx.para(ui, &t.rule);
    let next_h = cx.t("refusal-next");
    cx.heading(ui, &next_h);
    cx.para(ui, &t.next_step);
}
