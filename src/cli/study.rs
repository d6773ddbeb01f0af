//! `kofu study`: recorded sessions (`kofu --record`) summed up as a report.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use kofu::report::study::{Filters, Scope, StudyError, StudyOptions, replay, study};
use kofu::store::state::database_url;

use super::{bad_input, out};

/// Arguments of `kofu study`.
#[derive(clap::Args, Debug)]
pub struct StudyArgs {
    /// Folders of recordings (`*.timeline.json`), timeline files, or class databases
    /// (`postgres://…`, their `recordings` table).
    #[arg(required_unless_present = "state", value_parser = super::state::StateParser)]
    dirs: Vec<PathBuf>,
    /// Also read the recordings a state holds: a class database's, or a state folder's
    /// `recordings/` (where the console's Record puts them without --record).
    #[arg(long, value_parser = super::state::StateParser)]
    state: Option<PathBuf>,
    /// Keep only the sessions of this station (repeat for several; a class database's
    /// sessions only: a folder's have no station).
    #[arg(long = "station", value_name = "NAME")]
    stations: Vec<String>,
    /// Keep only the sessions of this study condition (repeat for several).
    #[arg(long = "condition", value_name = "NAME")]
    conditions: Vec<String>,
    /// Keep only the sessions whose first input was on this day or later (YYYY-MM-DD, in Tokyo).
    #[arg(long, value_name = "DATE", value_parser = date)]
    from: Option<NaiveDate>,
    /// Keep only the sessions whose first input was on this day or earlier (YYYY-MM-DD, in
    /// Tokyo).
    #[arg(long, value_name = "DATE", value_parser = date)]
    to: Option<NaiveDate>,
    /// Report folder.
    #[arg(long)]
    out: PathBuf,
    /// Leave out the heat maps (they take most of the time).
    #[arg(long)]
    no_heatmaps: bool,
    /// Leave out the pictures of the session replays (`replay/<session>/`); the replay pages
    /// are written either way, with the inputs, the time line and the notes.
    #[arg(long, conflicts_with = "replays")]
    no_replays: bool,
    /// How many sessions (the first ones) get replay pictures: a number, or `all` (each takes
    /// about 0.15 s of CPU; default 12).
    #[arg(long, value_name = "N|all", value_parser = replay_limit)]
    replays: Option<Limit>,
    /// Compare two variants: their names as the report shows them
    /// (`vendor / municipality / condition`), or a condition, vendor or municipality only one
    /// variant has. Without it a study of exactly two variants compares them.
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    compare: Option<Vec<String>>,
    /// Keep only sessions in this screen language (repeat for several).
    #[arg(long = "lang", value_name = "CODE")]
    langs: Vec<String>,
    /// Keep only sessions in this display mode (`normal`, `large_text`, …; repeat for several).
    #[arg(long = "display", value_name = "MODE")]
    displays: Vec<String>,
}

/// `--from` and `--to`: a calendar date.
fn date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| format!("`{s}` is not a date as YYYY-MM-DD ({e})"))
}

/// The sources to read (the folders and databases given, and `--state`'s recordings), or why
/// the filters cannot apply to them (bad input).
fn sources(args: &StudyArgs) -> Result<Vec<PathBuf>, String> {
    let mut all = args.dirs.clone();
    if let Some(state) = &args.state {
        all.push(match database_url(state) {
            Some(_) => state.clone(),
            None => state.join("recordings"),
        });
    }
    if let (Some(from), Some(to)) = (args.from, args.to)
        && from > to
    {
        return Err(format!(
            "--from {from} is after --to {to}: no day is in between"
        ));
    }
    if !args.stations.is_empty() && !all.iter().any(|p| database_url(p).is_some()) {
        return Err(
            "--station keeps a class database's sessions (only they have a station): \
                    give a postgres://… URL or --state postgres://…"
                .into(),
        );
    }
    Ok(all)
}

/// `--replays`: at most this many sessions get replay pictures (`None`: all).
#[derive(Debug, Clone, Copy)]
pub struct Limit(Option<usize>);

fn replay_limit(s: &str) -> Result<Limit, String> {
    if s == "all" {
        return Ok(Limit(None));
    }
    s.parse()
        .map(|n| Limit(Some(n)))
        .map_err(|_| format!("`{s}` is neither a number nor `all`"))
}

/// `kofu study DIR|URL… [--state STATE] --out OUT [--no-heatmaps] [--no-replays | --replays
/// N|all] [--compare A B] [--lang CODE]… [--display MODE]… [--station NAME]… [--condition
/// NAME]… [--from DATE] [--to DATE]`: progress and warnings on stderr, the comparison's
/// sentences on stdout; exit 2 for bad input (a timeline, a recording's body, filters that
/// cannot apply, or a `--compare` name no single variant has), 1 when a class database cannot
/// be read or the report cannot be written.
pub fn run(args: StudyArgs) -> ExitCode {
    let dirs = match sources(&args) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: kofu study: {e}");
            return ExitCode::from(2);
        }
    };
    let heatmaps = !args.no_heatmaps;
    let o = StudyOptions {
        out: args.out,
        heatmaps,
        replays: !args.no_replays,
        replay_limit: args
            .replays
            .map_or(Some(replay::DEFAULT_LIMIT), |Limit(n)| n),
        filters: Filters {
            lang: args.langs,
            display: args.displays,
        },
        scope: Scope {
            station: args.stations,
            condition: args.conditions,
            from: args.from,
            to: args.to,
        },
        compare: args.compare.and_then(|v| match v.as_slice() {
            [a, b] => Some((a.clone(), b.clone())),
            _ => None,
        }),
    };
    let mut progress = |done: usize, total: usize| {
        // Every file on a large folder would flood a log: every 50th, and the last.
        if done == total || done.is_multiple_of(50) {
            eprint!("\rreading timelines: {done}/{total}");
            if done == total {
                eprintln!();
                if heatmaps || o.replays {
                    eprintln!("drawing heat maps and replays…");
                }
            }
            let _ = std::io::stderr().flush();
        }
    };
    match study(&dirs, &o, &mut progress) {
        Ok(s) => {
            for w in &s.warnings {
                eprintln!("warning: {w}");
            }
            eprintln!(
                "kofu study: {} session(s), {} completed, {} variant(s), {} heat map(s); open {}",
                s.sessions,
                s.completed,
                s.variants.len(),
                s.heatmaps.iter().filter(|h| !h.file.is_empty()).count(),
                o.out.join("study.html").display()
            );
            if let (true, Some(n)) = (o.replays, o.replay_limit)
                && s.sessions > n
            {
                eprintln!(
                    "replays: pictures of the first {n} of {} sessions (--replays all: every one)",
                    s.sessions
                );
            }
            if let Some(c) = &s.comparison {
                let mut text = format!("A = {}, B = {}\n", c.a, c.b);
                for m in &c.measures {
                    text.push_str(&format!("- {}\n", m.sentence));
                }
                if let Err(e) = out::stdout_text(&text) {
                    return out::failed("study", &e);
                }
            }
            ExitCode::SUCCESS
        }
        Err(StudyError::Input(e)) => bad_input(&e),
        Err(e @ StudyError::UnknownVariant { .. }) => {
            eprintln!("kofu study: {e}");
            ExitCode::from(2)
        }
        Err(e @ StudyError::Database(_)) => {
            eprintln!("error: kofu study: {e}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("kofu study: {e}");
            ExitCode::from(1)
        }
    }
}
