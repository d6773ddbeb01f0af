//! Glyphs as a face draws a run of text. Thai and Devanagari are shaped (HarfRust, the Rust
//! port of HarfBuzz: marks placed by the font's GPOS, vowel signs reordered, conjuncts
//! formed); other scripts take one glyph per character with its advance, as before.

use harfrust::{FontRef, ShapeOptions, ShaperData, UnicodeBuffer};

use super::face::FontFace;

/// One glyph to draw, in 1/1000 em.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// The glyph in the full face.
    pub gid: u16,
    /// How far the pen moves after it.
    pub advance: f32,
    /// Offset from the pen, right.
    pub dx: f32,
    /// Offset from the pen, up.
    pub dy: f32,
    /// The text it stands for (the cluster's, on its first glyph; empty on the others), what
    /// the PDF's text extracts as.
    pub text: String,
}

/// One glyph per character: the face's cmap and advances (`.notdef` for a character it lacks).
pub(super) fn unshaped(face: &FontFace, text: &str) -> Vec<Glyph> {
    text.chars()
        .map(|c| {
            let gid = face.glyph(c).unwrap_or(0);
            Glyph {
                gid,
                advance: face.advance(gid),
                dx: 0.0,
                dy: 0.0,
                text: c.to_string(),
            }
        })
        .collect()
}

/// A face's shaping tables, read once.
pub(super) struct Shaper {
    data: ShaperData,
}

impl Shaper {
    /// None when HarfRust cannot read the face (then the run is drawn unshaped).
    pub(super) fn new(face: &FontFace) -> Option<Self> {
        let font = FontRef::from_index(face.data(), face.index()).ok()?;
        Some(Self {
            data: ShaperData::new(&font),
        })
    }

    /// The glyphs of `text` shaped with `face`, left to right.
    pub(super) fn shape(&self, face: &FontFace, text: &str) -> Vec<Glyph> {
        let Ok(font) = FontRef::from_index(face.data(), face.index()) else {
            return unshaped(face, text);
        };
        let shaper = self.data.shaper(&font).build();
        let mut buf = UnicodeBuffer::new();
        buf.push_str(text);
        buf.guess_segment_properties();
        let out = shaper.shape(buf, ShapeOptions::new());
        let scale = 1000.0 / face.units_per_em();
        let infos = out.glyph_infos();
        let positions = out.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut n = 0;
        while let Some(first) = infos.get(n) {
            // One cluster: the glyphs sharing `first.cluster`, and the text they stand for.
            let len = infos
                .get(n..)
                .unwrap_or_default()
                .iter()
                .take_while(|i| i.cluster == first.cluster)
                .count();
            let cluster = first.cluster as usize;
            let end = infos
                .iter()
                .map(|i| i.cluster as usize)
                .filter(|c| *c > cluster)
                .min()
                .unwrap_or(text.len());
            let said = text.get(cluster..end).unwrap_or_default();
            let chars: Vec<char> = said.chars().collect();
            // Glyph k extracts as character k (Thai: a base and its marks, even when the
            // font swaps a mark for a variant; Devanagari's reordered vowel sign still reads
            // in order); a last glyph takes what is left, glyphs past the text nothing.
            for k in 0..len {
                let (Some(info), Some(pos)) = (infos.get(n + k), positions.get(n + k)) else {
                    continue;
                };
                let text: String = if k + 1 == len {
                    chars.get(k..).unwrap_or_default().iter().collect()
                } else {
                    chars.get(k).map(|c| c.to_string()).unwrap_or_default()
                };
                glyphs.push(Glyph {
                    gid: u16::try_from(info.glyph_id).unwrap_or(0),
                    advance: pos.x_advance as f32 * scale,
                    dx: pos.x_offset as f32 * scale,
                    dy: pos.y_offset as f32 * scale,
                    text,
                });
            }
            n += len.max(1);
        }
        glyphs
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn face(file: &str) -> FontFace {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/fonts")
            .join(file);
        match FontFace::from_file(&path) {
            Ok(f) => f,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn devanagari_is_shaped_and_keeps_its_text() {
        let f = face("NotoSansDevanagari-Regular.ttf");
        let Some(s) = Shaper::new(&f) else {
            panic!("no shaper")
        };
        // कि: the vowel sign i is drawn before the consonant it follows in the text.
        let text = "किताब";
        let g = s.shape(&f, text);
        let unshaped = unshaped(&f, text);
        let ids: Vec<u16> = g.iter().map(|g| g.gid).collect();
        let plain: Vec<u16> = unshaped.iter().map(|g| g.gid).collect();
        assert_ne!(ids, plain, "not shaped");
        assert_eq!(g.iter().map(|g| g.text.as_str()).collect::<String>(), text);
        assert!(g.iter().all(|g| g.gid != 0));
    }
}
