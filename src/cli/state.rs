//! `kofu state copy FROM TO`: a state folder into a class database (PostgreSQL) and back.

use std::path::PathBuf;
use std::process::ExitCode;

use kofu::store::copy::{CopyError, copy};
use kofu::store::state::state_label;

/// Arguments of `kofu state`.
#[derive(clap::Args, Debug)]
pub struct StateArgs {
    /// What to do with the state.
    #[command(subcommand)]
    action: StateAction,
}

/// What `kofu state` does.
#[derive(clap::Subcommand, Debug)]
enum StateAction {
    /// Copy every event, PIN count, issue, registration, result and recorded session from FROM
    /// to TO (each a state folder or a postgres:// URL); a TO that holds state is refused
    /// without --replace. A folder's recordings are its `recordings/` (one subfolder per
    /// station; a database's come out that way).
    Copy {
        /// The state to copy: a folder, or postgres://… / postgresql://…
        #[arg(value_parser = super::state::StateParser)]
        from: PathBuf,
        /// Where to copy it: a folder, or postgres://… / postgresql://…
        #[arg(value_parser = super::state::StateParser)]
        to: PathBuf,
        /// Overwrite the state TO holds (its folder's database, or its tables).
        #[arg(long)]
        replace: bool,
        /// The station of the recordings directly in a folder's `recordings/` (this machine's,
        /// recorded without one) when they go into a database; default the host name, as a
        /// kiosk's `--station`.
        #[arg(long, value_name = "NAME")]
        station: Option<String>,
    },
}

/// Runs `kofu state`: exit 0 with a line saying what was copied; 2 when the copy is refused
/// (no source, a target holding state, the same place twice); 1 when a store cannot be read
/// or written (the message names it).
pub fn run(args: StateArgs) -> ExitCode {
    let StateAction::Copy {
        from,
        to,
        replace,
        station,
    } = args.action;
    let station = match station {
        Some(s) if s.trim().is_empty() => {
            eprintln!("error: kofu state copy: --station: a station needs a name");
            return ExitCode::from(2);
        }
        Some(s) => s,
        None => kofu::window::app::station::host_name(),
    };
    match copy(&from, &to, replace, &station) {
        Ok(done) => {
            eprintln!(
                "copied {} events, {} results and {} recordings from {} to {}",
                done.events,
                done.results,
                done.recordings,
                state_label(&from),
                state_label(&to)
            );
            ExitCode::SUCCESS
        }
        Err(e @ CopyError::Store(_)) => {
            eprintln!("error: kofu state copy: {e}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("error: kofu state copy: {e}");
            ExitCode::from(2)
        }
    }
}

/// Clap's parser of every `--state` (and of `state copy`'s places): a folder as it is, a
/// database URL only if it parses. Its own error, because clap's would echo the value with its
/// password; the message shows the URL with the password as `***` (exit 2, bad input).
#[derive(Clone, Debug)]
pub struct StateParser;

impl clap::builder::TypedValueParser for StateParser {
    type Value = PathBuf;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<PathBuf, clap::Error> {
        let Some(text) = value.to_str() else {
            return Ok(PathBuf::from(value));
        };
        let name = arg.map_or_else(|| "--state".to_string(), ToString::to_string);
        kofu::store::state::parse_state(text).map_err(|m| {
            clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!("{name}: {m}\n"),
            )
        })
    }
}
