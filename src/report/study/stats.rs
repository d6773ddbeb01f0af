//! The study's numbers: per variant, per screen, the funnel, per session. Pure (no files), so
//! the tests and the bench check them without a report folder.
//!
//! Definitions:
//! - **Time on task**, a session's **task screens and inputs**, and the **errors** derived
//!   from the timeline: [`super::task`]. Inputs on the `questionnaire` screen count in no
//!   figure.
//! - **Miss**: an input of kind `tap` with no target (no control under the finger) or on a
//!   disabled control. Misclick rate = misses ÷ taps, pooled over a variant's sessions.
//! - **Percentiles** (median = p50, p90) interpolate linearly between order statistics: for
//!   `n` sorted values and fraction `p`, rank `h = (n − 1)·p`, value
//!   `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])` (Hyndman & Fan type 7, numpy's and
//!   spreadsheets' PERCENTILE.INC default), so the median of an even count is the mean of the
//!   middle two.
//! - **Variants** (vendor × municipality × condition) and their intervals: [`super::variant`]
//!   and [`super::inference`]; the **funnel**, in order: [`super::funnel`].

use std::collections::BTreeMap;

use serde::Serialize;

use super::Loaded;
use super::funnel::{self, StepKind};
use super::rows::{Filters, FunnelRow, NoteRow, ScreenRow, SessionRow, Study};
use super::task;
use super::variant::{self, VariantKey};
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

/// The mean; `None` when empty.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// A session's time on task in seconds ([`task::time_on_task_s`]).
pub fn time_on_task_s(t: &Timeline) -> f64 {
    task::time_on_task_s(t)
}

/// Whether an input is a miss: a tap on no control or on a disabled one.
pub fn is_miss(i: &Input) -> bool {
    i.kind == InputKind::Tap && (i.target.is_none() || i.disabled)
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
    let inputs: Vec<&Input> = task::inputs(t).collect();
    let taps = inputs.iter().filter(|i| i.kind == InputKind::Tap).count();
    let misses = inputs.iter().filter(|i| is_miss(i)).count();
    let keys = inputs
        .iter()
        .filter(|i| matches!(i.kind, InputKind::Key | InputKind::Keypad))
        .count();
    let sus_answers = t.answers.sus.clone().filter(|a| a.len() == 10);
    let d = &t.design;
    let key = (
        t.vendor.clone(),
        t.municipality.clone(),
        d.condition.clone(),
    );
    SessionRow {
        file: l.file.display().to_string(),
        station: l.station.clone(),
        variant: variant::name(&key),
        participant: d.participant.clone(),
        task: d.task.clone(),
        condition: d.condition.clone(),
        vendor: t.vendor.clone(),
        municipality: t.municipality.clone(),
        lang: t.lang.clone(),
        display: t.display.clone(),
        status: t.outcome.status.clone(),
        completed: t.outcome.completed(),
        time_on_task_s: task::time_on_task_s(t),
        taps,
        misses,
        keys,
        errors: task::errors(t),
        seq: t.answers.seq,
        sus: t.answers.sus.as_deref().and_then(sus_score),
        sus_answers,
    }
}

/// Sums up the sessions (no heat maps: [`super::heatmap`] adds those; no comparison:
/// [`super::compare`] adds it).
pub fn summarize(sessions: &[Loaded]) -> Study {
    let rows: Vec<SessionRow> = sessions.iter().map(session_row).collect();
    let mut by_variant: BTreeMap<VariantKey, Vec<&SessionRow>> = BTreeMap::new();
    for r in &rows {
        by_variant.entry(variant::key_of(r)).or_default().push(r);
    }
    let variants = by_variant
        .iter()
        .map(|(k, rs)| variant::row(k, rs))
        .collect();
    let mut errors_by_kind = BTreeMap::new();
    for e in rows.iter().flat_map(|r| &r.errors) {
        *errors_by_kind.entry(e.clone()).or_insert(0) += 1;
    }
    let notes = sessions
        .iter()
        .zip(&rows)
        .flat_map(|(l, r)| {
            l.timeline.notes.iter().map(|n| NoteRow {
                file: r.file.clone(),
                t_ms: n.t_ms,
                text: n.text.clone(),
            })
        })
        .collect();
    Study {
        generator: format!("kofu {}", env!("CARGO_PKG_VERSION")),
        sessions: rows.len(),
        completed: rows.iter().filter(|r| r.completed).count(),
        filters: Filters::default(),
        scope: super::Scope::default(),
        variants,
        comparison: None,
        screens: screen_rows(sessions),
        funnel: funnel_rows(sessions, &rows),
        notes,
        errors_by_kind,
        heatmaps: Vec::new(),
        warnings: Vec::new(),
        rows,
    }
}

/// The per-screen table, per vendor: visits during the task, median time on show, taps,
/// misses, Back and Cancel.
fn screen_rows(sessions: &[Loaded]) -> Vec<ScreenRow> {
    let mut screens: BTreeMap<(String, usize, String), ScreenAcc> = BTreeMap::new();
    for l in sessions {
        let t = &l.timeline;
        let screen = |name: &str| (t.vendor.clone(), flow_rank(name), name.to_string());
        for s in task::visits(t) {
            let acc = screens.entry(screen(&s.screen)).or_default();
            acc.durations
                .push(s.left_ms.saturating_sub(s.entered_ms) as f64 / 1000.0);
        }
        for i in task::inputs(t) {
            let acc = screens.entry(screen(&i.screen)).or_default();
            acc.taps += usize::from(i.kind == InputKind::Tap);
            acc.misses += usize::from(is_miss(i));
            acc.back += usize::from(i.event.as_deref() == Some("back"));
            acc.cancel += usize::from(i.event.as_deref() == Some("cancel"));
        }
    }
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

/// The funnel per variant ([`funnel`]): each vendor's steps from the screens its sessions
/// showed, each session's progress in order, counted per variant.
fn funnel_rows(sessions: &[Loaded], rows: &[SessionRow]) -> Vec<FunnelRow> {
    let shown: Vec<Vec<&str>> = sessions
        .iter()
        .map(|l| {
            task::visits(&l.timeline)
                .map(|v| v.screen.as_str())
                .collect()
        })
        .collect();
    let mut steps: BTreeMap<&str, Vec<(Screen, StepKind)>> = BTreeMap::new();
    for vendor in rows.iter().map(|r| r.vendor.as_str()) {
        if !steps.contains_key(vendor) {
            let names = rows
                .iter()
                .zip(&shown)
                .filter(|(r, _)| r.vendor == vendor)
                .flat_map(|(_, s)| s.iter().copied());
            steps.insert(vendor, funnel::steps(names));
        }
    }
    let mut counts: BTreeMap<VariantKey, Vec<usize>> = BTreeMap::new();
    for (r, s) in rows.iter().zip(&shown) {
        let vendor_steps = steps.get(r.vendor.as_str()).map_or(&[][..], Vec::as_slice);
        let got = funnel::reached(vendor_steps, s.iter().copied());
        let c = counts
            .entry(variant::key_of(r))
            .or_insert_with(|| vec![0; got.len()]);
        for (n, g) in c.iter_mut().zip(got) {
            *n += usize::from(g);
        }
    }
    let mut out = Vec::new();
    for (key, c) in counts {
        let vendor_steps = steps.get(key.0.as_str()).map_or(&[][..], Vec::as_slice);
        for ((screen, kind), reached) in vendor_steps.iter().zip(c) {
            out.push(FunnelRow {
                variant: variant::name(&key),
                vendor: key.0.clone(),
                screen: screen.name().to_string(),
                kind: *kind,
                reached,
            });
        }
    }
    out
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
