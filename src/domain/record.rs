//! The vocabulary the session and its [`crate::domain::store::Store`] share: issue numbers,
//! the records a kiosk remembers (PIN counts, issues, registrations, session start and end) and
//! the error a store reports. The files that hold them live in `crate::store`.

use std::fmt;
use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// A certificate issue number, unique across every process sharing a state folder.
///
/// Displayed as `S` followed by at least 9 zero-padded digits (`S000000123`); "S" stands for
/// specimen. In JSON it is the bare number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct IssueNumber(pub u64);

impl fmt::Display for IssueNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "S{:09}", self.0)
    }
}

impl IssueNumber {
    /// Parses the display form (`S000000123`). Only the canonical form is accepted: a capital
    /// `S`, then the number zero-padded to 9 digits (more digits only when the number needs
    /// them). No surrounding whitespace.
    pub fn parse(s: &str) -> Option<Self> {
        let digits = s.strip_prefix('S')?;
        if digits.len() < 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let number = Self(digits.parse().ok()?);
        (number.to_string() == s).then_some(number)
    }
}

/// One journal entry. Serialized as JSON with a `type` tag in snake case
/// (`{"type":"pin","card":"…","failures":1,"at":"…"}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record {
    /// A customer session began at a kiosk.
    SessionStarted {
        /// Session id.
        session: String,
        /// Kiosk id.
        kiosk: String,
        /// Timestamp.
        at: String,
        /// Municipality the session deals with.
        municipality: String,
        /// Store vendor.
        vendor: String,
    },
    /// The PIN failure counter of a card; the last record for a card is its current value.
    Pin {
        /// Card id.
        card: String,
        /// Consecutive failures so far.
        failures: u8,
        /// Timestamp.
        at: String,
    },
    /// An issue was allocated a number and is about to print. Written by
    /// the store's `begin_issue`.
    IssueStarted {
        /// The allocated issue number.
        issue: IssueNumber,
        /// Session id.
        session: String,
        /// Card used.
        card: String,
        /// Person the certificate is about.
        holder: String,
        /// Certificate kind.
        certificate: String,
        /// Copies ordered.
        copies: u32,
        /// Fee due, in yen.
        fee_yen: u32,
        /// Timestamp.
        at: String,
    },
    /// An issue finished printing.
    IssueDone {
        /// The issue number from the matching [`Record::IssueStarted`].
        issue: IssueNumber,
        /// Copies actually printed.
        printed_copies: u32,
        /// Pages printed.
        pages: u32,
        /// Amount charged, in yen.
        charged_yen: u32,
        /// Hash of the printed content, for later verification.
        content_hash: String,
        /// Why the issue ended before all its copies were printed, when the output failed
        /// (absent in records of a complete issue or a printer fault).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        failed: Option<String>,
        /// Timestamp.
        at: String,
    },
    /// A person applied for kiosk use of their registered domicile.
    Registration {
        /// Person id.
        person: String,
        /// Municipality of the registered domicile.
        municipality: String,
        /// Date of the application.
        applied_on: String,
        /// Date from which the kiosk may issue.
        ready_on: String,
    },
    /// One copy of an issue came out of the printer: its sheets and the verification code
    /// printed on the back of each sheet (what `kofu verify` checks a file against).
    CopyPrinted {
        /// Issue number.
        issue: IssueNumber,
        /// 1-based copy index.
        copy: u32,
        /// Sheets (front pages) of the copy.
        sheets: u32,
        /// Verification code of each sheet, in order.
        codes: Vec<String>,
        /// Digest of what each page of the file draws, in order
        /// (`crate::certificate::drawn`); absent in records of kofu before 0.2.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        drawn: Vec<String>,
        /// Timestamp.
        at: String,
    },
    /// A customer session ended.
    SessionEnded {
        /// Session id.
        session: String,
        /// Final status.
        status: String,
        /// Why, when the status needs a reason.
        reason: Option<String>,
        /// Money paid in, in yen.
        paid_yen: u32,
        /// Change returned, in yen.
        change_yen: u32,
        /// Timestamp.
        at: String,
    },
}

impl Record {
    /// The issue number of an [`Record::IssueStarted`] or [`Record::IssueDone`] record.
    pub fn issue_number(&self) -> Option<IssueNumber> {
        match self {
            Self::IssueStarted { issue, .. } | Self::IssueDone { issue, .. } => Some(*issue),
            _ => None,
        }
    }
}

/// The fields of a [`Record::IssueStarted`] except the issue number, which
/// the store's `begin_issue` allocates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueStartedFields {
    /// Session id.
    pub session: String,
    /// Card used.
    pub card: String,
    /// Person the certificate is about.
    pub holder: String,
    /// Certificate kind.
    pub certificate: String,
    /// Copies ordered.
    pub copies: u32,
    /// Fee due, in yen.
    pub fee_yen: u32,
    /// Timestamp.
    pub at: String,
}

impl IssueStartedFields {
    /// The [`Record::IssueStarted`] with the given issue number.
    pub fn into_record(self, issue: IssueNumber) -> Record {
        Record::IssueStarted {
            issue,
            session: self.session,
            card: self.card,
            holder: self.holder,
            certificate: self.certificate,
            copies: self.copies,
            fee_yen: self.fee_yen,
            at: self.at,
        }
    }
}

/// Something went wrong with the state folder: nothing the kiosk remembers may be lost, so
/// the session stops and says so.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// An operating-system call on a file of the state folder failed.
    #[error("state I/O error on {}: {source}", path.display())]
    Io {
        /// The file or folder involved.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// A record could not be turned into JSON.
    #[error("cannot encode a state record: {0}")]
    Encode(#[source] serde_json::Error),
    /// A complete line of a legacy journal being imported fails its checksum or framing:
    /// damage, not a crash (a crash only tears the last line, which has no newline). The
    /// import stops rather than carry an older or different PIN count into the database.
    #[error(
        "journal {} is damaged at byte {offset}: a record fails its checksum; the kiosk will \
         not guess what it said (move the state folder away, or restore it from a backup)",
        path.display()
    )]
    Damaged {
        /// The journal file.
        path: PathBuf,
        /// Byte offset of the damaged line.
        offset: u64,
    },
    /// A file of the state folder is damaged: the database fails SQLite's quick check, a row
    /// fails its checksum, or the database is older than its seal. The kiosk stops rather
    /// than read an older or different PIN count or issue number.
    #[error(
        "state folder {} is damaged: {what}; the kiosk will not guess what it said (move the \
         state folder away, or restore it from a backup)",
        path.display()
    )]
    StateDamaged {
        /// The file found damaged.
        path: PathBuf,
        /// What is wrong, in a sentence.
        what: String,
    },
    /// SQLite refused an operation for a reason that is not damage (a lock held too long,
    /// a full disk, a permission).
    #[error("state database {}: {message}", path.display())]
    Database {
        /// The database file.
        path: PathBuf,
        /// SQLite's message.
        message: String,
    },
    /// The store did not answer in time or lost its connection (a class database stopped or
    /// cut off): what the call would have decided is unknown to the session, which goes out
    /// of service until the store answers again (the window's worker store).
    #[error("state database {} cannot be reached: {message}", path.display())]
    Unreachable {
        /// The database (its URL without the password).
        path: PathBuf,
        /// What happened.
        message: String,
    },
    /// A store's `append` was given an [`Record::IssueStarted`] whose number is taken.
    #[error("issue {0} has already been started")]
    DuplicateIssue(IssueNumber),
    /// A store's `append` was given an [`Record::IssueDone`] for an issue never started.
    #[error("issue {0} was never started")]
    UnknownIssue(IssueNumber),
    /// A store's `append` was given a second [`Record::IssueDone`] for an issue.
    #[error("issue {0} is already done")]
    IssueAlreadyDone(IssueNumber),
    /// Every `u64` issue number has been used.
    #[error("no issue numbers left")]
    IssueNumbersExhausted,
}
