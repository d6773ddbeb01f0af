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
use crate::store::journal::Journal;
use crate::store::{MemoryStore, Store};
use crate::window::UiOptions;
use crate::window::screens::{self, Action, Bar, Cx, Draft};
use crate::window::tokens::{self, MARGIN, PANEL_SIZE, ThemeKind, Tokens};
use crate::window::widgets::{Btn, Look, Nav, panel_button};
use crate::window::{fonts, machine, trainer};

/// A key of the machine's 12-key keypad (the keyboard maps onto it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PadKey {
    /// 0–9.
    Digit(u8),
    /// ○ Enter.
    Enter,
    /// ← Clear.
    Clear,
    /// × Cancel.
    Cancel,
    /// Speech guide: say the last words again.
    Repeat,
    /// Speech guide: stop speaking.
    Stop,
}

/// A printed sheet lying in the output tray.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraySheet {
    /// Shown name (file name).
    pub name: String,
    /// The PDF.
    pub path: PathBuf,
}

/// The simulated clock's control.
#[derive(Debug, Clone)]
pub struct ClockCtl {
    /// Simulated time at `anchor_real`.
    pub anchor_sim: DateTime<Tz>,
    /// egui input time (seconds) of the anchor.
    pub anchor_real: f64,
    /// Simulated seconds per real second.
    pub speed: f64,
    /// Whether the clock stands still.
    pub paused: bool,
}

impl ClockCtl {
    /// The simulated time at real time `t`.
    pub fn at(&self, t: f64) -> DateTime<Tz> {
        if self.paused {
            return self.anchor_sim;
        }
        let ms = ((t - self.anchor_real) * self.speed * 1000.0).max(0.0) as i64;
        self.anchor_sim + Duration::milliseconds(ms)
    }
    /// Re-anchors at `sim` now.
    pub fn set(&mut self, sim: DateTime<Tz>, t: f64) {
        self.anchor_sim = sim;
        self.anchor_real = t;
    }
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
    fonts_lang: Option<String>,
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
    pub(crate) history: Vec<LogLine>,
    pub(crate) live: String,
    pub(crate) speech: String,
    pub(crate) guide: crate::window::speech::Guide,
    live_spoken: String,
    pub(crate) session_sheets: usize,
    /// Every event sent to the sessions, in order (a replay's events are compared with
    /// `kofu run`'s; kept in memory only, never written).
    pub(crate) sent: Vec<Event>,
    started: Option<Instant>,
    frames: u32,
    pub(crate) municipalities: Vec<String>,
    pub(crate) vendors: Vec<String>,
    pub(crate) setup_error: Option<String>,
}

impl std::fmt::Debug for KioskApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KioskApp")
            .field("session", &self.session)
            .finish_non_exhaustive()
    }
}

fn now_tokyo() -> DateTime<Tz> {
    chrono::Utc::now().with_timezone(&crate::domain::calendar::TOKYO)
}

/// The ids of the `.toml` files in an assets subfolder, sorted.
fn ids_in(sub: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(kiosk::assets_dir().join(sub))
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    let p = e.path();
                    if p.extension()? != "toml" {
                        return None;
                    }
                    p.file_stem()?.to_str().map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
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
                Journal::open(&state)
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
        let tokens = Tokens::new(
            if opts.high_contrast {
                ThemeKind::HighContrast
            } else {
                ThemeKind::Standard
            },
            opts.large_text,
        );
        let mut app = Self {
            kiosk,
            session,
            renderer,
            out_dir,
            tr,
            tokens,
            applied_tokens: None,
            fonts_lang: None,
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
            trainer: trainer::TrainerState::new(at),
            history: Vec::new(),
            live: String::new(),
            speech: String::new(),
            guide: crate::window::speech::Guide::new(opts.speech_audio),
            live_spoken: String::new(),
            session_sheets: 0,
            sent: Vec::new(),
            started,
            frames: 0,
            municipalities: ids_in("municipalities"),
            vendors: ids_in("vendors"),
            setup_error,
            opts,
        };
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

    /// Pauses or resumes the simulated clock.
    pub fn set_clock_paused(&mut self, paused: bool) {
        let now = self.clock.at(self.real_now);
        self.clock.set(now, self.real_now);
        self.clock.paused = paused;
    }

    /// Sets the seconds of real time per printed copy.
    pub fn set_print_seconds(&mut self, s: f32) {
        self.opts.print_seconds_per_copy = s.max(0.0);
    }

    /// Tokens for the machine's parts and the trainer console: the theme follows the panel,
    /// the sizes stay standard (large text is the panel's; the parts keep their 44 px targets).
    pub fn machine_tokens(&self) -> Tokens {
        Tokens::new(self.tokens.theme, false)
    }

    /// Switches large text and high contrast.
    pub fn set_display(&mut self, large: bool, high_contrast: bool) {
        let theme = if high_contrast {
            ThemeKind::HighContrast
        } else {
            ThemeKind::Standard
        };
        self.tokens = Tokens::new(theme, large);
    }

    /// Feeds one event to the session and applies what it did to the machine, the log and the
    /// live status. Returns false if the session refused the event (the error is in the log).
    pub fn send(&mut self, ev: Event) -> bool {
        self.try_send(ev).is_ok()
    }

    /// As [`KioskApp::send`], returning the session's step or its error (also logged).
    pub fn try_send(&mut self, ev: Event) -> Result<Step, SessionError> {
        let label = format!("{ev:?}");
        self.sent.push(ev.clone());
        let at = self.session.now();
        let from = self.session.screen();
        match self.session.handle(ev) {
            Ok(step) => {
                self.apply(&label, at, from, &step);
                Ok(step)
            }
            Err(e) => {
                self.history.push(LogLine {
                    session: self.session.id().to_string(),
                    entry: Err(format!("{label}: {e}")),
                });
                Err(e)
            }
        }
    }

    /// What the session did, applied to the window: the language, the trays, the PIN entry,
    /// the live region, the log, the screen's fresh state. Nothing here compares state.
    fn apply(&mut self, label: &str, at: DateTime<Tz>, from: Screen, step: &Step) {
        if !step.effects.is_empty() || step.screen != from {
            self.history.push(LogLine {
                session: self.session.id().to_string(),
                entry: Ok(LogEntry {
                    at: self.session.now().format("%Y-%m-%d %H:%M:%S").to_string(),
                    event: label.to_string(),
                    from: from.name(),
                    to: step.screen.name(),
                    effects: step.effects.clone(),
                }),
            });
        }
        let _ = at;
        let mut announced: Vec<String> = Vec::new();
        for e in &step.effects {
            match e {
                Effect::LanguageChanged { lang } => {
                    self.tr.set_lang(lang);
                }
                Effect::CopyPrinted {
                    file,
                    copy,
                    of,
                    issue_number,
                    ..
                } => {
                    let sheet = match file {
                        Some(f) => {
                            let path = PathBuf::from(f);
                            TraySheet {
                                name: sheet_name(&path),
                                path,
                            }
                        }
                        None => TraySheet {
                            name: format!("{issue_number} {copy}/{of}"),
                            path: PathBuf::new(),
                        },
                    };
                    self.machine.tray.push(sheet);
                    self.session_sheets += 1;
                }
                Effect::MoneyReturned { yen, .. } => self.machine.change += yen,
                Effect::PinRejected { .. } | Effect::PinLocked => self.draft.pin.clear(),
                _ => {}
            }
            announced.extend(i18n_effects::live(&self.tr, e));
        }
        // Everything the step announces, in order ("Printing finished … ¥700 returned …").
        if !announced.is_empty() {
            self.live = announced.join(" ");
        }
        if step.screen != from {
            self.draft.enter(step.screen, &self.session);
            self.nav.want_primary = true;
            if step.screen == Screen::PlaceCard {
                self.feed_card();
            }
        }
    }

    /// Everything the speech guide said (words and tones).
    pub fn spoken(&self) -> &[crate::window::speech::Utterance] {
        self.guide.log()
    }

    /// What the speech guide's caption shows now.
    pub fn caption(&self) -> Option<String> {
        self.guide.caption()
    }

    /// Plugs the headset in (speech guide on) or pulls it out.
    pub fn set_headset(&mut self, on: bool) {
        if on && !self.machine.headset {
            self.guide.reset();
            self.live_spoken = self.live.clone();
        }
        if !on {
            self.guide.stop();
        }
        self.machine.headset = on;
    }

    /// With the headset in: status changes (the live region) first, then the screen's words
    /// when they change.
    fn speak(&mut self) {
        if !self.machine.headset {
            self.live_spoken = self.live.clone();
            return;
        }
        let lang = self.tr.lang();
        if self.live != self.live_spoken {
            self.live_spoken = self.live.clone();
            if !self.live.is_empty() {
                self.guide.say(lang, &self.live);
            }
        }
        self.guide.screen(lang, &self.speech);
    }

    /// A key of the PIN pad (the panel's or the keypad's): a digit goes into the masked
    /// entry, Clear takes the last one out. With the headset in, each digit is a tone, never a word.
    pub(crate) fn pin_key(&mut self, digit: Option<u8>) {
        match digit {
            Some(d) if self.draft.pin.len() < 4 => {
                self.draft.pin.push(char::from(b'0' + d % 10));
                if self.machine.headset {
                    self.guide.tone();
                }
            }
            Some(_) => {}
            None => {
                self.draft.pin.pop();
            }
        }
    }

    /// The panel's tokens in force (theme and text size).
    pub fn tokens(&self) -> &Tokens {
        &self.tokens
    }

    /// Whether keypad presses are waiting for the next frame.
    pub fn has_pending_keys(&self) -> bool {
        !self.pending_keys.is_empty()
    }

    /// Leaves a refusal the resident could have gone back from (the session ends refused) and
    /// stays on its screen; the window's "Finish" does this and then starts the next session.
    pub fn walk_away(&mut self) {
        let from = self.session.screen();
        let at = self.session.now();
        let effects = self.session.walk_away();
        let step = Step {
            screen: self.session.screen(),
            effects,
        };
        self.apply("WalkAway", at, from, &step);
    }

    /// Presses a key of the keypad (handled at the start of the next frame).
    pub fn press(&mut self, key: PadKey) {
        self.pending_keys.push(key);
    }

    /// Places the picked card (or phone) on the reader. It is read at once on the card screen,
    /// or when that screen comes; the result is the session's, if it was told.
    pub fn place_card(&mut self) -> Option<Result<Step, SessionError>> {
        if self.machine.reader.is_some() || self.machine.selected_card.is_empty() {
            return None;
        }
        self.machine.reader = Some(self.machine.selected_card.clone());
        let told = self.feed_card();
        if told.is_none() {
            // The machine has it; the session will read it when its card screen comes.
            self.live = self.tr.t("live-card-placed");
        }
        told
    }

    /// Takes the card off the reader. The session is told whenever it knows the card is there
    /// (what that means depends on its screen); the result is the session's, if it was told.
    pub fn remove_card(&mut self) -> Option<Result<Step, SessionError>> {
        let card = self.machine.reader.take()?;
        let told = self.session.card_on_reader() == Some(card.as_str()) && !self.session.finished();
        if told {
            Some(self.try_send(Event::RemoveCard))
        } else {
            self.live = self.tr.t("live-card-removed");
            None
        }
    }

    /// Puts a coin or note into the slot; the result is the session's if the slot was open.
    pub fn insert(&mut self, yen: u32) -> Option<Result<Step, SessionError>> {
        (self.session.screen() == Screen::Payment).then(|| self.try_send(Event::Insert(yen)))
    }

    /// Takes everything out of the output tray.
    pub fn take_sheets(&mut self) {
        self.machine.tray.clear();
        self.session_sheets = 0;
        self.machine.tray_message = None;
    }

    /// Takes the change.
    pub fn take_change(&mut self) {
        self.machine.change = 0;
    }

    /// Opens a sheet's PDF with the system viewer (xdg-open / open); a failure only shows the path.
    pub fn open_sheet(&mut self, path: &std::path::Path) {
        let shown = path.display().to_string();
        let opened = self.opts.open_files && open_with_system(path);
        self.machine.tray_message = Some(if opened {
            self.tr.ta("tray-opened", &[("path", Arg::Str(shown))])
        } else {
            self.tr.ta("tray-open-failed", &[("path", Arg::Str(shown))])
        });
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
        self.greet();
        self.live = self.tr.t("live-session-reset");
    }

    /// Switches municipality and vendor (profile ids or files) and starts a new session.
    pub fn switch_kiosk(&mut self, municipality: &str, vendor: &str) -> anyhow::Result<()> {
        let k = build_kiosk(&self.opts, municipality, vendor)?;
        self.opts.municipality = municipality.to_string();
        self.opts.vendor = vendor.to_string();
        self.kiosk = Arc::new(k);
        self.restart(None);
        Ok(())
    }

    /// Sets the simulated clock (a time before the session's starts a new session).
    pub fn set_time(&mut self, t: DateTime<Tz>) -> Result<Step, SessionError> {
        self.clock.set(t, self.real_now);
        if t < self.session.now() {
            self.restart(Some(t));
            return Ok(Step {
                screen: self.session.screen(),
                effects: Vec::new(),
            });
        }
        self.try_send(Event::Tick(t))
    }

    /// The kiosk's default language for a new session.
    fn greet(&mut self) {
        let lang = self.opts.lang.clone();
        if lang != "ja" && self.tr.languages().iter().any(|(c, _)| *c == lang) {
            self.send(Event::Language(lang));
        }
    }

    /// A card lying on the reader is read when the card screen asks for it.
    fn feed_card(&mut self) -> Option<Result<Step, SessionError>> {
        if self.session.screen() == Screen::PlaceCard
            && self.session.card_on_reader().is_none()
            && !self.session.finished()
            && let Some(card) = self.machine.reader.clone()
        {
            return Some(self.try_send(Event::PlaceCard(card)));
        }
        None
    }

    fn read_keyboard(&mut self, ctx: &egui::Context) {
        let text_focus = ctx.egui_wants_keyboard_input();
        let focused = ctx.memory(|m| m.focused().is_some());
        let events: Vec<egui::Event> = ctx.input(|i| i.events.clone());
        for ev in events {
            let egui::Event::Key {
                key,
                pressed: true,
                repeat: false,
                modifiers,
                ..
            } = ev
            else {
                continue;
            };
            use egui::Key as K;
            let pad = match key {
                K::F2 => {
                    self.toggle_trainer(ctx);
                    None
                }
                K::Tab => {
                    self.nav.keypad_active = false;
                    None
                }
                _ if text_focus || modifiers.ctrl || modifiers.alt || modifiers.command => None,
                K::Num0 => Some(PadKey::Digit(0)),
                K::Num1 => Some(PadKey::Digit(1)),
                K::Num2 => Some(PadKey::Digit(2)),
                K::Num3 => Some(PadKey::Digit(3)),
                K::Num4 => Some(PadKey::Digit(4)),
                K::Num5 => Some(PadKey::Digit(5)),
                K::Num6 => Some(PadKey::Digit(6)),
                K::Num7 => Some(PadKey::Digit(7)),
                K::Num8 => Some(PadKey::Digit(8)),
                K::Num9 => Some(PadKey::Digit(9)),
                K::Backspace => Some(PadKey::Clear),
                K::Escape => Some(PadKey::Cancel),
                K::R => Some(PadKey::Repeat),
                K::S => Some(PadKey::Stop),
                K::H => {
                    self.set_headset(!self.machine.headset);
                    None
                }
                K::Enter if !focused => Some(PadKey::Enter),
                _ => None,
            };
            if let Some(k) = pad {
                self.pending_keys.push(k);
            }
        }
    }

    /// Opens or closes the trainer console (the window grows to keep the panel's size).
    pub fn toggle_trainer(&mut self, ctx: &egui::Context) {
        self.trainer_open = !self.trainer_open;
        let mut size = tokens::window_size();
        if self.trainer_open {
            size.x += tokens::TRAINER_WIDTH;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
    }

    fn process_keys(&mut self) {
        let keys = std::mem::take(&mut self.pending_keys);
        for k in keys {
            match k {
                PadKey::Repeat => {
                    self.guide.repeat();
                    continue;
                }
                PadKey::Stop => {
                    self.guide.stop();
                    continue;
                }
                _ => {}
            }
            self.nav.keypad_active = true;
            if self.session.warning() && !self.session.finished() {
                self.send(Event::Extend);
                continue;
            }
            let screen = self.session.screen();
            match (screen, k) {
                (Screen::Pin, PadKey::Digit(d)) => self.pin_key(Some(d)),
                (Screen::Pin, PadKey::Clear) => self.pin_key(None),
                (Screen::Copies, PadKey::Digit(d)) => {
                    let max = self.kiosk.municipality.max_copies;
                    let mut typed = self.draft.copies_typed.clone();
                    typed.push(char::from(b'0' + d));
                    let n: u32 = typed.parse().unwrap_or(0);
                    if n > max || typed.len() > 2 {
                        typed = d.to_string();
                    }
                    let n: u32 = typed.parse().unwrap_or(0);
                    self.draft.copies_typed = typed;
                    if n >= 1 {
                        self.draft.copies = n.min(max);
                    }
                }
                (Screen::Copies, PadKey::Clear) => {
                    self.draft.copies_typed.pop();
                    let n: u32 = self.draft.copies_typed.parse().unwrap_or(1);
                    self.draft.copies = n.max(1);
                }
                (_, PadKey::Digit(2)) => self.nav.step(-1),
                (_, PadKey::Digit(8)) => self.nav.step(1),
                (_, PadKey::Enter) => self.nav.enter = true,
                (_, PadKey::Cancel) => self.nav.back_key = true,
                _ => {}
            }
        }
    }

    fn advance_time(&mut self, t: f64) {
        self.real_now = t;
        let dt = self.last_real.map_or(0.0, |l| (t - l).max(0.0));
        self.last_real = Some(t);
        if self.frames == 0 {
            self.clock.anchor_real = t;
        }
        let sim = self.clock.at(t);
        let cur = self.session.now();
        if sim - cur >= Duration::seconds(1) {
            self.send(Event::Tick(sim));
        }
        if self.session.screen() == Screen::Printing && !self.session.finished() {
            self.print_elapsed += dt;
            if self.print_elapsed >= f64::from(self.opts.print_seconds_per_copy) {
                self.print_elapsed = 0.0;
                self.send(Event::PrinterStep);
            }
        } else {
            self.print_elapsed = 0.0;
        }
        // A finished session back on the home screen is over (the session itself returns
        // there when its items are left alone): the next one starts.
        if self.session.finished()
            && self.session.screen() == Screen::Language
            && !self.opts.keep_finished
        {
            self.restart(None);
        }
    }

    fn apply_look(&mut self, ctx: &egui::Context) {
        if self.applied_tokens.as_ref() != Some(&self.tokens) {
            self.tokens.apply(ctx);
            self.applied_tokens = Some(self.tokens.clone());
        }
        let lang = self.tr.lang();
        if self.fonts_lang.as_deref() != Some(lang) {
            fonts::install(ctx, lang);
            self.fonts_lang = Some(lang.to_string());
        }
    }

    /// Draws the whole window for one frame: the touch panel, the machine's parts and, when
    /// open, the trainer console. The eframe app and the tests both call this.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        let t = ctx.input(|i| i.time);
        self.read_keyboard(&ctx);
        self.advance_time(t);
        self.process_keys();
        let full = ui.max_rect();
        ui.painter().rect_filled(full, 0, self.tokens.c.machine_bg);
        if self.trainer_open {
            egui::Panel::right("trainer")
                .resizable(false)
                .exact_size(tokens::TRAINER_WIDTH)
                .frame(
                    egui::Frame::new()
                        .fill(self.tokens.c.part_bg)
                        .inner_margin(MARGIN),
                )
                .show(ui, |ui| trainer::show(ui, self));
        }
        let origin = full.min;
        let panel = Rect::from_min_size(origin + vec2(MARGIN, MARGIN), PANEL_SIZE);
        let machine_rect = Rect::from_min_size(
            pos2(panel.right() + MARGIN, panel.top()),
            vec2(tokens::MACHINE_WIDTH, PANEL_SIZE.y),
        );
        let actions = self.draw_panel(ui, panel);
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
            self.run_machine(c, &ctx);
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

    pub(crate) fn run_action(&mut self, a: Action) {
        match a {
            Action::Send(events) => {
                for ev in events {
                    if !self.send(ev) {
                        break;
                    }
                }
            }
            Action::Restart => self.restart(None),
            Action::PinKey(d) => self.pin_key(d),
            Action::WalkAway => {
                self.walk_away();
                self.restart(None);
            }
        }
    }

    /// The touch panel: header, the screen's body, the bottom bar, the footer.
    fn draw_panel(&mut self, ui: &mut Ui, panel: Rect) -> Vec<Action> {
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
        let mut hui = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(header.shrink2(vec2(12.0, 4.0)))
                .id_salt("header")
                .layout(egui::Layout::left_to_right(egui::Align::Center)),
        );
        let m = &self.kiosk.municipality;
        let city = if self.tr.lang() == "ja" {
            m.name.clone()
        } else {
            m.name_en.clone()
        };
        let when = self.tr.date_time(self.session.now());
        let large_label = self.tr.t("toggle-large-text");
        let hc_label = self.tr.t("toggle-high-contrast");
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
            &t,
            &mut self.nav,
            Btn::new(&large_label)
                .look(Look::Check(t.large))
                .width(wl)
                .height(h)
                .text_size(s.small),
        ) {
            toggle_large = true;
        }
        if panel_button(
            &mut hui,
            &t,
            &mut self.nav,
            Btn::new(&hc_label)
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
        };
        let mut bui = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(body)
                .id_salt(("body", self.session.screen().name()))
                .layout(egui::Layout::top_down(egui::Align::Min)),
        );
        bui.set_clip_rect(body.expand(6.0));
        bui.spacing_mut().item_spacing = vec2(s.gap, s.gap / 2.0);
        egui::ScrollArea::vertical()
            .id_salt(("body-scroll", self.session.screen().name()))
            .auto_shrink([false, false])
            .show(&mut bui, |ui| {
                ui.set_width(body.width() - 16.0);
                screens::show(ui, &mut cx);
            });
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
            let hit = panel_button(&mut barui, &t, &mut self.nav, Btn::new(&label).width(bw));
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
                Btn::new(&label).width(bw).look(Look::Danger),
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
                    Btn::new(&label)
                        .width(bw * 1.6)
                        .look(Look::Primary)
                        .enabled(enabled),
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

/// The parts of the touch panel, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PanelRects {
    /// Municipality, date and time, display toggles.
    pub header: Rect,
    /// The screen's content (scrolls when it does not fit).
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

/// `S000000001-resident_certificate-1of2.pdf` → `S000000001 1/2`.
fn sheet_name(path: &std::path::Path) -> String {
    let stem = path
        .file_stem()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let parts: Vec<&str> = stem.split('-').collect();
    match (parts.first(), parts.last()) {
        (Some(issue), Some(copy)) if parts.len() >= 3 && copy.contains("of") => {
            format!("{issue} {}", copy.replace("of", "/"))
        }
        _ => stem.to_string(),
    }
}

fn build_kiosk(opts: &UiOptions, municipality: &str, vendor: &str) -> anyhow::Result<Kiosk> {
    let deck = match (&opts.deck, &opts.personas) {
        (Some(d), _) => Some(d.clone()),
        (None, Some(p)) => Some(crate::kiosk::load_deck(p)?),
        (None, None) => None,
    };
    Ok(kiosk::assemble(deck, municipality, vendor, &opts.kiosk_id)?)
}

fn make_printer(renderer: Option<&Arc<Renderer>>, out: &std::path::Path) -> Box<dyn Printer> {
    match renderer {
        Some(r) => Box::new(ModelPrinter::with_pdf(r.clone(), Some(out.to_path_buf()))),
        None => Box::new(NullPrinter),
    }
}

/// `kiosk-1-20261125T100000`, as `kofu run` names its session; `-2`, `-3`… if the previous
/// session started in the same second.
fn session_id(kiosk: &str, at: DateTime<Tz>, prev: Option<&str>) -> String {
    let base = format!("{kiosk}-{}", at.format("%Y%m%dT%H%M%S"));
    match prev {
        Some(p) if p == base || p.starts_with(&format!("{base}-")) => {
            let n = p
                .strip_prefix(&format!("{base}-"))
                .and_then(|x| x.parse::<u32>().ok())
                .unwrap_or(1);
            format!("{base}-{}", n + 1)
        }
        _ => base,
    }
}

fn open_with_system(path: &std::path::Path) -> bool {
    let cmd = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(cmd)
        .arg(path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_ok()
}

impl eframe::App for KioskApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
