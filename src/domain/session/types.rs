//! The words of the session's contract: the screens, the events it is told, the selections
//! it holds, how a session ends, and the printer it drives.

use chrono::DateTime;
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::effect::Effect;
use crate::domain::municipality::Municipality;
use crate::domain::record::{IssueNumber, StoreError};
use crate::domain::registry::Registry;
use crate::domain::vendor::Vendor;
pub use crate::domain::vocab::{
    CertOptions, Event, Extent, Fault, Scope, Screen, Selection, Status,
};

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

    /// Hands the copy just printed to the resident: called once the state has recorded it, so
    /// a run killed between printing and recording leaves no document the state never knew
    /// (`verify` would call a genuine specimen unknown). Printers without output do nothing.
    fn deliver(&mut self) -> Result<(), PrintError> {
        Ok(())
    }
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

/// Result of one accepted event: what it was, from which screen to which, when, and
/// everything it did — all a consumer needs to know what happened, without comparing state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The event, its PIN masked ([`Event::without_secret`]).
    pub event: Event,
    /// The screen before the event.
    pub from: Screen,
    /// The screen now shown.
    pub to: Screen,
    /// Simulated time before the event.
    pub before: DateTime<Tz>,
    /// Simulated time after it.
    pub at: DateTime<Tz>,
    /// What happened, in order.
    pub effects: Vec<Effect>,
}

/// Hex SHA-256 of printed content (first 16 bytes), as recorded in the journal.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}
