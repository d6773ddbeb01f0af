//! Text placement on one page: a content stream that draws strings with the document's
//! [`SubsetFont`] (fitted to the face first, so what is recorded is what is drawn) and keeps
//! every string it draws, in order, for the page's verification code.

use pdf_writer::{Content, Name, Str};

use super::draw::Rgb;
use super::font::{SubsetFont, deflate};
use super::{PdfError, Renderer};

/// Writes one page's content stream and records every string it draws.
pub(super) struct PageWriter<'r, 'g> {
    pub(super) renderer: &'r Renderer,
    subset: &'g mut SubsetFont<'r>,
    pub(super) content: Content,
    texts: Vec<String>,
}

impl<'r, 'g> PageWriter<'r, 'g> {
    pub(super) fn new(renderer: &'r Renderer, subset: &'g mut SubsetFont<'r>) -> Self {
        Self {
            renderer,
            subset,
            content: Content::new(),
            texts: Vec::new(),
        }
    }

    /// The deflated content stream and the strings drawn, in order.
    pub(super) fn finish(self) -> (Vec<u8>, Vec<String>) {
        (deflate(&self.content.finish()), self.texts)
    }

    /// Draws `s` (after [`Renderer::fit`]) with its baseline starting at `(x, y)`.
    pub(super) fn text(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        color: Rgb,
        s: &str,
    ) -> Result<(), PdfError> {
        self.show(s, |c| {
            c.set_font(Name(b"F1"), size)
                .set_fill_rgb(color.0, color.1, color.2)
                .next_line(x, y);
        })
    }

    /// Like [`PageWriter::text`], with `spacing` points between characters.
    pub(super) fn text_spaced(
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
            c.set_font(Name(b"F1"), size)
                .set_char_spacing(spacing)
                .set_fill_rgb(color.0, color.1, color.2)
                .next_line(x, y);
        })?;
        self.content.restore_state();
        Ok(())
    }

    /// Draws `s` centred on `cx`.
    pub(super) fn text_centered(
        &mut self,
        cx: f32,
        y: f32,
        size: f32,
        color: Rgb,
        s: &str,
    ) -> Result<(), PdfError> {
        let s = self.renderer.fit(s);
        let w = self.renderer.font.width(&s, size);
        self.text(cx - w / 2.0, y, size, color, &s)
    }

    /// Draws `s` ending at `right`.
    pub(super) fn text_right(
        &mut self,
        right: f32,
        y: f32,
        size: f32,
        color: Rgb,
        s: &str,
    ) -> Result<(), PdfError> {
        let s = self.renderer.fit(s);
        let w = self.renderer.font.width(&s, size);
        self.text(right - w, y, size, color, &s)
    }

    /// Draws `s` at font size 1 under the text matrix `m`, optionally in a graphics state.
    pub(super) fn text_matrix(
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
            c.set_font(Name(b"F1"), 1.0)
                .set_fill_rgb(color.0, color.1, color.2)
                .set_text_matrix(m);
        })?;
        if gs.is_some() {
            self.content.restore_state();
        }
        Ok(())
    }

    fn show(&mut self, s: &str, setup: impl FnOnce(&mut Content)) -> Result<(), PdfError> {
        let s = self.renderer.fit(s);
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
