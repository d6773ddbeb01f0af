//! The window's state, owned in parts: each part is one concern, so a view or a helper can be
//! handed the part it reads instead of the whole app. Only [`super::KioskApp::update`] (and the
//! frame's logic it runs from) changes them.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use super::{ClockCtl, LiveLine, LogLine, PadKey, PanelLayout, fit, update};
use crate::certificate::pdf::Renderer;
use crate::domain::machine::Machine;
use crate::domain::session::{Event, Kiosk, Session};
use crate::i18n::I18n;
use crate::research::recording::Recorder;
use crate::window::questionnaire::Questionnaire;
use crate::window::screens::Draft;
use crate::window::speech::Guide;
use crate::window::tokens::Tokens;
use crate::window::trainer::TrainerState;
use crate::window::widgets::Nav;

/// The kiosk the window hosts: its profiles, the session on show and the machine around it,
/// the printer's renderer and where it prints, and the log the trainer reads.
pub struct Host {
    /// Profiles and persona deck.
    pub(crate) kiosk: Arc<Kiosk>,
    /// The session on show.
    pub(crate) session: Session,
    /// The PDF renderer (none: a printer that makes no files).
    pub(crate) renderer: Option<Arc<Renderer>>,
    /// Where printed PDFs go.
    pub(crate) out_dir: PathBuf,
    /// Every session's log so far, with refused events as errors (the trainer's log).
    pub(crate) history: Vec<LogLine>,
    /// The copier's reader, slot and trays, which tell the session what it would be told.
    pub(crate) machine: Machine,
    /// Every event sent to the sessions, in order (a replay's events are compared with
    /// `kofu run`'s; kept in memory only, never written; a PIN is kept as `****`).
    pub(crate) sent: Vec<Event>,
}

/// The touch panel: its words and looks, what the resident chose on the screen, the keypad
/// highlight and the controls on show, the status line.
pub struct Panel {
    /// Words in the screen's language.
    pub(crate) tr: I18n,
    /// Colours and sizes in force.
    pub(crate) tokens: Tokens,
    /// The tokens last given to egui (applied again only when they change).
    pub(crate) applied_tokens: Option<Tokens>,
    /// What the resident chose on the screen so far.
    pub(crate) draft: Draft,
    /// Keypad navigation and the controls on show.
    pub(crate) nav: Nav,
    /// What the panel laid out last frame.
    pub(crate) layout: PanelLayout,
    /// Keys waiting for the panel to be drawn (see `update::key`).
    pub(crate) deferred_keys: Vec<PadKey>,
    /// The screen visit on show: bumped whenever the panel shows another screen.
    pub(crate) visit: u64,
    /// The status line.
    pub(crate) live: LiveLine,
    /// The zoom that fits the machine in the window.
    pub(crate) fit: fit::Fit,
}

/// The speech guide and what it has still to say.
pub struct Voice {
    /// The guide (espeak-ng where installed; captions always).
    pub(crate) guide: Guide,
    /// Announcements not said yet.
    pub(crate) to_say: Vec<String>,
    /// What it said for the control the highlight moved to last.
    pub(crate) focus_said: String,
    /// How many times the highlight has moved (a report tells a key that moved it).
    pub(crate) focus_moves: u64,
}

/// Real and simulated time, and the printer's timer.
pub struct Time {
    /// The simulated clock.
    pub(crate) clock: ClockCtl,
    /// Real seconds now (see `update::RealTime`).
    pub(crate) real_now: f64,
    /// Real seconds at the last tick.
    pub(crate) last_real: Option<f64>,
    /// Real seconds the copy being printed has taken.
    pub(crate) print_elapsed: f64,
    /// Where real time comes from.
    pub(crate) real_time: update::RealTime,
}

/// Research: the recorder and the questionnaire after a recorded session.
#[derive(Default)]
pub struct Research {
    /// Records sessions (`--record`, Record on the console).
    pub(crate) recorder: Option<Recorder>,
    /// Files the last recorder wrote (shown after Record is switched off).
    pub(crate) recorder_written: usize,
    /// The questionnaire on show.
    pub(crate) questionnaire: Option<Questionnaire>,
    /// When it was last answered (real seconds).
    pub(crate) questionnaire_since: f64,
}

/// The trainer console: open or not, and its own state.
pub struct Console {
    /// Shown.
    pub(crate) open: bool,
    /// Its fields, the exercise on, the handbook job.
    pub(crate) state: TrainerState,
}

/// Start-up facts: the first frames' timing, the bundled profiles, a setup error to show.
pub struct Startup {
    /// When the process started (until the second frame).
    pub(crate) started: Option<Instant>,
    /// Frames drawn.
    pub(crate) frames: u32,
    /// Bundled municipality profiles: each id with its profile (for its name in the console's
    /// language; `None` where the file does not load, and the id is shown).
    pub(crate) municipalities: Vec<(String, Option<crate::domain::municipality::Municipality>)>,
    /// Bundled vendor profiles.
    pub(crate) vendors: Vec<String>,
    /// What went wrong while setting up (shown on the console).
    pub(crate) setup_error: Option<String>,
}
