//! The names of a scenario step's `do` (DESIGN.md "Scenario file", assets/README.md "Scenario
//! files"): one enum whose snake_case names strum derives once. The parser reads a step's `do`
//! into it, the recorder writes it, the outcome's `skipped` and the reports show it, so a name
//! has one home and `tests/names/` pins each.

use serde::Serialize;
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::Action;

/// What a step's `do` says. Declared in the order the error for an unknown step lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, IntoStaticStr, EnumString, EnumIter)]
#[serde(into = "&'static str")]
#[strum(serialize_all = "snake_case")]
pub enum StepKind {
    /// `language`: choose the screen language.
    Language,
    /// `services`: "Administrative services".
    Services,
    /// `other_service`: another service on the home menu (a wrong turn).
    OtherService,
    /// `cert_issue`: "Cert. issue service (convenience store)".
    CertIssue,
    /// `consent`: Sharp's notice.
    Consent,
    /// `place_card`: a card on the reader.
    PlaceCard,
    /// `next`: Sharp's "Next" after the card.
    Next,
    /// `residence`: certificates of the municipality of residence.
    Residence,
    /// `domicile`: certificates of the registered domicile.
    Domicile,
    /// `register_domicile`: register for kiosk use of domicile certificates.
    RegisterDomicile,
    /// `pin`: four digits, or `correct` / `wrong` against the deck.
    Pin,
    /// `remove_card`: the card off the reader.
    RemoveCard,
    /// `certificate`: a certificate on the list, with its options.
    Certificate,
    /// `options`: "Next" on the options screen with these options.
    Options,
    /// `copies`: the number of copies.
    Copies,
    /// `another`: one more certificate from the confirmation.
    Another,
    /// `confirm`: confirm the selections and total.
    Confirm,
    /// `insert`: a coin or note.
    Insert,
    /// `take_items`: card, certificates and change taken.
    TakeItems,
    /// `back`: the panel's Back.
    Back,
    /// `cancel`: the panel's Cancel.
    Cancel,
    /// `wait`: simulated seconds pass.
    Wait,
    /// `extend`: "Extend time" on the inactivity warning.
    Extend,
    /// `fault`: a trainer's injected fault.
    Fault,
    /// `clear_fault`: the store's staff clear the printer's jam or load paper.
    ClearFault,
    /// `key`: a key of the machine's keypad (the panel's highlight decides what it does).
    Key,
}

impl StepKind {
    /// The `do` name, as written in a scenario file.
    pub fn name(self) -> &'static str {
        self.into()
    }
}

impl Action {
    /// Which `do` the step is (a PIN by digits and one resolved against the deck are both `pin`).
    pub fn kind(&self) -> StepKind {
        match self {
            Action::Language(_) => StepKind::Language,
            Action::Services => StepKind::Services,
            Action::OtherService(_) => StepKind::OtherService,
            Action::CertIssue => StepKind::CertIssue,
            Action::Consent => StepKind::Consent,
            Action::PlaceCard(_) => StepKind::PlaceCard,
            Action::Next => StepKind::Next,
            Action::Residence => StepKind::Residence,
            Action::Domicile => StepKind::Domicile,
            Action::RegisterDomicile => StepKind::RegisterDomicile,
            Action::Pin(_) | Action::PinFromDeck(_) => StepKind::Pin,
            Action::RemoveCard => StepKind::RemoveCard,
            Action::Certificate(..) => StepKind::Certificate,
            Action::Options(_) => StepKind::Options,
            Action::Copies(_) => StepKind::Copies,
            Action::Another => StepKind::Another,
            Action::Confirm => StepKind::Confirm,
            Action::Insert(_) => StepKind::Insert,
            Action::TakeItems => StepKind::TakeItems,
            Action::Back => StepKind::Back,
            Action::Cancel => StepKind::Cancel,
            Action::Wait(_) => StepKind::Wait,
            Action::Extend => StepKind::Extend,
            Action::Fault(..) => StepKind::Fault,
            Action::Key(_) => StepKind::Key,
            Action::ClearFault => StepKind::ClearFault,
        }
    }

    /// The step's `do` name (a thin wrapper: the play loop, the outcome and the reports call it).
    pub fn name(&self) -> &'static str {
        self.kind().name()
    }
}
