//! The audit's checks of how the panel sets its text and tiles, measured on the laid-out rows
//! of each painted text (egui's galley) and on the controls' bounds:
//! - `line_height`: wrapped text on the panel is set at the profile's line height — 1.5 for
//!   body text (WCAG 1.4.8, JIS X 8341-3 7.1.4.8), the label figure for a control's label.
//! - `word_break`: no line of any text ends inside a word: a break must be at a space, after a
//!   hyphen or slash, or where the line-break segmenter ([`crate::i18n::line_break`]: UAX #14
//!   with the Thai dictionary, Japanese word boundaries that keep 禁則) allows one.
//! - `tiles_aligned`: tiles side by side in a row (controls of about one width) have one
//!   height and one top.

use egui::Rect;

use super::check::{Fail, Seen};
use super::frame::{Text, rect_of, region};
use super::profile::Profile;
use crate::i18n::line_break::{BREAK_HINT, has_japanese, with_break_hints};

/// Runs the three checks. Returns the checks made.
pub(super) fn check(seen: &Seen<'_>, p: &Profile, fails: &mut Vec<Fail>) -> usize {
    let controls: Vec<Rect> = seen
        .controls()
        .into_iter()
        .filter_map(rect_of)
        .filter(|r| region(r.center()) == 0)
        .collect();
    let mut checks = 0;
    for x in seen.texts.iter().filter(|x| x.clip.intersects(x.rect)) {
        let rows = rows(x);
        if rows.len() < 2 {
            continue;
        }
        checks += 2;
        if region(x.rect.center()) == 0 {
            let label = controls.iter().any(|r| r.contains(x.rect.center()));
            line_height(x, label, p, fails);
        }
        word_breaks(x, &rows, fails);
    }
    checks + tiles(&controls, fails)
}

/// The text's rows that hold glyphs: their top, their characters and whether a newline in the
/// text ends them. A row's characters are found by walking its glyphs along the text: the
/// shaper may give a grapheme more glyphs than characters (Thai ำ is two, a Devanagari
/// syllable's glyphs all carry its first character), so a row's glyph count is not its
/// character count. Each row ends at a grapheme boundary.
fn rows(x: &Text) -> Vec<(f32, String, bool)> {
    let text = x.galley.text();
    let chars: Vec<char> = text.chars().collect();
    let starts = grapheme_starts(text, chars.len());
    let next_start = |mut p: usize| {
        p += 1;
        while p < chars.len() && !starts[p] {
            p += 1;
        }
        p
    };
    let mut p = 0;
    let mut out = Vec::new();
    let rows = &x.galley.rows;
    for (i, r) in rows.iter().enumerate() {
        let from = p;
        let mut cluster = p;
        let mut base = egui::Vec2::ZERO;
        for g in &r.row.glyphs {
            if chars.get(p) == Some(&g.chr) {
                if starts[p] {
                    cluster = p;
                    base = g.uv_rect.size;
                }
                p += 1;
            } else if chars.get(cluster) == Some(&g.chr) && p > from && g.uv_rect.size != base {
                // Another glyph of the grapheme begun at `cluster` (a mark, the า of ำ); a
                // glyph drawn like the grapheme's first is the same letter again (ฉบับ).
            } else {
                // The grapheme's other characters had no glyph of their own: go to the glyph's
                // character, a few graphemes on at most.
                let mut q = if starts.get(p).copied().unwrap_or(true) {
                    p
                } else {
                    next_start(p.saturating_sub(1))
                };
                for _ in 0..4 {
                    if q >= chars.len() || chars[q] == g.chr {
                        break;
                    }
                    q = next_start(q);
                }
                if chars.get(q) == Some(&g.chr) {
                    cluster = q;
                    p = q + 1;
                }
            }
        }
        while p < chars.len() && !starts[p] {
            p += 1;
        }
        // The next row starts with its first glyph's character: where the walk drifted (a
        // reordered or conjunct syllable), the boundary is the nearest such grapheme start,
        // one after a space first (where egui breaks).
        if !r.ends_with_newline
            && let Some(want) = rows
                .get(i + 1)
                .and_then(|n| n.row.glyphs.first())
                .map(|g| g.chr)
        {
            let near = |q: &usize| q.abs_diff(p);
            let fits = |q: &usize| *q > from && chars.get(*q) == Some(&want) && starts[*q];
            let span = p.saturating_sub(6)..(p + 7).min(chars.len());
            let after_space = span
                .clone()
                .filter(fits)
                .filter(|q| chars[*q - 1].is_whitespace())
                .min_by_key(near);
            if let Some(q) = after_space.or_else(|| span.filter(fits).min_by_key(near)) {
                p = q;
            }
        }
        let s: String = chars.get(from..p).unwrap_or_default().iter().collect();
        if r.ends_with_newline && chars.get(p) == Some(&'\n') {
            p += 1;
        }
        if !s.trim().is_empty() {
            out.push((r.pos.y, s, r.ends_with_newline));
        }
    }
    out
}

/// For each character of `text` (`n` of them), whether a grapheme cluster starts there.
fn grapheme_starts(text: &str, n: usize) -> Vec<bool> {
    let mut starts = vec![false; n + 1];
    let segmenter = icu_segmenter::GraphemeClusterSegmenter::new();
    let mut bytes = segmenter.segment_str(text).peekable();
    for (i, (at, _)) in text.char_indices().enumerate() {
        while bytes.peek().is_some_and(|b| *b < at) {
            bytes.next();
        }
        starts[i] = bytes.peek() == Some(&at);
    }
    starts[n] = true;
    starts
}

/// `line_height` for a text of two rows or more.
fn line_height(x: &Text, label: bool, p: &Profile, fails: &mut Vec<Fail>) {
    let tops: Vec<f32> = x
        .galley
        .rows
        .iter()
        .filter(|r| !r.row.glyphs.is_empty())
        .map(|r| r.pos.y)
        .collect();
    let Some(pitch) = tops
        .windows(2)
        .map(|w| w[1] - w[0])
        .filter(|d| *d > 0.0)
        .reduce(f32::min)
    else {
        return;
    };
    let ratio = f64::from(pitch / x.size);
    let (kind, need) = if label {
        ("a wrapped control label", p.line_height_label)
    } else {
        ("wrapped body text", p.line_height_body)
    };
    if ratio + 0.03 < need {
        let why = format!(
            "{kind} set at {ratio:.2} line height ({pitch:.0} px lines, {:.0} px text) < {need}",
            x.size
        );
        fails.push(
            Fail::new("line_height", format!("{:?}: {why}", x.text))
                .cause(format!("{kind} set at {ratio:.2} < {need}"))
                .at(x.rect),
        );
    }
}

/// Characters a line may not start with (Japanese 行頭禁則), nor, the second set, end with.
const NO_START: &str = "、。，．」』）〕】！？ー・：；ゃゅょっぁぃぅぇぉャュョッァィゥェォ";
const NO_END: &str = "「『（〔【";

/// `word_break` between each row and the next.
fn word_breaks(x: &Text, rows: &[(f32, String, bool)], fails: &mut Vec<Fail>) {
    let clean = |s: &str| -> Vec<char> { s.chars().filter(|c| *c != BREAK_HINT).collect() };
    let lines: Vec<Vec<char>> = rows.iter().map(|(_, s, _)| clean(s)).collect();
    let whole: String = lines.iter().flatten().collect();
    let allowed = allowed_breaks(&whole);
    let mut at = 0;
    for (k, w) in lines.windows(2).enumerate() {
        at += w[0].len();
        let (Some(&b), Some(&a)) = (w[0].last(), w[1].first()) else {
            continue;
        };
        // A newline written in the text is the catalogue's own line, except in Japanese and
        // Thai, whose lines the window breaks itself (crate::window::wrap).
        let script = |c: char| has_japanese(&c.to_string()) || is_thai(c);
        if rows[k].2 && !script(b) && !script(a) {
            continue;
        }
        // A space (or a break hint) beside the break, or a hyphen or slash before it.
        if b.is_whitespace() || a.is_whitespace() || matches!(b, '-' | '‐' | '/' | '–') {
            continue;
        }
        let kinsoku = NO_START.contains(a) || NO_END.contains(b);
        let inside = wordy(b) && wordy(a) && !allowed.contains(&at);
        if kinsoku || inside {
            let around: String = w[0]
                .iter()
                .rev()
                .take(4)
                .rev()
                .chain(['|'].iter())
                .chain(w[1].iter().take(4))
                .collect();
            let why = if kinsoku {
                format!("a line starts with {a:?} or ends with {b:?} (禁則) at {around:?}")
            } else {
                format!("a line breaks inside a word at {around:?}")
            };
            fails.push(
                Fail::new("word_break", format!("{:?}: {why}", x.text))
                    .cause(why)
                    .at(x.rect),
            );
        }
    }
}

/// Letters, digits and marks of any script: two of them side by side are one word unless the
/// segmenter says otherwise.
fn wordy(c: char) -> bool {
    c.is_alphanumeric() || is_thai(c) || c == 'ー'
}

fn is_thai(c: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&c)
}

/// Character offsets of `text` where the segmenter allows a break between two wordy
/// characters (the break hints the panel would give it).
fn allowed_breaks(text: &str) -> Vec<usize> {
    let hinted = with_break_hints(text);
    let mut out = Vec::new();
    let mut i = 0;
    for c in hinted.chars() {
        if c == BREAK_HINT {
            out.push(i);
        } else {
            i += 1;
        }
    }
    out
}

/// `tiles_aligned`: each pair of panel controls side by side in one row with widths within a
/// tenth of each other has tops and heights within 1 px. Returns the checks made.
fn tiles(all: &[Rect], fails: &mut Vec<Fail>) -> usize {
    // A control under another (a tile behind the open language list) is not laid out in a row.
    let controls: Vec<Rect> = all
        .iter()
        .enumerate()
        .filter(|(i, r)| {
            !all.iter()
                .enumerate()
                .any(|(j, o)| j != *i && o.intersect(**r).is_positive())
        })
        .map(|(_, r)| *r)
        .collect();
    let mut checks = 0;
    for (i, a) in controls.iter().enumerate() {
        for b in controls.iter().skip(i + 1) {
            let overlap_y = a.y_range().intersection(b.y_range()).span();
            let side_by_side = !a.x_range().intersects(b.x_range());
            let same_width = (a.width() - b.width()).abs() <= 0.1 * a.width().max(b.width());
            if !(side_by_side && same_width && overlap_y > 0.5 * a.height().min(b.height())) {
                continue;
            }
            checks += 1;
            let dh = (a.height() - b.height()).abs();
            let dt = (a.top() - b.top()).abs();
            if dh > 1.0 || dt > 1.0 {
                let why = format!(
                    "tiles in a row differ: heights {:.0} and {:.0} px, tops {dt:.0} px apart",
                    a.height(),
                    b.height()
                );
                fails.push(Fail::new("tiles_aligned", why).at(a.union(*b)));
            }
        }
    }
    checks
}
