//! The instructor station's two connections, each on a thread of its own, so the window never
//! waits for the database:
//! - the **watcher** listens (`LISTEN kofu_station`) and blocks on its socket in
//!   [`Instructor::wait_changes`]; it reads the whole class again when a station notifies, and
//!   at least once a second so the "silent" and "time on screen" clocks move (no polling loop:
//!   a quiet class costs one read a second). Each read goes to the window as an
//!   [`Update::Snapshot`], with a repaint;
//! - the **actor** carries out what the instructor asks ([`Request`]): a command, a
//!   recording's body, an export. Its connection does not listen, so it piles up no
//!   notifications.
//!
//! A connection that fails is opened again every [`RETRY`]; the window shows why meanwhile.
//! Both threads end when the window drops its [`Link`].

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use super::model::{Snapshot, sorted};
use crate::domain::record::StoreError;
use crate::store::database::TraineeResult;
use crate::store::postgres::class::{ClassCommand, Instructor};
use crate::training::results;

/// How often the class is read when no station says anything (the clocks' tick).
pub const TICK: Duration = Duration::from_secs(1);
/// How long a failed connection waits before it is opened again.
pub const RETRY: Duration = Duration::from_secs(2);
/// The least time between two reads the stations' notifications cause: thirty stations
/// beating every 2 s notify 15 times a second, and each read takes the whole class.
pub const MIN_GAP: Duration = Duration::from_millis(100);
/// How many recent commands are read.
pub const RECENT_COMMANDS: i64 = 50;

/// What the window asks of the database.
#[derive(Debug, Clone)]
pub enum Request {
    /// Send a command to a station (`Some`) or every station.
    Send(Option<String>, ClassCommand),
    /// Read a recording's body.
    Recording(i64),
    /// Write these results as `results.csv` into the folder.
    ExportCsv(PathBuf, Vec<TraineeResult>),
    /// Write a record of completion (PDF) per trainee among these results into the folder.
    ExportPdf(PathBuf, Vec<TraineeResult>),
}

/// What the threads tell the window.
#[derive(Debug, Clone)]
pub enum Update {
    /// The class as read now; `woken` is when the read began after a station's notification
    /// (`None`: the clock's tick or the first read).
    Snapshot(Box<Snapshot>, Option<Instant>),
    /// A command was written (its number), or why not.
    Sent(Result<i64, String>),
    /// A recording's body (number, text), or why not.
    Recording(i64, Result<String, String>),
    /// The files an export wrote, or why it failed.
    Exported(Result<Vec<PathBuf>, String>),
    /// The database cannot be read now (why, without a password).
    Down(String),
}

/// The window's end of the threads.
#[derive(Debug)]
pub struct Link {
    requests: Sender<Request>,
    updates: Receiver<Update>,
    wake: Arc<OnceLock<egui::Context>>,
}

/// Tells the window something came.
fn send(out: &Sender<Update>, wake: &OnceLock<egui::Context>, u: Update) -> bool {
    let alive = out.send(u).is_ok();
    if let Some(ctx) = wake.get() {
        ctx.request_repaint();
    }
    alive
}

/// The message for a database kofu never used.
pub fn not_a_class(url: &str) -> String {
    format!(
        "{}: no kofu class in this database (no kofu schema): prepare it with `kofu class init` \
         or give the URL the kiosks use",
        crate::store::postgres::redact(url)
    )
}

/// Opens an instructor's connection to a class database kofu has used.
fn open(url: &str) -> Result<Instructor, String> {
    match Instructor::connect_existing(url) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => Err(not_a_class(url)),
        Err(e) => Err(e.to_string()),
    }
}

/// Reads the whole class.
pub fn read(i: &mut Instructor) -> Result<Snapshot, StoreError> {
    Ok(Snapshot {
        stations: sorted(i.stations()?),
        results: i.results()?,
        commands: i.recent_commands(RECENT_COMMANDS)?,
        recordings: i.recordings()?,
    })
}

impl Link {
    /// Starts both threads on `url`.
    pub fn start(url: &str) -> Self {
        let (requests, asked) = channel();
        let (told, updates) = channel();
        let wake: Arc<OnceLock<egui::Context>> = Arc::default();
        let (u, o, w) = (url.to_string(), told.clone(), Arc::clone(&wake));
        std::thread::spawn(move || watch(&u, &o, &w));
        let (u, w) = (url.to_string(), Arc::clone(&wake));
        std::thread::spawn(move || act(&u, &asked, &told, &w));
        Self {
            requests,
            updates,
            wake,
        }
    }

    /// The context to repaint when something comes (set once, from the first frame).
    pub fn set_context(&self, ctx: &egui::Context) {
        let _ = self.wake.set(ctx.clone());
    }

    /// Asks the actor for something.
    pub fn ask(&self, r: Request) {
        let _ = self.requests.send(r);
    }

    /// What came since the last call, in order.
    pub fn received(&self) -> Vec<Update> {
        self.updates.try_iter().collect()
    }
}

/// The watcher: reads the class on each notification and each [`TICK`].
fn watch(url: &str, out: &Sender<Update>, wake: &OnceLock<egui::Context>) {
    loop {
        let mut inst = match open(url).and_then(|mut i| {
            i.watch().map_err(|e| e.to_string())?;
            Ok(i)
        }) {
            Ok(i) => i,
            Err(e) => {
                if !send(out, wake, Update::Down(e)) {
                    return;
                }
                std::thread::sleep(RETRY);
                continue;
            }
        };
        let mut woken = None;
        let failed = loop {
            match read(&mut inst) {
                Ok(s) => {
                    if !send(out, wake, Update::Snapshot(Box::new(s), woken)) {
                        return;
                    }
                }
                Err(e) => break e,
            }
            let read_at = Instant::now();
            match inst.wait_changes(TICK) {
                Ok(notes) => woken = (!notes.is_empty()).then(Instant::now),
                Err(e) => break e,
            }
            if woken.is_some() {
                std::thread::sleep(MIN_GAP.saturating_sub(read_at.elapsed()));
            }
        };
        if !send(out, wake, Update::Down(failed.to_string())) {
            return;
        }
        std::thread::sleep(RETRY);
    }
}

/// The actor: carries out each request on its own connection, opened when first needed.
fn act(url: &str, asked: &Receiver<Request>, out: &Sender<Update>, wake: &OnceLock<egui::Context>) {
    let mut conn: Option<Instructor> = None;
    for r in asked {
        let u = match r {
            Request::ExportCsv(dir, res) => Update::Exported(export_csv(&dir, &res)),
            Request::ExportPdf(dir, res) => Update::Exported(export_pdf(&dir, &res)),
            Request::Send(station, cmd) => {
                Update::Sent(with(&mut conn, url, |i| i.send(station.as_deref(), &cmd)))
            }
            Request::Recording(seq) => {
                let body = with(&mut conn, url, |i| i.recording_body(seq)).and_then(|b| {
                    b.ok_or_else(|| format!("no recording number {seq} in the class database"))
                });
                Update::Recording(seq, body)
            }
        };
        if !send(out, wake, u) {
            return;
        }
    }
}

/// Runs `f` on the actor's connection, opening it first if needed; a failed call drops it so
/// the next request opens a fresh one.
fn with<T>(
    conn: &mut Option<Instructor>,
    url: &str,
    f: impl FnOnce(&mut Instructor) -> Result<T, StoreError>,
) -> Result<T, String> {
    let mut i = match conn.take() {
        Some(i) => i,
        None => open(url)?,
    };
    let r = f(&mut i).map_err(|e| e.to_string())?;
    *conn = Some(i);
    Ok(r)
}

/// Writes `results.csv` into `dir` (the CSV `kofu results` writes).
pub fn export_csv(dir: &std::path::Path, res: &[TraineeResult]) -> Result<Vec<PathBuf>, String> {
    make_dir(dir)?;
    let p = dir.join("results.csv");
    crate::output::write_file(&p, results::to_csv(res).as_bytes())
        .map_err(|e| format!("{}: {}", e.path.display(), e.source))?;
    Ok(vec![p])
}

/// Writes `record-<trainee>.pdf` per trainee into `dir` (the record `kofu results` writes).
pub fn export_pdf(dir: &std::path::Path, res: &[TraineeResult]) -> Result<Vec<PathBuf>, String> {
    make_dir(dir)?;
    let fonts = results::fonts(&crate::kiosk::assets_dir()).map_err(|e| e.to_string())?;
    let mut trainees: Vec<&str> = res.iter().map(|r| r.trainee.as_str()).collect();
    trainees.sort_unstable();
    trainees.dedup();
    let mut out = Vec::new();
    for t in trainees {
        let mine: Vec<TraineeResult> = res.iter().filter(|r| r.trainee == t).cloned().collect();
        let pdf = results::to_pdf(t, &mine, &fonts).map_err(|e| e.to_string())?;
        let p = dir.join(format!("record-{}.pdf", results::file_part(t)));
        crate::output::write_file(&p, &pdf)
            .map_err(|e| format!("{}: {}", e.path.display(), e.source))?;
        out.push(p);
    }
    Ok(out)
}

/// Makes the export folder (and its parents).
fn make_dir(dir: &std::path::Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))
}
