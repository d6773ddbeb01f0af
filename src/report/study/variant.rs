//! A variant's row of the study: its sessions summed up with the intervals of
//! [`super::inference`]. A variant is vendor × municipality × condition; language, display
//! mode, participant and task are counted, never split on.

use std::collections::{BTreeMap, BTreeSet};

use super::inference::{adjusted_wald, geometric, t_interval};
use super::rows::{SessionRow, TaskTime, Variant};
use super::stats::{mean, percentile};

/// What tells variants apart: vendor, municipality, condition.
pub type VariantKey = (String, String, Option<String>);

/// The placeholder of an absent condition in a variant's name.
pub const NO_CONDITION: &str = "—";

/// A variant's name: `vendor / municipality / condition` (`—` for none).
pub fn name(key: &VariantKey) -> String {
    let (vendor, municipality, condition) = key;
    format!(
        "{vendor} / {municipality} / {}",
        condition.as_deref().unwrap_or(NO_CONDITION)
    )
}

/// The variant a session belongs to.
pub fn key_of(r: &SessionRow) -> VariantKey {
    (
        r.vendor.clone(),
        r.municipality.clone(),
        r.condition.clone(),
    )
}

fn counts<'a>(values: impl Iterator<Item = &'a str>) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for v in values {
        *m.entry(v.to_string()).or_insert(0) += 1;
    }
    m
}

fn joined(m: &BTreeMap<String, usize>) -> String {
    m.keys().cloned().collect::<Vec<_>>().join(",")
}

/// Median, p90, geometric mean and log-t interval of completed sessions' times.
pub fn task_time(times: &[f64]) -> TaskTime {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    let g = geometric(times);
    TaskTime {
        n: times.len(),
        median: percentile(&sorted, 0.5),
        p90: percentile(&sorted, 0.9),
        geomean: g.map(|g| g.geomean),
        ci95: g.and_then(|g| g.ci95),
    }
}

/// The completed sessions' times of `rows`.
pub fn completed_times(rows: &[&SessionRow]) -> Vec<f64> {
    rows.iter()
        .filter(|r| r.completed)
        .map(|r| r.time_on_task_s)
        .collect()
}

/// The SUS scores and SEQ answers of `rows` (those answered).
pub fn ratings(rows: &[&SessionRow]) -> (Vec<f64>, Vec<f64>) {
    (
        rows.iter().filter_map(|r| r.sus).collect(),
        rows.iter().filter_map(|r| r.seq.map(f64::from)).collect(),
    )
}

/// The row of the variant `key` from its sessions.
pub fn row(key: &VariantKey, rows: &[&SessionRow]) -> Variant {
    let n = rows.len();
    let completed = rows.iter().filter(|r| r.completed).count();
    let langs = counts(rows.iter().map(|r| r.lang.as_str()));
    let displays = counts(rows.iter().map(|r| r.display.as_str()));
    let participants: BTreeSet<&str> = rows
        .iter()
        .filter_map(|r| r.participant.as_deref())
        .collect();
    let tasks: BTreeSet<&str> = rows.iter().filter_map(|r| r.task.as_deref()).collect();
    let taps: usize = rows.iter().map(|r| r.taps).sum();
    let misses: usize = rows.iter().map(|r| r.misses).sum();
    let errors_by_kind = counts(
        rows.iter()
            .flat_map(|r| r.errors.iter().map(String::as_str)),
    );
    let (sus, seq) = ratings(rows);
    Variant {
        name: name(key),
        vendor: key.0.clone(),
        municipality: key.1.clone(),
        condition: key.2.clone(),
        lang: joined(&langs),
        display: joined(&displays),
        langs,
        displays,
        participants: participants.len(),
        tasks: tasks.into_iter().map(String::from).collect(),
        sessions: n,
        completed,
        completion_rate: completed as f64 / n.max(1) as f64,
        completion_ci95: adjusted_wald(completed, n),
        time_on_task_s: task_time(&completed_times(rows)),
        times_s: rows.iter().map(|r| r.time_on_task_s).collect(),
        taps,
        misses,
        misclick_rate: (taps > 0).then(|| misses as f64 / taps as f64),
        errors: errors_by_kind.values().sum(),
        errors_by_kind,
        sus: mean(&sus),
        sus_n: sus.len(),
        sus_ci95: t_interval(&sus),
        seq: mean(&seq),
        seq_n: seq.len(),
        seq_ci95: t_interval(&seq),
    }
}
