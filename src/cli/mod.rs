//! The command line of `kofu`: the top-level parser, and one module per subcommand, each with
//! its clap arguments and the `run` that carries it out and picks the exit code.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use kofu::error::InputError;

pub mod audit;
pub mod check;
pub mod class;
pub mod class_init;
pub mod handbook;
pub mod out;
pub mod predict;
pub mod run;
pub mod soak;
pub mod state;
pub mod study;
pub mod trainees;
pub mod verify;
pub mod walkthrough;
pub mod window;

/// The whole command line: a subcommand, or none and the window's flags.
#[derive(Parser, Debug)]
#[command(
    name = "kofu",
    version,
    about = "Emulator of the Japanese convenience-store certificate kiosk (specimens only)"
)]
pub struct Cli {
    /// The tool to run; none opens the kiosk window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The window's flags, read when there is no subcommand.
    #[command(flatten)]
    pub window: window::WindowArgs,
}

/// Every subcommand, with its arguments; `main` hands each to its module's `run`.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run a scenario headless and print its JSON outcome.
    Run(run::RunArgs),
    /// Validate persona decks, municipality and vendor profiles, and scenarios.
    Check(check::CheckArgs),
    /// Check specimen PDFs: which issue, holder and page set each is; exit 1 if any was changed
    /// or is unknown to the journal.
    Verify(verify::VerifyArgs),
    /// Replay scenarios through the kiosk window off-screen and write a report: per step a
    /// picture of the machine, the accessibility tree, the note, what was spoken and the times;
    /// index.html and report.json.
    Walkthrough(walkthrough::WalkthroughArgs),
    /// Audit every screen × language × display mode (contrast, target sizes, names and roles,
    /// clipped or overlapping text, focus order, large text); exit 1 on any failure.
    Audit(audit::AuditArgs),
    /// Print the trainer's handbook (A4 PDF) from the rules: hours, fees, who may get what,
    /// offices, and every refusal with its screen, rule and next step.
    Handbook(handbook::HandbookArgs),
    /// Sum up recorded sessions (`--record`): study.html, study.json, sessions.csv, inputs.csv,
    /// heat maps; `--compare A B` compares two variants.
    Study(study::StudyArgs),
    /// Predict the time a person needs for each step of scenarios, from the real panel
    /// (Keystroke-Level Model operators, Fitts' law on the controls' real size; README cites
    /// every constant).
    Predict(predict::PredictArgs),
    /// Trainees' exercise results kept in a state folder: results.json, results.csv and a
    /// record of completion (PDF) per trainee.
    Results(trainees::ResultsArgs),
    /// The persona deck as printable case cards (PDF): who, age, situation and what the
    /// kiosk will do.
    Personas(trainees::PersonasArgs),
    /// Move a kiosk's state between a folder and a class database: `kofu state copy FROM TO`.
    State(state::StateArgs),
    /// The instructor station of a class database: every station's tile, commands to one or
    /// all, results and debrief (`--json`: once, for scripts); `kofu class init URL` prepares
    /// the database.
    Class(class::ClassArgs),
    /// Issue certificates in a loop (crash and concurrency tests).
    #[command(hide = true)]
    Soak(soak::SoakArgs),
}

/// The kiosk's languages as help texts and messages list them ("ja, en, zh-Hans, …"), taken
/// from the library's bundle so that a new language shows up here by itself.
pub fn language_list() -> String {
    let codes: Vec<&str> = kofu::i18n::LOCALES.iter().map(|(code, _)| *code).collect();
    codes.join(", ")
}

/// Whether `code` is one of the kiosk's languages, so that a typo fails before any work.
pub fn is_language(code: &str) -> bool {
    kofu::i18n::LOCALES.iter().any(|(c, _)| *c == code)
}

/// The vendor ids a `--vendor` value stands for: `both` is the two bundled vendors side by side.
pub fn vendor_ids(vendor: &str) -> Vec<String> {
    if vendor == "both" {
        vec!["fujifilm".to_string(), "sharp".to_string()]
    } else {
        vec![vendor.to_string()]
    }
}

/// Reports bad input (its message names file, line and column) the one way every subcommand
/// does: `error: …` on stderr, exit 2.
pub fn bad_input(e: &InputError) -> ExitCode {
    eprintln!("error: {e}");
    ExitCode::from(2)
}
