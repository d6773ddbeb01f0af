//! The one PDF engine: everything kofu's printed documents share, under the layouts that use
//! it (the certificate in `crate::certificate::pdf`, the handouts in `crate::handout`). It
//! knows A4 pages, faces, text and colour, and nothing of what a document says.
//!
//! What it owns, one file each:
//! - `face`: the typeface ([`FontFace`]), parsed once: glyphs, advances, metrics, glyph
//!   outlines, and [`FontFace::fit`] (a character the face lacks becomes 〓, so what a page
//!   records is what it shows); [`FontFace::bundled`] loads the face kofu ships.
//! - `subset`: the subset-and-embed step (Type0 / CID font, Identity-H, `/W` widths,
//!   ToUnicode), so every PDF's text extracts as real Unicode.
//! - `document`: a file being written ([`Document`]): object numbers, A4 pages with their
//!   resources, catalog, page tree, info, and the font embedded once at the end.
//! - `page`: a page's content stream ([`PageWriter`]): text placed left, centred, right,
//!   spaced or under a matrix, every string recorded in draw order.
//! - `color`: the palette ([`Rgb`], [`BLACK`], [`INK`], [`GREY`], [`RED`], [`NAVY`]).
//! - `wrap`: line wrapping with the Japanese line-break rules (禁則): [`wrap()`].
//! - `script`: a face per script run ([`FontSet`]): the bundled faces (Noto Sans for Latin,
//!   BIZ UDGothic, Noto Sans CJK SC and KR, Noto Sans Thai and Devanagari), text split into
//!   [`Run`]s of one face each, widths, wrapping at spaces, 禁則 and break hints (Thai), and
//!   the coverage check ([`FontSet::lacking`]). A [`Document::with_set`] embeds the faces
//!   drawn with; [`PageWriter::text_runs`] draws a string run by run.
//! - `shape`: glyphs of a run ([`Glyph`]); Thai and Devanagari shaped by HarfRust.
//!
//! Wrapping and measuring: the two engines this replaces differed. The certificate measured
//! each character once and summed the advances, broke anywhere between characters and pushed
//! a character to the next line rather than start one with 。 or 」; the handouts re-measured
//! the whole line for every character, broke Latin text at a space in the second half of the
//! line and knew no 禁則. Kept: the certificate's measuring (one advance per character, the same
//! sums, so certificates measure as before) and its breaking between Japanese characters with
//! 行頭禁則; added for both: 行末禁則 (no line ends with 「 or （) and whole Latin words (a line
//! breaks at a space, a word is cut only when longer than the line), which the handouts' English
//! needs and the certificate's numbers (`1988`) gain from.

use miniz_oxide::deflate::core::{
    CompressorOxide, TDEFLFlush, TDEFLStatus, compress, create_comp_flags_from_zip_params,
};

mod color;
mod document;
mod face;
mod mirror;
mod page;
mod script;
mod shape;
mod subset;
mod wrap;

pub use color::{BLACK, GREY, INK, NAVY, RED, Rgb};
pub use document::{Document, Info, Resources};
pub use face::{FontError, FontFace, Metrics, Outlines};
pub use mirror::Mirror;
pub use page::PageWriter;
pub use script::{BREAK_HINT, BUNDLED_FACES, FontSet, Run, Script};
pub use shape::Glyph;
pub use wrap::wrap;

/// Where the bundled face lives, relative to the crate root (tests and samples load it there).
pub const BUNDLED_FONT: &str = "assets/fonts/BIZUDGothic-Regular.ttf";

/// Where the bundled face lives, relative to the assets folder ([`FontFace::bundled`]).
pub const BUNDLED_FONT_IN_ASSETS: &str = "fonts/BIZUDGothic-Regular.ttf";

/// A4 portrait width in points: every page kofu prints.
pub const PAGE_W: f32 = 595.28;
/// A4 portrait height in points.
pub const PAGE_H: f32 = 841.89;

/// Why a PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The font could not be loaded.
    #[error(transparent)]
    Font(#[from] FontError),
    /// The subsetter rejected the face or the glyph set.
    #[error("font subsetting failed: {0}")]
    Subset(String),
    /// Text the layout must print whole was drawn in a face without its glyphs.
    #[error("no glyph for {chars:?} in the face chosen for them")]
    NoGlyph {
        /// The characters (sorted, the first few).
        chars: String,
    },
    /// More distinct characters than a two-byte CID encoding can address.
    #[error("too many distinct characters in one document")]
    TooManyGlyphs,
}

/// The objects of a file as values ([`Mirror`]) and how to write them (numbers as
/// `pdf-writer` writes them, references, rectangles, streams).
pub mod values {
    pub use super::mirror::{dict, name, number, object_id, rect, reference, stream};
}

/// The deflate level: 1 (greedy, fast). The profile of a 6-page register spent half its time
/// in deflate at level 6; level 1 gives files about a tenth larger (README, "Performance").
const DEFLATE_LEVEL: u8 = 1;

thread_local! {
    /// One compressor per thread, reset for each stream: a new one allocates and zeroes its
    /// hash tables (hundreds of KB) for every page, font and CMap.
    static COMPRESSOR: std::cell::RefCell<Option<Box<CompressorOxide>>> =
        const { std::cell::RefCell::new(None) };
}

/// zlib-compresses a stream for `/FlateDecode`: page content, the font's streams and a
/// layout's own images and forms are packed the same way.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let packed = COMPRESSOR.with(|cell| {
        let mut slot = cell.try_borrow_mut().ok()?;
        let flags = create_comp_flags_from_zip_params(DEFLATE_LEVEL.into(), 1, 0);
        let compressor = slot.get_or_insert_with(|| Box::new(CompressorOxide::new(flags)));
        compressor.reset();
        pack(compressor, data)
    });
    packed.unwrap_or_else(|| miniz_oxide::deflate::compress_to_vec_zlib(data, DEFLATE_LEVEL))
}

/// Runs `compressor` over all of `input` (None if it stops short, which it should not).
fn pack(compressor: &mut CompressorOxide, mut input: &[u8]) -> Option<Vec<u8>> {
    let mut out = vec![0; (input.len() / 2).max(64)];
    let mut at = 0;
    loop {
        let (status, read, written) =
            compress(compressor, input, out.get_mut(at..)?, TDEFLFlush::Finish);
        at += written;
        match status {
            TDEFLStatus::Done => {
                out.truncate(at);
                return Some(out);
            }
            TDEFLStatus::Okay => {
                input = input.get(read..)?;
                if out.len() - at < 64 {
                    out.resize(out.len() * 2, 0);
                }
            }
            _ => return None,
        }
    }
}
