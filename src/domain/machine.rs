//! The copier around the panel: its card reader, coin slot, output tray and change tray.
//!
//! A person handles these parts ([`Hand`]) and taps the panel ([`Machine::tap`]); the machine
//! decides what the session is told. A card laid on the reader is read at once on the card
//! screen and otherwise lies there until the card screen comes; taking a card off tells the
//! session only when it had read that card, and a card the session lets go of (going back from
//! the card screen, taking the items) leaves the reader; the slot takes money only on the payment screen;
//! printed sheets and returned money fall into the trays, from the steps' effects. The window
//! and the scenario runner both drive this one machine, so neither keeps a second copy of
//! the reader or reconciles it with the session.

use crate::domain::effect::Effect;
use crate::domain::record::IssueNumber;
use crate::domain::session::{Event, Screen, Session, SessionError, Step};

/// The physical parts' state: what lies on the reader and in the trays.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Machine {
    reader: Option<String>,
    tray: Vec<Sheet>,
    change_yen: u32,
}

/// One printed copy lying in the output tray.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The session that printed it (the take-your-items reminder counts only its own).
    pub session: String,
    /// Its issue number.
    pub issue_number: IssueNumber,
    /// 1-based copy.
    pub copy: u32,
    /// Copies of its selection.
    pub of: u32,
    /// The PDF written, if the printer makes files.
    pub file: Option<String>,
}

/// What a hand does to the machine's parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hand {
    /// Lays a card (or holds a phone) on the reader.
    PlaceCard(String),
    /// Takes the card off the reader.
    RemoveCard,
    /// Puts a coin or a note into the slot.
    Insert(u32),
    /// Takes the sheets out of the output tray.
    TakeSheets,
    /// Takes the money out of the change tray.
    TakeChange,
}

impl Hand {
    /// The session's event this hand may tell (the trays' hands tell it nothing).
    pub fn event(&self) -> Option<Event> {
        match self {
            Hand::PlaceCard(card) => Some(Event::PlaceCard(card.clone())),
            Hand::RemoveCard => Some(Event::RemoveCard),
            Hand::Insert(yen) => Some(Event::Insert(*yen)),
            Hand::TakeSheets | Hand::TakeChange => None,
        }
    }
}

/// What the parts did that the session was not told of (the window says it; a run ignores it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartEffect {
    /// The card lies on the reader, to be read when the card screen comes.
    CardHeld,
    /// A card the session had not read was taken off the reader.
    CardTakenBack,
    /// The reader already holds a card: the second one was not laid on it.
    ReaderBusy,
    /// The slot is shut (not the payment screen): the money stays in the hand.
    SlotShut {
        /// How much was offered.
        yen: u32,
    },
    /// The output tray was emptied.
    SheetsTaken,
    /// The change tray was emptied.
    ChangeTaken,
}

/// What one act at the machine did: the session's steps in order (a tap, then the reading of a
/// card that lay on the reader when the card screen came) and what the parts did on their own.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Handled {
    /// The session's steps, in order.
    pub steps: Vec<Step>,
    /// What the parts did that the session was not told of.
    pub parts: Vec<PartEffect>,
}

impl Machine {
    /// The card lying on the reader.
    pub fn reader(&self) -> Option<&str> {
        self.reader.as_deref()
    }

    /// The sheets in the output tray, oldest first.
    pub fn tray(&self) -> &[Sheet] {
        &self.tray
    }

    /// Yen in the change tray.
    pub fn change(&self) -> u32 {
        self.change_yen
    }

    /// Sheets `session` printed that still lie in the tray.
    pub fn sheets_of(&self, session: &str) -> usize {
        self.tray.iter().filter(|s| s.session == session).count()
    }

    /// A tap on the panel (or any event the session takes straight from the panel or the
    /// clock): the session handles it, the trays take what it printed or returned, and a card
    /// lying on the reader is read if the card screen came.
    pub fn tap(&mut self, s: &mut Session, ev: Event) -> Result<Handled, SessionError> {
        let mut done = Handled::default();
        self.tell(s, ev, &mut done)?;
        Ok(done)
    }

    /// A hand on one of the parts; the session is told only what the machine would tell it.
    pub fn hand(&mut self, s: &mut Session, hand: Hand) -> Result<Handled, SessionError> {
        let mut done = Handled::default();
        match hand {
            Hand::PlaceCard(card) => {
                if self.reader.is_some() {
                    done.parts.push(PartEffect::ReaderBusy);
                    return Ok(done);
                }
                self.reader = Some(card);
                if !self.read_lying_card(s, &mut done)? {
                    done.parts.push(PartEffect::CardHeld);
                }
            }
            Hand::RemoveCard => {
                let Some(card) = self.reader.take() else {
                    return Ok(done);
                };
                if s.card_on_reader() == Some(card.as_str()) && !s.finished() {
                    self.tell(s, Event::RemoveCard, &mut done)?;
                } else {
                    done.parts.push(PartEffect::CardTakenBack);
                }
            }
            Hand::Insert(yen) => {
                if s.screen() == Screen::Payment {
                    self.tell(s, Event::Insert(yen), &mut done)?;
                } else {
                    done.parts.push(PartEffect::SlotShut { yen });
                }
            }
            Hand::TakeSheets => {
                self.tray.clear();
                done.parts.push(PartEffect::SheetsTaken);
            }
            Hand::TakeChange => {
                self.change_yen = 0;
                done.parts.push(PartEffect::ChangeTaken);
            }
        }
        Ok(done)
    }

    /// A scenario's event as a person makes it: cards go on and off the reader, money into the
    /// slot, everything else is a tap. Where the machine would not tell the session (a card
    /// laid down off the card screen, money at a shut slot), the card is taken back and the
    /// session is told anyway, so that it says why it does not take it: a scenario that places
    /// a card on the wrong screen fails there, in `kofu run` and in the window alike.
    pub fn play(&mut self, s: &mut Session, ev: Event) -> Result<Handled, SessionError> {
        let hand = match &ev {
            Event::PlaceCard(card) if self.reader.is_none() => Hand::PlaceCard(card.clone()),
            Event::RemoveCard if self.reader.is_some() => Hand::RemoveCard,
            Event::Insert(yen) => Hand::Insert(*yen),
            _ => return self.tap(s, ev),
        };
        let mut done = self.hand(s, hand)?;
        let told = !done.steps.is_empty();
        if !told {
            if done.parts.contains(&PartEffect::CardHeld) {
                self.reader = None;
            }
            done.parts.clear();
            self.tell(s, ev, &mut done)?;
        }
        Ok(done)
    }

    /// Leaves a refusal the resident could have gone back from; money it returns falls into
    /// the change tray. Returns the session's effects (it keeps no log line for this).
    pub fn walk_away(&mut self, s: &mut Session) -> Vec<Effect> {
        let session = s.id().to_string();
        let effects = s.walk_away();
        self.follow(&session, &effects);
        effects
    }

    /// Tells the session `ev`, follows its effects and, when the card screen came, reads the
    /// card lying on the reader.
    fn tell(&mut self, s: &mut Session, ev: Event, done: &mut Handled) -> Result<(), SessionError> {
        let step = s.handle(ev)?;
        self.follow(s.id(), &step.effects);
        let card_screen_came = step.to != step.from && step.to == Screen::PlaceCard;
        done.steps.push(step);
        if card_screen_came {
            self.read_lying_card(s, done)?;
        }
        Ok(())
    }

    /// Reads the card on the reader if the session is on its card screen and has not read one:
    /// true if the session was told.
    fn read_lying_card(
        &mut self,
        s: &mut Session,
        done: &mut Handled,
    ) -> Result<bool, SessionError> {
        let waiting =
            s.screen() == Screen::PlaceCard && s.card_on_reader().is_none() && !s.finished();
        match self.reader.clone() {
            Some(card) if waiting => {
                self.tell(s, Event::PlaceCard(card), done)?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Printed copies fall into the output tray, returned money into the change tray; a card
    /// the session let go of leaves the reader.
    fn follow(&mut self, session: &str, effects: &[Effect]) {
        for e in effects {
            match e {
                Effect::CopyPrinted {
                    issue_number,
                    copy,
                    of,
                    file,
                    ..
                } => self.tray.push(Sheet {
                    session: session.to_string(),
                    issue_number: *issue_number,
                    copy: *copy,
                    of: *of,
                    file: file.clone(),
                }),
                Effect::MoneyReturned { yen, .. } => self.change_yen += yen,
                // The session says the card left the reader (taken off, or taken with the
                // items, or the resident went back from the card screen and took it): the
                // reader is empty, so the two never disagree.
                Effect::CardTakenOff => self.reader = None,
                _ => {}
            }
        }
    }
}
