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

use chrono::{DateTime, Duration};
use chrono_tz::Tz;

use crate::domain::effect::Effect;
use crate::domain::session::{CertOptions, Event, Extent, Scope, Screen, Step};

/// One line of the scenario's `steps`, as TOML inline-table text.
#[derive(Debug, Clone, PartialEq)]
pub struct ScriptLine(pub String);

/// Turns the session's events into scenario steps.
#[derive(Debug, Clone)]
pub struct Script {
    /// Steps so far.
    pub lines: Vec<ScriptLine>,
    /// The simulated time the steps so far account for.
    cursor: DateTime<Tz>,
    /// The card placed first (the scenario's `use_card`).
    pub use_card: Option<String>,
}

impl Script {
    /// A script starting at the session's simulated start.
    pub fn new(start: DateTime<Tz>) -> Self {
        Self {
            lines: Vec::new(),
            cursor: start,
            use_card: None,
        }
    }

    /// Adds the step the session took (its event, the time before it, the screen it came
    /// from). Returns the scenario step's `do` name, if the event is one.
    pub fn push(&mut self, step: &Step) -> Option<&'static str> {
        let (ev, before) = (&step.event, step.before);
        let printing = step.from == Screen::Printing;
        if let Event::Tick(t) = ev {
            if printing {
                self.cursor = *t; // the runner prints at once
            } else if !step.effects.is_empty() {
                self.wait_until(*t, true);
            }
            return None;
        }
        self.wait_until(before, false);
        let q = quote;
        let (name, line) = match ev {
            Event::Language(l) => ("language", format!("value = {}", q(l))),
            Event::Services => ("services", String::new()),
            Event::OtherService(s) => ("other_service", format!("value = {}", q(s.code()))),
            Event::CertIssue => ("cert_issue", String::new()),
            Event::Consent => ("consent", String::new()),
            Event::PlaceCard(card) => {
                if self.use_card.is_none() {
                    self.use_card = Some(card.clone());
                }
                ("place_card", format!("value = {}", q(card)))
            }
            Event::Next => ("next", String::new()),
            Event::RemoveCard => ("remove_card", String::new()),
            Event::Residence => ("residence", String::new()),
            Event::Domicile => ("domicile", String::new()),
            Event::RegisterDomicile => ("register_domicile", String::new()),
            Event::Pin(_) => {
                let wrong = step
                    .effects
                    .iter()
                    .any(|e| matches!(e, Effect::PinRejected { .. } | Effect::PinLocked));
                (
                    "pin",
                    format!("value = {}", q(if wrong { "wrong" } else { "correct" })),
                )
            }
            Event::Certificate(kind) => ("certificate", format!("value = {}", q(kind.code()))),
            Event::Options(o) => {
                let table = options_table(o);
                // The options of the certificate just chosen belong to its step — also when the
                // participant took their time (a `wait` between). Back on the options screen
                // later (from the copies) is an `options` step of its own.
                let cert = self
                    .lines
                    .iter_mut()
                    .rev()
                    .find(|l| !l.0.starts_with("{ do = \"wait\""))
                    .filter(|l| l.0.contains("do = \"certificate\"") && !l.0.contains("options ="));
                if let Some(cert) = cert {
                    let bare = cert.0.trim_end_matches(" }");
                    cert.0 = format!("{bare}, options = {table} }}");
                    return None;
                }
                ("options", format!("options = {table}"))
            }
            Event::Copies(n) => ("copies", format!("value = {n}")),
            Event::AddAnother => ("another", String::new()),
            Event::Confirm => ("confirm", String::new()),
            Event::Insert(y) => ("insert", format!("value = {y}")),
            Event::PrinterStep => return None,
            Event::TakeItems => ("take_items", String::new()),
            Event::Back => ("back", String::new()),
            Event::Cancel => ("cancel", String::new()),
            Event::Extend => ("extend", String::new()),
            Event::Fault {
                fault,
                after_copies,
            } => (
                "fault",
                format!("value = {}, after_copies = {after_copies}", q(fault.code())),
            ),
            Event::Tick(_) => return None,
        };
        self.lines.push(ScriptLine(if line.is_empty() {
            format!("{{ do = \"{name}\" }}")
        } else {
            format!("{{ do = \"{name}\", {line} }}")
        }));
        Some(name)
    }

    /// A `wait` for the whole seconds from the cursor to `t` (rounded up when `reach`).
    fn wait_until(&mut self, t: DateTime<Tz>, reach: bool) {
        let ms = (t - self.cursor).num_milliseconds();
        let secs = if reach { (ms + 999) / 1000 } else { ms / 1000 };
        if secs >= 1 {
            self.lines
                .push(ScriptLine(format!("{{ do = \"wait\", seconds = {secs} }}")));
            self.cursor += Duration::seconds(secs);
        }
    }

    /// The scenario file's text.
    pub fn to_toml(&self, head: &ScriptHead<'_>) -> String {
        let mut s = String::new();
        s.push_str("# Recorded by kofu --record: replay with `kofu run` (PINs are written as\n");
        s.push_str("# correct/wrong and resolved against the deck).\n");
        s.push_str(&format!("title = {}\n", quote(head.title)));
        s.push_str(&format!("municipality = {}\n", quote(head.municipality)));
        s.push_str(&format!("vendor = {}\n", quote(head.vendor)));
        s.push_str(&format!(
            "at = {}\n",
            quote(&head.at.format("%Y-%m-%dT%H:%M:%S%:z").to_string())
        ));
        if let Some(c) = &self.use_card {
            s.push_str(&format!("use_card = {}\n", quote(c)));
        }
        if let Some(p) = head.personas {
            s.push_str(&format!("personas = {}\n", quote(p)));
        }
        // The participant's own taps on the vendor's extra screens are in the steps.
        s.push_str("explicit_taps = true\n");
        s.push_str("steps = [\n");
        for l in &self.lines {
            s.push_str(&format!("  {},\n", l.0));
        }
        if self.lines.is_empty() {
            // Inputs that reached no screen of the session (a card laid on the reader before
            // the card screen, then nothing): a scenario needs a step, and a second passing
            // changes nothing.
            s.push_str("  # the participant's inputs reached no screen of the session\n");
            s.push_str("  { do = \"wait\", seconds = 1 },\n");
        }
        s.push_str("]\n\n[expect]\n");
        if head.left {
            // The timeline says `cancelled`; the replay stops where the session was left.
            s.push_str(
                "# The session was left unfinished (the window closed or recording stopped):\n",
            );
            s.push_str("# the replay stops where it was left, so no status is expected.\n");
        } else {
            s.push_str(&format!("status = {}\n", quote(head.status)));
        }
        if let Some(r) = head.reason {
            s.push_str(&format!("reason = {}\n", quote(r)));
        }
        s.push_str(&format!(
            "fee_yen = {}\npaid_yen = {}\ndocuments = {}\n",
            head.fee_yen, head.paid_yen, head.documents
        ));
        s
    }
}

/// What the scenario file says besides its steps.
#[derive(Debug, Clone)]
pub struct ScriptHead<'a> {
    /// Title.
    pub title: &'a str,
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

/// A TOML basic string.
fn quote(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// The scenario's `options = { … }` for chosen options (defaults left out).
fn options_table(o: &CertOptions) -> String {
    let mut f: Vec<String> = Vec::new();
    match &o.scope {
        Scope::Holder => {}
        Scope::Household => f.push("scope = \"household\"".into()),
        Scope::Members(m) => {
            let list: Vec<String> = m.iter().map(|x| quote(x)).collect();
            f.push(format!(
                "scope = \"members\", members = [{}]",
                list.join(", ")
            ));
        }
    }
    for (on, name) in [
        (o.relationship, "relationship"),
        (o.domicile, "domicile"),
        (o.nationality, "nationality"),
        (o.residence_status, "residence_status"),
        (o.residence_card, "residence_card"),
        (o.my_number, "my_number"),
    ] {
        if on {
            f.push(format!("{name} = true"));
        }
    }
    if let Some(y) = o.year {
        f.push(format!("year = {y}"));
    }
    if o.extent == Extent::Individual {
        f.push("register = \"individual\"".into());
    }
    if let Some(p) = &o.person {
        f.push(format!("person = {}", quote(p)));
    }
    format!("{{ {} }}", f.join(", "))
}
