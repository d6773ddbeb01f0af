//! The kiosk window's application: it holds the [`Session`] and turns every user action into
//! an [`Event`] fed to `Session::handle` — the same events `kofu run` feeds — so a scenario
//! replayed through the window gives the same outcome and journal.
//!
//! Decisions:
//! - **Time.** The simulated clock starts at `--at` (or now, Japan time) and follows the real
//!   clock (egui's input time) at a speed the trainer sets; the session gets `Event::Tick` once a
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

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Duration};
use chrono_tz::Tz;
use egui::{Rect, RichText, Ui, pos2, vec2};

use crate::certificate::pdf::Renderer;
use crate::domain::effect::Effect;
use crate::domain::session::{
    Event, Kiosk, LogEntry, NullPrinter, Printer, Screen, Session, SessionError, Step,
};
use crate::i18n::effects as i18n_effects;
use crate::i18n::{Arg, I18n};
use crate::kiosk::{self, ModelPrinter};
use crate::store::Database;
use crate::store::{MemoryStore, Store};
use crate::window::UiOptions;
use crate::window::screens::{self, Action, Bar, Cx, Draft};
use crate::window::tokens::{self, MARGIN, PANEL_SIZE, ThemeKind, Tokens};
use crate::window::widgets::{Btn, Look, Nav, panel_button};
use crate::window::{fonts, machine, trainer};

mod clock;
mod feed;
pub(crate) mod fit;
mod input;
mod pager;
mod panel;
mod research;
mod setup;

use setup::{build_kiosk, ids_in, make_printer, now_tokyo, session_id};

pub use clock::ClockCtl;
pub use input::PadKey;
pub use panel::{PanelRects, panel_rects};

/// A printed sheet lying in the output tray.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraySheet {
    /// Shown name (file name).
    pub name: String,
    /// The PDF.
    pub path: PathBuf,
}

/// One line of the trainer's event log (kept across sessions).
#[derive(Debug, Clone)]
pub struct LogLine {
    /// Session id.
    pub session: String,
    /// The session's log entry, or an error.
    pub entry: Result<LogEntry, String>,
}

/// The physical machine's state.
#[derive(Debug, Clone, Default)]
pub struct MachineState {
    /// Card (id) lying on the reader.
    pub reader: Option<String>,
    /// Card chosen in the reader's picker (the persona deck).
    pub selected_card: String,
    /// Sheets in the output tray.
    pub tray: Vec<TraySheet>,
    /// Yen in the change tray.
    pub change: u32,
    /// Headset plugged in (speech guide).
    pub headset: bool,
    /// The last "opened" / "could not open" message of the tray.
    pub tray_message: Option<String>,
}

/// The window's application state.
pub struct KioskApp {
    pub(crate) opts: UiOptions,
    pub(crate) kiosk: Arc<Kiosk>,
    pub(crate) session: Session,
    pub(crate) renderer: Option<Arc<Renderer>>,
    pub(crate) out_dir: PathBuf,
    pub(crate) tr: I18n,
    pub(crate) tokens: Tokens,
    applied_tokens: Option<Tokens>,
    pub(crate) draft: Draft,
    pub(crate) nav: Nav,
    pub(crate) pending_keys: Vec<PadKey>,
    pub(crate) clock: ClockCtl,
    pub(crate) real_now: f64,
    last_real: Option<f64>,
    print_elapsed: f64,
    pub(crate) machine: MachineState,
    pub(crate) trainer_open: bool,
    pub(crate) trainer: trainer::TrainerState,
    /// The zoom that fits the machine in the window.
    fit: fit::Fit,
    pub(crate) history: Vec<LogLine>,
    pub(crate) live: String,
    pub(crate) speech: String,
    pub(crate) guide: crate::window::speech::Guide,
    /// Announcements the speech guide has still to say.
    to_say: Vec<String>,
    pub(crate) session_sheets: usize,
    /// Every event sent to the sessions, in order (a replay's events are compared with
    /// `kofu run`'s; kept in memory only, never written).
    pub(crate) sent: Vec<Event>,
    started: Option<Instant>,
    frames: u32,
    pub(crate) municipalities: Vec<String>,
    pub(crate) vendors: Vec<String>,
    pub(crate) setup_error: Option<String>,
    /// Records sessions for research (`--record`, Record on the console).
    pub(crate) recorder: Option<crate::report::recording::Recorder>,
    /// Collect the drawn controls without recording (`kofu predict`).
    collect_drawn: bool,
    /// Files the last recorder wrote (shown after Record is switched off).
    pub(crate) recorder_written: usize,
    /// The questionnaire after a recorded session, and when it was last answered (real s).
    pub(crate) questionnaire: Option<crate::window::questionnaire::Questionnaire>,
    questionnaire_since: f64,
}

impl std::fmt::Debug for KioskApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KioskApp")
            .field("session", &self.session)
            .finish_non_exhaustive()
    }
}

impl KioskApp {
    /// Builds the kiosk from the options: profiles, persona deck, state folder (journal),
    /// PDF renderer. Fails on unreadable profiles, deck or state folder.
    pub fn new(opts: UiOptions) -> anyhow::Result<Self> {
        let started = opts.started.or_else(|| Some(Instant::now()));
        let kiosk = Arc::new(build_kiosk(&opts, &opts.municipality, &opts.vendor)?);
        let state = opts
            .state
            .clone()
            .unwrap_or_else(crate::store::default_state_dir);
        let store: Box<dyn Store> = if opts.memory_store {
            Box::new(MemoryStore::default())
        } else {
            Box::new(
                Database::open(&state)
                    .map_err(|e| anyhow::anyhow!("state folder {}: {e}", state.display()))?,
            )
        };
        let out_dir = state.join("output");
        let mut setup_error = None;
        if opts.pdf
            && let Err(e) = std::fs::create_dir_all(&out_dir)
        {
            setup_error = Some(format!("{}: {e}", out_dir.display()));
        }
        let renderer = if opts.pdf {
            match Renderer::from_assets_dir(&kiosk::assets_dir()) {
                Ok(r) => Some(Arc::new(r)),
                Err(e) => {
                    setup_error = Some(format!("PDF renderer: {e}"));
                    None
                }
            }
        } else {
            None
        };
        let at = opts.at.unwrap_or_else(now_tokyo);
        let mut tr = I18n::new();
        tr.set_lang(&opts.lang);
        let printer = make_printer(renderer.as_ref(), &out_dir);
        let id = session_id(&kiosk.kiosk_id, at, None);
        let session = Session::new(kiosk.clone(), store, printer, at, id);
        let selected_card = kiosk
            .registry
            .cards
            .keys()
            .find(|c| c.as_str() == "card-tsukuba-hanako")
            .or_else(|| kiosk.registry.cards.keys().next())
            .cloned()
            .unwrap_or_default();
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
            kiosk,
            session,
            renderer,
            out_dir,
            tr,
            tokens,
            applied_tokens: None,
            draft: Draft::default(),
            nav: Nav {
                want_primary: true,
                ..Nav::default()
            },
            pending_keys: Vec::new(),
            clock: ClockCtl {
                anchor_sim: at,
                anchor_real: 0.0,
                speed: 1.0,
                paused: opts.clock_paused,
            },
            real_now: 0.0,
            last_real: None,
            print_elapsed: 0.0,
            machine: MachineState {
                selected_card,
                ..MachineState::default()
            },
            trainer_open: opts.trainer,
            fit: fit::Fit::default(),
            trainer: trainer::TrainerState::new(at),
            history: Vec::new(),
            live: String::new(),
            speech: String::new(),
            guide: crate::window::speech::Guide::new(opts.speech_audio),
            to_say: Vec::new(),
            session_sheets: 0,
            sent: Vec::new(),
            started,
            frames: 0,
            municipalities: ids_in("municipalities"),
            vendors: ids_in("vendors"),
            setup_error,
            recorder: None,
            recorder_written: 0,
            collect_drawn: false,
            questionnaire: None,
            questionnaire_since: 0.0,
            opts,
        };
        if let Some(dir) = app.opts.record.clone() {
            app.start_recording(dir);
        }
        app.greet();
        Ok(app)
    }

    /// Every event the window sent to its sessions, in order (what a replay is compared with).
    pub fn sent_events(&self) -> &[Event] {
        &self.sent
    }

    /// The session (read only).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The UI language.
    pub fn lang(&self) -> &str {
        self.tr.lang()
    }

    /// The translations in use.
    pub fn i18n(&self) -> &I18n {
        &self.tr
    }

    /// What the live status line says now.
    pub fn live_status(&self) -> &str {
        &self.live
    }

    /// What the speech guide says for the screen now.
    pub fn speech(&self) -> &str {
        &self.speech
    }

    /// Sheets in the output tray.
    pub fn tray(&self) -> &[TraySheet] {
        &self.machine.tray
    }

    /// Yen in the change tray.
    pub fn change_tray(&self) -> u32 {
        self.machine.change
    }

    /// The card lying on the reader.
    pub fn reader(&self) -> Option<&str> {
        self.machine.reader.as_deref()
    }

    /// Every session's log so far (older sessions first), with refused events as errors.
    pub fn history(&self) -> &[LogLine] {
        &self.history
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
        Tokens::with_look(self.tokens.theme, false, &self.kiosk.vendor.look)
    }

    /// Switches large text and high contrast.
    pub fn set_display(&mut self, large: bool, high_contrast: bool) {
        let theme = if high_contrast {
            ThemeKind::HighContrast
        } else {
            ThemeKind::Standard
        };
        self.tokens = Tokens::with_look(theme, large, &self.kiosk.vendor.look);
    }

    /// Everything the speech guide said (words and tones).
    pub fn spoken(&self) -> &[crate::window::speech::Utterance] {
        self.guide.log()
    }

    /// What the speech guide's caption shows now.
    pub fn caption(&self) -> Option<String> {
        self.guide.caption()
    }

    /// The panel's tokens in force (theme and text size).
    pub fn tokens(&self) -> &Tokens {
        &self.tokens
    }

    /// Shows the keypad highlight as if the keypad had been used (the audit measures the ring).
    pub fn show_keypad_highlight(&mut self) {
        self.nav.keypad_active = true;
    }

    /// Whether keypad presses are waiting for the next frame.
    pub fn has_pending_keys(&self) -> bool {
        !self.pending_keys.is_empty()
    }

    /// Starts the next session (home screen, default language), keeping the store and clock.
    pub fn restart(&mut self, at: Option<DateTime<Tz>>) {
        let at = at.unwrap_or_else(|| self.session.now().max(self.clock.at(self.real_now)));
        let placeholder = Session::new(
            self.kiosk.clone(),
            Box::new(MemoryStore::default()),
            Box::new(NullPrinter),
            at,
            "placeholder",
        );
        self.close_recording();
        self.questionnaire = None;
        let old = std::mem::replace(&mut self.session, placeholder);
        let prev_id = old.id().to_string();
        let store = old.into_store();
        let printer = make_printer(self.renderer.as_ref(), &self.out_dir);
        let id = session_id(&self.kiosk.kiosk_id, at, Some(&prev_id));
        self.session = Session::new(self.kiosk.clone(), store, printer, at, id);
        self.clock
            .set(at.max(self.clock.at(self.real_now)), self.real_now);
        self.session_sheets = 0;
        self.draft = Draft::default();
        self.nav.want_primary = true;
        self.tr.set_lang("ja");
        self.begin_recording();
        self.greet();
        self.announce(vec![self.tr.t("live-session-reset")]);
    }

    /// Switches municipality and vendor (profile ids or files) and starts a new session.
    pub fn switch_kiosk(&mut self, municipality: &str, vendor: &str) -> anyhow::Result<()> {
        let k = build_kiosk(&self.opts, municipality, vendor)?;
        self.opts.municipality = municipality.to_string();
        self.opts.vendor = vendor.to_string();
        self.kiosk = Arc::new(k);
        self.restart(None);
        self.set_display(
            self.tokens.large,
            self.tokens.theme == ThemeKind::HighContrast,
        );
        Ok(())
    }

    /// The kiosk's default language for a new session.
    fn greet(&mut self) {
        let lang = self.opts.lang.clone();
        if lang != "ja" && self.tr.languages().iter().any(|(c, _)| *c == lang) {
            self.send(Event::Language(lang));
        }
    }

    fn apply_look(&mut self, ctx: &egui::Context) {
        if self.applied_tokens.as_ref() != Some(&self.tokens) {
            self.tokens.apply(ctx);
            self.applied_tokens = Some(self.tokens.clone());
        }
        // The context remembers which language's faces it holds: a new app on a context that
        // drew before (the audit, `kofu predict`) does not rebuild them (≈ 20 ms each).
        let lang = self.tr.lang();
        let key = egui::Id::unique("kofu-fonts-lang");
        if ctx.data(|d| d.get_temp::<String>(key)).as_deref() != Some(lang) {
            fonts::install(ctx, lang);
            ctx.data_mut(|d| d.insert_temp(key, lang.to_string()));
        }
    }

    /// Draws the whole window for one frame: the touch panel, the machine's parts and, when
    /// open, the trainer console. The eframe app and the tests both call this.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        let reserve = if self.trainer_open {
            trainer::window::WIDTH + MARGIN
        } else {
            0.0
        };
        self.fit.frame(&ctx, reserve);
        // The window's accessible name (a screen reader's window list shows it).
        let title = self.tr.t("app-title");
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(title));
        let t = ctx.input(|i| i.time);
        self.read_keyboard(&ctx);
        self.advance_time(t);
        self.process_keys();
        let full = ui.max_rect();
        ui.painter().rect_filled(full, 0, self.tokens.c.machine_bg);
        let console_commands = trainer::window::show(&ctx, self);
        // The machine is centred in a window of another shape than its own.
        let screen = ctx.content_rect();
        let mut spare = (screen.size() - tokens::window_size()).max(vec2(0.0, 0.0));
        if self.trainer_open && ctx.embed_viewports() {
            spare.x = 0.0; // the console is inside this window, at its right edge
        }
        let origin = screen.min + spare / 2.0;
        let panel = Rect::from_min_size(origin + vec2(MARGIN, MARGIN), PANEL_SIZE);
        let machine_rect = Rect::from_min_size(
            pos2(panel.right() + MARGIN, panel.top()),
            vec2(tokens::MACHINE_WIDTH, PANEL_SIZE.y),
        );
        self.nav.collect = self.recorder.is_some() || self.collect_drawn;
        let actions = self.draw_panel(ui, panel);
        self.record_taps(&ctx, panel);
        let mut child = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(machine_rect)
                .id_salt("machine")
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        self.speak();
        let commands = machine::show(&mut child, self);
        for a in actions {
            self.run_action(a);
        }
        for c in commands {
            self.record_machine(&c);
            self.run_machine(c, &ctx);
        }
        for c in console_commands {
            trainer::apply(self, c);
        }
        self.frames += 1;
        if let Some(s) = self.started {
            if self.frames == 1 && std::env::var_os("KOFU_TIMING").is_some() {
                eprintln!(
                    "kofu: first frame laid out {:.1} ms after start",
                    s.elapsed().as_secs_f64() * 1000.0
                );
            }
            if self.frames == 2 {
                if std::env::var_os("KOFU_TIMING").is_some() {
                    eprintln!(
                        "kofu: second frame began {:.1} ms after start (first frame presented)",
                        s.elapsed().as_secs_f64() * 1000.0
                    );
                }
                self.started = None;
            }
        }
        // Repaint: at once while keys or printing are pending, else for the clock.
        if !self.pending_keys.is_empty()
            || (self.session.screen() == Screen::Printing
                && self.opts.print_seconds_per_copy <= 0.0)
            || self.frames < 2
        {
            ctx.request_repaint();
        } else if self.session.screen() == Screen::Printing {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
    }

    /// Carries out what a person did to the machine's parts.
    pub fn run_machine(&mut self, c: machine::Command, ctx: &egui::Context) {
        use machine::Command as C;
        match c {
            C::ToggleTrainer => self.toggle_trainer(ctx),
            C::SelectCard(id) => self.select_card(&id),
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
            C::Press(k) => self.press(k),
            C::SetHeadset(on) => self.set_headset(on),
        }
    }
}

impl eframe::App for KioskApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// Closing the window ends a recorded session in progress (written as cancelled).
    fn on_exit(&mut self) {
        self.stop_recording();
    }
}
