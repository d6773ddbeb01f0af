//! Feeding the session and applying what it did: every event goes through `try_send`, and
//! the step's effects (never a comparison of state) move the trays, the PIN entry, the live
//! region and the log. The machine's parts (reader, slot, trays) act here too.

use std::path::PathBuf;

use super::{KioskApp, LiveLine, LogLine, TraySheet};
use crate::domain::effect::Effect;
use crate::domain::session::{Event, LogEntry, Screen, SessionError, Step};
use crate::i18n::Arg;
use crate::i18n::effects as i18n_effects;

impl KioskApp {
    /// Feeds one event to the session and applies what it did to the machine, the log and the
    /// live status. Returns false if the session refused the event (the error is in the log).
    pub fn send(&mut self, ev: Event) -> bool {
        self.try_send(ev).is_ok()
    }

    /// As [`KioskApp::send`], returning the session's step or its error (also logged).
    pub fn try_send(&mut self, ev: Event) -> Result<Step, SessionError> {
        self.host.sent.push(ev.without_secret());
        let refused = format!("{ev:?}");
        match self.host.session.handle(ev) {
            Ok(step) => {
                // The trainer's log is the session's own log, without the quiet ticks.
                if (!step.effects.is_empty() || step.to != step.from)
                    && let Some(entry) = self.host.session.log().last()
                {
                    self.host.history.push(LogLine {
                        session: self.host.session.id().to_string(),
                        entry: Ok(entry.clone()),
                    });
                }
                self.apply(&step.effects, step.from, step.to);
                self.record_step(&step);
                // A card lying on the reader is read when the card screen comes: after this
                // step is recorded, so a recording keeps the session's order.
                if step.to != step.from && step.to == Screen::PlaceCard {
                    self.feed_card();
                }
                Ok(step)
            }
            Err(e) => {
                self.host.history.push(LogLine {
                    session: self.host.session.id().to_string(),
                    entry: Err(format!("{refused}: {e}")),
                });
                Err(e)
            }
        }
    }

    /// What the session did, applied to the window: the language, the trays, the PIN entry,
    /// the live region, the log, the screen's fresh state. Nothing here compares state.
    pub(super) fn apply(&mut self, effects: &[Effect], from: Screen, to: Screen) {
        let mut announced: Vec<String> = Vec::new();
        for e in effects {
            match e {
                Effect::LanguageChanged { lang } => {
                    self.panel.tr.set_lang(lang);
                    self.panel.draft.home_languages = false;
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
                    self.host.session_sheets += 1;
                }
                Effect::MoneyReturned { yen, .. } => self.machine.change += yen,
                Effect::OtherServiceTouched { service } => {
                    self.panel.draft.home_notice = Some(*service);
                }
                Effect::PinRejected { .. } | Effect::PinLocked => self.panel.draft.pin.clear(),
                _ => {}
            }
            announced.extend(i18n_effects::live(&self.panel.tr, e));
        }
        if to != from {
            self.panel.draft.enter(to, &self.host.session);
            self.panel.layout.page_starts.clear();
            self.panel.nav.want_primary = true;
            self.screen_changed();
        }
        self.panel.nav.stale = true;
        self.announce(announced);
    }

    /// The panel shows another screen: a status line raised before belongs to the last one.
    pub(super) fn screen_changed(&mut self) {
        self.panel.visit += 1;
    }

    /// What a step announces, in order: the status line shows the first (the most important:
    /// "Printing finished" before "¥700 returned") on the screen on show, in its language; the
    /// speech guide says every one.
    pub(crate) fn announce(&mut self, texts: Vec<String>) {
        if let Some(first) = texts.first() {
            self.panel.live = LiveLine {
                text: first.clone(),
                visit: self.panel.visit,
                lang: self.panel.tr.lang().to_string(),
            };
        }
        self.voice.to_say.extend(texts);
    }

    /// With the headset in: status changes first, then the screen's words when they change.
    pub(super) fn speak(&mut self) {
        let said = std::mem::take(&mut self.voice.to_say);
        if !self.machine.headset {
            return;
        }
        let lang = self.panel.tr.lang();
        for text in said {
            self.voice.guide.say(lang, &text);
        }
        self.voice.guide.screen(lang, &self.panel.layout.speech);
    }

    /// A key of the PIN pad (the panel's or the keypad's): a digit goes into the masked
    /// entry, Clear takes the last one out. With the headset in, each digit is a tone, never a word.
    pub(crate) fn pin_key(&mut self, digit: Option<u8>) {
        if self.panel.draft.pin_key(digit) && self.machine.headset {
            self.voice.guide.tone();
        }
    }

    /// Leaves a refusal the resident could have gone back from (the session ends refused) and
    /// stays on its screen; the window's "Finish" does this and then starts the next session.
    pub fn walk_away(&mut self) {
        let on = self.host.session.screen();
        let effects = self.host.session.walk_away();
        if !effects.is_empty() {
            // Not an event of the session (it keeps no log line for it): the trainer's log
            // says it here.
            self.host.history.push(LogLine {
                session: self.host.session.id().to_string(),
                entry: Ok(LogEntry {
                    at: self
                        .host
                        .session
                        .now()
                        .format("%Y-%m-%d %H:%M:%S")
                        .to_string(),
                    event: "WalkAway".into(),
                    from: on.name(),
                    to: on.name(),
                    effects: effects.clone(),
                }),
            });
        }
        self.apply(&effects, on, on);
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
            self.announce(vec![self.panel.tr.t("live-card-placed")]);
        }
        told
    }

    /// Takes the card off the reader. The session is told whenever it knows the card is there
    /// (what that means depends on its screen); the result is the session's, if it was told.
    pub fn remove_card(&mut self) -> Option<Result<Step, SessionError>> {
        let card = self.machine.reader.take()?;
        let told = self.host.session.card_on_reader() == Some(card.as_str())
            && !self.host.session.finished();
        if told {
            Some(self.try_send(Event::RemoveCard))
        } else {
            self.announce(vec![self.panel.tr.t("live-card-removed")]);
            None
        }
    }

    /// Puts a coin or note into the slot; the result is the session's if the slot was open.
    pub fn insert(&mut self, yen: u32) -> Option<Result<Step, SessionError>> {
        (self.host.session.screen() == Screen::Payment).then(|| self.try_send(Event::Insert(yen)))
    }

    /// Takes everything out of the output tray.
    pub fn take_sheets(&mut self) {
        self.machine.tray.clear();
        self.host.session_sheets = 0;
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
            self.panel
                .tr
                .ta("tray-opened", &[("path", Arg::Str(shown))])
        } else {
            self.panel
                .tr
                .ta("tray-open-failed", &[("path", Arg::Str(shown))])
        });
    }

    /// A card lying on the reader is read when the card screen asks for it.
    pub(super) fn feed_card(&mut self) -> Option<Result<Step, SessionError>> {
        if self.host.session.screen() == Screen::PlaceCard
            && self.host.session.card_on_reader().is_none()
            && !self.host.session.finished()
            && let Some(card) = self.machine.reader.clone()
        {
            return Some(self.try_send(Event::PlaceCard(card)));
        }
        None
    }

    /// Plugs the headset in (speech guide on) or pulls it out.
    pub fn set_headset(&mut self, on: bool) {
        if on && !self.machine.headset {
            self.voice.guide.reset();
            self.voice.to_say.clear();
        }
        if !on {
            self.voice.guide.stop();
        }
        self.machine.headset = on;
    }
}

/// `S000000001-resident_certificate-1of2.pdf` → `S000000001 1/2`.
pub(super) fn sheet_name(path: &std::path::Path) -> String {
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

pub(super) fn open_with_system(path: &std::path::Path) -> bool {
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
