//! `kofu predict` (and `kofu study`): the research tools' command lines.

use std::path::PathBuf;
use std::process::ExitCode;

use kofu::report::predict::{self, PredictError, model::User};

/// `kofu predict SCENARIO… [--vendor ID|both]… [--user skilled|older] [--keypad] [--json]`.
pub(crate) fn cmd_predict(
    scenarios: &[PathBuf],
    vendor: &[String],
    user: &str,
    keypad: bool,
    json: bool,
) -> ExitCode {
    let Some(user) = User::from_name(user) else {
        eprintln!("error: --user: `{user}` is not `skilled` or `older`");
        return ExitCode::from(2);
    };
    let vendors: Vec<String> = vendor
        .iter()
        .flat_map(|v| {
            if v == "both" {
                vec!["fujifilm".to_string(), "sharp".to_string()]
            } else {
                vec![v.clone()]
            }
        })
        .collect();
    let input = if keypad {
        predict::Input::Keypad
    } else {
        predict::Input::Touch
    };
    match predict::predict_with(scenarios, &vendors, user, input) {
        Ok(p) => {
            if json {
                match serde_json::to_string_pretty(&serde_json::json!({ "scenarios": p })) {
                    Ok(j) => println!("{j}"),
                    Err(e) => {
                        eprintln!("kofu predict: {e}");
                        return ExitCode::from(1);
                    }
                }
            } else {
                print!("{}", predict::table(&p));
            }
            ExitCode::SUCCESS
        }
        Err(PredictError::Input(e)) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
        Err(PredictError::Run(e)) => {
            eprintln!("kofu predict: {e}");
            ExitCode::from(1)
        }
    }
}
