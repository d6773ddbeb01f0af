//! The JSON outcome of `kofu run` (DESIGN.md "Outcome of `kofu run`" and "A refusal in the
//! outcome"), built from the played session, and the check of a scenario's `[expect]`. The
//! refusal's words come from `locales/*.ftl`, the same sentences the screen shows.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::certificate::model::DocumentModel;
use crate::domain::effect::Effect;
use crate::domain::municipality::Municipality;
use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::domain::refusal::{Facts, Refusal};
use crate::domain::session::{LogEntry, Session};
use crate::i18n::refusal::{self as words, RefusalText};
use crate::i18n::{I18n, effects};
use crate::scenario::Scenario;
use crate::scenario::expect;
use crate::scenario::play::Played;

/// A refusal as the outcome shows it.
#[derive(Debug, Clone, Serialize)]
pub struct RefusalOut {
    /// Stable reason code.
    pub reason: Reason,
    /// The facts the sentences were made from.
    pub facts: Facts,
    /// The rule in English (for a private reason, the rule the public screen does not say).
    pub rule: String,
    /// The next step in English.
    pub next_step: String,
    /// The next step as a stable code (trainer exercises).
    pub next_step_code: NextStep,
    /// Title, rule and next step as the screen shows them, per language: `en`, `ja` and the
    /// screen's language.
    pub texts: BTreeMap<String, RefusalText>,
}

impl RefusalOut {
    /// The refusal with its texts in English, Japanese and `lang`.
    pub fn new(r: &Refusal, m: &Municipality, lang: &str) -> Self {
        let en = I18n::in_lang("en");
        let mut texts = BTreeMap::new();
        for l in ["en", "ja", lang] {
            let i = I18n::in_lang(l);
            if i.lang() == l && !texts.contains_key(l) {
                texts.insert(l.to_string(), words::text(&i, r, m));
            }
        }
        let next_step = texts
            .get("en")
            .map_or_else(|| words::text(&en, r, m).next_step, |t| t.next_step.clone());
        RefusalOut {
            reason: r.reason,
            facts: (*r.facts).clone(),
            rule: words::trainer_rule(&en, r, m),
            next_step,
            next_step_code: crate::domain::next_step::NextStep::for_reason(r.reason),
            texts,
        }
    }
}

/// One line of the event log in the outcome.
#[derive(Debug, Clone, Serialize)]
pub struct LogOut {
    /// Simulated time.
    pub at: String,
    /// The event (PIN redacted).
    pub event: String,
    /// Screen before.
    pub from: &'static str,
    /// Screen after.
    pub to: &'static str,
    /// What happened, in English.
    pub note: String,
    /// What happened, as effects.
    pub effects: Vec<Effect>,
    /// The refusal the event caused, if any.
    pub refusal: Option<RefusalOut>,
}

impl LogOut {
    /// The log entry with its English note.
    pub fn new(e: &LogEntry, m: &Municipality, lang: &str) -> Self {
        LogOut {
            at: e.at.clone(),
            event: e.event.clone(),
            from: e.from,
            to: e.to,
            note: effects::notes(&I18n::in_lang("en"), &e.effects, m),
            effects: e.effects.clone(),
            refusal: e.refusal().map(|r| RefusalOut::new(r, m, lang)),
        }
    }
}

/// One document in the outcome.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentOut {
    /// Certificate kind.
    pub certificate: String,
    /// Copies printed.
    pub copies: u32,
    /// PDF pages per copy (front and back of each sheet).
    pub pages: u32,
    /// Sheets per copy (front pages).
    pub sheets: u32,
    /// Issue number.
    pub issue_number: String,
    /// PDF files written with `--out`, one per copy.
    pub files: Vec<String>,
    /// Person id the document is about.
    pub holder: String,
    /// The content model of the first copy.
    pub content: Option<DocumentModel>,
}

/// A failed expectation.
#[derive(Debug, Clone, Serialize)]
pub struct Mismatch {
    /// The `[expect]` key.
    pub field: String,
    /// What the file expects.
    pub expected: serde_json::Value,
    /// What happened.
    pub actual: serde_json::Value,
    /// Line of the key in the scenario.
    pub line: usize,
    /// Column of the key in the scenario.
    pub column: usize,
    /// The visit (1-based) whose `[visit.expect]` it is, in a file of `[[visit]]`s.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visit: Option<usize>,
}

/// The JSON outcome of a run.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The scenario's title.
    pub title: String,
    /// issued, refused, cancelled, timed_out, registered, or `incomplete` when the steps ran
    /// out before the session ended.
    pub status: String,
    /// Reason code when refused.
    pub reason: Option<String>,
    /// The refusal: code, facts, the rule and next step in English, and the texts the screen
    /// shows in English, Japanese and the screen's language (DESIGN.md "A refusal in the outcome").
    pub refusal: Option<RefusalOut>,
    /// Screens shown, in order.
    pub screens: Vec<&'static str>,
    /// Total of the selections (fee × copies).
    pub fee_yen: u32,
    /// Money accepted.
    pub paid_yen: u32,
    /// Money kept.
    pub charged_yen: u32,
    /// Money handed back (change, or everything on a cancel).
    pub change_yen: u32,
    /// Coins or notes the slot refused.
    pub rejected_yen: u32,
    /// Documents printed.
    pub documents: Vec<DocumentOut>,
    /// PIN tries left on the card at the end.
    pub pin_tries_left: u8,
    /// Printer fault that stopped printing.
    pub fault: Option<String>,
    /// Steps not run because the session had ended (their `do` names).
    pub skipped: Vec<String>,
    /// Vendor-specific steps this machine does not have.
    pub ignored_steps: Vec<String>,
    /// Vendor-specific steps supplied by the runner.
    pub auto_steps: Vec<String>,
    /// Municipality id.
    pub municipality: String,
    /// Vendor id.
    pub vendor: String,
    /// Simulated start and end.
    pub started_at: String,
    /// Simulated end.
    pub ended_at: String,
    /// The trainer's event log.
    pub log: Vec<LogOut>,
    /// The output that could not be written ("path: OS error"), if printing stopped on it:
    /// the session ended cleanly (refunded, recorded as failed) but the run failed (exit 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_error: Option<String>,
    /// Whether `[expect]` held (true when there is none).
    pub expectations_met: bool,
    /// What did not hold.
    pub mismatches: Vec<Mismatch>,
    /// Expectations this player could not check (`printed` where it kept no printed text).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unchecked: Vec<String>,
    /// In a file of `[[visit]]`s, each visit's own outcome in order; the fields above are the
    /// last visit's, and `mismatches` gathers every visit's.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub visits: Vec<Outcome>,
}

/// The JSON outcome of a played session, with `[expect]` checked; `printed` is checked only when
/// nothing was printed (the printed text is not at hand here: see [`outcome_with_pages`]).
pub fn outcome(
    sc: &Scenario,
    s: &Session,
    started: chrono::DateTime<chrono_tz::Tz>,
    played: Played,
    models: &[DocumentModel],
) -> Outcome {
    outcome_with_pages(sc, s, started, played, models, None)
}

/// The JSON outcome with `[expect]` checked, `pages` being the text drawn on every page printed
/// (as the renderer drew it into the PDF), which `printed` and `not_printed` read.
pub fn outcome_with_pages(
    sc: &Scenario,
    s: &Session,
    started: chrono::DateTime<chrono_tz::Tz>,
    played: Played,
    models: &[DocumentModel],
    pages: Option<&[String]>,
) -> Outcome {
    let kiosk = s.kiosk();
    let documents = s
        .issued()
        .iter()
        .filter(|d| d.printed > 0)
        .map(|d| DocumentOut {
            certificate: d.selection.kind.code().to_string(),
            copies: d.printed,
            pages: d.pages,
            sheets: d.pages / 2,
            issue_number: d.issue_number.to_string(),
            files: d.files.clone(),
            holder: d.holder.clone(),
            content: models
                .iter()
                .find(|m| m.issue_number == d.issue_number.to_string())
                .cloned(),
        })
        .collect();
    let mut outcome = Outcome {
        title: sc.title.clone(),
        status: s.status().map_or("incomplete", |x| x.name()).to_string(),
        reason: s.refusal().map(|r| r.reason.code().to_string()),
        refusal: s
            .refusal()
            .map(|r| RefusalOut::new(r, &kiosk.municipality, s.lang())),
        screens: s.screens().iter().map(|x| x.name()).collect(),
        fee_yen: s.total_yen(),
        paid_yen: s.paid_yen(),
        charged_yen: s.charged_yen(),
        change_yen: s.change_yen(),
        rejected_yen: s.rejected_yen(),
        documents,
        pin_tries_left: s.pin_tries_left(),
        fault: s.fault_hit().map(|f| format!("{f:?}")),
        skipped: played.skipped,
        ignored_steps: played.ignored,
        auto_steps: played.auto,
        municipality: kiosk.municipality.id.clone(),
        vendor: kiosk.vendor.id.clone(),
        started_at: started.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        ended_at: s.now().format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        log: s
            .log()
            .iter()
            .map(|e| LogOut::new(e, &kiosk.municipality, s.lang()))
            .collect(),
        output_error: s
            .log()
            .iter()
            .flat_map(|e| &e.effects)
            .find_map(|e| match e {
                crate::domain::effect::Effect::OutputFailed { path, error } => {
                    Some(format!("{path}: {error}"))
                }
                _ => None,
            }),
        expectations_met: true,
        mismatches: Vec::new(),
        unchecked: Vec::new(),
        visits: Vec::new(),
    };
    let none: &[String] = &[];
    let pages = pages.or(if outcome.documents.is_empty() {
        Some(none)
    } else {
        None
    });
    let (mismatches, unchecked) = expect::check(&sc.expect, &sc.source, &outcome, pages);
    outcome.expectations_met = mismatches.is_empty();
    outcome.mismatches = mismatches;
    outcome.unchecked = unchecked;
    outcome
}
