//! The palette every kofu PDF prints with: one set of inks for certificates and handouts, so
//! body text, secondary text, headings and specimen marks look the same on both. Colours that
//! belong to one document's art (the certificate's seal and anti-forgery mark) stay with it.

/// A fill or stroke colour, components 0–1 (DeviceRGB).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

/// Full black: titles, values and page numbers a reader must not miss.
pub const BLACK: Rgb = Rgb(0.0, 0.0, 0.0);
/// Body text.
pub const INK: Rgb = Rgb(0.13, 0.13, 0.15);
/// Secondary text: labels, issue times, notes.
pub const GREY: Rgb = Rgb(0.30, 0.30, 0.33);
/// Specimen marks and notices, and what went wrong.
pub const RED: Rgb = Rgb(0.80, 0.05, 0.05);
/// Headings, the scramble block and its frame.
pub const NAVY: Rgb = Rgb(0.10, 0.16, 0.32);
