//! The pictures heat maps and replays are drawn on: the kiosk's window run off-screen, cut to
//! the touch panel (whose logical pixels are the timeline's tap coordinates).

use egui::emath::TSTransform;

use super::Look;
use crate::domain::session::Screen;
use crate::report::offscreen::{Image, Offscreen};
use crate::report::tour::{self, Stop};
use crate::report::walkthrough::Mask;
use crate::window::{KioskApp, UiOptions, tokens};

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

/// Large text and high contrast of a timeline's display mode (`large_text+high_contrast`, …).
pub fn display_flags(display: &str) -> (bool, bool) {
    let parts: Vec<&str> = display.split('+').collect();
    (
        parts.contains(&"large_text"),
        parts.contains(&"high_contrast"),
    )
}

/// The tour's options for a look: its vendor, language and display mode.
pub fn look_options(look: &Look) -> UiOptions {
    let (large_text, high_contrast) = display_flags(&look.display);
    UiOptions {
        large_text,
        high_contrast,
        ..tour::options(&look.vendor, &look.lang)
    }
}

/// The touch panel of the kiosk at `stop` in normal display, as the window shows it, from a
/// fresh app; with `mask`, the deck's personal data blanked as in walkthroughs.
pub fn panel_picture(
    off: &mut Offscreen,
    vendor: &str,
    lang: &str,
    stop: Stop,
    mask: Option<&Mask>,
) -> Result<Image, String> {
    let look = Look {
        vendor: vendor.to_string(),
        lang: lang.to_string(),
        display: "normal".to_string(),
    };
    look_picture(off, &look, stop, mask)
}

/// As [`panel_picture`], in the look's language and display mode.
pub fn look_picture(
    off: &mut Offscreen,
    look: &Look,
    stop: Stop,
    mask: Option<&Mask>,
) -> Result<Image, String> {
    let mut app = KioskApp::new(look_options(look)).map_err(|e| format!("{e:#}"))?;
    tour::reach(&mut app, stop)?;
    Ok(panel_of(off, &mut app, mask))
}

/// The touch panel of `app` as it stands (frames settled first), 1024×768, the machine's parts
/// left out; with `mask`, personal data blanked. The heat maps and the session replays share it.
pub fn panel_of(off: &mut Offscreen, app: &mut KioskApp, mask: Option<&Mask>) -> Image {
    panel_scaled(off, app, mask, 1.0)
}

/// As [`panel_of`], drawn `scale` times the size (a replay's 0.5: 512×384). The shapes are
/// scaled before they are rasterized, so a smaller picture costs fewer pixels to paint — the
/// rasterizer is most of the time — where shrinking a full-size one would not (text is then
/// sampled from glyphs made for full size: thinner, still readable at half).
pub fn panel_scaled(
    off: &mut Offscreen,
    app: &mut KioskApp,
    mask: Option<&Mask>,
    scale: f32,
) -> Image {
    off.settle(app);
    let fill = app.machine_tokens().c.part_bg;
    let bg = app.machine_tokens().c.machine_bg;
    let panel = egui::Rect::from_min_size(
        egui::pos2(tokens::MARGIN, tokens::MARGIN),
        tokens::PANEL_SIZE,
    );
    // The panel's corner stays where it is; everything else moves towards it.
    let to = TSTransform::new(panel.min.to_vec2() * (1.0 - scale), scale);
    let img = off.render_with(
        |shapes| {
            if let Some(m) = mask {
                m.shapes(shapes, fill);
            }
            // Only the panel is kept: clipping the machine's parts away spares rasterizing them.
            for s in shapes.iter_mut() {
                s.clip_rect = s.clip_rect.intersect(panel);
                if scale != 1.0 {
                    s.clip_rect = to * s.clip_rect;
                    s.shape.transform(to);
                }
            }
            shapes.retain(|s| s.clip_rect.is_positive());
        },
        bg,
    );
    let m = tokens::MARGIN as usize;
    img.crop(
        m,
        m,
        (tokens::PANEL_SIZE.x * scale).round() as usize,
        (tokens::PANEL_SIZE.y * scale).round() as usize,
    )
}

/// An off-screen context the size of the window, for [`panel_picture`].
pub fn context() -> Offscreen {
    Offscreen::new(tokens::window_size())
}
