//! Text placement on one page: a content stream that draws strings with the document's
//! embedded face (fitted to the face first, so what is recorded is what is drawn) and keeps
//! every string it draws, in order — the certificate hashes them into the page's verification
//! code. Lines, rectangles and images go straight onto [`PageWriter::content`].

use pdf_writer::{Content, Name, Str, TextStr};

use super::color::Rgb;
use super::face::FontFace;
use super::script::FontSet;
use super::shape::Glyph;
use super::subset::SubsetFont;
use super::{PdfError, deflate};

/// The resource name every page gives the document's face.
const FONT: Name<'static> = Name(b"F1");

/// Glyphs drawn at one height: (rise in 1/1000 em, [(TJ adjustment, the glyph's CID bytes)]).
type Piece = (f32, Vec<(f32, [u8; 2])>);

/// Writes one page's content stream and records every string it draws. Made by
/// [`Document::page`](super::Document::page); its [`finish`](PageWriter::finish) goes to
/// [`Document::add_page`](super::Document::add_page).
pub struct PageWriter<'d, 'f> {
    /// The document's faces being embedded; the first is `/F1`.
    fonts: &'d mut [SubsetFont<'f>],
    face: &'f FontFace,
    set: Option<&'f FontSet>,
    content: Content,
    texts: Vec<String>,
}

impl<'d, 'f> PageWriter<'d, 'f> {
    /// A blank page drawing with `fonts` (the first, `face`, is `/F1`).
    pub(super) fn new(
        fonts: &'d mut [SubsetFont<'f>],
        face: &'f FontFace,
        set: Option<&'f FontSet>,
    ) -> Self {
        Self {
            fonts,
            face,
            set,
            content: Content::new(),
            texts: Vec::new(),
        }
    }

    /// The face text is set in, to measure ([`FontFace::width`]) or fit ([`FontFace::fit`]).
    pub fn face(&self) -> &'f FontFace {
        self.face
    }

    /// The document's [`FontSet`], when it has one ([`super::Document::with_set`]).
    pub fn font_set(&self) -> Option<&'f FontSet> {
        self.set
    }

    /// Width of `s` at `size` points as [`PageWriter::text_runs`] draws it.
    pub fn runs_width(&self, s: &str, size: f32) -> f32 {
        match self.set {
            Some(set) => set.width(s, size),
            None => self.face.width(&self.face.fit(s), size),
        }
    }

    /// Draws `s` with its baseline starting at `(x, y)`, each run in the face the document's
    /// [`FontSet`] chooses for its script (shaped where the script needs it); without a set, as
    /// [`PageWriter::text`]. Returns the width drawn, in points.
    pub fn text_runs(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        color: Rgb,
        s: &str,
    ) -> Result<f32, PdfError> {
        let Some(set) = self.set else {
            self.text(x, y, size, color, s)?;
            return Ok(self.runs_width(s, size));
        };
        let mut pen = x;
        let mut said = String::new();
        for run in set.runs(s) {
            let glyphs = set.glyphs(&run);
            said.push_str(run.text);
            if !run.text.trim().is_empty() {
                // A shaped run's marks sit off the baseline and out of text order: its words
                // are given whole (ActualText), so a reader extracts them as written.
                if run.complex {
                    self.content
                        .begin_marked_content_with_properties(Name(b"Span"))
                        .properties()
                        .actual_text(TextStr(run.text));
                }
                self.glyphs(run.face, (pen, y, size), color, &glyphs)?;
                if run.complex {
                    self.content.end_marked_content();
                }
            }
            pen += glyphs.iter().map(|g| g.advance).sum::<f32>() * size / 1000.0;
        }
        if !said.trim().is_empty() {
            self.texts.push(said);
        }
        Ok(pen - x)
    }

    /// One text object drawing shaped `glyphs` with face `face` from `(x, y)`: each glyph moved
    /// to where the shaper put it (TJ adjustments across, text rise up and down).
    fn glyphs(
        &mut self,
        face: usize,
        (x, y, size): (f32, f32, f32),
        color: Rgb,
        glyphs: &[Glyph],
    ) -> Result<(), PdfError> {
        let Some(font) = self.fonts.get_mut(face) else {
            return Ok(());
        };
        let mut pieces: Vec<Piece> = Vec::new();
        let (mut pen, mut natural) = (0.0_f32, 0.0_f32);
        for g in glyphs {
            let cid = font.glyph_cid(g.gid, &g.text)?;
            let want = pen + g.dx;
            let adjust = natural - want;
            match pieces.last_mut() {
                Some((rise, list)) if *rise == g.dy => list.push((adjust, cid.to_be_bytes())),
                _ => pieces.push((g.dy, vec![(adjust, cid.to_be_bytes())])),
            }
            natural = want + font.face().advance(g.gid);
            pen += g.advance;
        }
        let name = format!("F{}", face + 1);
        self.content.begin_text();
        self.content
            .set_font(Name(name.as_bytes()), size)
            .set_fill_rgb(color.0, color.1, color.2)
            .next_line(x, y);
        for (rise, list) in &pieces {
            self.content.set_rise(rise * size / 1000.0);
            let mut shown = self.content.show_positioned();
            let mut items = shown.items();
            for (adjust, bytes) in list {
                if adjust.abs() > 0.01 {
                    items.adjust(*adjust);
                }
                items.show(Str(bytes));
            }
        }
        self.content.set_rise(0.0);
        self.content.end_text();
        Ok(())
    }

    /// The content stream, for what is not text (rules, boxes, images, graphics states).
    pub fn content(&mut self) -> &mut Content {
        &mut self.content
    }

    /// The content stream before compression and the strings drawn, in order (for
    /// [`Document::add_raw_page`](super::Document::add_raw_page)).
    pub fn finish_raw(self) -> (Vec<u8>, Vec<String>) {
        (self.content.finish().into_vec(), self.texts)
    }

    /// The deflated content stream and the strings drawn, in order.
    pub fn finish(self) -> (Vec<u8>, Vec<String>) {
        (deflate(&self.content.finish()), self.texts)
    }

    /// Draws `s` (after [`FontFace::fit`]) with its baseline starting at `(x, y)`.
    pub fn text(&mut self, x: f32, y: f32, size: f32, color: Rgb, s: &str) -> Result<(), PdfError> {
        self.show(s, |c| {
            c.set_font(FONT, size)
                .set_fill_rgb(color.0, color.1, color.2)
                .next_line(x, y);
        })
    }

    /// Like [`PageWriter::text`], with `spacing` points between characters (a spaced title).
    pub fn text_spaced(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        spacing: f32,
        color: Rgb,
        s: &str,
    ) -> Result<(), PdfError> {
        // Character spacing is graphics state: keep it inside q … Q.
        self.content.save_state();
        self.show(s, |c| {
            c.set_font(FONT, size)
                .set_char_spacing(spacing)
                .set_fill_rgb(color.0, color.1, color.2)
                .next_line(x, y);
        })?;
        self.content.restore_state();
        Ok(())
    }

    /// Draws `s` centred on `cx`.
    pub fn text_centered(
        &mut self,
        cx: f32,
        y: f32,
        size: f32,
        color: Rgb,
        s: &str,
    ) -> Result<(), PdfError> {
        self.text_aligned(cx, 0.5, (y, size), color, s)
    }

    /// Draws `s` ending at `right`.
    pub fn text_right(
        &mut self,
        right: f32,
        y: f32,
        size: f32,
        color: Rgb,
        s: &str,
    ) -> Result<(), PdfError> {
        self.text_aligned(right, 1.0, (y, size), color, s)
    }

    /// Draws `s` with the point `share` of the way along its width (½ its middle, 1 its end)
    /// at `anchor`.
    fn text_aligned(
        &mut self,
        anchor: f32,
        share: f32,
        (y, size): (f32, f32),
        color: Rgb,
        s: &str,
    ) -> Result<(), PdfError> {
        let s = self.face().fit(s);
        let w = self.face().width(&s, size);
        self.text(anchor - w * share, y, size, color, &s)
    }

    /// Draws `s` at font size 1 under the text matrix `m` (rotated or stretched text),
    /// optionally in the graphics state named `gs`.
    pub fn text_matrix(
        &mut self,
        m: [f32; 6],
        color: Rgb,
        gs: Option<Name<'static>>,
        s: &str,
    ) -> Result<(), PdfError> {
        if let Some(gs) = gs {
            self.content.save_state().set_parameters(gs);
        }
        self.show(s, |c| {
            c.set_font(FONT, 1.0)
                .set_fill_rgb(color.0, color.1, color.2)
                .set_text_matrix(m);
        })?;
        if gs.is_some() {
            self.content.restore_state();
        }
        Ok(())
    }

    /// One text object: `setup` sets font, colour and position, then the fitted string is
    /// shown and recorded. Blank strings draw nothing.
    fn show(&mut self, s: &str, setup: impl FnOnce(&mut Content)) -> Result<(), PdfError> {
        let s = self.face().fit(s);
        if s.trim().is_empty() {
            return Ok(());
        }
        let Some(font) = self.fonts.first_mut() else {
            return Ok(());
        };
        let bytes = font.encode(&s)?;
        self.content.begin_text();
        setup(&mut self.content);
        self.content.show(Str(&bytes)).end_text();
        self.texts.push(s);
        Ok(())
    }
}
