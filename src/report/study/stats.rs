//! The study's numbers: per variant, per screen, the funnel, per session. Pure (no files), so
//! the tests and the bench check them without a report folder.
//!
//! Definitions:
//! - **Time on task** of a session: the largest `left_ms` of its screens (the end of the last
//!   screen shown), in seconds; with no screen recorded, the last input's `t_ms`. The
//!   questionnaire afterwards is not part of the task.
//! - **Miss**: an input of kind `tap` with no target (no control under the finger) or on a
//!   disabled control. Misclick rate = misses ÷ taps, pooled over a variant's sessions.
//! - **Percentiles** (median = p50, p90) interpolate linearly between order statistics: for
//!   `n` sorted values and fraction `p`, rank `h = (n − 1)·p`, value
//!   `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])` (Hyndman & Fan type 7, numpy's and
//!   spreadsheets' PERCENTILE.INC default), so the median of an even count is the mean of the
//!   middle two.
//! - Inputs on the `questionnaire` screen count in no tap, miss or key figure.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Loaded;
use super::rows::{FunnelRow, NoteRow, ScreenRow, SessionRow, Study, Variant};
use crate::domain::session::Screen;
use crate::research::timeline::{Input, InputKind, Timeline, sus_score};

/// The screen the questionnaire is answered on, after the task.
pub const QUESTIONNAIRE: &str = "questionnaire";

/// The kiosk's screens in flow order (`Screen::name`), the funnel's rows.
pub const FLOW: [Screen; 17] = [
    Screen::Language,
    Screen::Services,
    Screen::Consent,
    Screen::PlaceCard,
    Screen::Path,
    Screen::Pin,
    Screen::Registered,
    Screen::RemoveCard,
    Screen::Certificate,
    Screen::Options,
    Screen::Copies,
    Screen::Confirm,
    Screen::Payment,
    Screen::Printing,
    Screen::TakeItems,
    Screen::OutOfService,
    Screen::Refusal,
];

/// Screens a funnel lists only when some session reached them: a vendor's own step (Sharp's
/// notice), a branch (domicile registration) and the two dead ends.
const FUNNEL_IF_REACHED: [Screen; 4] = [
    Screen::Consent,
    Screen::Registered,
    Screen::OutOfService,
    Screen::Refusal,
];

/// Sort key of a screen name: flow order, then the inactivity warning, then others by name.
pub fn flow_rank(name: &str) -> usize {
    // The home menu's language list sits with the home screen.
    let name = if name == "language_list" {
        "language"
    } else {
        name
    };
    FLOW.iter()
        .position(|s| s.name() == name)
        .unwrap_or(if name == "warning" {
            FLOW.len()
        } else {
            FLOW.len() + 1
        })
}

/// Median and 90th percentile (linear interpolation, see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    /// 50th percentile.
    pub median: f64,
    /// 90th percentile.
    pub p90: f64,
}

/// The `p`-quantile (0–1) of sorted values by linear interpolation; `None` when empty.
pub fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * p.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(last);
    Some(sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]))
}

fn spread(values: &[f64]) -> Option<Spread> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    Some(Spread {
        median: percentile(&v, 0.5)?,
        p90: percentile(&v, 0.9)?,
    })
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// A session's time on task in seconds (see the module docs).
pub fn time_on_task_s(t: &Timeline) -> f64 {
    let end = t.screens.iter().map(|s| s.left_ms).max().or_else(|| {
        t.inputs
            .iter()
            .rev()
            .find(|i| i.screen != QUESTIONNAIRE)
            .map(|i| i.t_ms)
    });
    end.unwrap_or(0) as f64 / 1000.0
}

/// Whether an input is a miss: a tap on no control or on a disabled one.
pub fn is_miss(i: &Input) -> bool {
    i.kind == InputKind::Tap && (i.target.is_none() || i.disabled)
}

fn task_inputs(t: &Timeline) -> impl Iterator<Item = &Input> {
    t.inputs.iter().filter(|i| i.screen != QUESTIONNAIRE)
}

#[derive(Default)]
struct VariantAcc {
    completed: usize,
    times: Vec<f64>,
    taps: usize,
    misses: usize,
    errors: usize,
    sus: Vec<f64>,
    seq: Vec<f64>,
}

#[derive(Default)]
struct ScreenAcc {
    durations: Vec<f64>,
    taps: usize,
    misses: usize,
    back: usize,
    cancel: usize,
}

fn session_row(l: &Loaded) -> SessionRow {
    let t = &l.timeline;
    let taps = task_inputs(t).filter(|i| i.kind == InputKind::Tap).count();
    let misses = task_inputs(t).filter(|i| is_miss(i)).count();
    let keys = task_inputs(t)
        .filter(|i| matches!(i.kind, InputKind::Key | InputKind::Keypad))
        .count();
    SessionRow {
        file: l.file.display().to_string(),
        vendor: t.vendor.clone(),
        municipality: t.municipality.clone(),
        lang: t.lang.clone(),
        display: t.display.clone(),
        status: t.outcome.status.clone(),
        completed: t.outcome.completed(),
        time_on_task_s: time_on_task_s(t),
        taps,
        misses,
        keys,
        errors: t.outcome.errors.join(";"),
        seq: t.answers.seq,
        sus: t.answers.sus.as_deref().and_then(sus_score),
    }
}

/// Sums up the sessions (no heat maps: [`super::heatmap`] adds those).
pub fn summarize(sessions: &[Loaded]) -> Study {
    let rows: Vec<SessionRow> = sessions.iter().map(session_row).collect();
    let mut tally = Tally::default();
    for (l, row) in sessions.iter().zip(&rows) {
        tally.add(&l.timeline, row);
    }
    tally.vendors.sort();
    let funnel = funnel(&tally.vendors, &tally.reached);
    Study {
        generator: format!("kofu {}", env!("CARGO_PKG_VERSION")),
        sessions: rows.len(),
        completed: rows.iter().filter(|r| r.completed).count(),
        variants: variant_rows(tally.variants),
        screens: screen_rows(tally.screens),
        funnel,
        notes: tally.notes,
        errors_by_kind: tally.errors_by_kind,
        heatmaps: Vec::new(),
        warnings: Vec::new(),
        rows,
    }
}

/// A variant: vendor, municipality, language and display mode.
type VariantKey = (String, String, String, String);

/// What one pass over the sessions gathers; the study's tables are worked out from it.
#[derive(Default)]
struct Tally {
    /// Per variant.
    variants: BTreeMap<VariantKey, VariantAcc>,
    /// Per vendor and screen (flow rank, then name).
    screens: BTreeMap<(String, usize, String), ScreenAcc>,
    /// Sessions that reached each screen of the flow, per vendor and flow rank.
    reached: BTreeMap<(String, usize), usize>,
    /// Vendors in the order first seen.
    vendors: Vec<String>,
    /// Each avoidable error's count.
    errors_by_kind: BTreeMap<String, usize>,
    /// Every observer note, session by session.
    notes: Vec<NoteRow>,
}

impl Tally {
    /// Adds one session (its timeline and its row).
    fn add(&mut self, t: &Timeline, row: &SessionRow) {
        let key = (
            t.vendor.clone(),
            t.municipality.clone(),
            t.lang.clone(),
            t.display.clone(),
        );
        let v = self.variants.entry(key).or_default();
        v.completed += usize::from(row.completed);
        v.times.push(row.time_on_task_s);
        v.taps += row.taps;
        v.misses += row.misses;
        v.errors += t.outcome.errors.len();
        v.sus.extend(row.sus);
        v.seq.extend(row.seq.map(f64::from));
        for e in &t.outcome.errors {
            *self.errors_by_kind.entry(e.clone()).or_insert(0) += 1;
        }
        if !self.vendors.contains(&t.vendor) {
            self.vendors.push(t.vendor.clone());
        }
        self.add_screens(t);
        for (rank, s) in FLOW.iter().enumerate() {
            if t.screens.iter().any(|v| v.screen == s.name()) {
                *self.reached.entry((t.vendor.clone(), rank)).or_insert(0) += 1;
            }
        }
        self.notes.extend(t.notes.iter().map(|n| NoteRow {
            file: row.file.clone(),
            t_ms: n.t_ms,
            text: n.text.clone(),
        }));
    }

    /// Adds a session's time on each screen and its task inputs there.
    fn add_screens(&mut self, t: &Timeline) {
        let screen = |name: &str| (t.vendor.clone(), flow_rank(name), name.to_string());
        for s in &t.screens {
            let acc = self.screens.entry(screen(&s.screen)).or_default();
            acc.durations
                .push(s.left_ms.saturating_sub(s.entered_ms) as f64 / 1000.0);
        }
        for i in task_inputs(t) {
            let acc = self.screens.entry(screen(&i.screen)).or_default();
            acc.taps += usize::from(i.kind == InputKind::Tap);
            acc.misses += usize::from(is_miss(i));
            acc.back += usize::from(i.event.as_deref() == Some("back"));
            acc.cancel += usize::from(i.event.as_deref() == Some("cancel"));
        }
    }
}

/// The per-variant table: completion, time on task, misclicks, errors and the
/// questionnaire's means.
fn variant_rows(variants: BTreeMap<VariantKey, VariantAcc>) -> Vec<Variant> {
    variants
        .into_iter()
        .map(|((vendor, municipality, lang, display), a)| {
            let n = a.times.len();
            Variant {
                vendor,
                municipality,
                lang,
                display,
                sessions: n,
                completed: a.completed,
                completion_rate: a.completed as f64 / n.max(1) as f64,
                time_on_task_s: spread(&a.times).unwrap_or(Spread {
                    median: 0.0,
                    p90: 0.0,
                }),
                times_s: a.times,
                taps: a.taps,
                misses: a.misses,
                misclick_rate: (a.taps > 0).then(|| a.misses as f64 / a.taps as f64),
                errors: a.errors,
                sus: mean(&a.sus),
                seq: mean(&a.seq),
            }
        })
        .collect()
}

/// The per-screen table: visits, median time, taps, misses, Back and Cancel.
fn screen_rows(screens: BTreeMap<(String, usize, String), ScreenAcc>) -> Vec<ScreenRow> {
    screens
        .into_iter()
        .map(|((vendor, _, screen), a)| ScreenRow {
            vendor,
            screen,
            visits: a.durations.len(),
            median_s: spread(&a.durations).map(|s| s.median),
            taps: a.taps,
            misses: a.misses,
            back: a.back,
            cancel: a.cancel,
        })
        .collect()
}

/// The funnel per vendor: the flow's screens and how many sessions reached each (the screens
/// of [`FUNNEL_IF_REACHED`] only when some session did).
fn funnel(vendors: &[String], reached: &BTreeMap<(String, usize), usize>) -> Vec<FunnelRow> {
    let mut funnel = Vec::new();
    for v in vendors {
        for (rank, s) in FLOW.iter().enumerate() {
            let n = reached.get(&(v.clone(), rank)).copied().unwrap_or(0);
            if n > 0 || !FUNNEL_IF_REACHED.contains(s) {
                funnel.push(FunnelRow {
                    vendor: v.clone(),
                    screen: s.name().to_string(),
                    reached: n,
                });
            }
        }
    }
    funnel
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_linearly() {
        let v = [10.0, 20.0, 30.0, 40.0];
        assert_eq!(percentile(&v, 0.5), Some(25.0));
        // h = 3 × 0.9 = 2.7 → 30 + 0.7 × 10.
        assert!((percentile(&v, 0.9).unwrap_or(0.0) - 37.0).abs() < 1e-9);
        assert_eq!(percentile(&[7.0], 0.9), Some(7.0));
        assert_eq!(percentile(&[], 0.5), None);
    }

    #[test]
    fn screens_sort_in_flow_order() {
        assert!(flow_rank("language") < flow_rank("pin"));
        assert!(flow_rank("refusal") < flow_rank("warning"));
        assert!(flow_rank("warning") < flow_rank("questionnaire"));
    }
}
