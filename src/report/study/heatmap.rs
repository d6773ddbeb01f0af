//! Heat maps: where people touched each screen, drawn over the screen's own picture.
//!
//! Decisions:
//! - **One picture per look**: a heat map is a vendor's screen in one language and one display
//!   mode (a [`Look`]), drawn on the picture of exactly that kiosk, so a tap lands on the tile
//!   the person saw (Japanese taps are not drawn on English tiles, nor normal-display taps on
//!   large-text buttons). Each tap counts in the language on screen when it was made (a
//!   language chosen on the home menu is an input; see [`jobs::langs_at`]). File name
//!   `heatmaps/<vendor>-<screen>-<lang>-<display>.png`.
//! - **Five sessions at least** ([`MIN_SESSIONS`]): a screen of a look that fewer sessions
//!   tapped gets a row (its taps counted) but no picture — a few people's fingers are not
//!   where people touch, and come close to pointing at one participant. The number of sessions
//!   is in the row and written on the picture's top-right corner ([`badge`]).
//! - **The picture** is the kiosk's window run off-screen ([`Offscreen`]) and brought to the
//!   screen by the tour ([`tour::reach`], from a fresh app each time, as the tour expects) in
//!   the look's language and display, personal data masked as in walkthroughs; then cut to
//!   the touch panel, whose logical pixels are the timeline's tap coordinates.
//! - **Time goes to rasterizing** (about 0.1 s a picture in release; building the app and
//!   settling its frames take 1–2 ms, a fresh off-screen context about 15 ms more than a
//!   reused one), so only the panel is rasterized (the machine's parts are clipped away) and
//!   the pictures are shared out over the cores; each worker reuses one off-screen context
//!   per vendor and language (its font atlas and glyph caches) for every screen's fresh app.
//! - **PIN keys are left out**: the recorder writes every PIN key at the pad's centre (which
//!   digit is never recorded), so a mark there would show a place nobody aimed at; the row
//!   counts them instead.
//! - **Marks** are drawn by `plotters` on the picture's RGB buffer: a translucent blue disc per
//!   hit (many hits darken), a translucent red disc and a red cross per miss, each with a faint
//!   white ring so it shows on dark and coloured buttons too.
//! - **Failures** are warnings: a vendor whose kiosk cannot be built, a screen the tour cannot
//!   reach (`questionnaire`, a vendor without that screen) or a picture that cannot be encoded.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{ExtendedColorType, ImageEncoder};
use plotters::backend::{BitMapBackend, RGBPixel};
use plotters::prelude::*;

use super::Loaded;
use super::rows::HeatmapRow;
use crate::report::offscreen::{Image, Offscreen};
use crate::report::tour;
use crate::report::walkthrough::Mask;
use crate::window::KioskApp;

mod badge;
pub mod jobs;
mod picture;
mod section;

use jobs::{Job, Marks};
pub use jobs::{Look, MIN_SESSIONS};
pub use picture::{
    context, display_flags, look_options, look_picture, panel_of, panel_picture, panel_scaled,
    stop_for,
};
pub use section::section;

/// Radius of a mark, in panel pixels: about a fingertip's contact at the kiosk's scale.
pub const MARK_RADIUS: i32 = 12;

/// A name usable in a file name: a vendor that is a profile file becomes its stem.
pub fn file_part(vendor: &str) -> String {
    let stem = std::path::Path::new(vendor)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(vendor);
    stem.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A picture's pixels as RGB rows (the alpha dropped: the panel is opaque).
pub fn rgb(picture: &Image) -> Vec<u8> {
    picture
        .pixels
        .iter()
        .flat_map(|c| {
            let [r, g, b, _] = c.to_srgba_unmultiplied();
            [r, g, b]
        })
        .collect()
}

/// The picture with the taps marked (panel pixels), as RGB rows.
pub fn draw_marks(
    picture: &Image,
    hits: &[(f32, f32)],
    misses: &[(f32, f32)],
) -> Result<image::RgbImage, String> {
    marked(picture, hits, misses, None)
}

/// The picture with the number of sessions on its corner (when given), then the taps marked
/// over it (a tap under the count stays visible).
fn marked(
    picture: &Image,
    hits: &[(f32, f32)],
    misses: &[(f32, f32)],
    sessions: Option<usize>,
) -> Result<image::RgbImage, String> {
    let (w, h) = (picture.width as u32, picture.height as u32);
    let mut rgb = rgb(picture);
    {
        let backend = BitMapBackend::<RGBPixel>::with_buffer_and_format(&mut rgb, (w, h))
            .map_err(|e| e.to_string())?;
        let area = backend.into_drawing_area();
        if let Some(n) = sessions {
            badge::draw(&area, n)?;
        }
        let at = |&(x, y): &(f32, f32)| (x.round() as i32, y.round() as i32);
        // A faint white ring round every mark keeps it visible on dark and coloured buttons.
        let halo = WHITE.mix(0.75).stroke_width(1);
        for p in hits {
            area.draw(&Circle::new(at(p), MARK_RADIUS, BLUE.mix(0.22).filled()))
                .map_err(|e| e.to_string())?;
            area.draw(&Circle::new(
                at(p),
                MARK_RADIUS,
                BLUE.mix(0.7).stroke_width(2),
            ))
            .map_err(|e| e.to_string())?;
            area.draw(&Circle::new(at(p), MARK_RADIUS + 2, halo))
                .map_err(|e| e.to_string())?;
        }
        for p in misses {
            area.draw(&Circle::new(at(p), MARK_RADIUS, RED.mix(0.35).filled()))
                .map_err(|e| e.to_string())?;
            area.draw(&Cross::new(at(p), MARK_RADIUS / 2, RED.stroke_width(3)))
                .map_err(|e| e.to_string())?;
            area.draw(&Circle::new(at(p), MARK_RADIUS + 2, halo))
                .map_err(|e| e.to_string())?;
        }
        area.present().map_err(|e| e.to_string())?;
    }
    image::RgbImage::from_raw(w, h, rgb).ok_or_else(|| "picture size mismatch".to_string())
}

/// PNG bytes of an RGB picture (fast compression: a study writes dozens).
pub fn png(img: &image::RgbImage) -> Result<Vec<u8>, image::ImageError> {
    let mut out = Vec::new();
    PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Adaptive)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            ExtendedColorType::Rgb8,
        )?;
    Ok(out)
}

/// A heat map's row and PNG bytes, or why it could not be drawn.
type Drawn = Result<Vec<u8>, String>;

/// One heat map: the picture of `screen` in the job's look, its count and marks, the PNG.
fn draw_one(
    off: &mut Offscreen,
    look: &Look,
    mask: &Mask,
    (screen, marks): &(String, Marks),
) -> Drawn {
    let stop = stop_for(screen).ok_or("the tour has no picture of that screen")?;
    let picture = look_picture(off, look, stop, Some(mask))?;
    let img = marked(
        &picture,
        &marks.hits,
        &marks.misses,
        Some(marks.sessions.len()),
    )?;
    png(&img).map_err(|e| e.to_string())
}

/// The file a heat map of `look`'s `screen` is written to, relative to the report.
pub fn file_name(look: &Look, screen: &str) -> String {
    format!(
        "heatmaps/{}-{}-{}-{}.png",
        file_part(&look.vendor),
        file_part(screen),
        file_part(&look.lang),
        file_part(&look.display)
    )
}

/// What [`draw_all`] made: rows for `study.json`, the PNG files and what could not be drawn.
#[derive(Debug, Default)]
pub struct Drawings {
    /// One per (look, screen) with taps; `file` empty where too few sessions tapped.
    pub rows: Vec<HeatmapRow>,
    /// File name inside `heatmaps/` and PNG bytes.
    pub files: Vec<(String, Vec<u8>)>,
    /// Vendors and screens without a picture, and why.
    pub warnings: Vec<String>,
}

fn row(look: &Look, screen: &str, m: &Marks) -> HeatmapRow {
    HeatmapRow {
        vendor: look.vendor.clone(),
        screen: screen.to_string(),
        lang: look.lang.clone(),
        display: look.display.clone(),
        sessions: m.sessions.len(),
        file: if m.sessions.len() >= MIN_SESSIONS {
            file_name(look, screen)
        } else {
            String::new()
        },
        hits: m.hits.len(),
        misses: m.misses.len(),
        pin_keys: m.pin_keys,
    }
}

/// The looks whose vendor's kiosk can be built, each with the mask of its deck; a vendor that
/// cannot be built is one warning.
fn buildable(jobs: Vec<Job>, warnings: &mut Vec<String>) -> Vec<(Job, Mask)> {
    let mut masks: BTreeMap<String, Option<Mask>> = BTreeMap::new();
    let mut ready = Vec::new();
    for job in jobs {
        let vendor = job.look.vendor.clone();
        let mask = masks.entry(vendor.clone()).or_insert_with(|| {
            match KioskApp::new(tour::options(&vendor, &job.look.lang)) {
                Ok(app) => Some(Mask::for_deck(&app.session().kiosk().registry)),
                Err(e) => {
                    warnings.push(format!("heat maps of vendor {vendor} skipped: {e:#}"));
                    None
                }
            }
        });
        if let Some(m) = mask.clone() {
            ready.push((job, m));
        }
    }
    ready
}

/// Heat maps of every (vendor, language, display, screen) with taps: a row for each, a picture
/// for those at least [`MIN_SESSIONS`] sessions tapped. The kiosk of each vendor is built once
/// first (a vendor that cannot be built is one warning, and its deck gives the mask); then the
/// pictures are shared out over the machine's cores, each worker with one off-screen context
/// per vendor and language.
pub fn draw_all(sessions: &[Loaded]) -> Drawings {
    let mut out = Drawings::default();
    let ready = buildable(jobs::jobs(sessions), &mut out.warnings);
    let work: Vec<(usize, usize)> = ready
        .iter()
        .enumerate()
        .flat_map(|(v, (job, _))| {
            job.screens
                .iter()
                .enumerate()
                .filter(|(_, (_, m))| m.sessions.len() >= MIN_SESSIONS)
                .map(move |(k, _)| (v, k))
        })
        .collect();
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut contexts: BTreeMap<(&str, &str), Offscreen> = BTreeMap::new();
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(&(v, k)) = work.get(i) else {
                break;
            };
            let (job, mask) = &ready[v];
            let key = (job.look.vendor.as_str(), job.look.lang.as_str());
            let off = contexts.entry(key).or_insert_with(context);
            done.push(((v, k), draw_one(off, &job.look, mask, &job.screens[k])));
        }
        done
    };
    let results: BTreeMap<(usize, usize), Drawn> = on_cores(work.len(), worker);
    if results.len() < work.len() {
        out.warnings
            .push("some heat maps were not drawn: a drawing thread failed".into());
    }
    for (v, (job, _)) in ready.iter().enumerate() {
        for (k, (screen, marks)) in job.screens.iter().enumerate() {
            let r = row(&job.look, screen, marks);
            if r.file.is_empty() {
                out.rows.push(r);
                continue;
            }
            match results.get(&(v, k)) {
                Some(Ok(bytes)) => {
                    out.files.push((
                        r.file.trim_start_matches("heatmaps/").to_string(),
                        bytes.clone(),
                    ));
                    out.rows.push(r);
                }
                Some(Err(e)) => out.warnings.push(format!(
                    "no heat map of {} {} ({}, {}): {e}",
                    job.look.vendor, screen, job.look.lang, job.look.display
                )),
                None => {}
            }
        }
    }
    out
}

/// Runs `worker` on as many threads as the machine has cores (at most `jobs`) and gathers what
/// they return; a thread that panicked gives nothing (the caller counts what is missing).
pub fn on_cores<K: Ord + Send, T: Send>(
    jobs: usize,
    worker: impl Fn() -> Vec<(K, T)> + Sync,
) -> BTreeMap<K, T> {
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(jobs)
        .max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers).map(|_| scope.spawn(&worker)).collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}
