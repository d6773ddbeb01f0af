//! Feeding the session and applying what it did: every event goes through `try_send`, and
//! the step's effects (never a comparison of state) move the trays, the PIN entry, the live
//! region and the log. The machine's parts (reader, slot, trays) act here too.

use super::*;

impl KioskApp {
    /// Feeds one event to the session and applies what it did to the machine, the log and the
    /// live status. Returns false if the session refused the event (the error is in the log).
    pub fn send(&mut self, ev: Event) -> bool {
        self.try_send(ev).is_ok()
    }

    /// As [`KioskApp::send`], returning the session's step or its error (also logged).
    pub fn try_send(&mut self, ev: Event) -> Result<Step, SessionError> {
        let label = format!("{ev:?}");
        self.sent.push(ev.clone());
        let from = self.session.screen();
        let before = self.session.now();
        let recorded = self.recorder.is_some().then(|| ev.clone());
        match self.session.handle(ev) {
            Ok(step) => {
                self.apply(&label, from, &step);
                if let Some(ev) = recorded {
                    self.record_step(&ev, &step, before, from);
                }
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
    pub(super) fn apply(&mut self, label: &str, from: Screen, step: &Step) {
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
        let mut announced: Vec<String> = Vec::new();
        for e in &step.effects {
            match e {
                Effect::LanguageChanged { lang } => {
                    self.tr.set_lang(lang);
                    self.draft.home_languages = false;
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
                Effect::OtherServiceTouched { service } => self.draft.home_notice = Some(*service),
                Effect::PinRejected { .. } | Effect::PinLocked => self.draft.pin.clear(),
                _ => {}
            }
            announced.extend(i18n_effects::live(&self.tr, e));
        }
        self.announce(announced);
        if step.screen != from {
            self.draft.enter(step.screen, &self.session);
            self.nav.want_primary = true;
            if step.screen == Screen::PlaceCard {
                self.feed_card();
            }
        }
    }

    /// What a step announces, in order: the live region shows the first (the most important:
    /// "Printing finished" before "¥700 returned"), the speech guide says every one.
    pub(crate) fn announce(&mut self, texts: Vec<String>) {
        if let Some(first) = texts.first() {
            self.live = first.clone();
        }
        self.to_say.extend(texts);
    }

    /// With the headset in: status changes first, then the screen's words when they change.
    pub(super) fn speak(&mut self) {
        let said = std::mem::take(&mut self.to_say);
        if !self.machine.headset {
            return;
        }
        let lang = self.tr.lang();
        for text in said {
            self.guide.say(lang, &text);
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

    /// Leaves a refusal the resident could have gone back from (the session ends refused) and
    /// stays on its screen; the window's "Finish" does this and then starts the next session.
    pub fn walk_away(&mut self) {
        let from = self.session.screen();
        let effects = self.session.walk_away();
        let step = Step {
            screen: self.session.screen(),
            effects,
        };
        self.apply("WalkAway", from, &step);
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
            self.announce(vec![self.tr.t("live-card-placed")]);
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
            self.announce(vec![self.tr.t("live-card-removed")]);
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

    /// A card lying on the reader is read when the card screen asks for it.
    pub(super) fn feed_card(&mut self) -> Option<Result<Step, SessionError>> {
        if self.session.screen() == Screen::PlaceCard
            && self.session.card_on_reader().is_none()
            && !self.session.finished()
            && let Some(card) = self.machine.reader.clone()
        {
            return Some(self.try_send(Event::PlaceCard(card)));
        }
        None
    }

    /// Plugs the headset in (speech guide on) or pulls it out.
    pub fn set_headset(&mut self, on: bool) {
        if on && !self.machine.headset {
            self.guide.reset();
            self.to_say.clear();
        }
        if !on {
            self.guide.stop();
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

impl KioskApp {
    /// Carries out what the panel asked for this frame.
    pub(crate) fn run_action(&mut self, a: Action) {
        match a {
            Action::Send(events) => {
                for ev in events {
                    if !self.send(ev) {
                        break;
                    }
                }
            }
            Action::Restart => self.end_session(),
            Action::Questionnaire(i) => self.questionnaire_intent(i),
            Action::PinKey(d) => self.pin_key(d),
            Action::Page(p) => self.draft.page = p,
            Action::ShowLanguages(on) => {
                self.draft.home_languages = on;
                self.record_screen();
            }
            Action::WalkAway => {
                self.walk_away();
                self.end_session();
            }
        }
    }
}
