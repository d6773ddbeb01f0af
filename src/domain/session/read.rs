//! What the session shows: read access for the screens, the runner's outcome and the tests.

use chrono::{DateTime, Duration};
use chrono_tz::Tz;

use crate::domain::eligibility::{self, Path};
use crate::domain::municipality::CertificateKind;
use crate::domain::options::{self, Offered};
use crate::domain::payment::Payment;
use crate::domain::refusal::{AfterRefusal, Refusal};
use crate::domain::registry::Person;
use crate::domain::session::{
    Fault, IssuedDocument, Kiosk, LogEntry, Purpose, Screen, Selection, Session, Status,
};

impl Session {
    /// The screen shown now.
    pub fn screen(&self) -> Screen {
        self.screen
    }
    /// Every screen shown, in order (repeats collapsed).
    pub fn screens(&self) -> &[Screen] {
        &self.screens
    }
    /// The fixed data.
    pub fn kiosk(&self) -> &Kiosk {
        &self.kiosk
    }
    /// The simulated time now.
    pub fn now(&self) -> DateTime<Tz> {
        self.clock.now()
    }
    /// The screen language.
    pub fn lang(&self) -> &str {
        &self.lang
    }
    /// The card on the reader, as far as the session knows.
    pub fn card_on_reader(&self) -> Option<&str> {
        self.card_on_reader.as_deref()
    }
    /// The chosen path (registration counts as the domicile path).
    pub fn path(&self) -> Option<Path> {
        match self.purpose? {
            Purpose::Certificates(p) => Some(p),
            Purpose::Register => Some(Path::Domicile),
        }
    }
    /// PIN tries left on the card read in this session (all of them if none was read).
    pub fn pin_tries_left(&self) -> u8 {
        self.pin.tries_left()
    }
    /// Certificates chosen (complete selections).
    pub fn basket(&self) -> &[Selection] {
        &self.basket
    }
    /// The selection being made.
    pub fn current(&self) -> Option<&Selection> {
        self.current.as_ref()
    }
    /// Total due for the basket.
    pub fn total_yen(&self) -> u32 {
        self.basket.iter().fold(0, |a, s| {
            a.saturating_add(s.fee_yen.saturating_mul(s.copies))
        })
    }

    /// The most copies the resident can choose for the selection being made: the
    /// municipality's `max_copies`, and no more than fit under the machine's ceiling for one
    /// transaction (the copies screen's stepper stops here, and the session refuses more, so a
    /// confirmed basket can always be paid).
    pub fn max_copies_now(&self) -> u32 {
        let max = self.kiosk.municipality.max_copies;
        let (Some(ceiling), Some(sel)) = (self.kiosk.vendor.max_total_yen, self.current.as_ref())
        else {
            return max;
        };
        let room = ceiling.saturating_sub(self.total_yen());
        max.min(room.checked_div(sel.fee_yen).unwrap_or(max))
    }
    /// The payment, once on the payment screen.
    pub fn payment(&self) -> Option<&Payment> {
        self.payment.as_ref()
    }
    /// Money accepted in total.
    pub fn paid_yen(&self) -> u32 {
        self.payment.as_ref().map_or(0, Payment::inserted_yen)
    }
    /// Money handed back so far (change or refund).
    pub fn change_yen(&self) -> u32 {
        self.change_yen
    }
    /// Money kept.
    pub fn charged_yen(&self) -> u32 {
        self.charged_yen
    }
    /// Coins and notes the slot refused and gave straight back.
    pub fn rejected_yen(&self) -> u32 {
        self.rejected_yen
    }
    /// Documents printed.
    pub fn issued(&self) -> &[IssuedDocument] {
        &self.issued
    }
    /// Printing progress: (copies printed, copies in the job).
    pub fn print_progress(&self) -> (u32, u32) {
        let total = self.basket.iter().map(|s| s.copies).sum();
        let done = self.issued.iter().map(|d| d.printed).sum();
        (done, total)
    }
    /// The refusal shown, if any.
    pub fn refusal(&self) -> Option<&Refusal> {
        self.refusal.as_ref()
    }
    /// Whether `Back` leaves the refusal screen for the certificate list.
    pub fn refusal_recoverable(&self) -> bool {
        self.after_refusal == Some(AfterRefusal::BackToList)
    }

    /// What the refusal on show leaves the resident, if one is shown.
    pub fn after_refusal(&self) -> Option<AfterRefusal> {
        self.after_refusal
    }
    /// How the session ended, once it has.
    pub fn status(&self) -> Option<Status> {
        self.status
    }
    /// Whether nothing more will happen in this session (a runner stops here).
    pub fn finished(&self) -> bool {
        self.finished
    }
    /// The printer fault that stopped printing, if any.
    pub fn fault_hit(&self) -> Option<Fault> {
        self.fault_hit
    }
    /// The printer fault that has stopped the job and waits for the staff, if any.
    pub fn printer_halted(&self) -> Option<Fault> {
        self.faults.halted
    }
    /// Whether the printer is working through the job now: on the printing screen, the session
    /// not over, no fault waiting for the staff. The window's timer, its repaints and the
    /// runner's loop send printer steps only then.
    pub fn printer_running(&self) -> bool {
        self.screen == Screen::Printing && !self.finished && self.faults.halted.is_none()
    }
    /// The fault that ended the job with copies left unprinted (they were refunded); a fault
    /// the staff cleared, after which everything printed, is not one.
    pub fn job_given_up(&self) -> Option<Fault> {
        let (done, total) = self.print_progress();
        self.fault_hit.filter(|_| done < total)
    }
    /// Faults armed and not struck yet (a trainer sees them as armed until they strike):
    /// a printer fault with the copies it waits for, and the reader's and the cash unit's.
    pub fn armed_faults(&self) -> Vec<(Fault, u32)> {
        let mut v: Vec<(Fault, u32)> = self.faults.printer.into_iter().collect();
        if self.faults.card_unreadable {
            v.push((Fault::CardUnreadable, 0));
        }
        if self.faults.no_change {
            v.push((Fault::NoChange, 0));
        }
        v
    }
    /// Whether the inactivity warning is shown.
    pub fn warning(&self) -> bool {
        self.warning
    }
    /// Whether the cash unit has change (a trainer's fault can take it away).
    pub fn has_change(&self) -> bool {
        !self.faults.no_change
    }
    /// Seconds until the inactivity warning appears or, once shown, until the reset.
    pub fn seconds_to_timeout(&self) -> i64 {
        let v = &self.kiosk.vendor;
        let deadline = self.last_input
            + Duration::seconds(i64::from(v.inactivity_seconds) + i64::from(v.warning_seconds));
        (deadline - self.clock.now()).num_seconds().max(0)
    }
    /// The trainer's event log.
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }
    /// The session id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The authenticated holder.
    pub fn holder(&self) -> Option<&Person> {
        let card = self.card.as_ref()?;
        let c = self.kiosk.registry.cards.get(card)?;
        self.kiosk.registry.persons.get(&c.holder)
    }
    /// The certificates the list shows on the chosen path.
    pub fn offered_kinds(&self) -> Vec<CertificateKind> {
        match (self.holder(), self.path()) {
            (Some(p), Some(path)) => eligibility::kinds_on_path(&self.kiosk.municipality, p, path),
            _ => Vec::new(),
        }
    }
    /// The options the current selection offers the holder (what the options screen shows
    /// and what [`Event::Options`] is checked against).
    pub fn options_offered(&self) -> Option<Offered> {
        let kind = self.current.as_ref()?.kind;
        let holder = self.holder()?;
        Some(options::offered(
            kind,
            holder,
            &self.kiosk.municipality,
            &self.kiosk.registry,
            self.clock.today(),
        ))
    }
}
