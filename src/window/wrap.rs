//! Japanese lines that break between words. egui wraps CJK text after any ideograph or kana
//! (the last one that fits), so 「スマートフォン」 or 「止める」 can be split across lines. The
//! panel therefore breaks Japanese itself: the text is cut at the word boundaries of
//! [`crate::i18n::line_break`] (which keep 禁則), the pieces are packed greedily into lines
//! measured with the font that draws them, and the lines go to egui joined by newlines. A word
//! longer than a whole line is still wrapped by egui inside it (nothing else can fit it).
//! Text without Japanese is returned as the break hints leave it (Thai needs only those).

use std::borrow::Cow;

use egui::{Color32, FontId, Painter};

use crate::i18n::line_break::{BREAK_HINT, has_japanese, with_break_hints};

/// `text` as the panel draws it in lines at most `width` wide with `font`: with break hints,
/// and, for Japanese, with a newline at each word boundary where a line must end.
pub fn wrapped<'a>(painter: &Painter, text: &'a str, font: &FontId, width: f32) -> Cow<'a, str> {
    let hinted = with_break_hints(text);
    if !hinted.contains(BREAK_HINT) || !has_japanese(text) {
        return hinted;
    }
    let measure = |s: &str| {
        painter
            .layout_no_wrap(s.to_string(), font.clone(), Color32::PLACEHOLDER)
            .size()
            .x
    };
    let mut lines: Vec<String> = Vec::new();
    for paragraph in hinted.split('\n') {
        let mut line = String::new();
        for piece in paragraph.split(BREAK_HINT).flat_map(after_spaces) {
            let joined = format!("{line}{piece}");
            if line.is_empty() || measure(joined.trim_end()) <= width {
                line = joined;
            } else {
                // The space stays at the line's end (it draws nothing): the line ends at it.
                lines.push(std::mem::replace(&mut line, piece.to_string()));
            }
        }
        lines.push(line);
    }
    Cow::Owned(lines.join("\n"))
}

/// `piece` cut after each space, the spaces kept: a line may end at a space too (「読み取り部:
/// 筑波 花子」 ends after 「部:」, not inside 「読み取り部」).
fn after_spaces(piece: &str) -> impl Iterator<Item = &str> {
    piece.split_inclusive(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` wrapped at `width` points by the window's fonts (a context of its own).
    fn lines(text: &str, width: f32) -> Vec<String> {
        let ctx = egui::Context::default();
        crate::window::fonts::install(&ctx, "ja");
        let mut out = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let font = FontId::proportional(20.0);
            out = wrapped(ui.painter(), text, &font, width)
                .split('\n')
                .map(str::to_string)
                .collect();
        });
        // No renderer here: the font atlas's upload is dropped on purpose.
        output.textures_delta.clear();
        out
    }

    #[test]
    fn japanese_lines_end_between_words() {
        let got = lines("プリント（USB・スマートフォン）", 170.0);
        assert!(got.len() >= 2, "{got:?}");
        assert!(got.iter().any(|l| l.contains("スマートフォン")), "{got:?}");
        let got = lines("音声を止める", 70.0);
        assert_eq!(got, ["音声を", "止める"]);
        // A line ends at a space rather than inside a word before it.
        let got = lines("読み取り部: 筑波 花子 — マイナンバーカード", 200.0);
        assert!(got[0].starts_with("読み取り部:"), "{got:?}");
        assert!(
            got.iter().any(|l| l.contains("マイナンバーカード")),
            "{got:?}"
        );
        // Wide enough: one line, as written.
        assert_eq!(lines("音声を止める", 400.0), ["音声を止める"]);
    }

    #[test]
    fn other_text_is_left_to_egui() {
        assert_eq!(lines("Stop speech", 40.0), ["Stop speech"]);
    }
}
