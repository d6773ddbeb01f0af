//! A refusal in words: title, rule and next step rendered from `locales/<lang>.ftl`
//! (`reason-<code>-title`, `-rule`, `-next`) with the refusal's facts. This is the only place a
//! refusal becomes a sentence, so the screen, the speech guide, the trainer's log, the
//! walkthrough, the handbook and the JSON outcome agree.

use serde::Serialize;

use crate::domain::municipality::Municipality;
use crate::domain::refusal::Refusal;
use crate::i18n::{Arg, I18n, office};

/// The three sentences of a refusal in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RefusalText {
    /// The headline.
    pub title: String,
    /// Why.
    pub rule: String,
    /// What the resident should do next.
    pub next_step: String,
}

/// The arguments every refusal message may use, from the facts and the profile.
pub fn args(i: &I18n, r: &Refusal, m: &Municipality) -> Vec<(&'static str, Arg)> {
    let f = &r.facts;
    let mut a = vec![("city", Arg::Str(m.name_in(i.lang()).to_string()))];
    if let Some(o) = f.office.as_deref().and_then(|id| m.office(id)) {
        let others: Vec<String> = f
            .other_offices
            .iter()
            .filter_map(|id| m.office(id))
            .map(|o| office::full(i, o))
            .collect();
        let hall = if others.is_empty() {
            office::full(i, o)
        } else {
            i.ta(
                "office-alternatives",
                &[
                    ("first", Arg::Str(office::full(i, o))),
                    (
                        "others",
                        Arg::Str(others.join(&i.t("office-alternatives-separator"))),
                    ),
                ],
            )
        };
        a.push(("hall", Arg::Str(hall)));
        a.push(("office", Arg::Str(office::name(i, o))));
    }
    let time = |t: chrono::NaiveTime| Arg::Str(i.time(t));
    if let Some(t) = f.open {
        a.push(("open", time(t)));
    }
    if let Some(t) = f.close {
        a.push(("close", time(t)));
    }
    if let Some(t) = f.reopens_at {
        a.push(("reopens", Arg::Str(i.date_time(t))));
    }
    if let Some(d) = f.valid_until.or(f.ready_on).or(f.supported_from) {
        a.push(("date", Arg::Str(i.date(d))));
    }
    a.push((
        "registered",
        Arg::Str(if f.ready_on.is_some() { "yes" } else { "no" }.into()),
    ));
    if let Some(d) = f.stop_from {
        a.push(("stopFrom", Arg::Str(i.date(d))));
    }
    if let Some(d) = f.stop_until {
        a.push(("stopUntil", Arg::Str(i.date(d))));
    }
    if let Some(y) = f.fiscal_year {
        a.push(("year", Arg::Str(i.fiscal_year(y))));
    }
    if let Some(n) = f.business_days {
        a.push(("days", Arg::Num(i64::from(n))));
    }
    if let Some(n) = f.within_days {
        a.push(("days", Arg::Num(i64::from(n))));
    }
    if let Some(n) = f.min_age {
        a.push(("age", Arg::Num(i64::from(n))));
    }
    if let Some(n) = f.max_tries {
        a.push(("tries", Arg::Num(i64::from(n))));
    }
    if let Some(p) = &f.phone {
        a.push(("hotline", Arg::Str(p.clone())));
    }
    if let Some(d) = f.device {
        a.push(("device", Arg::Str(i.t(&format!("device-{}", d.code())))));
        let case = match (f.for_registration, f.supported_from) {
            (true, _) => "register",
            (false, Some(_)) => "later",
            (false, None) => "never",
        };
        a.push(("case", Arg::Str(case.into())));
    }
    if let Some(b) = f.button {
        a.push(("button", Arg::Str(i.t(b))));
    }
    a
}

/// The refusal as the public screen says it. A private reason (support measures, deceased)
/// gets its neutral sentence here; [`trainer_rule`] has the rule itself.
pub fn text(i: &I18n, r: &Refusal, m: &Municipality) -> RefusalText {
    let a = args(i, r, m);
    let code = r.reason.code();
    RefusalText {
        title: i.ta(&format!("reason-{code}-title"), &a),
        rule: i.ta(&format!("reason-{code}-rule"), &a),
        next_step: i.ta(&format!("reason-{code}-next"), &a),
    }
}

/// The key of the rule the trainer reads: the private rule of a private reason.
fn trainer_rule_key(r: &Refusal) -> String {
    let code = r.reason.code();
    if r.reason.is_private() {
        format!("reason-{code}-rule-private")
    } else {
        format!("reason-{code}-rule")
    }
}

/// The rule as the trainer sees it: for a private reason, what the public screen does not say.
pub fn trainer_rule(i: &I18n, r: &Refusal, m: &Municipality) -> String {
    i.ta(&trainer_rule_key(r), &args(i, r, m))
}

/// [`trainer_rule`] only when the refusal's facts give every value the rule names (a rule
/// about a reason the kiosk did not give, told without that case's dates).
pub fn trainer_rule_if_known(i: &I18n, r: &Refusal, m: &Municipality) -> Option<String> {
    i.ta_complete(&trainer_rule_key(r), &args(i, r, m))
}

/// The next step's sentence only when the refusal's facts give every value it names.
pub fn next_step_if_known(i: &I18n, r: &Refusal, m: &Municipality) -> Option<String> {
    i.ta_complete(&format!("reason-{}-next", r.reason.code()), &args(i, r, m))
}

/// The refusal as spoken and logged: title, rule and next step in one line.
pub fn sentence(i: &I18n, r: &Refusal, m: &Municipality) -> String {
    let t = text(i, r, m);
    i.ta(
        "refusal-sentence",
        &[
            ("title", Arg::Str(t.title)),
            ("rule", Arg::Str(t.rule)),
            ("next", Arg::Str(t.next_step)),
        ],
    )
}
