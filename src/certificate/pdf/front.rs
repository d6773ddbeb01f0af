//! The front of a sheet: header (place, issue time, specimen notice, issue number, `n / N`),
//! the spaced title, the person blocks as a two-column table, and on the last page the
//! certification, date, mayor and seal.

use pdf_writer::Name;

use super::Renderer;
use super::draw::{Side, ground, specimen_notice, watermark};
use super::layout::{
    BlockLayout, CELL_PAD, CELL_PAD_X, CERT_SIZE, ClosingLayout, HEADER_RULE, HEADER_TOP,
    LABEL_SIZE, LABEL_W, LINE_H, Layout, MARGIN_X, MAYOR_SIZE, MUNICIPALITY_Y, PageLayout, Part,
    SEAL, TITLE_Y, VALUE_SIZE, baseline,
};
use crate::certificate::model::DocumentModel;
use crate::pdf::{BLACK, GREY, INK, PAGE_W, PageWriter, PdfError};

impl Renderer {
    /// Draws front page `n` of `total`.
    pub(super) fn draw_front(
        &self,
        w: &mut PageWriter<'_, '_>,
        doc: &DocumentModel,
        layout: &Layout,
        page: &PageLayout,
        n: u32,
        total: u32,
    ) -> Result<(), PdfError> {
        ground(w);
        self.draw_header(w, doc, n, total)?;

        // Title and issuing municipality.
        let title = self.font.fit(&doc.title);
        let spacing = 8.0;
        let tw = self.font.width(&title, 20.0)
            + spacing * (title.chars().count().saturating_sub(1)) as f32;
        w.text_spaced((PAGE_W - tw) / 2.0, TITLE_Y, 20.0, spacing, BLACK, &title)?;
        let place = format!("{}{}", doc.prefecture, doc.municipality);
        w.text_centered(PAGE_W / 2.0, MUNICIPALITY_Y, 10.5, INK, &place)?;

        for part in &page.parts {
            if let Some(block) = layout.blocks.get(part.block) {
                self.draw_block(w, block, part)?;
            }
        }
        if let Some(top) = page.closing_top {
            self.draw_closing(w, &layout.closing, top)?;
        }
        self.draw_footer(w, doc, n, total, Side::Front)?;
        watermark(w)?;
        Ok(())
    }

    /// The header: place and issue time left, the specimen notice centred, issue number,
    /// `n / N` and the copy right, over a rule.
    fn draw_header(
        &self,
        w: &mut PageWriter<'_, '_>,
        doc: &DocumentModel,
        n: u32,
        total: u32,
    ) -> Result<(), PdfError> {
        let right = PAGE_W - MARGIN_X;
        w.text(
            MARGIN_X,
            HEADER_TOP,
            9.0,
            INK,
            &format!("{}{}", doc.prefecture, doc.municipality),
        )?;
        w.text(
            MARGIN_X,
            HEADER_TOP - 13.0,
            8.5,
            GREY,
            &format!("発行日時 {}", doc.issued_at),
        )?;
        // The specimen notice, boxed in red, in the middle of the header.
        specimen_notice(
            w,
            &doc.specimen,
            9.0,
            HEADER_TOP - 17.0,
            24.0,
            HEADER_TOP - 8.5,
        )?;
        w.text_right(
            right,
            HEADER_TOP,
            9.0,
            INK,
            &format!("発行番号 {}", doc.issue_number),
        )?;
        w.text_right(
            right,
            HEADER_TOP - 14.0,
            11.0,
            BLACK,
            &format!("{n} / {total}"),
        )?;
        if doc.copies > 1 {
            w.text_right(
                right,
                HEADER_TOP - 26.0,
                8.0,
                GREY,
                &format!("copy {}/{}", doc.copy, doc.copies),
            )?;
        }
        w.content()
            .save_state()
            .set_stroke_gray(0.55)
            .set_line_width(0.5)
            .move_to(MARGIN_X, HEADER_RULE)
            .line_to(right, HEADER_RULE)
            .stroke()
            .restore_state();
        Ok(())
    }

    /// One run of a person block: tinted label column, rules, then the wrapped text.
    fn draw_block(
        &self,
        w: &mut PageWriter<'_, '_>,
        block: &BlockLayout,
        part: &Part,
    ) -> Result<(), PdfError> {
        let Some(rows) = block.rows.get(part.rows.clone()) else {
            return Ok(());
        };
        let height: f32 = rows.iter().map(|r| r.height).sum();
        let x0 = MARGIN_X;
        let x1 = MARGIN_X + LABEL_W;
        let x2 = PAGE_W - MARGIN_X;
        let top = part.top;
        let bottom = top - height;

        // Label column tint (translucent, so the ground pattern shows through).
        w.content()
            .save_state()
            .set_parameters(Name(b"Gl"))
            .set_fill_rgb(0.88, 0.90, 0.93)
            .rect(x0, bottom, LABEL_W, height)
            .fill_nonzero()
            .restore_state();

        // Rules between rows and between the columns.
        w.content()
            .save_state()
            .set_stroke_gray(0.62)
            .set_line_width(0.4);
        let mut y = top;
        for row in rows.iter().take(rows.len().saturating_sub(1)) {
            y -= row.height;
            w.content().move_to(x0, y).line_to(x2, y);
        }
        w.content().move_to(x1, top).line_to(x1, bottom).stroke();
        w.content()
            .set_stroke_gray(0.25)
            .set_line_width(0.8)
            .rect(x0, bottom, x2 - x0, height)
            .stroke()
            .restore_state();

        let mut y = top;
        for row in rows {
            let mut ly = y - CELL_PAD;
            for line in &row.label {
                w.text(
                    x0 + CELL_PAD_X,
                    baseline(ly, LABEL_SIZE),
                    LABEL_SIZE,
                    GREY,
                    line,
                )?;
                ly -= LINE_H;
            }
            let mut vy = y - CELL_PAD;
            for line in &row.value {
                w.text(
                    x1 + CELL_PAD_X,
                    baseline(vy, VALUE_SIZE),
                    VALUE_SIZE,
                    BLACK,
                    line,
                )?;
                vy -= LINE_H;
            }
            y -= row.height;
        }
        Ok(())
    }

    /// The certification sentence, the date, the mayor and the seal.
    fn draw_closing(
        &self,
        w: &mut PageWriter<'_, '_>,
        c: &ClosingLayout,
        top: f32,
    ) -> Result<(), PdfError> {
        let x = MARGIN_X + 14.0;
        let mut y = top - 18.0;
        for line in &c.certification {
            w.text(x, y, CERT_SIZE, BLACK, line)?;
            y -= 16.0;
        }
        y -= 4.0;
        w.text(x, y, CERT_SIZE, BLACK, &c.date)?;
        y -= 26.0;
        let seal_cx = PAGE_W - MARGIN_X - 10.0 - SEAL / 2.0;
        let mayor_right = seal_cx - SEAL * 0.3;
        w.text_right(mayor_right, y, MAYOR_SIZE, BLACK, &c.mayor)?;
        self.draw_seal(w, &c.seal, seal_cx, y + MAYOR_SIZE * 0.35)
    }
}

#[cfg(test)]
mod tests {
    use crate::certificate::pdf::NOT_STAPLED;
    use crate::certificate::pdf::fixtures::{model, render, renderer};

    #[test]
    fn every_front_page_carries_number_issue_and_specimen() {
        let r = renderer();
        let out = render(&r, &model(12, "戸籍全部事項証明書"));
        let total = out.sheets;
        for (i, text) in out.page_texts.iter().enumerate() {
            let n = i + 1;
            assert!(text.contains(&format!("{n} / {total}")), "page {n}: {text}");
            assert!(text.contains("S000000123"), "page {n}");
            assert!(text.contains("SPECIMEN"), "page {n}");
            assert!(text.contains("茨城県つくば市"), "page {n}");
            assert!(text.contains("2026-11-25 10:00"), "page {n}");
            assert!(text.contains("copy 1/2"), "page {n}");
            assert!(text.contains(NOT_STAPLED), "page {n}");
        }
    }
}
