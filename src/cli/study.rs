//! `kofu study`: recorded sessions (`kofu --record`) summed up as a report.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use kofu::report::study::{StudyError, StudyOptions, study};

use super::bad_input;

/// Arguments of `kofu study`.
#[derive(clap::Args, Debug)]
pub struct StudyArgs {
    /// Folders of recordings (`*.timeline.json`), or timeline files.
    #[arg(required = true)]
    dirs: Vec<PathBuf>,
    /// Report folder.
    #[arg(long)]
    out: PathBuf,
    /// Leave out the heat maps (they take most of the time).
    #[arg(long)]
    no_heatmaps: bool,
}

/// `kofu study DIR… --out OUT [--no-heatmaps]`: progress and warnings on stderr; exit 2 for
/// bad input, 1 when the report cannot be written.
pub fn run(args: StudyArgs) -> ExitCode {
    let heatmaps = !args.no_heatmaps;
    let o = StudyOptions {
        out: args.out,
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
    match study(&args.dirs, &o, &mut progress) {
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
                o.out.join("study.html").display()
            );
            ExitCode::SUCCESS
        }
        Err(StudyError::Input(e)) => bad_input(&e),
        Err(e) => {
            eprintln!("kofu study: {e}");
            ExitCode::from(1)
        }
    }
}
