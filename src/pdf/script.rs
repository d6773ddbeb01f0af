//! A face per script run: the bundled faces as one set ([`FontSet`]) that splits any text into
//! runs, each in the face made for its script (Latin: Noto Sans, proportional; kana and kanji:
//! BIZ UDGothic; hanzi in Chinese: Noto Sans CJK SC; Hangul: Noto Sans CJK KR; Thai and
//! Devanagari: Noto Sans Thai and Devanagari). Any layout uses it the same way: [`FontSet::runs`] to draw (one [`Run`] per face change), [`FontSet::width`] and
//! [`FontSet::wrap`] to measure and break lines, [`FontSet::lacking`] to check coverage before
//! printing.
//!
//! Choice per character: letters go by script to the script's faces in order of preference (a
//! face lacking the glyph is passed over for the next one that has it); spaces, punctuation and
//! combining marks stay in the face of the run they sit in when it has them (a Thai phrase's
//! space stays Thai, `（` after kanji stays Japanese), else take the Latin face's.
//!
//! Line breaks: at a space, between Japanese characters with 禁則 ([`super::wrap()`]'s rules),
//! and at a [`BREAK_HINT`] (U+2009) the caller puts between words of a language written without
//! spaces (Thai: `kofu::i18n::line_break` finds them by dictionary). A hint has no width and is
//! never drawn.

use std::path::Path;
use std::sync::OnceLock;

use super::face::{FontError, FontFace};
use super::shape::{Glyph, Shaper};

/// A break opportunity the caller marks in text with no spaces between words (the same mark
/// as `kofu::i18n::line_break::BREAK_HINT`): no width, never drawn.
pub const BREAK_HINT: char = '\u{2009}';

/// The writing systems kofu prints, as far as the choice of face goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin letters and digits (and Vietnamese).
    Latin,
    /// Kana and the Japanese marks (BIZ UDGothic).
    Kana,
    /// CJK ideographs (the language decides between the Japanese and the Chinese forms).
    Han,
    /// Hangul.
    Hangul,
    /// Thai.
    Thai,
    /// Devanagari (Nepali).
    Devanagari,
    /// Spaces, punctuation, symbols and combining marks: they follow the run they are in.
    Common,
}

impl Script {
    /// The script of a character.
    pub fn of(c: char) -> Script {
        match c {
            '\u{0E00}'..='\u{0E7F}' => Script::Thai,
            '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' => Script::Devanagari,
            '\u{1100}'..='\u{11FF}'
            | '\u{3130}'..='\u{318F}'
            | '\u{A960}'..='\u{A97F}'
            | '\u{AC00}'..='\u{D7FF}' => Script::Hangul,
            '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
                Script::Kana
            }
            '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => {
                Script::Han
            }
            '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF65}' | '\u{FFE0}'..='\u{FFEF}' => {
                Script::Kana
            }
            c if c.is_alphanumeric() => Script::Latin,
            _ => Script::Common,
        }
    }

    /// Whether the script needs a shaper (marks placed by the font's GPOS, vowel signs reordered,
    /// conjuncts): drawn from [`FontSet::shaped`] instead of one glyph per character.
    pub fn is_complex(self) -> bool {
        matches!(self, Script::Thai | Script::Devanagari)
    }
}

/// A stretch of text set in one face of a [`FontSet`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run<'t> {
    /// Index of the face in the set (its resource `/F{face+1}` in a [`super::Document`]).
    pub face: usize,
    /// The text (without break hints).
    pub text: &'t str,
    /// Whether the run is shaped ([`Script::is_complex`]).
    pub complex: bool,
}

/// Faces chosen per script, for one language's documents.
pub struct FontSet {
    faces: Vec<FontFace>,
    shapers: Vec<OnceLock<Option<Shaper>>>,
    /// Faces in order of preference for each script ([`Script`] order; `Common` = fallback).
    prefer: [Vec<usize>; 7],
}

impl std::fmt::Debug for FontSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontSet")
            .field("faces", &self.faces)
            .field("prefer", &self.prefer)
            .finish_non_exhaustive()
    }
}

/// The bundled faces' files under `assets/`, in the set's order (face 0 is the Latin one).
pub const BUNDLED_FACES: [&str; 6] = [
    "fonts/NotoSans-Regular.subset.ttf",
    "fonts/BIZUDGothic-Regular.ttf",
    "fonts/NotoSansCJKsc-Regular.subset.otf",
    "fonts/NotoSansCJKkr-Regular.subset.otf",
    "fonts/NotoSansThai-Regular.ttf",
    "fonts/NotoSansDevanagari-Regular.ttf",
];

const LATIN: usize = 0;
const JAPANESE: usize = 1;
const CHINESE: usize = 2;
const KOREAN: usize = 3;
const THAI: usize = 4;
const DEVANAGARI: usize = 5;

fn slot(s: Script) -> usize {
    match s {
        Script::Latin => 0,
        Script::Kana => 1,
        Script::Han => 2,
        Script::Hangul => 3,
        Script::Thai => 4,
        Script::Devanagari => 5,
        Script::Common => 6,
    }
}

impl FontSet {
    /// The six bundled faces (see [`BUNDLED_FACES`]) for documents in `lang` (a kiosk language
    /// code): hanzi take the Chinese face in `zh-Hans`, the Japanese one elsewhere.
    pub fn bundled(assets: &Path, lang: &str) -> Result<Self, FontError> {
        let faces = BUNDLED_FACES
            .iter()
            .map(|f| FontFace::from_file(&assets.join(f)))
            .collect::<Result<Vec<_>, _>>()?;
        let han = match lang {
            "zh-Hans" => vec![CHINESE, JAPANESE, KOREAN],
            "ko" => vec![JAPANESE, KOREAN, CHINESE],
            _ => vec![JAPANESE, CHINESE, KOREAN],
        };
        let prefer = [
            vec![LATIN, JAPANESE],
            vec![JAPANESE, CHINESE, KOREAN],
            han,
            vec![KOREAN],
            vec![THAI],
            vec![DEVANAGARI],
            vec![LATIN, JAPANESE, CHINESE, KOREAN, THAI, DEVANAGARI],
        ];
        Ok(Self::new(faces, prefer))
    }

    /// One face for everything: the set a single-face layout (the training record) draws with.
    pub fn single(face: FontFace) -> Self {
        let prefer = std::array::from_fn(|_| vec![0]);
        Self::new(vec![face], prefer)
    }

    fn new(faces: Vec<FontFace>, prefer: [Vec<usize>; 7]) -> Self {
        let shapers = faces.iter().map(|_| OnceLock::new()).collect();
        Self {
            faces,
            shapers,
            prefer,
        }
    }

    /// The first face (the Latin one of the bundled set): what plain
    /// [`super::PageWriter::text`] draws with.
    pub fn primary(&self) -> &FontFace {
        // Never empty: both constructors give at least one face.
        &self.faces[0]
    }

    /// The faces, in order (index = [`Run::face`]).
    pub fn faces(&self) -> &[FontFace] {
        &self.faces
    }

    /// The face the set chooses for `c` in a run set in `current` (None at a run's start).
    pub fn face_for(&self, c: char, current: Option<usize>) -> usize {
        let script = Script::of(c);
        let has = |i: &usize| self.faces.get(*i).is_some_and(|f| f.glyph(c).is_some());
        if (script == Script::Common || c == BREAK_HINT)
            && let Some(cur) = current.filter(|i| has(i) || c.is_whitespace())
        {
            return cur;
        }
        let order = self.prefer.get(slot(script)).map_or(&[][..], |v| &v[..]);
        let fallback = self.prefer.get(6).map_or(&[][..], |v| &v[..]);
        order
            .iter()
            .chain(fallback)
            .copied()
            .find(has)
            .or_else(|| order.first().copied())
            .unwrap_or(0)
    }

    /// `text` cut into runs of one face each; a break hint ends a run and is dropped.
    pub fn runs<'t>(&self, text: &'t str) -> Vec<Run<'t>> {
        let mut out: Vec<Run<'t>> = Vec::new();
        let mut start = 0;
        let mut current: Option<(usize, bool)> = None;
        for (at, c) in text.char_indices() {
            if c == BREAK_HINT {
                if let (Some((face, complex)), Some(t)) = (current, text.get(start..at)) {
                    push_run(&mut out, face, t, complex);
                }
                start = at + c.len_utf8();
                continue;
            }
            let face = self.face_for(c, current.map(|(f, _)| f));
            let complex = Script::of(c).is_complex();
            match current {
                Some((f, cx)) if f == face => current = Some((f, cx || complex)),
                Some((f, cx)) => {
                    if let Some(t) = text.get(start..at) {
                        push_run(&mut out, f, t, cx);
                    }
                    start = at;
                    current = Some((face, complex));
                }
                None => current = Some((face, complex)),
            }
        }
        if let (Some((face, complex)), Some(t)) = (current, text.get(start..)) {
            push_run(&mut out, face, t, complex);
        }
        out
    }

    /// The glyphs of a run as its face draws them: shaped (complex scripts) or one per
    /// character. Advances and offsets in 1/1000 em.
    pub fn glyphs(&self, run: &Run<'_>) -> Vec<Glyph> {
        let Some(face) = self.faces.get(run.face) else {
            return Vec::new();
        };
        if run.complex
            && let Some(Some(shaper)) = self
                .shapers
                .get(run.face)
                .map(|s| s.get_or_init(|| Shaper::new(face)))
        {
            return shaper.shape(face, run.text);
        }
        super::shape::unshaped(face, run.text)
    }

    /// Width of `text` set at `size` points, run by run (shaped where the script needs it).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.runs(text)
            .iter()
            .flat_map(|r| self.glyphs(r))
            .map(|g| g.advance)
            .sum::<f32>()
            * size
            / 1000.0
    }

    /// Advance of one character at `size` points in the face it would get (a hint: zero).
    fn char_width(&self, c: char, current: Option<usize>, size: f32) -> f32 {
        if c == BREAK_HINT {
            return 0.0;
        }
        let face = self.face_for(c, current);
        self.faces
            .get(face)
            .map_or(0.0, |f| f.char_advance(c) * size / 1000.0)
    }

    /// Breaks `text` into lines no wider than `max_w` points at `size` points: at spaces,
    /// between Japanese characters (禁則) and at [`BREAK_HINT`]s, which are dropped from the
    /// lines. Widths are the characters' advances in their faces (an upper bound of the shaped
    /// width: marks have none, conjuncts are narrower than their parts).
    pub fn wrap(&self, text: &str, size: f32, max_w: f32) -> Vec<String> {
        let lines = super::wrap::wrap_measured(text, max_w, |c| self.char_width(c, None, size));
        lines
            .into_iter()
            .map(|l| l.chars().filter(|c| *c != BREAK_HINT).collect())
            .collect()
    }

    /// The characters of `text` (at most `max`, sorted, without duplicates) that the face
    /// chosen for them lacks: what would print as `.notdef`.
    pub fn lacking(&self, text: &str, max: usize) -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        for run in self.runs(text) {
            let Some(face) = self.faces.get(run.face) else {
                continue;
            };
            out.extend(
                run.text
                    .chars()
                    .filter(|c| !c.is_control() && *c != BREAK_HINT && face.glyph(*c).is_none()),
            );
        }
        out.sort_unstable();
        out.dedup();
        out.truncate(max);
        out
    }
}

fn push_run<'t>(out: &mut Vec<Run<'t>>, face: usize, text: &'t str, complex: bool) {
    if text.is_empty() {
        return;
    }
    out.push(Run {
        face,
        text,
        complex,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(lang: &str) -> FontSet {
        let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
        match FontSet::bundled(&assets, lang) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn each_script_gets_its_face_and_punctuation_stays_in_its_run() {
        let s = set("ja");
        let runs = s.runs("見本 SPECIMEN ตัวอย่าง नमूना 견본");
        let faces: Vec<(usize, &str)> = runs.iter().map(|r| (r.face, r.text)).collect();
        assert_eq!(
            faces,
            [
                (JAPANESE, "見本 "),
                (LATIN, "SPECIMEN "),
                (THAI, "ตัวอย่าง "),
                (DEVANAGARI, "नमूना "),
                (KOREAN, "견본")
            ]
        );
        assert!(
            s.lacking("見本 SPECIMEN ตัวอย่าง नमूना 견본 ¥300", 10)
                .is_empty()
        );
        // Hanzi: the Chinese face in Chinese, the Japanese one in Japanese.
        assert_eq!(
            set("zh-Hans").runs("证明书").first().map(|r| r.face),
            Some(CHINESE)
        );
        assert_eq!(s.runs("証明書").first().map(|r| r.face), Some(JAPANESE));
    }

    #[test]
    fn a_face_without_the_script_is_found_out() {
        let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
        let latin = match FontFace::from_file(&assets.join(BUNDLED_FACES[0])) {
            Ok(f) => f,
            Err(e) => panic!("{e}"),
        };
        let s = FontSet::single(latin);
        assert!(!s.lacking("ตัวอย่าง", 10).is_empty());
    }

    #[test]
    fn thai_breaks_only_at_hints_and_the_hints_are_not_drawn() {
        let s = set("th");
        let text = "กรุณา\u{2009}เลือก\u{2009}หนังสือ\u{2009}รับรอง";
        let words = ["กรุณา", "เลือก", "หนังสือ", "รับรอง"];
        let w = s.width("กรุณาเลือก", 10.0);
        let lines = s.wrap(text, 10.0, w + 1.0);
        assert!(lines.len() >= 2, "{lines:?}");
        assert_eq!(lines.concat(), words.concat());
        // Every line is whole words.
        let mut rest = lines.concat();
        for line in &lines {
            let mut l = line.as_str();
            while let Some(w) = words.iter().find(|w| l.starts_with(**w)) {
                l = &l[w.len()..];
            }
            assert!(l.is_empty(), "{line} cuts a word in {lines:?}");
            rest = rest.split_off(line.len());
        }
        // Unhinted, the same text is one word: cut only where it must be.
        let cut = s.wrap(&words.concat(), 10.0, w + 1.0);
        assert!(
            cut.iter().any(|l| !words.iter().any(|w| l.ends_with(w))),
            "{cut:?}"
        );
        assert!(s.runs(text).iter().all(|r| !r.text.contains(BREAK_HINT)));
    }
}
