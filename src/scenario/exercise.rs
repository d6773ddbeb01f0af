//! A scenario's `[[exercise]]` tables (or one `[exercise]`): questions for a trainee at a point
//! of the visit, their expected answers checked against the domain, and the trainer's own
//! words (the question, an explanation, feedback per choice) with the language they are
//! written in.
//!
//! Decisions:
//! - The trainer's words are in one language, `lang` (default `en`, the language of every
//!   exercise written before the field existed): the console shows them only to a trainer
//!   reading that language, and says everything else in its own words.
//! - `feedback` is keyed by the choice it answers: a reason code, a next-step code, or
//!   [`NOT_REFUSED`]; a key that is none of these is an error (a typo would never be shown).

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::error::{InputError, Source};

/// The `feedback` key of the "not refused" choice.
pub const NOT_REFUSED: &str = "not_refused";

/// The language of the trainer's words when the exercise does not say.
pub const DEFAULT_LANG: &str = "en";

/// A question for a trainee at a point of the scenario (`[[exercise]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    /// Asked after this step (1-based); `None`: when the session ends (or the steps run out).
    pub after_step: Option<usize>,
    /// The question, as the trainer wrote it.
    pub question: String,
    /// The expected reason code (None for questions that are not about a refusal).
    pub reason: Option<Reason>,
    /// The expected next step (for a refusal, always the domain's for `reason`).
    pub next_step: NextStep,
    /// The expected amount in yen (e.g. still due at payment), if the question asks for one.
    pub answer_yen: Option<u32>,
    /// Shown to the trainee after answering.
    pub explanation: Option<String>,
    /// The language the trainer's words (question, explanation, feedback, the scenario's
    /// title) are written in.
    pub lang: String,
    /// The trainer's feedback per choice: a reason code, a next-step code or [`NOT_REFUSED`]
    /// → what to tell a trainee who chose it.
    pub feedback: BTreeMap<String, String>,
    /// Where the exercise is written (byte span of its question).
    pub span: Range<usize>,
}

impl Exercise {
    /// Whether the trainer's words are in `lang` (so a console in `lang` shows them).
    pub fn written_in(&self, lang: &str) -> bool {
        self.lang == lang
    }

    /// The trainer's feedback for choice `code`, when it is written in `lang`.
    pub fn feedback_for(&self, code: &str, lang: &str) -> Option<&str> {
        self.written_in(lang)
            .then(|| self.feedback.get(code).map(String::as_str))
            .flatten()
    }
}

/// `[[exercise]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawExercise {
    #[serde(default)]
    after_step: Option<Spanned<i64>>,
    question: Spanned<String>,
    #[serde(default)]
    reason: Option<Spanned<String>>,
    #[serde(default)]
    next_step: Option<Spanned<String>>,
    #[serde(default)]
    answer_yen: Option<Spanned<i64>>,
    #[serde(default)]
    explanation: Option<String>,
    #[serde(default)]
    lang: Option<Spanned<String>>,
    #[serde(default)]
    feedback: Option<Spanned<BTreeMap<String, String>>>,
}

/// `[exercise]` (one table) or `[[exercise]]` (an array of tables).
#[derive(Debug, Default)]
pub(super) struct OneOrMany(pub(super) Vec<RawExercise>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an [exercise] table or [[exercise]] tables")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<OneOrMany, A::Error> {
                let mut v = Vec::new();
                while let Some(e) = seq.next_element::<RawExercise>()? {
                    v.push(e);
                }
                Ok(OneOrMany(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<OneOrMany, A::Error> {
                let e =
                    RawExercise::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(OneOrMany(vec![e]))
            }
        }
        d.deserialize_any(V)
    }
}

/// An error of exercise `n` at `span`.
type Err<'a> = &'a dyn Fn(Range<usize>, String) -> InputError;

/// Exercise `n` of a scenario of `steps` steps, checked against the domain.
pub(super) fn exercise(
    n: usize,
    e: &RawExercise,
    steps: usize,
    src: &Source,
) -> Result<Exercise, InputError> {
    let err =
        |span: Range<usize>, msg: String| src.error_at(Some(span), format!("exercise {n}: {msg}"));
    let question = e.question.get_ref().trim().to_string();
    if question.is_empty() {
        return Err(err(e.question.span(), "the question is empty".into()));
    }
    let after_step = match &e.after_step {
        None => None,
        Some(a) => match usize::try_from(*a.get_ref()) {
            Ok(k) if (1..=steps).contains(&k) => Some(k),
            _ => {
                return Err(err(
                    a.span(),
                    format!(
                        "`after_step` is a step number from 1 to {steps} (leave it out to ask when the session ends)"
                    ),
                ));
            }
        },
    };
    let reason = reason_of(e, &err)?;
    let next_step = next_step_of(e, reason, &err)?;
    let answer_yen = match &e.answer_yen {
        None => None,
        Some(y) => match u32::try_from(*y.get_ref()) {
            Ok(v) => Some(v),
            Err(_) => {
                return Err(err(
                    y.span(),
                    "`answer_yen` is a whole number of yen, 0 or more".into(),
                ));
            }
        },
    };
    Ok(Exercise {
        after_step,
        question,
        reason,
        next_step,
        answer_yen,
        explanation: e.explanation.clone(),
        lang: lang_of(e, &err)?,
        feedback: feedback_of(e, &err)?,
        span: e.question.span(),
    })
}

/// The expected reason, a known code.
fn reason_of(e: &RawExercise, err: Err<'_>) -> Result<Option<Reason>, InputError> {
    let Some(r) = &e.reason else {
        return Ok(None);
    };
    match Reason::from_code(r.get_ref()) {
        Some(x) => Ok(Some(x)),
        None => Err(err(
            r.span(),
            format!(
                "unknown reason `{}`; expected one of {}",
                r.get_ref(),
                Reason::ALL.map(|x| x.code()).join(", ")
            ),
        )),
    }
}

/// The expected next step: the domain's for the reason (and a written one must be it).
fn next_step_of(
    e: &RawExercise,
    reason: Option<Reason>,
    err: Err<'_>,
) -> Result<NextStep, InputError> {
    let Some(s) = &e.next_step else {
        return match reason {
            Some(r) => Ok(NextStep::for_reason(r)),
            None => Err(err(
                e.question.span(),
                "needs `reason = \"…\"` or `next_step = \"…\"` (the expected answer)".into(),
            )),
        };
    };
    let Some(x) = NextStep::from_code(s.get_ref()) else {
        return Err(err(
            s.span(),
            format!(
                "unknown next step `{}`; expected one of {}",
                s.get_ref(),
                NextStep::ALL.map(|x| x.code()).join(", ")
            ),
        ));
    };
    if let Some(r) = reason
        && NextStep::for_reason(r) != x
    {
        return Err(err(
            s.span(),
            format!(
                "next step `{x}` is not the kiosk's next step after `{r}`, which is `{}`",
                NextStep::for_reason(r)
            ),
        ));
    }
    Ok(x)
}

/// The language of the trainer's words: one of the kiosk's languages, default `en`.
fn lang_of(e: &RawExercise, err: Err<'_>) -> Result<String, InputError> {
    let Some(l) = &e.lang else {
        return Ok(DEFAULT_LANG.to_string());
    };
    let codes: Vec<&str> = crate::i18n::LOCALES.iter().map(|(c, _)| *c).collect();
    if codes.contains(&l.get_ref().as_str()) {
        Ok(l.get_ref().clone())
    } else {
        Err(err(
            l.span(),
            format!(
                "unknown language `{}`; expected one of {}",
                l.get_ref(),
                codes.join(", ")
            ),
        ))
    }
}

/// The feedback per choice: every key a reason code, a next-step code or `not_refused`, every
/// text not empty.
fn feedback_of(e: &RawExercise, err: Err<'_>) -> Result<BTreeMap<String, String>, InputError> {
    let Some(f) = &e.feedback else {
        return Ok(BTreeMap::new());
    };
    for (key, text) in f.get_ref() {
        let known = key == NOT_REFUSED
            || Reason::from_code(key).is_some()
            || NextStep::from_code(key).is_some();
        if !known {
            return Err(err(
                f.span(),
                format!(
                    "`feedback` key `{key}` is not a choice: use a reason code, a next-step code or `{NOT_REFUSED}`"
                ),
            ));
        }
        if text.trim().is_empty() {
            return Err(err(f.span(), format!("`feedback.{key}` is empty")));
        }
    }
    Ok(f.get_ref().clone())
}
