//! `kofu` with no subcommand: the kiosk window, with the flags it starts from.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use kofu::domain::calendar::parse_instant;
use kofu::window::UiOptions;

use super::language_list;

/// Flags of the kiosk window (no subcommand).
#[derive(clap::Args, Debug)]
pub struct WindowArgs {
    /// Window: municipality profile (id or file).
    #[arg(long, default_value = "tsukuba")]
    municipality: String,
    /// Window: vendor profile (fujifilm, sharp, or a file).
    #[arg(long, default_value = "fujifilm")]
    vendor: String,
    /// Window: simulated time at start (RFC 3339, e.g. 2026-11-25T10:00:00+09:00); default now.
    #[arg(long)]
    at: Option<String>,
    /// Window: persona deck (default: the bundled assets/personas.toml).
    #[arg(long)]
    personas: Option<PathBuf>,
    /// Window: state folder (journal; PDFs in output/) or a class database (postgres://…);
    /// default: the user's data dir.
    #[arg(long, value_parser = super::state::StateParser)]
    state: Option<PathBuf>,
    // Window: default screen language; the help lists the bundled ones.
    #[arg(
        long,
        default_value = "ja",
        help = format!("Window: default screen language ({})", language_list())
    )]
    lang: String,
    /// Window: real seconds per printed copy (real machines take minutes).
    #[arg(long, default_value_t = 1.0)]
    print_seconds: f32,
    /// Window: open the trainer console at start (F2 toggles it).
    #[arg(long)]
    trainer: bool,
    /// Window: start in large-text mode.
    #[arg(long)]
    large_text: bool,
    /// Window: start in the high-contrast theme.
    #[arg(long)]
    high_contrast: bool,
    /// Window: record every session into this folder (a scenario and a timeline per session;
    /// the questionnaire follows each one).
    #[arg(long, value_name = "DIR")]
    record: Option<PathBuf>,
    /// Window: with --record, no questionnaire after the sessions.
    #[arg(long)]
    no_questionnaire: bool,
    /// Window: the participant's id in a study (a code such as P07, never a name); written into
    /// each recorded session and its file names.
    #[arg(long, value_name = "ID")]
    participant: Option<String>,
    /// Window: the task given in the study, written into each recorded session.
    #[arg(long, value_name = "NAME")]
    task: Option<String>,
    /// Window: the study condition (the design variant compared), written into each recorded
    /// session; `kofu study` splits its variants by it.
    #[arg(long, value_name = "NAME")]
    condition: Option<String>,
    /// Window: the trainee doing the console's exercises; their answers are kept under this
    /// name in the state folder (`kofu results` exports them) and the training log names them.
    #[arg(long, value_name = "NAME")]
    trainee: Option<String>,
    /// Window: a folder of the trainer's own exercise scenarios (`[[exercise]]` tables), listed
    /// in the console after the bundled ones; may be given more than once.
    #[arg(long, value_name = "DIR")]
    exercises: Vec<PathBuf>,
    /// Window: a study participant's view: the machine fills the window (F11 full screen), no
    /// card picker or console button on it; the moderator's console opens as its own window.
    #[arg(long)]
    participant_view: bool,
    /// Window: this kiosk's station name in a class (with --state postgres://…); default the
    /// host name. The instructor station (`kofu class`) shows and steers it by this name.
    #[arg(long, value_name = "NAME")]
    station: Option<String>,
}

/// Opens the window until it is closed; `started` is when the process began (for the
/// first-frame time, printed with `KOFU_TIMING=1`). Exit 2 for a bad `--at`, 1 when the window
/// fails.
pub fn run(w: WindowArgs, started: Instant) -> ExitCode {
    let at = match w.at.as_deref().map(parse_instant) {
        Some(Ok(t)) => Some(t),
        Some(Err(e)) => {
            eprintln!("error: --at: {e}");
            return ExitCode::from(2);
        }
        None => None,
    };
    if let Some(d) = w.exercises.iter().find(|d| !d.is_dir()) {
        eprintln!("error: --exercises: {}: not a folder", d.display());
        return ExitCode::from(2);
    }
    if w.station.as_deref().is_some_and(|s| s.trim().is_empty()) {
        eprintln!("error: --station: a station needs a name");
        return ExitCode::from(2);
    }
    let opts = UiOptions {
        municipality: w.municipality,
        vendor: w.vendor,
        at,
        personas: w.personas,
        state: w.state,
        lang: w.lang,
        print_seconds_per_copy: w.print_seconds.max(0.0),
        trainer: w.trainer,
        large_text: w.large_text,
        high_contrast: w.high_contrast,
        started: Some(started),
        record: w.record,
        questionnaire: !w.no_questionnaire,
        participant_view: w.participant_view,
        design: kofu::research::timeline::Design {
            participant: w.participant,
            task: w.task,
            condition: w.condition,
        },
        handbook: Some(kofu::handbook::window_writer()),
        trainee: w.trainee,
        exercises: w.exercises,
        station: w.station,
        ..UiOptions::default()
    };
    match kofu::window::run(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kofu: {e:#}");
            ExitCode::from(1)
        }
    }
}
