//! The kiosk window (eframe/egui): the copier's touch panel at a fixed logical size
//! (1024×768) with the machine's physical parts beside it, and a trainer console (F2).
//! It drives the same [`crate::domain::session::Session`] with the same events as `kofu run`.
//!
//! - [`msg`]: everything that happens in the window, as one type; [`app`]'s one `update`
//!   carries it out, and its `logic` runs the keys, the clock and the printer every frame.
//! - [`app`]: the application, its state in parts (session, panel, voice, time, research…).
//! - [`screens`]: one file per screen; each draws the panel and returns messages.
//! - [`machine`]: card reader, slots, trays, keypad, headset jack.
//! - [`trainer`]: the trainer console.
//! - [`tokens`]: colours and sizes (contrast is a unit test); [`widgets`]: the kiosk's controls.
//! - [`fonts`]: the bundled faces; words come from [`crate::i18n`].

pub mod app;
pub mod class;
pub mod fonts;
pub mod icons;
pub mod machine;
pub mod msg;
pub mod questionnaire;
pub mod replay;
pub mod screens;
pub mod speech;
pub mod tokens;
pub mod trainer;
pub mod widgets;
pub mod wrap;

use std::path::PathBuf;
use std::time::Instant;

use chrono::DateTime;
use chrono_tz::Tz;

pub use app::KioskApp;

/// How the window starts.
#[derive(Debug, Clone)]
pub struct UiOptions {
    /// Municipality profile id or file (default `tsukuba`).
    pub municipality: String,
    /// Vendor profile id or file (default `fujifilm`).
    pub vendor: String,
    /// Simulated time at start (default: now, Japan time).
    pub at: Option<DateTime<Tz>>,
    /// Persona deck (default: the bundled one).
    pub personas: Option<PathBuf>,
    /// A deck already loaded (a scenario's own persons); wins over `personas`.
    pub deck: Option<crate::domain::registry::Registry>,
    /// State folder (journal; printed PDFs in `output/`); default: the user's data dir.
    pub state: Option<PathBuf>,
    /// The kiosk's default screen language (default `ja`).
    pub lang: String,
    /// Real seconds per printed copy (default 1; real machines take minutes).
    pub print_seconds_per_copy: f32,
    /// Kiosk id in the journal (default `kiosk-1`, as `kofu run`).
    pub kiosk_id: String,
    /// Open printed PDFs with the system viewer when a sheet is clicked (tests: off).
    pub open_files: bool,
    /// Render PDFs (off: a printer that makes no files, for benchmarks).
    pub pdf: bool,
    /// Keep the journal in memory (benchmarks and tests that need no disk).
    pub memory_store: bool,
    /// Start with the simulated clock paused.
    pub clock_paused: bool,
    /// Start with the trainer console open.
    pub trainer: bool,
    /// The participant's view of a study (`--participant-view`): the machine fills its window
    /// (F11: full screen), with no card picker and no console button on it; the moderator's
    /// console (recording, notes, the card, the clock) opens as its own window, for a second
    /// monitor, and takes no room beside the machine.
    pub participant_view: bool,
    /// Keep a finished session on screen until [`KioskApp::restart`] (scripted replays read
    /// its outcome); the machine itself starts the next session on its own.
    pub keep_finished: bool,
    /// Let the speech guide use espeak-ng and aplay where installed (tests: off).
    pub speech_audio: bool,
    /// Start in large-text mode.
    pub large_text: bool,
    /// Start in the high-contrast theme.
    pub high_contrast: bool,
    /// When the process started (for the first-frame time, printed with `KOFU_TIMING=1`).
    pub started: Option<Instant>,
    /// Record every session into this folder (`--record`).
    pub record: Option<PathBuf>,
    /// Ask the questionnaire after each recorded session (default on).
    pub questionnaire: bool,
    /// The study design recorded sessions belong to (`--participant`, `--task`,
    /// `--condition`; the console's recording section changes it between sessions).
    pub design: crate::research::timeline::Design,
    /// Writes the trainer's handbook for the console's button (none: the button says it
    /// cannot). Given by the program that opens the window: see [`HandbookWriter`].
    pub handbook: Option<HandbookWriter>,
    /// The trainee whose exercise answers the console keeps (`--trainee`); the console's
    /// field changes it.
    pub trainee: Option<String>,
    /// Trainers' own folders of exercise scenarios (`--exercises`), listed in the console after
    /// the bundled ones: a trainer's exercise need not be copied into the assets.
    pub exercises: Vec<PathBuf>,
    /// The station's name in a class (`--station`; default the host name): used only when
    /// `state` is a class database, where the window registers as a station.
    pub station: Option<String>,
}

/// Writes the trainer's handbook: municipality (id or file), language code, simulated time and
/// the PDF's path, returning where it was written. The handbook draws refusal screens on a
/// window of its own, so it sits above the window in the layers; the program that opens the
/// window hands the console this writer instead of the window importing the handbook.
#[derive(Clone)]
pub struct HandbookWriter(pub HandbookFn);

/// The function behind a [`HandbookWriter`].
pub type HandbookFn = std::sync::Arc<
    dyn Fn(&str, &str, DateTime<Tz>, &std::path::Path) -> Result<PathBuf, String> + Send + Sync,
>;

impl std::fmt::Debug for HandbookWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HandbookWriter")
    }
}

impl Default for UiOptions {
    fn default() -> Self {
        Self {
            municipality: "tsukuba".into(),
            vendor: "fujifilm".into(),
            at: None,
            personas: None,
            deck: None,
            state: None,
            lang: "ja".into(),
            print_seconds_per_copy: 1.0,
            kiosk_id: "kiosk-1".into(),
            open_files: true,
            pdf: true,
            memory_store: false,
            clock_paused: false,
            trainer: false,
            keep_finished: false,
            speech_audio: true,
            large_text: false,
            high_contrast: false,
            started: None,
            record: None,
            questionnaire: true,
            handbook: None,
            trainee: None,
            exercises: Vec::new(),
            station: None,
            participant_view: false,
            design: crate::research::timeline::Design::default(),
        }
    }
}

/// Opens the kiosk window and runs it until closed.
pub fn run(opts: UiOptions) -> anyhow::Result<()> {
    let app = KioskApp::new(opts)?;
    // The first frame fits the window to its monitor (`app::fit`); until then, the machine at
    // 100 % (the platform clamps it to the screen).
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("kofu — コンビニ交付 (SPECIMEN / 見本)")
            .with_app_id("kofu")
            .with_inner_size(tokens::window_size())
            .with_min_inner_size(app::fit::min_window_size())
            .with_resizable(true),
        ..Default::default()
    };
    eframe::run_native(
        "kofu",
        native,
        Box::new(move |_cc| Ok(Box::new(app) as Box<dyn eframe::App>)),
    )
    .map_err(|e| anyhow::anyhow!("the window could not open: {e}"))
}
