//! PDF rendering of a [`DocumentModel`]: one copy becomes A4 two-sided sheets (front, back,
//! front, back …), written with `pdf-writer`, the Japanese face subset per document with
//! `subsetter` and measured with `ttf-parser`.
//!
//! - The face is parsed once ([`Renderer::from_font_file`]) and reused for every document; the
//!   ground pattern (地紋 hiding 複写) and the anti-forgery mark are built once with it too.
//! - Per document the glyphs actually drawn are subset and embedded once, as a Type0 font
//!   (CIDFontType2, Identity-H, `/W` widths, ToUnicode), so text extracts as real Unicode.
//! - Every front page records the exact strings it draws ([`Rendered::page_texts`]); the back of
//!   each sheet carries a scramble block and a [`verification_code`] derived from that text.
//!
//! Files: this one is the API and the document skeleton (objects, pages, resources);
//! `layout` places and paginates, `writer` draws text, `front` and `code` compose the two
//! sides, `draw` holds what both sides share, `art` the vector art built once, and [`font`]
//! the subset-and-embed step that the training record uses too.

use std::path::Path;

use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, TextStr};

use super::fonts::{FontError, FontFace};
use super::model::DocumentModel;

mod art;
mod code;
mod draw;
pub mod font;
mod front;
mod layout;
mod writer;

#[cfg(test)]
mod fixtures;

pub use code::verification_code;

use art::Art;
use font::SubsetFont;
use writer::PageWriter;

/// Where the bundled face lives, relative to the crate root.
pub const BUNDLED_FONT: &str = "assets/fonts/BIZUDGothic-Regular.ttf";

/// Where the bundled face lives, relative to the assets folder.
pub const BUNDLED_FONT_IN_ASSETS: &str = "fonts/BIZUDGothic-Regular.ttf";

/// A4 portrait width in points.
pub const PAGE_W: f32 = 595.28;
/// A4 portrait height in points.
pub const PAGE_H: f32 = 841.89;

/// The sentence on every page of a multi-page set (pages are not stapled).
pub const NOT_STAPLED: &str = "この証明書は複数枚で構成されています。ホチキス止めはしていません。各ページの発行番号とページ番号で一式であることを確認してください。";

/// The diagonal watermark.
pub const WATERMARK: &str = "SPECIMEN 見本";

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The font could not be loaded.
    #[error(transparent)]
    Font(#[from] FontError),
    /// The subsetter rejected the face or the glyph set.
    #[error("font subsetting failed: {0}")]
    Subset(String),
    /// More distinct characters than a two-byte CID encoding can address.
    #[error("too many distinct characters in one document")]
    TooManyGlyphs,
    /// The file just written does not read back as the drawing it was meant to be.
    #[error("the rendered PDF does not read back: {0}")]
    ReadBack(String),
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
    /// Glyph standing in for characters the face lacks.
    replacement: char,
    art: Art,
}

impl Renderer {
    /// Loads the bundled font from `assets/fonts/…` (path given) — parse once.
    pub fn from_font_file(path: &Path) -> Result<Self, PdfError> {
        Self::with_face(FontFace::from_file(path)?)
    }

    /// Loads the bundled face from an assets folder (`{assets}/fonts/…`) — parse once.
    pub fn from_assets_dir(assets: &Path) -> Result<Self, PdfError> {
        Self::from_font_file(&assets.join(BUNDLED_FONT_IN_ASSETS))
    }

    /// Parses font bytes (a `.ttf`/`.otf`, or face 0 of a collection) — parse once.
    pub fn from_font_bytes(bytes: Vec<u8>) -> Result<Self, PdfError> {
        Self::with_face(FontFace::from_bytes(bytes, 0)?)
    }

    fn with_face(font: FontFace) -> Result<Self, PdfError> {
        let replacement = ['〓', '?']
            .into_iter()
            .find(|c| font.glyph(*c).is_some())
            .unwrap_or(' ');
        let art = Art::build(&font)?;
        Ok(Self {
            font,
            replacement,
            art,
        })
    }

    /// The parsed face.
    pub fn font(&self) -> &FontFace {
        &self.font
    }

    /// Renders one copy: front pages + a back page after each front page (two-sided sheet).
    pub fn render(&self, doc: &DocumentModel) -> Result<Rendered, PdfError> {
        let layout = self.layout(doc);
        let total = u32::try_from(layout.pages.len()).unwrap_or(u32::MAX);

        let mut ids = RefAlloc(1);
        let catalog = ids.next();
        let tree = ids.next();
        let info = ids.next();
        let mut subset = SubsetFont::new(&self.font, || ids.next());
        let shared = SharedRefs {
            ground: ids.next(),
            word: ids.next(),
            ground_tile: ids.next(),
            word_tile: ids.next(),
            mark: ids.next(),
            gs_watermark: ids.next(),
            gs_seal: ids.next(),
            gs_label: ids.next(),
            font: subset.font_ref(),
        };

        let mut pdf = Pdf::new();
        let mut page_refs = Vec::with_capacity(layout.pages.len() * 2);
        let mut page_texts = Vec::with_capacity(layout.pages.len());
        let mut codes = Vec::with_capacity(layout.pages.len());

        for (i, page) in layout.pages.iter().enumerate() {
            let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let mut front = PageWriter::new(self, &mut subset);
            self.draw_front(&mut front, doc, &layout, page, n, total)?;
            let (front_content, texts) = front.finish();
            let text = texts.join("\n");
            let code = verification_code(&doc.issue_number, doc.copy, n, total, &text);

            let mut back = PageWriter::new(self, &mut subset);
            self.draw_back(&mut back, doc, n, total, &code)?;
            let (back_content, _) = back.finish();

            let front_ref = ids.next();
            let front_stream = ids.next();
            let back_ref = ids.next();
            let back_stream = ids.next();
            let scramble = ids.next();

            write_page(
                &mut pdf,
                front_ref,
                tree,
                front_stream,
                &front_content,
                &shared,
                None,
            );
            write_page(
                &mut pdf,
                back_ref,
                tree,
                back_stream,
                &back_content,
                &shared,
                Some(scramble),
            );
            let message = code::verify_message(&doc.issue_number, doc.copy, n, total, &text);
            code::write_scramble(&mut pdf, scramble, &message);

            page_refs.push(front_ref);
            page_refs.push(back_ref);
            page_texts.push(text);
            codes.push(code);
        }

        pdf.catalog(catalog).pages(tree).lang(TextStr("ja"));
        pdf.pages(tree)
            .kids(page_refs.iter().copied())
            .count(i32::try_from(page_refs.len()).unwrap_or(i32::MAX));
        let title = format!("{} {} ({})", doc.title, doc.issue_number, doc.specimen);
        pdf.document_info(info)
            .title(TextStr(&title))
            .subject(TextStr(&doc.specimen))
            .producer(TextStr("kofu"));

        self.art.write(&mut pdf, &shared);
        subset.embed(&mut pdf)?;

        let bytes = pdf.finish();
        let drawing = crate::certificate::drawn::drawing_of(&bytes).map_err(PdfError::ReadBack)?;
        if let Some(problem) = drawing.problems.first() {
            return Err(PdfError::ReadBack(problem.clone()));
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

/// Hands out PDF object numbers in order.
struct RefAlloc(i32);

impl RefAlloc {
    fn next(&mut self) -> Ref {
        let r = Ref::new(self.0);
        self.0 += 1;
        r
    }
}

/// The objects every page of one document refers to (art, graphics states, the font).
struct SharedRefs {
    ground: Ref,
    word: Ref,
    ground_tile: Ref,
    word_tile: Ref,
    mark: Ref,
    gs_watermark: Ref,
    gs_seal: Ref,
    gs_label: Ref,
    font: Ref,
}

/// Writes one page object with its resources and its (already deflated) content stream.
fn write_page(
    pdf: &mut Pdf,
    id: Ref,
    parent: Ref,
    stream: Ref,
    content: &[u8],
    shared: &SharedRefs,
    scramble: Option<Ref>,
) {
    let mut page = pdf.page(id);
    page.parent(parent)
        .media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
        .contents(stream);
    let mut res = page.resources();
    res.fonts().pair(Name(b"F1"), shared.font);
    {
        let mut xo = res.x_objects();
        xo.pair(Name(b"Gp"), shared.ground);
        if let Some(s) = scramble {
            xo.pair(Name(b"Sc"), s);
            xo.pair(Name(b"Af"), shared.mark);
        }
    }
    res.ext_g_states()
        .pair(Name(b"Gw"), shared.gs_watermark)
        .pair(Name(b"Gs"), shared.gs_seal)
        .pair(Name(b"Gl"), shared.gs_label);
    res.finish();
    page.finish();
    pdf.stream(stream, content).filter(Filter::FlateDecode);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificate::pdf::fixtures::{load, model, render, renderer};

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
            Err(PdfError::Font(_))
        ));
        assert!(matches!(
            Renderer::from_font_file(Path::new("/nonexistent/font.ttf")),
            Err(PdfError::Font(FontError::Read { .. }))
        ));
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
