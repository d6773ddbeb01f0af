//! Everything that can happen in the window, as one type. Views (the panel's screens, the
//! machine's parts, the trainer console, the questionnaire) and the keyboard turn what a person
//! did into a [`Msg`]; [`crate::window::KioskApp::update`] is the one place that carries it out.
//! The recorder, the speech guide and the status line learn what happened from these messages
//! and from the session's [`crate::domain::session::Step`]s, never by comparing state.
//!
//! Decisions:
//! - A control carries its message when it is drawn ([`crate::window::widgets::Drawn::msg`]),
//!   so the keypad's ○ does what a tap on the highlighted control does, in the same frame,
//!   without a flag read by the next draw.
//! - Choices that stay on the panel until the screen's main action (the options, the copies,
//!   the PIN digits) are messages too: a recording sees them, and one home
//!   ([`crate::window::screens::Draft`]) keeps their rules.

use crate::domain::session::{Event, Extent};
use crate::window::app::PadKey;
use crate::window::machine;
use crate::window::questionnaire::Intent;
use crate::window::trainer;

/// One thing that happened in the window.
#[derive(Debug, Clone)]
pub enum Msg {
    /// Feed these events to the session, in order (a panel button; stops at the first refused).
    Send(Vec<Event>),
    /// The PIN pad's OK: the digits typed so far go to the session (they are not copied into
    /// the control, so no drawn control holds a PIN).
    SubmitPin,
    /// The session is over: "Finish" starts the next one (home screen, default language).
    Restart,
    /// Leave a refusal the resident could have gone back from: end the session refused.
    WalkAway,
    /// Show this page of a paged screen.
    Page(usize),
    /// Open (true) or close the home menu's language list.
    ShowLanguages(bool),
    /// A key of the PIN pad on the panel: a digit, or `None` for Clear.
    PinKey(Option<u8>),
    /// A choice on the options screen (kept until "Next" sends them).
    Choose(Choice),
    /// − (−1) or + (+1) on the copies screen.
    CopiesStep(i32),
    /// The header's display toggles.
    Display(Display),
    /// An answer on the questionnaire after a recorded session.
    Questionnaire(Intent),
    /// A key of the machine's keypad or the keyboard mapped onto it.
    Key(PadKey),
    /// Something done to the machine's parts (reader, slot, trays, headset jack).
    Machine(machine::Command),
    /// Something the trainer did on the console.
    Trainer(trainer::Command),
}

impl Msg {
    /// One event for the session.
    pub fn send(ev: Event) -> Self {
        Msg::Send(vec![ev])
    }
}

/// A display toggle on the panel's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Display {
    /// Large text on or off.
    LargeText,
    /// High contrast on or off.
    HighContrast,
}

/// A choice on the options screen. Toggles say the value chosen (not "flip"), so a message
/// replays to the same state whatever came before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Resident certificate: whose entries (0 the holder, 1 the household, 2 chosen members).
    Scope(u8),
    /// Resident certificate: a member (person id) in or out of the chosen members.
    Member(String, bool),
    /// One of the optional lines on or off.
    Line(Line, bool),
    /// Tax certificate: the fiscal year.
    Year(i32),
    /// Family register: whole or individual.
    Extent(Extent),
    /// Family register, individual: whose (person id).
    Person(String),
}

/// An optional line of a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// 続柄 (relationship to the householder).
    Relationship,
    /// 本籍・筆頭者.
    Domicile,
    /// 国籍・地域.
    Nationality,
    /// 在留資格.
    ResidenceStatus,
    /// 在留カード番号.
    ResidenceCard,
    /// 個人番号.
    MyNumber,
}
