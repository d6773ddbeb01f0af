//! `kofu check`: validating persona decks, municipality and vendor profiles, and scenarios;
//! `kofu check --upgrade` rewrites them to the current format (DESIGN.md "Compatibility").

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kofu::domain::municipality::{Municipality, city_hall};
use kofu::domain::registry::Registry;
use kofu::domain::registry::compat::{self, Kind};
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
    /// Rewrite each file to the current format (renamed fields under today's names, `format`
    /// at the top; comments kept) and show the changes as a unified diff on stdout.
    #[arg(long)]
    upgrade: bool,
}

/// What kind of file a TOML document is, from its top-level keys.
fn kind_of(src: &Source) -> Result<Kind, InputError> {
    let table: toml::Table = src.parse_toml()?;
    Kind::of(&table).ok_or_else(|| {
        src.error_at(
            Some(0..0),
            "cannot tell what this file is: a scenario has `steps` (or `[[visit]]`s), a \
             municipality profile `[certificates]`, a vendor profile `accepted_yen`, a persona \
             deck `[[person]]`",
        )
    })
}

/// Loads the file as what it is, as every command would.
fn check_one(path: &Path) -> Result<&'static str, InputError> {
    let src = Source::read(path)?;
    let kind = kind_of(&src)?;
    match kind {
        Kind::Scenario => {
            let sc = kofu::scenario::parse(src)?;
            match runner::kiosk_for(&sc, &RunOptions::default()) {
                Ok(_) => Ok(()),
                Err(RunError::Input(e)) => Err(e),
                Err(RunError::Io(e)) => Err(InputError {
                    file: path.to_path_buf(),
                    line: 0,
                    column: 0,
                    message: e,
                }),
            }
        }
        Kind::Municipality => Municipality::parse(&compat::profile(src, kind)?).map(|_| ()),
        Kind::Vendor => Vendor::parse(&compat::profile(src, kind)?).map(|_| ()),
        Kind::Deck => Registry::parse(&src).map(|_| ()),
    }
    .map(|()| kind.name())
}

/// What `--upgrade` did to one file.
enum Upgraded {
    /// Already in the current format.
    Same,
    /// Rewritten; the diff was shown.
    Rewritten,
}

/// Rewrites one file to the current format and prints the diff; the file must load before
/// (else nothing is written) and is checked again after.
fn upgrade_one(path: &Path) -> anyhow::Result<Result<Upgraded, InputError>> {
    if let Err(e) = check_one(path) {
        return Ok(Err(e));
    }
    let src = match Source::read(path) {
        Ok(s) => s,
        Err(e) => return Ok(Err(e)),
    };
    let kind = match kind_of(&src) {
        Ok(k) => k,
        Err(e) => return Ok(Err(e)),
    };
    let new = match compat::upgrade(&src, kind) {
        Ok(t) if kind == Kind::Municipality => city_hall::upgrade_text(&t),
        Ok(t) => t,
        Err(e) => return Ok(Err(e)),
    };
    if new == src.text {
        return Ok(Ok(Upgraded::Same));
    }
    let shown = path.display().to_string();
    let diff = similar::TextDiff::from_lines(&src.text, &new)
        .unified_diff()
        .header(&shown, &shown)
        .to_string();
    out::stdout_text(&diff)?;
    kofu::output::write_file(path, new.as_bytes())
        .map_err(|e| anyhow::anyhow!("cannot write {}: {}", e.path.display(), e.source))?;
    Ok(check_one(path).map(|_| Upgraded::Rewritten))
}

/// Checks each file and says what it is (`ok: FILE (KIND)` on stdout) or what is wrong with
/// it (on stderr, with file, line and column); exit 2 when any file is bad. With `--upgrade`,
/// rewrites each good file to the current format and shows the diff; exit 1 when a file
/// cannot be written (naming it).
pub fn run(args: CheckArgs) -> ExitCode {
    let mut bad = 0;
    for f in &args.files {
        let said = if args.upgrade {
            match upgrade_one(f) {
                Ok(Ok(Upgraded::Same)) => Ok(format!(
                    "ok: {} (already format {})",
                    f.display(),
                    compat::FORMAT
                )),
                Ok(Ok(Upgraded::Rewritten)) => Ok(format!(
                    "upgraded: {} (format {})",
                    f.display(),
                    compat::FORMAT
                )),
                Ok(Err(e)) => Err(e),
                Err(e) => {
                    eprintln!("kofu check: {e}");
                    return ExitCode::from(1);
                }
            }
        } else {
            check_one(f).map(|kind| format!("ok: {} ({kind})", f.display()))
        };
        match said {
            Ok(line) => {
                if let Err(e) = out::stdout_line(&line) {
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
