//! Text placement on one page: a content stream that draws strings with the document's
//! embedded face (fitted to the face first, so what is recorded is what is drawn) and keeps
//! every string it draws, in order — the certificate hashes them into the page's verification
//! code. Lines, rectangles and images go straight onto [`PageWriter::content`].

use pdf_writer::{Content, Name, Str};

use super::color::Rgb;
use super::face::FontFace;
use super::subset::SubsetFont;
use super::{PdfError, deflate};

/// The resource name every page gives the document's face.
const FONT: Name<'static> = Name(b"F1");

/// Writes one page's content stream and records every string it draws. Made by
/// [`Document::page`](super::Document::page); its [`finish`](PageWriter::finish) goes to
/// [`Document::add_page`](super::Document::add_page).
pub struct PageWriter<'d, 'f> {
    subset: &'d mut SubsetFont<'f>,
    content: Content,
    texts: Vec<String>,
}

impl<'d, 'f> PageWriter<'d, 'f> {
    /// A blank page drawing with `subset`.
    pub(super) fn new(subset: &'d mut SubsetFont<'f>) -> Self {
        Self {
            subset,
            content: Content::new(),
            texts: Vec::new(),
        }
    }

    /// The face text is set in, to measure ([`FontFace::width`]) or fit ([`FontFace::fit`]).
    pub fn face(&self) -> &'f FontFace {
        self.subset.face()
    }

    /// The content stream, for what is not text (rules, boxes, images, graphics states).
    pub fn content(&mut self) -> &mut Content {
        &mut self.content
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
        let bytes = self.subset.encode(&s)?;
        self.content.begin_text();
        setup(&mut self.content);
        self.content.show(Str(&bytes)).end_text();
        self.texts.push(s);
        Ok(())
    }
}
