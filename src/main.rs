//! The `kofu` command.
//!
//! - `kofu [--municipality ID] [--vendor ID] [--at TIME] [--personas FILE] [--state DIR] [--lang CODE]
//!   [--print-seconds S] [--trainer] [--large-text] [--high-contrast] [--record DIR]` (no
//!   subcommand): the kiosk window.
//! - `kofu run SCENARIO [--out DIR] [--state DIR]`: runs a scenario headless, prints the JSON outcome.
//! - `kofu check FILE…`: validates persona decks, municipality and vendor profiles, scenarios.
//! - `kofu verify FILE.pdf… [--state DIR]`: checks specimen PDFs against the journal.
//! - `kofu walkthrough SCENARIO… --out DIR [--vendor fujifilm|sharp|both] [--lang L] [--no-mask]`:
//!   a report of the scenario replayed through the window off-screen.
//! - `kofu audit [--out DIR] [--lang L]… [--vendor ID]…`: the accessibility audit.
//! - `kofu handbook --out FILE.pdf [--municipality ID] [--lang L] [--at TIME] [--no-pictures]`:
//!   the trainer's handbook.
//! - `kofu study DIR… --out OUT`: sums up recorded sessions (`--record DIR` on the window).
//! - `kofu predict SCENARIO… [--vendor ID|both]… [--user skilled|older] [--keypad] [--json]`:
//!   predicted time on task per step.
//! - `kofu soak …` (hidden): issues certificates in a loop, for crash and concurrency tests.
//!
//! Each lives in its own module under `cli/`, with its arguments and its `run`.
//!
//! Exit codes: 0 ran (and expectations held), 1 expectations failed or the state folder failed,
//! 2 bad input (the message names file, line and column).

use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

use cli::{Cli, Command};

mod cli;

fn main() -> ExitCode {
    let started = Instant::now();
    let args = Cli::parse();
    match args.command {
        None => cli::window::run(args.window, started),
        Some(Command::Run(a)) => cli::run::run(a),
        Some(Command::Check(a)) => cli::check::run(a),
        Some(Command::Verify(a)) => cli::verify::run(a),
        Some(Command::Walkthrough(a)) => cli::walkthrough::run(a),
        Some(Command::Audit(a)) => cli::audit::run(a),
        Some(Command::Handbook(a)) => cli::handbook::run(a),
        Some(Command::Study(a)) => cli::study::run(a),
        Some(Command::Predict(a)) => cli::predict::run(a),
        Some(Command::Results(a)) => cli::trainees::results(a),
        Some(Command::Personas(a)) => cli::trainees::personas(a),
        Some(Command::Soak(a)) => cli::soak::run(a),
        Some(Command::State(a)) => cli::state::run(a),
        Some(Command::Class(a)) => cli::class::run(a),
    }
}
