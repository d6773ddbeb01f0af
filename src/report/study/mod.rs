//! Usability study (`kofu study DIR… --out OUT`, DESIGN.md "Study"): the timelines the window's
//! recorder wrote ([`crate::research::timeline`]), read back and summed up per variant of the
//! machine, per screen and per step of the flow, with heat maps of where people touched.
//!
//! Decisions:
//! - **Input.** Every `*.timeline.json` directly inside each folder given (not recursive),
//!   sorted by file name; a path that is itself a timeline file is read as well. A file that
//!   does not parse is an [`InputError`] at its line and column: a study over a folder with a
//!   broken file is not silently a study over fewer people.
//! - **Definitions** (see [`task`], [`stats`], [`funnel`]): time on task runs from the first
//!   input to the moment the task ended (items taken, a cancel, a time-out), never the
//!   questionnaire or the home screen after; the funnel counts a step only for a session that
//!   reached every earlier one in order; errors are the recorder's and those the timeline
//!   shows (items left in the machine, a cancel); a miss is a tap on no control or on a
//!   disabled one; percentiles interpolate linearly; SUS is scored by
//!   [`crate::research::timeline::sus_score`].
//! - **Variants** are vendor × municipality × condition ([`variant`]); language and display
//!   mode are columns and filters ([`Filters`]), never splits. The intervals and tests are
//!   Sauro & Lewis's ([`inference`]); two variants are compared by [`compare`].
//! - **Output.** `study.json` (this module's [`Study`]), `sessions.csv` and `inputs.csv`
//!   ([`export`]), `study.html` (tables, inline SVG charts drawn with `plotters`, the notes on
//!   a timeline, screens and errors in words), `heatmaps/<vendor>-<screen>-<lang>-<display>.png`
//!   ([`heatmap`]) and a replay page per session, with pictures of its states for the first
//!   sessions ([`replay`]); every file goes through [`crate::output::write_file`], so a reader
//!   never sees half a report.
//! - **Heat maps and replay pictures are best effort.** A vendor whose kiosk cannot be built
//!   (a profile file that went missing), a screen the tour cannot reach or a recorded scenario
//!   that does not replay gets a warning, never a failed study: the numbers do not depend on
//!   the pictures.

use std::path::{Path, PathBuf};

use crate::error::{InputError, Source};
use crate::output::WriteError;
use crate::research::timeline::Timeline;

mod charts;
pub mod class;
pub mod compare;
pub mod export;
pub mod funnel;
pub mod heatmap;
pub mod inference;
mod names;
mod page;
pub mod replay;
mod rows;
mod sections;
pub mod stats;
pub mod synthetic;
pub mod task;
pub mod variant;

pub use class::Scope;
pub use compare::Comparison;
pub use export::{inputs_csv, sessions_csv};
pub use rows::{
    Filters, FunnelRow, HeatmapRow, NoteRow, ScreenRow, SessionRow, Study, TaskTime, Variant,
};
pub use stats::{Spread, summarize};

/// What `kofu study` writes, whether it draws heat maps (they take most of its time), which
/// sessions it keeps and which two variants it compares.
#[derive(Debug, Clone)]
pub struct StudyOptions {
    /// Output folder (created if missing).
    pub out: PathBuf,
    /// Draw `heatmaps/<vendor>-<screen>-<lang>-<display>.png`.
    pub heatmaps: bool,
    /// Draw the pictures of the sessions' replays (`replay/<session>/NNN.png`; the replay
    /// pages are written either way).
    pub replays: bool,
    /// The most sessions (the first ones) whose replays get pictures; `None`: every session.
    /// A session's pictures take about a quarter of a second of CPU: the default keeps a
    /// study of thousands of sessions within seconds.
    pub replay_limit: Option<usize>,
    /// Languages and display modes kept (`--lang`, `--display`; empty: all).
    pub filters: Filters,
    /// Stations, conditions and days kept (`--station`, `--condition`, `--from`, `--to`;
    /// empty: all).
    pub scope: Scope,
    /// `--compare A B`: two variants by name (or a condition, vendor or municipality only one
    /// variant has). Without it a study of exactly two variants compares them.
    pub compare: Option<(String, String)>,
}

impl StudyOptions {
    /// Every session, heat maps drawn, no comparison asked for, into `out`.
    pub fn new(out: impl Into<PathBuf>) -> Self {
        Self {
            out: out.into(),
            heatmaps: true,
            replays: true,
            replay_limit: Some(replay::DEFAULT_LIMIT),
            filters: Filters::default(),
            scope: Scope::default(),
            compare: None,
        }
    }
}

/// Why a study failed: the CLI exits 2 on bad input, 1 on a write failure.
#[derive(Debug, thiserror::Error)]
pub enum StudyError {
    /// A folder could not be listed or a timeline could not be read or parsed.
    #[error("{0}")]
    Input(#[from] InputError),
    /// A report file could not be written (the path says which).
    #[error("{0}")]
    Io(#[from] WriteError),
    /// A class database could not be read (the message names it, without its password).
    #[error("{0}")]
    Database(#[from] crate::domain::record::StoreError),
    /// `--compare` named a variant the study does not have (or one several variants match).
    #[error("--compare: no single variant is called \"{name}\"; the variants are: {known}")]
    UnknownVariant {
        /// The name given.
        name: String,
        /// The study's variant names, joined with `; `.
        known: String,
    },
}

/// One session read from disk or a class database: where it came from and what it holds.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The timeline file, as found under the folder given; for a class database
    /// `<station>/<session>.timeline.json` ([`class`]).
    pub file: PathBuf,
    /// Its content.
    pub timeline: Timeline,
    /// The station that recorded it, when it came from a class database (a folder's
    /// sessions have none).
    pub station: Option<String>,
}

/// The suffix of the recorder's timeline files.
pub const TIMELINE_SUFFIX: &str = ".timeline.json";

fn is_timeline(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(TIMELINE_SUFFIX))
}

/// The timeline files of `dirs`, in the order they are read: each folder's files sorted by name,
/// folders in the order given. An unreadable folder is an input error naming it.
pub fn timeline_files(dirs: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut all = Vec::new();
    for dir in dirs {
        if dir.is_file() && is_timeline(dir) {
            all.push(dir.clone());
            continue;
        }
        let fail = |e: std::io::Error| InputError {
            file: dir.clone(),
            line: 0,
            column: 0,
            message: format!("cannot read the folder of timelines: {e}"),
        };
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(fail)? {
            let path = entry.map_err(fail)?.path();
            if is_timeline(&path) && path.is_file() {
                files.push(path);
            }
        }
        files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
        all.extend(files);
    }
    Ok(all)
}

/// Reads and parses one timeline; a JSON or type error is reported at its line and column.
pub fn load(path: &Path) -> Result<Timeline, InputError> {
    let src = Source::read(path)?;
    parse(&src.text, path)
}

/// Parses a timeline's text; a JSON or type error is reported at its line and column of
/// `path` (the file, or a class database's recording).
pub fn parse(text: &str, path: &Path) -> Result<Timeline, InputError> {
    serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
        InputError {
            file: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            message: format!("not a kofu timeline: {message}"),
        }
    })
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), StudyError> {
    crate::output::write_file(path, bytes).map_err(StudyError::Io)
}

fn mkdir(dir: &Path) -> Result<(), StudyError> {
    std::fs::create_dir_all(dir).map_err(|source| {
        StudyError::Io(WriteError {
            path: dir.to_path_buf(),
            source,
        })
    })
}

fn other(path: &Path, e: impl std::fmt::Display) -> StudyError {
    StudyError::Io(WriteError {
        path: path.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    })
}

/// The comparison the options ask for: `--compare A B`, or the only two variants.
fn comparison(s: &Study, o: &StudyOptions) -> Result<Option<Comparison>, StudyError> {
    let pick = |name: &str| {
        compare::find(&s.variants, name).ok_or_else(|| StudyError::UnknownVariant {
            name: name.to_string(),
            known: s
                .variants
                .iter()
                .map(|v| v.name.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        })
    };
    Ok(match (&o.compare, s.variants.as_slice()) {
        (Some((a, b)), _) => Some(compare::compare(s, pick(a)?, pick(b)?)),
        (None, [a, b]) => Some(compare::compare(s, a, b)),
        (None, _) => None,
    })
}

/// A source of sessions as given: a folder or timeline file, or a class database's URL.
enum Origin {
    /// Timeline files, in order.
    Files(Vec<PathBuf>),
    /// A class database's sessions (already read).
    Class(class::FromClass),
}

/// The sessions of `dirs` (folders, timeline files, class databases' URLs, in the order given)
/// that the filters keep, and what to warn about.
fn read_sessions(
    dirs: &[PathBuf],
    o: &StudyOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(Vec<Loaded>, Vec<String>), StudyError> {
    let mut sources = Vec::with_capacity(dirs.len());
    let mut folders = Vec::new();
    for dir in dirs {
        sources.push(match crate::store::state::database_url(dir) {
            Some(url) => Origin::Class(class::load(url, &o.scope)?),
            None => {
                folders.push(dir.display().to_string());
                Origin::Files(timeline_files(std::slice::from_ref(dir))?)
            }
        });
    }
    let total: usize = sources
        .iter()
        .map(|s| match s {
            Origin::Files(f) => f.len(),
            Origin::Class(c) => c.sessions.len(),
        })
        .sum();
    let mut warnings = Vec::new();
    let mut sessions = Vec::with_capacity(total);
    let mut done = 0;
    let keep =
        |l: &Loaded| o.filters.keeps(&l.timeline.lang, &l.timeline.display) && o.scope.keeps(l);
    for source in sources {
        let read: Vec<Loaded> = match source {
            Origin::Files(files) => {
                let mut v = Vec::with_capacity(files.len());
                for file in files {
                    let timeline = load(&file)?;
                    v.push(Loaded {
                        file,
                        timeline,
                        station: None,
                    });
                }
                v
            }
            Origin::Class(c) => {
                if c.sessions.is_empty() {
                    warnings.push(no_recording(&c.label, &o.scope));
                }
                c.sessions
            }
        };
        for l in read {
            done += 1;
            if keep(&l) {
                sessions.push(l);
            }
            progress(done, total);
        }
    }
    if total == 0 && !folders.is_empty() {
        warnings.push(format!(
            "no *{TIMELINE_SUFFIX} file in {}",
            folders.join(", ")
        ));
    } else if total > 0 && sessions.is_empty() {
        warnings.push(format!("the filters left none of the {total} sessions"));
    }
    Ok((sessions, warnings))
}

/// The warning for a class database that gave no session.
fn no_recording(label: &str, scope: &Scope) -> String {
    let mut asked = Vec::new();
    if !scope.station.is_empty() {
        asked.push(format!("station {}", scope.station.join(" or ")));
    }
    if !scope.condition.is_empty() {
        asked.push(format!("condition {}", scope.condition.join(" or ")));
    }
    if asked.is_empty() {
        format!("no recording in the class database {label}")
    } else {
        format!(
            "no recording in the class database {label} for {}",
            asked.join(", ")
        )
    }
}

/// Reads every timeline of `dirs` (folders, timeline files, or class databases' URLs: see
/// [`class`]), keeps those the filters let through, sums them up and
/// writes `study.json`, `sessions.csv`, `inputs.csv`, `study.html` and (with `o.heatmaps`)
/// the heat maps into `o.out`. `progress(done, total)` is called after each session read, so
/// the CLI can show how far it got.
pub fn study(
    dirs: &[PathBuf],
    o: &StudyOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Study, StudyError> {
    let (sessions, warnings) = read_sessions(dirs, o, progress)?;
    let mut s = summarize(&sessions);
    s.filters = o.filters.clone();
    s.scope = o.scope.clone();
    s.comparison = comparison(&s, o)?;
    s.warnings.extend(warnings);
    mkdir(&o.out)?;
    if o.heatmaps {
        let dir = o.out.join("heatmaps");
        let drawn = heatmap::draw_all(&sessions);
        if !drawn.files.is_empty() {
            mkdir(&dir)?;
        }
        for (name, png) in &drawn.files {
            write(&dir.join(name), png)?;
        }
        s.heatmaps = drawn.rows;
        s.warnings.extend(drawn.warnings);
    }
    let pictures = match (o.replays, o.replay_limit) {
        (false, _) => 0,
        (true, limit) => limit.unwrap_or(usize::MAX),
    };
    let replays = replay::write_all(&sessions, &o.out, pictures)?;
    s.warnings.extend(replays.warnings);
    let json_path = o.out.join("study.json");
    let json = serde_json::to_string_pretty(&s).map_err(|e| other(&json_path, e))?;
    write(&json_path, json.as_bytes())?;
    let csv_path = o.out.join("sessions.csv");
    write(
        &csv_path,
        &sessions_csv(&s.rows).map_err(|e| other(&csv_path, e))?,
    )?;
    let inputs_path = o.out.join("inputs.csv");
    write(
        &inputs_path,
        &inputs_csv(&sessions, &s.rows).map_err(|e| other(&inputs_path, e))?,
    )?;
    write(&o.out.join("study.html"), page::html(&s).as_bytes())?;
    Ok(s)
}
