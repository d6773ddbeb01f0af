//! Printed handouts for people, not for verification: the training record and the trainer's
//! handbook, laid out on the PDF engine ([`crate::pdf`]: face, pages, text, palette and
//! wrapping with 禁則). What is the handout's own: its items (paragraphs, headings kept with
//! what follows, gaps, blocks kept together, pictures) dealt onto A4 pages top to bottom, a
//! hanging indent for a paragraph's later lines, and the frame of every page (a specimen mark
//! at the head and foot, the page number `n / N`). A handout reads back as text.

use pdf_writer::{Filter, Name, Pdf, Ref};

use crate::pdf::{
    Document, FontFace, FontSet, GREY, INK, Info, PAGE_H, PAGE_W, PageWriter, PdfError, RED,
    Resources, Rgb, deflate,
};

const MARGIN_X: f32 = 50.0;
const TOP: f32 = PAGE_H - 70.0;
const BOTTOM: f32 = 60.0;

/// One paragraph as written: text, size in points, indent and colour.
#[derive(Debug, Clone)]
pub struct Line {
    /// The text (wrapped to the page when laid out).
    pub text: String,
    /// Font size in points.
    pub size: f32,
    /// Indent from the left margin, in points.
    pub indent: f32,
    /// Colour.
    pub color: Rgb,
}

impl Line {
    /// A paragraph.
    pub fn new(text: impl Into<String>, size: f32, indent: f32, color: Rgb) -> Self {
        Self {
            text: text.into(),
            size,
            indent,
            color,
        }
    }
}

/// A picture to print (a screen of the kiosk), RGB 8 bits per channel, row-major.
#[derive(Debug, Clone)]
pub struct Picture {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width × height × 3` bytes.
    pub rgb: Vec<u8>,
    /// Printed width in points (the height follows the aspect ratio).
    pub shown_width: f32,
    /// Indent from the left margin, in points.
    pub indent: f32,
}

/// What a handout is made of.
#[derive(Debug, Clone)]
pub enum Item {
    /// A paragraph.
    Text(Line),
    /// Vertical space in points.
    Gap(f32),
    /// A picture, never split across pages.
    Picture(Picture),
    /// Items kept on one page if they fit on one (a heading with its first lines).
    Keep(Vec<Item>),
    /// A heading: never the last thing on a page (it moves to the next page with what follows).
    Heading(Line),
}

/// A handout's fixed parts.
#[derive(Debug, Clone, Copy)]
pub struct Frame<'a> {
    /// The document title (PDF metadata).
    pub title: &'a str,
    /// The specimen mark printed at the head and foot of every page.
    pub mark: &'a str,
}

/// Something placed on a page: a line of text at a baseline, or a picture at its bottom edge.
#[derive(Debug, Clone)]
enum Placed {
    Text(f32, Line),
    Picture(f32, usize),
}

struct Layout<'f> {
    font: &'f FontSet,
    pages: Vec<Vec<Placed>>,
    pictures: Vec<Picture>,
    y: f32,
}

impl Layout<'_> {
    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    fn place(&mut self, p: Placed) {
        if let Some(page) = self.pages.last_mut() {
            page.push(p);
        }
    }

    /// The height `item` takes (text wrapped as it will be).
    fn height(&self, item: &Item) -> f32 {
        match item {
            Item::Text(l) | Item::Heading(l) => self.parts(l).len() as f32 * l.size * 1.3,
            Item::Gap(h) => *h,
            Item::Picture(p) => picture_height(p),
            Item::Keep(items) => items.iter().map(|i| self.height(i)).sum(),
        }
    }

    fn parts(&self, l: &Line) -> Vec<String> {
        if l.text.is_empty() {
            return vec![String::new()];
        }
        self.font
            .wrap(&l.text, l.size, PAGE_W - 2.0 * MARGIN_X - l.indent)
    }

    /// Places `item`; `next` is what follows it (a heading moves on with it).
    fn add(&mut self, item: Item, next: Option<&Item>) {
        match item {
            Item::Heading(l) => {
                // What must come with it: a block that is kept whole (if it fits on a page at
                // all), else the first lines of what follows.
                let with = next.map_or(0.0, |n| {
                    let h = self.height(n);
                    match n {
                        Item::Keep(_) | Item::Picture(_) if h <= TOP - BOTTOM => h,
                        _ => h.min(40.0),
                    }
                });
                let h = self.height(&Item::Text(l.clone())) + with;
                if self.y - h < BOTTOM && self.y < TOP {
                    self.new_page();
                }
                self.add(Item::Text(l), None);
            }
            Item::Text(l) => {
                for (i, part) in self.parts(&l).into_iter().enumerate() {
                    let h = l.size * 1.3;
                    if self.y - h < BOTTOM {
                        self.new_page();
                    }
                    self.y -= h;
                    let indent = l.indent + if i > 0 { 10.0 } else { 0.0 };
                    let y = self.y;
                    self.place(Placed::Text(y, Line::new(part, l.size, indent, l.color)));
                }
            }
            Item::Gap(h) => self.y -= h,
            Item::Picture(p) => {
                let h = picture_height(&p);
                if self.y - h < BOTTOM {
                    self.new_page();
                }
                self.y -= h;
                let y = self.y;
                self.pictures.push(p);
                let n = self.pictures.len() - 1;
                self.place(Placed::Picture(y, n));
            }
            Item::Keep(items) => {
                let h: f32 = items.iter().map(|i| self.height(i)).sum();
                if self.y - h < BOTTOM && h <= TOP - BOTTOM && self.y < TOP {
                    self.new_page();
                }
                self.add_all(items);
            }
        }
    }
}

impl Layout<'_> {
    fn add_all(&mut self, items: Vec<Item>) {
        let mut it = items.into_iter().peekable();
        while let Some(item) = it.next() {
            // What follows a heading, past any gap.
            let next = it.peek();
            self.add(item, next);
        }
    }
}

fn picture_height(p: &Picture) -> f32 {
    if p.width == 0 {
        return 0.0;
    }
    p.shown_width * p.height as f32 / p.width as f32
}

/// Lays `items` out on A4 pages and writes the PDF, all in one face (a character it lacks
/// printed as 〓: [`FontFace::fit`]).
pub fn to_pdf(font: &FontFace, frame: Frame<'_>, items: Vec<Item>) -> Result<Vec<u8>, PdfError> {
    let items = items.into_iter().map(|i| fit(font, i)).collect();
    to_pdf_with(&FontSet::single(font.clone()), frame, items, (None, false))
}

/// `item` with its text as `font` draws it.
fn fit(font: &FontFace, item: Item) -> Item {
    match item {
        Item::Text(l) => Item::Text(Line::new(font.fit(&l.text), l.size, l.indent, l.color)),
        Item::Heading(l) => Item::Heading(Line::new(font.fit(&l.text), l.size, l.indent, l.color)),
        Item::Keep(v) => Item::Keep(v.into_iter().map(|i| fit(font, i)).collect()),
        other => other,
    }
}

/// Lays `items` out on A4 pages and writes the PDF, each run of text in the face `set` chooses
/// for its script (text may carry [`crate::pdf::BREAK_HINT`]s where a line may break);
/// `lang` is the document's language for the PDF catalog, if it has one. Every character
/// must print: one its face lacks is [`PdfError::NoGlyph`], never an empty box.
pub fn to_pdf_set(
    font: &FontSet,
    frame: Frame<'_>,
    items: Vec<Item>,
    lang: Option<&str>,
) -> Result<Vec<u8>, PdfError> {
    to_pdf_with(font, frame, items, (lang, true))
}

fn to_pdf_with(
    font: &FontSet,
    frame: Frame<'_>,
    items: Vec<Item>,
    (lang, strict): (Option<&str>, bool),
) -> Result<Vec<u8>, PdfError> {
    let mut layout = Layout {
        font,
        pages: vec![Vec::new()],
        pictures: Vec::new(),
        y: TOP,
    };
    layout.add_all(items);
    let Layout {
        pages, pictures, ..
    } = layout;
    let mut doc = Document::with_set(font);
    let picture_ids: Vec<Ref> = pictures.iter().map(|_| doc.next_ref()).collect();
    let total = pages.len();
    for (n, placed) in pages.iter().enumerate() {
        let mut page = doc.page();
        head_and_foot(&mut page, frame.mark, (n + 1, total))?;
        let used = body(&mut page, placed, &pictures)?;
        let (content, _) = page.finish();
        let x_objects: Vec<(Name<'_>, Ref)> = used
            .iter()
            .filter_map(|(name, i)| Some((Name(name.as_bytes()), *picture_ids.get(*i)?)))
            .collect();
        let resources = Resources {
            x_objects: &x_objects,
            graphics_states: &[],
        };
        doc.add_page(&content, &resources);
    }
    let missing = doc.missing_glyphs();
    if strict && !missing.is_empty() {
        return Err(PdfError::NoGlyph {
            chars: missing.into_iter().take(12).collect(),
        });
    }
    write_pictures(doc.pdf(), &pictures, &picture_ids);
    doc.finish(&Info {
        title: frame.title,
        subject: None,
        lang,
    })
}

/// The parts of every page: the specimen mark and a rule at the head, the page number `n / N`
/// and the mark again at the foot.
fn head_and_foot(
    page: &mut PageWriter<'_, '_>,
    mark: &str,
    (n, total): (usize, usize),
) -> Result<(), PdfError> {
    page.text_runs(MARGIN_X, PAGE_H - 40.0, 10.0, RED, mark)?;
    page.content()
        .set_stroke_rgb(RED.0, RED.1, RED.2)
        .set_line_width(0.8)
        .move_to(MARGIN_X, PAGE_H - 48.0)
        .line_to(PAGE_W - MARGIN_X, PAGE_H - 48.0)
        .stroke();
    let number = format!("{n} / {total}");
    let w = page.runs_width(&number, 9.0);
    page.text_runs(PAGE_W - MARGIN_X - w, 34.0, 9.0, INK, &number)?;
    page.text_runs(MARGIN_X, 34.0, 8.0, RED, mark)?;
    Ok(())
}

/// Draws what the layout placed on a page. Returns the pictures it shows, as (resource name,
/// index in `pictures`).
fn body(
    page: &mut PageWriter<'_, '_>,
    placed: &[Placed],
    pictures: &[Picture],
) -> Result<Vec<(String, usize)>, PdfError> {
    let mut used = Vec::new();
    for p in placed {
        match p {
            Placed::Text(y, l) => {
                page.text_runs(MARGIN_X + l.indent, *y, l.size, l.color, &l.text)?;
            }
            Placed::Picture(y, i) => {
                let Some(pic) = pictures.get(*i) else {
                    continue;
                };
                let name = format!("Im{i}");
                let h = picture_height(pic);
                let x = MARGIN_X + pic.indent;
                page.content()
                    .save_state()
                    .transform([pic.shown_width, 0.0, 0.0, h, x, *y])
                    .x_object(Name(name.as_bytes()))
                    .restore_state();
                // A hairline frame: the screen's edge stays visible on white paper.
                page.content()
                    .set_stroke_rgb(GREY.0, GREY.1, GREY.2)
                    .set_line_width(0.5)
                    .rect(x, *y, pic.shown_width, h)
                    .stroke();
                used.push((name, *i));
            }
        }
    }
    Ok(used)
}

/// Writes the pictures as packed RGB image objects.
fn write_pictures(pdf: &mut Pdf, pictures: &[Picture], picture_ids: &[Ref]) {
    for (pic, r) in pictures.iter().zip(picture_ids) {
        let data = deflate(&pic.rgb);
        let mut img = pdf.image_xobject(*r, &data);
        img.filter(Filter::FlateDecode);
        img.width(i32::try_from(pic.width).unwrap_or(i32::MAX));
        img.height(i32::try_from(pic.height).unwrap_or(i32::MAX));
        img.bits_per_component(8);
        img.color_space().device_rgb();
    }
}
