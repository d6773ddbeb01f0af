//! Two checks that need the window itself, not one frame:
//! - `announced`: the keypad's 8 is pressed once per control on show (a keypad user walking
//!   the highlight round the screen) and after each move the speech guide's words must name
//!   the control now highlighted — its accessible name from the AccessKit tree of the frame —
//!   and its position ("2 of 5"), as screen readers do on every focus move. A move that says
//!   nothing new, or names another control, fails. (On the PIN and copies screens the digits
//!   type, so the highlight does not move there: those screens are not walked.)
//! - `console_named`: the window with the trainer console docked beside the machine: every
//!   control of the console and of the machine's parts has an accessible name and a role.

use egui::Rect;

use super::check::Fail;
use super::frame::rect_of;
use crate::domain::keypad::PadKey;
use crate::domain::session::Screen;
use crate::report::offscreen::A11yNode;
use crate::window::KioskApp;

/// One highlight move: what the guide said and what was highlighted.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    /// The guide's words for the move (empty when it said nothing).
    pub said: String,
    /// Whether the guide announced the move at all.
    pub announced: bool,
    /// The highlighted control's place on the frame.
    pub rect: Rect,
    /// Its position among the controls on show, from 1.
    pub pos: usize,
    /// How many controls are on show.
    pub count: usize,
}

/// Walks the highlight once round the screen on show with the keypad's 8 (the app's own key
/// message), recording each move. Screens whose digits type (PIN, copies) give none.
pub fn walk(app: &mut KioskApp) -> Vec<Move> {
    if matches!(app.session().screen(), Screen::Pin | Screen::Copies) {
        return Vec::new();
    }
    let n = app.drawn().len();
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let before = app.focus_moves();
        let was = app.panel.nav.highlight;
        app.press(PadKey::Digit(8));
        let nav = &app.panel.nav;
        // Where the digits choose (a questionnaire's ratings, a warning's answer) the 8 did
        // not move the highlight: nothing to announce, the walk ends.
        if nav.highlight == was && n > 1 {
            break;
        }
        let Some(d) = nav.drawn.get(nav.highlight) else {
            break;
        };
        out.push(Move {
            said: app.focus_said().to_string(),
            announced: app.focus_moves() > before,
            rect: d.rect,
            pos: nav.highlight + 1,
            count: nav.drawn.len(),
        });
    }
    out
}

/// `announced` over the moves of one screen against the frame's tree. Returns the checks made.
pub fn check_moves(moves: &[Move], nodes: &[A11yNode], fails: &mut Vec<Fail>) -> usize {
    for m in moves {
        let node = nodes
            .iter()
            .filter(|n| n.interactive)
            .filter_map(|n| rect_of(n).map(|r| (n, r.intersect(m.rect).area())))
            .filter(|(_, a)| *a > 0.0)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(n, _)| n);
        let why = if !m.announced || m.said.trim().is_empty() {
            Some("a highlight move is not announced".to_string())
        } else if let Some(n) = node {
            let name = squash(&n.name);
            if !name.is_empty() && !squash(&m.said).contains(&name) {
                Some(format!(
                    "the guide names another control than the {} highlighted",
                    n.role
                ))
            } else if !numbers(&m.said).contains(&m.pos) || !numbers(&m.said).contains(&m.count) {
                Some("the guide does not say the highlighted control's position".to_string())
            } else {
                None
            }
        } else {
            Some("the highlighted control is not in the accessibility tree".to_string())
        };
        if let Some(cause) = why {
            let name = node.map_or(String::new(), |n| n.name.clone());
            fails.push(
                Fail::new(
                    "announced",
                    format!(
                        "{name:?} ({} of {}): {cause}; said {:?}",
                        m.pos, m.count, m.said
                    ),
                )
                .cause(cause)
                .at(m.rect),
            );
        }
    }
    moves.len()
}

/// `console_named` over every control of a frame (the console docked, the machine's parts).
/// Returns the checks made.
pub fn check_console(nodes: &[A11yNode], fails: &mut Vec<Fail>) -> usize {
    let mut checks = 0;
    for n in nodes.iter().filter(|n| n.interactive) {
        checks += 1;
        let cause = if n.name.trim().is_empty() && n.value.trim().is_empty() {
            Some(format!("a {} has no accessible name", n.role))
        } else if n.role == "Unknown" || n.role == "GenericContainer" {
            Some("a control has no role".to_string())
        } else {
            None
        };
        if let Some(cause) = cause {
            let f = Fail::new("console_named", format!("{:?}: {cause}", n.name)).cause(cause);
            fails.push(match rect_of(n) {
                Some(r) => f.at(r),
                None => f,
            });
        }
    }
    checks
}

/// The size of a window with the trainer console docked beside the machine: the kiosk's
/// window and the console's width (the window grows by it, `crate::window::app::fit`).
pub fn console_window_size() -> egui::Vec2 {
    crate::window::tokens::window_size()
        + egui::vec2(crate::window::trainer::window::WIDTH + 16.0, 0.0)
}

/// Text without whitespace (the guide's words and a name may wrap or space differently).
fn squash(s: &str) -> String {
    crate::i18n::line_break::without_break_hints(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The whole numbers in `s`, in any script's decimal digits (Nepali says ४ मध्ये २).
fn numbers(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur: Option<usize> = None;
    for c in s.chars() {
        let d = c.to_digit(10).or_else(|| match c {
            '\u{0966}'..='\u{096F}' => Some(c as u32 - 0x0966),
            '\u{FF10}'..='\u{FF19}' => Some(c as u32 - 0xFF10),
            _ => None,
        });
        match d {
            Some(d) => cur = Some(cur.unwrap_or(0) * 10 + d as usize),
            None => out.extend(cur.take()),
        }
    }
    out.extend(cur);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_any_digits() {
        assert_eq!(numbers("Copy, button, 2 of 10"), [2, 10]);
        assert_eq!(numbers("बटन, ४ मध्ये २"), [4, 2]);
        assert_eq!(numbers("１０個中８番目"), [10, 8]);
    }
}
