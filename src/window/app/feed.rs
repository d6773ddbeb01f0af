//! Feeding the session and applying what it did: every tap and every hand on the machine's
//! parts goes through the domain's [`Machine`](crate::domain::machine::Machine) (which tells the session what the copier would
//! tell it), and each step's effects (never a comparison of state) move the PIN entry, the
//! live region, the log and the recorder. The trays are the machine's own.

use super::{KioskApp, LiveLine, LogLine};
use crate::domain::effect::Effect;
use crate::domain::machine::{Hand, Handled, PartEffect};
use crate::domain::session::{Event, LogEntry, Screen, SessionError};
use crate::i18n::Arg;
use crate::i18n::effects as i18n_effects;

impl KioskApp {
    /// Feeds one event to the session and applies what it did to the machine, the log and the
    /// live status. Returns false if the session refused the event (the error is in the log).
    pub fn send(&mut self, ev: Event) -> bool {
        self.try_send(ev).is_ok()
    }

    /// As [`KioskApp::send`], returning the session's steps or its error (also logged): the
    /// tap's step, then the reading of a card lying on the reader if the card screen came.
    pub fn try_send(&mut self, ev: Event) -> Result<Handled, SessionError> {
        let label = ev.without_secret();
        let done = self.host.machine.tap(&mut self.host.session, ev);
        self.took(Some(&label), done)
    }

    /// A scenario's event played on the machine as a person makes it ([`crate::domain::machine::Machine::play`]):
    /// what the window's replay sends.
    pub fn play_event(&mut self, ev: Event) -> Result<Handled, SessionError> {
        let label = ev.without_secret();
        let done = self.host.machine.play(&mut self.host.session, ev);
        self.took(Some(&label), done)
    }

    /// Lays the card picked in the reader's list on the reader (see [`Machine::hand`]).
    pub fn place_card(&mut self) -> Result<Handled, SessionError> {
        if self.machine.selected_card.is_empty() {
            return Ok(Handled::default());
        }
        self.hand(Hand::PlaceCard(self.machine.selected_card.clone()))
    }

    /// Takes the card off the reader (see [`Machine::hand`]).
    pub fn remove_card(&mut self) -> Result<Handled, SessionError> {
        self.hand(Hand::RemoveCard)
    }

    /// Puts a coin or note into the slot (taken only on the payment screen).
    pub fn insert(&mut self, yen: u32) -> Result<Handled, SessionError> {
        self.hand(Hand::Insert(yen))
    }

    /// Takes everything out of the output tray.
    pub fn take_sheets(&mut self) {
        let _nothing_told = self.hand(Hand::TakeSheets);
    }

    /// Takes the change.
    pub fn take_change(&mut self) {
        let _nothing_told = self.hand(Hand::TakeChange);
    }

    /// A hand on the machine's parts: the session is told what the machine tells it, and what
    /// the parts did on their own is said on the status line.
    fn hand(&mut self, hand: Hand) -> Result<Handled, SessionError> {
        let label = hand.event();
        let done = self.host.machine.hand(&mut self.host.session, hand);
        if let Ok(d) = &done {
            if d.parts.contains(&PartEffect::SheetsTaken) {
                self.machine.tray_message = None;
            }
            let said: Vec<String> = d.parts.iter().filter_map(|p| self.part_words(*p)).collect();
            self.announce(said);
        }
        self.took(label.as_ref(), done)
    }

    /// What the status line says for a part's own effect (none for an emptied tray).
    fn part_words(&self, p: PartEffect) -> Option<String> {
        match p {
            PartEffect::CardHeld => Some(self.panel.tr.t("live-card-placed")),
            PartEffect::CardTakenBack => Some(self.panel.tr.t("live-card-removed")),
            PartEffect::ReaderBusy
            | PartEffect::SlotShut { .. }
            | PartEffect::SheetsTaken
            | PartEffect::ChangeTaken => None,
        }
    }

    /// Applies the machine's steps in order (the trainer's log, the window, the recorder), or
    /// logs the session's refusal of `label`.
    fn took(
        &mut self,
        label: Option<&Event>,
        done: Result<Handled, SessionError>,
    ) -> Result<Handled, SessionError> {
        let done = match done {
            Ok(done) => done,
            Err(e) => {
                let event = label.map(Event::without_secret);
                self.host.sent.extend(event.clone());
                let entry = match &event {
                    Some(ev) => format!("{ev:?}: {e}"),
                    None => e.to_string(),
                };
                self.host.history.push(LogLine {
                    session: self.host.session.id().to_string(),
                    entry: Err(entry),
                    event,
                });
                return Err(e);
            }
        };
        let last = done.steps.len().saturating_sub(1);
        for (i, step) in done.steps.iter().enumerate() {
            self.host.sent.push(step.event.clone());
            // The trainer's log is the session's own log, without the quiet ticks.
            if !step.effects.is_empty() || step.to != step.from {
                // Every accepted event is in the session's log: this step's entry is as far
                // from its end as the step is from the last.
                let log = self.host.session.log();
                let entry = log.len().checked_sub(1 + last - i).and_then(|k| log.get(k));
                if let Some(entry) = entry {
                    self.host.history.push(LogLine {
                        session: self.host.session.id().to_string(),
                        entry: Ok(entry.clone()),
                        event: Some(step.event.clone()),
                    });
                }
            }
            self.apply(&step.effects, step.from, step.to);
            self.record_step(step, i == last);
        }
        Ok(done)
    }

    /// What the session did, applied to the window: the language, the PIN entry,
    /// the live region, the log, the screen's fresh state. Nothing here compares state.
    pub(super) fn apply(&mut self, effects: &[Effect], from: Screen, to: Screen) {
        let mut announced: Vec<String> = Vec::new();
        for e in effects {
            match e {
                Effect::LanguageChanged { lang } => {
                    self.panel.tr.set_lang(lang);
                    self.panel.draft.home_languages = false;
                }
                Effect::OtherServiceTouched { service } => {
                    self.panel.draft.home_notice = Some(*service);
                }
                Effect::PinRejected { .. } | Effect::PinLocked => self.panel.draft.pin.clear(),
                _ => {}
            }
            announced.extend(i18n_effects::live(&self.panel.tr, e));
        }
        self.class_step(effects, to != from);
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

    /// With the headset in: status changes first, then the screen's words when they change,
    /// then the highlighted control (what ○ will do), as a screen reader ends a new page on
    /// the focused element.
    pub(super) fn speak(&mut self) {
        let said = std::mem::take(&mut self.voice.to_say);
        if !self.machine.headset {
            return;
        }
        let lang = self.panel.tr.lang().to_string();
        for text in said {
            self.voice.guide.say(&lang, &text);
        }
        if self.voice.guide.screen(&lang, &self.panel.layout.speech)
            && !self.panel.nav.stale
            && let Some(words) = self.highlight_words()
        {
            self.voice.guide.say(&lang, &words);
        }
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
        let effects = self.host.machine.walk_away(&mut self.host.session);
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
                    event: crate::i18n::events::WALK_AWAY.into(),
                    from: on.name(),
                    to: on.name(),
                    effects: effects.clone(),
                }),
                event: None,
            });
        }
        self.apply(&effects, on, on);
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

    /// Plugs the headset in (speech guide on) or pulls it out.
    pub fn set_headset(&mut self, on: bool) {
        if on && !self.machine.headset {
            self.voice.guide.reset();
            self.voice.to_say.clear();
            // First the words every screen shows around its own (EN 301 549 5.1.3: speech for
            // all displayed information), once: then each screen's words.
            let machine = self.chrome_words();
            self.voice.to_say.push(machine);
        }
        if !on {
            self.voice.guide.stop();
        }
        self.machine.headset = on;
    }
}

impl KioskApp {
    /// What every screen shows around its own words: the municipality and the time on the
    /// header, the specimen banner and the keypad's help in the footer. The speech guide says
    /// them when the headset is plugged in; the audit counts them as said on every screen.
    pub fn chrome_words(&self) -> String {
        let tr = &self.panel.tr;
        let city = self.host.kiosk.municipality.name_in(tr.lang()).to_string();
        [
            city,
            tr.date_time(self.host.session.now()),
            tr.t("specimen-banner"),
            tr.t("keypad-help"),
        ]
        .join(" ／ ")
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
