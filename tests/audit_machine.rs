//! The machine's parts through the accessibility audit, in Japanese: the card picker's chosen
//! card (「筑波 花子 — マイナンバーカード」) is shown on every screen, and egui's own wrap of the
//! box's text broke it inside the word (「マイナンバー|カード」, 「ンバーカ|ード」), two of the
//! audit's open problems. Every Japanese screen of both vendors must pass `word_break`.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use kofu::report::audit::{self, AuditOptions, Mode};

#[test]
fn no_japanese_screen_breaks_a_word_on_the_machine_or_the_panel() {
    let a = audit::run(&AuditOptions {
        langs: vec!["ja".into()],
        modes: vec![Mode::Normal, Mode::LargeText],
        ..Default::default()
    })
    .unwrap();
    // 23 stops on Sharp and 22 on Fujifilm, in each mode.
    assert_eq!(a.screens.len(), 2 * (23 + 22));
    let broken: Vec<String> = a
        .findings
        .iter()
        .filter(|f| f.check == "word_break")
        .map(|f| format!("{} {:?} {}: {}", f.vendor, f.mode, f.screen, f.detail))
        .collect();
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}
