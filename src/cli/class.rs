//! `kofu class`: the instructor's side of a class database (issue 25). `kofu class URL` opens
//! the instructor station (a tile per station, commands to one or all, results, debrief);
//! `kofu class URL --json` prints the same state once for scripts; `kofu class init URL`
//! prepares a database for a class (roles and grants, [`super::class_init`]).
//!
//! Exit codes: 2 for bad input (a URL that does not parse, an unknown `--lang`, a database
//! that holds no kofu class: the instructor creates no tables in a database it was wrongly
//! pointed at), 1 when the server cannot be reached (named without its password) or the
//! window fails.

use std::path::PathBuf;
use std::process::ExitCode;

use kofu::store::postgres::class::Instructor;
use kofu::window::class::{ClassOptions, link};

use super::{is_language, language_list};

/// Arguments of `kofu class`.
#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ClassArgs {
    /// `init`: prepare a database for a class.
    #[command(subcommand)]
    pub sub: Option<ClassSub>,
    /// The class database (`postgres://…` or `postgresql://…`). Read by the `--state` parser,
    /// whose error shows the URL without its password (clap's own would echo it).
    #[arg(value_parser = super::state::StateParser)]
    pub url: Option<std::path::PathBuf>,
    /// Print every station, the results and the commands once as JSON, and exit.
    #[arg(long)]
    pub json: bool,
    /// The instructor window's language; the help lists the bundled ones.
    #[arg(long, default_value = "ja", help = format!("The window's language ({})", language_list()))]
    pub lang: String,
    /// The folder the window exports results into (default: `class-results` in the user's
    /// kofu data folder).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
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
    if let Some(ClassSub::Init(a)) = args.sub {
        return super::class_init::run(a);
    }
    let Some(url) = args
        .url
        .as_deref()
        .and_then(|u| u.to_str())
        .map(str::to_owned)
    else {
        eprintln!("error: kofu class: give the class database's URL (postgres://…)");
        return ExitCode::from(2);
    };
    if !kofu::store::postgres::is_url(&url) {
        eprintln!("error: kofu class: {url}: not a database URL (postgres://… or postgresql://…)");
        return ExitCode::from(2);
    }
    if !is_language(&args.lang) {
        eprintln!(
            "error: kofu class: unknown language `{}`; bundled: {}",
            args.lang,
            language_list()
        );
        return ExitCode::from(2);
    }
    // The database is checked before any window opens: a wrong URL is said on the terminal.
    let mut inst = match Instructor::connect_existing(&url) {
        Ok(Some(i)) => i,
        Ok(None) => {
            eprintln!("error: kofu class: {}", link::not_a_class(&url));
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("error: kofu class: {e}");
            return ExitCode::from(1);
        }
    };
    if args.json {
        return print_json(&mut inst);
    }
    drop(inst);
    let opts = ClassOptions {
        url,
        lang: args.lang,
        export_dir: args
            .out
            .unwrap_or_else(|| kofu::store::default_state_dir().join("class-results")),
    };
    match kofu::window::class::run(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: kofu class: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// `--json`: the class once on stdout.
fn print_json(inst: &mut Instructor) -> ExitCode {
    let snap = match link::read(inst) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: kofu class: {e}");
            return ExitCode::from(1);
        }
    };
    match serde_json::to_string_pretty(&snap.json()) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: kofu class: the JSON: {e}");
            ExitCode::from(1)
        }
    }
}
