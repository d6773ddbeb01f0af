//! The timeline of a recorded session (DESIGN.md "Recording a session"): what a person did at
//! the kiosk, when, where on the panel, and what came of it. The window's recorder writes it,
//! `kofu study` reads it; both share these types so the file has one definition.
//!
//! Decisions:
//! - Times are real milliseconds from the session's first input (`t_ms`), because time on task
//!   is a person's time; the simulated clock only appears as `simulated_start`.
//! - A tap's position is in the panel's logical pixels (1024×768, top-left origin), so heat maps
//!   of sessions run at different window sizes or zooms fall on the same picture.
//! - No field can hold a name, a PIN or a My Number: a PIN digit is an input with target
//!   [`PIN_KEY`] and no digit, and the outcome's personal fields are dropped
//!   ([`Timeline::outcome`] keeps status, reason, screens and money only).

use serde::{Deserialize, Serialize};

/// The target of every key of a PIN pad (the panel's, the keypad's or the keyboard's digit on
/// the PIN screen): which digit was pressed is never recorded.
pub const PIN_KEY: &str = "PIN key";

/// Statuses that count as the task done (`kofu study`'s completion rate).
pub const COMPLETED: [&str; 2] = ["issued", "registered"];

/// The timeline format this build writes. Version 1 files (which carry no `version`) read
/// the same: every field added since is optional with a stated default.
pub const TIMELINE_VERSION: u32 = 2;

fn version_1() -> u32 {
    1
}

/// One recorded session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// The format's version ([`TIMELINE_VERSION`]; absent in version 1 files).
    #[serde(default = "version_1")]
    pub version: u32,
    /// The scenario file beside it (`<name>.toml`) that `kofu run` replays.
    pub scenario: String,
    /// The study design the session belongs to (`--participant`, `--task`, `--condition`);
    /// all absent when the window was not given them.
    #[serde(flatten)]
    pub design: Design,
    /// Vendor profile id (or the file it came from).
    pub vendor: String,
    /// Municipality profile id.
    pub municipality: String,
    /// Screen language at the end of the session.
    pub lang: String,
    /// `normal`, `large_text`, `high_contrast` or `large_text+high_contrast`.
    pub display: String,
    /// When the first input came, real time (RFC 3339).
    pub started_at: String,
    /// The simulated clock when the session started (RFC 3339).
    pub simulated_start: String,
    /// Every input, in order.
    pub inputs: Vec<Input>,
    /// Every screen shown, in order, with its entry and exit times.
    pub screens: Vec<ScreenVisit>,
    /// The observer's notes.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The participant's questionnaire, once answered.
    #[serde(default)]
    pub answers: Answers,
    /// The session's outcome (the fields of `kofu run`'s JSON a study needs).
    pub outcome: OutcomeSummary,
}

/// Who did which task under which condition: a study's design fields, chosen by the moderator
/// (`--participant ID --task NAME --condition NAME`, or the console's recording section). Each
/// is free text; absent means not given (a study groups such sessions under no condition).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Design {
    /// The participant's id (never a name: the moderator chooses a code such as `P07`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<String>,
    /// The task given to the participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    /// The study condition (a design variant the researcher compares).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
}

/// One input a person made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Input {
    /// Real milliseconds since the session's first input.
    pub t_ms: u64,
    /// `tap` (panel), `key` (keyboard), `keypad` (the machine's keypad) or `machine`
    /// (card reader, coin slot, trays).
    pub kind: InputKind,
    /// Panel x in logical pixels (taps only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<f32>,
    /// Panel y in logical pixels (taps only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<f32>,
    /// The screen on show (`Screen::name`; `warning` while the inactivity warning is up,
    /// `language_list` while the home menu's language list is open, `questionnaire` after the
    /// session).
    pub screen: String,
    /// The accessible name of the control hit, or the key or machine part; `None` for a tap on
    /// no control (a miss).
    pub target: Option<String>,
    /// The control was drawn but disabled (the tap did nothing: `kofu study` counts it a miss).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub disabled: bool,
    /// The scenario step the input caused (`services`, `pin`, …), if any.
    pub event: Option<String>,
}

/// What kind of input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// A touch (or click) on the panel.
    Tap,
    /// A key of the computer's keyboard.
    Key,
    /// A key of the machine's keypad.
    Keypad,
    /// Card reader, coin and note slot, output and change trays.
    Machine,
}

/// A screen's time on show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScreenVisit {
    /// `Screen::name` (or `warning`).
    pub screen: String,
    /// Real milliseconds since the first input when it appeared.
    pub entered_ms: u64,
    /// When it was left (the session's end for the last one).
    pub left_ms: u64,
}

/// An observer's note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// Real milliseconds since the first input.
    pub t_ms: u64,
    /// What the observer wrote.
    pub text: String,
}

/// The participant's questionnaire.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Answers {
    /// Single Ease Question, 1 (very difficult) to 7 (very easy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seq: Option<u8>,
    /// System Usability Scale: the ten items in order, each 1 (strongly disagree) to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sus: Option<Vec<u8>>,
}

/// The outcome fields a study uses (the same names as `kofu run`'s JSON).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OutcomeSummary {
    /// `issued`, `refused`, `cancelled`, `timed_out`, `registered` or `incomplete`.
    pub status: String,
    /// The refusal's reason code.
    #[serde(default)]
    pub reason: Option<String>,
    /// Screens in order (as `kofu run`).
    #[serde(default)]
    pub screens: Vec<String>,
    /// Fee charged or due.
    #[serde(default)]
    pub fee_yen: u32,
    /// Money inserted.
    #[serde(default)]
    pub paid_yen: u32,
    /// Certificates printed.
    #[serde(default)]
    pub documents: u32,
    /// PIN tries left at the end.
    #[serde(default)]
    pub pin_tries_left: u8,
    /// Errors a person could have avoided: `wrong_pin`, `payment_short`, `timed_out`, …
    #[serde(default)]
    pub errors: Vec<String>,
}

impl OutcomeSummary {
    /// Whether the task was done (a certificate issued or a domicile registered).
    pub fn completed(&self) -> bool {
        COMPLETED.contains(&self.status.as_str())
    }
}

/// The System Usability Scale score (0–100) of ten answers, scored the standard way (Brooke
/// 1996): odd items give answer − 1, even items 5 − answer, the sum times 2.5. `None` unless
/// there are exactly ten answers, each 1–5.
pub fn sus_score(answers: &[u8]) -> Option<f64> {
    if answers.len() != 10 || answers.iter().any(|a| !(1..=5).contains(a)) {
        return None;
    }
    let sum: u32 = answers
        .iter()
        .enumerate()
        .map(|(i, &a)| {
            if i % 2 == 0 {
                u32::from(a) - 1
            } else {
                5 - u32::from(a)
            }
        })
        .sum();
    Some(f64::from(sum) * 2.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sus_is_scored_the_standard_way() {
        // Best possible: agree with the odd (positive) items, disagree with the even ones.
        assert_eq!(sus_score(&[5, 1, 5, 1, 5, 1, 5, 1, 5, 1]), Some(100.0));
        assert_eq!(sus_score(&[1, 5, 1, 5, 1, 5, 1, 5, 1, 5]), Some(0.0));
        // Odd items 4,3,5,4,4 → 3,2,4,3,3 = 15; even items 2,1,2,3,1 → 3,4,3,2,4 = 16; 31 × 2.5.
        assert_eq!(sus_score(&[4, 2, 3, 1, 5, 2, 4, 3, 4, 1]), Some(77.5));
        assert_eq!(sus_score(&[3; 9]), None);
        assert_eq!(sus_score(&[0, 3, 3, 3, 3, 3, 3, 3, 3, 3]), None);
    }
}
