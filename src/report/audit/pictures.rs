//! The problems' pictures: each problem is shown on one screen it occurs on, its failing
//! element outlined in red. Painting a screen is most of the audit's cost, so the screens are
//! chosen after the checks, to cover every problem with as few as possible (greedy set cover:
//! the screen that shows the most problems not yet pictured, first), and painted in parallel.

use std::collections::HashMap;
use std::path::Path;

use egui::Rect;

use super::run::{Job, fast_png, outline, reach, workers};
use super::{Audit, Mode};
use crate::domain::registry::Registry;
use crate::report::offscreen::Offscreen;
use crate::window::tokens;

/// A screen to paint and, for each problem it pictures, the group's index and the element.
type Paint = (usize, Vec<(usize, Option<Rect>)>);

/// Chooses the screens, paints them into `dir/screens` and sets each group's `picture` and each
/// painted screen's `png`.
pub(super) fn draw(a: &mut Audit, jobs: &[Job], deck: &Registry, dir: &Path) -> anyhow::Result<()> {
    let index: HashMap<(&str, Mode, &str, &str), usize> = jobs
        .iter()
        .enumerate()
        .map(|(i, j)| {
            (
                (j.lang.as_str(), j.mode, j.vendor.as_str(), j.stop.name()),
                i,
            )
        })
        .collect();
    // Per group, the jobs it occurs on, and on each the first failing element.
    let mut on: Vec<HashMap<usize, Option<Rect>>> = vec![HashMap::new(); a.groups.len()];
    let group_of: HashMap<(&str, &str), usize> = a
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| ((g.check, g.cause.as_str()), i))
        .collect();
    for f in &a.findings {
        let key = (
            f.lang.as_str(),
            f.mode,
            f.vendor.as_str(),
            f.screen.as_str(),
        );
        if let (Some(&j), Some(&g)) = (index.get(&key), group_of.get(&(f.check, f.cause.as_str())))
        {
            let rect = f
                .rect
                .map(|[x, y, w, h]| Rect::from_min_size(egui::pos2(x, y), egui::vec2(w, h)));
            on[g].entry(j).or_insert(rect);
        }
    }
    let plan = cover(&on);
    let shots = dir.join("screens");
    std::fs::create_dir_all(&shots)?;
    let done = paint_all(&plan, jobs, deck, &shots)?;
    for (g, job, file) in done {
        let j = &jobs[job];
        if let Some(s) = a.screens.iter_mut().find(|s| {
            s.lang == j.lang
                && s.mode == j.mode
                && s.vendor == j.vendor
                && s.screen == j.stop.name()
        }) {
            s.png.get_or_insert_with(|| file.clone());
        }
        a.groups[g].picture = Some(file);
    }
    Ok(())
}

/// Greedy set cover: the fewest screens (by this rule) that show every group.
fn cover(on: &[HashMap<usize, Option<Rect>>]) -> Vec<Paint> {
    let mut left: Vec<usize> = (0..on.len()).filter(|g| !on[*g].is_empty()).collect();
    let mut plan: Vec<Paint> = Vec::new();
    while !left.is_empty() {
        let mut count: HashMap<usize, usize> = HashMap::new();
        for g in &left {
            for j in on[*g].keys() {
                *count.entry(*j).or_default() += 1;
            }
        }
        // The most groups; among equals the earliest screen of the audit.
        let Some((&best, _)) = count
            .iter()
            .max_by_key(|(j, n)| (**n, std::cmp::Reverse(**j)))
        else {
            break;
        };
        let (here, rest): (Vec<usize>, Vec<usize>) =
            left.iter().partition(|g| on[**g].contains_key(&best));
        plan.push((best, here.iter().map(|g| (*g, on[*g][&best])).collect()));
        left = rest;
    }
    plan
}

/// Paints the plan's screens on as many workers as the machine has cores (at most 4).
/// Returns (group, job, file) for every picture written.
fn paint_all(
    plan: &[Paint],
    jobs: &[Job],
    deck: &Registry,
    shots: &Path,
) -> anyhow::Result<Vec<(usize, usize, String)>> {
    // In job order, in blocks: a worker's context keeps one language's glyphs for long.
    let mut plan: Vec<&Paint> = plan.iter().collect();
    plan.sort_by_key(|(job, _)| *job);
    let size = plan.len().div_ceil(workers(plan.len())).max(1);
    let work = |block: &[&Paint]| -> anyhow::Result<Vec<(usize, usize, String)>> {
        let mut off = Offscreen::new(tokens::window_size());
        let mut out = Vec::new();
        for (job, groups) in block.iter().copied() {
            let j = &jobs[*job];
            let app = reach(deck, &mut off, j)?;
            let base = off.render_with(|_| {}, app.tokens().c.machine_bg);
            for (g, rect) in groups {
                let mut pic = base.clone();
                if let Some(r) = rect {
                    outline(&mut pic, *r);
                }
                let name = format!(
                    "{}-{}-{}-{}-g{}.png",
                    j.lang,
                    j.mode.name(),
                    j.vendor,
                    j.stop.name(),
                    g + 1
                );
                crate::output::write_file(&shots.join(&name), &fast_png(&pic)?)?;
                out.push((*g, *job, format!("screens/{name}")));
            }
        }
        Ok(out)
    };
    let mut all = Vec::new();
    std::thread::scope(|s| -> anyhow::Result<()> {
        let handles: Vec<_> = plan
            .chunks(size)
            .map(|b| s.spawn(move || work(b)))
            .collect();
        for h in handles {
            match h.join() {
                Ok(r) => all.extend(r?),
                Err(_) => anyhow::bail!("an audit painter panicked"),
            }
        }
        Ok(())
    })?;
    Ok(all)
}
