//! The funnel: how far along the kiosk's flow each session got, **in order**. A session counts
//! at a step only if it reached every earlier step of the flow before it, during its task
//! ([`super::task::visits`]): a cancelled or timed-out session stops where it left (the
//! take-your-items screen a cancel brings is not reached), and a session that jumped about is
//! counted only as far as its path follows the flow.
//!
//! The steps of a vendor ([`steps`]) are the kiosk's screens in flow order ([`FLOW`]), of
//! three kinds ([`StepKind`]): a **step** every completed path shows (Sharp's notice only for
//! a vendor that showed it); an **optional** step only some tasks show (the certificate's
//! options, the domicile registration), counted when the session reached it after every
//! earlier step; an **end** (`refusal`, `out_of_service`), a dead end counted when the
//! session showed it at all. Optional steps and ends are listed only when some session of the
//! vendor reached them, but the options screen, which is always listed.

use serde::Serialize;

use super::stats::FLOW;
use crate::domain::session::Screen;

/// What a funnel row is (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// On every completed path: counted in order.
    Step,
    /// On some paths only: counted when reached after every earlier step.
    Optional,
    /// A dead end: counted when shown.
    End,
}

/// A screen's kind in the funnel.
fn kind_of(s: Screen) -> StepKind {
    match s {
        Screen::Options | Screen::Registered => StepKind::Optional,
        Screen::Refusal | Screen::OutOfService => StepKind::End,
        _ => StepKind::Step,
    }
}

/// Listed only when some session of the vendor reached it.
fn listed_if_reached(s: Screen) -> bool {
    matches!(
        s,
        Screen::Consent | Screen::Registered | Screen::Refusal | Screen::OutOfService
    )
}

/// A screen name as the funnel reads it: the language list is the home screen, the
/// inactivity warning is no step.
fn step_name(name: &str) -> Option<&str> {
    match name {
        "language_list" => Some("language"),
        "warning" => None,
        n => Some(n),
    }
}

/// The vendor's funnel steps, given every screen name its sessions showed during their tasks.
pub fn steps<'a>(shown: impl IntoIterator<Item = &'a str>) -> Vec<(Screen, StepKind)> {
    let shown: Vec<&str> = shown.into_iter().filter_map(step_name).collect();
    FLOW.iter()
        .filter(|s| !listed_if_reached(**s) || shown.contains(&s.name()))
        .map(|s| (*s, kind_of(*s)))
        .collect()
}

/// Which of `steps` a session reached, in order (see the module docs), from the screens its
/// task showed.
pub fn reached<'a>(
    steps: &[(Screen, StepKind)],
    shown: impl IntoIterator<Item = &'a str>,
) -> Vec<bool> {
    let mut got = vec![false; steps.len()];
    let required: Vec<usize> = (0..steps.len())
        .filter(|k| steps[*k].1 == StepKind::Step)
        .collect();
    // How many required steps were reached so far, in order.
    let mut done = 0;
    for name in shown.into_iter().filter_map(step_name) {
        let Some(k) = steps.iter().position(|(s, _)| s.name() == name) else {
            continue;
        };
        match steps[k].1 {
            StepKind::Step => {
                if required.get(done) == Some(&k) {
                    got[k] = true;
                    done += 1;
                }
            }
            StepKind::Optional => {
                let before = required.iter().filter(|r| **r < k).count();
                got[k] |= done >= before;
            }
            StepKind::End => got[k] = true,
        }
    }
    got
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fuji() -> Vec<(Screen, StepKind)> {
        steps(["language", "services", "place_card"])
    }

    fn names(steps: &[(Screen, StepKind)], got: &[bool]) -> Vec<&'static str> {
        steps
            .iter()
            .zip(got)
            .filter(|(_, g)| **g)
            .map(|((s, _), _)| s.name())
            .collect()
    }

    #[test]
    fn the_steps_of_a_vendor_follow_the_flow() {
        let s = fuji();
        assert_eq!(s.first().map(|x| x.0), Some(Screen::Language));
        assert_eq!(s.last().map(|x| x.0), Some(Screen::TakeItems));
        assert!(
            !s.iter()
                .any(|x| x.0 == Screen::Consent || x.0 == Screen::Refusal)
        );
        assert!(s.contains(&(Screen::Options, StepKind::Optional)));
        let sharp = steps(["language", "consent", "refusal"]);
        assert!(sharp.contains(&(Screen::Consent, StepKind::Step)));
        assert!(sharp.contains(&(Screen::Refusal, StepKind::End)));
    }

    #[test]
    fn a_step_counts_only_after_every_earlier_one() {
        let s = fuji();
        // The card screen without the services menu first (a jump): only the home screen.
        let got = reached(&s, ["language", "place_card", "path"]);
        assert_eq!(names(&s, &got), ["language"]);
        // Back and forth still counts in order; the language list is the home screen.
        let got = reached(
            &s,
            [
                "language_list",
                "services",
                "language",
                "services",
                "place_card",
            ],
        );
        assert_eq!(names(&s, &got), ["language", "services", "place_card"]);
    }

    #[test]
    fn options_are_optional_and_a_refusal_is_an_end() {
        let s = steps(["refusal"]);
        let path = [
            "language",
            "services",
            "place_card",
            "path",
            "pin",
            "remove_card",
            "certificate",
            "copies",
            "confirm",
            "payment",
            "printing",
            "take_items",
        ];
        let got = reached(&s, path);
        assert!(got[s.iter().position(|x| x.0 == Screen::TakeItems).unwrap_or(0)]);
        assert!(!got[s.iter().position(|x| x.0 == Screen::Options).unwrap_or(0)]);
        let got = reached(
            &s,
            ["language", "services", "place_card", "path", "refusal"],
        );
        assert_eq!(
            names(&s, &got),
            ["language", "services", "place_card", "path", "refusal"]
        );
    }
}
