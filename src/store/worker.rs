//! A store that runs another store on a worker thread, so the window never blocks on a class
//! database (issue 25, item 5): each call goes over a channel and the caller waits for its
//! answer at most [`DEADLINE`]. A call past its deadline, or one that failed because the
//! connection is gone, is a [`StoreError::Unreachable`]; the worker then drops its connection
//! and connects afresh in the background every [`RETRY`], and [`Health`] tells the window when
//! the store answers again.
//!
//! # No decision half made
//! The domain already orders every decision so that an interruption loses nothing that was
//! shown (see [`Store`]); the worker keeps that true when it gives up waiting:
//! - **A PIN entry counted and not judged stays a failure.** If `begin_pin_entry` commits after
//!   its caller gave up, the worker judges the entry wrong at once (`end_pin_entry(false)`,
//!   which writes nothing and releases the card's lock), so the count stays as committed and
//!   the next kiosk on that card does not wait. If the connection is lost in between, the
//!   server ends the session and its advisory lock with it; the count stays.
//! - **An issue number taken and not printed is a gap, never a repeat.** The number comes from
//!   the database's counter in the transaction that records the start; a session that
//!   never learns it prints nothing with it, and no one else is ever given it.
//! - **A record is in the database or not, never in part**: every call is one transaction. A
//!   commit the caller did not hear of (a late `append`) stays committed: a copy recorded and
//!   not handed out, an end of session or of an issue; what was handed out is always recorded
//!   first.
//! - A call still queued when its deadline passed is not run at all.
//! - A worker stuck in a call (a cut network: the server's answer never comes) is left to
//!   finish alone, and a fresh worker with a fresh connection takes its place; the stuck one
//!   ends when its call does, and its connection (and any lock it held) with it.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::domain::record::StoreError;
use crate::domain::store::Store;
use call::{Answer, Call, Job, Reply};

/// How long the window waits for one store call: 2 s. A decision on loopback takes 1–3 ms
/// and the class benchmark's goal is a p99 of 20 ms, so only a store that is gone (or a
/// network that is cut) gets near it; a wait this long is the most the window may freeze.
pub const DEADLINE: Duration = Duration::from_secs(2);

/// How often a worker without a connection tries to connect again, and how often an idle
/// worker checks that its connection still answers (the outage is seen within about this
/// long of the server going away, even with no one at the kiosk).
pub const RETRY: Duration = Duration::from_secs(1);

/// Opens the store afresh (a new connection to the class database).
pub type Connect = Arc<dyn Fn() -> Result<Box<dyn Store>, StoreError> + Send + Sync>;

/// Whether the store answers: shared by the worker, the store handle and the window.
#[derive(Debug, Default)]
pub struct Health {
    state: Mutex<HealthState>,
}

#[derive(Debug, Default)]
struct HealthState {
    /// The worker whose word counts (an abandoned worker's is ignored).
    generation: u64,
    /// The last call or connection failed and no new connection answered since.
    down: bool,
    /// A call (or check) in progress since then.
    busy_since: Option<Instant>,
}

impl Health {
    fn with<T>(&self, f: impl FnOnce(&mut HealthState) -> T) -> T {
        f(&mut self.state.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// True when the store answered last and no call has been waiting longer than
    /// [`DEADLINE`].
    pub fn reachable(&self) -> bool {
        self.with(|s| !s.down && s.busy_since.is_none_or(|t| t.elapsed() < DEADLINE))
    }

    /// A call or check has been waiting longer than [`DEADLINE`]: its worker is stuck.
    fn stuck(&self) -> bool {
        self.with(|s| s.busy_since.is_some_and(|t| t.elapsed() >= DEADLINE))
    }

    fn set(&self, generation: u64, down: bool) {
        self.with(|s| {
            if s.generation == generation {
                s.down = down;
            }
        });
    }

    fn busy(&self, generation: u64, on: bool) {
        self.with(|s| {
            if s.generation == generation {
                s.busy_since = on.then(Instant::now);
            }
        });
    }
}

/// What the worker store and the window share: the current worker's channel and the health.
struct Shared {
    jobs: Mutex<(u64, Sender<Job>)>,
    health: Arc<Health>,
    connect: Connect,
    label: PathBuf,
}

impl Shared {
    /// Starts worker `generation` (with `first` as its store, else connecting itself).
    fn spawn(self: &Arc<Self>, generation: u64, first: Option<Box<dyn Store>>) -> Sender<Job> {
        let (tx, rx) = mpsc::channel();
        let (health, connect) = (self.health.clone(), self.connect.clone());
        let label = self.label.clone();
        health.with(|s| {
            *s = HealthState {
                generation,
                down: first.is_none(),
                busy_since: None,
            }
        });
        let spawned = std::thread::Builder::new()
            .name(format!("kofu-store-{generation}"))
            .spawn(move || {
                Worker {
                    generation,
                    store: first,
                    health,
                    connect,
                    label,
                }
                .run(&rx);
            });
        if spawned.is_err() {
            self.health.set(generation, true);
        }
        tx
    }

    fn unreachable(&self, message: impl Into<String>) -> StoreError {
        StoreError::Unreachable {
            path: self.label.clone(),
            message: message.into(),
        }
    }

    /// Sends a call and waits for its answer until the deadline. A store known to be down
    /// answers at once; a call past its deadline abandons the worker for a fresh one.
    fn call(self: &Arc<Self>, call: Call) -> Reply {
        if !self.health.reachable() {
            return Err(self.unreachable("not answering (reconnecting)"));
        }
        let deadline = Instant::now() + DEADLINE;
        let (reply, answer) = mpsc::channel();
        let generation = {
            let jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
            if jobs.1.send(Job::Call(call, deadline, reply)).is_err() {
                drop(jobs);
                self.replace();
                return Err(self.unreachable("the store's worker stopped"));
            }
            jobs.0
        };
        match answer.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(r) => r,
            Err(_) => {
                let current = self.jobs.lock().unwrap_or_else(PoisonError::into_inner).0;
                if current == generation {
                    self.replace();
                }
                Err(self.unreachable(format!("no answer within {} s", DEADLINE.as_secs_f32())))
            }
        }
    }

    /// Leaves the current worker to finish alone and starts a fresh one that connects anew.
    fn replace(self: &Arc<Self>) {
        let mut jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
        let generation = jobs.0 + 1;
        *jobs = (generation, self.spawn(generation, None));
    }
}

/// The thread that owns the store.
struct Worker {
    generation: u64,
    store: Option<Box<dyn Store>>,
    health: Arc<Health>,
    connect: Connect,
    label: PathBuf,
}

impl Worker {
    fn run(mut self, jobs: &Receiver<Job>) {
        loop {
            if self.store.is_none() {
                self.reconnect();
            }
            let job = match jobs.recv_timeout(RETRY) {
                Ok(job) => job,
                Err(RecvTimeoutError::Timeout) => {
                    self.probe();
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return,
            };
            match job {
                Job::Probe => self.probe(),
                Job::Call(call, deadline, reply) => self.answer(&call, deadline, &reply),
            }
        }
    }

    fn reconnect(&mut self) {
        match (self.connect)() {
            Ok(s) => {
                self.store = Some(s);
                self.health.set(self.generation, false);
            }
            Err(_) => self.health.set(self.generation, true),
        }
    }

    /// Checks the connection with a read that changes nothing; drops it if it fails.
    fn probe(&mut self) {
        let Some(s) = self.store.as_mut() else {
            return;
        };
        self.health.busy(self.generation, true);
        let ok = s.pin_failures("kofu-probe").is_ok();
        self.health.busy(self.generation, false);
        if !ok {
            self.lost();
        }
    }

    fn lost(&mut self) {
        self.store = None;
        self.health.set(self.generation, true);
    }

    fn answer(&mut self, call: &Call, deadline: Instant, reply: &Sender<Reply>) {
        let label = self.label.clone();
        let unreachable = |message: String| StoreError::Unreachable {
            path: label.clone(),
            message,
        };
        let Some(s) = self.store.as_mut() else {
            let _ = reply.send(Err(unreachable("not connected".into())));
            return;
        };
        if Instant::now() >= deadline {
            // Its caller has given up: a decision no one waits for is not made.
            let _ = reply.send(Err(unreachable("too late".into())));
            return;
        }
        self.health.busy(self.generation, true);
        let mut out = call.run(s.as_mut());
        self.health.busy(self.generation, false);
        if let Err(e) = &out {
            // A refusal by a working database stays what it is; a connection that no
            // longer answers makes the call unreachable.
            let message = e.to_string();
            self.probe();
            if self.store.is_none() {
                out = Err(unreachable(message));
            }
        }
        let late_pin = matches!((&out, call), (Ok(_), Call::BeginPin(..)));
        if reply.send(out).is_err()
            && late_pin
            && let (Call::BeginPin(card, _, at), Some(s)) = (call, self.store.as_mut())
        {
            // Counted after the caller gave up: judged wrong now, so it stays a failure
            // and the card's lock is released.
            let _ = s.end_pin_entry(card, false, at);
        }
    }
}

/// The [`Store`] the window's session holds when its state is a class database.
pub struct WorkerStore {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for WorkerStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerStore")
            .field("store", &self.shared.label)
            .finish_non_exhaustive()
    }
}

/// The window's hold on a [`WorkerStore`] it gave away to its session: its health, and a way
/// to ask for a check of the connection.
#[derive(Clone)]
pub struct WorkerHandle {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for WorkerHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerHandle").finish_non_exhaustive()
    }
}

impl WorkerHandle {
    /// Whether the store answers (see [`Health::reachable`]). A worker stuck in a call or
    /// check is left to finish alone and a fresh one connects in its place.
    pub fn reachable(&self) -> bool {
        if self.shared.health.stuck() {
            self.shared.replace();
        }
        self.shared.health.reachable()
    }

    /// Asks the worker to check its connection now (the station link lost its own).
    pub fn probe(&self) {
        let jobs = self
            .shared
            .jobs
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let _ = jobs.1.send(Job::Probe);
    }
}

impl WorkerStore {
    /// Runs `first` on a worker thread; `connect` opens a fresh store after it is lost.
    /// `label` names the store in errors (a URL without its password).
    pub fn start(first: Box<dyn Store>, connect: Connect, label: impl Into<PathBuf>) -> Self {
        let shared = Arc::new(Shared {
            jobs: Mutex::new((0, mpsc::channel().0)),
            health: Arc::new(Health::default()),
            connect,
            label: label.into(),
        });
        let tx = shared.spawn(0, Some(first));
        *shared.jobs.lock().unwrap_or_else(PoisonError::into_inner) = (0, tx);
        Self { shared }
    }

    /// The window's handle on this store's health.
    pub fn handle(&self) -> WorkerHandle {
        WorkerHandle {
            shared: self.shared.clone(),
        }
    }

    fn wrong(&self, a: Answer) -> StoreError {
        self.shared
            .unreachable(format!("the worker answered another call ({a:?})"))
    }
}

mod call;
#[cfg(test)]
mod tests;
