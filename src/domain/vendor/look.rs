//! What a copier maker's machine looks like, as data (`[look]` and `home_menu` in a vendor
//! profile): the services on its home menu and their order, its accent colours, the shape of
//! its header, buttons and home menu, and its icon set. The window turns this into design
//! tokens; the domain only carries it, so a researcher's own profile file is a design variant
//! that `kofu audit`, the walkthrough and `kofu run` all see the same way.
//!
//! Colours are not refused for low contrast here: a researcher may want to measure a worse
//! design. `kofu audit` measures what the window paints and fails it.

use serde::Deserialize;
use toml::Spanned;

use crate::error::{InputError, Source};

pub use crate::domain::vocab::OtherService;

/// One tile of the home menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeTile {
    /// 行政サービス: the way into the certificate service.
    Administrative,
    /// A service the emulator does not have.
    Other(OtherService),
}

impl HomeTile {
    /// The code in a profile's `home_menu`.
    pub fn code(self) -> &'static str {
        match self {
            HomeTile::Administrative => "administrative",
            HomeTile::Other(s) => s.code(),
        }
    }
}

/// The home menu of a machine that does not say otherwise: every service, administrative
/// services first.
pub fn default_home_menu() -> Vec<HomeTile> {
    std::iter::once(HomeTile::Administrative)
        .chain(OtherService::ALL.map(HomeTile::Other))
        .collect()
}

/// How the panel's header is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeaderStyle {
    /// A full-width band in the accent colour with white text.
    Band,
    /// The panel's own ground with a rule in the accent colour under it.
    Rule,
}

/// How the home menu lays out its services.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HomeLayout {
    /// A grid of square tiles, icon above the name.
    Tiles,
    /// Full-width rows, icon left of the name.
    List,
}

/// Which pictograms the buttons carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IconStyle {
    /// Line drawings.
    Outline,
    /// Filled shapes.
    Solid,
}

/// An sRGB colour written `"#RRGGBB"` in a profile.
pub type Rgb = [u8; 3];

/// The machine's look. Applies to the standard theme; high contrast keeps its own colours and
/// takes only the shapes (a low-vision user's theme wins over a maker's branding).
#[derive(Debug, Clone, PartialEq)]
pub struct PanelLook {
    /// The maker's colour: header band (or rule) and the main action.
    pub accent: Rgb,
    /// Text on the accent colour.
    pub accent_text: Rgb,
    /// The header's style.
    pub header: HeaderStyle,
    /// Corner radius of buttons, in panel pixels.
    pub button_radius: u8,
    /// Height of ordinary buttons at standard text size, in panel pixels (large text scales
    /// it by the same factor as the text).
    pub button_height: f32,
    /// The home menu's layout.
    pub home: HomeLayout,
    /// Tiles per row when `home` is `tiles`.
    pub home_columns: u8,
    /// The icon set.
    pub icons: IconStyle,
}

impl Default for PanelLook {
    /// The look of a profile without `[look]`: kofu's own neutral design.
    fn default() -> Self {
        Self {
            accent: [0x0B, 0x5C, 0xAD],
            accent_text: [0xFF, 0xFF, 0xFF],
            header: HeaderStyle::Band,
            button_radius: 8,
            button_height: 68.0,
            home: HomeLayout::Tiles,
            home_columns: 4,
            icons: IconStyle::Outline,
        }
    }
}

/// Range of `button_radius` (square to pill-shaped at the smallest height).
pub const BUTTON_RADIUS: std::ops::RangeInclusive<u8> = 0..=22;
/// Range of `button_height`: the 44 px target minimum (≈ 11.6 mm) up to a third of the
/// panel's body.
pub const BUTTON_HEIGHT: std::ops::RangeInclusive<u32> = 44..=120;
/// Range of `home_columns`.
pub const HOME_COLUMNS: std::ops::RangeInclusive<u8> = 2..=4;

/// `[look]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLook {
    accent: Option<Spanned<String>>,
    accent_text: Option<Spanned<String>>,
    header: Option<HeaderStyle>,
    button_radius: Option<Spanned<u8>>,
    button_height: Option<Spanned<u32>>,
    home: Option<HomeLayout>,
    home_columns: Option<Spanned<u8>>,
    icons: Option<IconStyle>,
}

impl RawLook {
    /// Checks every value against its range; what is not written keeps the default.
    pub(super) fn check(&self, src: &Source) -> Result<PanelLook, InputError> {
        let d = PanelLook::default();
        let colour = |v: &Option<Spanned<String>>, default: Rgb| -> Result<Rgb, InputError> {
            let Some(v) = v else { return Ok(default) };
            parse_rgb(v.get_ref()).ok_or_else(|| {
                src.error_at(
                    Some(v.span()),
                    format!("`{}` is no colour: write \"#RRGGBB\"", v.get_ref()),
                )
            })
        };
        Ok(PanelLook {
            accent: colour(&self.accent, d.accent)?,
            accent_text: colour(&self.accent_text, d.accent_text)?,
            header: self.header.unwrap_or(d.header),
            button_radius: self
                .button_radius
                .as_ref()
                .map_or(Ok(d.button_radius), |v| {
                    src.in_range("button_radius", v, BUTTON_RADIUS)
                })?,
            button_height: self
                .button_height
                .as_ref()
                .map_or(Ok(d.button_height), |v| {
                    src.in_range("button_height", v, BUTTON_HEIGHT)
                        .map(|h| h as f32)
                })?,
            home: self.home.unwrap_or(d.home),
            home_columns: self.home_columns.as_ref().map_or(Ok(d.home_columns), |v| {
                src.in_range("home_columns", v, HOME_COLUMNS)
            })?,
            icons: self.icons.unwrap_or(d.icons),
        })
    }
}

/// `"#RRGGBB"` as bytes.
fn parse_rgb(s: &str) -> Option<Rgb> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// Checks a profile's `home_menu`: known codes, each once, administrative services on it.
pub(super) fn home_menu(
    raw: Option<&Spanned<Vec<String>>>,
    src: &Source,
) -> Result<Vec<HomeTile>, InputError> {
    let Some(raw) = raw else {
        return Ok(default_home_menu());
    };
    let err = |msg: String| src.error_at(Some(raw.span()), msg);
    let mut tiles = Vec::new();
    for code in raw.get_ref() {
        let tile = if code == "administrative" {
            HomeTile::Administrative
        } else {
            HomeTile::Other(OtherService::from_code(code).ok_or_else(|| {
                err(format!(
                    "unknown service `{code}` in `home_menu`; expected administrative, {}",
                    OtherService::ALL.map(OtherService::code).join(", ")
                ))
            })?)
        };
        if tiles.contains(&tile) {
            return Err(err(format!("`{code}` is twice in `home_menu`")));
        }
        tiles.push(tile);
    }
    if !tiles.contains(&HomeTile::Administrative) {
        return Err(err(
            "`home_menu` must list `administrative`: it is the way into the certificate service"
                .into(),
        ));
    }
    Ok(tiles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_only_as_six_hex_digits() {
        assert_eq!(parse_rgb("#0B5CAD"), Some([0x0B, 0x5C, 0xAD]));
        assert_eq!(parse_rgb("#0b5cad"), Some([0x0B, 0x5C, 0xAD]));
        for bad in [
            "0B5CAD",
            "#0B5CA",
            "#0B5CADD",
            "#GG0000",
            "#",
            "",
            "#ＡＡＢＢＣＣ",
        ] {
            assert_eq!(parse_rgb(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_other_service_round_trips_its_code() {
        for s in OtherService::ALL {
            assert_eq!(OtherService::from_code(s.code()), Some(s));
        }
        assert_eq!(OtherService::from_code("administrative"), None);
    }
}
