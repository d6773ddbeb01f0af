//! The kiosk state machine: an [`Event`] in, a [`Step`] out — the screen now shown and the
//! [`Effect`]s of the event. [`Session::handle`] is the only place a transition happens, and
//! [`Session::transition`] below is the whole flow; the window, the scenario runner, the
//! trainer's log, the walkthrough and the speech guide all learn what happened from the effects.
//!
//! The flow (DOMAIN.md): language → administrative services → certificate issue service →
//! (Sharp: consent) → place card (Sharp: "Next") → residence / domicile / registration →
//! PIN (iPhone: Face ID, no PIN) → remove card → certificate → options → copies →
//! confirmation (or another certificate) → payment → printing → take your items.
//!
//! Decisions written down here because no one could confirm them:
//! - The service calendar is checked when the certificate service is chosen and again before
//!   every later step up to the start of printing; a session caught by 23:00 ends refused
//!   (`out_of_service_hours`) and returns the money, including the coin that arrived as it closed.
//! - A locked card is refused as soon as the path is chosen (the chip reports 0 tries left);
//!   card and holder checks run online after a correct PIN, in the order suspended, revoked,
//!   card expired, certificate expired, new today, then the holder's record.
//! - A wrong PIN's new count is written durably before the result is shown, and only a
//!   correct entry resets it: killing the program can never give back a try the resident saw
//!   counted.
//! - Refusals of a single certificate (no seal, no tax data, family-register hours …) let the
//!   resident go `Back` to the list; all other refusals end the session.
//! - Taking the card off the reader is always told to the session while it knows the card is
//!   there; what that means depends on the screen (before authorisation: place it again).
//! - Inactivity: the warning comes after the vendor's `inactivity_seconds`; after
//!   `warning_seconds` more the session resets (money returned). A finished screen left alone
//!   that long returns to the home menu. The home menu and printing never time out.
//! - The centre unreachable (`Fault::CentreUnreachable`: the window sends it when the class
//!   database does not answer) strikes at once on any screen: the machine goes out of service
//!   with `centre_unreachable`, returns the money not yet charged as the closing at 23:00
//!   does (printing stops: copies out are charged, the rest returned), and the session ends;
//!   a session already over only shows the out-of-service screen. The window starts a new
//!   session when the centre answers again.
//! - Printing starts as soon as the fee is covered; one issue number per selection, shared by
//!   its copies; a printer fault charges only the copies printed and returns the rest.

mod basket;
mod card;
mod flow;
mod money;
mod read;
mod types;

use std::fmt;
use std::sync::Arc;

use chrono::DateTime;
use chrono_tz::Tz;

use crate::domain::calendar::SimClock;
use crate::domain::card::PinCounter;
use crate::domain::effect::{Effect, Returned};
use crate::domain::eligibility::{self, Path};
use crate::domain::payment::Payment;
use crate::domain::record::Record;
use crate::domain::refusal::{AfterRefusal, Refusal};
use crate::domain::store::Store;

pub use types::*;

/// What the resident chose before the PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    /// Certificates of the municipality of residence or of the registered domicile.
    Certificates(Path),
    /// Registration for kiosk use of the domicile's certificates.
    Register,
}

#[derive(Debug, Clone, Copy, Default)]
struct Faults {
    printer: Option<(Fault, u32)>,
    /// The printer fault that stopped the job, until the staff clear it or the resident
    /// gives up the rest.
    halted: Option<Fault>,
    card_unreadable: bool,
    no_change: bool,
}

/// One visit to the kiosk, from the home screen until the items are taken.
pub struct Session {
    kiosk: Arc<Kiosk>,
    store: Box<dyn Store>,
    printer: Box<dyn Printer>,
    clock: SimClock,
    id: String,
    screen: Screen,
    screens: Vec<Screen>,
    lang: String,
    card_on_reader: Option<String>,
    card: Option<String>,
    purpose: Option<Purpose>,
    pin: PinCounter,
    basket: Vec<Selection>,
    current: Option<Selection>,
    payment: Option<Payment>,
    rejected_yen: u32,
    issued: Vec<IssuedDocument>,
    printing: Option<(usize, u32)>,
    charged_yen: u32,
    change_yen: u32,
    refusal: Option<Refusal>,
    after_refusal: Option<AfterRefusal>,
    status: Option<Status>,
    finished: bool,
    fault_hit: Option<Fault>,
    faults: Faults,
    last_input: DateTime<Tz>,
    warning: bool,
    started: bool,
    log: Vec<LogEntry>,
    effects: Vec<Effect>,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("id", &self.id)
            .field("screen", &self.screen)
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// A new session on the home screen at `at`.
    pub fn new(
        kiosk: Arc<Kiosk>,
        store: Box<dyn Store>,
        printer: Box<dyn Printer>,
        at: DateTime<Tz>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            kiosk,
            store,
            printer,
            clock: SimClock::at(at),
            id: id.into(),
            screen: Screen::Language,
            screens: vec![Screen::Language],
            lang: "ja".to_string(),
            card_on_reader: None,
            card: None,
            purpose: None,
            pin: PinCounter::default(),
            basket: Vec::new(),
            current: None,
            payment: None,
            rejected_yen: 0,
            issued: Vec::new(),
            printing: None,
            charged_yen: 0,
            change_yen: 0,
            refusal: None,
            after_refusal: None,
            status: None,
            finished: false,
            fault_hit: None,
            faults: Faults::default(),
            last_input: at,
            warning: false,
            started: false,
            log: Vec::new(),
            effects: Vec::new(),
        }
    }

    /// Ends the session object and hands back its store, so the next session of the same
    /// kiosk reuses it (a journal handle keeps its read position: no re-reading).
    pub fn into_store(self) -> Box<dyn Store> {
        self.store
    }

    /// The resident walks away from a refusal they could have gone back from: the session
    /// ends refused where it stands (the runner calls this when a scenario does not go back,
    /// the window's "Finish" button too).
    pub fn walk_away(&mut self) -> Vec<Effect> {
        if self.screen == Screen::Refusal
            && self.after_refusal == Some(AfterRefusal::BackToList)
            && !self.finished
        {
            self.after_refusal = Some(AfterRefusal::SessionEnds);
            self.effects.push(Effect::RefusalLeft);
            self.finish(Status::Refused);
        }
        std::mem::take(&mut self.effects)
    }

    // ---- the transition function ----------------------------------------------------------

    /// Feeds one event. On `Err` nothing changed (except what the state folder already made
    /// durable, which never goes back).
    pub fn handle(&mut self, ev: Event) -> Result<Step, SessionError> {
        let from = self.screen;
        let before = self.clock.now();
        let kept = ev.without_secret();
        let label = format!("{ev:?}");
        self.effects.clear();
        let centre = matches!(
            ev,
            Event::Fault {
                fault: Fault::CentreUnreachable,
                ..
            }
        );
        if self.finished && !centre && !matches!(ev, Event::Tick(_) | Event::Language(_)) {
            return Err(self.illegal(&label));
        }
        let resident = !matches!(
            ev,
            Event::Tick(_) | Event::PrinterStep | Event::Fault { .. } | Event::ClearFault
        );
        if let Err(e) = self.transition(ev, &label) {
            self.effects.clear();
            return Err(e);
        }
        if resident {
            self.last_input = self.clock.now();
            // Only a tick raises the warning, so it is still up if it was: this input ends it
            // (the session goes on, unless this input ended it).
            if self.warning && !self.finished() {
                self.effects.push(Effect::TimeExtended);
            }
            self.warning = false;
        }
        self.visit(self.screen);
        let effects = std::mem::take(&mut self.effects);
        // Every accepted event is in the log (the JSON outcome shows them all); the window's
        // trainer log leaves out the quiet ticks.
        self.log.push(LogEntry {
            at: self.clock.now().format("%Y-%m-%d %H:%M:%S").to_string(),
            event: label,
            from: from.name(),
            to: self.screen.name(),
            effects: effects.clone(),
        });
        Ok(Step {
            event: kept,
            from,
            to: self.screen,
            before,
            at: self.clock.now(),
            effects,
        })
    }

    /// The whole flow: which event does what on which screen. Time and faults first, then the
    /// service hours; then the events that mean the same on every screen, and the rest by the
    /// part of the flow the screen belongs to (`flow.rs`).
    fn transition(&mut self, ev: Event, label: &str) -> Result<(), SessionError> {
        use Screen as S;
        // Time passing and faults are not the resident's input.
        match ev {
            Event::Tick(t) => return self.tick(t),
            Event::Fault {
                fault: Fault::CentreUnreachable,
                ..
            } => {
                self.centre_lost();
                return Ok(());
            }
            Event::Fault {
                fault,
                after_copies,
            } => {
                self.inject(fault, after_copies);
                return Ok(());
            }
            _ => {}
        }
        // From choosing the service to the start of printing, the service must be open.
        if self.service_gate_applies(&ev)
            && let Err(r) = eligibility::check_service(&self.kiosk.municipality, self.clock.now())
        {
            if let Event::Insert(yen) = ev {
                self.reject_money(yen, Returned::Closed)?;
            }
            self.refund_all();
            self.refuse(r, S::OutOfService, AfterRefusal::SessionEnds);
            return Ok(());
        }
        match (self.screen, ev) {
            // On any screen: the card comes off, the resident cancels or asks for more time.
            (_, Event::RemoveCard) if self.card_on_reader.is_some() => self.remove_card(),
            (s, Event::Cancel)
                if !matches!(
                    s,
                    S::Language | S::Printing | S::TakeItems | S::Refusal | S::OutOfService
                ) =>
            {
                self.cancel();
            }
            (_, Event::Extend) => {}
            // Each part of the flow: home → card and PIN → basket → payment, printing, the end.
            (S::Language | S::Services | S::Consent, ev) => self.on_home(ev, label)?,
            (S::PlaceCard | S::Path | S::Pin, ev) => self.on_card(ev, label)?,
            (S::Certificate | S::Options | S::Copies | S::Confirm, ev) => {
                self.on_basket(ev, label)?;
            }
            (S::Payment | S::Printing | S::TakeItems | S::Refusal | S::OutOfService, ev) => {
                self.on_payment_and_end(ev, label)?;
            }
            (S::Registered | S::RemoveCard, _) => return Err(self.illegal(label)),
        }
        Ok(())
    }

    /// Whether the service calendar is checked before `ev` on this screen: from choosing the
    /// certificate service until printing starts, except for going back, cancelling and taking
    /// the card (which are always possible).
    fn service_gate_applies(&self, ev: &Event) -> bool {
        use Screen as S;
        let gated = matches!(
            self.screen,
            S::Consent
                | S::PlaceCard
                | S::Path
                | S::Pin
                | S::RemoveCard
                | S::Certificate
                | S::Options
                | S::Copies
                | S::Confirm
                | S::Payment
        ) || (self.screen == S::Services && *ev == Event::CertIssue);
        gated && !matches!(ev, Event::Back | Event::Cancel | Event::RemoveCard)
    }

    // ---- helpers ----------------------------------------------------------------------

    fn illegal(&self, label: &str) -> SessionError {
        SessionError::Illegal {
            event: label.to_string(),
            screen: self.screen.name(),
        }
    }

    fn visit(&mut self, s: Screen) {
        if self.screens.last() != Some(&s) {
            self.screens.push(s);
        }
    }

    fn start_record(&mut self) -> Result<(), SessionError> {
        if !self.started {
            self.started = true;
            let rec = Record::SessionStarted {
                session: self.id.clone(),
                kiosk: self.kiosk.kiosk_id.clone(),
                at: stamp(self.clock.now()),
                municipality: self.kiosk.municipality.id.clone(),
                vendor: self.kiosk.vendor.id.clone(),
            };
            self.store.append(&rec)?;
        }
        Ok(())
    }

    fn finish(&mut self, status: Status) {
        if self.status.is_none()
            || self.status == Some(Status::Refused) && status != Status::Refused
        {
            self.status = Some(status);
        }
        if !matches!(status, Status::Issued) {
            self.finished = true;
        }
        self.effects.push(Effect::SessionEnded { status });
        if self.started {
            let rec = Record::SessionEnded {
                session: self.id.clone(),
                status: status.name().to_string(),
                reason: self.refusal.as_ref().map(|r| r.reason.code().to_string()),
                paid_yen: self.paid_yen(),
                change_yen: self.change_yen,
                at: stamp(self.clock.now()),
            };
            // The end record is informative: a failing disk must not undo what happened.
            let _ignored = self.store.append(&rec);
        }
    }

    /// Shows a refusal and what it leaves the resident (with `BackToList` the session is not
    /// over until they leave).
    fn refuse(&mut self, r: Refusal, screen: Screen, after: AfterRefusal) {
        self.effects.push(Effect::Refused(r.clone()));
        self.refusal = Some(r);
        self.after_refusal = Some(after);
        self.screen = screen;
        if after == AfterRefusal::BackToList {
            self.status = Some(Status::Refused);
        } else {
            self.finish(Status::Refused);
        }
    }

    /// Returns everything inserted and not yet returned (cancel, refusal, time-out).
    fn refund_all(&mut self) {
        if let Some(p) = &self.payment {
            let back = p.inserted_yen().saturating_sub(self.change_yen);
            self.change_yen = p.inserted_yen();
            self.charged_yen = 0;
            if back > 0 {
                self.effects.push(Effect::MoneyReturned {
                    yen: back,
                    why: Returned::Refund,
                });
            }
        }
    }

    fn inject(&mut self, f: Fault, after_copies: u32) {
        match f {
            Fault::PaperJam | Fault::OutOfPaper => self.faults.printer = Some((f, after_copies)),
            Fault::CardUnreadable => self.faults.card_unreadable = true,
            Fault::NoChange => self.faults.no_change = true,
            // Not armed: it strikes at once (`centre_lost`).
            Fault::CentreUnreachable => return,
        }
        self.effects.push(Effect::FaultArmed { fault: f });
    }

    fn tick(&mut self, t: DateTime<Tz>) -> Result<(), SessionError> {
        if t < self.clock.now() {
            return Err(Invalid::ClockBackwards.into());
        }
        self.clock.set(t);
        let v = &self.kiosk.vendor;
        let idle = (t - self.last_input).num_seconds();
        let limit = i64::from(v.inactivity_seconds);
        let reset = limit + i64::from(v.warning_seconds);
        match self.screen {
            // The home menu waits for anyone; printing is the machine's own time.
            Screen::Language => {
                if !self.finished {
                    self.last_input = t;
                }
                return Ok(());
            }
            Screen::Printing => return Ok(()),
            _ => {}
        }
        if self.finished {
            // Items left on a finished screen: the machine returns to the home menu.
            if idle >= reset {
                self.screen = Screen::Language;
                self.effects.push(Effect::ReturnedHome);
            }
            return Ok(());
        }
        if idle >= reset {
            self.warning = false;
            self.refund_all();
            if self.screen == Screen::TakeItems {
                self.finished = true;
                self.screen = Screen::Language;
                self.effects.push(Effect::ReturnedHome);
                return Ok(());
            }
            self.effects.push(Effect::TimedOut);
            self.finish(Status::TimedOut);
            self.screen = if self.card_on_reader.is_some() || self.change_yen > 0 {
                Screen::TakeItems
            } else {
                Screen::Language
            };
            self.finished = true;
        } else if idle >= limit && !self.warning {
            self.warning = true;
            self.effects.push(Effect::InactivityWarning {
                seconds_left: u32::try_from(reset - idle).unwrap_or(0),
            });
        }
        Ok(())
    }
}

fn stamp(t: DateTime<Tz>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}
