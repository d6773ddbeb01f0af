//! The instructor's side of a soak: one [`Instructor`] connection listening on `kofu_station`
//! while the kiosks publish, measuring for each notification the time since its station began
//! the publication that caused it (what an instructor's tile lags behind the kiosk).
//!
//! Each kiosk notes (screen, when) before it publishes; the listener takes a station's notes in
//! order and pairs each notification with the first note of the same screen. Notes passed over
//! (a publication whose notification never came) are counted as missed, notifications with no
//! note as unmatched: both should be zero.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kofu::store::postgres::class::Instructor;

/// The publications begun and not yet notified, per station.
#[derive(Debug, Default)]
pub struct Published {
    /// Station → (screen, when the publication began), oldest first.
    notes: Mutex<HashMap<String, VecDeque<(String, Instant)>>>,
}

impl Published {
    /// Notes that `station` begins to publish `screen` now.
    pub fn note(&self, station: &str, screen: &str, at: Instant) {
        if let Ok(mut m) = self.notes.lock() {
            m.entry(station.to_string())
                .or_default()
                .push_back((screen.to_string(), at));
        }
    }

    /// The note a notification of `screen` from `station` answers, and how many older notes
    /// it passes over.
    fn take(&self, station: &str, screen: &str) -> (Option<Instant>, usize) {
        let Ok(mut m) = self.notes.lock() else {
            return (None, 0);
        };
        let Some(q) = m.get_mut(station) else {
            return (None, 0);
        };
        let Some(i) = q.iter().position(|(s, _)| s == screen) else {
            return (None, 0);
        };
        let at = q.get(i).map(|(_, at)| *at);
        q.drain(..=i);
        (at, i)
    }

    /// Notes never answered.
    fn left(&self) -> usize {
        self.notes
            .lock()
            .map(|m| m.values().map(VecDeque::len).sum())
            .unwrap_or(0)
    }
}

/// What the listener measured.
#[derive(Debug, Default)]
pub struct Heard {
    /// Publication → notification, one per notification paired.
    pub delays: Vec<Duration>,
    /// Notifications received.
    pub notices: usize,
    /// Notifications with no publication noted.
    pub unmatched: usize,
    /// Publications whose notification never came.
    pub missed: usize,
}

/// Listens until `stop`, then a little longer for what is still on its way (at most 2 s).
pub fn listen(
    mut instructor: Instructor,
    published: &Published,
    stop: &AtomicBool,
) -> anyhow::Result<Heard> {
    let mut heard = Heard::default();
    let mut stopped: Option<Instant> = None;
    loop {
        let notices = instructor.wait_changes(Duration::from_millis(100))?;
        let now = Instant::now();
        for n in &notices {
            heard.notices += 1;
            match published.take(&n.station, &n.screen) {
                (Some(at), passed) => {
                    heard.delays.push(now.saturating_duration_since(at));
                    heard.missed += passed;
                }
                (None, _) => heard.unmatched += 1,
            }
        }
        if stop.load(Ordering::Relaxed) {
            let since = *stopped.get_or_insert(now);
            if published.left() == 0 || since.elapsed() > Duration::from_secs(2) {
                break;
            }
        }
    }
    heard.missed += published.left();
    Ok(heard)
}

/// Starts the listener on its own thread.
pub fn spawn(
    instructor: Instructor,
    published: Arc<Published>,
    stop: Arc<AtomicBool>,
) -> std::thread::JoinHandle<anyhow::Result<Heard>> {
    std::thread::spawn(move || listen(instructor, &published, &stop))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notification_answers_the_first_note_of_its_screen() {
        let p = Published::default();
        let t0 = Instant::now();
        p.note("a", "pin", t0);
        p.note("a", "payment", t0);
        p.note("a", "pin", t0);
        assert_eq!(p.take("a", "payment"), (Some(t0), 1));
        assert_eq!(p.left(), 1);
        assert_eq!(p.take("b", "pin"), (None, 0));
        assert_eq!(p.take("a", "printing"), (None, 0));
        assert_eq!(p.take("a", "pin"), (Some(t0), 0));
        assert_eq!(p.left(), 0);
    }
}
