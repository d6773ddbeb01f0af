//! A refusal as the domain knows it: a stable [`Reason`] code and the typed facts that make it
//! concrete (dates, hours, the office to go to, a phone number, the button to press). It holds
//! no words: every sentence is rendered from `locales/*.ftl` with these facts by
//! `crate::i18n::refusal`, so the screen, the speech guide, the trainer's log, the walkthrough,
//! the handbook and the JSON outcome say the same thing.

use chrono::{DateTime, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::municipality::Municipality;
use crate::domain::office::Task;
use crate::domain::reason::Reason;
use crate::domain::registry::CardKind;

/// The national hotline that suspends a lost card (seed guide: "toll-free number: 0120-95-0178",
/// in eleven languages, 24 hours a day).
pub const SUSPENSION_HOTLINE: &str = "0120-95-0178";

/// Days within which a move-in must follow a move-out for the card to stay valid (DOMAIN.md).
pub const MOVE_IN_DAYS: u32 = 14;

/// The facts of one refusal. Only the fields a reason uses are set; the JSON outcome shows them
/// as `facts` (absent fields are left out).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facts {
    /// The card or certificate was valid until this day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    /// A domicile registration can be used from this day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ready_on: Option<NaiveDate>,
    /// The service opens again at this time (Japan time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reopens_at: Option<DateTime<Tz>>,
    /// Opening time of the hours the rule names (service hours or a certificate's window).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open: Option<NaiveTime>,
    /// Closing time of the same hours.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close: Option<NaiveTime>,
    /// First day of a stop (the year-end stop).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_from: Option<NaiveDate>,
    /// Last day of a stop.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_until: Option<NaiveDate>,
    /// The fiscal year asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fiscal_year: Option<i32>,
    /// Business days a domicile registration takes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_days: Option<u32>,
    /// Youngest age served.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u32>,
    /// Wrong PINs in a row before the lock.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_tries: Option<u8>,
    /// Days within which a procedure must follow (the move-in after a move-out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within_days: Option<u32>,
    /// The move-in notice a lapsed card's 90 days ran from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub move_in_notice: Option<NaiveDate>,
    /// The office to go to (an id of the municipality profile's `[[office]]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// The other offices that do the same (branch offices, weekdays only), in profile order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_offices: Vec<String>,
    /// A phone number to call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The smartphone that was placed on the reader.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<CardKind>,
    /// The first day this machine takes that smartphone (absent: it does not take it at all).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supported_from: Option<NaiveDate>,
    /// The refusal is of a domicile registration (a smartphone cannot register).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub for_registration: bool,
    /// The button the resident should press next time (its ftl key).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub button: Option<&'static str>,
}

/// What a refusal leaves the resident: the session is over, or (a refusal of one certificate)
/// they may go back to the certificate list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AfterRefusal {
    /// The session ends here.
    SessionEnds,
    /// "Back" returns to the certificate list; leaving ends the session refused.
    BackToList,
}

/// A refusal: the reason and its facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refusal {
    /// Stable reason code.
    pub reason: Reason,
    /// What makes it concrete (boxed: a refusal travels in `Result`s and effects).
    pub facts: Box<Facts>,
}

impl Refusal {
    /// The refusal for `reason` with the facts every refusal of that reason carries (the
    /// office for the next step, the limits the rule names); `extra` adds the facts of this
    /// case (dates, hours).
    pub fn new(reason: Reason, m: &Municipality, extra: Facts) -> Self {
        let mut f = extra;
        if let Some(task) = reason.office_task() {
            let mut ids = m.offices_for(task).into_iter().map(|o| o.id.clone());
            f.office = ids.next();
            f.other_offices = ids.collect();
        }
        match reason {
            Reason::OutOfServiceHours => {
                f.open = Some(m.calendar.hours.open);
                f.close = Some(m.calendar.hours.close);
            }
            Reason::PinLocked => f.max_tries = Some(crate::domain::card::PIN_MAX_FAILURES),
            Reason::UnderAge => f.min_age = Some(crate::domain::card::MIN_AGE),
            Reason::MovedOut => f.within_days = Some(MOVE_IN_DAYS),
            Reason::ContinuationLapsed => {
                f.within_days = Some(crate::domain::card_facts::CONTINUATION_DAYS);
            }
            Reason::CardSuspended => f.phone = Some(SUSPENSION_HOTLINE.to_string()),
            Reason::DomicileNotRegistered => {
                f.business_days = Some(m.registration_business_days);
                if f.ready_on.is_none() {
                    f.button = Some("path-register");
                }
            }
            _ => {}
        }
        Refusal {
            reason,
            facts: Box::new(f),
        }
    }
}

impl Reason {
    /// Which office the next step sends the resident to, if any.
    pub fn office_task(self) -> Option<Task> {
        use Reason as R;
        match self {
            R::CardExpired
            | R::CertificateExpired
            | R::CertificateRevoked
            | R::CardSuspended
            | R::PinLocked
            | R::CardUnreadable
            | R::CardNotYetUsable
            | R::ContinuationLapsed => Some(Task::Card),
            R::NoTaxRecord | R::TaxArrears => Some(Task::Tax),
            R::OutOfServiceHours
            | R::Maintenance
            | R::FamilyRegisterHours
            | R::UnderAge
            | R::MovedOut
            | R::SupportMeasures
            | R::Deceased
            | R::MovedInToday
            | R::GaijiPending
            | R::NoSealRegistration
            | R::NotOffered
            | R::CentreUnreachable => Some(Task::Counter),
            R::YearEndSuspension
            | R::NotResident
            | R::NoFamilyRegister
            | R::NotJapaneseNational
            | R::DomicileNotRegistered
            | R::RegistrationNotNeeded
            | R::SmartphoneNotSupported
            | R::NotTaxed => None,
        }
    }

    /// Whether the reason is about the holder's private circumstances (support measures,
    /// death): the public screen then says only that the card cannot be used here and where to
    /// ask; the rule itself is for the trainer.
    pub fn is_private(self) -> bool {
        matches!(self, Reason::SupportMeasures | Reason::Deceased)
    }
}
