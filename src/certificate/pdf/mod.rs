//! The certificate's layout on the PDF engine ([`crate::pdf`]): one copy becomes A4
//! two-sided sheets (front, back, front, back …).
//!
//! - The face is parsed once ([`Renderer::from_font_file`]) and reused for every document; the
//!   ground pattern (地紋 hiding 複写) and the anti-forgery mark are built once with it too.
//! - Every front page records the exact strings it draws ([`Rendered::page_texts`]); the back of
//!   each sheet carries a scramble block and a [`verification_code`] derived from that text.
//! - Each page's drawing digest ([`crate::certificate::drawn`]) is computed from the objects
//!   the writer emits ([`crate::pdf::Mirror`]: the same values, streams before compression),
//!   not by reading the file back; the constant art is digested once per renderer.
//!
//! The engine gives the face, its subset, the pages and their text, the palette and the
//! wrapping; this module keeps what only a certificate has. Files: this one is the API and the
//! document skeleton (pages and their resources); `layout` places and paginates, `front` and
//! `code` compose the two sides, `draw` holds what both sides share (ground, watermark,
//! specimen notice, footer, seal), `art` the vector art built once.

use std::path::Path;

use pdf_writer::{Name, Ref};

use super::model::DocumentModel;
use crate::certificate::drawn::{self, ObjectDigest};
use crate::pdf::{Document, FontError, FontFace, Info, PdfError, Resources, values};

mod art;
mod code;
mod draw;
mod front;
mod layout;

#[cfg(test)]
mod fixtures;

pub use code::verification_code;

use art::Art;

/// The sentence on every page of a multi-page set (pages are not stapled).
pub const NOT_STAPLED: &str = "この証明書は複数枚で構成されています。ホチキス止めはしていません。各ページの発行番号とページ番号で一式であることを確認してください。";

/// The diagonal watermark.
pub const WATERMARK: &str = "SPECIMEN 見本";

/// Why a certificate could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The engine could not write the PDF (font, subset).
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// The file just written does not read back as the drawing it was meant to be.
    #[error("the rendered PDF does not read back: {0}")]
    ReadBack(String),
}

impl From<FontError> for RenderError {
    fn from(e: FontError) -> Self {
        Self::Pdf(PdfError::Font(e))
    }
}

/// One rendered copy.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Front pages N (the PDF has 2N pages: front, back, front, back …).
    pub sheets: u32,
    /// For each front page: the exact text drawn on it, in draw order, strings joined by "\n".
    pub page_texts: Vec<String>,
    /// For each front page: the verification code printed on its back.
    pub codes: Vec<String>,
    /// For each page: the digest of what it draws ([`crate::certificate::drawn`]), which the
    /// journal keeps so that `verify` checks the page as drawn, not only its text.
    pub drawn: Vec<String>,
}

/// Renders certificates; holds the parsed face and the document-independent vector art.
#[derive(Debug, Clone)]
pub struct Renderer {
    font: FontFace,
    art: Art,
    /// The drawing digests of the art's objects the pages name (ground, mark, the three
    /// graphics states, in [`SharedRefs::painted`] order): hashed once per renderer.
    art_digests: Vec<ObjectDigest>,
}

impl Renderer {
    /// Loads the bundled font from `assets/fonts/…` (path given) — parse once.
    pub fn from_font_file(path: &Path) -> Result<Self, RenderError> {
        Self::with_face(FontFace::from_file(path)?)
    }

    /// Loads the bundled face from an assets folder (`{assets}/fonts/…`) — parse once.
    pub fn from_assets_dir(assets: &Path) -> Result<Self, RenderError> {
        Self::with_face(FontFace::bundled(assets)?)
    }

    /// Parses font bytes (a `.ttf`/`.otf`, or face 0 of a collection) — parse once.
    pub fn from_font_bytes(bytes: Vec<u8>) -> Result<Self, RenderError> {
        Self::with_face(FontFace::from_bytes(bytes, 0)?)
    }

    fn with_face(font: FontFace) -> Result<Self, RenderError> {
        let art = Art::build(&font)?;
        let art_digests = art_digests(&art)?;
        Ok(Self {
            font,
            art,
            art_digests,
        })
    }

    /// The parsed face.
    pub fn font(&self) -> &FontFace {
        &self.font
    }

    /// Renders one copy: front pages + a back page after each front page (two-sided sheet).
    pub fn render(&self, doc: &DocumentModel) -> Result<Rendered, RenderError> {
        let layout = self.layout(doc);
        let total = u32::try_from(layout.pages.len()).unwrap_or(u32::MAX);
        let mut pdf = Document::new(&self.font);
        pdf.keep_mirror();
        let shared = SharedRefs {
            ground: pdf.next_ref(),
            word: pdf.next_ref(),
            ground_tile: pdf.next_ref(),
            word_tile: pdf.next_ref(),
            mark: pdf.next_ref(),
            gs_watermark: pdf.next_ref(),
            gs_seal: pdf.next_ref(),
            gs_label: pdf.next_ref(),
        };
        let mut page_texts = Vec::with_capacity(layout.pages.len());
        let mut codes = Vec::with_capacity(layout.pages.len());

        for (i, page) in layout.pages.iter().enumerate() {
            let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let mut front = pdf.page();
            self.draw_front(&mut front, doc, &layout, page, n, total)?;
            let (front_content, texts) = front.finish_raw();
            let text = texts.join("\n");
            let code = verification_code(&doc.issue_number, doc.copy, n, total, &text);
            let graphics_states = shared.graphics_states();
            pdf.add_raw_page(
                &front_content,
                &Resources {
                    x_objects: &shared.x_objects(None),
                    graphics_states: &graphics_states,
                },
            );

            let mut back = pdf.page();
            self.draw_back(&mut back, doc, n, total, &code)?;
            let (back_content, _) = back.finish_raw();
            let scramble = pdf.next_ref();
            pdf.add_raw_page(
                &back_content,
                &Resources {
                    x_objects: &shared.x_objects(Some(scramble)),
                    graphics_states: &graphics_states,
                },
            );
            let message = code::verify_message(&doc.issue_number, doc.copy, n, total, &text);
            code::write_scramble(&mut pdf, scramble, &message);

            page_texts.push(text);
            codes.push(code);
        }
        self.art.write(pdf.pdf(), &shared);
        let title = format!("{} {} ({})", doc.title, doc.issue_number, doc.specimen);
        let (bytes, mirror) = pdf.finish_with_mirror(&Info {
            title: &title,
            subject: Some(&doc.specimen),
            lang: Some("ja"),
        })?;
        let mirror = mirror.ok_or_else(|| RenderError::ReadBack("no mirror kept".into()))?;
        let known = shared
            .painted()
            .into_iter()
            .map(values::object_id)
            .zip(self.art_digests.iter().copied())
            .collect();
        let drawing = drawn::drawing_written(&mirror.doc, &known);
        if let Some(problem) = drawing.problems.first() {
            return Err(RenderError::ReadBack(problem.clone()));
        }
        Ok(Rendered {
            bytes,
            sheets: total,
            page_texts,
            codes,
            drawn: drawing.pages,
        })
    }
}

/// The objects every page of one document refers to (art and graphics states).
struct SharedRefs {
    ground: Ref,
    word: Ref,
    ground_tile: Ref,
    word_tile: Ref,
    mark: Ref,
    gs_watermark: Ref,
    gs_seal: Ref,
    gs_label: Ref,
}

impl SharedRefs {
    /// The art's objects pages name directly: the ground, the mark and the graphics states.
    fn painted(&self) -> [Ref; 5] {
        [
            self.ground,
            self.mark,
            self.gs_watermark,
            self.gs_seal,
            self.gs_label,
        ]
    }

    /// The forms a page paints: the ground pattern, and on a back page its scramble block and
    /// the anti-forgery mark.
    fn x_objects(&self, scramble: Option<Ref>) -> Vec<(Name<'static>, Ref)> {
        let mut x_objects = vec![(Name(b"Gp"), self.ground)];
        if let Some(s) = scramble {
            x_objects.push((Name(b"Sc"), s));
            x_objects.push((Name(b"Af"), self.mark));
        }
        x_objects
    }

    /// The translucency of the watermark, the seal and the label column.
    fn graphics_states(&self) -> [(Name<'static>, Ref); 3] {
        [
            (Name(b"Gw"), self.gs_watermark),
            (Name(b"Gs"), self.gs_seal),
            (Name(b"Gl"), self.gs_label),
        ]
    }
}

/// The drawing digests of the art's objects that pages name ([`SharedRefs::painted`]): the art
/// written alone and read back once, when the renderer is made.
fn art_digests(art: &Art) -> Result<Vec<ObjectDigest>, RenderError> {
    let refs = SharedRefs {
        ground: Ref::new(1),
        word: Ref::new(2),
        ground_tile: Ref::new(3),
        word_tile: Ref::new(4),
        mark: Ref::new(5),
        gs_watermark: Ref::new(6),
        gs_seal: Ref::new(7),
        gs_label: Ref::new(8),
    };
    let mut pdf = pdf_writer::Pdf::new();
    art.write(&mut pdf, &refs);
    pdf.catalog(Ref::new(9)).pages(Ref::new(10));
    pdf.pages(Ref::new(10)).count(0);
    let doc = lopdf::Document::load_mem(&pdf.finish())
        .map_err(|e| RenderError::ReadBack(format!("the art: {e}")))?;
    let ids: Vec<_> = refs.painted().into_iter().map(values::object_id).collect();
    drawn::object_digests(&doc, &ids)
        .into_iter()
        .map(|d| d.ok_or_else(|| RenderError::ReadBack("the art refers to itself".into())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificate::pdf::fixtures::{count, load, model, render, renderer, squash};

    #[test]
    fn page_count_is_twice_the_sheets() {
        let r = renderer();
        for blocks in [1, 5, 12] {
            let out = render(&r, &model(blocks, "戸籍全部事項証明書"));
            let doc = load(&out.bytes);
            assert_eq!(doc.get_pages().len(), 2 * out.sheets as usize);
            assert_eq!(out.page_texts.len(), out.sheets as usize);
            assert_eq!(out.codes.len(), out.sheets as usize);
        }
    }

    #[test]
    fn renderer_can_be_shared_between_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<Renderer>();
        let r = renderer();
        let debug = format!("{r:?}");
        assert!(
            debug.len() < 2_000,
            "Debug dumps the font: {} chars",
            debug.len()
        );
        let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
        assert!(Renderer::from_assets_dir(&assets).is_ok());
    }

    #[test]
    fn rendering_is_deterministic() {
        let r = renderer();
        let m = model(3, "住民票の写し");
        assert_eq!(render(&r, &m).bytes, render(&r, &m).bytes);
    }

    #[test]
    fn a_font_that_is_not_a_font_is_an_error() {
        assert!(matches!(
            Renderer::from_font_bytes(b"not a font".to_vec()),
            Err(RenderError::Pdf(PdfError::Font(_)))
        ));
        assert!(matches!(
            Renderer::from_font_file(Path::new("/nonexistent/font.ttf")),
            Err(RenderError::Pdf(PdfError::Font(FontError::Read { .. })))
        ));
    }

    #[test]
    fn text_extracts_as_unicode_in_draw_order() {
        let r = renderer();
        let out = render(&r, &model(12, "戸籍全部事項証明書"));
        let doc = load(&out.bytes);
        for (i, text) in out.page_texts.iter().enumerate() {
            let page = u32::try_from(2 * i + 1).unwrap_or(0);
            let extracted = match doc.extract_text(&[page]) {
                Ok(t) => t,
                Err(e) => panic!("extract page {page}: {e}"),
            };
            assert_eq!(squash(&extracted), squash(text), "front page {}", i + 1);
        }
        let first = doc.extract_text(&[1]).unwrap_or_default();
        assert!(first.contains("筑波 太郎"));
    }

    #[test]
    fn output_is_small_with_one_embedded_subset() {
        let r = renderer();
        let out = render(&r, &model(12, "戸籍全部事項証明書"));
        assert!(out.bytes.len() < 150_000, "{} bytes", out.bytes.len());
        assert_eq!(count(&out.bytes, b"/FontFile2"), 1);
        assert_eq!(count(&out.bytes, b"/Subtype /Type0"), 1);
        assert_eq!(count(&out.bytes, b"/ToUnicode"), 1);
    }

    #[test]
    #[ignore = "writes sample PDFs to $KOFU_PDF_OUT"]
    fn write_samples() {
        let Ok(dir) = std::env::var("KOFU_PDF_OUT") else {
            return;
        };
        // KOFU_PDF_FONT picks another face (e.g. a CFF-outline .otf) for a manual check.
        let r = match std::env::var("KOFU_PDF_FONT") {
            Ok(f) => match Renderer::from_font_file(Path::new(&f)) {
                Ok(r) => r,
                Err(e) => panic!("{f}: {e}"),
            },
            Err(_) => renderer(),
        };
        for (name, blocks, title) in [
            ("family", 12, "戸籍全部事項証明書"),
            ("resident", 1, "住民票の写し"),
        ] {
            let out = r.render(&model(blocks, title));
            let Ok(out) = out else {
                panic!("render failed")
            };
            let _ = std::fs::write(format!("{dir}/{name}.pdf"), &out.bytes);
            let _ = std::fs::write(
                format!("{dir}/{name}.txt"),
                out.page_texts.join("\n\n----\n\n"),
            );
        }
    }
}
