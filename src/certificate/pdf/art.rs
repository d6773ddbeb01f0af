//! The vector art every page shares, built once per renderer from the face: the ground
//! pattern (地紋: hairline tiling with the latent word 複写 in hairlines at right angles) and
//! the imitation anti-forgery mark of the back page. Written once per document; pages refer to
//! it (`/Gp`, `/Af`).

use std::fmt::Write as _;

use pdf_writer::types::{PaintType, TilingType};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect};

use super::SharedRefs;
use super::draw::MARK;
use crate::pdf::{FontFace, NAVY, PAGE_H, PAGE_W, PdfError, deflate};

// Ground pattern cell: hairlines 3 pt apart (the word's run at right angles to the ground's).
const TILE_STEP: f32 = 3.0;

/// Streams built once per renderer and written once per document.
#[derive(Clone)]
pub(super) struct Art {
    /// Ground pattern Form XObject content (deflated).
    ground: Vec<u8>,
    /// 複写 latent-word Form XObject content (deflated).
    word: Vec<u8>,
    /// Bounding box of the word form.
    word_bbox: [f32; 4],
    /// Ground hairline tiling cell.
    ground_tile: Vec<u8>,
    /// Latent-word hairline tiling cell.
    word_tile: Vec<u8>,
    /// Anti-forgery mark Form XObject content (deflated).
    mark: Vec<u8>,
}

impl std::fmt::Debug for Art {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Art")
            .field("ground_bytes", &self.ground.len())
            .field("word_bytes", &self.word.len())
            .field("mark_bytes", &self.mark.len())
            .finish_non_exhaustive()
    }
}

impl Art {
    /// Builds the art with `font` (the latent word is drawn from its outlines).
    pub(super) fn build(font: &FontFace) -> Result<Self, PdfError> {
        // The latent word: 複写 outlines at 56 pt, the ground's hairlines erased inside them and
        // replaced by hairlines at right angles. Same ink per area, so from a distance the page
        // is an even tint and the word only shows, close up, as a change of grain.
        let size = 56.0;
        let path = font.outline_path("複写", size, 0.0, 0.0)?;
        let ww = font.width("複写", size);
        let bbox = [-2.0, -0.2 * size, ww + 2.0, 0.95 * size];
        let mut word = String::new();
        let (bw, bh) = (bbox[2] - bbox[0], bbox[3] - bbox[1]);
        // A face without 複写 leaves the word form empty rather than clipping to nothing.
        if !path.is_empty() {
            let _ = write!(
                word,
                "q\n{path}W n\n1 g\n{} {} {bw} {bh} re f\n/Pattern cs /Pd scn\n{} {} {bw} {bh} re f\nQ\n",
                bbox[0], bbox[1], bbox[0], bbox[1]
            );
        }

        let mut ground = String::new();
        let _ = write!(
            ground,
            "q\n/Pattern cs /Pl scn\n0 0 {PAGE_W} {PAGE_H} re f\nQ\n"
        );
        let (dx, dy) = (ww + 60.0, size + 58.0);
        let mut row = 0u32;
        let mut y = 28.0;
        while y < PAGE_H {
            let mut x = if row.is_multiple_of(2) {
                18.0
            } else {
                18.0 - dx / 2.0
            };
            while x < PAGE_W {
                let _ = writeln!(ground, "q 1 0 0 1 {x:.1} {y:.1} cm /Wd Do Q");
                x += dx;
            }
            y += dy;
            row += 1;
        }

        // Ground: hairlines rising to the right; the word: the same hairlines falling to the
        // right. Same width, spacing and colour, so the tone is identical and the word only
        // shows as a change of grain.
        let ground_tile =
            b"0.66 0.71 0.80 RG 0.3 w 0 0 m 3 3 l -1.5 1.5 m 1.5 4.5 l 1.5 -1.5 m 4.5 1.5 l S\n"
                .to_vec();
        let word_tile =
            b"0.66 0.71 0.80 RG 0.3 w 0 3 m 3 0 l -1.5 1.5 m 1.5 -1.5 l 1.5 4.5 m 4.5 1.5 l S\n"
                .to_vec();

        Ok(Self {
            ground: deflate(ground.as_bytes()),
            word: deflate(word.as_bytes()),
            word_bbox: bbox,
            ground_tile,
            word_tile,
            mark: deflate(mark_content().as_bytes()),
        })
    }

    /// Writes the shared objects into one document.
    pub(super) fn write(&self, pdf: &mut Pdf, refs: &SharedRefs) {
        let bbox = self.word_bbox;
        let page = Rect::new(0.0, 0.0, PAGE_W, PAGE_H);
        let mut ground = pdf.form_xobject(refs.ground, &self.ground);
        ground.bbox(page).filter(Filter::FlateDecode);
        {
            let mut res = ground.resources();
            res.x_objects().pair(Name(b"Wd"), refs.word);
            res.patterns().pair(Name(b"Pl"), refs.ground_tile);
        }
        ground.finish();

        let mut word = pdf.form_xobject(refs.word, &self.word);
        word.bbox(Rect::new(bbox[0], bbox[1], bbox[2], bbox[3]))
            .filter(Filter::FlateDecode);
        word.resources()
            .patterns()
            .pair(Name(b"Pd"), refs.word_tile);
        word.finish();

        for (id, data) in [
            (refs.ground_tile, &self.ground_tile),
            (refs.word_tile, &self.word_tile),
        ] {
            let mut p = pdf.tiling_pattern(id, data);
            p.tiling_type(TilingType::ConstantSpacing)
                .paint_type(PaintType::Colored)
                .bbox(Rect::new(0.0, 0.0, TILE_STEP, TILE_STEP))
                .x_step(TILE_STEP)
                .y_step(TILE_STEP);
            p.resources();
            p.finish();
        }

        let mut mark = pdf.form_xobject(refs.mark, &self.mark);
        mark.bbox(Rect::new(-62.0, -62.0, 62.0, 62.0))
            .filter(Filter::FlateDecode);
        mark.finish();

        pdf.ext_graphics(refs.gs_watermark)
            .non_stroking_alpha(0.10)
            .stroking_alpha(0.10);
        pdf.ext_graphics(refs.gs_seal)
            .non_stroking_alpha(0.88)
            .stroking_alpha(0.88);
        pdf.ext_graphics(refs.gs_label).non_stroking_alpha(0.55);
    }
}

/// Imitation anti-forgery mark: concentric rings inside a rosette of offset circles.
fn mark_content() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} {} {} RG", MARK.0, MARK.1, MARK.2);
    let mut r = 4.0;
    let mut k = 0u32;
    while r <= 40.0 {
        let _ = writeln!(s, "{} w", if k.is_multiple_of(3) { 0.9 } else { 0.35 });
        circle(&mut s, 0.0, 0.0, r);
        s.push_str("S\n");
        r += 3.0;
        k += 1;
    }
    let _ = writeln!(s, "0.3 w {} {} {} RG", NAVY.0, NAVY.1, NAVY.2);
    for i in 0..18 {
        let a = i as f32 * std::f32::consts::TAU / 18.0;
        circle(&mut s, 30.0 * a.cos(), 30.0 * a.sin(), 28.0);
    }
    s.push_str("S\n1.2 w\n");
    circle(&mut s, 0.0, 0.0, 59.0);
    s.push_str("S\n");
    s
}

/// Appends a circle as four Bézier arcs.
fn circle(s: &mut String, cx: f32, cy: f32, r: f32) {
    let k = 0.552_284_8 * r;
    let _ = writeln!(s, "{:.2} {:.2} m", cx + r, cy);
    let _ = writeln!(
        s,
        "{:.2} {:.2} {:.2} {:.2} {:.2} {:.2} c",
        cx + r,
        cy + k,
        cx + k,
        cy + r,
        cx,
        cy + r
    );
    let _ = writeln!(
        s,
        "{:.2} {:.2} {:.2} {:.2} {:.2} {:.2} c",
        cx - k,
        cy + r,
        cx - r,
        cy + k,
        cx - r,
        cy
    );
    let _ = writeln!(
        s,
        "{:.2} {:.2} {:.2} {:.2} {:.2} {:.2} c",
        cx - r,
        cy - k,
        cx - k,
        cy - r,
        cx,
        cy - r
    );
    let _ = writeln!(
        s,
        "{:.2} {:.2} {:.2} {:.2} {:.2} {:.2} c",
        cx + k,
        cy - r,
        cx + r,
        cy - k,
        cx + r,
        cy
    );
}

#[cfg(test)]
mod tests {
    use crate::certificate::pdf::fixtures::{count, model, render, renderer};

    #[test]
    fn the_ground_pattern_is_written_once_and_shared_by_every_page() {
        let r = renderer();
        let out = render(&r, &model(12, "戸籍全部事項証明書"));
        // The ground pattern is one Form XObject shared by every page.
        assert_eq!(count(&out.bytes, b"/Gp "), 2 * out.sheets as usize);
        assert_eq!(count(&out.bytes, b"/PatternType 1"), 2);
    }
}
