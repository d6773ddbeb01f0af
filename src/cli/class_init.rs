//! `kofu class init URL`: prepares a database for a class (issue 25): the schema at this
//! kofu's version, and the roles and grants kiosks and the instructor connect with.

use std::process::ExitCode;

/// Arguments of `kofu class init`.
#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// The class database, as its owner (`postgres://…`).
    #[arg(value_parser = kofu::store::state::parse_state)]
    pub url: std::path::PathBuf,
}

/// Runs `kofu class init`.
pub fn run(_args: InitArgs) -> ExitCode {
    eprintln!("kofu class init: not built yet");
    ExitCode::from(1)
}
