//! One PDF file being written: object numbers, A4 pages with their resources, the catalog,
//! page tree and document info, and the face subset to what the pages drew and embedded once
//! at the end. A layout draws each page with [`Document::page`], hands the finished stream to
//! [`Document::add_page`], writes any objects of its own (images, patterns) through
//! [`Document::pdf`], and ends with [`Document::finish`].

use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, TextStr};

use lopdf::Object;

use super::face::FontFace;
use super::mirror::{self, Mirror};
use super::page::PageWriter;
use super::script::FontSet;
use super::subset::SubsetFont;
use super::{PAGE_H, PAGE_W, PdfError};

/// What the document says about itself (the PDF's catalog and info dictionary).
#[derive(Debug, Clone, Copy)]
pub struct Info<'a> {
    /// The title a viewer shows.
    pub title: &'a str,
    /// The subject, if any (the certificate's specimen notice).
    pub subject: Option<&'a str>,
    /// The natural language of the text (`ja`), if one language is known.
    pub lang: Option<&'a str>,
}

/// What a page refers to besides the faces (every page gets the first as `/F1`, and each other
/// face of a [`FontSet`] drawn with so far as `/F2`, `/F3`, …).
#[derive(Debug, Clone, Copy, Default)]
pub struct Resources<'a> {
    /// Images and forms, by the name the content stream paints them with.
    pub x_objects: &'a [(Name<'a>, Ref)],
    /// Graphics states (transparency), by the name the content stream sets them with.
    pub graphics_states: &'a [(Name<'a>, Ref)],
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

/// A PDF being written, its pages set in one face or in a [`FontSet`] (a face per script run).
pub struct Document<'f> {
    pdf: Pdf,
    ids: RefAlloc,
    catalog: Ref,
    tree: Ref,
    info: Ref,
    /// One per face (the set's faces in order); the first is `/F1`.
    fonts: Vec<SubsetFont<'f>>,
    face: &'f FontFace,
    set: Option<&'f FontSet>,
    pages: Vec<Ref>,
    /// The objects as values, when the layout digests what its pages draw.
    mirror: Option<Mirror>,
}

impl std::fmt::Debug for Document<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("fonts", &self.fonts)
            .field("pages", &self.pages.len())
            .finish_non_exhaustive()
    }
}

impl<'f> Document<'f> {
    /// An empty document whose text is set in `face` (objects 1–3 are the catalog, the page
    /// tree and the info dictionary, the font's come next).
    pub fn new(face: &'f FontFace) -> Self {
        let mut ids = RefAlloc(1);
        let catalog = ids.next();
        let tree = ids.next();
        let info = ids.next();
        let font = SubsetFont::new(face, || ids.next());
        Self {
            pdf: Pdf::new(),
            ids,
            catalog,
            tree,
            info,
            fonts: vec![font],
            face,
            set: None,
            pages: Vec::new(),
            mirror: None,
        }
    }

    /// An empty document whose text is set in the faces of `set`, a face per script run
    /// ([`PageWriter::text_runs`]); [`PageWriter::text`] draws with the set's first face. Only
    /// the faces drawn with are embedded (the first always is).
    pub fn with_set(set: &'f FontSet) -> Self {
        let mut ids = RefAlloc(1);
        let catalog = ids.next();
        let tree = ids.next();
        let info = ids.next();
        let fonts = set
            .faces()
            .iter()
            .map(|face| SubsetFont::new(face, || ids.next()))
            .collect();
        Self {
            pdf: Pdf::new(),
            ids,
            catalog,
            tree,
            info,
            fonts,
            face: set.primary(),
            set: Some(set),
            pages: Vec::new(),
            mirror: None,
        }
    }

    /// The characters drawn so far with no glyph in their face (`.notdef`, an empty box on
    /// paper), sorted and without duplicates: a layout that must print every character checks
    /// this before [`Document::finish`].
    pub fn missing_glyphs(&self) -> Vec<char> {
        let mut out: Vec<char> = self
            .fonts
            .iter()
            .flat_map(SubsetFont::missing)
            .filter(|c| !c.is_whitespace())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// A fresh object number, for an object the layout writes itself.
    pub fn next_ref(&mut self) -> Ref {
        self.ids.next()
    }

    /// A blank page to draw on with the document's face (or faces).
    pub fn page(&mut self) -> PageWriter<'_, 'f> {
        PageWriter::new(&mut self.fonts, self.face, self.set)
    }

    /// The file being written, for the layout's own objects (images, forms, patterns).
    pub fn pdf(&mut self) -> &mut Pdf {
        &mut self.pdf
    }

    /// Keeps every object the document writes as a value too ([`Mirror`]), so that the layout
    /// can digest what its pages draw without reading the file back
    /// ([`Document::finish_with_mirror`]). Pages must then come through
    /// [`Document::add_raw_page`], and the layout's own objects through [`Document::mirror`].
    pub fn keep_mirror(&mut self) {
        self.mirror = Some(Mirror::default());
    }

    /// The objects kept as values, when [`Document::keep_mirror`] asked for them.
    pub fn mirror(&mut self) -> Option<&mut Mirror> {
        self.mirror.as_mut()
    }

    /// Appends an A4 page with its content stream before compression, as
    /// [`PageWriter::finish_raw`] gives it (kept as a value when the document keeps a mirror).
    pub fn add_raw_page(&mut self, content: &[u8], resources: &Resources<'_>) -> Ref {
        let (id, stream) = self.page_object(resources);
        self.pdf
            .stream(stream, &super::deflate(content))
            .filter(Filter::FlateDecode);
        if let Some(m) = self.mirror.as_mut() {
            m.set(stream, mirror::stream(mirror::dict([]), content.to_vec()));
        }
        id
    }

    /// Appends an A4 page with its (deflated) content stream, as [`PageWriter::finish`] gives
    /// it, and what it refers to. Returns the page's object.
    pub fn add_page(&mut self, content: &[u8], resources: &Resources<'_>) -> Ref {
        let (id, stream) = self.page_object(resources);
        self.pdf.stream(stream, content).filter(Filter::FlateDecode);
        id
    }

    /// The page object (and its mirror) with the number its content stream gets.
    fn page_object(&mut self, resources: &Resources<'_>) -> (Ref, Ref) {
        let id = self.ids.next();
        let stream = self.ids.next();
        if self.mirror.is_some() {
            let value = self.page_value(stream, resources);
            if let Some(m) = self.mirror.as_mut() {
                m.set(id, value);
            }
        }
        let font_names = self.font_names();
        let mut page = self.pdf.page(id);
        page.parent(self.tree)
            .media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .contents(stream);
        let mut res = page.resources();
        let mut fonts = res.fonts();
        for (name, font) in font_names {
            fonts.pair(Name(name.as_bytes()), font);
        }
        fonts.finish();
        if !resources.x_objects.is_empty() {
            let mut xo = res.x_objects();
            for (name, r) in resources.x_objects {
                xo.pair(*name, *r);
            }
        }
        if !resources.graphics_states.is_empty() {
            let mut gs = res.ext_g_states();
            for (name, r) in resources.graphics_states {
                gs.pair(*name, *r);
            }
        }
        res.finish();
        page.finish();
        self.pages.push(id);
        (id, stream)
    }

    /// The faces every page names: `/F1`, and each other face once drawn with.
    fn font_names(&self) -> Vec<(String, Ref)> {
        self.fonts
            .iter()
            .enumerate()
            .filter(|(n, font)| *n == 0 || font.is_used())
            .map(|(n, font)| (format!("F{}", n + 1), font.font_ref()))
            .collect()
    }

    /// A page object as a value: what [`Document::page_object`] writes.
    fn page_value(&self, stream: Ref, resources: &Resources<'_>) -> lopdf::Dictionary {
        let refs = |pairs: Vec<(Vec<u8>, Ref)>| {
            let mut d = lopdf::Dictionary::new();
            for (k, r) in pairs {
                d.set(k, mirror::reference(r));
            }
            Object::Dictionary(d)
        };
        let mut res = lopdf::Dictionary::new();
        let fonts = self.font_names();
        res.set(
            "Font",
            refs(
                fonts
                    .into_iter()
                    .map(|(n, r)| (n.into_bytes(), r))
                    .collect(),
            ),
        );
        if !resources.x_objects.is_empty() {
            let pairs = resources.x_objects.iter().map(|(n, r)| (n.0.to_vec(), *r));
            res.set("XObject", refs(pairs.collect()));
        }
        if !resources.graphics_states.is_empty() {
            let pairs = resources
                .graphics_states
                .iter()
                .map(|(n, r)| (n.0.to_vec(), *r));
            res.set("ExtGState", refs(pairs.collect()));
        }
        mirror::dict([
            ("Type", mirror::name(b"Page")),
            ("Parent", mirror::reference(self.tree)),
            ("MediaBox", mirror::rect([0.0, 0.0, PAGE_W, PAGE_H])),
            ("Contents", mirror::reference(stream)),
            ("Resources", Object::Dictionary(res)),
        ])
    }

    /// Writes the catalog, the page tree and the info, embeds the face's subset and returns
    /// the file.
    pub fn finish(self, info: &Info<'_>) -> Result<Vec<u8>, PdfError> {
        self.finish_with_mirror(info).map(|(bytes, _)| bytes)
    }

    /// [`Document::finish`], and the objects kept as values when [`Document::keep_mirror`]
    /// asked for them (the catalog as the trailer's `/Root`).
    pub fn finish_with_mirror(
        mut self,
        info: &Info<'_>,
    ) -> Result<(Vec<u8>, Option<Mirror>), PdfError> {
        if let Some(m) = self.mirror.as_mut() {
            let kids = self.pages.iter().map(|p| mirror::reference(*p)).collect();
            let count = i64::try_from(self.pages.len()).unwrap_or(i64::MAX);
            let mut catalog = mirror::dict([
                ("Type", mirror::name(b"Catalog")),
                ("Pages", mirror::reference(self.tree)),
            ]);
            if let Some(lang) = info.lang {
                catalog.set("Lang", Object::string_literal(lang));
            }
            m.set(self.catalog, catalog);
            m.set(
                self.tree,
                mirror::dict([
                    ("Type", mirror::name(b"Pages")),
                    ("Kids", Object::Array(kids)),
                    ("Count", Object::Integer(count)),
                ]),
            );
            m.doc.trailer.set("Root", mirror::reference(self.catalog));
        }
        let mut catalog = self.pdf.catalog(self.catalog);
        catalog.pages(self.tree);
        if let Some(lang) = info.lang {
            catalog.lang(TextStr(lang));
        }
        catalog.finish();
        self.pdf
            .pages(self.tree)
            .kids(self.pages.iter().copied())
            .count(i32::try_from(self.pages.len()).unwrap_or(i32::MAX));
        let mut doc_info = self.pdf.document_info(self.info);
        doc_info.title(TextStr(info.title));
        if let Some(subject) = info.subject {
            doc_info.subject(TextStr(subject));
        }
        doc_info.producer(TextStr("kofu"));
        doc_info.finish();
        for (n, font) in self.fonts.into_iter().enumerate() {
            if n == 0 || font.is_used() {
                font.embed(&mut self.pdf, self.mirror.as_mut())?;
            }
        }
        Ok((self.pdf.finish(), self.mirror))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::pdf::INK;

    fn count(haystack: &[u8], needle: &[u8]) -> usize {
        haystack
            .windows(needle.len())
            .filter(|w| *w == needle)
            .count()
    }

    /// One page with `text` drawn in the face in `file`.
    fn one_page(file: &str, text: &str) -> Vec<u8> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let face = match FontFace::from_file(&path) {
            Ok(f) => f,
            Err(e) => panic!("{file}: {e}"),
        };
        let mut doc = Document::new(&face);
        let mut page = doc.page();
        if let Err(e) = page.text(72.0, 720.0, 12.0, INK, text) {
            panic!("draw: {e}");
        }
        let (content, texts) = page.finish();
        assert_eq!(texts, [text]);
        doc.add_page(&content, &Resources::default());
        let info = Info {
            title: "one page",
            subject: None,
            lang: None,
        };
        match doc.finish(&info) {
            Ok(bytes) => bytes,
            Err(e) => panic!("embed: {e}"),
        }
    }

    #[test]
    fn truetype_and_cff_faces_embed_as_their_own_font_file_kind() {
        for (file, kind) in [
            ("assets/fonts/BIZUDGothic-Regular.ttf", &b"/FontFile2"[..]),
            (
                "assets/fonts/NotoSansCJKsc-Regular.subset.otf",
                &b"/FontFile3"[..],
            ),
        ] {
            let bytes = one_page(file, "kofu 見本 kofu");
            assert_eq!(count(&bytes, kind), 1, "{file}");
            assert_eq!(count(&bytes, b"/Subtype /Type0"), 1, "{file}");
            let doc = match lopdf::Document::load_mem(&bytes) {
                Ok(d) => d,
                Err(e) => panic!("{file}: lopdf cannot read it: {e}"),
            };
            let text = doc.extract_text(&[1]).unwrap_or_default();
            let squashed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(squashed, "kofu見本kofu", "{file}");
        }
    }
}
