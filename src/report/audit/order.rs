//! `focus_order`: the keypad reaches the controls that can be seen in reading order — by
//! region (panel, the machine's two columns), then top to bottom, then left to right in a row.

use egui::Rect;

use super::check::Fail;
use super::frame::{Text, rect_of, region};
use crate::report::offscreen::A11yNode;

/// Whether `b` comes before `a` in reading order (same region).
fn reads_before(b: Rect, a: Rect) -> bool {
    let same_row = b.top() < a.bottom() - 4.0 && a.top() < b.bottom() - 4.0;
    if same_row {
        b.right() <= a.left() + 1.0
    } else {
        b.bottom() <= a.top() + 1.0
    }
}

/// Where a control can be seen: its rectangle `r` within its label's clip (the scrolling
/// body); `None` when it is scrolled wholly out (reached by scrolling, in the same order).
fn seen_rect(n: &A11yNode, r: Rect, all: &[Text], body: Rect) -> Option<Rect> {
    let label = all.iter().find(|x| {
        !n.name.is_empty() && n.name.contains(x.text.as_str()) && r.contains(x.rect.center())
    });
    match label {
        Some(x) => {
            let v = r.intersect(x.clip);
            v.is_positive().then_some(v)
        }
        // egui paints nothing for a widget wholly outside its clip: a panel control with
        // no painted label below the body's fold was scrolled out.
        None if region(r.center()) == 0 && r.top() >= body.bottom() - 1.0 => None,
        None => Some(r),
    }
}

/// `focus_order`: the tree's order of the controls that can be seen is their reading order.
/// Returns the checks made.
pub(super) fn check_focus_order(
    controls: &[&A11yNode],
    all: &[Text],
    body: Rect,
    fails: &mut Vec<Fail>,
) -> usize {
    let placed: Vec<(&A11yNode, Rect)> = controls
        .iter()
        .filter_map(|n| {
            rect_of(n)
                .and_then(|r| seen_rect(n, r, all, body))
                .map(|r| (*n, r))
        })
        .collect();
    let mut checks = 0;
    for w in placed.windows(2) {
        let ((na, a), (nb, b)) = (w[0], w[1]);
        checks += 1;
        let (ra, rb) = (region(a.center()), region(b.center()));
        if rb < ra || (ra == rb && reads_before(b, a)) {
            fails.push(
                Fail::new(
                    "focus_order",
                    format!(
                        "{:?} comes after {:?} but reads before it",
                        nb.name, na.name
                    ),
                )
                .at(b),
            );
        }
    }
    checks
}
