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

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use pdf_writer::types::{CidFontType, FontFlags, PaintType, SystemInfo, TilingType, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use sha2::{Digest, Sha256};
use subsetter::GlyphRemapper;

use super::fonts::{FontError, FontFace, Outlines};
use super::model::{Block, DocumentModel, date_ja};

/// Where the bundled face lives, relative to the crate root.
pub const BUNDLED_FONT: &str = "assets/fonts/BIZUDGothic-Regular.ttf";

/// Where the bundled face lives, relative to the assets folder.
pub const BUNDLED_FONT_IN_ASSETS: &str = "fonts/BIZUDGothic-Regular.ttf";

/// A4 portrait width in points.
pub const PAGE_W: f32 = 595.28;
/// A4 portrait height in points.
pub const PAGE_H: f32 = 841.89;

const MARGIN_X: f32 = 56.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

// Front page geometry (points from the bottom edge).
const HEADER_TOP: f32 = PAGE_H - 34.0;
const HEADER_RULE: f32 = PAGE_H - 66.0;
const TITLE_Y: f32 = PAGE_H - 100.0;
const MUNICIPALITY_Y: f32 = PAGE_H - 120.0;
const TABLE_TOP: f32 = PAGE_H - 132.0;
const BODY_BOTTOM: f32 = 78.0;
const FOOTER_RULE: f32 = 72.0;

// Table.
const LABEL_W: f32 = 104.0;
const LABEL_SIZE: f32 = 8.0;
const VALUE_SIZE: f32 = 9.0;
const LINE_H: f32 = 11.5;
const CELL_PAD: f32 = 2.25;
const CELL_PAD_X: f32 = 7.0;
const BLOCK_GAP: f32 = 6.0;

// Closing section.
const CERT_SIZE: f32 = 10.0;
const MAYOR_SIZE: f32 = 12.0;
const SEAL: f32 = 56.0;

// Back page: scramble grid.
const GRID: usize = 48;
const GRID_SIDE: f32 = 264.0;

// Ground pattern cell: hairlines 3 pt apart (the word's run at right angles to the ground's).
const TILE_STEP: f32 = 3.0;

const BLACK: Rgb = Rgb(0.0, 0.0, 0.0);
const INK: Rgb = Rgb(0.13, 0.13, 0.15);
const MUTED: Rgb = Rgb(0.30, 0.30, 0.33);
const RED: Rgb = Rgb(0.80, 0.05, 0.05);
const SEAL_RED: Rgb = Rgb(0.86, 0.12, 0.10);
const NAVY: Rgb = Rgb(0.10, 0.16, 0.32);
const MARK: Rgb = Rgb(0.10, 0.45, 0.50);

/// The sentence on every page of a multi-page set (pages are not stapled).
pub const NOT_STAPLED: &str = "この証明書は複数枚で構成されています。ホチキス止めはしていません。各ページの発行番号とページ番号で一式であることを確認してください。";

/// The diagonal watermark.
pub const WATERMARK: &str = "SPECIMEN 見本";

/// Characters that never start a line (行頭禁則).
const NO_LINE_START: &str =
    "、。，．・：；？！）」』】〕〉》ー～ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.)";

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
}

/// Renders certificates; holds the parsed face and the document-independent vector art.
#[derive(Debug, Clone)]
pub struct Renderer {
    font: FontFace,
    /// Glyph standing in for characters the face lacks.
    replacement: char,
    art: Art,
}

/// Streams built once per renderer and written once per document.
#[derive(Clone)]
struct Art {
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
        let font = FontRefs {
            type0: ids.next(),
            cid: ids.next(),
            descriptor: ids.next(),
            file: ids.next(),
            to_unicode: ids.next(),
            cid_to_gid: ids.next(),
        };
        let shared = SharedRefs {
            ground: ids.next(),
            word: ids.next(),
            ground_tile: ids.next(),
            word_tile: ids.next(),
            mark: ids.next(),
            gs_watermark: ids.next(),
            gs_seal: ids.next(),
            gs_label: ids.next(),
            font: font.type0,
        };

        let mut pdf = Pdf::new();
        let mut glyphs = Glyphs::new(&self.font);
        let mut page_refs = Vec::with_capacity(layout.pages.len() * 2);
        let mut page_texts = Vec::with_capacity(layout.pages.len());
        let mut codes = Vec::with_capacity(layout.pages.len());

        for (i, page) in layout.pages.iter().enumerate() {
            let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let mut front = PageWriter::new(self, &mut glyphs);
            self.draw_front(&mut front, doc, &layout, page, n, total)?;
            let (front_content, texts) = front.finish();
            let text = texts.join("\n");
            let code = verification_code(&doc.issue_number, doc.copy, n, total, &text);

            let mut back = PageWriter::new(self, &mut glyphs);
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
            let bits = scramble_bits(&verify_message(
                &doc.issue_number,
                doc.copy,
                n,
                total,
                &text,
            ));
            pdf.image_xobject(scramble, &bits)
                .width(GRID as i32)
                .height(GRID as i32)
                .image_mask(true)
                .bits_per_component(1)
                .interpolate(false);

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

        self.art.write(&mut pdf, &shared, self.art.word_bbox);
        glyphs.embed(&mut pdf, &font)?;

        Ok(Rendered {
            bytes: pdf.finish(),
            sheets: total,
            page_texts,
            codes,
        })
    }

    /// Replaces characters the face cannot show, so what is recorded is what is drawn.
    fn fit(&self, s: &str) -> String {
        s.chars()
            .map(|c| {
                if self.font.glyph(c).is_some() {
                    c
                } else if c.is_whitespace() && self.font.glyph(' ').is_some() {
                    ' '
                } else {
                    self.replacement
                }
            })
            .collect()
    }

    /// Breaks `text` into lines no wider than `max_w` at `size` (by characters: Japanese has
    /// no spaces), keeping closing punctuation off the start of a line.
    fn wrap(&self, text: &str, size: f32, max_w: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line: Vec<char> = Vec::new();
        let mut width = 0.0;
        for c in text.chars() {
            let w = self.font.char_advance(c) * size / 1000.0;
            if !line.is_empty() && width + w > max_w {
                let mut carry = Vec::new();
                if NO_LINE_START.contains(c)
                    && line.len() > 1
                    && let Some(last) = line.pop()
                {
                    carry.push(last);
                }
                lines.push(line.iter().collect::<String>());
                line = carry;
                width = line
                    .iter()
                    .map(|c| self.font.char_advance(*c) * size / 1000.0)
                    .sum();
            }
            line.push(c);
            width += w;
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line.into_iter().collect());
        }
        lines
    }

    fn block_layout(&self, block: &Block) -> BlockLayout {
        let label_w = LABEL_W - 2.0 * CELL_PAD_X;
        let value_w = CONTENT_W - LABEL_W - 2.0 * CELL_PAD_X;
        let rows = block
            .lines
            .iter()
            .map(|l| {
                let label = self.wrap(&self.fit(&l.label), LABEL_SIZE, label_w);
                let value = self.wrap(&self.fit(&l.value), VALUE_SIZE, value_w);
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
        let certification = self.wrap(&self.fit(&doc.certification), CERT_SIZE, CONTENT_W - 28.0);
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
            date: self.fit(&date),
            mayor: self.fit(&doc.mayor),
            seal: self.fit(&format!("{}長之印", doc.municipality)),
            height,
        }
    }

    /// Paginates: blocks are kept whole; a block taller than a page is split between rows.
    fn layout(&self, doc: &DocumentModel) -> Layout {
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

    fn draw_front(
        &self,
        w: &mut PageWriter<'_, '_>,
        doc: &DocumentModel,
        layout: &Layout,
        page: &PageLayout,
        n: u32,
        total: u32,
    ) -> Result<(), PdfError> {
        w.ground();
        self.draw_header(w, doc, n, total)?;

        // Title and issuing municipality.
        let title = self.fit(&doc.title);
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
        self.draw_footer(w, doc, n, total)?;
        w.watermark()?;
        Ok(())
    }

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
            MUTED,
            &format!("発行日時 {}", doc.issued_at),
        )?;
        // The specimen notice, boxed in red, in the middle of the header.
        let notice = self.fit(&doc.specimen);
        let nw = self.font.width(&notice, 9.0);
        let bx = (PAGE_W - nw) / 2.0 - 6.0;
        w.content
            .save_state()
            .set_stroke_rgb(RED.0, RED.1, RED.2)
            .set_line_width(0.9)
            .rect(bx, HEADER_TOP - 17.0, nw + 12.0, 24.0)
            .stroke()
            .restore_state();
        w.text((PAGE_W - nw) / 2.0, HEADER_TOP - 8.5, 9.0, RED, &notice)?;
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
                MUTED,
                &format!("copy {}/{}", doc.copy, doc.copies),
            )?;
        }
        w.content
            .save_state()
            .set_stroke_gray(0.55)
            .set_line_width(0.5)
            .move_to(MARGIN_X, HEADER_RULE)
            .line_to(right, HEADER_RULE)
            .stroke()
            .restore_state();
        Ok(())
    }

    fn draw_footer(
        &self,
        w: &mut PageWriter<'_, '_>,
        doc: &DocumentModel,
        n: u32,
        total: u32,
    ) -> Result<(), PdfError> {
        w.content
            .save_state()
            .set_stroke_gray(0.55)
            .set_line_width(0.5)
            .move_to(MARGIN_X, FOOTER_RULE)
            .line_to(PAGE_W - MARGIN_X, FOOTER_RULE)
            .stroke()
            .restore_state();
        if total > 1 {
            let lines = self.wrap(&self.fit(NOT_STAPLED), 7.2, CONTENT_W);
            let mut y = FOOTER_RULE - 11.0;
            for line in &lines {
                w.text(MARGIN_X, y, 7.2, INK, line)?;
                y -= 10.0;
            }
        }
        w.text(
            MARGIN_X,
            24.0,
            8.0,
            MUTED,
            &format!("発行番号 {}", doc.issue_number),
        )?;
        w.text_centered(PAGE_W / 2.0, 24.0, 10.0, BLACK, &format!("{n} / {total}"))?;
        Ok(())
    }

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
        w.content
            .save_state()
            .set_parameters(Name(b"Gl"))
            .set_fill_rgb(0.88, 0.90, 0.93)
            .rect(x0, bottom, LABEL_W, height)
            .fill_nonzero()
            .restore_state();

        // Rules between rows and between the columns.
        w.content
            .save_state()
            .set_stroke_gray(0.62)
            .set_line_width(0.4);
        let mut y = top;
        for row in rows.iter().take(rows.len().saturating_sub(1)) {
            y -= row.height;
            w.content.move_to(x0, y).line_to(x2, y);
        }
        w.content.move_to(x1, top).line_to(x1, bottom).stroke();
        w.content
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
                    MUTED,
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

    /// A printed (never imaged) seal: red square, double border, `{市}長之印` in columns read
    /// right to left.
    fn draw_seal(
        &self,
        w: &mut PageWriter<'_, '_>,
        text: &str,
        cx: f32,
        cy: f32,
    ) -> Result<(), PdfError> {
        let half = SEAL / 2.0;
        w.content
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

    fn draw_back(
        &self,
        w: &mut PageWriter<'_, '_>,
        doc: &DocumentModel,
        n: u32,
        total: u32,
        code: &str,
    ) -> Result<(), PdfError> {
        w.ground();
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
        w.content
            .save_state()
            .set_fill_rgb(NAVY.0, NAVY.1, NAVY.2)
            .transform([GRID_SIDE, 0.0, 0.0, GRID_SIDE, x, y])
            .x_object(Name(b"Sc"))
            .restore_state();
        w.content
            .save_state()
            .set_stroke_rgb(NAVY.0, NAVY.1, NAVY.2)
            .set_line_width(1.2)
            .rect(x - 8.0, y - 8.0, GRID_SIDE + 16.0, GRID_SIDE + 16.0)
            .stroke()
            .restore_state();

        // Anti-forgery mark.
        w.content
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
            MUTED,
            "この面の模様と検証コードは表面の記載内容から作られています。",
        )?;

        let notice = self.fit(&doc.specimen);
        let nw = self.font.width(&notice, 10.0);
        w.content
            .save_state()
            .set_stroke_rgb(RED.0, RED.1, RED.2)
            .set_line_width(0.9)
            .rect((PAGE_W - nw) / 2.0 - 6.0, 52.0, nw + 12.0, 20.0)
            .stroke()
            .restore_state();
        w.text((PAGE_W - nw) / 2.0, 58.5, 10.0, RED, &notice)?;
        w.text(
            MARGIN_X,
            24.0,
            8.0,
            MUTED,
            &format!("発行番号 {}", doc.issue_number),
        )?;
        w.text_centered(cx, 24.0, 10.0, BLACK, &format!("{n} / {total}"))?;
        w.watermark()?;
        Ok(())
    }
}

/// Baseline that centres a line of CJK text of `size` in a line box starting at `line_top`.
fn baseline(line_top: f32, size: f32) -> f32 {
    line_top - LINE_H / 2.0 - 0.36 * size
}

/// The string hashed for a front page's code and scramble block.
fn verify_message(issue_number: &str, copy: u32, n: u32, total: u32, page_text: &str) -> String {
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

/// zlib-compresses a stream.
pub(crate) fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}

struct RefAlloc(i32);

impl RefAlloc {
    fn next(&mut self) -> Ref {
        let r = Ref::new(self.0);
        self.0 += 1;
        r
    }
}

/// The objects of one embedded Type0 font.
pub(crate) struct FontRefs {
    pub(crate) type0: Ref,
    pub(crate) cid: Ref,
    pub(crate) descriptor: Ref,
    pub(crate) file: Ref,
    pub(crate) to_unicode: Ref,
    pub(crate) cid_to_gid: Ref,
}

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

#[derive(Debug)]
struct RowLayout {
    label: Vec<String>,
    value: Vec<String>,
    height: f32,
}

#[derive(Debug)]
struct BlockLayout {
    rows: Vec<RowLayout>,
}

impl BlockLayout {
    fn height(&self) -> f32 {
        self.rows.iter().map(|r| r.height).sum()
    }
}

#[derive(Debug)]
struct ClosingLayout {
    certification: Vec<String>,
    date: String,
    mayor: String,
    seal: String,
    height: f32,
}

/// A run of one block's rows placed on a page, its top edge at `top`.
#[derive(Debug)]
struct Part {
    block: usize,
    rows: std::ops::Range<usize>,
    top: f32,
}

#[derive(Debug, Default)]
struct PageLayout {
    parts: Vec<Part>,
    closing_top: Option<f32>,
}

#[derive(Debug)]
struct Layout {
    blocks: Vec<BlockLayout>,
    closing: ClosingLayout,
    pages: Vec<PageLayout>,
}

#[derive(Debug, Clone, Copy)]
struct Rgb(f32, f32, f32);

/// Writes one page's content stream and records every string it draws.
struct PageWriter<'r, 'g> {
    renderer: &'r Renderer,
    glyphs: &'g mut Glyphs<'r>,
    content: Content,
    texts: Vec<String>,
}

impl<'r, 'g> PageWriter<'r, 'g> {
    fn new(renderer: &'r Renderer, glyphs: &'g mut Glyphs<'r>) -> Self {
        Self {
            renderer,
            glyphs,
            content: Content::new(),
            texts: Vec::new(),
        }
    }

    fn finish(self) -> (Vec<u8>, Vec<String>) {
        (deflate(&self.content.finish()), self.texts)
    }

    fn ground(&mut self) {
        self.content.x_object(Name(b"Gp"));
    }

    /// Draws `s` (after [`Renderer::fit`]) with its baseline starting at `(x, y)`.
    fn text(&mut self, x: f32, y: f32, size: f32, color: Rgb, s: &str) -> Result<(), PdfError> {
        self.show(s, |c| {
            c.set_font(Name(b"F1"), size)
                .set_fill_rgb(color.0, color.1, color.2)
                .next_line(x, y);
        })
    }

    fn text_spaced(
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

    fn text_centered(
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

    fn text_right(
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
    fn text_matrix(
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
        let bytes = self.glyphs.encode(&s)?;
        self.content.begin_text();
        setup(&mut self.content);
        self.content.show(Str(&bytes)).end_text();
        self.texts.push(s);
        Ok(())
    }

    /// Large, light, diagonal "SPECIMEN 見本" across the page (drawn last, translucent).
    fn watermark(&mut self) -> Result<(), PdfError> {
        let size = 92.0;
        let text = self.renderer.fit(WATERMARK);
        let w = self.renderer.font.width(&text, size);
        let angle = (PAGE_H / PAGE_W).atan() * 0.8;
        let (sin, cos) = angle.sin_cos();
        // Centre the run's middle (half its width along, 0.36 em across) on the page centre.
        let (cx, cy) = (PAGE_W / 2.0, PAGE_H / 2.0);
        let along = w / 2.0;
        let across = 0.36 * size;
        let x = cx - along * cos + across * sin;
        let y = cy - along * sin - across * cos;
        self.text_matrix(
            [size * cos, size * sin, -size * sin, size * cos, x, y],
            RED,
            Some(Name(b"Gw")),
            &text,
        )
    }
}

/// The characters one document uses, their CIDs and (at the end) the embedded subset.
pub(crate) struct Glyphs<'f> {
    font: &'f FontFace,
    cids: HashMap<char, u16>,
    /// Distinct characters in first-use order, with their glyph in the full face.
    used: Vec<(char, u16)>,
    /// CFF faces address glyphs by (remapped) GID; TrueType faces get one CID per character.
    remapper: GlyphRemapper,
}

impl<'f> Glyphs<'f> {
    pub(crate) fn new(font: &'f FontFace) -> Self {
        Self {
            font,
            cids: HashMap::new(),
            used: Vec::new(),
            remapper: GlyphRemapper::new(),
        }
    }

    fn cid(&mut self, c: char) -> Result<u16, PdfError> {
        if let Some(cid) = self.cids.get(&c) {
            return Ok(*cid);
        }
        let gid = self.font.glyph(c).unwrap_or(0);
        let cid = match self.font.outlines() {
            Outlines::TrueType => {
                u16::try_from(self.used.len() + 1).map_err(|_| PdfError::TooManyGlyphs)?
            }
            Outlines::Cff => {
                if self.remapper.num_gids() == u16::MAX {
                    return Err(PdfError::TooManyGlyphs);
                }
                self.remapper.remap(gid)
            }
        };
        self.cids.insert(c, cid);
        self.used.push((c, gid));
        Ok(cid)
    }

    pub(crate) fn encode(&mut self, s: &str) -> Result<Vec<u8>, PdfError> {
        let mut out = Vec::with_capacity(s.len() * 2);
        for c in s.chars() {
            out.extend_from_slice(&self.cid(c)?.to_be_bytes());
        }
        Ok(out)
    }

    /// Subsets the face to the used glyphs and writes the Type0 font and its parts.
    pub(crate) fn embed(mut self, pdf: &mut Pdf, refs: &FontRefs) -> Result<(), PdfError> {
        let truetype = self.font.outlines() == Outlines::TrueType;
        // CID → glyph in the subset, and CID → character.
        let mut cid_gid: Vec<u16> = vec![0];
        let mut widths: Vec<f32>;
        let mut cmap = UnicodeCmap::new(
            Name(b"Kofu-UCS"),
            SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"UCS"),
                supplement: 0,
            },
        );
        if truetype {
            widths = Vec::with_capacity(self.used.len());
            for (i, (c, gid)) in self.used.iter().enumerate() {
                let new = self.remapper.remap(*gid);
                cid_gid.push(new);
                widths.push(self.font.advance(*gid));
                let cid = u16::try_from(i + 1).map_err(|_| PdfError::TooManyGlyphs)?;
                cmap.pair(cid, *c);
            }
        } else {
            widths = vec![0.0; usize::from(self.remapper.num_gids())];
            let mut seen = vec![false; widths.len()];
            for (c, gid) in &self.used {
                let Some(cid) = self.remapper.get(*gid) else {
                    continue;
                };
                let i = usize::from(cid);
                if let (Some(w), Some(s)) = (widths.get_mut(i), seen.get_mut(i))
                    && !*s
                {
                    *w = self.font.advance(*gid);
                    *s = true;
                    cmap.pair(cid, *c);
                }
            }
        }

        let subset = subsetter::subset(self.font.data(), self.font.index(), &self.remapper)
            .map_err(|e| PdfError::Subset(e.to_string()))?;

        // Subset tag: six capitals from a hash of the glyph set.
        let mut h = Sha256::new();
        for (_, gid) in &self.used {
            h.update(gid.to_be_bytes());
        }
        let tag: String = h
            .finalize()
            .iter()
            .take(6)
            .map(|b| char::from(b'A' + b % 26))
            .collect();
        let base = format!("{tag}+{}", self.font.postscript_name());
        let m = self.font.metrics();

        pdf.type0_font(refs.type0)
            .base_font(Name(base.as_bytes()))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(refs.cid)
            .to_unicode(refs.to_unicode);

        let mut cid = pdf.cid_font(refs.cid);
        cid.subtype(if truetype {
            CidFontType::Type2
        } else {
            CidFontType::Type0
        })
        .base_font(Name(base.as_bytes()))
        .system_info(SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        })
        .font_descriptor(refs.descriptor)
        .default_width(1000.0);
        if truetype {
            cid.cid_to_gid_map_stream(refs.cid_to_gid);
            cid.widths().consecutive(1, widths.iter().copied());
        } else {
            cid.widths().consecutive(0, widths.iter().copied());
        }
        cid.finish();

        let mut flags = FontFlags::SYMBOLIC;
        if m.monospaced {
            flags |= FontFlags::FIXED_PITCH;
        }
        let mut fd = pdf.font_descriptor(refs.descriptor);
        fd.name(Name(base.as_bytes()))
            .flags(flags)
            .bbox(Rect::new(m.bbox[0], m.bbox[1], m.bbox[2], m.bbox[3]))
            .italic_angle(m.italic_angle)
            .ascent(m.ascent)
            .descent(m.descent)
            .cap_height(m.cap_height)
            .stem_v(if m.weight >= 600 { 140.0 } else { 80.0 });
        if truetype {
            fd.font_file2(refs.file);
        } else {
            fd.font_file3(refs.file);
        }
        fd.finish();

        let packed = deflate(&subset);
        let mut file = pdf.stream(refs.file, &packed);
        file.filter(Filter::FlateDecode);
        if truetype {
            file.pair(
                Name(b"Length1"),
                i32::try_from(subset.len()).unwrap_or(i32::MAX),
            );
        } else {
            file.pair(Name(b"Subtype"), Name(b"OpenType"));
        }
        file.finish();

        let unicode = deflate(&cmap.finish());
        pdf.stream(refs.to_unicode, &unicode)
            .filter(Filter::FlateDecode);

        if truetype {
            let map: Vec<u8> = cid_gid.iter().flat_map(|g| g.to_be_bytes()).collect();
            let map = deflate(&map);
            pdf.stream(refs.cid_to_gid, &map)
                .filter(Filter::FlateDecode);
        }
        Ok(())
    }
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
    fn build(font: &FontFace) -> Result<Self, PdfError> {
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

    fn write(&self, pdf: &mut Pdf, refs: &SharedRefs, bbox: [f32; 4]) {
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
    use super::*;
    use crate::certificate::model::{Line, SPECIMEN};

    const GIVEN: [&str; 12] = [
        "太郎", "花子", "一郎", "次郎", "三郎", "桜", "梅子", "健太", "美咲", "翔太", "陽菜", "蓮",
    ];
    const KANA: [&str; 12] = [
        "タロウ",
        "ハナコ",
        "イチロウ",
        "ジロウ",
        "サブロウ",
        "サクラ",
        "ウメコ",
        "ケンタ",
        "ミサキ",
        "ショウタ",
        "ヒナ",
        "レン",
    ];

    fn renderer() -> Renderer {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BUNDLED_FONT);
        match Renderer::from_font_file(&path) {
            Ok(r) => r,
            Err(e) => panic!("bundled font: {e}"),
        }
    }

    fn person(i: usize) -> Block {
        let l = |label: &str, value: &str| Line {
            label: label.to_string(),
            value: value.to_string(),
        };
        Block {
            person: Some(format!("p{i}")),
            lines: vec![
                l("氏名", &format!("筑波 {}", GIVEN[i % 12])),
                l("フリガナ", &format!("ツクバ {}", KANA[i % 12])),
                l("生年月日", "昭和63年7月14日（1988年7月14日）"),
                l("性別", if i.is_multiple_of(2) { "男" } else { "女" }),
                l("住所", "茨城県つくば市研究学園一丁目1番地1"),
                l("住民となった日", "平成27年4月1日（2015年4月1日）"),
                l("本籍", "茨城県つくば市研究学園一丁目1番地"),
                l("筆頭者", "筑波 源一郎"),
            ],
        }
    }

    pub(super) fn model(blocks: usize, title: &str) -> DocumentModel {
        DocumentModel {
            certificate: "family_register".to_string(),
            title: title.to_string(),
            issue_number: "S000000123".to_string(),
            copy: 1,
            copies: 2,
            municipality: "つくば市".to_string(),
            prefecture: "茨城県".to_string(),
            issued_at: "2026-11-25 10:00".to_string(),
            holder: "p0".to_string(),
            blocks: (0..blocks).map(person).collect(),
            certification: "これは、戸籍に記録されている事項の全部（個人）を証明した書面である。"
                .to_string(),
            mayor: "つくば市長　見本 太郎".to_string(),
            specimen: SPECIMEN.to_string(),
        }
    }

    fn render(r: &Renderer, m: &DocumentModel) -> Rendered {
        match r.render(m) {
            Ok(out) => out,
            Err(e) => panic!("render failed: {e}"),
        }
    }

    fn squash(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    fn load(bytes: &[u8]) -> lopdf::Document {
        match lopdf::Document::load_mem(bytes) {
            Ok(d) => d,
            Err(e) => panic!("lopdf cannot read the output: {e}"),
        }
    }

    fn count(haystack: &[u8], needle: &[u8]) -> usize {
        haystack
            .windows(needle.len())
            .filter(|w| *w == needle)
            .count()
    }

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
        // The ground pattern is one Form XObject shared by every page.
        assert_eq!(count(&out.bytes, b"/Gp "), 2 * out.sheets as usize);
        assert_eq!(count(&out.bytes, b"/PatternType 1"), 2);
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
    fn characters_missing_from_the_font_are_replaced_and_recorded() {
        let r = renderer();
        let mut m = model(1, "住民票の写し");
        m.blocks[0].lines[0].value = "筑波 \u{E000}子".to_string();
        let out = render(&r, &m);
        assert!(out.page_texts[0].contains("筑波 〓子"));
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
