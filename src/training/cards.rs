//! The persona deck printed as case cards (`kofu personas`): eight cards to an A4 page, two
//! columns of four, each framed to be cut out: the resident's name, age and what they bring,
//! the situation in one line, and what the kiosk will do, in one of the kiosk's languages.
//!
//! Decisions:
//! - A card never prints the PIN (no PIN is in a file kofu writes); the trainer reads it on
//!   the console's card picker.
//! - Text is set on the PDF engine in a face per script run (the bundled [`FontSet`] for the
//!   cards' language), with break hints where Thai and Japanese may break, so every kiosk
//!   language prints; a character no face has is an error, never an empty box.

use super::TrainingError;
use super::cases::Case;
use crate::i18n::line_break::with_break_hints;
use crate::i18n::{Arg, I18n};
use crate::pdf::{
    Document, FontSet, GREY, INK, Info, NAVY, PAGE_H, PAGE_W, PageWriter, PdfError, RED, Resources,
};

/// Outer margin of the page, in points.
const MARGIN: f32 = 36.0;
/// Space between cards.
const GUTTER: f32 = 12.0;
/// Cards across and down a page.
const COLUMNS: usize = 2;
/// Rows of cards on a page.
const ROWS: usize = 4;
/// Room at the page's head for its title line.
const HEAD: f32 = 28.0;
/// Padding inside a card's frame.
const PAD: f32 = 10.0;

/// The deck's cases as a PDF of cards in `tr`'s language, set in `fonts` (see
/// [`FontSet::bundled`]); `when` is the simulated time the outcomes hold for, in words.
pub fn to_pdf(
    tr: &I18n,
    cases: &[Case],
    when: &str,
    fonts: &FontSet,
) -> Result<Vec<u8>, TrainingError> {
    let mut doc = Document::with_set(fonts);
    let per_page = COLUMNS * ROWS;
    let pages: Vec<&[Case]> = cases.chunks(per_page).collect();
    let total = pages.len().max(1);
    let head = tr.ta("case-cards-head", &[("time", Arg::Str(when.to_string()))]);
    for (n, chunk) in pages.iter().enumerate() {
        let mut page = doc.page();
        let number = format!("{} / {total}", n + 1);
        let y = PAGE_H - MARGIN - 10.0;
        for (i, line) in fonts
            .wrap(&with_break_hints(&head), 10.0, PAGE_W - 2.0 * MARGIN - 40.0)
            .iter()
            .take(2)
            .enumerate()
        {
            page.text_runs(MARGIN, y - 12.0 * i as f32, 10.0, NAVY, line)?;
        }
        let w = fonts.width(&number, 9.0);
        page.text_runs(PAGE_W - MARGIN - w, y, 9.0, GREY, &number)?;
        for (i, case) in chunk.iter().enumerate() {
            card(&mut page, fonts, tr, case, i)?;
        }
        let (content, _) = page.finish();
        doc.add_page(&content, &Resources::default());
    }
    let missing = doc.missing_glyphs();
    if !missing.is_empty() {
        return Err(PdfError::NoGlyph {
            chars: missing.into_iter().take(12).collect(),
        }
        .into());
    }
    Ok(doc.finish(&Info {
        title: &tr.t("case-cards-title"),
        subject: None,
        lang: Some(tr.lang()),
    })?)
}

/// The `i`-th card of a page: its frame, then its lines from the top.
fn card(
    page: &mut PageWriter<'_, '_>,
    fonts: &FontSet,
    tr: &I18n,
    c: &Case,
    i: usize,
) -> Result<(), PdfError> {
    let w = (PAGE_W - 2.0 * MARGIN - GUTTER * (COLUMNS as f32 - 1.0)) / COLUMNS as f32;
    let h = (PAGE_H - 2.0 * MARGIN - HEAD - GUTTER * (ROWS as f32 - 1.0)) / ROWS as f32;
    let x = MARGIN + (i % COLUMNS) as f32 * (w + GUTTER);
    let top = PAGE_H - MARGIN - HEAD - (i / COLUMNS) as f32 * (h + GUTTER);
    page.content()
        .set_stroke_rgb(GREY.0, GREY.1, GREY.2)
        .set_line_width(0.6)
        .rect(x, top - h, w, h)
        .stroke();
    let inner = w - 2.0 * PAD;
    let mut y = top - PAD - 12.0;
    let wrap = |text: &str, size| fonts.wrap(&with_break_hints(text), size, inner);
    for line in wrap(&c.name, 12.0).into_iter().take(2) {
        page.text_runs(x + PAD, y, 12.0, INK, &line)?;
        y -= 15.0;
    }
    let age = tr.ta(
        "case-card-age",
        &[
            ("age", Arg::Num(i64::from(c.age))),
            ("kind", Arg::Str(c.kind.clone())),
        ],
    );
    page.text_runs(x + PAD, y, 9.0, INK, &age)?;
    y -= 16.0;
    let block = |page: &mut PageWriter<'_, '_>, label: String, text: &str, color, y: &mut f32| {
        page.text_runs(x + PAD, *y, 8.0, NAVY, &label)?;
        *y -= 12.0;
        for line in wrap(text, 9.5).into_iter().take(3) {
            page.text_runs(x + PAD, *y, 9.5, color, &line)?;
            *y -= 12.5;
        }
        *y -= 4.0;
        Ok::<(), PdfError>(())
    };
    block(page, tr.t("case-card-situation"), &c.situation, INK, &mut y)?;
    let color = if c.refusal.is_some() { RED } else { INK };
    block(page, tr.t("case-card-kiosk"), &c.outcome, color, &mut y)?;
    page.text_runs(x + PAD, top - h + PAD, 7.0, GREY, &c.card)?;
    Ok(())
}
