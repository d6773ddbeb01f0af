//! `kofu class`: the instructor's side of a class database (issue 25). `kofu class URL` opens
//! the instructor station (a tile per station, commands to one or all, results, debrief);
//! `kofu class URL --json` prints the same state once for scripts; `kofu class init URL`
//! prepares a database for a class (roles and grants, [`super::class_init`]).

use std::process::ExitCode;

/// Arguments of `kofu class`.
#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ClassArgs {
    /// `init`: prepare a database for a class.
    #[command(subcommand)]
    pub sub: Option<ClassSub>,
    /// The class database (`postgres://…` or `postgresql://…`).
    #[arg(value_parser = kofu::store::state::parse_state)]
    pub url: Option<std::path::PathBuf>,
    /// Print every station, the results and the commands once as JSON, and exit.
    #[arg(long)]
    pub json: bool,
}

/// The subcommands of `kofu class`.
#[derive(clap::Subcommand, Debug)]
pub enum ClassSub {
    /// Prepare a database for a class: the schema, and the roles kiosks and the instructor
    /// connect with (README, "A class on one database").
    Init(super::class_init::InitArgs),
}

/// Runs `kofu class`.
pub fn run(args: ClassArgs) -> ExitCode {
    match args.sub {
        Some(ClassSub::Init(a)) => super::class_init::run(a),
        None => {
            eprintln!("kofu class: the instructor station is not built yet");
            ExitCode::from(1)
        }
    }
}
