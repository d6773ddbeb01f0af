//! The window's fonts: six bundled faces (assets/fonts/, see its README.md) compiled into the
//! binary, so every one of the 11 UI languages renders on a machine with no fonts installed.
//!
//! Faces are embedded with `include_bytes!` rather than read from `assets_dir()` at run time:
//! the window must be able to show text — including "assets folder not found" — before and
//! without the assets folder, in every language; the faces are 6.7 MB (+6.7 MB of binary, well
//! under a second of compile time, and only when this file changes).
//!
//! Fallback order: egui picks, for each grapheme cluster, the first face of the family that has
//! its first character, and shapes runs of one face with HarfRust (so Thai and Devanagari are
//! shaped). The order therefore decides which face draws the characters several faces share:
//! Han characters (Japanese vs Chinese shapes), Latin letters, punctuation.
//!
//! | language | Proportional family, in order |
//! | --- | --- |
//! | `ja` | BIZ UDGothic, Noto Sans, Noto Sans CJK SC, Noto Sans CJK KR, Thai, Devanagari |
//! | `zh-Hans` | Noto Sans, Noto Sans CJK SC, BIZ UDGothic, Noto Sans CJK KR, Thai, Devanagari |
//! | `ko` | Noto Sans, Noto Sans CJK KR, BIZ UDGothic, Noto Sans CJK SC, Thai, Devanagari |
//! | `th` | Noto Sans, Noto Sans Thai, BIZ UDGothic, SC, KR, Devanagari |
//! | `ne` | Noto Sans, Noto Sans Devanagari, BIZ UDGothic, SC, KR, Thai |
//! | others | Noto Sans, BIZ UDGothic, Noto Sans CJK SC, Noto Sans CJK KR, Thai, Devanagari |
//!
//! then egui's own default faces, if its `default_fonts` feature is on (last resort, and the
//! `egui-icons` of `egui::special_emojis`). For `ja` the Japanese face comes first for Latin too:
//! a Japanese UI sets digits, `¥`, `…`, `“”` and `—` in its Japanese face (as the printed
//! certificate does), not in a Western face mixed into the sentence. Every other language gets
//! Noto Sans for Latin (BIZ UDGothic's Latin is half-width fixed-pitch and lacks Vietnamese).
//!
//! `Monospace` is egui's default monospace faces (Hack, if `default_fonts`), then the same order.
//! Each language's order is also registered as the family [`family`]`(lang)`, so one screen can
//! show every language's own name in its own faces (the language picker).

use std::sync::{Arc, OnceLock};

use egui::{FontData, FontDefinitions, FontFamily};

/// The UI languages the bundled faces are chosen for.
#[cfg_attr(not(test), allow(dead_code))]
pub const LANGS: [&str; 11] = [
    "ja", "en", "zh-Hans", "ko", "pt", "es", "vi", "tl", "id", "th", "ne",
];

/// Names of the faces in `FontDefinitions::font_data`: the Japanese face (also the
/// certificates').
pub const BIZ_UD_GOTHIC: &str = "BIZ UDGothic";
/// Latin, Vietnamese and the rest of the Latin-script languages.
pub const NOTO_SANS: &str = "Noto Sans";
/// Simplified Chinese.
pub const NOTO_SANS_SC: &str = "Noto Sans CJK SC";
/// Korean.
pub const NOTO_SANS_KR: &str = "Noto Sans CJK KR";
/// Thai.
pub const NOTO_SANS_THAI: &str = "Noto Sans Thai";
/// Nepali (Devanagari).
pub const NOTO_SANS_DEVANAGARI: &str = "Noto Sans Devanagari";

macro_rules! font_file {
    ($file:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts/", $file))
    };
}

/// The bundled faces: name, bytes. Indices are used by [`order`].
static FACES: [(&str, &[u8]); 6] = [
    (BIZ_UD_GOTHIC, font_file!("BIZUDGothic-Regular.ttf")),
    (NOTO_SANS, font_file!("NotoSans-Regular.subset.ttf")),
    (NOTO_SANS_SC, font_file!("NotoSansCJKsc-Regular.subset.otf")),
    (NOTO_SANS_KR, font_file!("NotoSansCJKkr-Regular.subset.otf")),
    (NOTO_SANS_THAI, font_file!("NotoSansThai-Regular.ttf")),
    (
        NOTO_SANS_DEVANAGARI,
        font_file!("NotoSansDevanagari-Regular.ttf"),
    ),
];
const BIZ: usize = 0;
const LATIN: usize = 1;
const SC: usize = 2;
const KR: usize = 3;
const THAI: usize = 4;
const DEVA: usize = 5;

/// The bundled faces in fallback order for `lang` (a BCP 47 tag; only its first subtag counts,
/// unknown languages get the Latin-first order).
fn order(lang: &str) -> [usize; 6] {
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    match primary.to_ascii_lowercase().as_str() {
        "ja" => [BIZ, LATIN, SC, KR, THAI, DEVA],
        "zh" => [LATIN, SC, BIZ, KR, THAI, DEVA],
        "ko" => [LATIN, KR, BIZ, SC, THAI, DEVA],
        "th" => [LATIN, THAI, BIZ, SC, KR, DEVA],
        "ne" | "hi" | "mr" => [LATIN, DEVA, BIZ, SC, KR, THAI],
        _ => [LATIN, BIZ, SC, KR, THAI, DEVA],
    }
}

/// The font family that renders text of `lang` in `lang`'s own fallback order, whatever the UI
/// language: e.g. `RichText::new("简体中文").family(fonts::family("zh-Hans"))` in the language
/// picker, so Chinese is drawn with Chinese shapes in the Japanese UI. Registered for every one
/// of [`LANGS`] by [`definitions`].
#[cfg_attr(not(test), allow(dead_code))]
pub fn family(lang: &str) -> FontFamily {
    FontFamily::Name(format!("kofu-{lang}").into())
}

/// Each face's `FontData`, made once: every `definitions()` shares the same bytes, so
/// `Context::set_fonts` sees equal definitions without comparing megabytes. A thin space draws
/// with zero width in every face: the screen uses it to mark where Thai may break
/// (`crate::i18n::line_break`), and no catalogue text uses it otherwise (a test checks).
fn font_data() -> &'static [Arc<FontData>] {
    static DATA: OnceLock<Vec<Arc<FontData>>> = OnceLock::new();
    DATA.get_or_init(|| {
        FACES
            .iter()
            .map(|(_, bytes)| {
                let tweak = egui::FontTweak {
                    thin_space_width: 0.0,
                    ..egui::FontTweak::default()
                };
                Arc::new(FontData::from_static(bytes).tweak(tweak))
            })
            .collect()
    })
}

/// egui's default definitions (empty unless its `default_fonts` feature is on), made once.
fn egui_defaults() -> &'static FontDefinitions {
    static DEFAULTS: OnceLock<FontDefinitions> = OnceLock::new();
    DEFAULTS.get_or_init(FontDefinitions::default)
}

/// Each bundled face parsed by ttf-parser, once (for [`covers`]).
fn parsed() -> &'static [ttf_parser::Face<'static>] {
    static PARSED: OnceLock<Vec<ttf_parser::Face<'static>>> = OnceLock::new();
    PARSED.get_or_init(|| {
        FACES
            .iter()
            .map(|(name, bytes)| {
                ttf_parser::Face::parse(bytes, 0)
                    .unwrap_or_else(|e| panic!("bundled font {name} does not parse: {e}"))
            })
            .collect()
    })
}

fn chain(lang: &str) -> Vec<String> {
    order(lang).iter().map(|&i| FACES[i].0.to_owned()).collect()
}

/// Installs the bundled faces so every bundled language renders; `lang` decides fallback order
/// so Japanese text uses the Japanese face (no Chinese glyph shapes): for "ja" BIZ UDGothic comes
/// before Noto SC/KR; for "zh-Hans" Noto SC first; for "ko" Noto KR first; Latin text uses Noto Sans
/// first in every language but "ja" (see the module docs); Thai and Devanagari faces present
/// everywhere as fallbacks.
///
/// Cheap to call again with the same `lang` (egui compares the definitions, which share their
/// bytes); call it again when the UI language changes. Takes effect at the next pass, or at once
/// if no text was laid out yet in this pass.
pub fn install(ctx: &egui::Context, lang: &str) {
    ctx.set_fonts(definitions(lang));
}

/// The font definitions for a language (for tests and for the GUI to cache).
pub fn definitions(lang: &str) -> FontDefinitions {
    let mut defs = egui_defaults().clone();
    for (&(name, _), data) in FACES.iter().zip(font_data()) {
        defs.font_data.insert(name.to_owned(), Arc::clone(data));
    }
    let ours = chain(lang);
    let default_of = |family: &FontFamily| -> Vec<String> {
        egui_defaults()
            .families
            .get(family)
            .cloned()
            .unwrap_or_default()
    };
    let proportional: Vec<String> = ours
        .iter()
        .cloned()
        .chain(default_of(&FontFamily::Proportional))
        .collect();
    let monospace: Vec<String> = default_of(&FontFamily::Monospace)
        .into_iter()
        .chain(ours.iter().cloned())
        .collect();
    defs.families.insert(FontFamily::Proportional, proportional);
    defs.families.insert(FontFamily::Monospace, monospace);
    for other in LANGS {
        let named: Vec<String> = chain(other)
            .into_iter()
            .chain(default_of(&FontFamily::Proportional))
            .collect();
        defs.families.insert(family(other), named);
    }
    defs
}

/// Characters egui draws with no glyph: line breaks and other controls, tab (a space), and the
/// invisible format characters it renders zero-width whatever the face (ZWJ, ZWNJ, bidi marks,
/// word joiner, BOM), plus variation selectors.
fn needs_no_glyph(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{E0100}'..='\u{E01EF}')
}

/// Whether the face `name` (bundled or one of egui's defaults in `defs`) maps `c` to a glyph.
fn face_has(defs: &FontDefinitions, name: &str, c: char) -> bool {
    if let Some(i) = FACES.iter().position(|(n, _)| *n == name) {
        return parsed()[i].glyph_index(c).is_some_and(|g| g.0 != 0);
    }
    defs.font_data.get(name).is_some_and(|data| {
        ttf_parser::Face::parse(data.bytes(), data.index)
            .is_ok_and(|face| face.glyph_index(c).is_some_and(|g| g.0 != 0))
    })
}

/// Whether every char of `text` is covered by some face of `definitions(lang)`'s proportional
/// family (ttf-parser reads the cmaps). For tests: "no text that fails to render".
#[cfg_attr(not(test), allow(dead_code))]
pub fn covers(lang: &str, text: &str) -> bool {
    let defs = definitions(lang);
    let Some(faces) = defs.families.get(&FontFamily::Proportional) else {
        return false;
    };
    text.chars()
        .all(|c| needs_no_glyph(c) || faces.iter().any(|name| face_has(&defs, name, c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Short UI sentences in each language, with the kiosk's symbols.
    const SAMPLES: [(&str, &str); 11] = [
        (
            "ja",
            "証明書を選んでください。住民票の写し（見本）1通 ¥300 ○ ← 戻る × 取消 「はい」・マイナンバーカード…",
        ),
        (
            "en",
            "Please choose a certificate. Copy of residence record (SPECIMEN 見本) ×1 — ¥300 ○ ← Back",
        ),
        (
            "zh-Hans",
            "请选择证明书。住民票副本（样本 见本）1份 ¥300 ○ ← 返回 × 取消，请插入个人编号卡…",
        ),
        (
            "ko",
            "증명서를 선택하세요. 주민표 사본(견본 見本) 1통 ¥300 ○ ← 돌아가기 × 취소 「예」",
        ),
        (
            "pt",
            "Por favor, selecione o certificado. Cópia do registro de residência (見本) ¥300 ○ ← Voltar × ação, não",
        ),
        (
            "es",
            "Por favor, elija el certificado. ¿Cuántas copias? ¡Gracias! Año, niño (見本) ¥300 ○ ← Atrás ×",
        ),
        (
            "vi",
            "Vui lòng chọn giấy chứng nhận. Bản sao phiếu cư trú (見本) ¥300 ○ ← Quay lại × Hủy, Tiếng Việt",
        ),
        (
            "tl",
            "Pakipili ang sertipiko. Kopya ng talaan ng paninirahan (見本) ¥300 ○ ← Bumalik × Kanselahin, Mañana",
        ),
        (
            "id",
            "Silakan pilih sertifikat. Salinan catatan tempat tinggal (見本) ¥300 ○ ← Kembali × Batal, café",
        ),
        (
            "th",
            "กรุณาเลือกใบรับรอง สำเนาทะเบียนบ้าน (見本) ¥300 ○ ← ย้อนกลับ × ยกเลิก ฿",
        ),
        (
            "ne",
            "कृपया प्रमाणपत्र छान्नुहोस्। बसोबास अभिलेखको प्रतिलिपि (見本) ¥300 ○ ← फिर्ता × रद्द गर्नुहोस् क्ष त्र ज्ञ",
        ),
    ];

    /// The first face of `lang`'s proportional family that has `c`.
    fn face_for(lang: &str, c: char) -> Option<String> {
        let defs = definitions(lang);
        defs.families[&FontFamily::Proportional]
            .iter()
            .find(|name| face_has(&defs, name, c))
            .cloned()
    }

    #[test]
    fn every_language_sample_is_covered() {
        assert_eq!(SAMPLES.map(|(l, _)| l), LANGS);
        for (lang, text) in SAMPLES {
            assert!(covers(lang, text), "{lang}: {text}");
            // Also with the bundled faces alone (egui's defaults may be off).
            let missing: String = text
                .chars()
                .filter(|&c| {
                    !needs_no_glyph(c) && parsed().iter().all(|f| f.glyph_index(c).is_none())
                })
                .collect();
            assert!(missing.is_empty(), "{lang}: bundled faces lack {missing:?}");
            // Every language's text renders in every UI language (mixed screens, the picker).
            for ui in LANGS {
                assert!(covers(ui, text), "{lang} text under UI language {ui}");
            }
        }
    }

    #[test]
    fn uncovered_text_is_reported() {
        assert!(!covers("ja", "\u{E000}")); // private use
        assert!(!covers("en", "🜁")); // alchemical symbol: no bundled face
        assert!(covers("ja", "")); // nothing to draw
        assert!(covers("ne", "क्\u{200D}ष\n\t"));
    }

    #[test]
    fn japanese_uses_the_japanese_face_first() {
        let defs = definitions("ja");
        let prop = &defs.families[&FontFamily::Proportional];
        assert_eq!(prop[0], BIZ_UD_GOTHIC);
        let pos = |n: &str| prop.iter().position(|x| x == n).unwrap();
        assert!(pos(BIZ_UD_GOTHIC) < pos(NOTO_SANS_SC));
        assert!(pos(BIZ_UD_GOTHIC) < pos(NOTO_SANS_KR));
        for c in "証明書直骨写見本戻".chars() {
            assert_eq!(face_for("ja", c).as_deref(), Some(BIZ_UD_GOTHIC), "{c}");
        }
    }

    #[test]
    fn chinese_and_korean_use_their_faces() {
        for c in "请选择证明书直骨样本返回".chars() {
            assert_eq!(face_for("zh-Hans", c).as_deref(), Some(NOTO_SANS_SC), "{c}");
        }
        for c in "，。（）".chars() {
            assert_eq!(face_for("zh-Hans", c).as_deref(), Some(NOTO_SANS_SC), "{c}");
        }
        for c in "증명서를선택하세요".chars() {
            assert_eq!(face_for("ko", c).as_deref(), Some(NOTO_SANS_KR), "{c}");
        }
        // Han characters outside the Chinese subset still render (BIZ UDGothic).
        assert_eq!(face_for("zh-Hans", '渋').as_deref(), Some(BIZ_UD_GOTHIC));
        // Hangul in a Japanese UI comes from the Korean face.
        assert_eq!(face_for("ja", '한').as_deref(), Some(NOTO_SANS_KR));
    }

    #[test]
    fn latin_uses_noto_sans_except_in_japanese() {
        for lang in LANGS.into_iter().filter(|l| *l != "ja") {
            let defs = definitions(lang);
            assert_eq!(
                defs.families[&FontFamily::Proportional][0],
                NOTO_SANS,
                "{lang}"
            );
            for c in "Aaệ¥ñ".chars() {
                assert_eq!(face_for(lang, c).as_deref(), Some(NOTO_SANS), "{lang} {c}");
            }
        }
        // In Japanese, Vietnamese letters BIZ UDGothic lacks come from Noto Sans.
        assert_eq!(face_for("ja", 'ệ').as_deref(), Some(NOTO_SANS));
        assert_eq!(face_for("th", 'ก').as_deref(), Some(NOTO_SANS_THAI));
        assert_eq!(face_for("ne", 'क').as_deref(), Some(NOTO_SANS_DEVANAGARI));
        assert_eq!(face_for("en", 'ก').as_deref(), Some(NOTO_SANS_THAI));
    }

    #[test]
    fn every_family_has_every_face_and_named_families_exist() {
        for lang in LANGS {
            let defs = definitions(lang);
            for fam in [
                FontFamily::Proportional,
                FontFamily::Monospace,
                family(lang),
            ] {
                let names = &defs.families[&fam];
                for (face, _) in FACES {
                    assert!(
                        names.iter().any(|n| n == face),
                        "{lang} {fam:?} lacks {face}"
                    );
                }
                for n in names {
                    assert!(defs.font_data.contains_key(n), "{n} has no data");
                }
            }
            for other in LANGS {
                assert_eq!(
                    defs.families[&family(other)][..6],
                    definitions(other).families[&FontFamily::Proportional][..6]
                );
            }
        }
        // Region or script subtags don't change the choice.
        assert_eq!(
            definitions("ja-JP").families[&FontFamily::Proportional][0],
            BIZ_UD_GOTHIC
        );
    }

    #[test]
    fn bundled_faces_are_the_expected_fonts() {
        for ((name, _), face) in FACES.iter().zip(parsed()) {
            let family = face
                .names()
                .into_iter()
                .filter(|n| n.name_id == ttf_parser::name_id::FAMILY && n.is_unicode())
                .find_map(|n| n.to_string())
                .unwrap_or_default();
            assert!(family.starts_with(name), "{name}: family name {family:?}");
            assert!(face.tables().cmap.is_some(), "{name}: no cmap");
        }
    }

    /// Every locale file that exists renders in its language, and the Chinese and Korean subsets
    /// hold every Han / Hangul character of their locale (else: run tools/fonts/subset.py).
    #[test]
    fn locale_files_are_covered() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        for lang in LANGS {
            let mut files = vec![root.join(format!("{lang}.ftl"))];
            if let Ok(dir) = std::fs::read_dir(root.join(lang)) {
                files.extend(dir.flatten().map(|e| e.path()));
            }
            let text: String = files
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .filter_map(|p| std::fs::read_to_string(p).ok())
                // Messages only: `#` comments are never shown.
                .flat_map(|t| {
                    t.lines()
                        .filter(|l| !l.trim_start().starts_with('#'))
                        .map(|l| format!("{l}\n"))
                        .collect::<Vec<_>>()
                })
                .collect();
            assert!(
                covers(lang, &text),
                "locales/{lang}: a character no face has"
            );
            let own = match lang {
                "zh-Hans" => Some((SC, ('\u{3400}'..='\u{9FFF}'))),
                "ko" => Some((KR, ('\u{AC00}'..='\u{D7A3}'))),
                _ => None,
            };
            if let Some((face, range)) = own {
                let missing: String = text
                    .chars()
                    .filter(|c| range.contains(c) && parsed()[face].glyph_index(*c).is_none())
                    .collect();
                assert!(
                    missing.is_empty(),
                    "locales/{lang}: {missing:?} not in {}: run tools/fonts/subset.py",
                    FACES[face].0
                );
            }
        }
    }

    /// egui itself loads every face and lays out every sample without a missing glyph.
    #[test]
    fn egui_renders_every_sample() {
        for lang in ["ja", "zh-Hans", "ko", "th", "ne", "vi"] {
            let ctx = egui::Context::default();
            ctx.set_missing_glyph_policy(egui::MissingGlyphPolicy::Panic);
            install(&ctx, lang);
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                for (_, text) in SAMPLES {
                    ui.label(text);
                }
            });
            output.textures_delta.clear(); // no renderer here
            let font = egui::FontId::proportional(16.0);
            ctx.fonts_mut(|f| {
                for (sample_lang, text) in SAMPLES {
                    let visible: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                    assert!(f.has_glyphs(&font, &visible), "{lang}: {sample_lang}");
                }
                let chars = f.characters(&FontFamily::Proportional);
                let first = |c: char| chars[&c][0].clone();
                match lang {
                    "ja" => assert_eq!(first('直'), BIZ_UD_GOTHIC),
                    "zh-Hans" => assert_eq!(first('直'), NOTO_SANS_SC),
                    "ko" => assert_eq!(first('증'), NOTO_SANS_KR),
                    _ => assert_eq!(first('a'), NOTO_SANS),
                }
            });
        }
    }
}
