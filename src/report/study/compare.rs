//! Two variants compared (`kofu study … --compare A B`, or the only two of a study): each
//! measure's difference with its 95 % interval, the test used (see [`super::inference`]),
//! both sample sizes, the p-value and a sentence in plain words.
//!
//! - Completion: the N − 1 two-proportion test, the adjusted-Wald interval of the difference,
//!   in percentage points.
//! - Time on task (completed sessions): Welch's t on the logarithms of the times; the
//!   difference of log means back-transformed is the ratio of the geometric means (A ÷ B).
//! - SUS and SEQ: Welch's t on the scores; the difference of the means.
//!
//! **Too few sessions to tell**: with fewer than [`MIN_PER_VARIANT`] sessions (for time, SUS
//! and SEQ: sessions that have the figure) in either variant, no test is run and the sentence
//! says so. The methods are valid for small samples, but under five per group the intervals
//! are so wide that a difference a team would act on almost never shows; kofu's threshold.

use serde::Serialize;

use super::inference::{self, Interval};
use super::rows::{SessionRow, Study, Variant};
use super::variant::{completed_times, ratings};

/// The fewest sessions with a figure, in each variant, for a comparison of that figure.
pub const MIN_PER_VARIANT: usize = 5;

/// Two variants compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The first variant's name (A).
    pub a: String,
    /// The second (B).
    pub b: String,
    /// [`MIN_PER_VARIANT`].
    pub min_per_variant: usize,
    /// Completion rate, time on task, SUS, SEQ.
    pub measures: Vec<Measure>,
}

/// One measure compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    /// `completion_rate`, `time_on_task_s`, `sus` or `seq`.
    pub measure: &'static str,
    /// The test used.
    pub test: &'static str,
    /// `difference` (A − B) or `ratio` (A ÷ B, time on task).
    pub effect: &'static str,
    /// Sessions with the figure in A.
    pub n_a: usize,
    /// … and in B.
    pub n_b: usize,
    /// A's figure (rate, geometric mean, mean).
    pub a: Option<f64>,
    /// B's figure.
    pub b: Option<f64>,
    /// A − B, or A ÷ B; `null` when not tested.
    pub value: Option<f64>,
    /// Its 95 % interval.
    pub ci95: Option<Interval>,
    /// z (completion) or t.
    pub statistic: Option<f64>,
    /// Degrees of freedom of a t test.
    pub df: Option<f64>,
    /// Two-sided p-value.
    pub p: Option<f64>,
    /// Both variants had at least [`MIN_PER_VARIANT`] sessions with the figure.
    pub enough: bool,
    /// The result in plain words, after the measure's name (`Time on task: …`).
    pub sentence: String,
}

impl Measure {
    /// The measure's name in words.
    pub fn label(&self) -> &'static str {
        match self.measure {
            "completion_rate" => "Completion rate",
            "time_on_task_s" => "Time on task",
            "sus" => "SUS",
            "seq" => "SEQ",
            _ => "",
        }
    }

    /// A measure not tested yet: its sample sizes and figures, whether they are enough.
    fn new(
        (measure, test, effect): (&'static str, &'static str, &'static str),
        (n_a, n_b): (usize, usize),
        (a, b): (Option<f64>, Option<f64>),
    ) -> Self {
        Self {
            measure,
            test,
            effect,
            n_a,
            n_b,
            a,
            b,
            value: None,
            ci95: None,
            statistic: None,
            df: None,
            p: None,
            enough: n_a >= MIN_PER_VARIANT && n_b >= MIN_PER_VARIANT,
            sentence: String::new(),
        }
    }
}

/// A p-value as a reader expects it.
pub fn p_text(p: f64) -> String {
    if p < 0.001 {
        "p < 0.001".into()
    } else {
        format!("p = {p:.3}")
    }
}

fn verdict(p: f64) -> &'static str {
    if p < 1.0 - inference::CONFIDENCE {
        "statistically significant at the 5 % level"
    } else {
        "not significant at the 5 % level — the data are consistent with no difference"
    }
}

/// A number with its sign, the minus a typographic one (`−74`, `+16`).
pub fn signed(x: f64, digits: usize) -> String {
    format!("{x:+.digits$}").replacen('-', "−", 1)
}

fn too_few(m: &Measure, a: &str, b: &str) -> String {
    format!(
        "too few sessions to tell: {a} has {}, {b} {} with this figure (at least \
         {MIN_PER_VARIANT} each are needed).",
        m.n_a, m.n_b
    )
}

fn higher_lower(d: f64) -> &'static str {
    if d >= 0.0 { "higher" } else { "lower" }
}

fn completion(va: &Variant, vb: &Variant) -> Measure {
    let mut m = Measure::new(
        (
            "completion_rate",
            "N−1 two-proportion test; adjusted-Wald interval of the difference",
            "difference",
        ),
        (va.sessions, vb.sessions),
        (Some(va.completion_rate), Some(vb.completion_rate)),
    );
    let r = inference::two_proportions(va.completed, va.sessions, vb.completed, vb.sessions);
    match r.filter(|_| m.enough) {
        Some(r) => {
            (m.value, m.ci95, m.statistic, m.p) =
                (Some(r.diff), Some(r.ci95), Some(r.z), Some(r.p));
            m.sentence = format!(
                "{}'s completion rate is {:.0} points {} than {}'s ({:.0} % against {:.0} %; \
                 95 % CI of the difference {} to {} points; N−1 two-proportion test, n = {} and \
                 {}, {}): {}.",
                va.name,
                (r.diff * 100.0).abs(),
                higher_lower(r.diff),
                vb.name,
                va.completion_rate * 100.0,
                vb.completion_rate * 100.0,
                signed(r.ci95.low * 100.0, 0),
                signed(r.ci95.high * 100.0, 0),
                m.n_a,
                m.n_b,
                p_text(r.p),
                verdict(r.p)
            );
        }
        None => m.sentence = too_few(&m, &va.name, &vb.name),
    }
    m
}

fn time(va: &Variant, vb: &Variant, ra: &[&SessionRow], rb: &[&SessionRow]) -> Measure {
    let log = |rows: &[&SessionRow]| -> Vec<f64> {
        completed_times(rows)
            .into_iter()
            .filter(|t| *t > 0.0)
            .map(f64::ln)
            .collect()
    };
    let (la, lb) = (log(ra), log(rb));
    let mut m = Measure::new(
        (
            "time_on_task_s",
            "Welch t-test on ln(time) of completed sessions",
            "ratio",
        ),
        (la.len(), lb.len()),
        (va.time_on_task_s.geomean, vb.time_on_task_s.geomean),
    );
    if !m.enough {
        m.sentence = too_few(&m, &va.name, &vb.name);
        return m;
    }
    let Some(w) = inference::welch(&la, &lb) else {
        m.sentence = "cannot be tested: the times do not vary.".into();
        return m;
    };
    let ratio = w.diff.exp();
    let ci = Interval {
        low: w.ci95.low.exp(),
        high: w.ci95.high.exp(),
    };
    (m.value, m.ci95, m.statistic, m.df, m.p) =
        (Some(ratio), Some(ci), Some(w.t), Some(w.df), Some(w.p));
    let (how, pct) = if ratio <= 1.0 {
        ("shorter", (1.0 - ratio) * 100.0)
    } else {
        ("longer", (ratio - 1.0) * 100.0)
    };
    m.sentence = format!(
        "{}'s time on task is {pct:.0} % {how} than {}'s (geometric means {:.1} s and {:.1} s; \
         ratio {ratio:.2}, 95 % CI {:.2} to {:.2}; Welch t on log times, n = {} and {} \
         completed, {}): {}.",
        va.name,
        vb.name,
        m.a.unwrap_or(0.0),
        m.b.unwrap_or(0.0),
        ci.low,
        ci.high,
        m.n_a,
        m.n_b,
        p_text(w.p),
        verdict(w.p)
    );
    m
}

fn rating(
    which: &'static str,
    (va, a): (&Variant, &[f64]),
    (vb, b): (&Variant, &[f64]),
) -> Measure {
    let label = if which == "sus" { "SUS" } else { "SEQ" };
    let mut m = Measure::new(
        (which, "Welch t-test", "difference"),
        (a.len(), b.len()),
        (super::stats::mean(a), super::stats::mean(b)),
    );
    if !m.enough {
        m.sentence = too_few(&m, &va.name, &vb.name);
        return m;
    }
    let Some(w) = inference::welch(a, b) else {
        m.sentence = format!("cannot be tested: the {label} answers do not vary.");
        return m;
    };
    (m.value, m.ci95, m.statistic, m.df, m.p) =
        (Some(w.diff), Some(w.ci95), Some(w.t), Some(w.df), Some(w.p));
    m.sentence = format!(
        "{}'s mean {label} is {:.1} points {} than {}'s ({:.1} against {:.1}; 95 % CI of the \
         difference {} to {}; Welch t, n = {} and {}, {}): {}.",
        va.name,
        w.diff.abs(),
        higher_lower(w.diff),
        vb.name,
        m.a.unwrap_or(0.0),
        m.b.unwrap_or(0.0),
        signed(w.ci95.low, 1),
        signed(w.ci95.high, 1),
        m.n_a,
        m.n_b,
        p_text(w.p),
        verdict(w.p)
    );
    m
}

/// The variant a name picks out: its full name, or a condition, vendor or municipality that
/// only one variant has.
pub fn find<'a>(variants: &'a [Variant], name: &str) -> Option<&'a Variant> {
    if let Some(v) = variants.iter().find(|v| v.name == name) {
        return Some(v);
    }
    let by = |f: &dyn Fn(&Variant) -> bool| {
        let mut hits = variants.iter().filter(|v| f(v));
        match (hits.next(), hits.next()) {
            (Some(v), None) => Some(v),
            _ => None,
        }
    };
    by(&|v| v.condition.as_deref() == Some(name))
        .or_else(|| by(&|v| v.vendor == name))
        .or_else(|| by(&|v| v.municipality == name))
}

/// Compares variants `a` and `b` of the study.
pub fn compare(s: &Study, a: &Variant, b: &Variant) -> Comparison {
    let of = |v: &Variant| -> Vec<&SessionRow> {
        s.rows.iter().filter(|r| r.variant == v.name).collect()
    };
    let (ra, rb) = (of(a), of(b));
    let ((sus_a, seq_a), (sus_b, seq_b)) = (ratings(&ra), ratings(&rb));
    let mut measures = vec![
        completion(a, b),
        time(a, b, &ra, &rb),
        rating("sus", (a, &sus_a), (b, &sus_b)),
        rating("seq", (a, &seq_a), (b, &seq_b)),
    ];
    for m in &mut measures {
        m.sentence = format!("{}: {}", m.label(), m.sentence);
    }
    Comparison {
        a: a.name.clone(),
        b: b.name.clone(),
        min_per_variant: MIN_PER_VARIANT,
        measures,
    }
}
