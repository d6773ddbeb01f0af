//! The embedded font as values ([`Mirror`]): the same entries `write_fonts`,
//! `write_descriptor` and `write_streams` write, with the streams' bytes before compression.

use lopdf::Object;

use super::super::mirror::{Mirror, dict, name, number, rect, reference, stream};
use super::SubsetFont;

/// What the font's objects are made of.
pub(super) struct Parts<'a> {
    /// `/BaseFont`: the subset tag and the PostScript name.
    pub(super) base: &'a str,
    /// The widths from the first CID.
    pub(super) widths: &'a [f32],
    /// The subset font file.
    pub(super) subset: Vec<u8>,
    /// The ToUnicode CMap.
    pub(super) cmap: Vec<u8>,
    /// The CID → glyph map (TrueType).
    pub(super) cid_gid: Vec<u8>,
    /// TrueType outlines (else CFF).
    pub(super) truetype: bool,
}

impl SubsetFont<'_> {
    /// Keeps the font's objects in `m`.
    pub(super) fn mirror(&self, m: &mut Mirror, parts: Parts<'_>) {
        let refs = &self.refs;
        let base = name(parts.base.as_bytes());
        m.set(
            refs.type0,
            dict([
                ("Type", name(b"Font")),
                ("Subtype", name(b"Type0")),
                ("BaseFont", base.clone()),
                ("Encoding", name(b"Identity-H")),
                ("DescendantFonts", Object::Array(vec![reference(refs.cid)])),
                ("ToUnicode", reference(refs.to_unicode)),
            ]),
        );
        let first = if parts.truetype { 1 } else { 0 };
        let widths = Object::Array(parts.widths.iter().copied().map(number).collect());
        let mut cid = dict([
            ("Type", name(b"Font")),
            (
                "Subtype",
                name(if parts.truetype {
                    b"CIDFontType2"
                } else {
                    b"CIDFontType0"
                }),
            ),
            ("BaseFont", base.clone()),
            (
                "CIDSystemInfo",
                Object::Dictionary(dict([
                    ("Registry", Object::string_literal("Adobe")),
                    ("Ordering", Object::string_literal("Identity")),
                    ("Supplement", Object::Integer(0)),
                ])),
            ),
            ("FontDescriptor", reference(refs.descriptor)),
            ("DW", Object::Integer(1000)),
            ("W", Object::Array(vec![Object::Integer(first), widths])),
        ]);
        if parts.truetype {
            cid.set("CIDToGIDMap", reference(refs.cid_to_gid));
        }
        m.set(refs.cid, cid);
        self.mirror_descriptor(m, base, parts.truetype);
        let file = if parts.truetype {
            let len = i64::try_from(parts.subset.len()).unwrap_or(i64::from(i32::MAX));
            dict([("Length1", Object::Integer(len.min(i64::from(i32::MAX))))])
        } else {
            dict([("Subtype", name(b"OpenType"))])
        };
        m.set(refs.file, stream(file, parts.subset));
        m.set(refs.to_unicode, stream(dict([]), parts.cmap));
        if parts.truetype {
            m.set(refs.cid_to_gid, stream(dict([]), parts.cid_gid));
        }
    }

    /// The font descriptor.
    fn mirror_descriptor(&self, m: &mut Mirror, base: Object, truetype: bool) {
        let metrics = self.font.metrics();
        let mut flags = pdf_writer::types::FontFlags::SYMBOLIC;
        if metrics.monospaced {
            flags |= pdf_writer::types::FontFlags::FIXED_PITCH;
        }
        let file = if truetype { "FontFile2" } else { "FontFile3" };
        m.set(
            self.refs.descriptor,
            dict([
                ("Type", name(b"FontDescriptor")),
                ("FontName", base),
                ("Flags", Object::Integer(i64::from(flags.bits()))),
                ("FontBBox", rect(metrics.bbox)),
                ("ItalicAngle", number(metrics.italic_angle)),
                ("Ascent", number(metrics.ascent)),
                ("Descent", number(metrics.descent)),
                ("CapHeight", number(metrics.cap_height)),
                (
                    "StemV",
                    number(if metrics.weight >= 600 { 140.0 } else { 80.0 }),
                ),
                (file, reference(self.refs.file)),
            ]),
        );
    }
}
