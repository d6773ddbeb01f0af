//! What a step did, as facts. [`crate::domain::session::Session::handle`] returns them with the
//! new screen; the window (trays, live region, keypad), the scenario runner, the trainer's log,
//! the walkthrough, the speech guide and the recorder all learn what happened from these, so
//! none of them compares copies of state or reads a sentence. Effects carry codes and numbers,
//! never words: `crate::i18n` renders them.

use chrono::NaiveDate;
use serde::Serialize;
use strum::{EnumIter, IntoStaticStr};

use crate::domain::municipality::CertificateKind;
use crate::domain::record::IssueNumber;
use crate::domain::refusal::Refusal;
use crate::domain::vocab::OtherService;
use crate::domain::vocab::{Fault, Status};

/// Why money came back out of the machine. The snake_case names (the outcome's `why`, the
/// `effect-returned-*` locale keys) are derived once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(into = "&'static str")]
#[derive(IntoStaticStr, EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum Returned {
    /// A coin or note the machine does not take.
    Denomination,
    /// The fee was already covered when it arrived.
    AlreadyPaid,
    /// The machine has no change: only the exact amount is taken.
    NoChange,
    /// The slot arrived after the service closed.
    Closed,
    /// Change after printing.
    Change,
    /// The session was cancelled, refused, timed out or stopped by a fault: what was not
    /// charged comes back.
    Refund,
}

impl Returned {
    /// The snake_case name (the outcome's `why`).
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// One observable fact of a step. Its snake_case name is the JSON tag `effect` (serde) and the
/// `effect-*` locale key ([`Effect::name`], strum): both derive it from the variant by the same
/// rule, and `tests/names/` pins each name and that the two agree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "effect", rename_all = "snake_case")]
#[derive(IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Effect {
    /// The screen language changed.
    LanguageChanged {
        /// BCP 47 code.
        lang: String,
    },
    /// A service on the home menu the emulator does not have was touched (a wrong turn: the
    /// screen stays as it was).
    OtherServiceTouched {
        /// Which service.
        service: OtherService,
    },
    /// The reader read a card or phone (the session now knows it is there).
    CardRead,
    /// The card left the reader.
    CardTakenOff,
    /// The card may now be taken off the reader (authorised, or registration accepted).
    CardMayBeRemoved,
    /// A correct PIN (or Face ID on an iPhone).
    PinAccepted,
    /// A wrong PIN; the count is already stored.
    PinRejected {
        /// Entries left before the lock.
        tries_left: u8,
    },
    /// The third wrong PIN in a row (or a card already locked).
    PinLocked,
    /// A domicile registration was accepted.
    RegistrationAccepted {
        /// Usable from this day.
        ready_on: NaiveDate,
    },
    /// A certificate was chosen (its options or copies come next).
    SelectionStarted {
        /// Which certificate.
        certificate: CertificateKind,
    },
    /// A selection went into the basket (or was changed there).
    SelectionAdded {
        /// Which certificate.
        certificate: CertificateKind,
        /// Copies.
        copies: u32,
        /// Fee per copy.
        fee_yen: u32,
    },
    /// The last selection was taken back out of the basket to be changed.
    SelectionReopened {
        /// Which certificate.
        certificate: CertificateKind,
    },
    /// The basket's total changed.
    Total {
        /// Yen due.
        yen: u32,
    },
    /// The payment screen opened: this is due.
    PaymentDue {
        /// Yen due.
        yen: u32,
    },
    /// A coin or note was taken.
    MoneyAccepted {
        /// Its value.
        yen: u32,
        /// Still to pay.
        remaining_yen: u32,
    },
    /// Money came back out (to the change tray).
    MoneyReturned {
        /// How much.
        yen: u32,
        /// Why.
        why: Returned,
    },
    /// The fee is covered: printing starts.
    PrintingStarted {
        /// Copies in the job.
        copies: u32,
    },
    /// One copy came out into the output tray.
    CopyPrinted {
        /// Which certificate.
        certificate: CertificateKind,
        /// Its issue number.
        issue_number: IssueNumber,
        /// 1-based copy.
        copy: u32,
        /// Copies of this selection.
        of: u32,
        /// Sheets of this copy.
        sheets: u32,
        /// The PDF written, if any.
        file: Option<String>,
    },
    /// The printer stopped on a fault and the job was given up: the copies not printed are
    /// refunded.
    PrinterStopped {
        /// Which fault.
        fault: Fault,
    },
    /// The printer stopped mid-job on a fault (a jam, no paper) and waits for the store's
    /// staff to clear it; the resident may wait or cancel the rest.
    PrinterHalted {
        /// Which fault.
        fault: Fault,
        /// Copies of the job printed before it stopped.
        printed: u32,
        /// Copies in the job.
        of: u32,
    },
    /// The staff cleared the fault: printing goes on with the next copy.
    PrinterResumed {
        /// Which fault was cleared.
        fault: Fault,
    },
    /// A copy could not be written (the output folder failed: full, unwritable, a planted
    /// file): printing stopped there, the copies not printed are refunded, and the run that
    /// drove the kiosk fails with this path and error (`kofu run` exits 1).
    OutputFailed {
        /// The file that could not be written.
        path: String,
        /// The operating system's error.
        error: String,
    },
    /// Printing is over: take the certificates.
    PrintingDone,
    /// The kiosk refused.
    Refused(Refusal),
    /// A refusal the resident could go back from was left.
    RefusalLeft,
    /// A fault was armed by the trainer.
    FaultArmed {
        /// Which fault.
        fault: Fault,
    },
    /// No input for a while: the warning shows.
    InactivityWarning {
        /// Seconds until the reset.
        seconds_left: u32,
    },
    /// "More time" (or any touch) on the warning.
    TimeExtended,
    /// Nobody came back: the session was reset.
    TimedOut,
    /// The items were left on a finished screen: back to the home menu.
    ReturnedHome,
    /// The session ended (issued, refused, cancelled, timed out, registered).
    SessionEnded {
        /// How.
        status: Status,
    },
}

impl Effect {
    /// Whether the live region announces it (and the speech guide says it): what a resident
    /// who cannot see the screen must know at once — the card read or taken off, when it may
    /// be removed, a wrong PIN, money coming back, printing done, a service the emulator lacks.
    pub fn announced(&self) -> bool {
        matches!(
            self,
            Effect::CardRead
                | Effect::OtherServiceTouched { .. }
                | Effect::CardTakenOff
                | Effect::CardMayBeRemoved
                | Effect::PinRejected { .. }
                | Effect::MoneyReturned { .. }
                | Effect::PrintingDone
                | Effect::PrinterHalted { .. }
                | Effect::PrinterResumed { .. }
        )
    }

    /// The snake_case name (the JSON tag).
    pub fn name(&self) -> &'static str {
        self.into()
    }
}
