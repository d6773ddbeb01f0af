//! The words of the session's contract: the screens, the events it is told, the selections
//! it holds, how a session ends, and the printer it drives.

use std::fmt;

use chrono::DateTime;
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::effect::Effect;
use crate::domain::municipality::{CertificateKind, Municipality};
use crate::domain::record::{IssueNumber, StoreError};
use crate::domain::registry::Registry;
use crate::domain::vendor::Vendor;
use crate::domain::vendor::look::OtherService;

/// The fixed data a kiosk runs with.
#[derive(Debug, Clone)]
pub struct Kiosk {
    /// Persons, households and cards.
    pub registry: Registry,
    /// The municipality whose certificates are issued.
    pub municipality: Municipality,
    /// The machine's maker profile.
    pub vendor: Vendor,
    /// Id written to the journal (several kiosks may share one state folder).
    pub kiosk_id: String,
}

/// Every screen of the kiosk. The snake_case names appear in the JSON outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
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
    /// The snake_case name.
    pub fn name(self) -> &'static str {
        match self {
            Screen::Language => "language",
            Screen::Services => "services",
            Screen::Consent => "consent",
            Screen::PlaceCard => "place_card",
            Screen::Path => "path",
            Screen::Pin => "pin",
            Screen::Registered => "registered",
            Screen::RemoveCard => "remove_card",
            Screen::Certificate => "certificate",
            Screen::Options => "options",
            Screen::Copies => "copies",
            Screen::Confirm => "confirm",
            Screen::Payment => "payment",
            Screen::Printing => "printing",
            Screen::TakeItems => "take_items",
            Screen::OutOfService => "out_of_service",
            Screen::Refusal => "refusal",
        }
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

/// Faults a trainer can inject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    /// The printer jams after the copies already printed.
    PaperJam,
    /// The printer runs out of paper after the copies already printed.
    OutOfPaper,
    /// The reader cannot read the next card placed.
    CardUnreadable,
    /// The cash unit has no change: only exact amounts are taken.
    NoChange,
}

impl Fault {
    /// The scenario's `fault` value (what [`Fault::from_code`] parses).
    pub fn code(self) -> &'static str {
        match self {
            Fault::PaperJam => "paper_jam",
            Fault::OutOfPaper => "out_of_paper",
            Fault::CardUnreadable => "card_unreadable",
            Fault::NoChange => "no_change",
        }
    }

    /// Parses a scenario's `fault` value.
    pub fn from_code(s: &str) -> Option<Self> {
        match s {
            "paper_jam" => Some(Fault::PaperJam),
            "out_of_paper" => Some(Fault::OutOfPaper),
            "card_unreadable" => Some(Fault::CardUnreadable),
            "no_change" => Some(Fault::NoChange),
            _ => None,
        }
    }
}

/// What the kiosk is told. A PIN is never printed by `Debug`.
#[derive(Clone, PartialEq, Eq)]
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
    /// Inject a fault; printer faults strike once `after_copies` copies of the job are out.
    Fault {
        /// Which fault.
        fault: Fault,
        /// Printer faults: copies printed before it strikes (0 = before the first).
        after_copies: u32,
    },
}

impl fmt::Debug for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::Pin(_) => f.write_str("Pin(****)"),
            Event::Language(l) => write!(f, "Language({l})"),
            Event::PlaceCard(c) => write!(f, "PlaceCard({c})"),
            Event::Certificate(k) => write!(f, "Certificate({})", k.code()),
            Event::OtherService(s) => write!(f, "OtherService({})", s.code()),
            Event::Options(o) => write!(f, "Options({o:?})"),
            Event::Copies(n) => write!(f, "Copies({n})"),
            Event::Insert(y) => write!(f, "Insert({y})"),
            Event::Tick(t) => write!(f, "Tick({})", t.format("%Y-%m-%dT%H:%M:%S%:z")),
            Event::Fault {
                fault,
                after_copies,
            } => write!(f, "Fault({fault:?}, after {after_copies})"),
            other => f.write_str(match other {
                Event::Services => "Services",
                Event::CertIssue => "CertIssue",
                Event::Consent => "Consent",
                Event::Next => "Next",
                Event::RemoveCard => "RemoveCard",
                Event::Residence => "Residence",
                Event::Domicile => "Domicile",
                Event::RegisterDomicile => "RegisterDomicile",
                Event::AddAnother => "AddAnother",
                Event::Confirm => "Confirm",
                Event::PrinterStep => "PrinterStep",
                Event::TakeItems => "TakeItems",
                Event::Back => "Back",
                Event::Cancel => "Cancel",
                Event::Extend => "Extend",
                _ => "Event",
            }),
        }
    }
}

/// How a session ended. The snake_case names appear in the JSON outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
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
        match self {
            Status::Issued => "issued",
            Status::Refused => "refused",
            Status::Cancelled => "cancelled",
            Status::TimedOut => "timed_out",
            Status::Registered => "registered",
        }
    }
}

/// An event the session did not accept. The session is unchanged.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The event makes no sense on this screen.
    #[error("`{event}` is not possible on the {screen} screen")]
    Illegal {
        /// The event, PIN redacted.
        event: String,
        /// The screen's name.
        screen: &'static str,
    },
    /// The event carries a value the kiosk does not take.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// The state folder failed: nothing was issued.
    #[error("state folder: {0}")]
    Store(#[from] StoreError),
    /// The printer could not make the document.
    #[error("printer: {0}")]
    Printer(#[from] PrintError),
}

/// A value the kiosk does not take (the screens cannot send one; a scenario file can).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    /// A home-menu service this machine's menu does not have.
    #[error("this machine's home menu has no `{0}`")]
    NotOnHomeMenu(&'static str),
    /// Sharp's "Next" with no card on the reader.
    #[error("place a card on the reader first")]
    NoCardOnReader,
    /// A second card while one is on the reader.
    #[error("a card is already on the reader")]
    CardAlreadyOnReader,
    /// A card the deck does not have.
    #[error("no card `{0}` in the persona deck")]
    UnknownCard(String),
    /// The card's holder is not in the deck.
    #[error("the card's holder `{0}` is not in the persona deck")]
    UnknownHolder(String),
    /// A PIN that is not 4 digits (the pad cannot send one).
    #[error("the PIN has exactly 4 digits")]
    PinFormat,
    /// A step that needs an authorised card before one was authorised.
    #[error("no authorised card")]
    NotAuthorised,
    /// "Chosen members" with nobody chosen.
    #[error("choose at least one member")]
    NoMembers,
    /// A member who is not a current member of the holder's household.
    #[error("`{0}` is not a current member of the holder's household")]
    NotAMember(String),
    /// The My Number line where the municipality does not print it at the kiosk.
    #[error("the municipality does not print the My Number at the kiosk")]
    MyNumberNotOffered,
    /// The domicile line where it is no option: a holder who has none (foreign residents), or
    /// a certificate that does not offer it.
    #[error(
        "the domicile line is an option only of a Japanese national's resident certificate and appended information"
    )]
    DomicileLineNotOffered,
    /// Foreign-resident lines for a selection with no foreign resident in it.
    #[error(
        "nationality, status of residence and residence card number are options only for foreign residents"
    )]
    ForeignLinesNotOffered,
    /// A fiscal year the kiosk does not offer today.
    #[error("fiscal year not offered now; offered: {0:?}")]
    YearNotOffered(Vec<i32>),
    /// A person who is not in the holder's family register.
    #[error("`{0}` is not in the holder's family register")]
    NotInRegister(String),
    /// Copies outside 1..=max.
    #[error("copies must be 1 to {0}")]
    Copies(u32),
    /// The copies would take the basket over the machine's ceiling for one transaction.
    #[error(
        "the machine takes at most ¥{max_yen} in one transaction: at most {copies} copies of this certificate can be added"
    )]
    OverCeiling {
        /// The vendor's ceiling.
        max_yen: u32,
        /// The most copies of the current selection that still fit (0: none).
        copies: u32,
    },
    /// An amount that is no coin or note of the yen.
    #[error("¥{0} is not a Japanese coin or note")]
    NotMoney(u32),
    /// A tick earlier than the clock.
    #[error("the clock cannot go back within a session")]
    ClockBackwards,
}

/// What the printer is asked to print: one copy of one selection.
#[derive(Debug, Clone)]
pub struct PrintRequest {
    /// The issue number of the selection.
    pub issue_number: IssueNumber,
    /// The certificate and its options.
    pub selection: Selection,
    /// 1-based copy index.
    pub copy: u32,
    /// Card that authorised the issue.
    pub card: String,
    /// Person id of the card's holder.
    pub holder: String,
    /// When the copy was printed.
    pub issued_at: DateTime<Tz>,
    /// Municipality id.
    pub municipality: String,
}

/// What the printer made of a request.
#[derive(Debug, Clone, Serialize)]
pub struct PrintedCopy {
    /// Pages of this copy.
    pub pages: u32,
    /// Hash of what was printed (recorded in the journal).
    pub content_hash: String,
    /// The file written, if any.
    pub file: Option<String>,
    /// Person id the document is about, as the printer read it (checked against the card).
    pub document_holder: String,
    /// Verification code printed on the back of each sheet (empty if the printer makes none).
    pub codes: Vec<String>,
    /// Digest of what each page draws, for `verify` (empty if the printer makes no file).
    pub drawn: Vec<String>,
}

/// Why the printer could not make a copy.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// The document could not be built from the records (a deck inconsistency).
    #[error("{0}")]
    Content(String),
    /// The output could not be written.
    #[error("{path}: {source}")]
    Write {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// The document is not about the card's holder (the 2023 incident): withheld.
    #[error("document for {0} does not match the card's holder: withheld")]
    WrongHolder(IssueNumber),
}

/// Makes documents (the scenario runner builds the content model; the PDF comes later).
pub trait Printer: Send {
    /// Prints one copy.
    fn print(&mut self, req: &PrintRequest, kiosk: &Kiosk) -> Result<PrintedCopy, PrintError>;
}

/// A printer that makes nothing but a hash of the request (tests, benches).
#[derive(Debug, Default, Clone, Copy)]
pub struct NullPrinter;

impl Printer for NullPrinter {
    fn print(&mut self, req: &PrintRequest, _kiosk: &Kiosk) -> Result<PrintedCopy, PrintError> {
        let text = format!(
            "{}|{}|{}|{}",
            req.issue_number,
            req.holder,
            req.selection.kind.code(),
            req.copy
        );
        Ok(PrintedCopy {
            pages: 1,
            content_hash: content_hash(text.as_bytes()),
            file: None,
            document_holder: req.holder.clone(),
            codes: Vec::new(),
            drawn: Vec::new(),
        })
    }
}

/// A selection that reached the printer.
#[derive(Debug, Clone, Serialize)]
pub struct IssuedDocument {
    /// The certificate and options.
    pub selection: Selection,
    /// Its issue number.
    pub issue_number: IssueNumber,
    /// Copies actually printed.
    pub printed: u32,
    /// Pages per copy.
    pub pages: u32,
    /// Files written, one per copy.
    pub files: Vec<String>,
    /// Person id the document is about.
    pub holder: String,
}

/// One line of the trainer's event log.
#[derive(Debug, Clone, Serialize)]
pub struct LogEntry {
    /// Simulated time.
    pub at: String,
    /// The event (PIN redacted).
    pub event: String,
    /// Screen before.
    pub from: &'static str,
    /// Screen after.
    pub to: &'static str,
    /// What the event did.
    pub effects: Vec<Effect>,
}

impl LogEntry {
    /// The refusal the event caused, if any.
    pub fn refusal(&self) -> Option<&crate::domain::refusal::Refusal> {
        self.effects.iter().find_map(|e| match e {
            Effect::Refused(r) => Some(r),
            _ => None,
        })
    }
}

/// Result of one accepted event: the screen now shown and everything the event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The screen now shown.
    pub screen: Screen,
    /// What happened, in order.
    pub effects: Vec<Effect>,
}

/// Hex SHA-256 of printed content (first 16 bytes), as recorded in the journal.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}
