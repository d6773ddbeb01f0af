//! The study's statistics: intervals and tests a usability reviewer expects, as Sauro & Lewis
//! recommend them for the small samples of usability tests (J. Sauro & J. R. Lewis,
//! *Quantifying the User Experience: Practical Statistics for User Research*, 2nd ed., Morgan
//! Kaufmann 2016; "S&L" below). Pure functions of counts and values, at 95 % confidence.
//!
//! - **Completion rate**: the adjusted-Wald interval (Agresti & Coull 1998; S&L ch. 3): add
//!   z²/2 successes and z² trials, p̂adj = (x + z²/2)/(n + z²), then p̂adj ± z·√(p̂adj(1 −
//!   p̂adj)/(n + z²)), clipped to 0–1. It keeps its coverage down to a handful of sessions,
//!   where the plain Wald interval does not.
//! - **Time on task**: times are skewed, so they are compared on their logarithms (S&L ch. 3
//!   and 5): the geometric mean exp(mean ln t), and the log-t interval exp(mean ln t ±
//!   t(0.975, n − 1)·sd(ln t)/√n).
//! - **Rating scales** (SUS, SEQ): the mean ± t(0.975, n − 1)·sd/√n (S&L ch. 3).
//! - **Two completion rates**: the N − 1 two-proportion test (Campbell 2007, "Chi-squared and
//!   Fisher–Irwin tests of two-by-two tables with small sample recommendations", Statistics in
//!   Medicine 26; Richardson 2011; S&L ch. 5): z = (p̂₁ − p̂₂)·√((N − 1)/N) / √(P·Q·(1/n₁ +
//!   1/n₂)), P the pooled proportion, Q = 1 − P, N = n₁ + n₂, two-sided p from the normal
//!   distribution; with the adjusted-Wald interval of the difference (Agresti & Caffo 2000;
//!   S&L ch. 5): z²/4 successes and z²/2 trials added to each group.
//! - **Two means** (log times, SUS, SEQ): Welch's t-test (Welch 1947; S&L ch. 5 use it for two
//!   independent groups): t = (m₁ − m₂)/√(s₁²/n₁ + s₂²/n₂), degrees of freedom by
//!   Welch–Satterthwaite, two-sided p, and the interval of the difference.
//!
//! Quantiles and CDFs of the normal and Student t distributions come from `statrs` (no special
//! function written here). A function returns `None` where its statistic does not exist
//! (no value, no spread, a distribution `statrs` refuses).

use serde::Serialize;
use statrs::distribution::{ContinuousCDF, Normal, StudentsT};

/// The confidence level of every interval (and 1 − the tests' α).
pub const CONFIDENCE: f64 = 0.95;

/// A two-sided confidence interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
}

impl Interval {
    /// `centre ± half`.
    fn around(centre: f64, half: f64) -> Self {
        Self {
            low: centre - half,
            high: centre + half,
        }
    }

    /// Each bound through `f` (a monotone increasing map such as `exp`).
    fn map(self, f: impl Fn(f64) -> f64) -> Self {
        Self {
            low: f(self.low),
            high: f(self.high),
        }
    }

    /// Whether `x` lies inside (bounds included).
    pub fn contains(&self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }
}

/// The two-sided critical value of the standard normal distribution, z(1 − α/2).
pub fn z_critical() -> Option<f64> {
    let n = Normal::new(0.0, 1.0).ok()?;
    Some(n.inverse_cdf(1.0 - (1.0 - CONFIDENCE) / 2.0))
}

/// The two-sided critical value of Student's t with `df` degrees of freedom.
pub fn t_critical(df: f64) -> Option<f64> {
    let t = StudentsT::new(0.0, 1.0, df).ok()?;
    Some(t.inverse_cdf(1.0 - (1.0 - CONFIDENCE) / 2.0))
}

/// The two-sided p-value of a standard normal statistic.
fn p_normal(z: f64) -> Option<f64> {
    let n = Normal::new(0.0, 1.0).ok()?;
    Some((2.0 * (1.0 - n.cdf(z.abs()))).clamp(0.0, 1.0))
}

/// The two-sided p-value of a t statistic with `df` degrees of freedom.
fn p_t(t: f64, df: f64) -> Option<f64> {
    let d = StudentsT::new(0.0, 1.0, df).ok()?;
    Some((2.0 * (1.0 - d.cdf(t.abs()))).clamp(0.0, 1.0))
}

/// Mean and sample standard deviation (n − 1); `None` with fewer than two values.
pub fn mean_sd(values: &[f64]) -> Option<(f64, f64)> {
    let n = values.len();
    if n < 2 {
        return None;
    }
    let mean = values.iter().sum::<f64>() / n as f64;
    let ss: f64 = values.iter().map(|v| (v - mean).powi(2)).sum();
    Some((mean, (ss / (n - 1) as f64).sqrt()))
}

/// The adjusted-Wald interval of `x` successes in `n` trials (see the module docs).
pub fn adjusted_wald(x: usize, n: usize) -> Option<Interval> {
    if n == 0 || x > n {
        return None;
    }
    let z = z_critical()?;
    let n_adj = n as f64 + z * z;
    let p = (x as f64 + z * z / 2.0) / n_adj;
    let ci = Interval::around(p, z * (p * (1.0 - p) / n_adj).sqrt());
    Some(ci.map(|b| b.clamp(0.0, 1.0)))
}

/// The t interval of a mean (see the module docs); `None` with fewer than two values.
pub fn t_interval(values: &[f64]) -> Option<Interval> {
    let (mean, sd) = mean_sd(values)?;
    let n = values.len() as f64;
    Some(Interval::around(mean, t_critical(n - 1.0)? * sd / n.sqrt()))
}

/// Times summed up on the log scale.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Geometric {
    /// Times used (the positive ones).
    pub n: usize,
    /// exp(mean ln t).
    pub geomean: f64,
    /// The log-t interval; `None` with fewer than two times.
    pub ci95: Option<Interval>,
}

/// The geometric mean and log-t interval of `times` (see the module docs). Only positive
/// times have a logarithm: others are left out (a recorded task never takes 0 s).
pub fn geometric(times: &[f64]) -> Option<Geometric> {
    let logs: Vec<f64> = times.iter().filter(|t| **t > 0.0).map(|t| t.ln()).collect();
    if logs.is_empty() {
        return None;
    }
    let mean = logs.iter().sum::<f64>() / logs.len() as f64;
    Some(Geometric {
        n: logs.len(),
        geomean: mean.exp(),
        ci95: t_interval(&logs).map(|ci| ci.map(f64::exp)),
    })
}

/// Two proportions compared: the N − 1 two-proportion test and the adjusted-Wald interval of
/// the difference.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TwoProportions {
    /// x₁/n₁ − x₂/n₂.
    pub diff: f64,
    /// The adjusted-Wald interval of the difference.
    pub ci95: Interval,
    /// The N − 1 z statistic.
    pub z: f64,
    /// Its two-sided p-value.
    pub p: f64,
}

/// The N − 1 two-proportion test of x₁/n₁ against x₂/n₂, and the adjusted-Wald interval of
/// their difference (see the module docs). When both groups all succeeded or all failed
/// there is no difference to test: z = 0, p = 1.
pub fn two_proportions(x1: usize, n1: usize, x2: usize, n2: usize) -> Option<TwoProportions> {
    if n1 == 0 || n2 == 0 || x1 > n1 || x2 > n2 {
        return None;
    }
    let (f1, f2) = (n1 as f64, n2 as f64);
    let (p1, p2) = (x1 as f64 / f1, x2 as f64 / f2);
    let big_n = f1 + f2;
    let pooled = (x1 + x2) as f64 / big_n;
    let se = (pooled * (1.0 - pooled) * (1.0 / f1 + 1.0 / f2)).sqrt();
    let (z, p) = if se > 0.0 {
        let z = (p1 - p2) * ((big_n - 1.0) / big_n).sqrt() / se;
        (z, p_normal(z)?)
    } else {
        (0.0, 1.0)
    };
    let zc = z_critical()?;
    let adj = |x: f64, n: f64| {
        let n_adj = n + zc * zc / 2.0;
        let p = (x + zc * zc / 4.0) / n_adj;
        (p, p * (1.0 - p) / n_adj)
    };
    let ((a1, v1), (a2, v2)) = (adj(x1 as f64, f1), adj(x2 as f64, f2));
    let ci = Interval::around(a1 - a2, zc * (v1 + v2).sqrt());
    Some(TwoProportions {
        diff: p1 - p2,
        ci95: ci.map(|b| b.clamp(-1.0, 1.0)),
        z,
        p,
    })
}

/// Two means compared by Welch's t-test.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Welch {
    /// m₁ − m₂.
    pub diff: f64,
    /// The interval of the difference, t(0.975, df) standard errors either side.
    pub ci95: Interval,
    /// The t statistic.
    pub t: f64,
    /// Welch–Satterthwaite degrees of freedom.
    pub df: f64,
    /// The two-sided p-value.
    pub p: f64,
}

/// Welch's t-test of the means of `a` and `b` (see the module docs); `None` with fewer than
/// two values in a group or no spread in either.
pub fn welch(a: &[f64], b: &[f64]) -> Option<Welch> {
    let (m1, s1) = mean_sd(a)?;
    let (m2, s2) = mean_sd(b)?;
    let (n1, n2) = (a.len() as f64, b.len() as f64);
    let (v1, v2) = (s1 * s1 / n1, s2 * s2 / n2);
    let se = (v1 + v2).sqrt();
    if se <= 0.0 {
        return None;
    }
    let df = (v1 + v2).powi(2) / (v1 * v1 / (n1 - 1.0) + v2 * v2 / (n2 - 1.0));
    let t = (m1 - m2) / se;
    Some(Welch {
        diff: m1 - m2,
        ci95: Interval::around(m1 - m2, t_critical(df)? * se),
        t,
        df,
        p: p_t(t, df)?,
    })
}

#[cfg(test)]
mod tests;
