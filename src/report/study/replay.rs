//! Session replays (`OUT/replay/<session>.html`): each recorded session played back, input by
//! input, on pictures of the kiosk's own panel in the states the participant saw.
//!
//! Decisions:
//! - **A state is reproduced, not guessed.** The recorder writes beside each timeline the
//!   scenario `kofu run` replays (`Timeline.scenario`, `explicit_taps = true`: every tap the
//!   participant made is a step). That scenario is played on a fresh [`KioskApp`] off-screen
//!   by `kofu run`'s loop with the window as its driver (as [`crate::window::replay::play`]
//!   does, plus a look at the panel before each event), so after step `k` the window shows
//!   what it showed after the participant's `k`-th step. Each input is matched to the step it
//!   caused (`Input.event`, in order) and gets the panel **before** it ([`map`]): the state
//!   before its step; an input that caused none (a miss, a PIN digit, the options screen's
//!   Next inside the certificate step) gets the state between its neighbours that shows its
//!   screen, chosen by its time where `wait`s separate several (the inactivity warning's
//!   countdown). What is the window's and no step is redone for the picture: the home menu's
//!   language list is opened for an input made on it, a page turn (Next page, Previous page)
//!   is made after its own picture. The kiosk starts in Japanese (as `kofu run`), in the
//!   timeline's display mode (taken when the session began); the PIN pad is drawn empty (the
//!   recorder never keeps digits).
//! - **The mark is drawn by the page**, over the picture (an SVG in the panel's 1024×768
//!   coordinates, the timeline's own): inputs on one state share one picture, and the mark's
//!   coordinates in the page's data are the recorded ones. A miss is red with a cross
//!   ([`crate::report::study::stats::is_miss`]); a key or a hand on the machine is named on a
//!   band at the foot of the panel.
//! - **Size and time**: pictures are the panel only, drawn at half size (512×384: the shapes
//!   are scaled before they are rasterized, [`heatmap::panel_scaled`]), fast-compressed PNG
//!   under `OUT/replay/<session>/NNN.png`, one per state an input was made on. The rasterizer
//!   is most of the cost: about 0.27 s of CPU a session of 20 inputs in a release build, so
//!   pictures are drawn for the first [`DEFAULT_LIMIT`] sessions unless asked otherwise
//!   (`StudyOptions::replay_limit`, `--replays N|all`; `--no-replays` none). The pages
//!   themselves are cheap and written for every session: without pictures they show the
//!   inputs' marks on a blank panel, the time line and the notes.
//! - **Never fails the study**: a scenario file that is missing or does not parse, or a
//!   replay that stops short, gives the page its inputs without pictures (or without the
//!   later ones) and a warning on it; a scenario that is there and does not play is also one
//!   warning of the study. Only a file that cannot be written fails (as every report file).
//! - **Personal data** is masked as in heat maps and walkthroughs ([`Mask`]): on the pictures
//!   (before rasterizing) and in the targets and notes the page shows.
//! - **Work is shared over the cores** as heat maps do: each worker takes the next session and
//!   keeps one off-screen context per vendor.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::Loaded;
use super::heatmap::{self, file_part, on_cores};
use crate::domain::registry::Registry;
use crate::output::WriteError;
use crate::report::offscreen::Offscreen;
use crate::report::walkthrough::Mask;

mod map;
mod page;
mod play;

pub use map::{Assigner, Want, plan};

/// How many sessions' replays get pictures unless told otherwise: with the heat maps and the
/// pages, a study of 2,000 recordings stays within about five seconds on two cores.
pub const DEFAULT_LIMIT: usize = 12;

/// The page names of sessions (`<session>` in `replay/<session>.html`), in the order given:
/// each timeline file's name without `.timeline.json`, made safe for a file name, a suffix
/// `-2`, `-3`, … where two folders hold the same name.
pub fn names<'a>(files: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    files
        .into_iter()
        .map(|f| {
            let name = Path::new(f)
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or(f);
            let stem = name.strip_suffix(super::TIMELINE_SUFFIX).unwrap_or(name);
            let base = file_part(&format!("{stem}.x"));
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            if *n == 1 { base } else { format!("{base}-{n}") }
        })
        .collect()
}

/// The link from `study.html` to a session's replay page.
pub fn href(name: &str) -> String {
    format!("replay/{name}.html")
}

/// What [`write_all`] wrote.
#[derive(Debug, Default)]
pub struct Written {
    /// Replay pages.
    pub pages: usize,
    /// Pictures.
    pub pictures: usize,
    /// Sessions replayed without (some) pictures, summed up.
    pub warnings: Vec<String>,
}

/// One session's result: pictures written, and the warning on its page.
type Done = Result<(usize, Option<String>), WriteError>;

/// The shared, read-only part of the work.
struct Job<'a> {
    sessions: &'a [Loaded],
    names: &'a [String],
    dir: PathBuf,
    /// Sessions (the first ones) whose states are drawn.
    pictures: usize,
    deck: &'a Registry,
    bundled: &'a Mask,
}

/// Writes `OUT/replay/<session>.html` for every session and the pictures of the states of
/// the first `pictures` sessions; shared out over the cores.
pub fn write_all(sessions: &[Loaded], out: &Path, pictures: usize) -> Result<Written, WriteError> {
    let dir = out.join("replay");
    std::fs::create_dir_all(&dir).map_err(|source| WriteError {
        path: dir.clone(),
        source,
    })?;
    // The bundled deck (and its mask) serves every session whose scenario brings no persons of
    // its own: read once, not once a session.
    let deck = crate::kiosk::load_personas().unwrap_or_default();
    let bundled = Mask::for_deck(&deck);
    let files: Vec<String> = sessions
        .iter()
        .map(|l| l.file.display().to_string())
        .collect();
    let names = names(files.iter().map(String::as_str));
    let job = Job {
        sessions,
        names: &names,
        dir,
        pictures,
        deck: &deck,
        bundled: &bundled,
    };
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut contexts: BTreeMap<&str, Offscreen> = BTreeMap::new();
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(l) = sessions.get(i) else {
                break;
            };
            let off = contexts
                .entry(l.timeline.vendor.as_str())
                .or_insert_with(heatmap::context);
            done.push((i, one(&job, i, &files[i], off)));
        }
        done
    };
    let results: BTreeMap<usize, Done> = on_cores(sessions.len(), worker);
    let mut w = Written::default();
    let mut without = Vec::new();
    for (i, r) in results {
        let (n, warning) = r?;
        w.pages += 1;
        w.pictures += n;
        // A scenario that is not there is the page's business (timelines copied without
        // theirs, synthetic ones); one that is there and does not play is worth the study's.
        if i < pictures && warning.is_some_and(|w| !w.contains(play::MISSING)) {
            without.push(names[i].as_str());
        }
    }
    if w.pages < sessions.len() {
        w.warnings
            .push("some replay pages were not written: a drawing thread failed".into());
    }
    if let Some(first) = without.first() {
        w.warnings.push(format!(
            "{} session(s) replayed without all their pictures (their scenario does not parse or \
             does not replay; the page says why), e.g. replay/{first}.html",
            without.len()
        ));
    }
    Ok(w)
}

/// A session's pictures: each input's, how many were written, the page's warning and the mask
/// of the scenario's own persons (`None`: the bundled deck's).
type Drawn = (Vec<Option<String>>, usize, Option<String>, Option<Mask>);

/// Plays session `i`'s scenario and writes the pictures of its states; a scenario that cannot
/// be read or played is a warning, a picture that cannot be written an error.
fn draw(job: &Job<'_>, i: usize, off: &mut Offscreen) -> Result<Drawn, WriteError> {
    let l = &job.sessions[i];
    let t = &l.timeline;
    let name = &job.names[i];
    let none = |why: String| Ok((Vec::new(), 0, Some(format!("No pictures: {why}")), None));
    // A class database keeps the timeline only: its `file` is a name, not a place on disk.
    let sc = match l.station {
        Some(_) => Err(format!(
            "the scenario file {} {}: a class database keeps timelines only (it is in the \
             kiosk's recording folder)",
            t.scenario,
            play::MISSING
        )),
        None => play::scenario_of(&l.file, t),
    };
    let sc = match sc {
        Ok(sc) => sc,
        Err(e) => return none(e),
    };
    let own = match play::own_deck(&sc) {
        Ok(d) => d,
        Err(e) => return none(format!("the scenario's persons cannot be read: {e}")),
    };
    let mut app = match play::kiosk_for(&sc, own.as_ref().unwrap_or(job.deck), &t.display) {
        Ok(app) => app,
        Err(e) => return none(format!("the kiosk cannot be built: {e}")),
    };
    let mask = own.as_ref().map(Mask::for_deck);
    let mut d = play::Drawer {
        off,
        mask: mask.as_ref().unwrap_or(job.bundled),
        dir: job.dir.join(name),
        name,
        count: 0,
        failed: None,
        paged: (0, String::new()),
    };
    let pics = play::draw(&mut app, &sc, t, &mut d);
    if let Some(e) = d.failed {
        return Err(e);
    }
    let warning = pics.broke.map(|b| {
        format!("The replay stopped before the session's end ({b}); later inputs have no picture.")
    });
    Ok((pics.of_input, d.count, warning, mask))
}

/// One session: its pictures (when asked for), then its page.
fn one(job: &Job<'_>, i: usize, file: &str, off: &mut Offscreen) -> Done {
    let (pictures, count, warning, mask) = if i < job.pictures {
        draw(job, i, off)?
    } else if job.pictures > 0 {
        let why = format!(
            "No pictures: the study draws the states of its first {} session(s) only (each \
             takes about a quarter of a second); `kofu study --replays all` draws every one.",
            job.pictures
        );
        (Vec::new(), 0, Some(why), None)
    } else {
        (Vec::new(), 0, None, None)
    };
    let name = &job.names[i];
    let html = page::html(&page::PageInput {
        name,
        file,
        timeline: &job.sessions[i].timeline,
        pictures: &pictures,
        warning: warning.as_deref(),
        mask: mask.as_ref().unwrap_or(job.bundled),
    });
    crate::output::write_file(&job.dir.join(format!("{name}.html")), html.as_bytes())?;
    Ok((count, warning))
}
