//! `kofu check`: validating persona decks, municipality and vendor profiles, and scenarios.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kofu::domain::municipality::Municipality;
use kofu::domain::registry::Registry;
use kofu::domain::vendor::Vendor;
use kofu::error::{InputError, Source};
use kofu::scenario::run::{self as runner, RunError, RunOptions};

use super::out;

/// Arguments of `kofu check`.
#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Files to check.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

/// What kind of file a TOML document is, from its top-level keys.
fn check_one(path: &Path) -> Result<&'static str, InputError> {
    let src = Source::read(path)?;
    let table: toml::Table = src.parse_toml()?;
    if table.contains_key("steps") {
        let sc = kofu::scenario::parse(src)?;
        match runner::kiosk_for(&sc, &RunOptions::default()) {
            Ok(_) => Ok("scenario"),
            Err(RunError::Input(e)) => Err(e),
            Err(RunError::Io(e)) => Err(InputError {
                file: path.to_path_buf(),
                line: 0,
                column: 0,
                message: e,
            }),
        }
    } else if table.contains_key("certificates") {
        Municipality::parse(&src).map(|_| "municipality profile")
    } else if table.contains_key("accepted_yen") {
        Vendor::parse(&src).map(|_| "vendor profile")
    } else if table.contains_key("person")
        || table.contains_key("card")
        || table.contains_key("household")
    {
        Registry::parse(&src).map(|_| "persona deck")
    } else {
        Err(src.error_at(
            Some(0..0),
            "cannot tell what this file is: a scenario has `steps`, a municipality profile \
             `[certificates]`, a vendor profile `accepted_yen`, a persona deck `[[person]]`",
        ))
    }
}

/// Checks each file and says what it is (`ok: FILE (KIND)` on stdout) or what is wrong with
/// it (on stderr, with file, line and column); exit 2 when any file is bad.
pub fn run(args: CheckArgs) -> ExitCode {
    let mut bad = 0;
    for f in &args.files {
        match check_one(f) {
            Ok(kind) => {
                if let Err(e) = out::stdout_line(&format!("ok: {} ({kind})", f.display())) {
                    return out::failed("check", &e);
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                bad += 1;
            }
        }
    }
    if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
