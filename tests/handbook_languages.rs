//! The trainer's handbook in every kiosk language: each run of text in the face of its script
//! with a glyph for every character (read back from the PDF: no `.notdef` drawn, the script's
//! face embedded, the title extracting as written), and the Japanese edition free of codes and
//! English before its appendix.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeMap;

use kofu::domain::calendar::parse_instant;
use kofu::handbook::{Sources, all_text, appendix_heading, items, to_pdf};
use kofu::i18n::I18n;
use kofu::kiosk::{assets_dir, load_municipality, load_vendor};
use kofu::pdf::FontSet;

const LANGS: [&str; 11] = [
    "ja", "en", "zh-Hans", "ko", "pt", "es", "vi", "tl", "id", "th", "ne",
];

fn sources_in<T>(lang: &str, f: impl FnOnce(&Sources<'_>) -> T) -> T {
    let m = load_municipality("tsukuba").unwrap();
    let vendors = [
        load_vendor("fujifilm").unwrap(),
        load_vendor("sharp").unwrap(),
    ];
    let s = Sources {
        municipality: &m,
        vendors: &vendors,
        lang,
        at: parse_instant("2026-11-25T10:00:00+09:00").unwrap(),
        pictures: &BTreeMap::new(),
        walks: &[],
    };
    f(&s)
}

/// A handbook without pictures in `lang`, as PDF bytes.
fn pdf_in(lang: &str) -> Vec<u8> {
    let fonts = FontSet::bundled(&assets_dir(), lang).unwrap();
    sources_in(lang, |s| to_pdf(s, &fonts)).unwrap_or_else(|e| panic!("{lang}: {e}"))
}

/// Every string the pages show, as (the font's BaseFont, its two-byte codes).
fn shown(doc: &lopdf::Document) -> Vec<(String, Vec<u8>)> {
    use lopdf::Object;
    let mut out = Vec::new();
    for (_, page) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page).unwrap();
        let content = lopdf::content::Content::decode(&doc.get_page_content(page)).unwrap();
        let mut font = String::new();
        for op in content.operations {
            match op.operator.as_str() {
                "Tf" => {
                    let name = op.operands[0].as_name().unwrap().to_vec();
                    let dict = fonts
                        .get(&name)
                        .expect("the font is in the page's resources");
                    font =
                        String::from_utf8_lossy(dict.get(b"BaseFont").unwrap().as_name().unwrap())
                            .into_owned();
                }
                "Tj" => {
                    if let Object::String(b, _) = &op.operands[0] {
                        out.push((font.clone(), b.clone()));
                    }
                }
                "TJ" => {
                    for item in op.operands[0].as_array().unwrap() {
                        if let Object::String(b, _) = item {
                            out.push((font.clone(), b.clone()));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out
}

#[test]
fn every_language_prints_every_glyph_in_the_face_of_its_script() {
    // The face a language's own script must be drawn with.
    let face_of = |lang: &str| match lang {
        "ja" => "BIZUDGothic",
        "zh-Hans" => "NotoSansCJKsc",
        "ko" => "NotoSansCJKkr",
        "th" => "NotoSansThai",
        "ne" => "NotoSansDevanagari",
        _ => "NotoSans-",
    };
    for lang in LANGS {
        let bytes = pdf_in(lang);
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        let strings = shown(&doc);
        assert!(!strings.is_empty(), "{lang}");
        for (font, codes) in &strings {
            // Code 0 is .notdef in every font kofu embeds (CID 0 → glyph 0).
            assert!(
                codes.chunks(2).all(|c| c != [0, 0]),
                "{lang}: .notdef drawn with {font}"
            );
        }
        let used: std::collections::BTreeSet<&str> = strings
            .iter()
            .map(|(f, _)| f.split('+').nth(1).unwrap_or(f))
            .collect();
        assert!(
            used.iter().any(|f| f.starts_with(face_of(lang))),
            "{lang}: {used:?}"
        );
        // Latin is proportional (Noto Sans), never the Japanese face's fixed-width letters.
        if lang == "en" {
            assert!(
                used.iter().all(|f| !f.starts_with("BIZ")
                    || strings
                        .iter()
                        .all(|(g, c)| !g.contains("BIZ") || c.len() <= 8)),
                "{used:?}"
            );
        }
        // The title reads back (the ToUnicode maps of every face, shaped runs included).
        let title: String = I18n::in_lang(lang)
            .t("handbook-title")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        // (A glyph a shaper added beyond the text, e.g. half of Thai's sara am, has no text
        // of its own: lopdf reads it as U+FFFD.)
        let page1: String = doc
            .extract_text(&[1])
            .unwrap()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{FFFD}')
            .collect();
        assert!(page1.contains(&title), "{lang}: {title} not in {page1}");
        // And as poppler reads it (it follows each shaped run's ActualText): Thai marks and
        // Devanagari vowel signs in their written order.
        if let Some(text) = pdftotext(&bytes, 1) {
            let squashed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(
                squashed.contains(&title),
                "{lang}: {title} not in {squashed}"
            );
        }
    }
}

/// Words of Latin letters in a row (an English phrase in another language's text).
fn latin_phrases(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for chunk in text.split(|c: char| !c.is_ascii() || c == '\n') {
        let words: Vec<&str> = chunk
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 2)
            .collect();
        if words.len() >= 3 {
            out.push(chunk.to_string());
        }
    }
    out
}

/// Codes written in snake_case (`card_expired`, `come_back_in_service_hours`).
fn snake_codes(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.contains('_') && w.split('_').filter(|p| !p.is_empty()).count() >= 2)
        .map(str::to_string)
        .collect()
}

#[test]
fn the_japanese_edition_says_no_code_and_no_english_before_its_appendix() {
    assert!(!latin_phrases("例：Exercise: Card reported lost").is_empty());
    assert!(!snake_codes("out_of_service_hours・次の手続き").is_empty());
    let text = sources_in("ja", |s| all_text(&items(s)));
    let head = appendix_heading(&I18n::in_lang("ja"));
    let (body, appendix) = text.split_at(text.find(&format!("{head}\n")).unwrap());
    assert_eq!(snake_codes(body), Vec::<String>::new());
    assert_eq!(latin_phrases(body), Vec::<String>::new());
    assert!(
        !snake_codes(appendix).is_empty(),
        "the codes are in the appendix"
    );
    // The same on paper, read back from the PDF by poppler where it is installed.
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("ja.pdf");
    std::fs::write(&pdf, pdf_in("ja")).unwrap();
    let Ok(out) = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
    else {
        eprintln!("pdftotext not installed: the PDF's text not checked");
        return;
    };
    let text = String::from_utf8(out.stdout).unwrap();
    let at = text.find(&head).expect("the appendix on paper");
    assert_eq!(snake_codes(&text[..at]), Vec::<String>::new());
    assert_eq!(latin_phrases(&text[..at]), Vec::<String>::new());
}

#[test]
fn chinese_and_korean_are_set_in_their_own_faces_not_the_japanese_one() {
    // A hanzi missing from the Chinese subset would print in BIZ UDGothic's Japanese shape:
    // every hanzi of the handbook's own Chinese sentences (the Japanese terms the glossary
    // quotes in brackets, and the profiles' Japanese office names, are Japanese) and every
    // Hangul of its Korean ones must be in its own face.
    for (lang, face) in [("zh-Hans", 2), ("ko", 3)] {
        let fonts = FontSet::bundled(&assets_dir(), lang).unwrap();
        let own = &fonts.faces()[face];
        let file = assets_dir()
            .join("../locales/handbook")
            .join(format!("{lang}.ftl"));
        let words: String = std::fs::read_to_string(&file)
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_string()))
            .collect();
        let missing: std::collections::BTreeSet<char> = without_japanese_terms(&words)
            .chars()
            .filter(|c| {
                matches!(
                    kofu::pdf::Script::of(*c),
                    kofu::pdf::Script::Han | kofu::pdf::Script::Hangul
                )
            })
            .filter(|c| own.glyph(*c).is_none())
            .collect();
        assert!(missing.is_empty(), "{lang}: {missing:?}");
        // And what the handbook prints holds them (a check that the file is the one read).
        let text = sources_in(lang, |s| all_text(&items(s)));
        assert!(text.contains(&I18n::in_lang(lang).t("handbook-walk")));
    }
}

/// `text` without the bracketed Japanese terms the glossary quotes (`住民票（住民票の写し）`):
/// a bracket holding kana is Japanese, rightly set in the Japanese face.
fn without_japanese_terms(text: &str) -> String {
    let mut out = String::new();
    let mut inner = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '（' | '(' => {
                depth += 1;
                inner.push(c);
            }
            '）' | ')' if depth > 0 => {
                depth -= 1;
                inner.push(c);
                if depth == 0 {
                    let japanese = inner.chars().any(|c| {
                        kofu::pdf::Script::of(c) == kofu::pdf::Script::Kana && c.is_alphabetic()
                    });
                    if !japanese {
                        out.push_str(&inner);
                    }
                    inner.clear();
                }
            }
            _ if depth > 0 => inner.push(c),
            _ => out.push(c),
        }
    }
    out.push_str(&inner);
    out
}

/// Page `page`'s text as poppler's pdftotext reads it, if poppler is installed.
fn pdftotext(pdf: &[u8], page: u32) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("h.pdf");
    std::fs::write(&file, pdf).unwrap();
    let p = page.to_string();
    let out = std::process::Command::new("pdftotext")
        .args(["-f", &p, "-l", &p])
        .arg(&file)
        .arg("-")
        .output()
        .ok()?;
    Some(String::from_utf8(out.stdout).unwrap())
}
