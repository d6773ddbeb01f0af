//! The recordings `kofu state copy` carries: a state folder's `recordings/` (where the console's
//! Record puts sessions when no `--record` folder was given) and a class database's
//! `recordings` table, either way.
//!
//! Decisions:
//! - **Stations are folders.** In a folder, `recordings/<station>/<session>.timeline.json` is
//!   station `<station>`'s; a timeline directly in `recordings/` was recorded by this machine
//!   without a station, and goes into a database under `--station` (default: the host name, the
//!   station's own default). A database's recordings come out into `recordings/<station>/`, so a
//!   copy back in finds every station again.
//! - **The body is carried as text**, byte for byte; the table's participant, condition and
//!   start are read from it. A timeline that is not JSON is bad input at its line and column.
//! - **Scenarios** (`<session>.toml` beside a timeline) go from folder to folder; a database
//!   keeps none (schema: the timeline only), so a copy out of one has timelines alone.
//! - **Replacing**: `--replace` into a database removes its recordings first (in the same
//!   transaction as the new ones); into a folder it overwrites sessions of the same name and
//!   leaves other files alone (they are a researcher's files, not kofu's state).

use std::path::{Path, PathBuf};

use super::CopyError;
use crate::domain::record::StoreError;
use crate::store::postgres::recordings::{NewRecording, Recordings, Selection};
use crate::store::state::database_url;

/// The folder of recordings inside a state folder.
pub const FOLDER: &str = "recordings";
const TIMELINE: &str = ".timeline.json";

/// One recording on its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    /// Its station; `None` for a timeline directly in a folder's `recordings/`.
    pub station: Option<String>,
    /// The session's name.
    pub session: String,
    /// The timeline's JSON.
    pub body: String,
    /// The scenario beside it (a folder's only).
    pub scenario: Option<String>,
}

fn io(path: &Path, source: std::io::Error) -> CopyError {
    CopyError::Store(StoreError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// The timelines directly in `dir`, sorted, as (session name, path).
fn timelines_in(dir: &Path) -> Result<Vec<(String, PathBuf)>, CopyError> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).map_err(|e| io(dir, e))? {
        let path = e.map_err(|e| io(dir, e))?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if let Some(session) = name.strip_suffix(TIMELINE)
            && path.is_file()
        {
            v.push((session.to_string(), path.clone()));
        }
    }
    v.sort();
    Ok(v)
}

/// Reads a folder's timeline and the scenario beside it.
fn carried(station: Option<&str>, session: String, path: &Path) -> Result<Carried, CopyError> {
    let body = std::fs::read_to_string(path).map_err(|e| io(path, e))?;
    fields(&body, &path.display().to_string())?;
    let toml = path.with_file_name(format!("{session}.toml"));
    let scenario = match std::fs::read_to_string(&toml) {
        Ok(s) => Some(s),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(&toml, e)),
    };
    Ok(Carried {
        station: station.map(str::to_string),
        session,
        body,
        scenario,
    })
}

/// The recordings at `place` (a state folder or a class database); none when it has none.
pub fn read(place: &Path) -> Result<Vec<Carried>, CopyError> {
    if let Some(url) = database_url(place) {
        let Some(mut db) = Recordings::connect_existing(url)? else {
            return Ok(Vec::new());
        };
        return Ok(db
            .list(&Selection::default())?
            .into_iter()
            .map(|r| Carried {
                station: Some(r.station),
                session: r.session,
                body: r.body,
                scenario: None,
            })
            .collect());
    }
    let mut all = Vec::new();
    for (station, session, path) in listed(place)? {
        all.push(carried(station.as_deref(), session, &path)?);
    }
    Ok(all)
}

/// A folder's timelines: (station, session, path), those directly in `recordings/` first, then
/// each station's subfolder in name order.
fn listed(place: &Path) -> Result<Vec<(Option<String>, String, PathBuf)>, CopyError> {
    let dir = place.join(FOLDER);
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut all: Vec<(Option<String>, String, PathBuf)> = timelines_in(&dir)?
        .into_iter()
        .map(|(session, path)| (None, session, path))
        .collect();
    let mut subs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| io(&dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    subs.sort();
    for sub in subs {
        let station = sub.file_name().and_then(|n| n.to_str()).map(str::to_string);
        for (session, path) in timelines_in(&sub)? {
            all.push((station.clone(), session, path));
        }
    }
    Ok(all)
}

/// The table's columns read from a body: participant, condition, start.
fn fields(body: &str, name: &str) -> Result<(Option<String>, Option<String>, String), CopyError> {
    let v: serde_json::Value = serde_json::from_str(body).map_err(|e| CopyError::BadRecording {
        file: name.to_string(),
        line: e.line(),
        column: e.column(),
        message: {
            let full = e.to_string();
            let at = format!(" at line {} column {}", e.line(), e.column());
            full.strip_suffix(&at).unwrap_or(&full).to_string()
        },
    })?;
    let text = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    Ok((
        text("participant"),
        text("condition"),
        text("started_at").unwrap_or_default(),
    ))
}

/// Writes `all` into `place`; a recording without a station goes into a database as
/// `station`'s. With `replace`, a database's recordings are removed first.
pub fn write(place: &Path, all: &[Carried], station: &str, replace: bool) -> Result<(), CopyError> {
    if let Some(url) = database_url(place) {
        let mut rows = Vec::with_capacity(all.len());
        for c in all {
            let (participant, condition, started) = fields(&c.body, &c.session)?;
            rows.push((c, participant, condition, started));
        }
        let new: Vec<NewRecording<'_>> = rows
            .iter()
            .map(|(c, participant, condition, started)| NewRecording {
                station: c.station.as_deref().unwrap_or(station),
                session: &c.session,
                participant: participant.as_deref(),
                condition: condition.as_deref(),
                started,
                body: &c.body,
            })
            .collect();
        let mut db = Recordings::connect(url)?;
        return Ok(db.replace_all(&new, replace)?);
    }
    for c in all {
        let dir = match &c.station {
            Some(s) => place.join(FOLDER).join(s),
            None => place.join(FOLDER),
        };
        std::fs::create_dir_all(&dir).map_err(|e| io(&dir, e))?;
        let put = |name: String, text: &str| put_file(&dir.join(name), text);
        put(format!("{}{TIMELINE}", c.session), &c.body)?;
        if let Some(s) = &c.scenario {
            put(format!("{}.toml", c.session), s)?;
        }
    }
    Ok(())
}

/// Writes a file whole or not at all: a temporary file beside it, synced, then renamed.
fn put_file(path: &Path, text: &str) -> Result<(), CopyError> {
    use std::io::Write;
    let tmp = path.with_extension("kofu-tmp");
    let mut f = std::fs::File::create(&tmp).map_err(|e| io(&tmp, e))?;
    f.write_all(text.as_bytes()).map_err(|e| io(&tmp, e))?;
    f.sync_all().map_err(|e| io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| io(path, e))
}

/// How many recordings `place` holds.
pub fn held(place: &Path) -> Result<usize, CopyError> {
    if let Some(url) = database_url(place) {
        return Ok(match Recordings::connect_existing(url)? {
            Some(mut db) => usize::try_from(db.count()?).unwrap_or(usize::MAX),
            None => 0,
        });
    }
    Ok(listed(place)?.len())
}
