//! Where a line may break in a language written without spaces between words (Thai, Japanese):
//! at word boundaries, never inside a word, and not at spaces a translation would add only to
//! make wrapping work. Thai: the boundaries of ICU4X's dictionary line segmenter (UAX #14 with
//! the Thai word list). Japanese: the word boundaries of ICU4X's dictionary word segmenter
//! where UAX #14 also allows a break — so a line never starts with 、。」） or ends with 「（
//! (禁則, kinsoku) and never splits スマートフォン or 止める.
//!
//! egui breaks lines only at whitespace, so the screen marks each boundary with a THIN SPACE
//! (U+2009), which is whitespace to the line breaker and which every font the window installs
//! draws with zero width (`crate::window::fonts`). Only the screen gets the marks: the words
//! in logs, JSON and speech are the catalogue's own.

use std::borrow::Cow;
use std::sync::OnceLock;

use std::collections::HashMap;
use std::sync::Mutex;

use icu_segmenter::options::{LineBreakOptions, WordBreakInvariantOptions};
use icu_segmenter::{LineSegmenter, LineSegmenterBorrowed, WordSegmenter, WordSegmenterBorrowed};

/// The character that marks a break opportunity on screen.
pub const BREAK_HINT: char = '\u{2009}';

/// True for a character of the Thai block.
fn is_thai(c: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&c)
}

/// Kana or ideographs in `text` (the panel breaks such text between words itself: see
/// `crate::window::wrap`).
pub fn has_japanese(text: &str) -> bool {
    text.chars().any(is_japanese)
}

/// True for a character of Japanese text: kana, the prolonged sound mark, CJK ideographs.
fn is_japanese(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}')
}

/// True for katakana and the prolonged sound mark: a run of them is one loanword or name
/// (マイナンバーカード, the card's own name), which the dictionary cuts into parts
/// (マイ|ナンバー|カード) but a line never breaks.
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
        && c != '・'
}

fn words() -> &'static WordSegmenterBorrowed<'static> {
    static WORDS: OnceLock<WordSegmenterBorrowed<'static>> = OnceLock::new();
    WORDS.get_or_init(|| WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()))
}

/// Texts already hinted: the panel lays out the same labels every frame, and segmenting
/// Japanese with a dictionary is not free. Emptied when it grows past [`MEMO_MAX`] entries.
static MEMO: Mutex<Option<HashMap<String, String>>> = Mutex::new(None);

/// How many hinted texts [`MEMO`] keeps.
const MEMO_MAX: usize = 4096;

fn segmenter() -> &'static LineSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<LineSegmenterBorrowed<'static>> = OnceLock::new();
    SEGMENTER.get_or_init(|| LineSegmenter::new_dictionary(LineBreakOptions::default()))
}

/// `text` with a [`BREAK_HINT`] at every word boundary between two Thai characters, and at
/// every Japanese word boundary where a line may break (see the module doc); text with neither
/// script unchanged. It goes by script, not by the screen's language, so a Thai name on another
/// language's screen (the language menu) breaks right too.
pub fn with_break_hints(text: &str) -> Cow<'_, str> {
    let thai = text.chars().any(is_thai);
    let japanese = has_japanese(text);
    if !thai && !japanese {
        return Cow::Borrowed(text);
    }
    if let Ok(memo) = MEMO.lock()
        && let Some(hinted) = memo.as_ref().and_then(|m| m.get(text))
    {
        return Cow::Owned(hinted.clone());
    }
    let hinted = hint(text, japanese);
    if let Ok(mut memo) = MEMO.lock() {
        let m = memo.get_or_insert_with(HashMap::new);
        if m.len() >= MEMO_MAX {
            m.clear();
        }
        m.insert(text.to_string(), hinted.clone());
    }
    Cow::Owned(hinted)
}

/// The hinting itself: at each line-break opportunity, a hint between two Thai characters, or
/// between two non-space characters beside Japanese at a word boundary.
fn hint(text: &str, japanese: bool) -> String {
    let word_ends: Vec<usize> = if japanese {
        words().segment_str(text).collect()
    } else {
        Vec::new()
    };
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut last = 0;
    for at in segmenter().segment_str(text) {
        let (Some(before), Some(after)) = (text.get(last..at), text.get(at..)) else {
            continue;
        };
        out.push_str(before);
        last = at;
        let (Some(b), Some(a)) = (before.chars().next_back(), after.chars().next()) else {
            continue;
        };
        let joins_thai = is_thai(b) && is_thai(a);
        let joins_japanese = (is_japanese(b) || is_japanese(a))
            && !b.is_whitespace()
            && !a.is_whitespace()
            && !(is_katakana(b) && is_katakana(a))
            && word_ends.binary_search(&at).is_ok();
        if joins_thai || joins_japanese {
            out.push(BREAK_HINT);
        }
    }
    out.push_str(text.get(last..).unwrap_or_default());
    out
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
    fn japanese_breaks_between_words_and_keeps_kinsoku() {
        let pieces = |t: &str| -> Vec<String> {
            with_break_hints(t)
                .split(BREAK_HINT)
                .map(str::to_string)
                .collect()
        };
        let print = pieces("プリント（USB・スマートフォン）");
        assert!(print.len() >= 2, "{print:?}");
        assert!(
            print.iter().any(|p| p.contains("スマートフォン")),
            "a loanword is never split: {print:?}"
        );
        let card = pieces("筑波 花子 — マイナンバーカード");
        assert!(
            card.iter().any(|p| p.contains("マイナンバーカード")),
            "a katakana name is never split: {card:?}"
        );
        let stop = pieces("音声を止める");
        assert!(
            stop.iter().any(|p| p.contains("止める")),
            "a verb is never split: {stop:?}"
        );
        let sentence = pieces("証明書を選んでください。「行政サービス」を押してください");
        assert!(sentence.len() >= 4, "{sentence:?}");
        for p in &sentence[1..] {
            assert!(
                !p.starts_with(['。', '、', '」', '）']),
                "no line starts with closing punctuation: {sentence:?}"
            );
        }
        for p in &sentence[..sentence.len() - 1] {
            assert!(
                !p.ends_with(['「', '（']),
                "no line ends with opening punctuation: {sentence:?}"
            );
        }
        assert_eq!(
            without_break_hints(&with_break_hints("証明書を選んでください")),
            "証明書を選んでください"
        );
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
        // Spaces already in Thai text stay, and get no hint beside them.
        let hinted = with_break_hints("ยกเลิก ย้อนกลับ");
        assert!(hinted.contains(" "));
        assert!(!hinted.contains(&format!("{BREAK_HINT} ")));
        assert!(!hinted.contains(&format!(" {BREAK_HINT}")));
    }
}
