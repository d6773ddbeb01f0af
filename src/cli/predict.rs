//! `kofu predict`: predicted time on task per step, from the real panel.

use std::path::PathBuf;
use std::process::ExitCode;

use kofu::report::predict::{self, Input, PredictError, model::User};

use super::{bad_input, out, vendor_ids};

/// Arguments of `kofu predict`.
#[derive(clap::Args, Debug)]
pub struct PredictArgs {
    /// Scenario files (TOML).
    #[arg(required = true)]
    scenarios: Vec<PathBuf>,
    /// fujifilm, sharp, both, or a vendor file (a design variant); repeat to compare.
    #[arg(long)]
    vendor: Vec<String>,
    /// skilled or older.
    #[arg(long, default_value = "skilled")]
    user: String,
    /// Operate by the machine's keypad (2/8 to move, ○ to choose, digits) instead of touch.
    #[arg(long)]
    keypad: bool,
    /// Print JSON (DESIGN.md "Predicted time on task") instead of a table.
    #[arg(long)]
    json: bool,
}

/// Prints the prediction as a table, or as JSON with `--json`; exit 2 for bad input (an
/// unknown user, a broken scenario), 1 when a scenario cannot be played.
pub fn run(args: PredictArgs) -> ExitCode {
    let Some(user) = User::from_name(&args.user) else {
        eprintln!("error: --user: `{}` is not `skilled` or `older`", args.user);
        return ExitCode::from(2);
    };
    let vendors: Vec<String> = args.vendor.iter().flat_map(|v| vendor_ids(v)).collect();
    let input = if args.keypad {
        Input::Keypad
    } else {
        Input::Touch
    };
    match predict::predict_with(&args.scenarios, &vendors, user, input) {
        Ok(p) => if args.json {
            match serde_json::to_string_pretty(&serde_json::json!({ "scenarios": p })) {
                Ok(j) => out::stdout_line(&j),
                Err(e) => {
                    eprintln!("kofu predict: {e}");
                    return ExitCode::from(1);
                }
            }
        } else {
            out::stdout_text(&predict::table(&p))
        }
        .map_or_else(|e| out::failed("predict", &e), |()| ExitCode::SUCCESS),
        Err(PredictError::Input(e)) => bad_input(&e),
        Err(PredictError::Run(e)) => {
            eprintln!("kofu predict: {e}");
            ExitCode::from(1)
        }
    }
}
