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
    // Japanese that may break only at its spaces (「筑波 花子 — マイナンバーカード」 has no
    // hint) is packed too: egui would break it after any kana, inside a word.
    let breaks = hinted.contains(BREAK_HINT) || text.contains(char::is_whitespace);
    if !breaks || !has_japanese(text) {
        return hinted;
    }
    // The lines depend on the text, the font, the width, the zoom and the faces the font's
    // family falls back through (the language's order): the same key gives the same lines, so
    // they are kept in the context's memory. Measuring every prefix again on each frame was 6%
    // of the accessibility audit's instructions (it draws each screen three times).
    let ctx = painter.ctx();
    let chain = ctx.fonts(|f| f.definitions().families.get(&font.family).cloned());
    let key = egui::Id::unique((
        text,
        font.size.to_bits(),
        &font.family,
        width.to_bits(),
        ctx.pixels_per_point().to_bits(),
        chain,
    ));
    let memory = egui::Id::unique("kofu-wrapped");
    let hit = ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Packed>(memory)
            .0
            .get(&key)
            .cloned()
    });
    if let Some(lines) = hit {
        return Cow::Owned(lines);
    }
    let lines = pack(painter, &hinted, font, width);
    ctx.data_mut(|d| {
        let kept = &mut d.get_temp_mut_or_default::<Packed>(memory).0;
        // A window resized by dragging makes a new width every frame: start again rather
        // than grow without end.
        if kept.len() >= PACKED_MAX {
            kept.clear();
        }
        kept.insert(key, lines.clone());
    });
    Cow::Owned(lines)
}

/// How many packed texts a context keeps.
const PACKED_MAX: usize = 4096;

/// Packed lines by text, font, width, zoom and fallback faces.
#[derive(Clone, Default)]
struct Packed(std::collections::HashMap<egui::Id, String>);

/// `hinted` (text with break hints) packed greedily into lines at most `width` wide.
fn pack(painter: &Painter, hinted: &str, font: &FontId, width: f32) -> String {
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
    lines.join("\n")
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
        // Breaks only at spaces: still between words.
        let got = lines("筑波 花子 — マイナンバーカード", 150.0);
        assert!(
            got.iter().any(|l| l.trim() == "マイナンバーカード"),
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
