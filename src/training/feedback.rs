//! What the console offers as answers and says after one, in the trainer's language: the
//! choices are the kiosk's own sentences (a reason by the title its refusal screen shows, a
//! next step by its short name), and the feedback says for each part why it is right or, for
//! the choice made, why it is wrong, with the rule the kiosk applied.
//!
//! Decisions:
//! - A reason is offered by its refusal title, made with the municipality's facts (the age
//!   limit, the city). Where two reasons share a title in a language (the neutral titles of
//!   the private reasons), each also shows the rule the trainer reads, so no two choices read
//!   alike.
//! - A wrong reason gets the rule of the reason chosen when it can be said without that case's
//!   own facts (a card's expiry date cannot), then what the kiosk said and its rule. The
//!   trainer's `feedback` for the choice comes after, when it is written in the console's
//!   language.

use chrono::NaiveDate;

use super::{Answer, Marking};
use crate::domain::calendar::year_end_stop_around;
use crate::domain::municipality::Municipality;
use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::domain::refusal::{Facts, Refusal};
use crate::i18n::{Arg, I18n, refusal};
use crate::scenario::{Exercise, NOT_REFUSED};

/// A refusal of `reason` with the facts every such refusal has in `m` on `today` (the
/// profile's offices, hours and limits, the year-end stop, the latest tax year): enough for
/// its title, and for the rules that name no fact of one resident's case.
pub fn typical(reason: Reason, m: &Municipality, today: NaiveDate) -> Refusal {
    let (stop_from, stop_until) = year_end_stop_around(today);
    let facts = Facts {
        stop_from: Some(stop_from),
        stop_until: Some(stop_until),
        fiscal_year: m.default_tax_year(today),
        ..Facts::default()
    };
    Refusal::new(reason, m, facts)
}

/// Every reason as a choice, in the domain's order: the title its refusal screen shows, with
/// the trainer's rule after a title another reason shares.
pub fn reason_choices(i: &I18n, m: &Municipality, today: NaiveDate) -> Vec<(Reason, String)> {
    let titled: Vec<(Reason, String)> = Reason::ALL
        .iter()
        .map(|r| (*r, refusal::text(i, &typical(*r, m, today), m).title))
        .collect();
    titled
        .iter()
        .map(|(r, title)| {
            let shared = titled.iter().filter(|(_, t)| t == title).count() > 1;
            let rule = refusal::trainer_rule_if_known(i, &typical(*r, m, today), m);
            match rule.filter(|_| shared) {
                Some(rule) => (
                    *r,
                    i.ta(
                        "trainer-choice-detail",
                        &[("title", Arg::Str(title.clone())), ("rule", Arg::Str(rule))],
                    ),
                ),
                None => (*r, title.clone()),
            }
        })
        .collect()
}

/// A next step's short name.
pub fn next_name(i: &I18n, n: NextStep) -> String {
    i.t(&format!("next-step-{}", n.code()))
}

/// Every next step as a choice, by its short name.
pub fn next_choices(i: &I18n) -> Vec<(NextStep, String)> {
    NextStep::ALL
        .iter()
        .map(|n| (*n, next_name(i, *n)))
        .collect()
}

/// What the feedback is about: the exercise, the refusal on show when it was asked (if any),
/// the municipality and the day.
#[derive(Debug, Clone, Copy)]
pub struct Asked<'a> {
    /// The exercise.
    pub exercise: &'a Exercise,
    /// The refusal the kiosk gave, with its facts.
    pub refusal: Option<&'a Refusal>,
    /// The kiosk's municipality.
    pub municipality: &'a Municipality,
    /// The simulated day.
    pub today: NaiveDate,
}

impl Asked<'_> {
    /// The refusal the exercise is about: the one on show, else a typical one of its reason.
    fn expected(&self) -> Option<Refusal> {
        match (self.refusal, self.exercise.reason) {
            (Some(r), Some(want)) if r.reason == want => Some(r.clone()),
            (_, Some(want)) => Some(typical(want, self.municipality, self.today)),
            (_, None) => None,
        }
    }
}

/// The sentences shown after an answer: the verdict, then the reason, the next step and the
/// amount, each right or why not, and the trainer's words in the console's language.
pub fn feedback(i: &I18n, q: &Asked<'_>, answer: &Answer, marking: &Marking) -> Vec<String> {
    let ex = q.exercise;
    let mut out = vec![i.t(if marking.correct {
        "trainer-fb-right"
    } else {
        "trainer-fb-wrong"
    })];
    out.extend(reason_lines(i, q, answer.reason));
    let chosen = answer.reason.map_or(NOT_REFUSED, Reason::code);
    out.extend(ex.feedback_for(chosen, i.lang()).map(|t| trainer(i, t)));
    out.push(next_line(i, q, answer.next_step));
    if let Some(n) = answer.next_step
        && let Some(t) = ex.feedback_for(n.code(), i.lang())
    {
        out.push(trainer(i, t));
    }
    if let Some(want) = ex.answer_yen {
        let amount = ("amount", Arg::Str(i.yen(want)));
        out.push(match answer.yen {
            Some(y) if y == want => i.ta("trainer-fb-amount-right", &[amount]),
            Some(y) => i.ta(
                "trainer-fb-amount-wrong",
                &[amount, ("given", Arg::Str(i.yen(y)))],
            ),
            None => i.ta("trainer-fb-amount-missing", &[amount]),
        });
    }
    if let Some(x) = ex
        .explanation
        .as_deref()
        .filter(|_| ex.written_in(i.lang()))
    {
        out.push(i.ta("trainer-fb-explanation", &[("text", Arg::Str(x.into()))]));
    }
    out
}

/// The trainer's own words for a choice.
fn trainer(i: &I18n, text: &str) -> String {
    i.ta("trainer-fb-trainer", &[("text", Arg::Str(text.into()))])
}

/// The reason part: right and why, or why the choice is wrong and what the kiosk applied.
fn reason_lines(i: &I18n, q: &Asked<'_>, chosen: Option<Reason>) -> Vec<String> {
    let m = q.municipality;
    let title_of = |r: Reason| refusal::text(i, &typical(r, m, q.today), m).title;
    // The rule of the reason chosen, when it is not this case's and can be said in general.
    let chosen_rule = |r: Reason| {
        refusal::trainer_rule_if_known(i, &typical(r, m, q.today), m).map(|rule| {
            i.ta(
                "trainer-fb-reason-wrong-rule",
                &[
                    ("chosen", Arg::Str(title_of(r))),
                    ("chosenRule", Arg::Str(rule)),
                ],
            )
        })
    };
    let Some(want) = q.expected() else {
        return match chosen {
            None => vec![i.t("trainer-fb-not-refused-right")],
            Some(r) => {
                let mut v = vec![i.ta(
                    "trainer-fb-reason-wrong-not-refused",
                    &[("chosen", Arg::Str(title_of(r)))],
                )];
                v.extend(chosen_rule(r));
                v
            }
        };
    };
    let said = refusal::text(i, &want, m);
    let rule = refusal::trainer_rule_if_known(i, &want, m).unwrap_or_else(|| said.rule.clone());
    let kiosk = [("title", Arg::Str(said.title)), ("rule", Arg::Str(rule))];
    match chosen {
        Some(r) if r == want.reason => vec![i.ta("trainer-fb-reason-right", &kiosk)],
        None => vec![i.ta("trainer-fb-reason-wrong-none", &kiosk)],
        Some(r) => {
            let mut v: Vec<String> = chosen_rule(r).into_iter().collect();
            let mut args = vec![("chosen", Arg::Str(title_of(r)))];
            args.extend(kiosk);
            v.insert(0, i.ta("trainer-fb-reason-wrong", &args));
            v
        }
    }
}

/// The next-step part: right with the kiosk's sentence, or which step it is instead.
fn next_line(i: &I18n, q: &Asked<'_>, chosen: Option<NextStep>) -> String {
    let want = q.exercise.next_step;
    let sentence = q
        .expected()
        .and_then(|r| refusal::next_step_if_known(i, &r, q.municipality));
    let expected = ("expected", Arg::Str(next_name(i, want)));
    match (chosen, sentence) {
        (Some(n), sentence) if n == want => i.ta(
            "trainer-fb-next-right",
            &[(
                "next",
                Arg::Str(sentence.unwrap_or_else(|| next_name(i, want))),
            )],
        ),
        (Some(n), Some(s)) => i.ta(
            "trainer-fb-next-wrong",
            &[
                ("chosen", Arg::Str(next_name(i, n))),
                expected,
                ("next", Arg::Str(s)),
            ],
        ),
        (Some(n), None) => i.ta(
            "trainer-fb-next-wrong-short",
            &[("chosen", Arg::Str(next_name(i, n))), expected],
        ),
        (None, Some(s)) => i.ta(
            "trainer-fb-next-missing",
            &[expected, ("next", Arg::Str(s))],
        ),
        (None, None) => i.ta("trainer-fb-next-missing-short", &[expected]),
    }
}
