//! The scenario a recorded session replays as: the session's events written back as the
//! ordinary scenario format (DESIGN.md "Scenario file"), so `kofu run` plays them to the same
//! outcome.
//!
//! Decisions:
//! - A PIN is written `correct` or `wrong` (from the step's effects: rejected or locked is
//!   wrong), never its digits.
//! - Time: the window ticks the session every simulated second; those ticks become `wait`
//!   steps of whole seconds — one before each event that came after time had passed, and one
//!   for each tick that did something (the inactivity warning, a timeout), rounded up so the
//!   replay reaches it. Time spent printing is left out: the runner prints at once.
//! - `PrinterStep` is not written (the runner prints to the end after the step that started it).
//! - Limits (said in README): a certificate whose options screen was left with Back replays
//!   with default options chosen; a trainer's fault injected part-way through printing strikes
//!   in the replay after all copies the step printed.
//! - **Written by serde**: the steps are [`StepTable`]s and the file a struct (header, `steps`,
//!   `[expect]`) that `toml` serializes — `steps` as `[[steps]]` tables, the form `toml`
//!   writes for an array of tables, which the parser reads as it reads `steps = [{ … }]`. The
//!   `do` names are [`StepKind`]'s, the parser's own. TOML serialization writes no comments,
//!   so the file's comments are put before it.

use chrono::{DateTime, Duration};
use chrono_tz::Tz;
use serde::Serialize;

use super::paths::from_recording;
use crate::domain::effect::Effect;
use crate::domain::session::{CertOptions, Event, Extent, Scope, Screen, Step};
use crate::scenario::StepKind;

/// One table of the scenario's `steps`, with the fields the scenario parser reads (`do`,
/// `value`, `seconds`, `after_copies`, `options`); a field left `None` is not written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepTable {
    /// `do`: the step's name, from the one derive the parser reads too.
    #[serde(rename = "do")]
    pub action: StepKind,
    /// `value`: a string (a language, card, service, certificate, fault, `correct`/`wrong`) or
    /// a whole number (copies, yen).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<toml::Value>,
    /// `seconds` of a `wait`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u32>,
    /// `after_copies` of a `fault`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after_copies: Option<u32>,
    /// `options` of a `certificate` or `options` step (an empty table still means "Next" on the
    /// options screen with the defaults).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<OptionsTable>,
}

impl StepTable {
    /// A step with no fields but its `do`.
    fn bare(action: StepKind) -> Self {
        Self {
            action,
            value: None,
            seconds: None,
            after_copies: None,
            options: None,
        }
    }

    /// A step with a string `value`.
    fn text(action: StepKind, value: &str) -> Self {
        Self {
            value: Some(toml::Value::String(value.to_string())),
            ..Self::bare(action)
        }
    }

    /// A step with a whole-number `value`.
    fn number(action: StepKind, value: u32) -> Self {
        Self {
            value: Some(toml::Value::Integer(i64::from(value))),
            ..Self::bare(action)
        }
    }
}

/// A step's `options = { … }`, as the scenario parser reads them: the defaults are left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OptionsTable {
    /// `household` or `members` (the holder, the default, is left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'static str>,
    /// The chosen members' person ids.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    members: Vec<String>,
    /// 世帯主・続柄.
    #[serde(skip_serializing_if = "is_false")]
    relationship: bool,
    /// 本籍・筆頭者.
    #[serde(skip_serializing_if = "is_false")]
    domicile: bool,
    /// 国籍・地域.
    #[serde(skip_serializing_if = "is_false")]
    nationality: bool,
    /// 在留資格・在留期間.
    #[serde(skip_serializing_if = "is_false")]
    residence_status: bool,
    /// 在留カード番号.
    #[serde(skip_serializing_if = "is_false")]
    residence_card: bool,
    /// The My Number.
    #[serde(skip_serializing_if = "is_false")]
    my_number: bool,
    /// A tax certificate's fiscal year.
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<i32>,
    /// `individual` (the whole register, the default, is left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    register: Option<Extent>,
    /// The family register's person.
    #[serde(skip_serializing_if = "Option::is_none")]
    person: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl From<&CertOptions> for OptionsTable {
    fn from(o: &CertOptions) -> Self {
        let (scope, members) = match &o.scope {
            Scope::Holder => (None, Vec::new()),
            Scope::Household => (Some("household"), Vec::new()),
            Scope::Members(m) => (Some("members"), m.clone()),
        };
        Self {
            scope,
            members,
            relationship: o.relationship,
            domicile: o.domicile,
            nationality: o.nationality,
            residence_status: o.residence_status,
            residence_card: o.residence_card,
            my_number: o.my_number,
            year: o.year,
            register: (o.extent == Extent::Individual).then_some(Extent::Individual),
            person: o.person.clone(),
        }
    }
}

/// Turns the session's events into scenario steps.
#[derive(Debug, Clone)]
pub struct Script {
    /// Steps so far.
    pub steps: Vec<StepTable>,
    /// The simulated time the steps so far account for.
    cursor: DateTime<Tz>,
    /// The card placed first (the scenario's `use_card`).
    pub use_card: Option<String>,
}

impl Script {
    /// A script starting at the session's simulated start.
    pub fn new(start: DateTime<Tz>) -> Self {
        Self {
            steps: Vec::new(),
            cursor: start,
            use_card: None,
        }
    }

    /// Adds the step the session took (its event, the time before it, the screen it came
    /// from). Returns the scenario step's `do`, if the event is one.
    pub fn push(&mut self, step: &Step) -> Option<StepKind> {
        let (ev, before) = (&step.event, step.before);
        if let Event::Tick(t) = ev {
            if step.from == Screen::Printing {
                self.cursor = *t; // the runner prints at once
            } else if !step.effects.is_empty() {
                self.wait_until(*t, true);
            }
            return None;
        }
        self.wait_until(before, false);
        let table = match ev {
            Event::Options(o) => {
                let options = OptionsTable::from(o);
                // The options of the certificate just chosen belong to its step — also when the
                // participant took their time (a `wait` between). Back on the options screen
                // later (from the copies) is an `options` step of its own.
                let cert = self
                    .steps
                    .iter_mut()
                    .rev()
                    .find(|s| s.action != StepKind::Wait)
                    .filter(|s| s.action == StepKind::Certificate && s.options.is_none());
                if let Some(cert) = cert {
                    cert.options = Some(options);
                    return None;
                }
                StepTable {
                    options: Some(options),
                    ..StepTable::bare(StepKind::Options)
                }
            }
            Event::PlaceCard(card) => {
                if self.use_card.is_none() {
                    self.use_card = Some(card.clone());
                }
                StepTable::text(StepKind::PlaceCard, card)
            }
            Event::Pin(_) => {
                let wrong = step
                    .effects
                    .iter()
                    .any(|e| matches!(e, Effect::PinRejected { .. } | Effect::PinLocked));
                StepTable::text(StepKind::Pin, if wrong { "wrong" } else { "correct" })
            }
            ev => table(ev)?,
        };
        let kind = table.action;
        self.steps.push(table);
        Some(kind)
    }

    /// A `wait` for the whole seconds from the cursor to `t` (rounded up when `reach`).
    fn wait_until(&mut self, t: DateTime<Tz>, reach: bool) {
        let ms = (t - self.cursor).num_milliseconds();
        let secs = if reach { (ms + 999) / 1000 } else { ms / 1000 };
        if let Ok(seconds) = u32::try_from(secs)
            && seconds >= 1
        {
            self.steps.push(StepTable {
                seconds: Some(seconds),
                ..StepTable::bare(StepKind::Wait)
            });
            self.cursor += Duration::seconds(secs);
        }
    }

    /// The scenario file's text: the header comments, then the file serialized by `toml`.
    pub fn to_toml(&self, head: &ScriptHead<'_>) -> Result<String, toml::ser::Error> {
        let mut comments = String::from(
            "# Recorded by kofu --record: replay with `kofu run` (PINs are written as\n\
             # correct/wrong and resolved against the deck).\n",
        );
        let mut steps = self.steps.clone();
        if steps.is_empty() {
            // Inputs that reached no screen of the session (a card laid on the reader before
            // the card screen, then nothing): a scenario needs a step, and a second passing
            // changes nothing.
            comments.push_str("# The participant's inputs reached no screen of the session.\n");
            steps.push(StepTable {
                seconds: Some(1),
                ..StepTable::bare(StepKind::Wait)
            });
        }
        if head.left {
            // The timeline says `cancelled`; the replay stops where the session was left.
            comments.push_str(
                "# The session was left unfinished (the window closed or recording stopped):\n\
                 # the replay stops where it was left, so no status is expected.\n",
            );
        }
        // A scenario reads paths from its own folder: files are written relative to the
        // recording's folder, so the folder moves (to another machine) with its deck and
        // profiles and still replays.
        let municipality = from_recording(head.municipality, false, head.dir);
        let vendor = from_recording(head.vendor, false, head.dir);
        let personas = head.personas.map(|p| from_recording(p, true, head.dir));
        let file = ScenarioFile {
            title: head.title,
            municipality: &municipality,
            vendor: &vendor,
            at: head.at.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            use_card: self.use_card.as_deref(),
            personas: personas.as_deref(),
            // The participant's own taps on the vendor's extra screens are in the steps.
            explicit_taps: true,
            steps,
            expect: Expect {
                status: (!head.left).then_some(head.status),
                reason: head.reason,
                fee_yen: head.fee_yen,
                paid_yen: head.paid_yen,
                documents: head.documents,
            },
        };
        Ok(comments + "\n" + &toml::to_string(&file)?)
    }
}

/// The step of every other event: its `do` and value (None: the event is not a step).
fn table(ev: &Event) -> Option<StepTable> {
    Some(match ev {
        Event::Language(l) => StepTable::text(StepKind::Language, l),
        Event::Services => StepTable::bare(StepKind::Services),
        Event::OtherService(s) => StepTable::text(StepKind::OtherService, s.code()),
        Event::CertIssue => StepTable::bare(StepKind::CertIssue),
        Event::Consent => StepTable::bare(StepKind::Consent),
        Event::Next => StepTable::bare(StepKind::Next),
        Event::RemoveCard => StepTable::bare(StepKind::RemoveCard),
        Event::Residence => StepTable::bare(StepKind::Residence),
        Event::Domicile => StepTable::bare(StepKind::Domicile),
        Event::RegisterDomicile => StepTable::bare(StepKind::RegisterDomicile),
        Event::Certificate(kind) => StepTable::text(StepKind::Certificate, kind.code()),
        Event::Copies(n) => StepTable::number(StepKind::Copies, *n),
        Event::AddAnother => StepTable::bare(StepKind::Another),
        Event::Confirm => StepTable::bare(StepKind::Confirm),
        Event::Insert(y) => StepTable::number(StepKind::Insert, *y),
        Event::TakeItems => StepTable::bare(StepKind::TakeItems),
        Event::Back => StepTable::bare(StepKind::Back),
        Event::Cancel => StepTable::bare(StepKind::Cancel),
        Event::Extend => StepTable::bare(StepKind::Extend),
        Event::ClearFault => StepTable::bare(StepKind::ClearFault),
        Event::Fault {
            fault,
            after_copies,
        } => StepTable {
            after_copies: Some(*after_copies),
            ..StepTable::text(StepKind::Fault, fault.code())
        },
        // Written by `push` (they need the step or the script), or not steps at all: the
        // printer's progress (the runner prints to the end) and the clock's ticks.
        Event::Options(_)
        | Event::PlaceCard(_)
        | Event::Pin(_)
        | Event::PrinterStep
        | Event::Tick(_) => return None,
    })
}

/// A recorded scenario file, field by field as the scenario parser reads it.
#[derive(Debug, Serialize)]
struct ScenarioFile<'a> {
    title: &'a str,
    municipality: &'a str,
    vendor: &'a str,
    at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    use_card: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    personas: Option<&'a str>,
    explicit_taps: bool,
    steps: Vec<StepTable>,
    expect: Expect<'a>,
}

/// The recorded scenario's `[expect]`: what the session ended with.
#[derive(Debug, Serialize)]
struct Expect<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
    fee_yen: u32,
    paid_yen: u32,
    documents: usize,
}

/// What the scenario file says besides its steps.
#[derive(Debug, Clone)]
pub struct ScriptHead<'a> {
    /// Title.
    pub title: &'a str,
    /// The recording's folder: deck and profile files are written relative to it.
    pub dir: &'a std::path::Path,
    /// Municipality profile id or file.
    pub municipality: &'a str,
    /// Vendor profile id or file.
    pub vendor: &'a str,
    /// The session's simulated start.
    pub at: DateTime<Tz>,
    /// The persona deck file, when not the bundled one.
    pub personas: Option<&'a str>,
    /// Expected status (`[expect]`).
    pub status: &'a str,
    /// The session was left unfinished: no status is expected of the replay.
    pub left: bool,
    /// Expected refusal reason.
    pub reason: Option<&'a str>,
    /// Expected fee.
    pub fee_yen: u32,
    /// Expected money inserted.
    pub paid_yen: u32,
    /// Expected number of documents.
    pub documents: usize,
}

#[cfg(test)]
mod tests;
