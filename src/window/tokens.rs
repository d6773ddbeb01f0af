//! Design tokens: every colour and size the window uses. Screens, the machine parts and the
//! trainer console take colours and sizes from here and nowhere else (`clippy.toml` forbids
//! colour constructors in every other file), so contrast is a unit test: every text colour against every
//! background it is drawn on is at least 4.5:1 (WCAG 2 AA for body text) in both themes.
//!
//! Sizes are logical pixels of the 1024×768 touch panel; at a kiosk's ≈ 0.264 mm per pixel,
//! 44 px ≈ 11.6 mm (the minimum target), and the large-text mode's 32 px body text has a capital
//! H of ≈ 23 px ≈ 6.1 mm (≥ 6 mm readable at 50 cm).

#![allow(clippy::disallowed_methods)] // the one home of colours

use egui::Color32;

use crate::domain::vendor::look::{HeaderStyle, PanelLook};

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeKind {
    /// Dark text on light panels (the default).
    Standard,
    /// White and yellow on black, for low vision.
    HighContrast,
}

/// Colours of one theme. Field pairs `x_bg` / `x_text` are drawn together.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// The window around the touch panel: the machine's body.
    pub machine_bg: Color32,
    /// Text on the machine's body.
    pub machine_text: Color32,
    /// Background of a group of machine parts (reader, slot, trays).
    pub part_bg: Color32,
    /// Text on a machine part.
    pub part_text: Color32,
    /// Physical keys (keypad, slot buttons).
    pub key_bg: Color32,
    /// Legend on a physical key.
    pub key_text: Color32,
    /// The touch panel's background.
    pub panel_bg: Color32,
    /// Body text on the panel.
    pub text: Color32,
    /// Secondary text on the panel (hints, keypad help).
    pub text_muted: Color32,
    /// Boxes inside the panel (lists, summaries).
    pub surface_bg: Color32,
    /// Text on a box inside the panel.
    pub surface_text: Color32,
    /// The panel's header bar.
    pub header_bg: Color32,
    /// Text on the header bar.
    pub header_text: Color32,
    /// An ordinary button.
    pub button_bg: Color32,
    /// Text of an ordinary button.
    pub button_text: Color32,
    /// Outline of buttons.
    pub button_border: Color32,
    /// An ordinary button under the pointer.
    pub button_hover_bg: Color32,
    /// Any button while pressed (distinct from the focus ring: a fill, not an outline).
    pub pressed_bg: Color32,
    /// Text of a pressed button.
    pub pressed_text: Color32,
    /// The screen's main action.
    pub primary_bg: Color32,
    /// Text of the main action.
    pub primary_text: Color32,
    /// The main action under the pointer.
    pub primary_hover_bg: Color32,
    /// Cancel.
    pub danger_bg: Color32,
    /// Text of Cancel.
    pub danger_text: Color32,
    /// A chosen option (toggle on).
    pub selected_bg: Color32,
    /// Text of a chosen option.
    pub selected_text: Color32,
    /// A button that cannot be pressed now.
    pub disabled_bg: Color32,
    /// Text of such a button (contrast ≥ 4.5:1 all the same).
    pub disabled_text: Color32,
    /// Focus ring and keypad highlight on the panel: an outline around the control.
    pub focus_ring: Color32,
    /// Focus ring on the machine's dark body (machine parts, trainer console).
    pub machine_focus_ring: Color32,
    /// Warnings and errors.
    pub alert_bg: Color32,
    /// Text of warnings and errors.
    pub alert_text: Color32,
    /// Information and status.
    pub notice_bg: Color32,
    /// Text of information and status.
    pub notice_text: Color32,
    /// The specimen banner.
    pub specimen_bg: Color32,
    /// Text of the specimen banner.
    pub specimen_text: Color32,
    /// Progress bars: the filled part.
    pub progress_fill: Color32,
}

impl Palette {
    /// The standard light theme.
    pub fn standard() -> Self {
        Self {
            machine_bg: Color32::from_rgb(0x3A, 0x40, 0x48),
            machine_text: Color32::from_rgb(0xFF, 0xFF, 0xFF),
            part_bg: Color32::from_rgb(0x2A, 0x2F, 0x36),
            part_text: Color32::from_rgb(0xF2, 0xF4, 0xF7),
            key_bg: Color32::from_rgb(0xE9, 0xEB, 0xEE),
            key_text: Color32::from_rgb(0x11, 0x11, 0x11),
            panel_bg: Color32::from_rgb(0xFF, 0xFF, 0xFF),
            text: Color32::from_rgb(0x1A, 0x1A, 0x1A),
            text_muted: Color32::from_rgb(0x4A, 0x55, 0x63),
            surface_bg: Color32::from_rgb(0xF2, 0xF5, 0xF9),
            surface_text: Color32::from_rgb(0x1A, 0x1A, 0x1A),
            header_bg: Color32::from_rgb(0x00, 0x46, 0x7F),
            header_text: Color32::from_rgb(0xFF, 0xFF, 0xFF),
            button_bg: Color32::from_rgb(0xE6, 0xEC, 0xF3),
            button_text: Color32::from_rgb(0x10, 0x2A, 0x43),
            button_border: Color32::from_rgb(0x5B, 0x6B, 0x7C),
            button_hover_bg: Color32::from_rgb(0xD5, 0xDE, 0xE9),
            pressed_bg: Color32::from_rgb(0x1F, 0x3A, 0x5A),
            pressed_text: Color32::from_rgb(0xFF, 0xFF, 0xFF),
            primary_bg: Color32::from_rgb(0x0B, 0x5C, 0xAD),
            primary_text: Color32::from_rgb(0xFF, 0xFF, 0xFF),
            primary_hover_bg: Color32::from_rgb(0x09, 0x4C, 0x8F),
            danger_bg: Color32::from_rgb(0xB3, 0x26, 0x1E),
            danger_text: Color32::from_rgb(0xFF, 0xFF, 0xFF),
            selected_bg: Color32::from_rgb(0xDF, 0xF0, 0xE3),
            selected_text: Color32::from_rgb(0x14, 0x53, 0x2D),
            disabled_bg: Color32::from_rgb(0xEE, 0xEE, 0xEE),
            disabled_text: Color32::from_rgb(0x5E, 0x5E, 0x5E),
            focus_ring: Color32::from_rgb(0xB3, 0x54, 0x00),
            machine_focus_ring: Color32::from_rgb(0xFF, 0xB0, 0x00),
            alert_bg: Color32::from_rgb(0xFF, 0xF4, 0xE5),
            alert_text: Color32::from_rgb(0x7A, 0x3E, 0x00),
            notice_bg: Color32::from_rgb(0xE8, 0xF1, 0xFB),
            notice_text: Color32::from_rgb(0x0B, 0x3A, 0x66),
            specimen_bg: Color32::from_rgb(0xFF, 0xE8, 0xE8),
            specimen_text: Color32::from_rgb(0x8A, 0x10, 0x10),
            progress_fill: Color32::from_rgb(0x0B, 0x5C, 0xAD),
        }
    }

    /// The high-contrast theme: black ground, white and yellow text, outlines everywhere.
    pub fn high_contrast() -> Self {
        let black = Color32::from_rgb(0, 0, 0);
        let white = Color32::from_rgb(0xFF, 0xFF, 0xFF);
        let yellow = Color32::from_rgb(0xFF, 0xFF, 0x00);
        Self {
            machine_bg: black,
            machine_text: white,
            part_bg: black,
            part_text: white,
            key_bg: black,
            key_text: yellow,
            panel_bg: black,
            text: white,
            text_muted: Color32::from_rgb(0xE0, 0xE0, 0xE0),
            surface_bg: black,
            surface_text: white,
            header_bg: black,
            header_text: yellow,
            button_bg: black,
            button_text: white,
            button_border: white,
            button_hover_bg: Color32::from_rgb(0x1A, 0x1A, 0x1A),
            pressed_bg: white,
            pressed_text: black,
            primary_bg: yellow,
            primary_text: black,
            primary_hover_bg: Color32::from_rgb(0xE6, 0xE6, 0x00),
            danger_bg: Color32::from_rgb(0xFF, 0xB3, 0xB3),
            danger_text: black,
            selected_bg: Color32::from_rgb(0x00, 0xFF, 0xFF),
            selected_text: black,
            disabled_bg: black,
            disabled_text: Color32::from_rgb(0xA0, 0xA0, 0xA0),
            focus_ring: Color32::from_rgb(0xFF, 0x00, 0xFF),
            machine_focus_ring: Color32::from_rgb(0xFF, 0x00, 0xFF),
            alert_bg: black,
            alert_text: yellow,
            notice_bg: black,
            notice_text: white,
            specimen_bg: black,
            specimen_text: Color32::from_rgb(0xFF, 0x9E, 0x9E),
            progress_fill: yellow,
        }
    }

    /// Every (text, background) pair the UI draws, with a name for test messages.
    pub fn text_pairs(&self) -> Vec<(&'static str, Color32, Color32)> {
        vec![
            ("machine", self.machine_text, self.machine_bg),
            ("part", self.part_text, self.part_bg),
            ("key", self.key_text, self.key_bg),
            ("panel", self.text, self.panel_bg),
            ("panel muted", self.text_muted, self.panel_bg),
            ("surface", self.surface_text, self.surface_bg),
            ("muted on surface", self.text_muted, self.surface_bg),
            ("header", self.header_text, self.header_bg),
            ("button", self.button_text, self.button_bg),
            ("button hover", self.button_text, self.button_hover_bg),
            ("pressed", self.pressed_text, self.pressed_bg),
            ("primary", self.primary_text, self.primary_bg),
            ("primary hover", self.primary_text, self.primary_hover_bg),
            ("danger", self.danger_text, self.danger_bg),
            ("selected", self.selected_text, self.selected_bg),
            ("disabled", self.disabled_text, self.disabled_bg),
            ("alert", self.alert_text, self.alert_bg),
            ("notice", self.notice_text, self.notice_bg),
            ("specimen", self.specimen_text, self.specimen_bg),
        ]
    }
}

/// The footer's height until the window has measured it (standard text: a banner row and a
/// row of help; large text measures before its first frame is drawn).
const FOOTER_HEIGHT: f32 = 80.0;

/// Sizes in logical pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Sizes {
    /// Body text.
    pub body: f32,
    /// Small text (hints, keypad help), never under 16.
    pub small: f32,
    /// Screen titles.
    pub title: f32,
    /// Button labels.
    pub button_text: f32,
    /// Height of panel buttons (≥ [`Sizes::target_min`]).
    pub button_height: f32,
    /// Smallest target anywhere (44 px ≈ 11.6 mm on a kiosk).
    pub target_min: f32,
    /// Space between controls.
    pub gap: f32,
    /// Inner padding of buttons and boxes.
    pub pad: f32,
    /// Corner radius.
    pub radius: u8,
    /// Width of the focus ring (drawn outside the control).
    pub focus_width: f32,
    /// Width of button outlines.
    pub border: f32,
    /// Height of the panel's header bar.
    pub header_height: f32,
    /// Side of a keypad key.
    pub key: f32,
    /// Width of the bottom bar's Back and Cancel (the main action is 1.6 times as wide).
    pub bar_button_width: f32,
    /// Height of the panel's footer: what its banner, status and keypad help need at line
    /// height 1.5 in the language on show (measured each frame by the window).
    pub footer: f32,
}

impl Sizes {
    /// Standard or large text.
    pub fn new(large: bool) -> Self {
        if large {
            Self {
                body: 32.0,
                small: 22.0,
                title: 44.0,
                button_text: 34.0,
                button_height: 88.0,
                target_min: 44.0,
                gap: 12.0,
                pad: 12.0,
                radius: 8,
                focus_width: 4.0,
                border: 2.0,
                header_height: 52.0,
                key: 50.0,
                bar_button_width: 200.0,
                footer: FOOTER_HEIGHT,
            }
        } else {
            Self {
                body: 22.0,
                small: 16.0,
                title: 32.0,
                button_text: 24.0,
                button_height: 68.0,
                target_min: 44.0,
                gap: 12.0,
                pad: 10.0,
                radius: 8,
                focus_width: 4.0,
                border: 1.5,
                header_height: 48.0,
                key: 50.0,
                bar_button_width: 200.0,
                footer: FOOTER_HEIGHT,
            }
        }
    }
}

/// A colour from computed premultiplied channels (pictures and measurements; never a
/// literal colour for a screen).
pub fn premultiplied(c: [u8; 4]) -> Color32 {
    Color32::from_rgba_premultiplied(c[0], c[1], c[2], c[3])
}

/// `over` painted on the opaque `under` (premultiplied "over" compositing).
pub fn composite(over: Color32, under: Color32) -> Color32 {
    let a = f32::from(over.a()) / 255.0;
    let mix = |o: u8, u: u8| (f32::from(o) + f32::from(u) * (1.0 - a)).round().min(255.0) as u8;
    premultiplied([
        mix(over.r(), under.r()),
        mix(over.g(), under.g()),
        mix(over.b(), under.b()),
        255,
    ])
}

/// The touch panel's fixed logical size.
pub const PANEL_SIZE: egui::Vec2 = egui::vec2(1024.0, 768.0);
/// Width of the column of machine parts beside the panel.
pub const MACHINE_WIDTH: f32 = 500.0;
/// Width of the machine's first column (reader, slot, printer, trays); the keypad and the
/// headset jack take the rest.
pub const MACHINE_COLUMN_A: f32 = 262.0;
/// Width of the trainer console when open (its full width, where the screen has room).
pub const TRAINER_WIDTH: f32 = 360.0;
/// The narrowest the docked console gets: its fields and buttons still hold their words.
pub const CONSOLE_MIN_WIDTH: f32 = 260.0;
/// The machine's zoom below which the console is not given more room: the panel's footer
/// text (16 points) is 12 pixels on screen.
pub const READABLE_ZOOM: f32 = 0.75;
/// Margin around the panel inside the window.
pub const MARGIN: f32 = 8.0;

/// The window's inner size without the trainer console.
pub fn window_size() -> egui::Vec2 {
    egui::vec2(
        MARGIN + PANEL_SIZE.x + MARGIN + MACHINE_WIDTH + MARGIN,
        MARGIN + PANEL_SIZE.y + MARGIN,
    )
}

/// Colours and sizes in force.
#[derive(Debug, Clone, PartialEq)]
pub struct Tokens {
    /// Which theme.
    pub theme: ThemeKind,
    /// Whether large text is on.
    pub large: bool,
    /// The colours.
    pub c: Palette,
    /// The sizes.
    pub s: Sizes,
    /// The vendor's shapes (header, home menu, icons) the screens read directly.
    pub look: PanelLook,
}

impl Tokens {
    /// The tokens of a theme and text mode in kofu's own look.
    pub fn new(theme: ThemeKind, large: bool) -> Self {
        Self::with_look(theme, large, &PanelLook::default())
    }

    /// The tokens of a theme and text mode on a vendor's machine: the standard theme takes the
    /// maker's accent colour for the header and the main action, every theme its shapes.
    pub fn with_look(theme: ThemeKind, large: bool, look: &PanelLook) -> Self {
        let mut c = match theme {
            ThemeKind::Standard => Palette::standard(),
            ThemeKind::HighContrast => Palette::high_contrast(),
        };
        if theme == ThemeKind::Standard {
            let rgb = |v: [u8; 3]| Color32::from_rgb(v[0], v[1], v[2]);
            let (accent, on_accent) = (rgb(look.accent), rgb(look.accent_text));
            c.primary_bg = accent;
            c.primary_text = on_accent;
            c.primary_hover_bg = composite(premultiplied([0, 0, 0, 40]), accent);
            c.progress_fill = accent;
            match look.header {
                HeaderStyle::Band => {
                    c.header_bg = accent;
                    c.header_text = on_accent;
                }
                HeaderStyle::Rule => {
                    c.header_bg = c.panel_bg;
                    c.header_text = c.text;
                }
            }
        }
        let mut s = Sizes::new(large);
        s.radius = look.button_radius;
        // Large text scales the maker's button height as it scales the text.
        s.button_height = look.button_height * if large { 88.0 / 68.0 } else { 1.0 };
        Self {
            theme,
            large,
            c,
            s,
            look: look.clone(),
        }
    }

    /// The focus ring on the header: the panel's where it shows on the header's ground (3:1,
    /// WCAG 2.4.13), else the machine's (for a dark band), else the header's text colour.
    pub fn header_focus_ring(&self) -> Color32 {
        let bg = self.c.header_bg;
        [self.c.focus_ring, self.c.machine_focus_ring]
            .into_iter()
            .find(|c| contrast(*c, bg) >= 3.0)
            .unwrap_or(self.c.header_text)
    }

    /// The tokens the header's controls are drawn with (their own focus ring).
    pub fn for_header(&self) -> Self {
        let mut t = self.clone();
        t.c.focus_ring = self.header_focus_ring();
        t
    }

    /// The colour of the rule under a `rule` header (the accent; in high contrast the header
    /// text colour).
    pub fn header_rule(&self) -> Option<Color32> {
        (self.look.header == HeaderStyle::Rule).then(|| match self.theme {
            ThemeKind::Standard => {
                let a = self.look.accent;
                Color32::from_rgb(a[0], a[1], a[2])
            }
            ThemeKind::HighContrast => self.c.header_text,
        })
    }

    /// Applies the tokens to egui's own widgets (combo boxes, text fields, scroll bars in the
    /// machine column and the trainer console) and text styles.
    pub fn apply(&self, ctx: &egui::Context) {
        let c = self.c.clone();
        let s = self.s.clone();
        let dark = self.theme == ThemeKind::HighContrast;
        ctx.all_styles_mut(move |style| {
            use egui::{FontFamily, FontId, TextStyle};
            let body = (s.small + 2.0).max(16.0);
            style.text_styles = [
                (
                    TextStyle::Heading,
                    FontId::new(body + 4.0, FontFamily::Proportional),
                ),
                (TextStyle::Body, FontId::new(body, FontFamily::Proportional)),
                (
                    TextStyle::Button,
                    FontId::new(body, FontFamily::Proportional),
                ),
                (
                    TextStyle::Small,
                    FontId::new(s.small, FontFamily::Proportional),
                ),
                (
                    TextStyle::Monospace,
                    FontId::new(s.small, FontFamily::Monospace),
                ),
            ]
            .into();
            style.spacing.interact_size.y = s.target_min;
            style.spacing.button_padding = egui::vec2(s.pad, s.pad * 0.6);
            let mut v = if dark {
                egui::Visuals::dark()
            } else {
                egui::Visuals::light()
            };
            v.override_text_color = None;
            v.panel_fill = c.machine_bg;
            v.window_fill = c.key_bg;
            v.extreme_bg_color = c.panel_bg;
            v.faint_bg_color = c.part_bg;
            v.selection.bg_fill = c.primary_bg;
            v.selection.stroke = egui::Stroke::new(2.0, c.primary_text);
            for w in [
                &mut v.widgets.noninteractive,
                &mut v.widgets.inactive,
                &mut v.widgets.hovered,
                &mut v.widgets.active,
                &mut v.widgets.open,
            ] {
                w.fg_stroke = egui::Stroke::new(1.5, c.key_text);
                w.bg_fill = c.key_bg;
                w.weak_bg_fill = c.key_bg;
                w.bg_stroke = egui::Stroke::new(1.0, c.button_border);
            }
            v.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.0, c.part_text);
            v.widgets.noninteractive.bg_fill = c.part_bg;
            v.widgets.noninteractive.weak_bg_fill = c.part_bg;
            v.widgets.active.bg_fill = c.pressed_bg;
            v.widgets.active.weak_bg_fill = c.pressed_bg;
            v.widgets.active.fg_stroke = egui::Stroke::new(1.5, c.pressed_text);
            v.widgets.hovered.bg_stroke = egui::Stroke::new(2.0, c.button_border);
            v.text_edit_bg_color = Some(c.key_bg);
            style.visuals = v;
        });
    }
}

/// WCAG 2 relative luminance of an sRGB colour.
pub fn luminance(c: Color32) -> f64 {
    fn channel(v: u8) -> f64 {
        let s = f64::from(v) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_formula_matches_known_values() {
        let black = Color32::from_rgb(0, 0, 0);
        let white = Color32::from_rgb(255, 255, 255);
        assert!((contrast(black, white) - 21.0).abs() < 1e-9);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        // #777777 on white is the classic 4.48:1 just-fail.
        let grey = Color32::from_rgb(0x77, 0x77, 0x77);
        assert!((contrast(grey, white) - 4.48).abs() < 0.01);
    }

    #[test]
    fn every_text_pair_of_every_theme_has_contrast_4_5() {
        for theme in [ThemeKind::Standard, ThemeKind::HighContrast] {
            let t = Tokens::new(theme, false);
            for (name, fg, bg) in t.c.text_pairs() {
                let r = contrast(fg, bg);
                assert!(r >= 4.5, "{theme:?} {name}: {r:.2}:1");
            }
        }
    }

    #[test]
    fn focus_ring_is_visible_against_what_it_surrounds() {
        // Non-text contrast (WCAG 1.4.11): ≥ 3:1 against the panel and the machine body.
        for theme in [ThemeKind::Standard, ThemeKind::HighContrast] {
            let c = Tokens::new(theme, false).c;
            for bg in [c.panel_bg, c.surface_bg, c.button_bg] {
                let r = contrast(c.focus_ring, bg);
                assert!(r >= 3.0, "{theme:?} focus ring {r:.2}:1");
            }
            for bg in [c.machine_bg, c.part_bg] {
                let r = contrast(c.machine_focus_ring, bg);
                assert!(r >= 3.0, "{theme:?} machine focus ring {r:.2}:1");
            }
            // Pressed is a fill, focus an outline: and they are not the same colour.
            assert_ne!(c.focus_ring, c.pressed_bg);
        }
    }

    #[test]
    fn targets_and_text_sizes() {
        for large in [false, true] {
            let s = Sizes::new(large);
            assert!(s.button_height >= s.target_min);
            assert!(s.key >= s.target_min);
            assert!(s.target_min >= 44.0);
            assert!(s.small >= 16.0);
        }
        // Large text: capital H ≈ 0.73 em ≥ 6 mm at 0.264 mm per logical pixel.
        let large = Sizes::new(true);
        assert!(large.body * 0.73 * 0.264 >= 6.0);
    }
}
