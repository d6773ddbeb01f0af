//! The kiosk window's application: it holds the [`Session`] and turns every user action into
//! an [`Event`] fed to `Session::handle` — the same events `kofu run` feeds — so a scenario
//! replayed through the window gives the same outcome and journal.
//!
//! Decisions:
//! - **Time.** The simulated clock starts at `--at` (or now, Japan time) and follows the real
//!   clock (egui's input time while the window is shown, the monotonic clock while it is hidden;
//!   see `app/update.rs`) at a speed the trainer sets; the session gets `Event::Tick` once a
//!   simulated second has passed. The trainer can pause it, fast-forward it, or set it; setting it
//!   earlier than the session's time starts a new session (the clock never runs back within one).
//! - **Printing** takes `print_seconds_per_copy` of real time per copy (default 1 s; real
//!   machines take minutes): one `Event::PrinterStep` each time that much has passed.
//! - **Sessions.** When a session is over (items taken, timed out, or "Finish" on a screen that
//!   ended it), a new one starts on the home screen in the kiosk's default language, with the same
//!   store (the journal: PIN counters persist like a card chip) and the same clock. A finished
//!   refusal or take-your-items screen left alone returns home after the vendor's inactivity
//!   time plus its warning time.
//! - **The machine is physical.** The card on the reader, the sheets in the output tray and the
//!   money in the change tray belong to the machine, not to a session: they stay until taken.
//!   A card placed before the card screen is read when that screen comes.
//! - **Keypad.** Digits type the PIN and the copies; elsewhere 2 and 8 move the highlight;
//!   ○ activates the highlighted control (the main action when a screen opens); ← deletes a
//!   digit; × is Back where the screen has it, else Cancel. The keyboard does the same (digits,
//!   Enter, Backspace, Escape), and Tab/Shift-Tab/Enter/Space work on every control.
//! - **Errors.** An event the session refuses (`SessionError`) changes nothing; it is shown in
//!   the trainer's log, never hidden.

use std::sync::Arc;
use std::time::Instant;

use chrono::DateTime;
use chrono_tz::Tz;
use egui::{Rect, Ui, pos2, vec2};

use crate::domain::machine::{Machine, Sheet};
use crate::domain::session::{Event, LogEntry, NullPrinter, Screen, Session};
use crate::i18n::I18n;
use crate::store::MemoryStore;
use crate::window::UiOptions;
use crate::window::msg::Msg;
use crate::window::screens::Draft;
use crate::window::tokens::{self, MARGIN, PANEL_SIZE, ThemeKind, Tokens};
use crate::window::widgets::Nav;
use crate::window::{fonts, machine, trainer};

mod clock;
mod feed;
pub(crate) mod fit;
mod input;
mod pager;
mod panel;
pub mod parts;
mod research;
mod setup;
pub mod station;
pub mod steps;
mod update;

use parts::{Console, Host, Panel, Research, Startup, Time, Voice};

use setup::{build_kiosk, ids_in, make_printer, now_tokyo, session_id};

pub use clock::ClockCtl;
pub use input::PadKey;
pub use panel::{PanelRects, panel_rects, panel_rects_on};

/// What the panel laid out in the last frame it drew, beside the controls in [`Nav`]: kept by
/// the drawing itself (as egui keeps its own layout), never the kiosk's state.
#[derive(Debug, Clone, Default)]
pub struct PanelLayout {
    /// What the speech guide says for the screen (title, instructions; never a PIN digit).
    pub speech: String,
    /// Where each page of the body starts, in body pixels from the top (empty until measured).
    pub page_starts: Vec<f32>,
    /// The screen's title, repeated above every page after the first.
    pub title: Option<String>,
    /// The height that repeated title takes.
    pub title_band: f32,
}

/// The live status line: what it says, and the screen visit and language it belongs to (it
/// is not shown on another screen, nor after the language changed).
#[derive(Debug, Clone, Default)]
pub struct LiveLine {
    /// The words.
    pub text: String,
    /// The screen visit it was raised on (see `KioskApp::visit`).
    pub visit: u64,
    /// The language it is in.
    pub lang: String,
}

/// One line of the trainer's event log (kept across sessions).
#[derive(Debug, Clone)]
pub struct LogLine {
    /// Session id.
    pub session: String,
    /// The session's log entry, or an error.
    pub entry: Result<LogEntry, String>,
    /// The event as the session kept it (PIN masked), so the console can say it in words;
    /// `None` for the window's own walk-away, which is no event of the session.
    pub event: Option<Event>,
}

/// The window's side of the machine: what the hand holds and the headset. The reader and the
/// trays are the domain's [`crate::domain::machine::Machine`] (in [`Host`]).
#[derive(Debug, Clone, Default)]
pub struct MachineState {
    /// Card chosen in the reader's picker (the persona deck).
    pub selected_card: String,
    /// Headset plugged in (speech guide).
    pub headset: bool,
    /// The last "opened" / "could not open" message of the tray.
    pub tray_message: Option<String>,
}

/// The window's application state, owned in parts (see [`parts`]).
pub struct KioskApp {
    pub(crate) opts: UiOptions,
    pub(crate) host: Host,
    pub(crate) panel: Panel,
    pub(crate) voice: Voice,
    pub(crate) time: Time,
    pub(crate) machine: MachineState,
    pub(crate) research: Research,
    pub(crate) console: Console,
    pub(crate) startup: Startup,
    pub(crate) class: station::ClassPart,
}

impl std::fmt::Debug for KioskApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KioskApp")
            .field("session", &self.host.session)
            .finish_non_exhaustive()
    }
}

impl KioskApp {
    /// Builds the kiosk from the options: profiles, persona deck, state folder (journal),
    /// PDF renderer. Fails on unreadable profiles, deck or state folder.
    pub fn new(opts: UiOptions) -> anyhow::Result<Self> {
        let started = opts.started.or_else(|| Some(Instant::now()));
        let kiosk = Arc::new(build_kiosk(&opts, &opts.municipality, &opts.vendor)?);
        let (store, out_dir, renderer, setup_error, class) = setup::open_state(&opts)?;
        let at = opts.at.unwrap_or_else(now_tokyo);
        let mut tr = I18n::new();
        tr.set_lang(&opts.lang);
        let printer = make_printer(renderer.as_ref(), &out_dir);
        let id = session_id(&kiosk.kiosk_id, at, None);
        let session = Session::new(kiosk.clone(), store, printer, at, id);
        let selected_card = setup::first_card(&kiosk);
        let tokens = Tokens::with_look(
            if opts.high_contrast {
                ThemeKind::HighContrast
            } else {
                ThemeKind::Standard
            },
            opts.large_text,
            &kiosk.vendor.look,
        );
        let mut app = Self {
            host: Host {
                kiosk,
                session,
                renderer,
                out_dir,
                history: Vec::new(),
                machine: Machine::default(),
                sent: Vec::new(),
            },
            panel: Panel {
                tr,
                tokens,
                applied_tokens: None,
                draft: Draft::default(),
                nav: Nav::for_new_screen(),
                layout: PanelLayout::default(),
                deferred_keys: Vec::new(),
                visit: 0,
                live: LiveLine::default(),
                fit: fit::Fit::default(),
            },
            voice: Voice {
                guide: crate::window::speech::Guide::new(opts.speech_audio),
                to_say: Vec::new(),
                focus_said: String::new(),
                focus_moves: 0,
            },
            time: Time {
                clock: ClockCtl {
                    anchor_sim: at,
                    anchor_real: 0.0,
                    speed: 1.0,
                    paused: opts.clock_paused,
                },
                real_now: 0.0,
                last_real: None,
                print_elapsed: 0.0,
                real_time: update::RealTime::default(),
            },
            machine: MachineState {
                selected_card,
                ..MachineState::default()
            },
            research: Research::default(),
            console: Console {
                open: opts.trainer || opts.participant_view,
                state: trainer::TrainerState::for_options(at, &opts),
            },
            startup: Startup {
                started,
                frames: 0,
                municipalities: ids_in("municipalities")
                    .into_iter()
                    .map(|id| {
                        let m = crate::kiosk::load_municipality(&id).ok();
                        (id, m)
                    })
                    .collect(),
                vendors: ids_in("vendors"),
                setup_error,
            },
            class: station::ClassPart::default(),
            opts,
        };
        if let Some((worker, url)) = class {
            let name = app.opts.station.clone().unwrap_or_else(station::host_name);
            let first = app.station_state();
            app.class = station::ClassPart::start(worker, &url, &name, first);
        }
        if let Some(dir) = app.opts.record.clone() {
            app.start_recording(dir);
        }
        app.greet();
        Ok(app)
    }

    /// Every event the window sent to its sessions, in order (what a replay is compared with).
    pub fn sent_events(&self) -> &[Event] {
        &self.host.sent
    }

    /// The session (read only).
    pub fn session(&self) -> &Session {
        &self.host.session
    }

    /// The UI language.
    pub fn lang(&self) -> &str {
        self.panel.tr.lang()
    }

    /// The translations in use.
    pub fn i18n(&self) -> &I18n {
        &self.panel.tr
    }

    /// What the live status line says now: nothing once the panel shows another screen than
    /// the one it was raised on, or another language.
    pub fn live_status(&self) -> &str {
        if self.panel.live.visit == self.panel.visit && self.panel.live.lang == self.panel.tr.lang()
        {
            &self.panel.live.text
        } else {
            ""
        }
    }

    /// What the speech guide says for the screen now.
    pub fn speech(&self) -> &str {
        &self.panel.layout.speech
    }

    /// Sheets in the output tray.
    pub fn tray(&self) -> &[Sheet] {
        self.host.machine.tray()
    }

    /// Yen in the change tray.
    pub fn change_tray(&self) -> u32 {
        self.host.machine.change()
    }

    /// The card lying on the reader.
    pub fn reader(&self) -> Option<&str> {
        self.host.machine.reader()
    }

    /// Every session's log so far (older sessions first), with refused events as errors.
    pub fn history(&self) -> &[LogLine] {
        &self.host.history
    }

    /// Whether the trainer's (or a study moderator's) console is open.
    pub fn console_open(&self) -> bool {
        self.console.open
    }

    /// Chooses the card the reader's picker holds (the persona deck).
    pub fn select_card(&mut self, card: &str) {
        self.machine.selected_card = card.to_string();
    }

    /// Sets the seconds of real time per printed copy.
    pub fn set_print_seconds(&mut self, s: f32) {
        self.opts.print_seconds_per_copy = s.max(0.0);
    }

    /// Tokens for the machine's parts and the trainer console: the theme follows the panel,
    /// the sizes stay standard (large text is the panel's; the parts keep their 44 px targets).
    pub fn machine_tokens(&self) -> Tokens {
        Tokens::with_look(self.panel.tokens.theme, false, &self.host.kiosk.vendor.look)
    }

    /// Switches large text and high contrast.
    pub fn set_display(&mut self, large: bool, high_contrast: bool) {
        let theme = if high_contrast {
            ThemeKind::HighContrast
        } else {
            ThemeKind::Standard
        };
        self.panel.tokens = Tokens::with_look(theme, large, &self.host.kiosk.vendor.look);
    }

    /// Everything the speech guide said (words and tones).
    pub fn spoken(&self) -> &[crate::window::speech::Utterance] {
        self.voice.guide.log()
    }

    /// What the speech guide's caption shows now.
    pub fn caption(&self) -> Option<String> {
        self.voice.guide.caption()
    }

    /// The panel's tokens in force (theme and text size).
    pub fn tokens(&self) -> &Tokens {
        &self.panel.tokens
    }

    /// Shows the keypad highlight as if the keypad had been used (the audit measures the ring).
    pub fn show_keypad_highlight(&mut self) {
        self.panel.nav.keypad_active = true;
    }

    /// Whether keypad presses are waiting for the panel to be drawn.
    pub fn has_pending_keys(&self) -> bool {
        !self.panel.deferred_keys.is_empty()
    }

    /// Starts the next session (home screen, default language), keeping the store and clock.
    pub fn restart(&mut self, at: Option<DateTime<Tz>>) {
        let at = at.unwrap_or_else(|| {
            self.host
                .session
                .now()
                .max(self.time.clock.at(self.time.real_now))
        });
        let placeholder = Session::new(
            self.host.kiosk.clone(),
            Box::new(MemoryStore::default()),
            Box::new(NullPrinter),
            at,
            "placeholder",
        );
        self.close_recording();
        self.research.questionnaire = None;
        let old = std::mem::replace(&mut self.host.session, placeholder);
        let prev_id = old.id().to_string();
        let store = old.into_store();
        let printer = make_printer(self.host.renderer.as_ref(), &self.host.out_dir);
        let id = session_id(&self.host.kiosk.kiosk_id, at, Some(&prev_id));
        self.host.session = Session::new(self.host.kiosk.clone(), store, printer, at, id);
        self.time.clock.set(
            at.max(self.time.clock.at(self.time.real_now)),
            self.time.real_now,
        );
        self.panel.draft = Draft::default();
        self.panel.layout.page_starts.clear();
        self.panel.nav.want_primary = true;
        self.panel.nav.stale = true;
        self.panel.visit += 1;
        self.panel.tr.set_lang("ja");
        self.begin_recording();
        self.greet();
        self.class_changed();
        self.announce(vec![self.panel.tr.t("live-session-reset")]);
    }

    /// Switches municipality and vendor (profile ids or files) and starts a new session.
    pub fn switch_kiosk(&mut self, municipality: &str, vendor: &str) -> anyhow::Result<()> {
        let k = build_kiosk(&self.opts, municipality, vendor)?;
        self.opts.municipality = municipality.to_string();
        self.opts.vendor = vendor.to_string();
        self.host.kiosk = Arc::new(k);
        self.restart(None);
        self.set_display(
            self.panel.tokens.large,
            self.panel.tokens.theme == ThemeKind::HighContrast,
        );
        Ok(())
    }

    /// The kiosk's default language for a new session.
    fn greet(&mut self) {
        let lang = self.opts.lang.clone();
        if lang != "ja" && self.panel.tr.languages().iter().any(|(c, _)| *c == lang) {
            self.send(Event::Language(lang));
        }
    }

    fn apply_look(&mut self, ctx: &egui::Context) {
        if self.panel.applied_tokens.as_ref() != Some(&self.panel.tokens) {
            self.panel.tokens.apply(ctx);
            self.panel.applied_tokens = Some(self.panel.tokens.clone());
        }
        // The context remembers which language's faces it holds: a new app on a context that
        // drew before (the audit, `kofu predict`) does not rebuild them (≈ 20 ms each).
        let lang = self.panel.tr.lang();
        let key = egui::Id::unique("kofu-fonts-lang");
        if ctx.data(|d| d.get_temp::<String>(key)).as_deref() != Some(lang) {
            fonts::install(ctx, lang);
            ctx.data_mut(|d| d.insert_temp(key, lang.to_string()));
        }
    }

    /// One whole frame for a driver without eframe (the tests' harness, the off-screen
    /// pictures): the frame's logic, then its drawing, as eframe runs them.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.logic(&ctx);
        self.draw(ui);
    }

    /// Draws the whole window for one frame: the touch panel, the machine's parts and, when
    /// open, the trainer console. What was pressed is carried out by [`KioskApp::update`] at
    /// the end of the frame; drawing itself changes nothing of the kiosk.
    pub fn draw(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        // The participant's machine fills its window: the moderator's console is elsewhere.
        let reserve = if self.console.open && !self.opts.participant_view {
            trainer::window::WIDTH + MARGIN
        } else {
            0.0
        };
        let zoom = self
            .panel
            .fit
            .frame(&ctx, reserve, self.opts.participant_view);
        // The panel's small print (footer, step strip, status) stays legible however far the
        // machine is zoomed down to make room (a laptop with the console docked).
        self.panel.tokens.s.small = fit::legible_small(self.panel.tokens.large, zoom);
        self.apply_look(&ctx);
        let (banner, help) = (
            self.panel.tr.t("specimen-banner"),
            self.panel.tr.t("keypad-help"),
        );
        let said = [banner.as_str(), self.live_status(), help.as_str()];
        self.panel.tokens.s.footer = panel::footer_height(&ctx, &self.panel.tokens, said);
        // The window's accessible name (a screen reader's window list shows it).
        let title = self.panel.tr.t("app-title");
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(title));
        let full = ui.max_rect();
        ui.painter()
            .rect_filled(full, 0, self.panel.tokens.c.machine_bg);
        let console = trainer::window::show(&ctx, self);
        // The machine is centred in a window of another shape than its own.
        let screen = ctx.content_rect();
        let mut spare = (screen.size() - tokens::window_size()).max(vec2(0.0, 0.0));
        if reserve > 0.0 || (self.console.open && ctx.embed_viewports()) {
            spare.x = 0.0; // the console is docked in this window, at its right edge
        }
        let origin = screen.min + spare / 2.0;
        let panel = Rect::from_min_size(origin + vec2(MARGIN, MARGIN), PANEL_SIZE);
        let machine_rect = Rect::from_min_size(
            pos2(panel.right() + MARGIN, panel.top()),
            vec2(tokens::MACHINE_WIDTH, PANEL_SIZE.y),
        );
        let panel_msgs = self.draw_panel(ui, panel);
        self.record_taps(&ctx, panel);
        let mut child = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(machine_rect)
                .id_salt("machine")
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        let machine_msgs = machine::show(&mut child, self);
        // The panel's first (as before: a tap acts before the console's commands).
        let msgs: Vec<Msg> = panel_msgs
            .into_iter()
            .chain(machine_msgs.into_iter().map(Msg::Machine))
            .chain(console.into_iter().map(Msg::Trainer))
            .collect();
        let acted = !msgs.is_empty();
        for m in msgs {
            self.update(m);
        }
        self.speak();
        self.first_frames();
        // Repaint: at once after an input or while keys wait or printing is instant, else
        // for the clock.
        if acted
            || !self.panel.deferred_keys.is_empty()
            || (self.host.session.printer_running() && self.opts.print_seconds_per_copy <= 0.0)
            || self.startup.frames < 2
        {
            ctx.request_repaint();
        } else if self.host.session.screen() == Screen::Printing {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
    }

    /// Counts frames; with `KOFU_TIMING=1`, prints when the first two came.
    fn first_frames(&mut self) {
        self.startup.frames += 1;
        let Some(s) = self.startup.started else {
            return;
        };
        let timing = std::env::var_os("KOFU_TIMING").is_some();
        if self.startup.frames == 1 && timing {
            eprintln!(
                "kofu: first frame laid out {:.1} ms after start",
                s.elapsed().as_secs_f64() * 1000.0
            );
        }
        if self.startup.frames == 2 {
            if timing {
                eprintln!(
                    "kofu: second frame began {:.1} ms after start (first frame presented)",
                    s.elapsed().as_secs_f64() * 1000.0
                );
            }
            self.startup.started = None;
        }
    }

    /// Carries out what a person did to the machine's parts.
    fn run_machine(&mut self, c: machine::Command) {
        use machine::Command as C;
        match c {
            C::ToggleTrainer => self.console.open = !self.console.open,
            C::SelectCard(id) => self.select_card(&id),
            // What the session said to a hand is in its log and on the status line.
            C::PlaceCard => {
                let _logged = self.place_card();
            }
            C::RemoveCard => {
                let _logged = self.remove_card();
            }
            C::Insert(y) => {
                let _logged = self.insert(y);
            }
            C::OpenSheet(p) => self.open_sheet(&p),
            C::TakeSheets => self.take_sheets(),
            C::TakeChange => self.take_change(),
            C::Press(k) => self.key(k),
            C::SetHeadset(on) => self.set_headset(on),
            C::ClearFault => {
                let _sent = self.send(Event::ClearFault);
            }
        }
    }
}

impl eframe::App for KioskApp {
    /// The clock, printing, time-outs and keys: eframe runs this before every frame and also
    /// while the window is hidden, so a print job and a time-out go on when it is minimised.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        KioskApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    /// Closing the window ends a recorded session in progress (written as cancelled).
    fn on_exit(&mut self) {
        self.stop_recording();
    }
}
