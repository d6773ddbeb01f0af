//! The kiosk state machine: an [`Event`] in, a new [`Screen`] out. [`Session::handle`] is the
//! only place a transition happens; the GUI, the scenario runner and the tests all feed it.
//!
//! The flow (DOMAIN.md): language → administrative services → certificate issue service →
//! (Sharp: consent) → place card (Sharp: "Next") → residence / domicile / registration →
//! PIN (iPhone: Face ID, no PIN) → remove card → certificate → options → copies →
//! confirmation (or another certificate) → payment → printing → take your items.
//!
//! Decisions written down here because no one could confirm them:
//! - The service calendar is checked when the certificate service is chosen and again before
//!   every later step up to the start of printing; a session caught by 23:00 ends refused
//!   (`out_of_service_hours`) and returns the money.
//! - A locked card is refused as soon as the path is chosen (the chip reports 0 tries left);
//!   card and holder checks run online after a correct PIN, in the order suspended, revoked,
//!   card expired, certificate expired, new today, then the holder's record.
//! - A wrong PIN's new count is written durably before the result is shown, and only a
//!   correct entry resets it: killing the program can never give back a try the resident saw
//!   counted.
//! - Refusals of a single certificate (no seal, no tax data, family-register hours …) let the
//!   resident go `Back` to the list; all other refusals end the session.
//! - Printing starts as soon as the fee is covered; one issue number per selection, shared by
//!   its copies; a printer fault charges only the copies printed and returns the rest.

use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, Duration};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::calendar::{SimClock, add_business_days};
use crate::domain::card::{PinCounter, is_pin_format};
use crate::domain::eligibility::{self, Detail, Path, Refusal};
use crate::domain::journal::{IssueNumber, IssueStartedFields, JournalError, Record};
use crate::domain::municipality::{CertificateKind, Municipality};
use crate::domain::payment::{InsertRejected, Payment};
use crate::domain::reason::Reason;
use crate::domain::registry::{Card, Flag, Person, Registry};
use crate::domain::store::Store;
use crate::domain::vendor::Vendor;

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
    /// Resident certificate: show domicile and head of family (Japanese only).
    pub domicile: bool,
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
    Invalid(String),
    /// The state folder failed: nothing was issued.
    #[error("state folder: {0}")]
    Store(#[from] JournalError),
    /// The printer could not make the document.
    #[error("printer: {0}")]
    Printer(String),
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
}

/// Makes documents (the scenario runner builds the content model; the PDF comes later).
pub trait Printer: Send {
    /// Prints one copy.
    fn print(&mut self, req: &PrintRequest, kiosk: &Kiosk) -> Result<PrintedCopy, String>;
}

/// A printer that makes nothing but a hash of the request (tests, benches).
#[derive(Debug, Default, Clone, Copy)]
pub struct NullPrinter;

impl Printer for NullPrinter {
    fn print(&mut self, req: &PrintRequest, _kiosk: &Kiosk) -> Result<PrintedCopy, String> {
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
    /// What happened, in words.
    pub note: String,
    /// The refusal, with its rule and next step, if the event caused one.
    pub refusal: Option<Refusal>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Faults {
    printer: Option<(Fault, u32)>,
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
    authenticated: bool,
    path: Option<Path>,
    registering: bool,
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
    recoverable: bool,
    status: Option<Status>,
    finished: bool,
    fault_hit: Option<Fault>,
    faults: Faults,
    last_input: DateTime<Tz>,
    warning: bool,
    started: bool,
    log: Vec<LogEntry>,
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

/// Result of one accepted event, for callers that show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The screen now shown.
    pub screen: Screen,
    /// A short note on what happened (the log's note).
    pub note: String,
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
            authenticated: false,
            path: None,
            registering: false,
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
            recoverable: false,
            status: None,
            finished: false,
            fault_hit: None,
            faults: Faults::default(),
            last_input: at,
            warning: false,
            started: false,
            log: Vec::new(),
        }
    }

    // ---- read access -------------------------------------------------------------------

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
    /// The card on the reader, if any.
    pub fn card_on_reader(&self) -> Option<&str> {
        self.card_on_reader.as_deref()
    }
    /// The chosen path.
    pub fn path(&self) -> Option<Path> {
        self.path
    }
    /// PIN tries left on the card read in this session (3 if none).
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
        self.basket.iter().map(|s| s.fee_yen * s.copies).sum()
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
        self.recoverable
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
    /// Whether the inactivity warning is shown.
    pub fn warning(&self) -> bool {
        self.warning
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
    /// Person id of the authenticated holder.
    pub fn holder(&self) -> Option<&Person> {
        let card = self.card.as_ref()?;
        let c = self.kiosk.registry.cards.get(card)?;
        self.kiosk.registry.persons.get(&c.holder)
    }
    /// The certificates the list shows on the chosen path.
    pub fn offered_kinds(&self) -> Vec<CertificateKind> {
        match (self.holder(), self.path) {
            (Some(p), Some(path)) => eligibility::kinds_on_path(&self.kiosk.municipality, p, path),
            _ => Vec::new(),
        }
    }

    /// Ends the session object and hands back its store, so the next session of the same
    /// kiosk reuses it (a journal handle keeps its read position: no re-reading).
    pub fn into_store(self) -> Box<dyn Store> {
        self.store
    }

    /// The resident walks away from a refusal they could have gone back from: the session
    /// ends refused where it stands (the runner calls this when a scenario does not go back).
    pub fn walk_away(&mut self) {
        if self.screen == Screen::Refusal && self.recoverable && !self.finished {
            self.recoverable = false;
            self.finish(Status::Refused);
        }
    }

    // ---- the transition function ----------------------------------------------------------

    /// Feeds one event. On `Err` nothing changed (except what the state folder already made
    /// durable, which never goes back).
    pub fn handle(&mut self, ev: Event) -> Result<Step, SessionError> {
        let from = self.screen;
        let label = format!("{ev:?}");
        if self.finished && !matches!(ev, Event::Tick(_) | Event::Language(_)) {
            return Err(self.illegal(&label));
        }
        if !matches!(
            ev,
            Event::Tick(_) | Event::PrinterStep | Event::Fault { .. }
        ) {
            self.last_input = self.clock.now();
            self.warning = false;
        }
        let note = self.transition(ev, &label)?;
        self.visit(self.screen);
        let refusal = if self.screen != from
            && matches!(self.screen, Screen::Refusal | Screen::OutOfService)
        {
            self.refusal.clone()
        } else {
            None
        };
        self.log.push(LogEntry {
            at: self.clock.now().format("%Y-%m-%d %H:%M:%S").to_string(),
            event: label,
            from: from.name(),
            to: self.screen.name(),
            note: note.clone(),
            refusal,
        });
        Ok(Step {
            screen: self.screen,
            note,
        })
    }

    fn transition(&mut self, ev: Event, label: &str) -> Result<String, SessionError> {
        use Screen as S;
        // Time passing, faults and printing are not the resident's input.
        match ev {
            Event::Tick(t) => return self.tick(t),
            Event::Fault {
                fault,
                after_copies,
            } => return Ok(self.inject(fault, after_copies)),
            _ => {}
        }
        // From choosing the service to the start of printing, the service must be open.
        if matches!(
            self.screen,
            S::Services
                | S::Consent
                | S::PlaceCard
                | S::Path
                | S::Pin
                | S::RemoveCard
                | S::Certificate
                | S::Options
                | S::Copies
                | S::Confirm
                | S::Payment
        ) && !matches!(ev, Event::Back | Event::Cancel | Event::RemoveCard)
            && (self.screen != S::Services || ev == Event::CertIssue)
            && let Err(r) = eligibility::check_service(&self.kiosk.municipality, self.clock.now())
        {
            self.refund_all();
            return Ok(self.refuse_terminal(r, S::OutOfService));
        }
        match (self.screen, ev) {
            (S::Language, Event::Language(l)) => {
                self.lang = l;
                Ok(format!("language set to {}", self.lang))
            }
            (S::Language, Event::Services) => self.go(S::Services, "administrative services"),
            (S::Services, Event::CertIssue) => {
                self.start_record()?;
                if self.kiosk.vendor.consent_screen {
                    self.go(S::Consent, "notice shown: agree to continue")
                } else {
                    self.go(S::PlaceCard, "place the card on the reader")
                }
            }
            (S::Services, Event::Back) => self.go(S::Language, "back to the home menu"),
            (S::Consent, Event::Consent) => {
                self.go(S::PlaceCard, "agreed; place the card on the reader")
            }
            (S::Consent, Event::Back) => self.go(S::Services, "back"),
            (S::PlaceCard, Event::PlaceCard(id)) => self.place_card(id),
            (S::PlaceCard, Event::Next) => {
                if self.card_on_reader.is_none() {
                    return Err(SessionError::Invalid(
                        "place a card on the reader first".into(),
                    ));
                }
                self.go(S::Path, "card read: choose certificates")
            }
            (S::PlaceCard, Event::RemoveCard) if self.card_on_reader.is_some() => {
                self.card_on_reader = None;
                Ok("card taken off the reader".into())
            }
            (S::PlaceCard, Event::Back) => {
                self.card_on_reader = None;
                let to = if self.kiosk.vendor.consent_screen {
                    S::Consent
                } else {
                    S::Services
                };
                self.go(to, "back")
            }
            (S::Path, ev @ (Event::Residence | Event::Domicile | Event::RegisterDomicile)) => {
                self.choose_path(&ev)
            }
            (S::Path, Event::Back) => self.go(S::PlaceCard, "back to the card"),
            (S::Path | S::Pin, Event::RemoveCard) => {
                self.card_on_reader = None;
                self.path = None;
                self.go(
                    S::PlaceCard,
                    "card removed before authorisation: place it again",
                )
            }
            (S::Pin, Event::Pin(pin)) => self.enter_pin(&pin),
            (S::Pin, Event::Back) => {
                self.path = None;
                self.go(S::Path, "back")
            }
            (S::RemoveCard, Event::RemoveCard) => {
                self.card_on_reader = None;
                self.go(S::Certificate, "card removed: choose a certificate")
            }
            (S::Registered, Event::RemoveCard) => {
                self.card_on_reader = None;
                self.finish(Status::Registered);
                self.go(S::Language, "card removed; registration done")
            }
            (S::Certificate, Event::Certificate(kind)) => self.choose_certificate(kind),
            (S::Certificate, Event::Back) if !self.basket.is_empty() => {
                self.go(S::Confirm, "back to the confirmation")
            }
            (S::Options, Event::Options(o)) => self.choose_options(o),
            (S::Options, Event::Back) => {
                self.current = None;
                self.go(S::Certificate, "back to the list")
            }
            (S::Copies, Event::Copies(n)) => self.choose_copies(n),
            (S::Copies, Event::Back) => {
                if self.current.as_ref().is_some_and(|s| has_options(s.kind)) {
                    self.go(S::Options, "back to the options")
                } else {
                    self.current = None;
                    self.go(S::Certificate, "back to the list")
                }
            }
            (S::Confirm, Event::AddAnother) => {
                self.go(S::Certificate, "choose another certificate")
            }
            (S::Confirm, Event::Back) => {
                if let Some(last) = self.basket.pop() {
                    self.current = Some(last);
                }
                self.go(S::Copies, "back to the copies")
            }
            (S::Confirm, Event::Confirm) => {
                let total = self.total_yen();
                self.payment = Some(Payment::new(total));
                self.go(S::Payment, &format!("insert ¥{total}"))
            }
            (S::Payment, Event::Insert(yen)) => self.insert(yen),
            (S::Payment, Event::Back) if self.paid_yen() == 0 => {
                self.payment = None;
                self.go(S::Confirm, "back to the confirmation")
            }
            (S::Printing, Event::PrinterStep) => self.printer_step(),
            (S::TakeItems, Event::TakeItems) => {
                self.card_on_reader = None;
                self.finished = true;
                self.go(S::Language, "items taken; session over")
            }
            (S::Refusal, Event::Back) if self.recoverable => {
                self.refusal = None;
                self.recoverable = false;
                self.current = None;
                self.status = None;
                self.go(S::Certificate, "back to the list")
            }
            (S::Refusal | S::OutOfService, Event::TakeItems) => {
                self.card_on_reader = None;
                self.finished = true;
                self.go(S::Language, "session over")
            }
            (s, Event::Cancel)
                if !matches!(
                    s,
                    S::Language | S::Printing | S::TakeItems | S::Refusal | S::OutOfService
                ) =>
            {
                self.refund_all();
                self.finish(Status::Cancelled);
                self.go(
                    S::TakeItems,
                    "cancelled: take your card and any money returned",
                )
            }
            (_, Event::Extend) => Ok("time extended".into()),
            _ => Err(self.illegal(label)),
        }
    }

    // ---- helpers ----------------------------------------------------------------------

    fn illegal(&self, label: &str) -> SessionError {
        SessionError::Illegal {
            event: label.to_string(),
            screen: self.screen.name(),
        }
    }

    fn go(&mut self, to: Screen, note: &str) -> Result<String, SessionError> {
        self.screen = to;
        Ok(note.to_string())
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

    fn refuse_terminal(&mut self, r: Refusal, screen: Screen) -> String {
        let note = format!("refused: {} — {}", r.reason, r.next_step);
        self.refusal = Some(r);
        self.recoverable = false;
        self.screen = screen;
        self.finish(Status::Refused);
        note
    }

    fn refuse_recoverable(&mut self, r: Refusal) -> String {
        let note = format!("refused: {} — {}", r.reason, r.next_step);
        self.refusal = Some(r);
        self.recoverable = true;
        self.status = Some(Status::Refused);
        self.screen = Screen::Refusal;
        note
    }

    fn refund_all(&mut self) {
        if let Some(p) = &self.payment {
            self.change_yen = p.inserted_yen();
            self.charged_yen = 0;
        }
    }

    fn inject(&mut self, f: Fault, after_copies: u32) -> String {
        match f {
            Fault::PaperJam | Fault::OutOfPaper => self.faults.printer = Some((f, after_copies)),
            Fault::CardUnreadable => self.faults.card_unreadable = true,
            Fault::NoChange => self.faults.no_change = true,
        }
        format!("fault injected: {f:?}")
    }

    fn tick(&mut self, t: DateTime<Tz>) -> Result<String, SessionError> {
        if t < self.clock.now() {
            return Err(SessionError::Invalid(
                "the clock cannot go back within a session".into(),
            ));
        }
        self.clock.set(t);
        let idle_screens =
            !matches!(self.screen, Screen::Language | Screen::Printing) && !self.finished;
        if !idle_screens {
            if self.screen == Screen::Language {
                self.last_input = t;
            }
            return Ok("time passes".into());
        }
        let v = &self.kiosk.vendor;
        let idle = (t - self.last_input).num_seconds();
        let limit = i64::from(v.inactivity_seconds);
        let reset = limit + i64::from(v.warning_seconds);
        if idle >= reset {
            self.warning = false;
            self.refund_all();
            if self.screen == Screen::TakeItems {
                self.finished = true;
                self.screen = Screen::Language;
                return Ok("no one took the items: back to the home menu (reminder logged)".into());
            }
            self.finish(Status::TimedOut);
            self.screen = if self.card_on_reader.is_some() || self.change_yen > 0 {
                Screen::TakeItems
            } else {
                Screen::Language
            };
            self.finished = true;
            return Ok(format!(
                "no input for {idle} s: session reset, ¥{} returned",
                self.change_yen
            ));
        }
        if idle >= limit {
            self.warning = true;
            return Ok(format!(
                "inactivity warning: reset in {} s unless extended",
                reset - idle
            ));
        }
        Ok("time passes".into())
    }

    fn place_card(&mut self, id: String) -> Result<String, SessionError> {
        if self.card_on_reader.is_some() {
            return Err(SessionError::Invalid(
                "a card is already on the reader".into(),
            ));
        }
        let Some(card) = self.kiosk.registry.cards.get(&id) else {
            return Err(SessionError::Invalid(format!(
                "no card `{id}` in the persona deck"
            )));
        };
        let kind = card.kind;
        if self.faults.card_unreadable {
            self.faults.card_unreadable = false;
            self.card_on_reader = Some(id);
            let r = Refusal::new(
                Reason::CardUnreadable,
                &self.kiosk.municipality,
                &Detail::default(),
            );
            return Ok(self.refuse_terminal(r, Screen::Refusal));
        }
        self.card_on_reader = Some(id);
        if self.kiosk.vendor.next_after_card {
            return Ok(format!("{kind:?} placed: press Next"));
        }
        self.go(Screen::Path, "card read: choose certificates")
    }

    fn current_card(&self) -> Result<(&Card, &Person), SessionError> {
        let Some(id) = self.card_on_reader.as_ref().or(self.card.as_ref()) else {
            return Err(SessionError::Invalid("no card on the reader".into()));
        };
        let reg = &self.kiosk.registry;
        let card = reg
            .cards
            .get(id)
            .ok_or_else(|| SessionError::Invalid(format!("unknown card `{id}`")))?;
        let holder = reg
            .persons
            .get(&card.holder)
            .ok_or_else(|| SessionError::Invalid(format!("unknown holder `{}`", card.holder)))?;
        Ok((card, holder))
    }

    fn choose_path(&mut self, ev: &Event) -> Result<String, SessionError> {
        let path = match ev {
            Event::Residence => Path::Residence,
            _ => Path::Domicile,
        };
        let registering = *ev == Event::RegisterDomicile;
        let (card, _) = self.current_card()?;
        let (card_id, uses_pin, deck_failures) =
            (card.id.clone(), card.kind.uses_pin(), card.failures);
        self.path = Some(path);
        self.registering = registering;
        let failures = self.store.pin_failures(&card_id)?.unwrap_or(deck_failures);
        self.pin = PinCounter { failures };
        if !uses_pin {
            // iPhone: Face ID on the phone stands in for the PIN.
            return self.authenticate("Face ID confirmed on the phone");
        }
        if self.pin.is_locked() {
            let r = Refusal::new(
                Reason::PinLocked,
                &self.kiosk.municipality,
                &Detail::default(),
            );
            return Ok(self.refuse_terminal(r, Screen::Refusal));
        }
        self.go(Screen::Pin, "enter the 4-digit PIN")
    }

    fn enter_pin(&mut self, pin: &str) -> Result<String, SessionError> {
        if !is_pin_format(pin) {
            return Err(SessionError::Invalid("the PIN has exactly 4 digits".into()));
        }
        let (card, _) = self.current_card()?;
        let card_id = card.id.clone();
        let correct = card.pin.as_ref().is_some_and(|h| h.verify(pin));
        let at = stamp(self.clock.now());
        // The new count is durable before the result is shown: a wrong entry the resident
        // saw counted can never be lost, and only a correct entry resets it.
        if correct {
            if self.pin.failures > 0 {
                self.store.record_pin(&card_id, 0, &at)?;
            }
            self.pin.reset();
            return self.authenticate("PIN correct");
        }
        let mut counter = self.pin;
        counter.record_failure();
        self.store.record_pin(&card_id, counter.failures, &at)?;
        self.pin = counter;
        if self.pin.is_locked() {
            let r = Refusal::new(
                Reason::PinLocked,
                &self.kiosk.municipality,
                &Detail::default(),
            );
            return Ok(self.refuse_terminal(r, Screen::Refusal));
        }
        Ok(format!("wrong PIN: {} tries left", self.pin.tries_left()))
    }

    fn authenticate(&mut self, how: &str) -> Result<String, SessionError> {
        let today = self.clock.today();
        let m = &self.kiosk.municipality;
        let (card, holder) = self.current_card()?;
        let card_id = card.id.clone();
        if let Err(r) = eligibility::check_card(card, holder, m, today) {
            return Ok(self.refuse_terminal(r, Screen::Refusal));
        }
        let holder_id = holder.id.clone();
        let path = self.path.unwrap_or(Path::Residence);
        let ready = self
            .store
            .registration(&holder_id, &m.id)?
            .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
        let (_, holder) = self.current_card()?;
        if self.registering {
            return self.register(holder_id, how);
        }
        if let Err(r) = eligibility::check_person(holder, m, path, today, ready) {
            return Ok(self.refuse_terminal(r, Screen::Refusal));
        }
        self.card = Some(card_id);
        self.authenticated = true;
        self.go(
            Screen::RemoveCard,
            &format!("{how}: authorised, remove the card"),
        )
    }

    fn register(&mut self, holder_id: String, how: &str) -> Result<String, SessionError> {
        let m = &self.kiosk.municipality;
        let today = self.clock.today();
        let (_, holder) = self.current_card()?;
        // Registration is for Japanese nationals whose domicile is here and who live elsewhere.
        let refuse = if !holder.is_japanese() {
            Some(Reason::NotJapaneseNational)
        } else if holder.domicile.as_deref() != Some(m.id.as_str()) {
            Some(Reason::NoFamilyRegister)
        } else {
            [Flag::Deceased, Flag::SupportMeasures, Flag::GaijiPending]
                .into_iter()
                .find(|f| holder.has(*f))
                .map(|f| match f {
                    Flag::Deceased => Reason::Deceased,
                    Flag::SupportMeasures => Reason::SupportMeasures,
                    _ => Reason::GaijiPending,
                })
        };
        if let Some(reason) = refuse {
            let r = Refusal::new(reason, m, &Detail::default());
            return Ok(self.refuse_terminal(r, Screen::Refusal));
        }
        let ready = add_business_days(today, m.registration_business_days);
        let rec = Record::Registration {
            person: holder_id,
            municipality: m.id.clone(),
            applied_on: today.format("%Y-%m-%d").to_string(),
            ready_on: ready.format("%Y-%m-%d").to_string(),
        };
        self.store.append(&rec)?;
        self.go(
            Screen::Registered,
            &format!(
                "{how}: registration accepted, usable from {}; remove the card",
                ready.format("%Y-%m-%d")
            ),
        )
    }

    fn choose_certificate(&mut self, kind: CertificateKind) -> Result<String, SessionError> {
        let m = &self.kiosk.municipality;
        let Some(holder) = self.holder() else {
            return Err(SessionError::Invalid("no authorised card".into()));
        };
        let path = self.path.unwrap_or(Path::Residence);
        // Tax years are checked with the options; the rest now.
        if let Err(r) =
            eligibility::check_certificate(kind, None, holder, m, path, self.clock.now())
            && r.reason != Reason::NoTaxRecord
        {
            return Ok(self.refuse_recoverable(r));
        }
        let fee_yen = m.fee(kind).unwrap_or(0);
        self.current = Some(Selection {
            kind,
            options: CertOptions::default(),
            copies: 0,
            fee_yen,
        });
        if has_options(kind) {
            self.go(
                Screen::Options,
                &format!("{}: choose the options", kind.code()),
            )
        } else {
            self.go(
                Screen::Copies,
                &format!("{}: how many copies?", kind.code()),
            )
        }
    }

    fn choose_options(&mut self, o: CertOptions) -> Result<String, SessionError> {
        let Some(holder) = self.holder().cloned() else {
            return Err(SessionError::Invalid("no authorised card".into()));
        };
        let Some(kind) = self.current.as_ref().map(|s| s.kind) else {
            return Err(self.illegal("Options"));
        };
        let m = &self.kiosk.municipality;
        let reg = &self.kiosk.registry;
        let mut o = o;
        match kind {
            CertificateKind::ResidentCertificate => {
                if let Scope::Members(ids) = &o.scope {
                    if ids.is_empty() {
                        return Err(SessionError::Invalid("choose at least one member".into()));
                    }
                    for id in ids {
                        let ok = reg.persons.get(id).is_some_and(|p| {
                            p.household.is_some()
                                && p.household == holder.household
                                && !p.has(Flag::Deceased)
                                && !p.has(Flag::MovedOut)
                        });
                        if !ok {
                            return Err(SessionError::Invalid(format!(
                                "`{id}` is not a current member of the holder's household"
                            )));
                        }
                    }
                }
                let allowed = m.offers.get(&kind).is_some_and(|x| x.my_number_option);
                if o.my_number && !allowed {
                    return Err(SessionError::Invalid(format!(
                        "{} does not print the My Number at the kiosk",
                        m.name_en
                    )));
                }
            }
            CertificateKind::TaxCertificate => {
                let offered = m.tax_years_offered(self.clock.today());
                let year = o.year.or_else(|| offered.first().copied());
                let Some(year) = year.filter(|y| offered.contains(y)) else {
                    return Err(SessionError::Invalid(format!(
                        "fiscal year not offered now; offered: {offered:?}"
                    )));
                };
                o.year = Some(year);
                let path = self.path.unwrap_or(Path::Residence);
                if let Err(r) = eligibility::check_certificate(
                    kind,
                    Some(year),
                    &holder,
                    m,
                    path,
                    self.clock.now(),
                ) {
                    return Ok(self.refuse_recoverable(r));
                }
            }
            CertificateKind::FamilyRegister | CertificateKind::FamilyRegisterAppendix => {
                if let Some(pid) = &o.person {
                    let in_register = reg.register_members(&holder).iter().any(|p| &p.id == pid);
                    if !in_register {
                        return Err(SessionError::Invalid(format!(
                            "`{pid}` is not in the holder's family register"
                        )));
                    }
                }
                if o.extent == Extent::Individual && o.person.is_none() {
                    o.person = Some(holder.id.clone());
                }
            }
            CertificateKind::SealCertificate => {}
        }
        if let Some(cur) = self.current.as_mut() {
            cur.options = o;
        }
        self.go(Screen::Copies, "how many copies?")
    }

    fn choose_copies(&mut self, n: u32) -> Result<String, SessionError> {
        let max = self.kiosk.municipality.max_copies;
        if n == 0 || n > max {
            return Err(SessionError::Invalid(format!("copies must be 1 to {max}")));
        }
        let Some(mut sel) = self.current.take() else {
            return Err(self.illegal("Copies"));
        };
        sel.copies = n;
        self.basket.push(sel);
        let total = self.total_yen();
        self.go(Screen::Confirm, &format!("total ¥{total}"))
    }

    fn insert(&mut self, yen: u32) -> Result<String, SessionError> {
        let v = &self.kiosk.vendor;
        let (accepted, max, has_change) = (
            v.accepted_yen.clone(),
            v.max_inserted_yen,
            !self.faults.no_change,
        );
        let Some(p) = self.payment.as_mut() else {
            return Err(self.illegal("Insert"));
        };
        match p.insert(yen, &accepted, max, has_change) {
            Ok(()) => {}
            Err(
                e @ (InsertRejected::Denomination(_)
                | InsertRejected::NoChange
                | InsertRejected::TooMuch(_)
                | InsertRejected::AlreadyPaid),
            ) => {
                self.rejected_yen += yen;
                return Ok(format!("¥{yen} returned: {e}"));
            }
        }
        if !p.is_paid() {
            return Ok(format!("¥{yen} in; ¥{} to go", p.remaining_yen()));
        }
        // Last moment to refuse: hours are checked above; nothing is refunded from here on.
        self.printing = Some((0, 0));
        self.go(Screen::Printing, "paid: printing (do not leave)")
    }

    fn printer_step(&mut self) -> Result<String, SessionError> {
        let Some((sel_index, copies_done)) = self.printing else {
            return Err(self.illegal("PrinterStep"));
        };
        let Some(sel) = self.basket.get(sel_index).cloned() else {
            return self.end_printing(None);
        };
        if let Some((f, after)) = self.faults.printer
            && self.print_progress().0 >= after
        {
            self.faults.printer = None;
            return self.end_printing(Some(f));
        }
        let (card_id, holder_id) = {
            let Some(card) = self
                .card
                .as_ref()
                .and_then(|c| self.kiosk.registry.cards.get(c))
            else {
                return Err(SessionError::Invalid("no authorised card".into()));
            };
            (card.id.clone(), card.holder.clone())
        };
        let now = self.clock.now();
        if copies_done == 0 {
            let number = self.store.begin_issue(IssueStartedFields {
                session: self.id.clone(),
                card: card_id.clone(),
                holder: holder_id.clone(),
                certificate: sel.kind.code().to_string(),
                copies: sel.copies,
                fee_yen: sel.fee_yen * sel.copies,
                at: stamp(now),
            })?;
            self.issued.push(IssuedDocument {
                selection: sel.clone(),
                issue_number: number,
                printed: 0,
                pages: 0,
                files: Vec::new(),
                holder: holder_id.clone(),
            });
        }
        let Some(doc) = self.issued.last().cloned() else {
            return Err(SessionError::Printer("no issue in progress".into()));
        };
        let req = PrintRequest {
            issue_number: doc.issue_number,
            selection: sel.clone(),
            copy: copies_done + 1,
            card: card_id,
            holder: holder_id.clone(),
            issued_at: now,
            municipality: self.kiosk.municipality.id.clone(),
        };
        let printed = self
            .printer
            .print(&req, &self.kiosk)
            .map_err(SessionError::Printer)?;
        // The 2023 incident: a document must never carry another person's data.
        if printed.document_holder != holder_id {
            return Err(SessionError::Printer(format!(
                "document for {} does not match the card's holder: withheld",
                doc.issue_number
            )));
        }
        let done_now = copies_done + 1;
        if !printed.codes.is_empty() {
            self.store.append(&Record::CopyPrinted {
                issue: doc.issue_number,
                copy: done_now,
                sheets: printed.codes.len() as u32,
                codes: printed.codes.clone(),
                at: stamp(now),
            })?;
        }
        self.charged_yen += sel.fee_yen;
        if let Some(d) = self.issued.last_mut() {
            d.printed = done_now;
            d.pages = printed.pages;
            d.files.extend(printed.file.clone());
        }
        if done_now == sel.copies {
            self.store.append(&Record::IssueDone {
                issue: doc.issue_number,
                printed_copies: done_now,
                pages: printed.pages,
                charged_yen: sel.fee_yen * done_now,
                content_hash: printed.content_hash,
                at: stamp(now),
            })?;
            self.printing = Some((sel_index + 1, 0));
            if sel_index + 1 == self.basket.len() {
                return self.end_printing(None);
            }
        } else {
            self.printing = Some((sel_index, done_now));
        }
        let (done, total) = self.print_progress();
        Ok(format!("printed {done} of {total}"))
    }

    fn end_printing(&mut self, fault: Option<Fault>) -> Result<String, SessionError> {
        // A selection cut short by a fault is recorded with the copies actually printed.
        if let (Some(_), Some((i, done))) = (fault, self.printing)
            && done > 0
            && let (Some(sel), Some(doc)) = (self.basket.get(i), self.issued.last())
        {
            self.store.append(&Record::IssueDone {
                issue: doc.issue_number,
                printed_copies: done,
                pages: doc.pages,
                charged_yen: sel.fee_yen * done,
                content_hash: String::new(),
                at: stamp(self.clock.now()),
            })?;
        }
        self.printing = None;
        self.fault_hit = fault;
        let paid = self.paid_yen();
        self.change_yen = paid.saturating_sub(self.charged_yen);
        let any = self.issued.iter().any(|d| d.printed > 0);
        self.finish(if any {
            Status::Issued
        } else {
            Status::Cancelled
        });
        self.screen = Screen::TakeItems;
        Ok(match fault {
            None => format!(
                "printing done: take your certificates, card and ¥{} change",
                self.change_yen
            ),
            Some(f) => format!(
                "printer stopped ({f:?}): charged ¥{} for what was printed, ¥{} returned; call the store staff",
                self.charged_yen, self.change_yen
            ),
        })
    }
}

fn has_options(kind: CertificateKind) -> bool {
    !matches!(kind, CertificateKind::SealCertificate)
}

fn stamp(t: DateTime<Tz>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// Hex SHA-256 of printed content (first 16 bytes), as recorded in the journal.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}
