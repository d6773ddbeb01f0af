//! Heat maps: where people touched each screen, drawn over the screen's own picture.
//!
//! Decisions:
//! - **The picture** is the kiosk's window run off-screen ([`Offscreen`]) and brought to the
//!   screen by the tour ([`tour::reach`], from a fresh app each time, as the tour expects), in
//!   the vendor's most frequent language among its sessions, normal display, personal data
//!   masked as in walkthroughs; then cut to the touch panel, whose logical pixels are the
//!   timeline's tap coordinates. Taps from sessions in other languages or display modes land
//!   on this one picture.
//! - **Time goes to rasterizing** (about 0.1 s a picture in release; building the app and
//!   settling its frames take 1–2 ms, a fresh off-screen context about 15 ms more than a
//!   reused one), so only the panel is rasterized (the machine's parts are clipped away) and
//!   the pictures are shared out over the cores; each worker reuses one off-screen context
//!   per vendor (its font atlas and glyph caches) for every screen's fresh app.
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
use super::stats::{QUESTIONNAIRE, flow_rank, is_miss};
use crate::domain::session::Screen;
use crate::report::offscreen::{Image, Offscreen};
use crate::report::tour::{self, Stop};
use crate::report::walkthrough::Mask;
use crate::research::timeline::{InputKind, PIN_KEY};
use crate::window::{KioskApp, tokens};

/// Radius of a mark, in panel pixels: about a fingertip's contact at the kiosk's scale.
pub const MARK_RADIUS: i32 = 12;

/// The tour's stop that shows a recorded screen, if the tour has one: a session screen by its
/// derived name ([`Screen`]), or one of the window's own (`language_list`, `warning`).
pub fn stop_for(screen: &str) -> Option<Stop> {
    if let Ok(s) = screen.parse::<Screen>() {
        return Some(match s {
            Screen::Language => Stop::Home,
            Screen::Services => Stop::Services,
            Screen::Consent => Stop::Consent,
            Screen::PlaceCard => Stop::PlaceCard,
            Screen::Path => Stop::Path,
            Screen::Pin => Stop::Pin,
            Screen::Registered => Stop::Registered,
            Screen::RemoveCard => Stop::RemoveCard,
            Screen::Certificate => Stop::Certificate,
            Screen::Options => Stop::Options,
            Screen::Copies => Stop::Copies,
            Screen::Confirm => Stop::Confirm,
            Screen::Payment => Stop::Payment,
            Screen::Printing => Stop::Printing,
            Screen::TakeItems => Stop::TakeItems,
            Screen::OutOfService => Stop::OutOfService,
            Screen::Refusal => Stop::Refusal,
        });
    }
    match screen {
        "language_list" => Some(Stop::HomeLanguages),
        "warning" => Some(Stop::Warning),
        _ => None,
    }
}

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

/// The touch panel of the kiosk at `stop`, as the window shows it, from a fresh app; with
/// `mask`, the deck's personal data blanked as in walkthroughs.
pub fn panel_picture(
    off: &mut Offscreen,
    vendor: &str,
    lang: &str,
    stop: Stop,
    mask: Option<&Mask>,
) -> Result<Image, String> {
    let mut app = KioskApp::new(tour::options(vendor, lang)).map_err(|e| format!("{e:#}"))?;
    tour::reach(&mut app, stop)?;
    off.settle(&mut app);
    let fill = app.machine_tokens().c.part_bg;
    let bg = app.machine_tokens().c.machine_bg;
    let panel = egui::Rect::from_min_size(
        egui::pos2(tokens::MARGIN, tokens::MARGIN),
        tokens::PANEL_SIZE,
    );
    let img = off.render_with(
        |shapes| {
            if let Some(m) = mask {
                m.shapes(shapes, fill);
            }
            // Only the panel is kept: clipping the machine's parts away spares rasterizing them.
            for s in shapes.iter_mut() {
                s.clip_rect = s.clip_rect.intersect(panel);
            }
            shapes.retain(|s| s.clip_rect.is_positive());
        },
        bg,
    );
    let m = tokens::MARGIN as usize;
    Ok(img.crop(
        m,
        m,
        tokens::PANEL_SIZE.x as usize,
        tokens::PANEL_SIZE.y as usize,
    ))
}

/// An off-screen context the size of the window, for [`panel_picture`].
pub fn context() -> Offscreen {
    Offscreen::new(tokens::window_size())
}

/// The picture with the taps marked (panel pixels), as RGB rows.
pub fn draw_marks(
    picture: &Image,
    hits: &[(f32, f32)],
    misses: &[(f32, f32)],
) -> Result<image::RgbImage, String> {
    let (w, h) = (picture.width as u32, picture.height as u32);
    let mut rgb: Vec<u8> = picture
        .pixels
        .iter()
        .flat_map(|c| {
            let [r, g, b, _] = c.to_srgba_unmultiplied();
            [r, g, b]
        })
        .collect();
    {
        let backend = BitMapBackend::<RGBPixel>::with_buffer_and_format(&mut rgb, (w, h))
            .map_err(|e| e.to_string())?;
        let area = backend.into_drawing_area();
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

#[derive(Default)]
struct Marks {
    hits: Vec<(f32, f32)>,
    misses: Vec<(f32, f32)>,
    pin_keys: usize,
}

struct VendorJob {
    vendor: String,
    lang: String,
    screens: Vec<(String, Marks)>,
}

/// The most frequent value (ties: the first in sort order).
fn most_frequent<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_insert(0) += 1;
    }
    let best = counts.values().copied().max().unwrap_or(0);
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map_or_else(|| "ja".to_string(), |(v, _)| v.to_string())
}

fn jobs(sessions: &[Loaded]) -> Vec<VendorJob> {
    let mut by_vendor: BTreeMap<&str, BTreeMap<(usize, &str), Marks>> = BTreeMap::new();
    for l in sessions {
        let t = &l.timeline;
        let screens = by_vendor.entry(&t.vendor).or_default();
        for i in &t.inputs {
            let (InputKind::Tap, Some(x), Some(y)) = (i.kind, i.x, i.y) else {
                continue;
            };
            if i.screen == QUESTIONNAIRE {
                continue;
            }
            let m = screens
                .entry((flow_rank(&i.screen), &i.screen))
                .or_default();
            if i.target.as_deref() == Some(PIN_KEY) {
                m.pin_keys += 1;
            } else if is_miss(i) {
                m.misses.push((x, y));
            } else {
                m.hits.push((x, y));
            }
        }
    }
    by_vendor
        .into_iter()
        .map(|(vendor, screens)| VendorJob {
            vendor: vendor.to_string(),
            lang: most_frequent(
                sessions
                    .iter()
                    .filter(|l| l.timeline.vendor == vendor)
                    .map(|l| l.timeline.lang.as_str()),
            ),
            screens: screens
                .into_iter()
                .map(|((_, s), m)| (s.to_string(), m))
                .collect(),
        })
        .collect()
}

/// A heat map's row and PNG bytes, or why it could not be drawn.
type Drawn = Result<(HeatmapRow, Vec<u8>), String>;

/// One heat map: the picture of `screen`, its marks, the PNG.
fn draw_one(
    off: &mut Offscreen,
    job: &VendorJob,
    mask: &Mask,
    (screen, marks): &(String, Marks),
) -> Drawn {
    let stop = stop_for(screen).ok_or("the tour has no picture of that screen")?;
    let picture = panel_picture(off, &job.vendor, &job.lang, stop, Some(mask))?;
    let bytes =
        png(&draw_marks(&picture, &marks.hits, &marks.misses)?).map_err(|e| e.to_string())?;
    let row = HeatmapRow {
        vendor: job.vendor.clone(),
        screen: screen.clone(),
        lang: job.lang.clone(),
        file: format!("heatmaps/{}-{screen}.png", file_part(&job.vendor)),
        hits: marks.hits.len(),
        misses: marks.misses.len(),
        pin_keys: marks.pin_keys,
    };
    Ok((row, bytes))
}

/// What [`draw_all`] made: rows for `study.json`, the PNG files and what could not be drawn.
#[derive(Debug, Default)]
pub struct Drawings {
    /// One per heat map written.
    pub rows: Vec<HeatmapRow>,
    /// File name inside `heatmaps/` and PNG bytes.
    pub files: Vec<(String, Vec<u8>)>,
    /// Vendors and screens without a picture, and why.
    pub warnings: Vec<String>,
}

/// Heat maps of every (vendor, screen) with taps. The kiosk of each vendor is built once
/// first (a vendor that cannot be built is one warning, and its deck gives the mask); then
/// the pictures are shared out over the machine's cores, each worker with one off-screen
/// context per vendor.
pub fn draw_all(sessions: &[Loaded]) -> Drawings {
    let mut out = Drawings::default();
    let mut ready: Vec<(VendorJob, Mask)> = Vec::new();
    for job in jobs(sessions) {
        match KioskApp::new(tour::options(&job.vendor, &job.lang)) {
            Ok(app) => {
                let mask = Mask::for_deck(&app.session().kiosk().registry);
                ready.push((job, mask));
            }
            Err(e) => out
                .warnings
                .push(format!("heat maps of vendor {} skipped: {e:#}", job.vendor)),
        }
    }
    let work: Vec<(usize, usize)> = ready
        .iter()
        .enumerate()
        .flat_map(|(v, (job, _))| (0..job.screens.len()).map(move |k| (v, k)))
        .collect();
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(work.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut contexts: BTreeMap<usize, Offscreen> = BTreeMap::new();
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(&(v, k)) = work.get(i) else {
                break;
            };
            let (job, mask) = &ready[v];
            let off = contexts.entry(v).or_insert_with(context);
            done.push((i, draw_one(off, job, mask, &job.screens[k])));
        }
        done
    };
    let mut results: Vec<(usize, Drawn)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers).map(|_| scope.spawn(worker)).collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    if results.len() < work.len() {
        out.warnings
            .push("some heat maps were not drawn: a drawing thread failed".into());
    }
    for (i, r) in results {
        match r {
            Ok((row, bytes)) => {
                let name = row.file.trim_start_matches("heatmaps/").to_string();
                out.rows.push(row);
                out.files.push((name, bytes));
            }
            Err(e) => {
                let (v, k) = work[i];
                let (job, _) = &ready[v];
                out.warnings.push(format!(
                    "no heat map of {} {}: {e}",
                    job.vendor, job.screens[k].0
                ));
            }
        }
    }
    out
}
