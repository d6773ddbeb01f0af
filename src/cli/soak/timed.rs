//! What the soak measures: a [`Store`] wrapper that notes which decisions a `Session::handle`
//! call wrote (so the call's time counts as that decision's latency), and the percentiles of
//! the times collected.
//!
//! # Which calls are decisions
//! A decision is a `Session::handle` call during which the store was *written*: a session's
//! start record, a PIN entry (counted before it is judged, then judged: two transactions in
//! one call), an issue's start (its number), a copy printed, an issue's end, a session's end.
//! Its latency is the whole call, as the resident waits for it (the domain's work included,
//! which is small beside a commit). Calls that only read (the card's count when it is placed)
//! or touch nothing are not decisions. A call that writes several records (the last coin
//! starts the issue, and the printer, which takes no time here, prints the copy, ends the
//! issue and the session in the same call) is one decision, named by the kinds it wrote
//! (`issue-start+copy-printed+issue-done+session-end`).

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use kofu::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};
use kofu::domain::store::Store;

/// The kinds of decision, as bits of [`Timed`]'s flags, in the order a session makes them.
const KINDS: [&str; 6] = [
    "session-start",
    "pin",
    "issue-start",
    "copy-printed",
    "issue-done",
    "session-end",
];

/// Bit of [`KINDS`]`[i]`.
const fn bit(i: usize) -> u32 {
    1 << i
}

/// A store that raises a flag for every kind of record written through it; the kiosk's loop
/// reads and clears the flags around each `handle` call.
pub struct Timed {
    /// The real store.
    inner: Box<dyn Store>,
    /// Kinds written since the flags were last taken.
    flags: Arc<AtomicU32>,
    /// PIN entries counted through this store (the recount compares them with the database).
    counted: Arc<AtomicU32>,
}

impl Timed {
    /// Wraps `inner`; the flags and the count of counted PIN entries are shared with the loop.
    pub fn new(inner: Box<dyn Store>, flags: Arc<AtomicU32>, counted: Arc<AtomicU32>) -> Self {
        Self {
            inner,
            flags,
            counted,
        }
    }

    /// Raises the flag of kind `i`.
    fn mark(&self, i: usize) {
        self.flags.fetch_or(bit(i), Ordering::Relaxed);
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
        self.mark(1);
        let before = self.inner.begin_pin_entry(card, deck_failures, at)?;
        if !kofu::domain::card::PinCounter::with_failures(before).is_locked() {
            self.counted.fetch_add(1, Ordering::Relaxed);
        }
        Ok(before)
    }

    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        self.mark(1);
        self.inner.end_pin_entry(card, correct, at)
    }

    fn begin_issue(&mut self, fields: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        self.mark(2);
        self.inner.begin_issue(fields)
    }

    fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        self.mark(match rec {
            Record::SessionStarted { .. } | Record::Registration { .. } => 0,
            Record::Pin { .. } => 1,
            Record::IssueStarted { .. } => 2,
            Record::CopyPrinted { .. } => 3,
            Record::IssueDone { .. } => 4,
            Record::SessionEnded { .. } => 5,
        });
        self.inner.append(rec)
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
