//! Page geometry and pagination: where the header, the table and the closing sit on a front
//! page, and how person blocks are laid out on pages (kept whole; one taller than a page split
//! between rows). Text is fitted to the face and wrapped by the engine ([`crate::pdf::wrap()`]).

use super::Renderer;
use crate::certificate::model::{Block, DocumentModel, date_ja};
use crate::pdf::{PAGE_H, PAGE_W, wrap};

pub(super) const MARGIN_X: f32 = 56.0;
pub(super) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

// Front page geometry (points from the bottom edge).
pub(super) const HEADER_TOP: f32 = PAGE_H - 34.0;
pub(super) const HEADER_RULE: f32 = PAGE_H - 66.0;
pub(super) const TITLE_Y: f32 = PAGE_H - 100.0;
pub(super) const MUNICIPALITY_Y: f32 = PAGE_H - 120.0;
pub(super) const TABLE_TOP: f32 = PAGE_H - 132.0;
pub(super) const BODY_BOTTOM: f32 = 78.0;
pub(super) const FOOTER_RULE: f32 = 72.0;

// Table.
pub(super) const LABEL_W: f32 = 104.0;
pub(super) const LABEL_SIZE: f32 = 8.0;
pub(super) const VALUE_SIZE: f32 = 9.0;
pub(super) const LINE_H: f32 = 11.5;
pub(super) const CELL_PAD: f32 = 2.25;
pub(super) const CELL_PAD_X: f32 = 7.0;
pub(super) const BLOCK_GAP: f32 = 6.0;

// Closing section.
pub(super) const CERT_SIZE: f32 = 10.0;
pub(super) const MAYOR_SIZE: f32 = 12.0;
pub(super) const SEAL: f32 = 56.0;

impl Renderer {
    /// `text` fitted to the face and wrapped to `max_w` points at `size`.
    pub(super) fn lines(&self, text: &str, size: f32, max_w: f32) -> Vec<String> {
        wrap(&self.font, &self.font.fit(text), size, max_w)
    }

    fn block_layout(&self, block: &Block) -> BlockLayout {
        let label_w = LABEL_W - 2.0 * CELL_PAD_X;
        let value_w = CONTENT_W - LABEL_W - 2.0 * CELL_PAD_X;
        let rows = block
            .lines
            .iter()
            .map(|l| {
                let label = self.lines(&l.label, LABEL_SIZE, label_w);
                let value = self.lines(&l.value, VALUE_SIZE, value_w);
                let lines = label.len().max(value.len()).max(1) as f32;
                RowLayout {
                    label,
                    value,
                    height: lines * LINE_H + 2.0 * CELL_PAD,
                }
            })
            .collect();
        BlockLayout { rows }
    }

    fn closing_layout(&self, doc: &DocumentModel) -> ClosingLayout {
        let certification = self.lines(&doc.certification, CERT_SIZE, CONTENT_W - 28.0);
        let date = chrono::NaiveDateTime::parse_from_str(&doc.issued_at, "%Y-%m-%d %H:%M")
            .map(|t| date_ja(t.date()))
            .unwrap_or_else(|_| doc.issued_at.clone());
        // Matches draw_closing: sentence lines, date, mayor line, and the seal's lower half.
        let height = 18.0
            + certification.len().saturating_sub(1) as f32 * 16.0
            + 4.0
            + 16.0
            + 26.0
            + (SEAL / 2.0 - MAYOR_SIZE * 0.35)
            + 4.0;
        ClosingLayout {
            certification,
            date: self.font.fit(&date),
            mayor: self.font.fit(&doc.mayor),
            seal: self.font.fit(&format!("{}長之印", doc.municipality)),
            height,
        }
    }

    /// Paginates: blocks are kept whole; a block taller than a page is split between rows.
    pub(super) fn layout(&self, doc: &DocumentModel) -> Layout {
        let blocks: Vec<BlockLayout> = doc.blocks.iter().map(|b| self.block_layout(b)).collect();
        let closing = self.closing_layout(doc);
        let avail = TABLE_TOP - BODY_BOTTOM;
        let mut pages = vec![PageLayout::default()];
        let mut y = TABLE_TOP;
        for (bi, block) in blocks.iter().enumerate() {
            let h = block.height();
            if y - h < BODY_BOTTOM && y < TABLE_TOP {
                pages.push(PageLayout::default());
                y = TABLE_TOP;
            }
            if h <= avail {
                if let Some(page) = pages.last_mut() {
                    page.parts.push(Part {
                        block: bi,
                        rows: 0..block.rows.len(),
                        top: y,
                    });
                }
                y -= h + BLOCK_GAP;
                continue;
            }
            // Taller than a page: fill pages row by row.
            let mut start = 0;
            let mut part_top = y;
            for (ri, row) in block.rows.iter().enumerate() {
                if y - row.height < BODY_BOTTOM && ri > start {
                    if let Some(page) = pages.last_mut() {
                        page.parts.push(Part {
                            block: bi,
                            rows: start..ri,
                            top: part_top,
                        });
                    }
                    pages.push(PageLayout::default());
                    y = TABLE_TOP;
                    part_top = y;
                    start = ri;
                }
                y -= row.height;
            }
            if let Some(page) = pages.last_mut() {
                page.parts.push(Part {
                    block: bi,
                    rows: start..block.rows.len(),
                    top: part_top,
                });
            }
            y -= BLOCK_GAP;
        }
        if y - closing.height < BODY_BOTTOM && y < TABLE_TOP {
            pages.push(PageLayout::default());
            y = TABLE_TOP;
        }
        if let Some(page) = pages.last_mut() {
            page.closing_top = Some(y);
        }
        Layout {
            blocks,
            closing,
            pages,
        }
    }
}

/// Baseline that centres a line of CJK text of `size` in a line box starting at `line_top`.
pub(super) fn baseline(line_top: f32, size: f32) -> f32 {
    line_top - LINE_H / 2.0 - 0.36 * size
}

/// One table row: its wrapped label and value lines and its height.
#[derive(Debug)]
pub(super) struct RowLayout {
    pub(super) label: Vec<String>,
    pub(super) value: Vec<String>,
    pub(super) height: f32,
}

/// One person block's rows, wrapped.
#[derive(Debug)]
pub(super) struct BlockLayout {
    pub(super) rows: Vec<RowLayout>,
}

impl BlockLayout {
    /// The block's height on the page: its rows stacked.
    fn height(&self) -> f32 {
        self.rows.iter().map(|r| r.height).sum()
    }
}

/// The closing section (certification sentence, date, mayor, seal), wrapped and measured.
#[derive(Debug)]
pub(super) struct ClosingLayout {
    pub(super) certification: Vec<String>,
    pub(super) date: String,
    pub(super) mayor: String,
    pub(super) seal: String,
    pub(super) height: f32,
}

/// A run of one block's rows placed on a page, its top edge at `top`.
#[derive(Debug)]
pub(super) struct Part {
    pub(super) block: usize,
    pub(super) rows: std::ops::Range<usize>,
    pub(super) top: f32,
}

/// What one front page carries: runs of blocks, and the closing when it ends here.
#[derive(Debug, Default)]
pub(super) struct PageLayout {
    pub(super) parts: Vec<Part>,
    pub(super) closing_top: Option<f32>,
}

/// A whole document laid out: the wrapped blocks and closing, and the pages they fall on.
#[derive(Debug)]
pub(super) struct Layout {
    pub(super) blocks: Vec<BlockLayout>,
    pub(super) closing: ClosingLayout,
    pub(super) pages: Vec<PageLayout>,
}

#[cfg(test)]
mod tests {
    use crate::certificate::model::Line;
    use crate::certificate::pdf::fixtures::{GIVEN, model, render, renderer, squash};

    #[test]
    fn blocks_are_never_split_and_each_person_appears_once() {
        let r = renderer();
        let m = model(12, "戸籍全部事項証明書");
        let out = render(&r, &m);
        assert!(out.sheets >= 2, "12 blocks fit on {} page(s)", out.sheets);
        for given in GIVEN {
            let name = format!("筑波 {given}");
            let pages: Vec<usize> = out
                .page_texts
                .iter()
                .enumerate()
                .filter(|(_, t)| t.lines().any(|l| l == name))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(pages.len(), 1, "{name} on pages {pages:?}");
            // The whole block is on that page: its first and last lines are there.
            let page = &out.page_texts[pages[0]];
            let at = page.find(&name).unwrap_or(usize::MAX);
            let rest = page.get(at..).unwrap_or_default();
            assert!(rest.contains("筆頭者"), "{name}: block cut");
        }
        // The certification closes the last page only.
        let last = out.page_texts.len() - 1;
        for (i, t) in out.page_texts.iter().enumerate() {
            assert_eq!(t.contains(&m.certification), i == last);
        }
    }

    #[test]
    fn a_block_taller_than_a_page_splits_between_rows() {
        let r = renderer();
        let mut m = model(1, "住民票の写し");
        for i in 0..70 {
            m.blocks[0].lines.push(Line {
                label: format!("備考{i}"),
                value: format!("記載事項その{i}"),
            });
        }
        let out = render(&r, &m);
        assert!(out.sheets >= 2);
        let all = out.page_texts.join("\n");
        for i in 0..70 {
            assert_eq!(
                all.matches(&format!("記載事項その{i}\n")).count(),
                1,
                "row {i}"
            );
        }
    }

    #[test]
    fn long_values_wrap_inside_the_value_column() {
        let r = renderer();
        let mut m = model(1, "住民票の写し");
        let long = "茨城県つくば市研究学園一丁目1番地1".repeat(4);
        m.blocks[0].lines[4].value = long.clone();
        let out = render(&r, &m);
        let text = &out.page_texts[0];
        assert!(!text.contains(&long), "not wrapped");
        assert!(squash(text).contains(&long));
    }

    #[test]
    fn characters_missing_from_the_font_are_replaced_and_recorded() {
        let r = renderer();
        let mut m = model(1, "住民票の写し");
        m.blocks[0].lines[0].value = "筑波 \u{E000}子".to_string();
        let out = render(&r, &m);
        assert!(out.page_texts[0].contains("筑波 〓子"));
    }
}
