//! One frame through every check: the accessibility tree and the painted texts are read once
//! and handed to each family of checks ([`super::frame`], [`super::wcag`], [`super::reading`],
//! [`super::layout`]).

use egui::{Color32, Rect};

use super::frame::{self, Text};
use super::profile::Profile;
use super::{Mode, ScreenResult, layout, reading, wcag};
use crate::report::offscreen::{A11yNode, FrameOut};
use crate::window::tokens::Tokens;

/// One failed check on one frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Fail {
    /// The check (an id of [`super::criteria::RULES`]).
    pub check: &'static str,
    /// What and where, for a person.
    pub detail: String,
    /// The problem without what differs from screen to screen (the text's words, its place):
    /// failures with the same check and cause are one row of the report.
    pub cause: String,
    /// The failing element on the frame, to outline on the picture.
    pub rect: Option<Rect>,
}

impl Fail {
    /// A failure whose cause is its detail.
    pub fn new(check: &'static str, detail: String) -> Self {
        let detail = readable(&detail);
        Fail {
            check,
            cause: detail.clone(),
            detail,
            rect: None,
        }
    }

    /// Sets the cause the report groups by.
    pub fn cause(mut self, cause: impl Into<String>) -> Self {
        self.cause = readable(&cause.into());
        self
    }

    /// Sets the element to outline.
    pub fn at(mut self, r: Rect) -> Self {
        self.rect = Some(r);
        self
    }
}

/// Text quoted with `{:?}` as a reader wants it: the escapes Rust writes for Thai vowel marks
/// and other combining characters turned back into the characters, the panel's break hints
/// (U+2009) left out.
fn readable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let code = after
            .find('}')
            .and_then(|j| u32::from_str_radix(&after[..j], 16).ok().map(|c| (c, j)));
        match code.and_then(|(c, j)| char::from_u32(c).map(|ch| (ch, j))) {
            Some((ch, j)) => {
                if ch != crate::i18n::line_break::BREAK_HINT {
                    out.push(ch);
                }
                rest = &after[j + 1..];
            }
            None => {
                out.push_str("\\u{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A colour as `#rrggbb` (alpha left out: the audit measures composited colours).
pub fn hex(c: Color32) -> String {
    let [r, g, b, _] = c.to_srgba_unmultiplied();
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// What the window says about the frame beside what it paints: the checks of speech and
/// status need it (the tree and the paint list do not hold the speech guide's words).
#[derive(Debug, Clone, Default)]
pub struct Said {
    /// The screen's language.
    pub lang: String,
    /// What the speech guide says on entering the screen ([`crate::window::KioskApp::speech`]).
    pub speech: String,
    /// The live status raised on this screen in this language
    /// ([`crate::window::KioskApp::live_status`]).
    pub live_status: String,
}

/// One frame, read once for every check.
pub struct Seen<'a> {
    /// The accessibility tree in document order.
    pub nodes: Vec<A11yNode>,
    /// Every text painted, in paint order.
    pub texts: Vec<Text>,
    /// The frame itself.
    pub frame: &'a FrameOut,
}

impl<'a> Seen<'a> {
    /// Reads the frame's tree and texts.
    pub fn new(frame: &'a FrameOut, t: &Tokens) -> Self {
        Seen {
            nodes: frame.tree(),
            texts: frame::texts(&frame.shapes, t.c.machine_bg),
            frame,
        }
    }

    /// The interactive nodes.
    pub fn controls(&self) -> Vec<&A11yNode> {
        self.nodes.iter().filter(|n| n.interactive).collect()
    }
}

/// The result of every check of one frame.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The screen's figures.
    pub result: ScreenResult,
    /// Its failures.
    pub fails: Vec<Fail>,
    /// Checks made.
    pub checks: usize,
    /// The frame's accessibility tree as the checks read it (later checks reuse it rather
    /// than build it again).
    pub nodes: Vec<A11yNode>,
}

/// Every check on one frame drawn with `t` in `mode`, against `profile`; the speech and status
/// checks run when `said` is given.
pub fn check_all(
    frame: &FrameOut,
    t: &Tokens,
    mode: Mode,
    profile: &Profile,
    said: Option<&Said>,
) -> Checked {
    let seen = Seen::new(frame, t);
    let (result, mut fails, mut checks) = frame::check_seen(&seen, t, mode, profile);
    let (more, more_fails) = wcag::check_seen(&seen, t, profile);
    checks += more;
    fails.extend(more_fails);
    checks += layout::check(&seen, profile, &mut fails);
    if let Some(s) = said {
        checks += reading::check(&seen, s, mode, &mut fails);
    }
    let result = ScreenResult {
        failures: fails.len(),
        ..result
    };
    Checked {
        result,
        fails,
        checks,
        nodes: seen.nodes,
    }
}
