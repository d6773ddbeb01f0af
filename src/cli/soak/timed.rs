//! What the soak measures: a [`Store`] wrapper that times every decision the store makes and
//! notes which kinds a `Session::handle` call wrote, and the percentiles of the times.
//!
//! # What a decision is
//! A decision is what the store makes in one transaction, as the class database's design says
//! (one transaction per decision): a session's start, a PIN entry (counted before it is
//! judged, then judged, under the card's lock: its two transactions are timed as one, from
//! the count to the judgement), an issue's start (its number), a copy printed, an issue's
//! end, a session's end. Its latency is the store call's, from the kiosk's side (round trips,
//! lock waits, the commit).
//!
//! # What a resident waits
//! A `Session::handle` call during which the store was written is timed as well, whole (the
//! domain's work included), named by the kinds it wrote. The soak's printer takes no time, so
//! the last coin starts the issue, ends it and ends the session in one call:
//! `issue-start+issue-done+session-end`, three decisions (at a real kiosk, printing
//! separates them).

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kofu::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};
use kofu::domain::store::Store;

/// The kinds of decision, in the order a session makes them.
pub const KINDS: [&str; 6] = [
    "session-start",
    "pin",
    "issue-start",
    "copy-printed",
    "issue-done",
    "session-end",
];

/// Bit of [`KINDS`]`[i]` in [`Meter::flags`].
const fn bit(i: usize) -> u32 {
    1 << i
}

/// What a kiosk's [`Timed`] store measured, shared with the kiosk's loop.
#[derive(Debug, Default)]
pub struct Meter {
    /// Kinds written since the loop last took them.
    pub flags: AtomicU32,
    /// PIN entries counted (the recount compares them with the store).
    pub counted: AtomicU32,
    /// (kind, latency) of every decision.
    pub times: Mutex<Vec<(usize, Duration)>>,
}

impl Meter {
    /// Notes a decision of kind `i` begun at `started`.
    fn decided(&self, i: usize, started: Instant) {
        let took = started.elapsed();
        self.flags.fetch_or(bit(i), Ordering::Relaxed);
        if let Ok(mut t) = self.times.lock() {
            t.push((i, took));
        }
    }
}

/// A store that times each decision made through it ([`Meter`]).
pub struct Timed {
    /// The real store.
    inner: Box<dyn Store>,
    /// Where the times go.
    meter: Arc<Meter>,
    /// When the PIN entry being judged was begun.
    pin_begun: Option<Instant>,
}

impl Timed {
    /// Wraps `inner`, measuring into `meter`.
    pub fn new(inner: Box<dyn Store>, meter: Arc<Meter>) -> Self {
        Self {
            inner,
            meter,
            pin_begun: None,
        }
    }
}

/// The decision the flags name: its kinds joined by `+` (`None`: nothing was written).
pub fn label(flags: u32) -> Option<String> {
    let kinds: Vec<&str> = (0..KINDS.len())
        .filter(|&i| flags & bit(i) != 0)
        .map(|i| KINDS[i])
        .collect();
    (!kinds.is_empty()).then(|| kinds.join("+"))
}

impl Store for Timed {
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        self.inner.pin_failures(card)
    }

    fn begin_pin_entry(
        &mut self,
        card: &str,
        deck_failures: u8,
        at: &str,
    ) -> Result<u8, StoreError> {
        let begun = Instant::now();
        let before = self.inner.begin_pin_entry(card, deck_failures, at)?;
        if kofu::domain::card::PinCounter::with_failures(before).is_locked() {
            // Refused without an entry: a decision of its own.
            self.meter.decided(1, begun);
        } else {
            self.meter.counted.fetch_add(1, Ordering::Relaxed);
            self.pin_begun = Some(begun);
        }
        Ok(before)
    }

    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        let begun = self.pin_begun.take().unwrap_or_else(Instant::now);
        let after = self.inner.end_pin_entry(card, correct, at)?;
        self.meter.decided(1, begun);
        Ok(after)
    }

    fn begin_issue(&mut self, fields: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        let begun = Instant::now();
        let n = self.inner.begin_issue(fields)?;
        self.meter.decided(2, begun);
        Ok(n)
    }

    fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        let kind = match rec {
            Record::SessionStarted { .. } | Record::Registration { .. } => 0,
            Record::Pin { .. } => 1,
            Record::IssueStarted { .. } => 2,
            Record::CopyPrinted { .. } => 3,
            Record::IssueDone { .. } => 4,
            Record::SessionEnded { .. } => 5,
        };
        let begun = Instant::now();
        self.inner.append(rec)?;
        self.meter.decided(kind, begun);
        Ok(())
    }

    fn registration(
        &mut self,
        person: &str,
        municipality: &str,
    ) -> Result<Option<String>, StoreError> {
        self.inner.registration(person, municipality)
    }
}

/// Percentiles of a set of times, in milliseconds.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct Percentiles {
    /// How many times.
    pub count: usize,
    /// Median.
    pub p50_ms: f64,
    /// 90th percentile.
    pub p90_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// The slowest.
    pub max_ms: f64,
}

impl Percentiles {
    /// Nearest-rank percentiles of `times` (sorted here); all zero when there are none.
    pub fn of(times: &mut [Duration]) -> Self {
        times.sort_unstable();
        let at = |p: f64| -> f64 {
            if times.is_empty() {
                return 0.0;
            }
            // Nearest rank: the smallest value with at least p % of the values at or below it.
            let rank = (p / 100.0 * times.len() as f64).ceil() as usize;
            let i = rank.clamp(1, times.len()) - 1;
            round(times[i].as_secs_f64() * 1000.0)
        };
        Self {
            count: times.len(),
            p50_ms: at(50.0),
            p90_ms: at(90.0),
            p99_ms: at(99.0),
            max_ms: at(100.0),
        }
    }
}

/// Milliseconds to two decimals (what the summary shows).
pub fn round(ms: f64) -> f64 {
    (ms * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let mut t: Vec<Duration> = (1..=100).rev().map(Duration::from_millis).collect();
        let p = Percentiles::of(&mut t);
        assert_eq!(p.count, 100);
        assert_eq!(
            (p.p50_ms, p.p90_ms, p.p99_ms, p.max_ms),
            (50.0, 90.0, 99.0, 100.0)
        );
        let one = Percentiles::of(&mut [Duration::from_micros(1500)]);
        assert_eq!((one.p50_ms, one.p99_ms), (1.5, 1.5));
        assert_eq!(Percentiles::of(&mut []).count, 0);
    }

    #[test]
    fn the_kinds_written_name_the_decision() {
        assert_eq!(label(0), None);
        assert_eq!(
            label(bit(4) | bit(3)).as_deref(),
            Some("copy-printed+issue-done")
        );
        assert_eq!(label(bit(1)).as_deref(), Some("pin"));
    }
}
