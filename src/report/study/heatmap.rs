//! Heat maps: where people touched each screen, drawn over the screen's own picture.
//!
//! Decisions:
//! - **The picture** is the kiosk's window run off-screen ([`Offscreen`]) and brought to the
//!   screen by the tour ([`tour::reach`], from a fresh app each time, as the tour expects), in
//!   the vendor's most frequent language among its sessions, normal display, personal data
//!   masked as in walkthroughs; then cut to the touch panel, whose logical pixels are the
//!   timeline's tap coordinates. Taps from sessions in other languages or display modes land
//!   on this one picture.
//! - **One context per vendor.** The off-screen context (its font atlas and glyph caches) is
//!   made once per vendor and reused by every screen's fresh app; vendors render on threads
//!   of their own.
//! - **PIN keys are left out**: the recorder writes every PIN key at the pad's centre (which
//!   digit is never recorded), so a mark there would show a place nobody aimed at; the row
//!   counts them instead.
//! - **Marks** are drawn by `plotters` on the picture's RGB buffer: a translucent blue disc per
//!   hit (many hits darken), a translucent red disc and a red cross per miss.
//! - **Failures** are warnings: a vendor whose kiosk cannot be built, a screen the tour cannot
//!   reach (`questionnaire`, a vendor without that screen) or a picture that cannot be encoded.

use std::collections::BTreeMap;

use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{ExtendedColorType, ImageEncoder};
use plotters::backend::{BitMapBackend, RGBPixel};
use plotters::prelude::*;

use super::Loaded;
use super::rows::HeatmapRow;
use super::stats::{QUESTIONNAIRE, flow_rank, is_miss};
use crate::report::offscreen::{Image, Offscreen};
use crate::report::timeline::{InputKind, PIN_KEY};
use crate::report::tour::{self, Stop};
use crate::report::walkthrough::Mask;
use crate::window::{KioskApp, tokens};

/// Radius of a mark, in panel pixels: about a fingertip's contact at the kiosk's scale.
pub const MARK_RADIUS: i32 = 12;

/// The tour's stop that shows a recorded screen, if the tour has one.
pub fn stop_for(screen: &str) -> Option<Stop> {
    Some(match screen {
        "language" => Stop::Home,
        "services" => Stop::Services,
        "consent" => Stop::Consent,
        "place_card" => Stop::PlaceCard,
        "path" => Stop::Path,
        "pin" => Stop::Pin,
        "registered" => Stop::Registered,
        "remove_card" => Stop::RemoveCard,
        "certificate" => Stop::Certificate,
        "options" => Stop::Options,
        "copies" => Stop::Copies,
        "confirm" => Stop::Confirm,
        "payment" => Stop::Payment,
        "printing" => Stop::Printing,
        "take_items" => Stop::TakeItems,
        "out_of_service" => Stop::OutOfService,
        "refusal" => Stop::Refusal,
        "warning" => Stop::Warning,
        _ => return None,
    })
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
    let img = off.render_with(
        |shapes| {
            if let Some(m) = mask {
                m.shapes(shapes, fill);
            }
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
        for p in hits {
            area.draw(&Circle::new(at(p), MARK_RADIUS, BLUE.mix(0.2).filled()))
                .map_err(|e| e.to_string())?;
            area.draw(&Circle::new(at(p), MARK_RADIUS, BLUE.mix(0.5)))
                .map_err(|e| e.to_string())?;
        }
        for p in misses {
            area.draw(&Circle::new(at(p), MARK_RADIUS, RED.mix(0.35).filled()))
                .map_err(|e| e.to_string())?;
            area.draw(&Cross::new(at(p), MARK_RADIUS / 2, RED.stroke_width(3)))
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

type Drawn = (Vec<(HeatmapRow, Vec<u8>)>, Vec<String>);

fn draw_vendor(job: &VendorJob) -> Drawn {
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    let name = file_part(&job.vendor);
    // Build the kiosk once first: a vendor that cannot be built is one warning, not one per
    // screen; its deck gives the mask.
    let mask = match KioskApp::new(tour::options(&job.vendor, &job.lang)) {
        Ok(app) => Mask::for_deck(&app.session().kiosk().registry),
        Err(e) => {
            warnings.push(format!("heat maps of vendor {} skipped: {e:#}", job.vendor));
            return (out, warnings);
        }
    };
    let mut off = context();
    for (screen, marks) in &job.screens {
        let Some(stop) = stop_for(screen) else {
            warnings.push(format!(
                "no heat map of {} {screen}: the tour has no picture of that screen",
                job.vendor
            ));
            continue;
        };
        let drawn = panel_picture(&mut off, &job.vendor, &job.lang, stop, Some(&mask))
            .and_then(|pic| draw_marks(&pic, &marks.hits, &marks.misses))
            .and_then(|img| png(&img).map_err(|e| e.to_string()));
        match drawn {
            Ok(bytes) => {
                let file = format!("{name}-{screen}.png");
                out.push((
                    HeatmapRow {
                        vendor: job.vendor.clone(),
                        screen: screen.clone(),
                        lang: job.lang.clone(),
                        file: format!("heatmaps/{file}"),
                        hits: marks.hits.len(),
                        misses: marks.misses.len(),
                        pin_keys: marks.pin_keys,
                    },
                    bytes,
                ));
            }
            Err(e) => warnings.push(format!("no heat map of {} {screen}: {e}", job.vendor)),
        }
    }
    (out, warnings)
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

/// Heat maps of every (vendor, screen) with taps, one thread per vendor.
pub fn draw_all(sessions: &[Loaded]) -> Drawings {
    let jobs = jobs(sessions);
    let results: Vec<Drawn> = std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .iter()
            .map(|job| scope.spawn(move || draw_vendor(job)))
            .collect();
        handles
            .into_iter()
            .zip(&jobs)
            .map(|(h, job)| {
                h.join().unwrap_or_else(|_| {
                    (
                        Vec::new(),
                        vec![format!("heat maps of vendor {} failed", job.vendor)],
                    )
                })
            })
            .collect()
    });
    let mut out = Drawings::default();
    for (drawn, w) in results {
        for (row, bytes) in drawn {
            let name = row.file.trim_start_matches("heatmaps/").to_string();
            out.rows.push(row);
            out.files.push((name, bytes));
        }
        out.warnings.extend(w);
    }
    out
}
