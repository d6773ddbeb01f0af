//! `kofu check` and `kofu verify`: validating input files and specimen PDFs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kofu::domain::municipality::Municipality;
use kofu::domain::registry::Registry;
use kofu::domain::vendor::Vendor;
use kofu::error::{InputError, Source};
use kofu::scenario::run::{self, RunError, RunOptions};

pub(crate) fn cmd_verify(files: &[PathBuf], state: &Path) -> ExitCode {
    let mut all_ok = true;
    for f in files {
        match kofu::certificate::verify::verify(f, state) {
            Ok(v) => {
                if v.ok {
                    eprintln!(
                        "ok: {} is issue {} copy {} ({}, holder {}), {} sheets / {} pages",
                        f.display(),
                        v.issue_number.as_deref().unwrap_or("?"),
                        v.copy,
                        v.certificate.as_deref().unwrap_or("?"),
                        v.holder.as_deref().unwrap_or("?"),
                        v.sheets,
                        v.pages
                    );
                } else {
                    all_ok = false;
                    for p in &v.problems {
                        eprintln!("FAIL: {}: {p}", f.display());
                    }
                }
                match serde_json::to_string(&v) {
                    Ok(j) => println!("{j}"),
                    Err(e) => eprintln!("kofu verify: {e}"),
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// What kind of file a TOML document is, from its top-level keys.
fn check_one(path: &Path) -> Result<&'static str, InputError> {
    let src = Source::read(path)?;
    let table: toml::Table = src.parse_toml()?;
    if table.contains_key("steps") {
        let sc = kofu::scenario::parse(src)?;
        match run::kiosk_for(&sc, &RunOptions::default()) {
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

pub(crate) fn cmd_check(files: &[PathBuf]) -> ExitCode {
    let mut bad = 0;
    for f in files {
        match check_one(f) {
            Ok(kind) => println!("ok: {} ({kind})", f.display()),
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
