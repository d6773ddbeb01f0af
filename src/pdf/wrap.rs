//! Line wrapping for the Japanese and Latin text of certificates and handouts, with the
//! Japanese line-break rules (禁則処理): a line never starts with a closing bracket, a comma or
//! full stop, a small kana or a prolonged sound mark (行頭禁則), and never ends with an opening
//! bracket (行末禁則). This is the only home of those rules.
//!
//! Where a line may break: between two characters when either is Japanese (ideographs, kana,
//! full-width forms: Japanese has no spaces), and at a space; never inside a run of Latin
//! letters, digits and signs (`Pin(****)`, `¥1,200`, `1988`), which breaks only where a word
//! longer than the line leaves no choice. A line that would overflow breaks at the last such
//! opportunity the rules allow; the space it breaks at is dropped. Widths are the sum of the
//! characters' advances, measured once per character.

use super::face::FontFace;

/// Characters that never start a line (行頭禁則).
const NO_LINE_START: &str = "、。，．・：；？！）」』】〕〉》］｝〙〗ー～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ,.)]}!?:;";

/// Characters that never end a line (行末禁則).
const NO_LINE_END: &str = "「『（【〔〈《［｛〘〖([{";

/// True for a character set without spaces between words: CJK ideographs, kana, CJK
/// punctuation and the full-width forms.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Whether a line may end after `before` and the next start with `after`.
fn may_break(before: char, after: char) -> bool {
    if NO_LINE_START.contains(after) || NO_LINE_END.contains(before) {
        return false;
    }
    before.is_whitespace() || after.is_whitespace() || is_wide(before) || is_wide(after)
}

/// Breaks `text` into lines no wider than `max_w` points when set in `face` at `size` points
/// (fit the text to the face first, so what is measured is what is drawn). An empty text is
/// one empty line.
pub fn wrap(face: &FontFace, text: &str, size: f32, max_w: f32) -> Vec<String> {
    wrap_measured(text, max_w, |c| face.char_advance(c) * size / 1000.0)
}

/// [`wrap`] with each character's width given by `advance` (in the unit of `max_w`).
pub(super) fn wrap_measured(text: &str, max_w: f32, advance: impl Fn(char) -> f32) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let run = |from: usize, to: usize| chars.get(from..to).unwrap_or_default();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut width = 0.0;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let w = advance(c);
        if i > start && width + w > max_w {
            let cut = last_break(&chars, start, i);
            let line: String = run(start, cut).iter().collect();
            lines.push(line.trim_end().to_string());
            start = cut
                + run(cut, chars.len())
                    .iter()
                    .take_while(|c| c.is_whitespace())
                    .count();
            i = i.max(start);
            width = run(start, i).iter().map(|c| advance(*c)).sum();
            // Measure `c` again against the line it now starts or continues.
            continue;
        }
        width += w;
        i += 1;
    }
    if start < chars.len() || lines.is_empty() {
        lines.push(run(start, chars.len()).iter().collect());
    }
    lines
}

/// Where the line `chars[start..]` breaks when `chars[end]` does not fit: the last place in
/// `start + 1 ..= end` the rules allow, else `end` (a word longer than the line).
fn last_break(chars: &[char], start: usize, end: usize) -> usize {
    (start + 1..=end)
        .rev()
        .find(|&at| match (chars.get(at - 1), chars.get(at)) {
            (Some(before), Some(after)) => may_break(*before, *after),
            _ => false,
        })
        .unwrap_or(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character one unit wide: `max_w` counts characters.
    fn wrap_chars(text: &str, per_line: usize) -> Vec<String> {
        wrap_measured(text, per_line as f32, |_| 1.0)
    }

    #[test]
    fn no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one() {
        assert_eq!(
            wrap_chars("あいうえお。かきくけこ", 5),
            ["あいうえ", "お。かきく", "けこ"]
        );
        assert_eq!(
            wrap_chars("あいうえお」かきくけ", 5),
            ["あいうえ", "お」かきく", "け"]
        );
        assert_eq!(
            wrap_chars("あいうえ「おかき」", 5),
            ["あいうえ", "「おかき」"]
        );
        let text = "これは「見本」です。確認（テスト）を「かっこ」つきで、行う。おわり」。";
        for per_line in 3..=20 {
            let lines = wrap_chars(text, per_line);
            assert_eq!(lines.concat(), text, "{per_line}: a character lost");
            for (n, line) in lines.iter().enumerate() {
                let (Some(first), Some(last)) = (line.chars().next(), line.chars().last()) else {
                    panic!("{per_line}: empty line in {lines:?}");
                };
                assert!(line.chars().count() <= per_line, "{per_line}: {lines:?}");
                if n > 0 {
                    assert!(!"。、」）".contains(first), "{per_line}: {lines:?}");
                }
                if n + 1 < lines.len() {
                    assert!(!"「（".contains(last), "{per_line}: {lines:?}");
                }
            }
        }
    }

    #[test]
    fn latin_breaks_at_spaces_and_keeps_its_words() {
        assert_eq!(
            wrap_chars("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
        assert_eq!(
            wrap_chars("Next step (reset_pin): Pin(****)", 12),
            ["Next step", "(reset_pin):", "Pin(****)"]
        );
        // A word longer than the line is cut where it must be.
        assert_eq!(wrap_chars("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        // Japanese breaks beside Latin; a number stays whole.
        assert_eq!(
            wrap_chars("昭和63年（1988年）", 7),
            ["昭和63年", "（1988年）"]
        );
    }

    #[test]
    fn an_empty_text_is_one_empty_line() {
        assert_eq!(wrap_chars("", 5), [""]);
        assert_eq!(wrap_chars("あい", 5), ["あい"]);
    }
}
