//! The summary a `kofu soak --kiosks N` prints: as lines for a person, or as one JSON object
//! for scripts and the README's figures (`--summary json`).

use std::collections::BTreeMap;
use std::io::Write;

use super::recount::Recount;
use super::timed::Percentiles;

/// How the summary is printed.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// Lines for a person.
    Text,
    /// One JSON object.
    Json,
}

/// What the instructor's listener measured.
#[derive(Debug, serde::Serialize)]
pub struct InstructorFigures {
    /// Notifications received.
    pub notices: usize,
    /// Notifications no publication was noted for.
    pub unmatched: usize,
    /// Publications whose notification never came.
    pub missed: usize,
    /// From a station's publication to its notification at the instructor.
    pub delay: Percentiles,
}

/// Everything a soak of several kiosks measured.
#[derive(Debug, serde::Serialize)]
pub struct Summary {
    /// The state (a folder, or the URL without its password).
    pub state: String,
    /// `postgres` or `sqlite`.
    pub backend: &'static str,
    /// Kiosks (threads), each on its own connection.
    pub kiosks: usize,
    /// Distinct cards they used.
    pub cards: usize,
    /// Whether the kiosks were stations publishing after every step.
    pub stations: bool,
    /// Wall time from the first session's start to the last one's end.
    pub seconds: f64,
    /// Sessions completed.
    pub sessions: u64,
    /// Sessions per second over the wall time.
    pub sessions_per_s: f64,
    /// Certificates issued.
    pub issues: usize,
    /// Every decision's latency (one transaction of the store; a PIN entry's two as one).
    pub decisions: Percentiles,
    /// The same by kind of decision.
    pub by_kind: BTreeMap<String, Percentiles>,
    /// What the resident waits: each `Session::handle` call that wrote, by the kinds written.
    pub waits: BTreeMap<String, Percentiles>,
    /// Each station publication's time (a statement on the station's own connection).
    pub publish: Option<Percentiles>,
    /// The instructor's delay.
    pub instructor: Option<InstructorFigures>,
    /// The recount from the store.
    pub recount: Recount,
    /// True when the recount found nothing lost, doubled or half made.
    pub recount_ok: bool,
}

/// `p50 1.23 ms, p90 …` for a line.
fn ms(p: &Percentiles) -> String {
    format!(
        "{} × p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        p.count, p.p50_ms, p.p90_ms, p.p99_ms, p.max_ms
    )
}

impl Summary {
    /// Prints the summary in `format`.
    pub fn print(&self, format: Format, out: &mut impl Write) -> anyhow::Result<()> {
        match format {
            Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(self)?)?,
            Format::Text => self.text(out)?,
        }
        Ok(())
    }

    /// The summary as lines.
    fn text(&self, out: &mut impl Write) -> anyhow::Result<()> {
        writeln!(
            out,
            "soak: {} kiosks on {} cards, {} ({}), stations {}",
            self.kiosks,
            self.cards,
            self.backend,
            self.state,
            if self.stations { "on" } else { "off" }
        )?;
        writeln!(
            out,
            "  {} sessions in {:.1} s: {:.1} sessions/s; {} issued",
            self.sessions, self.seconds, self.sessions_per_s, self.issues
        )?;
        writeln!(out, "  decisions: {}", ms(&self.decisions))?;
        for (kind, p) in &self.by_kind {
            writeln!(out, "    {kind}: {}", ms(p))?;
        }
        writeln!(out, "  waits (handle calls that wrote):")?;
        for (kind, p) in &self.waits {
            writeln!(out, "    {kind}: {}", ms(p))?;
        }
        if let Some(p) = &self.publish {
            writeln!(out, "  station publications: {}", ms(p))?;
        }
        if let Some(i) = &self.instructor {
            writeln!(
                out,
                "  instructor: {} notifications ({} unmatched, {} publications missed); \
                 delay {}",
                i.notices,
                i.unmatched,
                i.missed,
                ms(&i.delay)
            )?;
        }
        let r = &self.recount;
        writeln!(
            out,
            "  recount: {} — {} issues reported, {} in the store, {} twice, {} missing, \
             {} unexpected, {} not done; {} PIN entries counted by the kiosks, {} in the \
             store, {} lost, {} impossible, {} counters wrong",
            if self.recount_ok { "ok" } else { "FAILED" },
            r.issues_reported,
            r.issues_in_store,
            r.duplicates,
            r.missing,
            r.unexpected,
            r.not_done,
            r.pin_entries,
            r.pin_counted,
            r.lost_counts,
            r.impossible_counts,
            r.counters_wrong
        )?;
        Ok(())
    }
}
