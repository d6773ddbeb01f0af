//! Recordings saved into a class database as well as the folder (issue 25, item 4): the window's
//! recorder hands every save to a [`Sink`]; [`ClassSink`] puts it into the `recordings` table
//! ([`crate::store::postgres::recordings`]) from a worker thread.
//!
//! Decisions:
//! - **Both places.** The folder is written as before (a researcher who asked for one expects
//!   the files, and the scenario beside the timeline is what draws the replays); the database
//!   gets the timeline's JSON, byte for byte the file's, keyed by station and session.
//! - **Never on the UI thread.** A save is a message to a worker with its own connection; the
//!   window never waits for the database. The worker keeps only the newest save of each session
//!   (an older one is replaced by it anyway), so a database that is slow or away costs one body
//!   per session in memory, not a queue that grows with every screen change.
//! - **A database away** is retried every [`RETRY`] with a new connection; meanwhile the
//!   console shows why (`problem`), the files are written as usual, and nothing is lost unless
//!   the window closes before the database comes back (the file is there).
//! - **Closing** waits a bounded time ([`Sink::flush`]) for the last save: the caller decides
//!   how long (the window: 2 s when recording stops or it closes).
//! - **A killed kiosk** leaves in the database the last save that reached it; the file may be one
//!   save ahead.

use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::store::postgres::recordings::{NewRecording, Recordings};

/// How long the worker waits before it tries a database that failed again.
pub const RETRY: Duration = Duration::from_secs(2);

/// One save of a session's recording: what the files hold, and the names the table keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The session's name (the files' name without `.toml` / `.timeline.json`).
    pub session: String,
    /// The participant's id, if the study gave one.
    pub participant: Option<String>,
    /// The study condition, if any.
    pub condition: Option<String>,
    /// The timeline's `started_at`.
    pub started: String,
    /// The timeline's JSON, as written to its file.
    pub timeline: String,
}

/// Where a recorder sends its saves besides the folder: it must return at once (the window
/// calls it between frames) and say, when asked, what went wrong last.
pub trait Sink: Send + Sync + std::fmt::Debug {
    /// Takes a save (the newest of its session wins).
    fn save(&self, saved: Saved);
    /// What went wrong with the last attempt, for the console (the database's error names it,
    /// without its password); `None` once a save got through.
    fn problem(&self) -> Option<String>;
    /// Waits at most `limit` for every save handed over so far to be stored; true when they
    /// are.
    fn flush(&self, limit: Duration) -> bool;
}

/// The worker's progress, shared with the recorder's side.
#[derive(Debug, Default)]
struct Progress {
    /// Saves handed over (numbered from 1).
    sent: u64,
    /// Every save up to this number is stored (or replaced by a newer one that is).
    stored: u64,
    /// The last failure, until a save gets through.
    problem: Option<String>,
}

/// What both sides hold.
#[derive(Debug, Default)]
struct Shared {
    progress: Mutex<Progress>,
    changed: Condvar,
}

impl Shared {
    fn with<T>(&self, f: impl FnOnce(&mut Progress) -> T) -> T {
        let mut p = self.progress.lock().unwrap_or_else(PoisonError::into_inner);
        let out = f(&mut p);
        self.changed.notify_all();
        out
    }
}

/// Saves recordings into a class database's `recordings` table from a worker thread (see the
/// module's notes); the worker ends when the sink is dropped, after one last attempt.
#[derive(Debug)]
pub struct ClassSink {
    to_worker: Mutex<Sender<(u64, Saved)>>,
    shared: Arc<Shared>,
}

impl ClassSink {
    /// Starts the worker for station `station` of the database at `url` (it connects in the
    /// background: the window does not wait for it).
    pub fn start(url: &str, station: &str) -> Self {
        let (tx, rx) = channel();
        let shared = Arc::new(Shared::default());
        let worker = Worker {
            url: url.to_string(),
            station: station.to_string(),
            shared: shared.clone(),
            db: None,
            waiting: BTreeMap::new(),
        };
        let spawned = std::thread::Builder::new()
            .name("kofu-recordings".into())
            .spawn(move || worker.run(&rx));
        if let Err(e) = spawned {
            shared.with(|p| p.problem = Some(format!("cannot start the saving thread: {e}")));
        }
        Self {
            to_worker: Mutex::new(tx),
            shared,
        }
    }
}

impl Sink for ClassSink {
    fn save(&self, saved: Saved) {
        let n = self.shared.with(|p| {
            p.sent += 1;
            p.sent
        });
        let tx = self
            .to_worker
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if tx.send((n, saved)).is_err() {
            self.shared
                .with(|p| p.problem = Some("the saving thread has stopped".into()));
        }
    }

    fn problem(&self) -> Option<String> {
        self.shared.with(|p| p.problem.clone())
    }

    fn flush(&self, limit: Duration) -> bool {
        let end = Instant::now() + limit;
        let mut p = self
            .shared
            .progress
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let want = p.sent;
        while p.stored < want {
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            p = self
                .shared
                .changed
                .wait_timeout(p, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        true
    }
}

/// The worker's side: its connection and the newest save of each session not stored yet.
struct Worker {
    url: String,
    station: String,
    shared: Arc<Shared>,
    db: Option<Recordings>,
    /// Session name → (save number, save).
    waiting: BTreeMap<String, (u64, Saved)>,
}

impl Worker {
    fn run(mut self, rx: &Receiver<(u64, Saved)>) {
        loop {
            let next = if self.waiting.is_empty() {
                rx.recv().map_err(|_| RecvTimeoutError::Disconnected)
            } else {
                rx.recv_timeout(RETRY)
            };
            let closed = match next {
                Ok(item) => {
                    self.take(item);
                    false
                }
                Err(RecvTimeoutError::Timeout) => false,
                Err(RecvTimeoutError::Disconnected) => true,
            };
            // Everything queued meanwhile: only the newest save of a session is stored.
            while let Ok(item) = rx.try_recv() {
                self.take(item);
            }
            let ok = self.store_waiting();
            if closed {
                return; // one last attempt made
            }
            if !ok {
                // Wait before the next attempt, taking new saves meanwhile.
                let until = Instant::now() + RETRY;
                while let Some(left) = until.checked_duration_since(Instant::now()) {
                    match rx.recv_timeout(left) {
                        Ok(item) => self.take(item),
                        Err(RecvTimeoutError::Timeout) => break,
                        Err(RecvTimeoutError::Disconnected) => {
                            self.store_waiting();
                            return;
                        }
                    }
                }
            }
        }
    }

    fn take(&mut self, (n, saved): (u64, Saved)) {
        self.waiting.insert(saved.session.clone(), (n, saved));
    }

    /// Stores every waiting save; false (the problem noted) when the database failed.
    fn store_waiting(&mut self) -> bool {
        if self.waiting.is_empty() {
            return true;
        }
        let db = match self.db.as_mut() {
            Some(db) => db,
            None => match Recordings::connect(&self.url) {
                Ok(db) => self.db.insert(db),
                Err(e) => return self.failed(&e),
            },
        };
        let mut highest = 0;
        while let Some((session, (n, s))) = self.waiting.pop_first() {
            let row = NewRecording {
                station: &self.station,
                session: &s.session,
                participant: s.participant.as_deref(),
                condition: s.condition.as_deref(),
                started: &s.started,
                body: &s.timeline,
            };
            if let Err(e) = db.save(&row) {
                self.waiting.insert(session, (n, s));
                self.db = None; // a new connection next time
                return self.failed(&e);
            }
            highest = highest.max(n);
        }
        self.shared.with(|p| {
            // Every save handed over before the newest one stored is stored or replaced.
            p.stored = p.stored.max(highest);
            p.problem = None;
        });
        true
    }

    fn failed(&self, e: &dyn std::fmt::Display) -> bool {
        self.shared.with(|p| p.problem = Some(e.to_string()));
        false
    }
}
