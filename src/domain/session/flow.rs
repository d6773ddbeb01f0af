//! The flow's parts, one handler per group of screens: what each event does on those screens.
//! [`Session::transition`] handles the events that mean the same everywhere and hands the rest
//! to the handler of the screen shown; anything a handler does not take is illegal there.

use crate::domain::effect::Effect;
use crate::domain::refusal::AfterRefusal;
use crate::domain::session::{Event, Invalid, Screen, Session, SessionError, Status};
use crate::domain::vendor::look::HomeTile;

impl Session {
    /// Home menu, administrative services and (Sharp) consent: up to placing the card.
    pub(super) fn on_home(&mut self, ev: Event, label: &str) -> Result<(), SessionError> {
        use Screen as S;
        match (self.screen, ev) {
            (S::Language, Event::Language(l)) => {
                self.effects
                    .push(Effect::LanguageChanged { lang: l.clone() });
                self.lang = l;
            }
            (S::Language, Event::Services) => self.screen = S::Services,
            (S::Language, Event::OtherService(service)) => {
                let menu = &self.kiosk.vendor.home_menu;
                if !menu.contains(&HomeTile::Other(service)) {
                    return Err(Invalid::NotOnHomeMenu(service.code()).into());
                }
                self.effects.push(Effect::OtherServiceTouched { service });
            }
            (S::Services, Event::CertIssue) => {
                self.start_record()?;
                self.screen = self.kiosk.vendor.screen_after_services();
            }
            (S::Services, Event::Back) => self.screen = S::Language,
            (S::Consent, Event::Consent) => self.screen = S::PlaceCard,
            (S::Consent, Event::Back) => self.screen = S::Services,
            _ => return Err(self.illegal(label)),
        }
        Ok(())
    }

    /// Placing the card, choosing the path and entering the PIN: up to authorisation.
    pub(super) fn on_card(&mut self, ev: Event, label: &str) -> Result<(), SessionError> {
        use Screen as S;
        match (self.screen, ev) {
            (S::PlaceCard, Event::PlaceCard(id)) => self.place_card(id)?,
            (S::PlaceCard, Event::Next) => {
                if self.card_on_reader.is_none() {
                    return Err(Invalid::NoCardOnReader.into());
                }
                self.screen = S::Path;
            }
            (S::PlaceCard, Event::Back) => {
                self.take_card_off();
                self.screen = self.kiosk.vendor.screen_before_card();
            }
            (S::Path, ev @ (Event::Residence | Event::Domicile | Event::RegisterDomicile)) => {
                self.choose_path(&ev)?;
            }
            (S::Path, Event::Back) => self.screen = S::PlaceCard,
            (S::Pin, Event::Pin(pin)) => self.enter_pin(&pin)?,
            (S::Pin, Event::Back) => {
                self.purpose = None;
                self.screen = S::Path;
            }
            _ => return Err(self.illegal(label)),
        }
        Ok(())
    }

    /// The certificate, its options, the copies and the confirmation: building the basket.
    pub(super) fn on_basket(&mut self, ev: Event, label: &str) -> Result<(), SessionError> {
        use Screen as S;
        match (self.screen, ev) {
            (S::Certificate, Event::Certificate(kind)) => self.choose_certificate(kind)?,
            (S::Certificate, Event::Back) if !self.basket.is_empty() => self.screen = S::Confirm,
            (S::Options, Event::Options(o)) => self.choose_options(o)?,
            (S::Options, Event::Back) => {
                self.current = None;
                self.screen = S::Certificate;
            }
            (S::Copies, Event::Copies(n)) => self.choose_copies(n)?,
            (S::Copies, Event::Back) => {
                if self.current.as_ref().is_some_and(|s| s.kind.has_options()) {
                    self.screen = S::Options;
                } else {
                    self.current = None;
                    self.screen = S::Certificate;
                }
            }
            (S::Confirm, Event::AddAnother) => self.screen = S::Certificate,
            (S::Confirm, Event::Back) => self.reopen_last(),
            (S::Confirm, Event::Confirm) => self.open_payment(),
            _ => return Err(self.illegal(label)),
        }
        Ok(())
    }

    /// Payment, printing, taking the items, and the refusal screens the resident leaves from.
    pub(super) fn on_payment_and_end(
        &mut self,
        ev: Event,
        label: &str,
    ) -> Result<(), SessionError> {
        use Screen as S;
        match (self.screen, ev) {
            (S::Payment, Event::Insert(yen)) => self.insert(yen)?,
            (S::Payment, Event::Back) if self.paid_yen() == 0 => {
                self.payment = None;
                self.screen = S::Confirm;
            }
            (S::Printing, Event::PrinterStep) => self.printer_step()?,
            (S::Printing, Event::ClearFault) if self.printer_halted().is_some() => {
                self.clear_fault();
            }
            (S::Printing, Event::Cancel) if self.printer_halted().is_some() => {
                self.give_up_printing()?;
            }
            (S::TakeItems, Event::TakeItems) => {
                self.take_card_off();
                self.finished = true;
                self.screen = S::Language;
            }
            (S::Refusal, Event::Back) if self.after_refusal == Some(AfterRefusal::BackToList) => {
                self.refusal = None;
                self.after_refusal = None;
                self.current = None;
                self.status = None;
                self.screen = S::Certificate;
            }
            (S::Refusal | S::OutOfService, Event::TakeItems) => {
                self.take_card_off();
                self.finished = true;
                self.screen = S::Language;
            }
            _ => return Err(self.illegal(label)),
        }
        Ok(())
    }

    /// The resident cancels: the money comes back and the session ends, items to take.
    pub(super) fn cancel(&mut self) {
        self.refund_all();
        self.finish(Status::Cancelled);
        self.screen = Screen::TakeItems;
    }
}
