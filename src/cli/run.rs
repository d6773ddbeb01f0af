//! `kofu run`: one scenario headless, its JSON outcome on stdout.

use std::path::PathBuf;
use std::process::ExitCode;

use kofu::scenario::run::{self as runner, RunError, RunOptions};

use super::{bad_input, out};

/// Arguments of `kofu run`.
#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// Scenario file (TOML).
    scenario: PathBuf,
    /// Folder for the printed documents.
    #[arg(long)]
    out: Option<PathBuf>,
    /// State folder (journal, PIN counters, issue numbers) or a class database
    /// (postgres://…); omitted: remember nothing.
    #[arg(long, value_parser = super::state::StateParser)]
    state: Option<PathBuf>,
    /// Run on this vendor instead of the scenario's (fujifilm, sharp, or a file).
    #[arg(long)]
    vendor: Option<String>,
    /// Run in this municipality instead of the scenario's (id or file).
    #[arg(long)]
    municipality: Option<String>,
    /// Print the JSON on one line.
    #[arg(long)]
    compact: bool,
}

/// Runs the scenario and prints its outcome; exit 0 when its expectations held, 1 when they
/// did not (each mismatch on stderr with its line) or a file could not be written, 2 for bad
/// input.
pub fn run(args: RunArgs) -> ExitCode {
    let path = &args.scenario;
    let opts = RunOptions {
        out: args.out,
        state: args.state,
        vendor: args.vendor,
        municipality: args.municipality,
        kiosk_id: None,
    };
    let sc = match kofu::scenario::load(path) {
        Ok(s) => s,
        Err(e) => return bad_input(&e),
    };
    match runner::run(&sc, &opts) {
        Ok(outcome) => {
            let json = if args.compact {
                serde_json::to_string(&outcome)
            } else {
                serde_json::to_string_pretty(&outcome)
            };
            match json {
                Ok(j) => {
                    if let Err(e) = out::stdout_line(&j) {
                        return out::failed("run", &e);
                    }
                }
                Err(e) => {
                    eprintln!("kofu run: cannot write the outcome: {e}");
                    return ExitCode::from(1);
                }
            }
            if let Some(e) = &outcome.output_error {
                // The session ended cleanly (recorded, refunded); the output did not.
                eprintln!("kofu run: cannot write {e}");
                ExitCode::from(1)
            } else if outcome.expectations_met {
                ExitCode::SUCCESS
            } else {
                for m in &outcome.mismatches {
                    let visit = m.visit.map(|v| format!(" (visit {v})")).unwrap_or_default();
                    eprintln!(
                        "{}:{}:{}: expected {} = {}, got {}{visit}",
                        path.display(),
                        m.line,
                        m.column,
                        m.field,
                        kofu::error::clip(&m.expected.to_string()),
                        kofu::error::clip(&m.actual.to_string()),
                    );
                }
                ExitCode::from(1)
            }
        }
        Err(RunError::Input(e)) => bad_input(&e),
        Err(RunError::Io(e)) => {
            eprintln!("kofu run: {e}");
            ExitCode::from(1)
        }
    }
}
