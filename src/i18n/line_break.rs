//! Where a line may break in a language written without spaces between words (Thai): at the
//! word boundaries of ICU4X's dictionary line segmenter (UAX #14 with the Thai word list),
//! never inside a word, and not at spaces a translation would add only to make wrapping work.
//!
//! egui breaks lines only at whitespace, so the screen marks each boundary with a THIN SPACE
//! (U+2009), which is whitespace to the line breaker and which every font the window installs
//! draws with zero width (`crate::window::fonts`). Only the screen gets the marks: the words
//! in logs, JSON and speech are the catalogue's own.

use std::borrow::Cow;
use std::sync::OnceLock;

use icu_segmenter::LineSegmenter;
use icu_segmenter::LineSegmenterBorrowed;
use icu_segmenter::options::LineBreakOptions;

/// The character that marks a break opportunity on screen.
pub const BREAK_HINT: char = '\u{2009}';

/// True for a character of the Thai block.
fn is_thai(c: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&c)
}

fn segmenter() -> &'static LineSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<LineSegmenterBorrowed<'static>> = OnceLock::new();
    SEGMENTER.get_or_init(|| LineSegmenter::new_dictionary(LineBreakOptions::default()))
}

/// `text` with a [`BREAK_HINT`] at every word boundary between two Thai characters (the only
/// bundled script written without spaces between words); text without Thai unchanged. It goes
/// by script, not by the screen's language, so a Thai name on another language's screen (the
/// language menu) breaks right too.
pub fn with_break_hints(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_thai) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut last = 0;
    for at in segmenter().segment_str(text) {
        let (Some(before), Some(after)) = (text.get(last..at), text.get(at..)) else {
            continue;
        };
        out.push_str(before);
        last = at;
        let joins_thai = before.chars().next_back().is_some_and(is_thai)
            && after.chars().next().is_some_and(is_thai);
        if joins_thai {
            out.push(BREAK_HINT);
        }
    }
    out.push_str(text.get(last..).unwrap_or_default());
    Cow::Owned(out)
}

/// `text` without break hints (for accessible names and tests).
pub fn without_break_hints(text: &str) -> Cow<'_, str> {
    if text.contains(BREAK_HINT) {
        Cow::Owned(text.chars().filter(|&c| c != BREAK_HINT).collect())
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_breaks_between_words_and_nowhere_else() {
        // "Please choose the certificate you want" (กรุณาเลือกหนังสือรับรองที่ต้องการ).
        let text = "กรุณาเลือกหนังสือรับรองที่ต้องการ";
        let hinted = with_break_hints(text);
        let words: Vec<&str> = hinted.split(BREAK_HINT).collect();
        assert!(words.len() >= 4, "{words:?}");
        assert!(words.contains(&"กรุณา"), "{words:?}");
        assert!(words.contains(&"เลือก"), "{words:?}");
        assert_eq!(without_break_hints(&hinted), text);
        // A break is never placed inside a word: every piece is a dictionary word or more.
        assert!(words.iter().all(|w| w.chars().count() >= 2), "{words:?}");
    }

    #[test]
    fn no_catalogue_text_uses_the_hint_character() {
        for (code, text) in crate::i18n::LOCALES {
            assert!(!text.contains(BREAK_HINT), "{code}.ftl has a thin space");
            assert!(
                !text.contains('\u{202F}'),
                "{code}.ftl has a narrow no-break space"
            );
        }
    }

    #[test]
    fn other_languages_and_latin_text_are_untouched() {
        assert!(matches!(
            with_break_hints("Choose a certificate"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(with_break_hints("PIN 1234"), Cow::Borrowed(_)));
        assert!(matches!(
            with_break_hints("証明書を選んでください"),
            Cow::Borrowed(_)
        ));
        // Spaces already in Thai text stay, and get no hint beside them.
        let hinted = with_break_hints("ยกเลิก ย้อนกลับ");
        assert!(hinted.contains(" "));
        assert!(!hinted.contains(&format!("{BREAK_HINT} ")));
        assert!(!hinted.contains(&format!(" {BREAK_HINT}")));
    }
}
