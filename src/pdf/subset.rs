//! Subset-and-embed: the one way kofu puts a face into a PDF. Text is encoded through a
//! [`SubsetFont`] as it is drawn (two-byte CIDs, Identity-H); at the end the face is subset to
//! the glyphs actually used and written as a Type0 font (CIDFontType2 for `glyf` faces,
//! CIDFontType0 for CFF ones) with `/W` widths and a ToUnicode map, so text extracts as real
//! Unicode. Every [`Document`](super::Document) embeds its face this way.

use std::collections::HashMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str};
use sha2::{Digest, Sha256};
use subsetter::GlyphRemapper;

use super::face::{FontFace, Outlines};
use super::mirror::Mirror;

mod mirror;
use super::{PdfError, deflate};
use mirror::Parts;

/// The objects of one embedded Type0 font.
struct FontRefs {
    type0: Ref,
    cid: Ref,
    descriptor: Ref,
    file: Ref,
    to_unicode: Ref,
    cid_to_gid: Ref,
}

/// One face being embedded in one PDF: encodes the text drawn with it and, at the end, writes
/// the subset of the glyphs that text used.
pub struct SubsetFont<'f> {
    font: &'f FontFace,
    refs: FontRefs,
    cids: HashMap<char, u16>,
    /// CIDs of glyphs drawn from a shaper, by glyph in the full face and the text it stands
    /// for (TrueType: one CID per pair, so each extracts as what it stood for where it was
    /// drawn; CFF: the text is empty, one CID per glyph).
    glyph_cids: HashMap<(u16, String), u16>,
    /// Distinct characters (or a shaped glyph's text, maybe empty) in first-use order, with
    /// their glyph in the full face.
    used: Vec<(String, u16)>,
    /// CFF faces address glyphs by (remapped) GID; TrueType faces get one CID per character.
    remapper: GlyphRemapper,
}

impl std::fmt::Debug for SubsetFont<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SubsetFont")
            .field("face", &self.font.postscript_name())
            .field("characters", &self.used.len())
            .finish_non_exhaustive()
    }
}

impl<'f> SubsetFont<'f> {
    /// Starts embedding `font`; its six PDF objects take the next six references from
    /// `next_ref`, in order, so they fit the caller's own numbering.
    pub fn new(font: &'f FontFace, mut next_ref: impl FnMut() -> Ref) -> Self {
        let refs = FontRefs {
            type0: next_ref(),
            cid: next_ref(),
            descriptor: next_ref(),
            file: next_ref(),
            to_unicode: next_ref(),
            cid_to_gid: next_ref(),
        };
        Self {
            font,
            refs,
            cids: HashMap::new(),
            glyph_cids: HashMap::new(),
            used: Vec::new(),
            remapper: GlyphRemapper::new(),
        }
    }

    /// The Type0 font object, for each page's `/Font` resources.
    pub fn font_ref(&self) -> Ref {
        self.refs.type0
    }

    /// The face being embedded (to measure and fit text drawn with it).
    pub fn face(&self) -> &'f FontFace {
        self.font
    }

    fn cid(&mut self, c: char) -> Result<u16, PdfError> {
        if let Some(cid) = self.cids.get(&c) {
            return Ok(*cid);
        }
        let gid = self.font.glyph(c).unwrap_or(0);
        let cid = self.new_cid(gid)?;
        self.cids.insert(c, cid);
        self.used.push((c.to_string(), gid));
        Ok(cid)
    }

    /// What was drawn with no glyph (`.notdef`): the characters, in first-use order.
    pub fn missing(&self) -> impl Iterator<Item = char> + '_ {
        self.used
            .iter()
            .filter(|(_, gid)| *gid == 0)
            .flat_map(|(t, _)| t.chars())
    }

    /// Whether anything was drawn with the face (an unused face need not be embedded).
    pub fn is_used(&self) -> bool {
        !self.used.is_empty()
    }

    /// The CID of a glyph a shaper chose (`text`: what it stands for, empty for the second
    /// and later glyphs of a cluster), recording it as used.
    pub fn glyph_cid(&mut self, gid: u16, text: &str) -> Result<u16, PdfError> {
        let key = match self.font.outlines() {
            Outlines::TrueType => (gid, text.to_string()),
            Outlines::Cff => (gid, String::new()),
        };
        if let Some(cid) = self.glyph_cids.get(&key) {
            return Ok(*cid);
        }
        let cid = self.new_cid(gid)?;
        self.glyph_cids.insert(key, cid);
        self.used.push((text.to_string(), gid));
        Ok(cid)
    }

    /// A CID for `gid`: the next number (TrueType) or the glyph's number in the subset (CFF).
    fn new_cid(&mut self, gid: u16) -> Result<u16, PdfError> {
        Ok(match self.font.outlines() {
            Outlines::TrueType => {
                u16::try_from(self.used.len() + 1).map_err(|_| PdfError::TooManyGlyphs)?
            }
            Outlines::Cff => {
                if self.remapper.num_gids() == u16::MAX {
                    return Err(PdfError::TooManyGlyphs);
                }
                self.remapper.remap(gid)
            }
        })
    }

    /// The bytes a `Tj` shows for `s` (two-byte CIDs), recording every character as used.
    /// A character the face lacks is drawn as glyph 0 (`.notdef`).
    pub fn encode(&mut self, s: &str) -> Result<Vec<u8>, PdfError> {
        let mut out = Vec::with_capacity(s.len() * 2);
        for c in s.chars() {
            out.extend_from_slice(&self.cid(c)?.to_be_bytes());
        }
        Ok(out)
    }

    /// Subsets the face to the used glyphs and writes the Type0 font and its parts (and keeps
    /// them as values in `mirror`, when given, for the drawing digest).
    pub fn embed(mut self, pdf: &mut Pdf, mirror: Option<&mut Mirror>) -> Result<(), PdfError> {
        let truetype = self.font.outlines() == Outlines::TrueType;
        let map = if truetype {
            self.truetype_map()?
        } else {
            self.cff_map()
        };
        let subset = subsetter::subset(self.font.data(), self.font.index(), &self.remapper)
            .map_err(|e| PdfError::Subset(e.to_string()))?;
        let base = self.subset_name();
        self.write_fonts(pdf, &base, &map.widths, truetype);
        self.write_descriptor(pdf, &base, truetype);
        let cmap = map.cmap.finish().to_vec();
        let cid_gid: Vec<u8> = map.cid_gid.iter().flat_map(|g| g.to_be_bytes()).collect();
        self.write_streams(pdf, &subset, &cmap, &cid_gid, truetype);
        if let Some(mirror) = mirror {
            let parts = Parts {
                base: &base,
                widths: &map.widths,
                subset,
                cmap,
                cid_gid,
                truetype,
            };
            self.mirror(mirror, parts);
        }
        Ok(())
    }

    /// A TrueType face's glyph map: one CID per character in first-use order (from 1), each
    /// mapped to its glyph in the subset.
    fn truetype_map(&mut self) -> Result<GlyphMap, PdfError> {
        let mut map = GlyphMap::new(Vec::with_capacity(self.used.len()));
        for (i, (c, gid)) in self.used.iter().enumerate() {
            let new = self.remapper.remap(*gid);
            map.cid_gid.push(new);
            map.widths.push(self.font.advance(*gid));
            let cid = u16::try_from(i + 1).map_err(|_| PdfError::TooManyGlyphs)?;
            if !c.is_empty() {
                map.cmap.pair_with_multiple(cid, c.chars());
            }
        }
        Ok(map)
    }

    /// A CFF face's glyph map: the CID is the glyph's number in the subset; the first
    /// character drawn with a glyph is the one it extracts as.
    fn cff_map(&self) -> GlyphMap {
        let mut map = GlyphMap::new(vec![0.0; usize::from(self.remapper.num_gids())]);
        let mut seen = vec![false; map.widths.len()];
        for (c, gid) in &self.used {
            let Some(cid) = self.remapper.get(*gid) else {
                continue;
            };
            let i = usize::from(cid);
            if let Some(w) = map.widths.get_mut(i) {
                *w = self.font.advance(*gid);
            }
            if let Some(s) = seen.get_mut(i)
                && !*s
                && !c.is_empty()
            {
                *s = true;
                map.cmap.pair_with_multiple(cid, c.chars());
            }
        }
        map
    }

    /// The subset's font name: a tag of six capitals from a hash of the glyph set, then the
    /// face's PostScript name.
    fn subset_name(&self) -> String {
        let mut h = Sha256::new();
        for (_, gid) in &self.used {
            h.update(gid.to_be_bytes());
        }
        let tag: String = h
            .finalize()
            .iter()
            .take(6)
            .map(|b| char::from(b'A' + b % 26))
            .collect();
        format!("{tag}+{}", self.font.postscript_name())
    }

    /// The Type0 font and its descendant CID font with the glyphs' widths.
    fn write_fonts(&self, pdf: &mut Pdf, base: &str, widths: &[f32], truetype: bool) {
        let refs = &self.refs;
        pdf.type0_font(refs.type0)
            .base_font(Name(base.as_bytes()))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(refs.cid)
            .to_unicode(refs.to_unicode);

        let mut cid = pdf.cid_font(refs.cid);
        cid.subtype(if truetype {
            CidFontType::Type2
        } else {
            CidFontType::Type0
        })
        .base_font(Name(base.as_bytes()))
        .system_info(SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        })
        .font_descriptor(refs.descriptor)
        .default_width(1000.0);
        if truetype {
            cid.cid_to_gid_map_stream(refs.cid_to_gid);
            cid.widths().consecutive(1, widths.iter().copied());
        } else {
            cid.widths().consecutive(0, widths.iter().copied());
        }
        cid.finish();
    }

    /// The font descriptor: the face's metrics and which kind of font file it points to.
    fn write_descriptor(&self, pdf: &mut Pdf, base: &str, truetype: bool) {
        let m = self.font.metrics();
        let mut flags = FontFlags::SYMBOLIC;
        if m.monospaced {
            flags |= FontFlags::FIXED_PITCH;
        }
        let mut fd = pdf.font_descriptor(self.refs.descriptor);
        fd.name(Name(base.as_bytes()))
            .flags(flags)
            .bbox(Rect::new(m.bbox[0], m.bbox[1], m.bbox[2], m.bbox[3]))
            .italic_angle(m.italic_angle)
            .ascent(m.ascent)
            .descent(m.descent)
            .cap_height(m.cap_height)
            .stem_v(if m.weight >= 600 { 140.0 } else { 80.0 });
        if truetype {
            fd.font_file2(self.refs.file);
        } else {
            fd.font_file3(self.refs.file);
        }
        fd.finish();
    }

    /// The packed streams: the subset font file, the ToUnicode map and (TrueType) the
    /// CID-to-glyph map.
    fn write_streams(
        &self,
        pdf: &mut Pdf,
        subset: &[u8],
        cmap: &[u8],
        cid_gid: &[u8],
        truetype: bool,
    ) {
        let refs = &self.refs;
        let packed = deflate(subset);
        let mut file = pdf.stream(refs.file, &packed);
        file.filter(Filter::FlateDecode);
        if truetype {
            file.pair(
                Name(b"Length1"),
                i32::try_from(subset.len()).unwrap_or(i32::MAX),
            );
        } else {
            file.pair(Name(b"Subtype"), Name(b"OpenType"));
        }
        file.finish();

        let unicode = deflate(cmap);
        pdf.stream(refs.to_unicode, &unicode)
            .filter(Filter::FlateDecode);

        if truetype {
            let cid_gid = deflate(cid_gid);
            pdf.stream(refs.cid_to_gid, &cid_gid)
                .filter(Filter::FlateDecode);
        }
    }
}

/// How the embedded font's CIDs map to the subset: glyphs, widths and characters.
struct GlyphMap {
    /// CID → glyph in the subset (TrueType only; CID 0 is `.notdef`).
    cid_gid: Vec<u16>,
    /// Widths from the first CID (1 for TrueType, 0 for CFF).
    widths: Vec<f32>,
    /// CID → character, for text extraction.
    cmap: UnicodeCmap,
}

impl GlyphMap {
    /// An empty map (CID 0 → glyph 0) with the widths to fill.
    fn new(widths: Vec<f32>) -> Self {
        GlyphMap {
            cid_gid: vec![0],
            widths,
            cmap: UnicodeCmap::new(
                Name(b"Kofu-UCS"),
                SystemInfo {
                    registry: Str(b"Adobe"),
                    ordering: Str(b"UCS"),
                    supplement: 0,
                },
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::pdf::BUNDLED_FONT;

    #[test]
    fn a_character_keeps_its_cid_and_a_missing_one_is_glyph_zero() {
        let face =
            match FontFace::from_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join(BUNDLED_FONT)) {
                Ok(f) => f,
                Err(e) => panic!("bundled font: {e}"),
            };
        let mut next = 0;
        let mut font = SubsetFont::new(&face, || {
            next += 1;
            Ref::new(next)
        });
        let first = font.encode("見本見").unwrap_or_default();
        assert_eq!(first.len(), 6);
        assert_eq!(first.get(0..2), first.get(4..6));
        assert_eq!(font.encode("本見").ok().as_deref(), first.get(2..6));
        assert!(font.encode("\u{E000}").is_ok());
        assert_eq!(font.used.last(), Some(&("\u{E000}".to_string(), 0)));
    }
}
