//! What a class's stations and instructor exchange: a station's state, a station as the
//! instructor sees it, a notice of a change, and the instructor's commands.

use serde::{Deserialize, Serialize};

/// What a station shows of itself: everything the instructor's tile and the class JSON say.
/// Names here are the trainee's or participant's as the trainer typed them (staff, not
/// residents); none of them reaches a NOTIFY payload.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StationState {
    /// The trainee at the station, if the console names one.
    pub trainee: Option<String>,
    /// The research participant, if a study is recording.
    pub participant: Option<String>,
    /// The study condition the station runs.
    pub condition: Option<String>,
    /// The session on show (its id).
    pub session: Option<String>,
    /// The screen's code (`pin`, `payment`, …).
    pub screen: String,
    /// The step of the seven the screen belongs to (1–7; 0 before the flow starts).
    pub step: u8,
    /// The code of the last effect the session reported.
    pub last_effect: Option<String>,
    /// The reason code of the refusal on show, if any.
    pub refusal: Option<String>,
    /// The exercise running, if any.
    pub exercise: Option<String>,
    /// Exercise questions answered so far at this station.
    pub answered: u32,
    /// How many of them were right.
    pub correct: u32,
    /// Whether the last answer was right (none before the first).
    pub last_answer_correct: Option<bool>,
    /// The simulated clock is paused.
    pub paused: bool,
}

/// An instructor's command to one station or all: what a kiosk's own trainer console can do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "kebab-case")]
pub enum ClassCommand {
    /// Start an exercise (its id in the exercise book).
    StartExercise {
        /// The exercise's id.
        exercise: String,
    },
    /// Inject a fault (its scenario code: `paper-jam`, `out-of-paper`, …).
    InjectFault {
        /// The fault's code.
        fault: String,
    },
    /// Pause the simulated clock.
    Pause,
    /// Let the simulated clock run again.
    Resume,
    /// Set the simulated clock (RFC 3339).
    SetClock {
        /// The time to set.
        at: String,
    },
    /// End the session on show (the next one starts at the home screen).
    EndSession,
}

/// A command as a station reads it: a command this kofu does not know (a newer instructor's)
/// is kept as its text, to be acknowledged as unknown rather than to stop the station.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandRow {
    /// Its number (acknowledged by it).
    pub seq: i64,
    /// The station it is for; `None`: every station.
    pub station: Option<String>,
    /// The command, or its JSON when this kofu cannot read it.
    pub command: Result<ClassCommand, String>,
}

/// A station as the instructor sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StationRow {
    /// The station's name (`--station`, default the host name).
    pub name: String,
    /// What it published last.
    #[serde(flatten)]
    pub state: StationState,
    /// Milliseconds since its last heartbeat or publication.
    pub silent_ms: i64,
    /// Milliseconds on the screen it shows.
    pub on_screen_ms: i64,
}

impl StationRow {
    /// Silent this long, a station is shown as lost (issue 25: 10 s).
    pub const LOST_AFTER_MS: i64 = 10_000;

    /// True when the station has not been heard from for [`Self::LOST_AFTER_MS`].
    pub fn lost(&self) -> bool {
        self.silent_ms >= Self::LOST_AFTER_MS
    }
}

/// A station's change as the `kofu_station` notification says it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct StationNotice {
    /// The station that changed.
    pub station: String,
    /// Its screen now.
    pub screen: String,
}
