//! What the training log keeps of the kiosk's sessions: each event (with any PIN masked) and
//! each refusal with its rule and next step, in English.

use serde::{Deserialize, Serialize};

use crate::domain::municipality::Municipality;
use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::domain::refusal::Refusal;
use crate::domain::session::{Event, LogEntry};
use crate::scenario::outcome::{LogOut, RefusalOut};

/// A refusal as the log keeps it: code, rule, next step in words and as a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusalRecord {
    /// Reason code.
    pub reason: Reason,
    /// The rule, in the domain's words.
    pub rule: String,
    /// The next step, in the domain's words.
    pub next_step: String,
    /// The next step's stable code.
    pub next_step_code: NextStep,
}

impl RefusalRecord {
    /// The refusal in English as the trainer reads it (the rule of a private reason included),
    /// rendered from the same ftl texts as the screen.
    pub fn new(r: &Refusal, m: &Municipality) -> Self {
        let en = crate::i18n::I18n::in_lang("en");
        Self {
            reason: r.reason,
            rule: crate::i18n::refusal::trainer_rule(&en, r, m),
            next_step: crate::i18n::refusal::text(&en, r, m).next_step,
            next_step_code: crate::domain::next_step::NextStep::for_reason(r.reason),
        }
    }
}

impl From<&RefusalOut> for RefusalRecord {
    fn from(r: &RefusalOut) -> Self {
        Self {
            reason: r.reason,
            rule: r.rule.clone(),
            next_step: r.next_step.clone(),
            next_step_code: r.next_step_code,
        }
    }
}

/// One event of a kiosk session, as the training log keeps it (PIN redacted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Session id.
    pub session: String,
    /// Simulated time.
    pub at: String,
    /// The event (`Pin(****)`, never the digits).
    pub event: String,
    /// Screen before.
    pub from: String,
    /// Screen after.
    pub to: String,
    /// What happened, in words (or why the session did not accept the event).
    pub note: String,
    /// The event and what the kiosk did, as one sentence ("PIN entered (4 digits) → Wrong
    /// PIN: 2 tries left"); empty in a log written before it existed, or made from a
    /// `kofu run` outcome, which keeps only the event's label.
    #[serde(default)]
    pub said: String,
    /// The refusal the event caused, if any.
    pub refusal: Option<RefusalRecord>,
}

impl EventRecord {
    /// From a session's log entry and the event the window kept for it (the note and the
    /// sentence in English, from the effects).
    pub fn from_entry(
        session: &str,
        event: Option<&Event>,
        e: &LogEntry,
        m: &Municipality,
    ) -> Self {
        let en = crate::i18n::I18n::in_lang("en");
        Self {
            session: session.to_string(),
            at: e.at.clone(),
            event: redact(&e.event),
            from: e.from.to_string(),
            to: e.to.to_string(),
            note: redact(&crate::i18n::effects::notes(&en, &e.effects, m)),
            said: redact(&crate::i18n::events::said(&en, event, e, m)),
            refusal: e.refusal().map(|r| RefusalRecord::new(r, m)),
        }
    }

    /// From a line of a `kofu run` outcome's log (already in English).
    pub fn from_outcome(session: &str, e: &LogOut) -> Self {
        Self {
            session: session.to_string(),
            at: e.at.clone(),
            event: redact(&e.event),
            from: e.from.to_string(),
            to: e.to.to_string(),
            note: redact(&e.note),
            said: String::new(),
            refusal: e.refusal.as_ref().map(RefusalRecord::from),
        }
    }

    /// An event the session did not accept (the sentence in English).
    pub fn rejected(session: &str, event: Option<&Event>, message: &str) -> Self {
        let en = crate::i18n::I18n::in_lang("en");
        Self {
            session: session.to_string(),
            at: String::new(),
            event: "(not accepted)".into(),
            from: String::new(),
            to: String::new(),
            note: redact(message),
            said: crate::i18n::events::rejected(&en, event),
            refusal: None,
        }
    }
}

/// Masks every `Pin(…)` in a text as `Pin(****)`.
pub fn redact(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("Pin(") {
        let (before, after) = rest.split_at(i + 4);
        out.push_str(before);
        match after.find(')') {
            Some(j) => {
                out.push_str("****)");
                rest = after.get(j + 1..).unwrap_or_default();
            }
            None => {
                out.push_str("****");
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
