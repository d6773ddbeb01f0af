//! Audit profiles: the thresholds the checks measure against, in a TOML file a reviewer can
//! change (`kofu audit --profile FILE`), so a procurement spec stricter than WCAG 2.2 AA can be
//! audited without a rebuild. Two are bundled: `assets/audit/wcag22-aa.toml` (the default) and
//! `assets/audit/public-terminal.toml`; each number in them cites its source.
//!
//! A bad file is an [`InputError`] at its line and column, as `kofu check` reports them.

use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{InputError, Source};

/// The bundled profiles: file name and text.
pub const BUNDLED: [(&str, &str); 2] = [
    (
        "wcag22-aa.toml",
        include_str!("../../../assets/audit/wcag22-aa.toml"),
    ),
    (
        "public-terminal.toml",
        include_str!("../../../assets/audit/public-terminal.toml"),
    ),
];

/// The thresholds of one audit, as read and checked (what `audit.json` records under
/// `profile`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    /// What the profile is, in the report.
    pub name: String,
    /// Where it was read from (a path, or `bundled:<file>`).
    pub source: String,
    /// Panel width, mm.
    pub panel_width_mm: f64,
    /// Logical px across the panel.
    pub panel_width_px: f64,
    /// Declared viewing distance, mm.
    pub viewing_distance_mm: f64,
    /// Smallest side of a control, mm.
    pub min_target_mm: f64,
    /// Text contrast.
    pub contrast_text: f64,
    /// Large-text contrast.
    pub contrast_large_text: f64,
    /// Size from which text is large, px.
    pub large_text_px: f64,
    /// Non-text contrast (control boundaries, state marks).
    pub contrast_non_text: f64,
    /// Focus ring against its ground.
    pub contrast_focus: f64,
    /// Smallest capital height of any panel text, mm (0: no minimum).
    pub min_cap_mm: f64,
    /// Angle a capital H subtends in the large-text mode, degrees.
    pub large_mode_cap_angle_deg: f64,
    /// Line height of wrapped body text, as a multiple of its size.
    pub line_height_body: f64,
    /// Line height of wrapped control labels.
    pub line_height_label: f64,
}

impl Profile {
    /// mm per logical px of the declared panel.
    pub fn mm_per_px(&self) -> f64 {
        self.panel_width_mm / self.panel_width_px
    }

    /// Smallest control side in logical px.
    pub fn min_target_px(&self) -> f64 {
        self.min_target_mm / self.mm_per_px()
    }

    /// Capital height the large-text mode needs, mm (the angle at the viewing distance).
    pub fn large_mode_cap_mm(&self) -> f64 {
        self.viewing_distance_mm * self.large_mode_cap_angle_deg.to_radians().tan()
    }

    /// The contrast text of `size` px needs.
    pub fn contrast_for(&self, size: f32) -> f64 {
        if f64::from(size) >= self.large_text_px {
            self.contrast_large_text
        } else {
            self.contrast_text
        }
    }

    /// The default profile (bundled WCAG 2.2 AA).
    pub fn wcag22_aa() -> Profile {
        // The bundled text is tested to parse (tests/audit_profile.rs); a failure here would
        // be a broken build, so fall back to the same figures written out.
        parse(&Source::from_text("bundled:wcag22-aa.toml", BUNDLED[0].1)).unwrap_or(Profile {
            name: "WCAG 2.2 AA".into(),
            source: "built-in".into(),
            panel_width_mm: 270.0,
            panel_width_px: 1024.0,
            viewing_distance_mm: 500.0,
            min_target_mm: 4.5,
            contrast_text: 4.5,
            contrast_large_text: 3.0,
            large_text_px: 24.0,
            contrast_non_text: 3.0,
            contrast_focus: 3.0,
            min_cap_mm: 0.0,
            large_mode_cap_angle_deg: 0.7,
            line_height_body: 1.5,
            line_height_label: 1.25,
        })
    }

    /// Reads a profile file, or a bundled one named `bundled:<file>`.
    pub fn load(path: &Path) -> Result<Profile, InputError> {
        let text = path.to_string_lossy();
        if let Some(name) = text.strip_prefix("bundled:")
            && let Some((_, body)) = BUNDLED.iter().find(|(f, _)| *f == name)
        {
            return parse(&Source::from_text(path, *body));
        }
        parse(&Source::read(path)?)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    name: String,
    panel: Panel,
    targets: Targets,
    contrast: Contrast,
    text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Panel {
    width_mm: Spanned<f64>,
    width_px: Spanned<u32>,
    viewing_distance_mm: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Targets {
    min_mm: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Contrast {
    text: Spanned<f64>,
    large_text: Spanned<f64>,
    large_text_px: Spanned<f64>,
    non_text: Spanned<f64>,
    focus: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Text {
    min_cap_mm: Spanned<f64>,
    large_mode_cap_angle_deg: Spanned<f64>,
    line_height_body: Spanned<f64>,
    line_height_label: Spanned<f64>,
}

/// Parses and range-checks a profile.
pub fn parse(src: &Source) -> Result<Profile, InputError> {
    let f: File = src.parse_toml()?;
    let ratio = 1.0..=21.0;
    Ok(Profile {
        name: f.name,
        source: src.path.display().to_string(),
        panel_width_mm: src.in_range("panel.width_mm", &f.panel.width_mm, 10.0..=3000.0)?,
        panel_width_px: f64::from(src.in_range(
            "panel.width_px",
            &f.panel.width_px,
            100..=10000,
        )?),
        viewing_distance_mm: src.in_range(
            "panel.viewing_distance_mm",
            &f.panel.viewing_distance_mm,
            50.0..=5000.0,
        )?,
        min_target_mm: src.in_range("targets.min_mm", &f.targets.min_mm, 0.0..=100.0)?,
        contrast_text: src.in_range("contrast.text", &f.contrast.text, ratio.clone())?,
        contrast_large_text: src.in_range(
            "contrast.large_text",
            &f.contrast.large_text,
            ratio.clone(),
        )?,
        large_text_px: src.in_range(
            "contrast.large_text_px",
            &f.contrast.large_text_px,
            1.0..=500.0,
        )?,
        contrast_non_text: src.in_range(
            "contrast.non_text",
            &f.contrast.non_text,
            ratio.clone(),
        )?,
        contrast_focus: src.in_range("contrast.focus", &f.contrast.focus, ratio)?,
        min_cap_mm: src.in_range("text.min_cap_mm", &f.text.min_cap_mm, 0.0..=100.0)?,
        large_mode_cap_angle_deg: src.in_range(
            "text.large_mode_cap_angle_deg",
            &f.text.large_mode_cap_angle_deg,
            0.0..=10.0,
        )?,
        line_height_body: src.in_range(
            "text.line_height_body",
            &f.text.line_height_body,
            0.5..=4.0,
        )?,
        line_height_label: src.in_range(
            "text.line_height_label",
            &f.text.line_height_label,
            0.5..=4.0,
        )?,
    })
}
