//! The station's thread: it owns the [`StationLink`] (a connection of its own, not the
//! store's), publishes what the window sends it, beats every [`HEARTBEAT`], and waits on the
//! link's socket for the instructor's commands, which it hands to the window and wakes it.
//!
//! Decisions:
//! - The wait for a notification blocks on the socket in slices of [`SLICE`]: a state sent by
//!   the window cannot wake a socket wait, and the instructor's view should see a change within
//!   500 ms. A slice without a notification sends nothing to the server (no query, no polling
//!   of the database); the heartbeat is the only statement an idle station runs.
//! - A failed statement means the link is lost: the window is told (it asks the store to check
//!   its own connection) and the thread connects again every [`HEARTBEAT`], registering with
//!   the newest state. Commands issued while it was away are not replayed (a kiosk out of
//!   service could not have applied them; `StationLink::connect` starts after them).

use std::collections::BTreeSet;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::time::{Duration, Instant};

use crate::domain::record::StoreError;
use crate::store::postgres::class::{CommandRow, StationLink, StationState};

/// How often an idle station says it is alive (the instructor shows it lost after 10 s).
pub const HEARTBEAT: Duration = Duration::from_secs(2);

/// The longest a state waits before it is published (see the module's notes).
pub const SLICE: Duration = Duration::from_millis(200);

/// What the station's thread tells the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FromStation {
    /// An instructor's command for this station, to apply and acknowledge.
    Command(CommandRow),
    /// The link to the class database failed (heartbeat, publication or wait).
    Lost,
}

/// The window's end of the station's thread. Dropping it ends the thread.
#[derive(Debug)]
pub struct StationThread {
    states: Sender<StationState>,
    acks: Sender<(i64, String)>,
    events: Receiver<FromStation>,
    name: String,
}

impl StationThread {
    /// Starts the thread: it connects as station `name` with `first` as its state, and calls
    /// `wake` whenever it has something for the window.
    pub fn spawn(
        url: String,
        name: String,
        first: StationState,
        wake: Box<dyn Fn() + Send>,
    ) -> std::io::Result<Self> {
        let (states, states_rx) = mpsc::channel();
        let (acks, acks_rx) = mpsc::channel();
        let (events_tx, events) = mpsc::channel();
        let io = Io {
            states: states_rx,
            acks: acks_rx,
            events: events_tx,
            wake,
        };
        let station = name.clone();
        std::thread::Builder::new()
            .name("kofu-station".into())
            .spawn(move || run(&url, &station, first, &io))?;
        Ok(Self {
            states,
            acks,
            events,
            name,
        })
    }

    /// The station's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Publishes the window's state (the newest of those sent wins).
    pub fn publish(&self, s: StationState) {
        let _ = self.states.send(s);
    }

    /// Acknowledges command `seq` with what came of it.
    pub fn ack(&self, seq: i64, outcome: &str) {
        let _ = self.acks.send((seq, outcome.to_string()));
    }

    /// What the thread has told the window since it last asked.
    pub fn drain(&self) -> Vec<FromStation> {
        self.events.try_iter().collect()
    }
}

struct Io {
    states: Receiver<StationState>,
    acks: Receiver<(i64, String)>,
    events: Sender<FromStation>,
    wake: Box<dyn Fn() + Send>,
}

impl Io {
    /// Tells the window; false when the window is gone.
    fn tell(&self, e: FromStation) -> bool {
        let sent = self.events.send(e).is_ok();
        (self.wake)();
        sent
    }

    /// The newest state sent, if any; `Err` when the window is gone.
    fn newest(&self) -> Result<Option<StationState>, ()> {
        let mut last = None;
        loop {
            match self.states.try_recv() {
                Ok(s) => last = Some(s),
                Err(TryRecvError::Empty) => return Ok(last),
                Err(TryRecvError::Disconnected) => return Err(()),
            }
        }
    }
}

/// Why a connected spell ended.
enum End {
    /// The window closed.
    Closed,
    /// The link failed (the window learns only that: the store checks its own connection).
    Lost,
}

fn run(url: &str, name: &str, mut latest: StationState, io: &Io) {
    let mut delivered = BTreeSet::new();
    loop {
        match io.newest() {
            Ok(Some(s)) => latest = s,
            Ok(None) => {}
            Err(()) => return,
        }
        let ended = match StationLink::connect(url, name, &latest) {
            Ok(mut link) => connected(&mut link, &mut latest, &mut delivered, io),
            Err(_) => End::Lost,
        };
        match ended {
            End::Closed => return,
            End::Lost => {
                if !io.tell(FromStation::Lost) {
                    return;
                }
            }
        }
        // Wait before connecting again, keeping the newest state (and leaving if closed).
        match io.states.recv_timeout(HEARTBEAT) {
            Ok(s) => latest = s,
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// Publishes, beats, acknowledges and waits for commands until the link fails or the window
/// closes.
fn connected(
    link: &mut StationLink,
    latest: &mut StationState,
    delivered: &mut BTreeSet<i64>,
    io: &Io,
) -> End {
    let mut beat = Instant::now();
    loop {
        match turn(link, latest, delivered, io, &mut beat) {
            Ok(true) => {}
            Ok(false) => return End::Closed,
            Err(_) => return End::Lost,
        }
    }
}

/// One turn: the newest state or a heartbeat, the acknowledgements, one slice of waiting.
/// `Ok(false)`: the window closed.
fn turn(
    link: &mut StationLink,
    latest: &mut StationState,
    delivered: &mut BTreeSet<i64>,
    io: &Io,
    beat: &mut Instant,
) -> Result<bool, StoreError> {
    match io.newest() {
        Ok(Some(s)) => {
            *latest = s;
            link.publish(latest)?;
            *beat = Instant::now();
        }
        Ok(None) if beat.elapsed() >= HEARTBEAT => {
            link.heartbeat()?;
            *beat = Instant::now();
        }
        Ok(None) => {}
        Err(()) => return Ok(false),
    }
    for (seq, outcome) in io.acks.try_iter() {
        link.ack(seq, &outcome)?;
        delivered.remove(&seq);
    }
    for c in link.wait_commands(SLICE)? {
        // A command handed over and not yet acknowledged is not handed over twice.
        if delivered.insert(c.seq) && !io.tell(FromStation::Command(c)) {
            return Ok(false);
        }
    }
    Ok(true)
}
