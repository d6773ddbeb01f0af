//! The domain's shared words: the screens, the events a session takes, the options and
//! selections they carry, the faults, the statuses and the other services of the home menu.
//! A leaf below the session, the effects and the vendor profile, so those import it and never
//! each other (the session re-exports it as before).

use std::fmt;

use chrono::DateTime;
use chrono_tz::Tz;
use serde::Serialize;
use strum::{EnumIter, EnumString, IntoStaticStr};

use crate::domain::municipality::CertificateKind;

/// Every screen of the kiosk. The snake_case names appear in the JSON outcome, the timeline and
/// study.json: strum derives them once (serde writes them through the same derive), and
/// `tests/names/` pins each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(into = "&'static str")]
#[derive(IntoStaticStr, EnumString, EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum Screen {
    /// Copier home: language choice and "Administrative services".
    Language,
    /// Administrative services menu: "Cert. issue service (convenience store)".
    Services,
    /// Sharp: notice to agree to.
    Consent,
    /// Place the card (Sharp: then "Next").
    PlaceCard,
    /// Residence, registered domicile, or registration for domicile use.
    Path,
    /// The 4-digit PIN.
    Pin,
    /// Domicile registration accepted.
    Registered,
    /// Authorised: remove the card.
    RemoveCard,
    /// Choose a certificate.
    Certificate,
    /// Options of the chosen certificate.
    Options,
    /// Number of copies.
    Copies,
    /// Selections and total.
    Confirm,
    /// Insert the fee.
    Payment,
    /// Printing in progress.
    Printing,
    /// Take card, certificates and change.
    TakeItems,
    /// Service not available now (hours, year-end stop, maintenance).
    OutOfService,
    /// Refused, with reason, rule and next step.
    Refusal,
}

impl Screen {
    /// The snake_case name (a thin wrapper over the derive: many callers, one home).
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// Whose rows a resident certificate shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The holder only.
    Holder,
    /// Everyone currently in the household.
    Household,
    /// Chosen members (person ids).
    Members(Vec<String>),
}

/// Whole register or one person's entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Extent {
    /// 全部事項証明書
    Whole,
    /// 個人事項証明書
    Individual,
}

/// Options of a certificate, as chosen on the options screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertOptions {
    /// Resident certificate: whose rows.
    pub scope: Scope,
    /// Resident certificate: show householder and relationship (世帯主・続柄).
    pub relationship: bool,
    /// Resident certificate and appended information: show the registered domicile and head of
    /// family (本籍・筆頭者; Japanese only). Off by default: since 11 January 2022 the appended
    /// information leaves them out unless asked for.
    pub domicile: bool,
    /// Resident certificate: show a foreign resident's nationality/region (国籍・地域).
    pub nationality: bool,
    /// Resident certificate: show a foreign resident's status of residence, period of stay and
    /// its expiry (在留資格・在留期間・在留期間の満了の日).
    pub residence_status: bool,
    /// Resident certificate: show a foreign resident's residence card number (在留カード番号).
    pub residence_card: bool,
    /// Resident certificate: show the My Number (only where the profile allows).
    pub my_number: bool,
    /// Tax certificate: fiscal year (None = latest offered).
    pub year: Option<i32>,
    /// Family register: whole or individual.
    pub extent: Extent,
    /// Family register (individual): the person (None = the holder).
    pub person: Option<String>,
}

impl Default for CertOptions {
    fn default() -> Self {
        Self {
            scope: Scope::Holder,
            relationship: false,
            domicile: false,
            nationality: false,
            residence_status: false,
            residence_card: false,
            my_number: false,
            year: None,
            extent: Extent::Whole,
            person: None,
        }
    }
}

/// One certificate in the basket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Selection {
    /// Which certificate.
    pub kind: CertificateKind,
    /// Its options (validated).
    pub options: CertOptions,
    /// Copies (0 until chosen).
    pub copies: u32,
    /// Fee per copy.
    pub fee_yen: u32,
}

/// Faults a trainer can inject. The snake_case names are the scenario's `fault` values, the
/// outcome's `fault` and the `fault-*` locale keys: derived once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(into = "&'static str")]
#[derive(IntoStaticStr, EnumString, EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum Fault {
    /// The printer jams after the copies already printed.
    PaperJam,
    /// The printer runs out of paper after the copies already printed.
    OutOfPaper,
    /// The reader cannot read the next card placed.
    CardUnreadable,
    /// The cash unit has no change: only exact amounts are taken.
    NoChange,
    /// The centre (the class database, the real machine's link to the municipality) cannot
    /// be reached: strikes at once, on any screen (see `Session`'s notes).
    CentreUnreachable,
}

impl Fault {
    /// The scenario's `fault` value (what [`Fault::from_code`] parses).
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Parses a scenario's `fault` value.
    pub fn from_code(s: &str) -> Option<Self> {
        s.parse().ok()
    }
}

/// What the kiosk is told. A PIN is never printed by `Debug`. `Debug` is the event's label in
/// the session's log (the JSON outcome's `log`): the variant's name, derived once, with its
/// value in brackets.
#[derive(Clone, PartialEq, Eq, IntoStaticStr)]
pub enum Event {
    /// Choose the screen language (any code; the GUI checks it has the language).
    Language(String),
    /// "Administrative services" on the home menu.
    Services,
    /// Another service on the home menu (copy, print, …): not in the emulator, a wrong turn.
    OtherService(OtherService),
    /// "Cert. issue service (convenience store)".
    CertIssue,
    /// Sharp: 「同意する」.
    Consent,
    /// A card or phone (card id) is placed on the reader.
    PlaceCard(String),
    /// Sharp: "Next" after the card is placed.
    Next,
    /// The card or phone is taken off the reader.
    RemoveCard,
    /// Certificates of the municipality of residence.
    Residence,
    /// Certificates of the registered domicile.
    Domicile,
    /// Register for kiosk use of domicile certificates.
    RegisterDomicile,
    /// A complete 4-digit PIN followed by Enter.
    Pin(String),
    /// A certificate on the list.
    Certificate(CertificateKind),
    /// The options of the chosen certificate.
    Options(CertOptions),
    /// Number of copies.
    Copies(u32),
    /// From the confirmation: choose another certificate too.
    AddAnother,
    /// Confirm the selections and go to payment.
    Confirm,
    /// A coin or note, in yen.
    Insert(u32),
    /// The printer finished the next copy (the GUI sends it on a timer, the runner at once).
    PrinterStep,
    /// Card, certificates and change taken.
    TakeItems,
    /// Back one screen.
    Back,
    /// Cancel the whole session.
    Cancel,
    /// Time passes: the simulated clock is now this.
    Tick(DateTime<Tz>),
    /// "Extend time" on the inactivity warning (or any touch).
    Extend,
    /// The store's staff cleared the printer's fault (took out the jammed sheet, loaded
    /// paper): a halted job goes on.
    ClearFault,
    /// Inject a fault; printer faults strike once `after_copies` copies of the job are out.
    Fault {
        /// Which fault.
        fault: Fault,
        /// Printer faults: copies printed before it strikes (0 = before the first).
        after_copies: u32,
    },
}

/// What a masked PIN is written as wherever an event is kept (a step, the window's list of
/// events sent).
pub const MASKED_PIN: &str = "****";

impl Event {
    /// The variant's name (`PlaceCard`), the label of the event in the session's log.
    pub fn name(&self) -> &'static str {
        self.into()
    }

    /// The event as it may be kept after the session checked it: a PIN's digits masked.
    pub fn without_secret(&self) -> Event {
        match self {
            Event::Pin(_) => Event::Pin(MASKED_PIN.into()),
            ev => ev.clone(),
        }
    }
}

impl fmt::Debug for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self.name();
        match self {
            Event::Pin(_) => write!(f, "{name}({MASKED_PIN})"),
            Event::Language(s) | Event::PlaceCard(s) => write!(f, "{name}({s})"),
            Event::Certificate(k) => write!(f, "{name}({})", k.code()),
            Event::OtherService(s) => write!(f, "{name}({})", s.code()),
            Event::Options(o) => write!(f, "{name}({o:?})"),
            Event::Copies(n) | Event::Insert(n) => write!(f, "{name}({n})"),
            Event::Tick(t) => write!(f, "{name}({})", t.format("%Y-%m-%dT%H:%M:%S%:z")),
            Event::Fault {
                fault,
                after_copies,
            } => write!(f, "{name}({fault:?}, after {after_copies})"),
            _ => f.write_str(name),
        }
    }
}

/// How a session ended. The snake_case names appear in the JSON outcome and the timeline:
/// derived once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(into = "&'static str")]
#[derive(IntoStaticStr, EnumString, EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum Status {
    /// At least one copy printed.
    Issued,
    /// Refused, with a reason.
    Refused,
    /// Cancelled by the resident (or a printer fault before any copy).
    Cancelled,
    /// Reset after the inactivity warning ran out.
    TimedOut,
    /// A domicile registration was accepted (nothing printed).
    Registered,
}

impl Status {
    /// The snake_case name.
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// A service on the copier's home menu other than administrative services: the emulator does
/// not have them, and touching one is a wrong turn (the session says so and changes nothing).
/// The snake_case codes are derived once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "&'static str")]
#[derive(IntoStaticStr, EnumString, EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum OtherService {
    /// Copying.
    Copy,
    /// Printing from a USB stick or a smartphone.
    Print,
    /// Scanning to a USB stick or a smartphone.
    Scan,
    /// Sending a fax.
    Fax,
    /// Photo prints.
    Photo,
    /// Tickets and bill payments.
    Tickets,
}

impl OtherService {
    /// Every other service, in the default menu order.
    pub const ALL: [OtherService; 6] = [
        OtherService::Copy,
        OtherService::Print,
        OtherService::Scan,
        OtherService::Fax,
        OtherService::Photo,
        OtherService::Tickets,
    ];

    /// The code used in profiles, scenarios, effects and locale keys.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The service with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        code.parse().ok()
    }
}
