//! The study page's charts, drawn by `plotters` into inline SVG strings.
//!
//! Text: without the `ttf` feature plotters measures text with a rough estimate of its own and
//! the SVG backend writes `<text>` elements (escaped) that the browser lays out with its fonts,
//! so axis labels stay in the chart; titles and legends are the page's HTML.

use plotters::prelude::*;

use super::rows::{SessionRow, Variant};

/// A session's dot, the bars of the funnel.
const DOT: RGBColor = RGBColor(31, 95, 180);
/// A session that did not complete: a hollow ring, told from a completed one by shape too.
const FAILED: RGBColor = RGBColor(200, 90, 0);
/// The 95 % interval of the geometric mean.
const CI: RGBColor = RGBColor(90, 90, 90);
/// A note's mark on a session's line.
const NOTE: RGBColor = RGBColor(190, 110, 0);
/// The fine grid lines, faint: the dots and bars are the point.
const GRID: RGBColor = RGBColor(238, 238, 238);
/// Width of every chart, px (the page is at most 1200 px wide).
const WIDTH: u32 = 960;

fn err(e: impl std::fmt::Display) -> String {
    format!("chart: {e}")
}

/// How a variant is named in charts: its name, a long vendor file cut short.
pub fn variant_label(v: &Variant) -> String {
    let vendor: String = v.vendor.chars().take(32).collect();
    let condition = v
        .condition
        .as_deref()
        .unwrap_or(super::variant::NO_CONDITION);
    format!("{vendor} / {} / {condition}", v.municipality)
}

/// Axis numbers without decimals (seconds and session counts).
fn whole(v: &f64) -> String {
    format!("{v:.0}")
}

/// Session counts: only whole numbers get a label (a study of one session has no "0.5").
fn count(v: &f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        String::new()
    }
}

fn label_width(labels: &[String]) -> u32 {
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(8);
    (longest as u32 * 8 + 20).min(420)
}

/// Row `i` (0 = top) of `n` on a segmented axis whose index 0 is at the bottom.
fn row(n: usize, i: usize) -> SegmentValue<usize> {
    SegmentValue::CenterOf(n.saturating_sub(1 + i))
}

/// The x axis of a chart of named rows.
struct Axis<'f> {
    /// Height of the axis' label area, px.
    area: u32,
    /// What the axis measures.
    desc: &'static str,
    /// How many numbers along it (plotters' choice when `None`).
    labels: Option<usize>,
    /// How a number is written.
    format: &'f dyn Fn(&f64) -> String,
}

/// A chart whose rows are `labels`, top to bottom, over 0..`x_max`: the white ground, the row
/// names on the left, the faint x grid and the axis drawn; the caller draws each row's marks
/// (row `i` is [`row`]`(n, i)`).
fn rows_chart<'a, 's>(
    root: &'a DrawingArea<SVGBackend<'s>, plotters::coord::Shift>,
    labels: &[String],
    x_max: f64,
    axis: Axis<'_>,
) -> Result<RowsChart<'a, 's>, String> {
    let n = labels.len().max(1);
    root.fill(&WHITE).map_err(err)?;
    let mut chart = ChartBuilder::on(root)
        .margin(10)
        .x_label_area_size(axis.area)
        .y_label_area_size(label_width(labels))
        .build_cartesian_2d(0f64..x_max, (0..n - 1).into_segmented())
        .map_err(err)?;
    let name = |v: &SegmentValue<usize>| match v {
        SegmentValue::CenterOf(j) if *j < n => labels.get(n - 1 - j).cloned().unwrap_or_default(),
        _ => String::new(),
    };
    let mut mesh = chart.configure_mesh();
    mesh.disable_y_mesh()
        .y_labels(n)
        .y_label_formatter(&name)
        .x_desc(axis.desc)
        .x_label_formatter(axis.format)
        .light_line_style(GRID)
        .label_style(("sans-serif", 14))
        .axis_desc_style(("sans-serif", 14));
    if let Some(k) = axis.labels {
        mesh.x_labels(k);
    }
    mesh.draw().map_err(err)?;
    Ok(chart)
}

/// A chart of named rows over seconds or counts.
type RowsChart<'a, 's> = ChartContext<
    'a,
    SVGBackend<'s>,
    Cartesian2d<
        plotters::coord::types::RangedCoordf64,
        plotters::coord::ranged1d::SegmentedCoord<plotters::coord::types::RangedCoordusize>,
    >,
>;

/// Each session's time on task per variant (a filled dot if completed, a ring if not), the
/// geometric mean of the completed ones (black bar) and its 95 % interval (grey line).
pub fn time_on_task(variants: &[Variant], rows: &[SessionRow]) -> Result<String, String> {
    let n = variants.len().max(1);
    let labels: Vec<String> = variants.iter().map(variant_label).collect();
    let longest = rows
        .iter()
        .map(|r| r.time_on_task_s)
        .chain(
            variants
                .iter()
                .filter_map(|v| v.time_on_task_s.ci95.map(|c| c.high)),
        )
        .fold(0.0f64, f64::max);
    let x_max = (longest * 1.08).max(1.0);
    let height = 56 + 36 * n as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        let mut chart = rows_chart(
            &root,
            &labels,
            x_max,
            Axis {
                area: 40,
                desc: "time on task (s)",
                labels: None,
                format: &whole,
            },
        )?;
        for (i, v) in variants.iter().enumerate() {
            let y = row(n, i);
            let mine = rows.iter().filter(|r| r.variant == v.name);
            chart
                .draw_series(mine.map(|r| {
                    let at = (r.time_on_task_s.min(x_max), y.clone());
                    if r.completed {
                        Circle::new(at, 5, DOT.mix(0.45).filled())
                    } else {
                        Circle::new(at, 5, FAILED.stroke_width(2))
                    }
                }))
                .map_err(err)?;
            let t = v.time_on_task_s;
            if let Some(ci) = t.ci95 {
                let whisker = PathElement::new(
                    vec![(ci.low, y.clone()), (ci.high.min(x_max), y.clone())],
                    CI.stroke_width(3),
                );
                chart.draw_series(std::iter::once(whisker)).map_err(err)?;
            }
            if let Some(g) = t.geomean {
                let bar = EmptyElement::at((g, y.clone()))
                    + Rectangle::new([(-2, -14), (2, 14)], BLACK.filled());
                chart.draw_series(std::iter::once(bar)).map_err(err)?;
            }
        }
        root.present().map_err(err)?;
    }
    Ok(svg)
}

/// A funnel: one bar per step (`labels`, in flow order), its length the sessions that reached
/// it, labelled with the count and the share of the `sessions`.
pub fn funnel(labels: &[String], reached: &[usize], sessions: usize) -> Result<String, String> {
    let n = labels.len().max(1);
    let x_max = sessions.max(1) as f64 * 1.15;
    let height = 50 + 26 * n as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        let mut chart = rows_chart(
            &root,
            labels,
            x_max,
            Axis {
                area: 36,
                desc: "sessions that reached the step in order",
                labels: Some(sessions.clamp(1, 10) + 1),
                format: &count,
            },
        )?;
        for (i, r) in reached.iter().enumerate() {
            let j = n - 1 - i;
            let top = if j + 1 < n {
                SegmentValue::Exact(j + 1)
            } else {
                SegmentValue::Last
            };
            let mut bar = Rectangle::new(
                [(0.0, SegmentValue::Exact(j)), (*r as f64, top)],
                DOT.mix(0.8).filled(),
            );
            bar.set_margin(4, 4, 0, 0);
            let share = 100.0 * *r as f64 / sessions.max(1) as f64;
            let label = EmptyElement::at((*r as f64, row(n, i)))
                + Text::new(format!("{r} ({share:.0} %)"), (6, -7), ("sans-serif", 13));
            chart.draw_series(std::iter::once(bar)).map_err(err)?;
            chart.draw_series(std::iter::once(label)).map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    Ok(svg)
}

/// A session as a horizontal line from its start to its end (time on task), with a numbered
/// mark at each observer note.
pub fn notes_line(total_s: f64, notes_s: &[f64]) -> Result<String, String> {
    let end = notes_s.iter().copied().fold(total_s, f64::max);
    let x_max = (end * 1.04).max(1.0);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 84)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let mut chart = ChartBuilder::on(&root)
            .margin_left(16)
            .margin_right(16)
            .margin_top(8)
            .x_label_area_size(34)
            .build_cartesian_2d(0f64..x_max, -1f64..1f64)
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_mesh()
            .disable_y_axis()
            .x_desc("s since the session's first input")
            .x_label_formatter(&whole)
            .label_style(("sans-serif", 13))
            .axis_desc_style(("sans-serif", 13))
            .draw()
            .map_err(err)?;
        let line = PathElement::new(vec![(0.0, 0.0), (total_s, 0.0)], BLACK.stroke_width(2));
        let stop =
            EmptyElement::at((total_s, 0.0)) + Rectangle::new([(-1, -8), (1, 8)], BLACK.filled());
        chart.draw_series(std::iter::once(line)).map_err(err)?;
        chart.draw_series(std::iter::once(stop)).map_err(err)?;
        for (k, t) in notes_s.iter().enumerate() {
            let mark = EmptyElement::at((*t, 0.0))
                + Circle::new((0, 0), 6, NOTE.filled())
                + Text::new(format!("{}", k + 1), (-4, -26), ("sans-serif", 13));
            chart.draw_series(std::iter::once(mark)).map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    Ok(svg)
}
