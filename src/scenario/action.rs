//! What one step of a scenario does ([`Action`]), and the step as located in its file.

use std::ops::Range;

use crate::domain::keypad::PadKey;
use crate::domain::municipality::CertificateKind;
use crate::domain::session::{CertOptions, Fault};
use crate::domain::vendor::look::OtherService;

/// What a step does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// `language`: choose the screen language.
    Language(String),
    /// `services`: "Administrative services".
    Services,
    /// `other_service`: another service on the home menu (`value = "copy"`, …): a wrong turn.
    OtherService(OtherService),
    /// `cert_issue`: "Cert. issue service (convenience store)".
    CertIssue,
    /// `consent`: Sharp's notice (ignored on machines without it).
    Consent,
    /// `place_card`: the scenario's card, or `value = "card-id"`.
    PlaceCard(Option<String>),
    /// `next`: Sharp's "Next" after the card (ignored on machines without it).
    Next,
    /// `residence`
    Residence,
    /// `domicile`
    Domicile,
    /// `register_domicile`
    RegisterDomicile,
    /// `pin`: the 4 digits (never echoed anywhere).
    Pin(String),
    /// `pin` with `value = "correct"` (true) or `"wrong"` (false): resolved against the deck's
    /// card when it runs, so a recorded session's scenario holds no PIN.
    PinFromDeck(bool),
    /// `remove_card`
    RemoveCard,
    /// `certificate`, with `options`.
    Certificate(CertificateKind, Option<CertOptions>),
    /// `options`: "Next" on the options screen with these `options` (a recording writes it when
    /// the participant came back to the options screen, e.g. with Back from the copies).
    Options(CertOptions),
    /// `copies`
    Copies(u32),
    /// `another`: choose another certificate from the confirmation.
    Another,
    /// `confirm`
    Confirm,
    /// `insert`: yen.
    Insert(u32),
    /// `take_items`
    TakeItems,
    /// `back`
    Back,
    /// `cancel`
    Cancel,
    /// `wait`: `seconds = N` of simulated time.
    Wait(u32),
    /// `extend`: "Extend time" on the inactivity warning.
    Extend,
    /// `fault`: inject a fault (`after_copies` for printer faults).
    Fault(Fault, u32),
    /// `clear_fault`: the store's staff clear a printer fault that stopped the job.
    ClearFault,
    /// `key`: a key of the machine's keypad, as a keypad-only user presses it (2 and 8 move
    /// the panel's highlight, ○ does what it shows). Only a driver with a panel can play it.
    Key(PadKey),
}

/// One located step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepSpec {
    /// What it does.
    pub action: Action,
    /// The `note = "…"` for walkthrough reports.
    pub note: Option<String>,
    /// Where the step is written (byte span in the file).
    pub span: Range<usize>,
}
