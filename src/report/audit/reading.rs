//! The audit's checks of what a headset user hears against what a sighted user sees:
//! - `spoken`: every text on the panel that is not a control's label (those are said as the
//!   highlight reaches them) nor the live status line is in the speech guide's words for the
//!   screen (EN 301 549 5.1.3.1: audio output of visual information).
//! - `stale_status`: the status line (an AccessKit live region) shows only the status raised
//!   on this screen in this language, never one left from an earlier screen or language.
//! - `first_page`: in large-text mode, every control the screen's instruction names in quotes
//!   (「行政サービス」, "Agree") is on the first page (a screen of one page shows every control,
//!   so there a quoted phrase that names none names no control).

use std::collections::HashMap;
use std::sync::Mutex;

use egui::Rect;

use super::Mode;
use super::check::{Fail, Said, Seen};
use super::frame::{rect_of, region};

/// Runs the checks that need the window's words. Returns the checks made.
pub(super) fn check(seen: &Seen<'_>, said: &Said, mode: Mode, fails: &mut Vec<Fail>) -> usize {
    let live = live_texts(seen);
    let mut checks = spoken(seen, said, &live, fails);
    checks += stale(&live, said, fails);
    if mode == Mode::LargeText {
        checks += first_page(seen, said, fails);
    }
    checks
}

/// Text without spaces, break hints or newlines (lines wrap differently than words are said).
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The live regions' texts and where they are.
fn live_texts(seen: &Seen<'_>) -> Vec<(String, Option<Rect>)> {
    seen.frame
        .nodes
        .values()
        .filter(|n| n.live().is_some())
        .map(|n| {
            let text = n.label().or(n.value()).unwrap_or_default().to_string();
            let rect = n.bounds().map(|b| {
                Rect::from_min_max(
                    egui::pos2(b.x0 as f32, b.y0 as f32),
                    egui::pos2(b.x1 as f32, b.y1 as f32),
                )
            });
            (text, rect)
        })
        .collect()
}

/// `spoken`. Returns the checks made.
fn spoken(
    seen: &Seen<'_>,
    said: &Said,
    live: &[(String, Option<Rect>)],
    fails: &mut Vec<Fail>,
) -> usize {
    let speech = squash(&said.speech);
    let controls: Vec<Rect> = seen.controls().into_iter().filter_map(rect_of).collect();
    // A drawing that one node names as a whole (the step strip: "Step 4 of 7: PIN") is said
    // by its name: its painted pieces are not sentences of their own.
    let named: Vec<Rect> = seen
        .nodes
        .iter()
        .filter(|n| !n.interactive && n.role == "Label" && !n.name.is_empty())
        .filter(|n| speech.contains(&squash(&n.name)))
        .filter_map(rect_of)
        .collect();
    let mut checks = 0;
    for x in &seen.texts {
        let c = x.rect.center();
        let shown = x.clip.intersect(x.rect).is_positive();
        let a_label = controls.iter().chain(&named).any(|r| r.contains(c));
        let the_status = live.iter().any(|(_, r)| r.is_some_and(|r| r.contains(c)));
        if !shown || region(c) != 0 || a_label || the_status {
            continue;
        }
        checks += 1;
        let words = squash(&crate::i18n::line_break::without_break_hints(&x.text));
        if !speech.contains(&words) {
            fails.push(
                Fail::new(
                    "spoken",
                    format!(
                        "{:?} is on the panel but not in the speech guide's words",
                        x.text
                    ),
                )
                .cause(format!(
                    "{} is shown but not said",
                    what(&said.lang, &x.text)
                ))
                .at(x.rect),
            );
        }
    }
    checks
}

/// Each language's simple messages by their words (spaces taken out): text → key.
type Keys = HashMap<String, HashMap<String, String>>;
static KEYS: Mutex<Option<Keys>> = Mutex::new(None);

/// A shown text by its message key (`the words of keypad-help`) when they are one whole message,
/// so that one problem is one group in every language; else the text with digits as `#`.
fn what(lang: &str, text: &str) -> String {
    let words = squash(text);
    let key = KEYS.lock().ok().and_then(|mut keys| {
        let keys = keys.get_or_insert_with(HashMap::new);
        let of_lang = keys.entry(lang.to_string()).or_insert_with(|| {
            let i18n = crate::i18n::I18n::in_lang(lang);
            let source = crate::i18n::LOCALES
                .iter()
                .find(|(code, _)| *code == lang)
                .map_or("", |(_, s)| s);
            crate::i18n::keys_of(source)
                .into_iter()
                .map(|k| (squash(&i18n.t(&k)), k))
                .collect()
        });
        of_lang.get(&words).cloned()
    });
    match key {
        Some(k) => format!("the words of `{k}`"),
        None => {
            let masked: String = text
                .chars()
                .map(|c| if c.is_ascii_digit() { '#' } else { c })
                .collect();
            format!("{masked:?}")
        }
    }
}

/// `stale_status`. Returns the checks made.
fn stale(live: &[(String, Option<Rect>)], said: &Said, fails: &mut Vec<Fail>) -> usize {
    let now = squash(&said.live_status);
    let mut checks = 0;
    for (text, rect) in live {
        checks += 1;
        let shown = squash(text);
        if shown.is_empty() || shown == now {
            continue;
        }
        let kana = shown
            .chars()
            .any(|c| ('\u{3040}'..='\u{30FF}').contains(&c));
        let why = if kana && said.lang != "ja" {
            format!(
                "the status line is in another language than the screen ({})",
                said.lang
            )
        } else {
            "the status line shows a status not raised on this screen".to_string()
        };
        let mut f = Fail::new("stale_status", format!("{text:?}: {why}")).cause(why);
        if let Some(r) = rect {
            f = f.at(*r);
        }
        fails.push(f);
    }
    checks
}

/// Quoted phrases in `text`: between 「」, 『』, “”, "", «», ‘’ or ‹›.
pub(super) fn quoted(text: &str) -> Vec<String> {
    const PAIRS: [(char, char); 7] = [
        ('「', '」'),
        ('『', '』'),
        ('“', '”'),
        ('"', '"'),
        ('«', '»'),
        ('‘', '’'),
        ('‹', '›'),
    ];
    let mut out = Vec::new();
    for (open, close) in PAIRS {
        let mut rest = text;
        while let Some(i) = rest.find(open) {
            let after = &rest[i + open.len_utf8()..];
            let Some(j) = after.find(close) else { break };
            let phrase = after[..j].trim();
            if !phrase.is_empty() && phrase.chars().count() <= 40 {
                out.push(phrase.to_string());
            }
            rest = &after[j + close.len_utf8()..];
        }
    }
    out
}

/// `first_page`. Returns the checks made.
fn first_page(seen: &Seen<'_>, said: &Said, fails: &mut Vec<Fail>) -> usize {
    let names: Vec<String> = seen
        .nodes
        .iter()
        .filter(|n| n.interactive)
        .map(|n| squash(&n.name))
        .filter(|n| !n.is_empty())
        .collect();
    // On a screen of one page every control is on show: a quoted phrase that names none of
    // them names something else (a certificate, 「利用者証明用電子証明書」), not a control.
    let next = squash(&crate::i18n::I18n::in_lang(&said.lang).t("page-next"));
    let paged = names.contains(&next);
    // A service the status line says is missing is what was touched, not what to press.
    let status = squash(&said.live_status);
    let mut checks = 0;
    for phrase in quoted(&said.speech) {
        if !status.is_empty() && status.contains(&squash(&phrase)) {
            continue;
        }
        checks += 1;
        let p = squash(&phrase);
        let found = names.iter().any(|n| n == &p || n.contains(&p));
        if !found && paged {
            let why = format!("the instruction names {phrase:?}, which is not on the first page");
            fails.push(Fail::new("first_page", why.clone()).cause(why));
        }
    }
    checks
}
