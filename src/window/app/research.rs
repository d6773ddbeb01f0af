//! The window's side of recording sessions (`kofu --record DIR`, Record on the console): it
//! tells the [`Recorder`] each input (with the control hit, from the panel's
//! [`crate::window::widgets::Drawn`] list) and each step, and runs the questionnaire between a
//! recorded session's end and the next session.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use egui::Rect;

use super::{KioskApp, PadKey};
use crate::domain::session::{Screen, Step};
use crate::research::recording::class::ClassSink;
use crate::research::recording::{Recorder, Seen, Setting};
use crate::research::timeline::{InputKind, PIN_KEY};
use crate::window::machine;
use crate::window::questionnaire::{Intent, Questionnaire};
use crate::window::tokens::ThemeKind;

/// How long stopping a recording (or closing the window) waits for a class database to take
/// the last save: long enough for a database that answers, short enough that a database away
/// does not hold the window.
pub const LAST_SAVE_WAIT: Duration = Duration::from_secs(2);

impl KioskApp {
    /// Starts recording every session into `dir`: the session on show if nothing has happened
    /// in it yet (its scenario must hold every event), else from the next session.
    /// When the window's `--state` is a class database, each save also goes into its
    /// `recordings` table, under this station's name, from a worker thread
    /// ([`crate::research::recording::class`]): the window never waits for the database.
    pub fn start_recording(&mut self, dir: PathBuf) {
        let mut r = Recorder::new(dir);
        if let Some(url) = self
            .opts
            .state
            .as_deref()
            .and_then(crate::store::state::database_url)
        {
            r.set_sink(Arc::new(ClassSink::start(url, &self.recording_station())));
        }
        if self.host.session.log().is_empty() {
            r.begin(&self.host.session, self.setting(), &self.shown_screen());
        }
        self.research.recorder = Some(r);
    }

    /// Stops recording (the session on show is written if it had an input). With a class
    /// database, waits at most [`LAST_SAVE_WAIT`] for its last save (recording stops, or the
    /// window closes, and the worker would end with it); the files are written already.
    pub fn stop_recording(&mut self) {
        if let Some(mut r) = self.research.recorder.take() {
            r.close(self.time.real_now, &self.host.session);
            self.research.recorder_written = r.written.len();
            if let Some(sink) = r.sink() {
                let _stored = sink.flush(LAST_SAVE_WAIT);
            }
        }
    }

    /// The name this kiosk's recordings are kept under in a class database: the station's
    /// (`--station`, default the host name, as the station registers).
    pub fn recording_station(&self) -> String {
        self.opts
            .station
            .clone()
            .unwrap_or_else(super::station::host_name)
    }

    /// The panel's controls as drawn in the last frame.
    pub fn drawn(&self) -> &[crate::window::widgets::Drawn] {
        &self.panel.nav.drawn
    }

    /// Stops recording without writing the session on show (benchmarks).
    pub fn stop_recording_quietly(&mut self) {
        self.research.recorder = None;
    }

    /// The panel control the keypad highlight is on (its index in [`KioskApp::drawn`]).
    pub fn highlight(&self) -> usize {
        self.panel.nav.highlight
    }

    /// The recorder, when recording.
    pub fn recorder(&self) -> Option<&Recorder> {
        self.research.recorder.as_ref()
    }

    /// Shows the questionnaire at a stage (the tour and the audit; a recorded session's end
    /// shows it on its own).
    pub fn show_questionnaire(&mut self, q: Questionnaire) {
        self.research.questionnaire = Some(q);
        self.research.questionnaire_since = self.time.real_now;
        self.panel.nav.want_primary = true;
        self.screen_changed();
    }

    /// The questionnaire on show, if any.
    pub fn questionnaire(&self) -> Option<&Questionnaire> {
        self.research.questionnaire.as_ref()
    }

    /// An observer's note, stamped now.
    pub fn observer_note(&mut self, text: &str) {
        self.observer_note_at(text, self.time.real_now);
    }

    /// The study design for the sessions recorded next (and for the one on show while it has
    /// had no input).
    pub fn set_design(&mut self, design: crate::research::timeline::Design) {
        if let Some(r) = self.research.recorder.as_mut() {
            r.set_design(&design);
        }
        self.opts.design = design;
    }

    /// An observer's note, stamped at real time `at` (when the observer began writing it).
    pub fn observer_note_at(&mut self, text: &str, at: f64) {
        if let Some(r) = self.research.recorder.as_mut() {
            r.note(at, text);
        }
    }

    /// Closes the recording of the session being left (the window closes or a new one starts).
    pub(super) fn close_recording(&mut self) {
        let real = self.time.real_now;
        if let Some(r) = self.research.recorder.as_mut() {
            r.close(real, &self.host.session);
        }
    }

    /// Opens the recording of the session just started.
    pub(super) fn begin_recording(&mut self) {
        let (setting, shown) = (self.setting(), self.shown_screen());
        if let Some(r) = self.research.recorder.as_mut() {
            r.begin(&self.host.session, setting, &shown);
        }
    }

    /// A session came to its natural end (items taken, Finish, walked away): the questionnaire
    /// when the session was recorded and had an input, else the next session.
    pub(super) fn end_session(&mut self) {
        let ask = self.opts.questionnaire
            && self.research.questionnaire.is_none()
            && self
                .research
                .recorder
                .as_ref()
                .is_some_and(Recorder::wants_answers);
        if ask {
            let real = self.time.real_now;
            if let Some(r) = self.research.recorder.as_mut() {
                r.screen(real, "questionnaire");
            }
            self.show_questionnaire(Questionnaire::default());
            self.panel.draft.page = 0;
            self.panel.layout.page_starts.clear();
        } else {
            self.restart(None);
        }
    }

    /// An answer (or Finish) on the questionnaire.
    pub(crate) fn questionnaire_intent(&mut self, i: Intent) {
        let Some(q) = self.research.questionnaire.as_mut() else {
            return;
        };
        let before = q.stage;
        let done = q.apply(i);
        self.research.questionnaire_since = self.time.real_now;
        let answers = q.answers();
        if q.stage != before {
            self.panel.nav.want_primary = true;
        }
        if let Some(r) = self.research.recorder.as_mut() {
            r.answers(answers);
        }
        if done {
            self.research.questionnaire = None;
            self.restart(None);
        }
    }

    /// A questionnaire left alone for the vendor's inactivity and warning times (real time):
    /// the participant has gone; the answers so far are kept and the next session starts.
    pub(super) fn questionnaire_timeout(&mut self) {
        let v = &self.host.kiosk.vendor;
        let limit = f64::from(v.inactivity_seconds + v.warning_seconds);
        if self.research.questionnaire.is_some()
            && self.time.real_now - self.research.questionnaire_since > limit
        {
            self.research.questionnaire = None;
            self.restart(None);
        }
    }

    /// The screen name the recorder and the study use: the session's screen, `warning` while
    /// the inactivity warning is up, `language_list` while the home menu's language list is
    /// open (its taps fall on another picture), `questionnaire` after a recorded session.
    pub fn shown_screen(&self) -> String {
        if self.research.questionnaire.is_some() {
            "questionnaire".into()
        } else if self.host.session.warning() && !self.host.session.finished() {
            "warning".into()
        } else if self.host.session.screen() == Screen::Language && self.panel.draft.home_languages
        {
            "language_list".into()
        } else {
            self.host.session.screen().name().into()
        }
    }

    /// The panel changed without a step of the session (the language list opened or closed).
    pub(super) fn record_screen(&mut self) {
        let (real, shown) = (self.time.real_now, self.shown_screen());
        if let Some(r) = self.research.recorder.as_mut() {
            r.screen(real, &shown);
        }
    }

    fn setting(&self) -> Setting {
        let display = match (
            self.panel.tokens.large,
            self.panel.tokens.theme == ThemeKind::HighContrast,
        ) {
            (false, false) => "normal",
            (true, false) => "large_text",
            (false, true) => "high_contrast",
            (true, true) => "large_text+high_contrast",
        };
        Setting {
            vendor: self.opts.vendor.clone(),
            municipality: self.opts.municipality.clone(),
            personas: self.opts.personas.as_ref().map(|p| p.display().to_string()),
            display: display.into(),
            design: self.opts.design.clone(),
        }
    }

    /// A step the session took, for the recorder (and the end of the session, when it ended).
    /// `last`: the last step of one act (a tap may be followed by the reading of a card lying
    /// on the reader); an earlier step showed its own screen for no time.
    pub(super) fn record_step(&mut self, step: &Step, last: bool) {
        if self.research.recorder.is_none() {
            return;
        }
        // After the session's end the home screen is the next customer's, not this task's.
        let shown = match self.shown_screen() {
            _ if !last => step.to.name().to_string(),
            s if s == "language" && self.host.session.finished() => String::new(),
            s => s,
        };
        let real = self.time.real_now;
        let Some(r) = self.research.recorder.as_mut() else {
            return;
        };
        r.step(real, step, &shown);
        if last && self.host.session.finished() {
            r.finish(&self.host.session);
        } else if last {
            r.checkpoint(&self.host.session);
        }
    }

    /// Taps on the panel this frame (presses of the primary button inside it), with the control
    /// under each from the panel's drawn controls; a PIN key is written as [`PIN_KEY`] at the
    /// pad's centre.
    pub(super) fn record_taps(&mut self, ctx: &egui::Context, panel: Rect) {
        if self.research.recorder.is_none() {
            return;
        }
        let presses: Vec<egui::Pos2> = ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::PointerButton {
                        pos,
                        button: egui::PointerButton::Primary,
                        pressed: true,
                        ..
                    } if panel.contains(*pos) => Some(*pos),
                    _ => None,
                })
                .collect()
        });
        for pos in presses {
            let hit = self
                .panel
                .nav
                .drawn
                .iter()
                .rev()
                .find(|d| d.rect.contains(pos));
            let (target, disabled, at) = match hit {
                Some(d) if d.secret => {
                    let pad = self
                        .panel
                        .nav
                        .drawn
                        .iter()
                        .filter(|d| d.secret)
                        .fold(Rect::NOTHING, |a, d| a.union(d.rect));
                    (Some(PIN_KEY.to_string()), !d.enabled, pad.center())
                }
                Some(d) => (Some(d.label.clone()), !d.enabled, pos),
                None => (None, false, pos),
            };
            let seen = Seen {
                kind: InputKind::Tap,
                pos: Some((at.x - panel.left(), at.y - panel.top())),
                screen: self.shown_screen(),
                target,
                disabled,
            };
            let real = self.time.real_now;
            if let Some(r) = self.research.recorder.as_mut() {
                r.input(real, seen);
            }
        }
    }

    /// A key of the keyboard or the machine's keypad; a digit on the PIN screen is a PIN key.
    pub(super) fn record_key(&mut self, kind: InputKind, key: &str) {
        if self.research.recorder.is_none() {
            return; // every key press passes here: no screen name worked out for nothing
        }
        let real = self.time.real_now;
        let screen = self.shown_screen();
        let pin = self.research.questionnaire.is_none()
            && self.host.session.screen() == Screen::Pin
            && key.len() == 1
            && key.chars().all(|c| c.is_ascii_digit());
        if let Some(r) = self.research.recorder.as_mut() {
            r.input(
                real,
                Seen {
                    kind,
                    pos: None,
                    screen,
                    target: Some(if pin { PIN_KEY.into() } else { key.into() }),
                    disabled: false,
                },
            );
        }
    }

    /// What a person did to the machine's parts (card reader, slot, trays, headset).
    pub(super) fn record_machine(&mut self, c: &machine::Command) {
        use machine::Command as C;
        if self.research.recorder.is_none() {
            return;
        }
        let part = match c {
            C::PlaceCard => "card reader: place".to_string(),
            C::RemoveCard => "card reader: take off".to_string(),
            C::Insert(y) => format!("slot: ¥{y}"),
            C::TakeSheets => "output tray".to_string(),
            C::TakeChange => "change tray".to_string(),
            C::SetHeadset(on) => format!("headset: {}", if *on { "in" } else { "out" }),
            C::ClearFault => "printer: fault cleared".to_string(),
            C::Press(k) => {
                let name = pad_key_name(*k);
                self.record_key(InputKind::Keypad, &name);
                return;
            }
            C::ToggleTrainer | C::SelectCard(_) | C::OpenSheet(_) => return,
        };
        self.record_key(InputKind::Machine, &part);
    }
}

/// A keypad key's name in the timeline: the digit (a PIN key on the PIN screen), ○, ←, ×.
pub(super) fn pad_key_name(k: PadKey) -> String {
    match k {
        PadKey::Digit(d) => d.to_string(),
        PadKey::Enter => "○".into(),
        PadKey::Clear => "←".into(),
        PadKey::Cancel => "×".into(),
        PadKey::Repeat => "repeat".into(),
        PadKey::Stop => "stop".into(),
    }
}
