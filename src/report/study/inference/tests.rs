//! Each statistic against an example worked by hand (the arithmetic is in the comments; the
//! critical values are the tables' z(0.975) = 1.959964, t(0.975, 2) = 4.302653, t(0.975, 4) =
//! 2.776445). A wrong formula (z instead of z²/2, n instead of n − 1, a missing √((N−1)/N), a
//! pooled instead of a Welch error) moves a figure past the tolerance.

#![allow(clippy::unwrap_used)]

use super::*;

fn near(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() < tol
}

#[test]
fn critical_values_are_the_tables() {
    assert!(near(z_critical().unwrap(), 1.959964, 1e-6));
    assert!(near(t_critical(2.0).unwrap(), 4.302653, 1e-6));
    assert!(near(t_critical(4.0).unwrap(), 2.776445, 1e-6));
}

#[test]
fn adjusted_wald_of_7_of_10() {
    // z² = 3.841459; p̂adj = (7 + 1.920729) / (10 + 3.841459) = 8.920729 / 13.841459 = 0.644493;
    // half = 1.959964 · √(0.644493 · 0.355507 / 13.841459) = 1.959964 · 0.128660 = 0.252168;
    // interval 0.392325 … 0.896662 (the plain Wald 0.7 ± 0.284 would be 0.416 … 0.984).
    let ci = adjusted_wald(7, 10).unwrap();
    assert!(near(ci.low, 0.392325, 1e-5), "{ci:?}");
    assert!(near(ci.high, 0.896662, 1e-5), "{ci:?}");
    // 10 of 10: p̂adj = 11.920729 / 13.841459 = 0.861234, half = 1.959964 · 0.092921 = 0.182121;
    // 0.679113 … 1.043355, clipped to 1.
    let all = adjusted_wald(10, 10).unwrap();
    assert!(near(all.low, 0.679113, 1e-5), "{all:?}");
    assert_eq!(all.high, 1.0);
    assert_eq!(adjusted_wald(0, 0), None);
}

#[test]
fn geometric_mean_and_log_t_interval_of_20_40_80_s() {
    // ln 20, ln 40, ln 80 = ln 40 − ln 2, ln 40, ln 40 + ln 2: mean ln 40, so the geometric
    // mean is 40 s (the arithmetic mean would be 46.67); sd of the logs = √(2 (ln 2)² / 2) =
    // ln 2 = 0.693147; half = 4.302653 · 0.693147 / √3 = 1.721873; exp(±1.721873) = 5.595004:
    // 40 / 5.595004 = 7.149242 … 40 · 5.595004 = 223.799935 s.
    let g = geometric(&[20.0, 40.0, 80.0]).unwrap();
    assert_eq!(g.n, 3);
    assert!(near(g.geomean, 40.0, 1e-9), "{g:?}");
    let ci = g.ci95.unwrap();
    assert!(near(ci.low, 7.149242, 1e-4), "{ci:?}");
    assert!(near(ci.high, 223.799935, 1e-3), "{ci:?}");
    // One time: a geometric mean, no interval; a zero time has no logarithm and is left out.
    let one = geometric(&[0.0, 30.0]).unwrap();
    assert_eq!((one.n, one.ci95), (1, None));
    assert!(near(one.geomean, 30.0, 1e-9));
    assert_eq!(geometric(&[]), None);
}

#[test]
fn t_interval_of_sus_70_80_90() {
    // mean 80, sd = √((100 + 0 + 100) / 2) = 10, half = 4.302653 · 10 / √3 = 24.841377:
    // 55.158623 … 104.841377 (a t interval is not clipped to the scale).
    let ci = t_interval(&[70.0, 80.0, 90.0]).unwrap();
    assert!(near(ci.low, 55.158623, 1e-5), "{ci:?}");
    assert!(near(ci.high, 104.841377, 1e-5), "{ci:?}");
    assert_eq!(t_interval(&[80.0]), None);
}

#[test]
fn n_minus_1_two_proportion_test_of_9_of_10_against_5_of_10() {
    // p̂₁ = 0.9, p̂₂ = 0.5, P = 14/20 = 0.7, Q = 0.3, N = 20:
    // z = 0.4 · √(19/20) / √(0.7 · 0.3 · (1/10 + 1/10)) = 0.4 · 0.974679 / 0.204939 = 1.902379;
    // p = 2 (1 − Φ(1.902379)) = 0.057122 (the plain z without √(19/20), 1.951800, would give
    // 0.050962).
    let r = two_proportions(9, 10, 5, 10).unwrap();
    assert!(near(r.diff, 0.4, 1e-12));
    assert!(near(r.z, 1.902379, 1e-5), "{r:?}");
    assert!(near(r.p, 0.057122, 1e-5), "{r:?}");
    // Adjusted-Wald difference: z²/4 = 0.960365, z²/2 = 1.920729;
    // p₁ = 9.960365 / 11.920729 = 0.835550, p₂ = 5.960365 / 11.920729 = 0.5;
    // se = √(0.835550 · 0.164450 / 11.920729 + 0.25 / 11.920729) = √0.032499 = 0.180274;
    // 0.335550 ± 1.959964 · 0.180274 = −0.017780 … 0.688880.
    assert!(near(r.ci95.low, -0.017780, 1e-5), "{r:?}");
    assert!(near(r.ci95.high, 0.688880, 1e-5), "{r:?}");
    // Both all done: nothing to test.
    let same = two_proportions(5, 5, 6, 6).unwrap();
    assert_eq!((same.z, same.p), (0.0, 1.0));
}

#[test]
fn welch_t_on_log_times() {
    // ln {20, 40, 80} against ln {40, 80, 160}: both sd ln 2, means ln 40 and ln 80, so
    // diff = −ln 2 = −0.693147; se = √(2 (ln 2)² / 3) = 0.565946; t = −√1.5 = −1.224745;
    // df = (2v)² / (2 v² / 2) = 4 with v = (ln 2)²/3. The t(4) CDF in closed form,
    // F(t) = ½ + ⅜ · t/√(1 + t²/4) · (1 − t²/(12 (1 + t²/4))): F(1.224745) = ½ + ⅜ · 1.044466 ·
    // 0.909091 = 0.856068, p = 2 (1 − 0.856068) = 0.287864. Interval of the log difference
    // −0.693147 ± 2.776445 · 0.565946 = −0.693147 ± 1.571336 = −2.264483 … 0.878189, as a
    // ratio of geometric means e^−ln 2 = 0.5 with 0.103884 … 2.406536.
    let a: Vec<f64> = [20.0f64, 40.0, 80.0].iter().map(|t| t.ln()).collect();
    let b: Vec<f64> = [40.0f64, 80.0, 160.0].iter().map(|t| t.ln()).collect();
    let w = welch(&a, &b).unwrap();
    assert!(near(w.diff, -std::f64::consts::LN_2, 1e-12));
    assert!(near(w.t, -1.224745, 1e-5), "{w:?}");
    assert!(near(w.df, 4.0, 1e-9), "{w:?}");
    assert!(near(w.p, 0.287864, 1e-5), "{w:?}");
    assert!(near(w.ci95.low, -2.264483, 1e-5), "{w:?}");
    assert!(near(w.ci95.high.exp(), 2.406536, 1e-4), "{w:?}");
    assert!(near(w.ci95.low.exp(), 0.103884, 1e-5), "{w:?}");
    // No spread anywhere: no test.
    assert_eq!(welch(&[1.0, 1.0], &[2.0, 2.0]), None);
}

#[test]
fn welch_degrees_of_freedom_with_unequal_groups() {
    // a = {1, 2, 3, 4} (mean 2.5, s² = 5/3, n 4), b = {2, 4} (mean 3, s² = 2, n 2):
    // v₁ = 5/12 = 0.416667, v₂ = 1; df = 1.416667² / (0.416667²/3 + 1²/1) = 2.006944 /
    // 1.057870 = 1.897155 (the pooled test would have 4).
    let w = welch(&[1.0, 2.0, 3.0, 4.0], &[2.0, 4.0]).unwrap();
    assert!(near(w.df, 1.897155, 1e-5), "{w:?}");
    assert!(near(w.t, -0.5 / 1.416667f64.sqrt(), 1e-5), "{w:?}");
}
