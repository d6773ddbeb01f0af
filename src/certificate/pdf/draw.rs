//! Drawing shared by the front and the back of a sheet: the certificate's own inks (the
//! engine's palette gives the rest), the ground pattern, the boxed specimen notice and the
//! diagonal SPECIMEN/見本 watermark, the seal, and the footer (one function for both sides).

use pdf_writer::Name;

use super::layout::{CONTENT_W, FOOTER_RULE, MARGIN_X, SEAL};
use super::{NOT_STAPLED, Renderer, WATERMARK};
use crate::certificate::model::DocumentModel;
use crate::pdf::{BLACK, GREY, INK, PAGE_H, PAGE_W, PageWriter, PdfError, RED, Rgb};

/// The printed seal's red.
pub(super) const SEAL_RED: Rgb = Rgb(0.86, 0.12, 0.10);
/// The anti-forgery mark's teal rings.
pub(super) const MARK: Rgb = Rgb(0.10, 0.45, 0.50);

/// Which side of a sheet a page is; the footer differs between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    /// The certificate's text.
    Front,
    /// The scramble block and verification code.
    Back,
}

/// Paints the shared ground pattern (地紋 with the latent 複写) over the whole page.
pub(super) fn ground(w: &mut PageWriter<'_, '_>) {
    w.content().x_object(Name(b"Gp"));
}

/// Large, light, diagonal "SPECIMEN 見本" across the page (drawn last, translucent).
pub(super) fn watermark(page: &mut PageWriter<'_, '_>) -> Result<(), PdfError> {
    let size = 92.0;
    let text = page.face().fit(WATERMARK);
    let w = page.face().width(&text, size);
    let angle = (PAGE_H / PAGE_W).atan() * 0.8;
    let (sin, cos) = angle.sin_cos();
    // Centre the run's middle (half its width along, 0.36 em across) on the page centre.
    let (cx, cy) = (PAGE_W / 2.0, PAGE_H / 2.0);
    let along = w / 2.0;
    let across = 0.36 * size;
    let x = cx - along * cos + across * sin;
    let y = cy - along * sin - across * cos;
    page.text_matrix(
        [size * cos, size * sin, -size * sin, size * cos, x, y],
        RED,
        Some(Name(b"Gw")),
        &text,
    )
}

/// The specimen notice in red, boxed, centred on the page: the box's bottom edge at `box_y`,
/// `box_h` tall, the text's baseline at `baseline`.
pub(super) fn specimen_notice(
    w: &mut PageWriter<'_, '_>,
    specimen: &str,
    size: f32,
    box_y: f32,
    box_h: f32,
    baseline: f32,
) -> Result<(), PdfError> {
    let notice = w.face().fit(specimen);
    let nw = w.face().width(&notice, size);
    w.content()
        .save_state()
        .set_stroke_rgb(RED.0, RED.1, RED.2)
        .set_line_width(0.9)
        .rect((PAGE_W - nw) / 2.0 - 6.0, box_y, nw + 12.0, box_h)
        .stroke()
        .restore_state();
    w.text((PAGE_W - nw) / 2.0, baseline, size, RED, &notice)
}

impl Renderer {
    /// The foot of every page. The front has a rule and, in a set of several sheets, the
    /// not-stapled notice; the back has the boxed specimen notice. Both then carry the issue
    /// number and `n / N` on the same line.
    pub(super) fn draw_footer(
        &self,
        w: &mut PageWriter<'_, '_>,
        doc: &DocumentModel,
        n: u32,
        total: u32,
        side: Side,
    ) -> Result<(), PdfError> {
        match side {
            Side::Front => {
                w.content()
                    .save_state()
                    .set_stroke_gray(0.55)
                    .set_line_width(0.5)
                    .move_to(MARGIN_X, FOOTER_RULE)
                    .line_to(PAGE_W - MARGIN_X, FOOTER_RULE)
                    .stroke()
                    .restore_state();
                if total > 1 {
                    let lines = self.lines(NOT_STAPLED, 7.2, CONTENT_W);
                    let mut y = FOOTER_RULE - 11.0;
                    for line in &lines {
                        w.text(MARGIN_X, y, 7.2, INK, line)?;
                        y -= 10.0;
                    }
                }
            }
            Side::Back => specimen_notice(w, &doc.specimen, 10.0, 52.0, 20.0, 58.5)?,
        }
        w.text(
            MARGIN_X,
            24.0,
            8.0,
            GREY,
            &format!("発行番号 {}", doc.issue_number),
        )?;
        w.text_centered(PAGE_W / 2.0, 24.0, 10.0, BLACK, &format!("{n} / {total}"))
    }

    /// A printed (never imaged) seal: red square, double border, `{市}長之印` in columns read
    /// right to left.
    pub(super) fn draw_seal(
        &self,
        w: &mut PageWriter<'_, '_>,
        text: &str,
        cx: f32,
        cy: f32,
    ) -> Result<(), PdfError> {
        let half = SEAL / 2.0;
        w.content()
            .save_state()
            .set_parameters(Name(b"Gs"))
            .set_stroke_rgb(SEAL_RED.0, SEAL_RED.1, SEAL_RED.2)
            .set_line_width(2.4)
            .rect(cx - half, cy - half, SEAL, SEAL)
            .stroke()
            .set_line_width(0.8)
            .rect(cx - half + 4.0, cy - half + 4.0, SEAL - 8.0, SEAL - 8.0)
            .stroke()
            .restore_state();

        let chars: Vec<char> = text.chars().collect();
        let count = chars.len().max(1);
        let cols = match count {
            0..=2 => 1,
            3..=4 => 2,
            5..=9 => 3,
            _ => 4,
        };
        let inner = SEAL - 13.0;
        let col_w = inner / cols as f32;
        let left = cx - inner / 2.0;
        let top = cy + inner / 2.0;
        // Spread the characters as evenly as possible, extra ones in the right-hand columns.
        let mut idx = 0;
        for col in 0..cols {
            let in_col = count / cols + usize::from(col < count % cols);
            if in_col == 0 {
                continue;
            }
            let cell_h = inner / in_col as f32;
            let x = left + inner - (col + 1) as f32 * col_w;
            for k in 0..in_col {
                let Some(c) = chars.get(idx) else { break };
                idx += 1;
                let s = c.to_string();
                let adv = self.font.char_advance(*c) / 1000.0;
                let sx = col_w * 0.92 / adv.max(0.5);
                let sy = cell_h * 0.92;
                let gx = x + (col_w - adv * sx) / 2.0;
                let gy = top - (k + 1) as f32 * cell_h + cell_h * 0.16;
                w.text_matrix([sx, 0.0, 0.0, sy, gx, gy], SEAL_RED, Some(Name(b"Gs")), &s)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::certificate::model::SPECIMEN;
    use crate::certificate::pdf::fixtures::{load, model, render, renderer, squash};

    #[test]
    fn single_page_has_no_staple_notice_and_one_sheet() {
        let r = renderer();
        let mut m = model(1, "住民票の写し");
        m.copies = 1;
        let out = render(&r, &m);
        assert_eq!(out.sheets, 1);
        let text = &out.page_texts[0];
        assert!(text.contains("1 / 1"));
        assert!(!text.contains("ホチキス"));
        assert!(!text.contains("copy "));
        // The seal's characters, drawn one by one in column order.
        assert!(squash(text).contains("つくば市長之印"));
        assert!(text.contains("令和8年11月25日"));
    }

    #[test]
    fn both_sides_end_with_the_same_footer_line() {
        let r = renderer();
        let out = render(&r, &model(12, "戸籍全部事項証明書"));
        let doc = load(&out.bytes);
        let total = out.sheets;
        for n in 1..=total {
            let line = format!("発行番号S000000123{n}/{total}");
            for page in [2 * n - 1, 2 * n] {
                let text = squash(&doc.extract_text(&[page]).unwrap_or_default());
                assert!(text.contains(&line), "page {page}: {text}");
            }
            let back = squash(&doc.extract_text(&[2 * n]).unwrap_or_default());
            assert!(
                back.contains(&squash(SPECIMEN)),
                "back of {n}: no specimen notice"
            );
            assert!(!back.contains("ホチキス"), "back of {n}: staple notice");
        }
    }
}
