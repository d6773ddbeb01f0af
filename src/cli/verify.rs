//! `kofu verify`: which issue, holder and page set each specimen PDF is, against the journal.

use std::path::PathBuf;
use std::process::ExitCode;

use super::out;

/// Arguments of `kofu verify`.
#[derive(clap::Args, Debug)]
pub struct VerifyArgs {
    /// PDF files written by `kofu run --out` (or the kiosk).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// State folder or class database (postgres://…) whose journal recorded the issue
    /// (default: the user's data dir).
    #[arg(long, value_parser = super::state::StateParser)]
    state: Option<PathBuf>,
}

/// Verifies each PDF: a line per file on stderr, its JSON on stdout; exit 1 if any was changed
/// or is unknown to the journal, 2 when a file cannot be read as a specimen.
pub fn run(args: VerifyArgs) -> ExitCode {
    let state = args.state.unwrap_or_else(kofu::store::default_state_dir);
    let mut all_ok = true;
    for f in &args.files {
        // A named pipe or a device given as the PDF would block the read for ever: refused
        // before `verify` opens it.
        if let Err(e) = kofu::error::open_regular(f) {
            eprintln!("error: {}: cannot read file: {e}", f.display());
            return ExitCode::from(2);
        }
        match kofu::certificate::verify::verify(f, &state) {
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
                    Ok(j) => {
                        if let Err(e) = out::stdout_line(&j) {
                            return out::failed("verify", &e);
                        }
                    }
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
