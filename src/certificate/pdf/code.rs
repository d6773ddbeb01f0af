//! The back of a sheet: the verification code and the scramble block, both derived from the
//! exact text of the front page. [`verification_code`] is public because `kofu verify`
//! recomputes it from a file's extracted text.

use lopdf::Object;
use pdf_writer::{Name, Ref};
use sha2::{Digest, Sha256};

use super::Renderer;
use super::draw::{Side, ground, watermark};
use crate::certificate::model::DocumentModel;
use crate::pdf::{BLACK, Document, GREY, INK, NAVY, PAGE_H, PAGE_W, PageWriter, PdfError, values};

// Back page: scramble grid.
pub(super) const GRID: usize = 48;
const GRID_SIDE: f32 = 264.0;

impl Renderer {
    /// Draws the back of front page `n` of `total`, which carries `code`.
    pub(super) fn draw_back(
        &self,
        w: &mut PageWriter<'_, '_>,
        doc: &DocumentModel,
        n: u32,
        total: u32,
        code: &str,
    ) -> Result<(), PdfError> {
        ground(w);
        let cx = PAGE_W / 2.0;
        w.text_centered(
            cx,
            PAGE_H - 64.0,
            14.0,
            BLACK,
            &format!("裏面 / back of page {n} / {total}"),
        )?;
        w.text_centered(
            cx,
            PAGE_H - 84.0,
            10.0,
            INK,
            &format!("{}　発行番号 {}", doc.title, doc.issue_number),
        )?;

        // Scramble block: the per-page 1-bit image, in a registration frame.
        let x = (PAGE_W - GRID_SIDE) / 2.0;
        let y = PAGE_H - 118.0 - GRID_SIDE;
        w.content()
            .save_state()
            .set_fill_rgb(NAVY.0, NAVY.1, NAVY.2)
            .transform([GRID_SIDE, 0.0, 0.0, GRID_SIDE, x, y])
            .x_object(Name(b"Sc"))
            .restore_state();
        w.content()
            .save_state()
            .set_stroke_rgb(NAVY.0, NAVY.1, NAVY.2)
            .set_line_width(1.2)
            .rect(x - 8.0, y - 8.0, GRID_SIDE + 16.0, GRID_SIDE + 16.0)
            .stroke()
            .restore_state();

        // Anti-forgery mark.
        w.content()
            .save_state()
            .transform([1.0, 0.0, 0.0, 1.0, cx, y - 90.0])
            .x_object(Name(b"Af"))
            .restore_state();

        let label = format!("検証コード {code}");
        w.text_centered(cx, y - 180.0, 22.0, BLACK, &label)?;
        w.text_centered(
            cx,
            y - 200.0,
            8.5,
            GREY,
            "この面の模様と検証コードは表面の記載内容から作られています。",
        )?;
        self.draw_footer(w, doc, n, total, Side::Back)?;
        watermark(w)?;
        Ok(())
    }
}

/// Writes the scramble block of one back page: the 1-bit image mask of `message` (see
/// [`verify_message`]), drawn in the fill colour where the bits are 0.
pub(super) fn write_scramble(pdf: &mut Document<'_>, id: Ref, message: &str) {
    let bits = scramble_bits(message);
    pdf.pdf()
        .image_xobject(id, &bits)
        .width(GRID as i32)
        .height(GRID as i32)
        .image_mask(true)
        .bits_per_component(1)
        .interpolate(false);
    if let Some(mirror) = pdf.mirror() {
        let side = Object::Integer(GRID as i64);
        let dict = values::dict([
            ("Type", values::name(b"XObject")),
            ("Subtype", values::name(b"Image")),
            ("Width", side.clone()),
            ("Height", side),
            ("ImageMask", Object::Boolean(true)),
            ("BitsPerComponent", Object::Integer(1)),
            ("Interpolate", Object::Boolean(false)),
        ]);
        mirror.set(id, values::stream(dict, bits));
    }
}

/// The string hashed for a front page's code and scramble block.
pub(super) fn verify_message(
    issue_number: &str,
    copy: u32,
    n: u32,
    total: u32,
    page_text: &str,
) -> String {
    let normalized: String = page_text.chars().filter(|c| !c.is_whitespace()).collect();
    format!("kofu-verify-v1|{issue_number}|{copy}|{n}/{total}|{normalized}")
}

/// The verification code of a front page: the first 12 hex chars (upper-case, shown as
/// XXXX-XXXX-XXXX) of SHA-256 over "kofu-verify-v1|{issue_number}|{copy}|{n}/{N}|{normalized}"
/// where normalized = the page text with all whitespace removed.
pub fn verification_code(
    issue_number: &str,
    copy: u32,
    n: u32,
    total: u32,
    page_text: &str,
) -> String {
    let digest = Sha256::digest(verify_message(issue_number, copy, n, total, page_text).as_bytes());
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02X}")).collect();
    let (a, rest) = hex.split_at(4);
    let (b, c) = rest.split_at(4);
    format!("{a}-{b}-{c}")
}

/// 48×48 one-bit image (0 = ink) expanded from SHA-256 of the page's verification message,
/// with three finder squares in the corners like a 2-D code.
fn scramble_bits(message: &str) -> Vec<u8> {
    let seed = Sha256::digest(format!("kofu-scramble-v1|{message}").as_bytes());
    let mut bits = Vec::with_capacity(GRID * GRID / 8);
    let mut counter = 0u8;
    while bits.len() < GRID * GRID / 8 {
        let mut h = Sha256::new();
        h.update(seed.as_slice());
        h.update([counter]);
        bits.extend_from_slice(h.finalize().as_slice());
        counter = counter.wrapping_add(1);
    }
    bits.truncate(GRID * GRID / 8);
    let mut set = |r: usize, c: usize, ink: bool| {
        let i = r * GRID + c;
        if let Some(byte) = bits.get_mut(i / 8) {
            let mask = 0x80u8 >> (i % 8);
            if ink {
                *byte &= !mask;
            } else {
                *byte |= mask;
            }
        }
    };
    for (r0, c0) in [(0, 0), (0, GRID - 8), (GRID - 8, 0)] {
        for r in 0..8 {
            for c in 0..8 {
                // 7×7 finder (ring, gap, 3×3 core) plus a one-cell quiet border.
                let (dr, dc) = (
                    if r0 == 0 { r } else { 7 - r },
                    if c0 == 0 { c } else { 7 - c },
                );
                let ink = dr < 7
                    && dc < 7
                    && (dr == 0
                        || dr == 6
                        || dc == 0
                        || dc == 6
                        || (2..=4).contains(&dr) && (2..=4).contains(&dc));
                set(r0 + r, c0 + c, ink);
            }
        }
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificate::pdf::fixtures::{load, model, render, renderer};

    #[test]
    fn verification_code_changes_with_one_character() {
        let a = verification_code("S000000123", 1, 1, 3, "筑波 太郎\n昭和63年7月14日");
        let b = verification_code("S000000123", 1, 1, 3, "筑波 太朗\n昭和63年7月14日");
        let c = verification_code("S000000123", 1, 1, 3, "筑波太郎 昭和63年 7月14日");
        assert_ne!(a, b);
        assert_eq!(a, c, "whitespace must not matter");
        assert_ne!(
            a,
            verification_code("S000000124", 1, 1, 3, "筑波 太郎\n昭和63年7月14日")
        );
        assert_ne!(
            a,
            verification_code("S000000123", 2, 1, 3, "筑波 太郎\n昭和63年7月14日")
        );
        assert_ne!(
            a,
            verification_code("S000000123", 1, 2, 3, "筑波 太郎\n昭和63年7月14日")
        );
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(parts.len(), 3);
        assert!(parts.iter().all(|p| {
            p.len() == 4
                && p.chars()
                    .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c))
        }));
    }

    #[test]
    fn codes_match_page_texts_and_are_printed_on_the_back() {
        let r = renderer();
        let m = model(12, "戸籍全部事項証明書");
        let out = render(&r, &m);
        let doc = load(&out.bytes);
        for (i, (text, code)) in out.page_texts.iter().zip(&out.codes).enumerate() {
            let n = u32::try_from(i + 1).unwrap_or(0);
            assert_eq!(
                code,
                &verification_code(&m.issue_number, m.copy, n, out.sheets, text)
            );
            let back = doc.extract_text(&[2 * n]).unwrap_or_default();
            assert!(back.contains(code.as_str()), "back of {n}: {back}");
            assert!(back.contains(&format!("back of page {n} / {}", out.sheets)));
        }
        // Different content, different scramble block.
        let a = scramble_bits(&verify_message("S1", 1, 1, 1, "筑波 太郎"));
        let b = scramble_bits(&verify_message("S1", 1, 1, 1, "筑波 太朗"));
        assert_eq!(a.len(), GRID * GRID / 8);
        assert_ne!(a, b);
    }
}
