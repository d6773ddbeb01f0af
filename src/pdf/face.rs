//! The typeface every kofu PDF is set in, parsed once: character-to-glyph map, advances,
//! metrics and the raw bytes the per-document subsetter works from.
//!
//! A [`FontFace`] keeps no borrowed parser state: everything a document asks for (glyph of a
//! character, width of a string, the string as the face can draw it, glyph outlines for vector
//! art) is precomputed when the face is loaded, so a single face serves any number of
//! documents without re-parsing.

use std::collections::HashMap;
use std::path::Path;

use ttf_parser::{Face, GlyphId, OutlineBuilder};

use super::BUNDLED_FONT_IN_ASSETS;

/// Why a font could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    /// The font file could not be read.
    #[error("cannot read font file {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The bytes are not a font ttf-parser understands.
    #[error("not a usable OpenType/TrueType font: {0}")]
    Parse(String),
    /// The face has no Unicode character map.
    #[error("the font has no Unicode character map")]
    NoUnicodeCmap,
    /// The face forbids embedding or subsetting.
    #[error("the font's licence bits forbid subset embedding")]
    EmbeddingForbidden,
}

/// How the face's glyph outlines are stored; decides how the PDF embeds the subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outlines {
    /// `glyf` outlines: embedded as CIDFontType2 (`/FontFile2`).
    TrueType,
    /// `CFF ` outlines: embedded as CIDFontType0 (`/FontFile3 /OpenType`).
    Cff,
}

/// Vertical metrics and identity of a face, in PDF glyph-space units (1/1000 em).
#[derive(Debug, Clone, PartialEq)]
pub struct Metrics {
    /// Ascender.
    pub ascent: f32,
    /// Descender (negative).
    pub descent: f32,
    /// Height of capital letters.
    pub cap_height: f32,
    /// Font bounding box `[x_min, y_min, x_max, y_max]`.
    pub bbox: [f32; 4],
    /// Italic angle in degrees.
    pub italic_angle: f32,
    /// Whether every glyph has the same advance.
    pub monospaced: bool,
    /// Weight class (400 regular, 700 bold).
    pub weight: u16,
}

/// A parsed face, reusable across documents.
#[derive(Clone)]
pub struct FontFace {
    data: Vec<u8>,
    index: u32,
    /// Glyph of each BMP code point (0 = not in the font).
    bmp: Vec<u16>,
    /// Glyphs of code points above U+FFFF.
    astral: HashMap<u32, u16>,
    /// Horizontal advance of every glyph, in font units.
    advances: Vec<u16>,
    units_per_em: f32,
    outlines: Outlines,
    postscript_name: String,
    metrics: Metrics,
    /// What [`FontFace::fit`] draws for a character the face lacks: 〓 (geta), else ?, else a
    /// space.
    replacement: char,
}

impl std::fmt::Debug for FontFace {
    // Not derived: the raw bytes and lookup tables are megabytes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontFace")
            .field("postscript_name", &self.postscript_name)
            .field("bytes", &self.data.len())
            .field("glyphs", &self.advances.len())
            .field("outlines", &self.outlines)
            .finish_non_exhaustive()
    }
}

impl FontFace {
    /// Loads the face kofu ships (BIZ UDGothic) from an assets folder
    /// (`{assets}/`[`BUNDLED_FONT_IN_ASSETS`]): the one face of certificates and handouts.
    pub fn bundled(assets: &Path) -> Result<Self, FontError> {
        Self::from_file(&assets.join(BUNDLED_FONT_IN_ASSETS))
    }

    /// Reads and parses a font file (a `.ttf`/`.otf`, or face 0 of a collection).
    pub fn from_file(path: &Path) -> Result<Self, FontError> {
        let data = std::fs::read(path).map_err(|source| FontError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Self::from_bytes(data, 0)
    }

    /// Parses font bytes; `index` selects the face of a collection (0 otherwise).
    pub fn from_bytes(data: Vec<u8>, index: u32) -> Result<Self, FontError> {
        let face = Face::parse(&data, index).map_err(|e| FontError::Parse(e.to_string()))?;
        if !face.is_subsetting_allowed() || !face.is_outline_embedding_allowed() {
            return Err(FontError::EmbeddingForbidden);
        }
        let mut bmp = vec![0u16; 0x1_0000];
        let mut astral = HashMap::new();
        let mut any = false;
        if let Some(cmap) = face.tables().cmap {
            // Walk every Unicode subtable; the first mapping found for a code point wins
            // (fonts list the full-repertoire format 12 table and the BMP format 4 table).
            for sub in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
                sub.codepoints(|cp| {
                    let Some(gid) = sub.glyph_index(cp) else {
                        return;
                    };
                    if gid.0 == 0 {
                        return;
                    }
                    any = true;
                    if let Some(slot) = bmp.get_mut(cp as usize) {
                        if *slot == 0 {
                            *slot = gid.0;
                        }
                    } else {
                        astral.entry(cp).or_insert(gid.0);
                    }
                });
            }
        }
        if !any {
            return Err(FontError::NoUnicodeCmap);
        }
        let advances = (0..face.number_of_glyphs())
            .map(|g| face.glyph_hor_advance(GlyphId(g)).unwrap_or(0))
            .collect();
        let units_per_em = f32::from(face.units_per_em().max(1));
        let scale = 1000.0 / units_per_em;
        let bb = face.global_bounding_box();
        let postscript_name = face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME && n.is_unicode())
            .and_then(|n| n.to_string())
            .map(|s| {
                s.chars()
                    .filter(|c| c.is_ascii_graphic())
                    .collect::<String>()
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "KofuGothic".to_string());
        let metrics = Metrics {
            ascent: f32::from(face.ascender()) * scale,
            descent: f32::from(face.descender()) * scale,
            cap_height: f32::from(face.capital_height().unwrap_or(face.ascender())) * scale,
            bbox: [
                f32::from(bb.x_min) * scale,
                f32::from(bb.y_min) * scale,
                f32::from(bb.x_max) * scale,
                f32::from(bb.y_max) * scale,
            ],
            italic_angle: face.italic_angle(),
            monospaced: face.is_monospaced(),
            weight: face.weight().to_number(),
        };
        let outlines = if face.tables().glyf.is_some() {
            Outlines::TrueType
        } else {
            Outlines::Cff
        };
        let mut loaded = Self {
            data,
            index,
            bmp,
            astral,
            advances,
            units_per_em,
            outlines,
            postscript_name,
            metrics,
            replacement: ' ',
        };
        loaded.replacement = ['〓', '?']
            .into_iter()
            .find(|c| loaded.glyph(*c).is_some())
            .unwrap_or(' ');
        Ok(loaded)
    }

    /// `s` as this face draws it: a character it lacks becomes the replacement (〓), a
    /// whitespace it lacks a space. Text is fitted before it is measured or drawn, so what a
    /// page records is what it shows.
    pub fn fit(&self, s: &str) -> String {
        s.chars()
            .map(|c| {
                if self.glyph(c).is_some() {
                    c
                } else if c.is_whitespace() && self.glyph(' ').is_some() {
                    ' '
                } else {
                    self.replacement
                }
            })
            .collect()
    }

    /// The glyph of a character, if the font has one.
    pub fn glyph(&self, c: char) -> Option<u16> {
        let cp = u32::from(c);
        let gid = match self.bmp.get(cp as usize) {
            Some(g) => *g,
            None => self.astral.get(&cp).copied().unwrap_or(0),
        };
        (gid != 0).then_some(gid)
    }

    /// Advance of a glyph in 1/1000 em.
    pub fn advance(&self, gid: u16) -> f32 {
        let units = self.advances.get(usize::from(gid)).copied().unwrap_or(0);
        f32::from(units) * 1000.0 / self.units_per_em
    }

    /// Advance of a character in 1/1000 em (that of `.notdef` when the font lacks it).
    pub fn char_advance(&self, c: char) -> f32 {
        self.advance(self.glyph(c).unwrap_or(0))
    }

    /// Width of a string set at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.char_advance(c)).sum::<f32>() * size / 1000.0
    }

    /// The raw font bytes.
    pub fn data(&self) -> &[u8] {
        &self.data
    }

    /// Face index within a collection.
    pub fn index(&self) -> u32 {
        self.index
    }

    /// Font units per em (glyph positions a shaper gives are in these units).
    pub fn units_per_em(&self) -> f32 {
        self.units_per_em
    }

    /// Outline format.
    pub fn outlines(&self) -> Outlines {
        self.outlines
    }

    /// PostScript name (ASCII), e.g. `BIZUDGothic-Regular`.
    pub fn postscript_name(&self) -> &str {
        &self.postscript_name
    }

    /// Metrics in 1/1000 em.
    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    /// The outline of `text` set at `size` points from `(x, y)` as PDF path operators
    /// (`m`, `l`, `c`, `h`), ready to fill. Characters the font lacks are skipped.
    pub fn outline_path(&self, text: &str, size: f32, x: f32, y: f32) -> Result<String, FontError> {
        let face =
            Face::parse(&self.data, self.index).map_err(|e| FontError::Parse(e.to_string()))?;
        let scale = size / self.units_per_em;
        let mut pen = PathPen {
            out: String::new(),
            scale,
            x,
            y,
            last: (0.0, 0.0),
        };
        for c in text.chars() {
            if let Some(gid) = self.glyph(c) {
                face.outline_glyph(GlyphId(gid), &mut pen);
                pen.x += self.advance(gid) * size / 1000.0;
            }
        }
        Ok(pen.out)
    }
}

/// Turns glyph outlines into PDF path operators, converting quadratic curves to cubic ones.
struct PathPen {
    out: String,
    scale: f32,
    x: f32,
    y: f32,
    last: (f32, f32),
}

impl PathPen {
    fn pt(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + x * self.scale, self.y + y * self.scale)
    }

    fn push(&mut self, nums: &[f32], op: &str) {
        use std::fmt::Write;
        for n in nums {
            // Two decimals are far below a printer dot at these sizes.
            let _ = write!(self.out, "{} ", (n * 100.0).round() / 100.0);
        }
        self.out.push_str(op);
        self.out.push('\n');
    }
}

impl OutlineBuilder for PathPen {
    fn move_to(&mut self, x: f32, y: f32) {
        let p = self.pt(x, y);
        self.last = p;
        self.push(&[p.0, p.1], "m");
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.pt(x, y);
        self.last = p;
        self.push(&[p.0, p.1], "l");
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let q = self.pt(x1, y1);
        let p = self.pt(x, y);
        let s = self.last;
        let c1 = (s.0 + 2.0 / 3.0 * (q.0 - s.0), s.1 + 2.0 / 3.0 * (q.1 - s.1));
        let c2 = (p.0 + 2.0 / 3.0 * (q.0 - p.0), p.1 + 2.0 / 3.0 * (q.1 - p.1));
        self.last = p;
        self.push(&[c1.0, c1.1, c2.0, c2.1, p.0, p.1], "c");
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let a = self.pt(x1, y1);
        let b = self.pt(x2, y2);
        let p = self.pt(x, y);
        self.last = p;
        self.push(&[a.0, a.1, b.0, b.1, p.0, p.1], "c");
    }

    fn close(&mut self) {
        self.out.push_str("h\n");
    }
}
