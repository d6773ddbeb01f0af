//! The card on the reader: reading it, taking it off, the path, the PIN, the online checks and
//! domicile registration.

use crate::domain::calendar::add_business_days;
use crate::domain::card::is_pin_format;
use crate::domain::effect::Effect;
use crate::domain::eligibility::{self, Path};
use crate::domain::reason::Reason;
use crate::domain::record::Record;
use crate::domain::refusal::{AfterRefusal, Facts, Refusal};
use crate::domain::registry::{Card, CardKind, Person};
use crate::domain::session::{Event, Invalid, Purpose, Screen, Session, SessionError, Status};

impl Session {
    pub(super) fn place_card(&mut self, id: String) -> Result<(), SessionError> {
        if self.card_on_reader.is_some() {
            return Err(Invalid::CardAlreadyOnReader.into());
        }
        if !self.kiosk.registry.cards.contains_key(&id) {
            return Err(Invalid::UnknownCard(id).into());
        }
        self.card_on_reader = Some(id);
        if self.faults.card_unreadable {
            self.faults.card_unreadable = false;
            let r = Refusal::new(
                Reason::CardUnreadable,
                &self.kiosk.municipality,
                Facts::default(),
            );
            self.refuse(r, Screen::Refusal, AfterRefusal::SessionEnds);
            return Ok(());
        }
        self.effects.push(Effect::CardRead);
        if let Some(r) = self.phone_refusal()? {
            self.refuse(r, Screen::Refusal, AfterRefusal::SessionEnds);
            return Ok(());
        }
        if !self.kiosk.vendor.next_after_card {
            self.screen = Screen::Path;
        }
        Ok(())
    }

    /// A smartphone this machine does not take on the session's day: refused at once, saying
    /// from when it will (if it ever does) and that the plastic card works.
    fn phone_refusal(&self) -> Result<Option<Refusal>, SessionError> {
        let (card, _) = self.current_card()?;
        let m = &self.kiosk.municipality;
        let from = self
            .kiosk
            .vendor
            .phone_supported_from(card.kind, &m.prefecture);
        let today = self.clock.today();
        if from.is_some_and(|d| d <= today) {
            return Ok(None);
        }
        let facts = Facts {
            device: Some(card.kind),
            supported_from: from,
            ..Facts::default()
        };
        Ok(Some(Refusal::new(Reason::SmartphoneNotSupported, m, facts)))
    }

    /// The card leaves the reader: before authorisation the resident must place it again;
    /// after it, nothing changes but the reader (a registration is then complete).
    pub(super) fn remove_card(&mut self) {
        self.take_card_off();
        match self.screen {
            Screen::Path | Screen::Pin => {
                self.purpose = None;
                self.screen = Screen::PlaceCard;
            }
            Screen::RemoveCard => self.screen = Screen::Certificate,
            Screen::Registered => {
                self.finish(Status::Registered);
                self.screen = Screen::Language;
            }
            _ => {}
        }
    }

    pub(super) fn take_card_off(&mut self) {
        if self.card_on_reader.take().is_some() {
            self.effects.push(Effect::CardTakenOff);
        }
    }

    fn current_card(&self) -> Result<(&Card, &Person), SessionError> {
        let Some(id) = self.card_on_reader.as_ref().or(self.card.as_ref()) else {
            return Err(Invalid::NoCardOnReader.into());
        };
        let reg = &self.kiosk.registry;
        let card = reg
            .cards
            .get(id)
            .ok_or_else(|| Invalid::UnknownCard(id.clone()))?;
        let holder = reg
            .persons
            .get(&card.holder)
            .ok_or_else(|| Invalid::UnknownHolder(card.holder.clone()))?;
        Ok((card, holder))
    }

    pub(super) fn choose_path(&mut self, ev: &Event) -> Result<(), SessionError> {
        let purpose = match ev {
            Event::Residence => Purpose::Certificates(Path::Residence),
            Event::Domicile => Purpose::Certificates(Path::Domicile),
            _ => Purpose::Register,
        };
        let (card, _) = self.current_card()?;
        let (card_id, uses_pin, deck_failures) =
            (card.id.clone(), card.kind.uses_pin(), card.failures);
        if purpose == Purpose::Register && card.kind != CardKind::Card {
            // Registration for the domicile's certificates takes the plastic card only.
            let facts = Facts {
                device: Some(card.kind),
                for_registration: true,
                ..Facts::default()
            };
            let r = Refusal::new(
                Reason::SmartphoneNotSupported,
                &self.kiosk.municipality,
                facts,
            );
            self.refuse(r, Screen::Refusal, AfterRefusal::SessionEnds);
            return Ok(());
        }
        self.purpose = Some(purpose);
        let failures = self.store.pin_failures(&card_id)?.unwrap_or(deck_failures);
        self.pin = crate::domain::card::PinCounter::with_failures(failures);
        if !uses_pin {
            // iPhone: Face ID on the phone stands in for the PIN.
            self.effects.push(Effect::PinAccepted);
            return self.authenticate();
        }
        if self.pin.is_locked() {
            self.lock();
            return Ok(());
        }
        self.screen = Screen::Pin;
        Ok(())
    }

    pub(super) fn enter_pin(&mut self, pin: &str) -> Result<(), SessionError> {
        if !is_pin_format(pin) {
            return Err(Invalid::PinFormat.into());
        }
        let (card, _) = self.current_card()?;
        let (card_id, deck_failures) = (card.id.clone(), card.failures);
        let at = super::stamp(self.clock.now());
        // Count first, then judge, as the card's chip does: the store counts the entry as a
        // failure (durably) before the PIN is compared, so a store that cannot record it
        // refuses a right and a wrong PIN alike, and a crash or a full disk never gives a try
        // back. The store holds other kiosks' entries for this card until the result is in,
        // so none is lost and a right PIN never undoes another kiosk's lock.
        let before = self.store.begin_pin_entry(&card_id, deck_failures, &at)?;
        if crate::domain::card::PinCounter::with_failures(before).is_locked() {
            self.pin = crate::domain::card::PinCounter::with_failures(before);
            self.lock();
            return Ok(());
        }
        let (card, _) = self.current_card()?;
        let correct = card.pin.as_ref().is_some_and(|h| h.verify(pin));
        let failures = self.store.end_pin_entry(&card_id, correct, &at)?;
        self.pin = crate::domain::card::PinCounter::with_failures(failures);
        if self.pin.is_locked() {
            self.lock();
        } else if correct {
            self.effects.push(Effect::PinAccepted);
            return self.authenticate();
        } else {
            self.effects.push(Effect::PinRejected {
                tries_left: self.pin.tries_left(),
            });
        }
        Ok(())
    }

    /// The card's PIN is locked (now, or already when it was read): the session ends refused.
    fn lock(&mut self) {
        self.effects.push(Effect::PinLocked);
        let r = Refusal::new(
            Reason::PinLocked,
            &self.kiosk.municipality,
            Facts::default(),
        );
        self.refuse(r, Screen::Refusal, AfterRefusal::SessionEnds);
    }

    fn authenticate(&mut self) -> Result<(), SessionError> {
        let today = self.clock.today();
        let m = &self.kiosk.municipality;
        let (card, holder) = self.current_card()?;
        let card_id = card.id.clone();
        let holder_id = holder.id.clone();
        let ready = self
            .store
            .registration(&holder_id, &m.id)?
            .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
        let (card, holder) = self.current_card()?;
        let m = &self.kiosk.municipality;
        let checked =
            eligibility::check_card(card, holder, m, today).and_then(|()| match self.purpose {
                Some(Purpose::Register) => eligibility::check_registration(holder, m, today, ready),
                Some(Purpose::Certificates(path)) => {
                    eligibility::check_person(holder, m, path, today, ready)
                }
                None => Ok(()),
            });
        if let Err(r) = checked {
            self.refuse(r, Screen::Refusal, AfterRefusal::SessionEnds);
            return Ok(());
        }
        if self.purpose == Some(Purpose::Register) {
            return self.register(holder_id);
        }
        self.card = Some(card_id);
        self.screen = Screen::RemoveCard;
        self.effects.push(Effect::CardMayBeRemoved);
        Ok(())
    }

    fn register(&mut self, holder_id: String) -> Result<(), SessionError> {
        let m = &self.kiosk.municipality;
        let ready = add_business_days(self.clock.today(), m.registration_business_days);
        let rec = Record::Registration {
            person: holder_id,
            municipality: m.id.clone(),
            applied_on: self.clock.today().format("%Y-%m-%d").to_string(),
            ready_on: ready.format("%Y-%m-%d").to_string(),
        };
        self.store.append(&rec)?;
        self.screen = Screen::Registered;
        self.effects
            .push(Effect::RegistrationAccepted { ready_on: ready });
        self.effects.push(Effect::CardMayBeRemoved);
        Ok(())
    }
}
