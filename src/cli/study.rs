//! `kofu predict` and `kofu study`: the research tools' command lines.

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

/// `kofu study DIR… --out OUT [--no-heatmaps]`: progress and warnings on stderr.
pub(crate) fn cmd_study(dirs: &[PathBuf], out: PathBuf, heatmaps: bool) -> ExitCode {
    use kofu::report::study::{StudyError, StudyOptions, study};
    use std::io::Write;
    let o = StudyOptions {
        out: out.clone(),
        heatmaps,
    };
    let mut progress = |done: usize, total: usize| {
        // Every file on a large folder would flood a log: every 50th, and the last.
        if done == total || done.is_multiple_of(50) {
            eprint!("\rreading timelines: {done}/{total}");
            if done == total {
                eprintln!();
                if heatmaps {
                    eprintln!("drawing heat maps…");
                }
            }
            let _ = std::io::stderr().flush();
        }
    };
    match study(dirs, &o, &mut progress) {
        Ok(s) => {
            for w in &s.warnings {
                eprintln!("warning: {w}");
            }
            eprintln!(
                "kofu study: {} session(s), {} completed, {} variant(s), {} heat map(s); open {}",
                s.sessions,
                s.completed,
                s.variants.len(),
                s.heatmaps.len(),
                out.join("study.html").display()
            );
            ExitCode::SUCCESS
        }
        Err(StudyError::Input(e)) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("kofu study: {e}");
            ExitCode::from(1)
        }
    }
}
