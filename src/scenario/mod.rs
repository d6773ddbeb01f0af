//! Scenario files (TOML, DESIGN.md "Scenario file"): a title, the machine's settings, the card
//! used, a list of steps a resident takes, and optional `[expect]`ations. [`parse`] turns a file
//! into a [`Scenario`] with every step checked and located (line and column), so a runner never
//! meets a step it cannot explain.

mod exercise;
mod kind;
pub mod outcome;
pub mod play;
pub mod run;
mod step;

pub use exercise::{DEFAULT_LANG, Exercise, NOT_REFUSED};
pub use kind::StepKind;

use exercise::{OneOrMany, exercise};

use step::step;

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::domain::keypad::PadKey;
use crate::domain::municipality::CertificateKind;
use crate::domain::registry::{RawDeck, Registry};
use crate::domain::session::{CertOptions, Fault};
use crate::domain::vendor::look::OtherService;
use crate::error::{InputError, Source};

/// What a step does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// `language`: choose the screen language.
    Language(String),
    /// `services`: "Administrative services".
    Services,
    /// `other_service`: another service on the home menu (`value = "copy"`, …): a wrong turn.
    OtherService(OtherService),
    /// `cert_issue`: "Cert. issue service (convenience store)".
    CertIssue,
    /// `consent`: Sharp's notice (ignored on machines without it).
    Consent,
    /// `place_card`: the scenario's card, or `value = "card-id"`.
    PlaceCard(Option<String>),
    /// `next`: Sharp's "Next" after the card (ignored on machines without it).
    Next,
    /// `residence`
    Residence,
    /// `domicile`
    Domicile,
    /// `register_domicile`
    RegisterDomicile,
    /// `pin`: the 4 digits (never echoed anywhere).
    Pin(String),
    /// `pin` with `value = "correct"` (true) or `"wrong"` (false): resolved against the deck's
    /// card when it runs, so a recorded session's scenario holds no PIN.
    PinFromDeck(bool),
    /// `remove_card`
    RemoveCard,
    /// `certificate`, with `options`.
    Certificate(CertificateKind, Option<CertOptions>),
    /// `options`: "Next" on the options screen with these `options` (a recording writes it when
    /// the participant came back to the options screen, e.g. with Back from the copies).
    Options(CertOptions),
    /// `copies`
    Copies(u32),
    /// `another`: choose another certificate from the confirmation.
    Another,
    /// `confirm`
    Confirm,
    /// `insert`: yen.
    Insert(u32),
    /// `take_items`
    TakeItems,
    /// `back`
    Back,
    /// `cancel`
    Cancel,
    /// `wait`: `seconds = N` of simulated time.
    Wait(u32),
    /// `extend`: "Extend time" on the inactivity warning.
    Extend,
    /// `fault`: inject a fault (`after_copies` for printer faults).
    Fault(Fault, u32),
    /// `clear_fault`: the store's staff clear a printer fault that stopped the job.
    ClearFault,
    /// `key`: a key of the machine's keypad, as a keypad-only user presses it (2 and 8 move
    /// the panel's highlight, ○ does what it shows). Only a driver with a panel can play it.
    Key(PadKey),
}

/// One located step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepSpec {
    /// What it does.
    pub action: Action,
    /// The `note = "…"` for walkthrough reports.
    pub note: Option<String>,
    /// Where the step is written (byte span in the file).
    pub span: Range<usize>,
}

/// A parsed scenario.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// The file it came from (and its text, for error positions).
    pub source: Source,
    /// Title.
    pub title: String,
    /// Municipality id.
    pub municipality: String,
    /// Vendor id.
    pub vendor: String,
    /// Simulated clock at the first step (None: the real time now).
    pub at: Option<chrono::DateTime<chrono_tz::Tz>>,
    /// Card placed by `place_card`.
    pub use_card: Option<String>,
    /// The scenario's own persons, if it carries `[[person]]` tables.
    pub registry: Option<Registry>,
    /// A persona deck file named by `personas = "…"` (relative to the scenario).
    pub personas: Option<PathBuf>,
    /// Steps.
    pub steps: Vec<StepSpec>,
    /// `explicit_taps = true`: the steps hold every tap as a recording writes them — the
    /// vendor's own (Sharp's notice "Agree" and "Next" after the card), and "Next" on the
    /// options screen only where a `certificate` step has `options` — so the runner adds none.
    /// Default false: the runner adds them where the vendor needs them, and a `certificate`
    /// step chooses its options (or the defaults) at once (hand-written scenarios stay short
    /// and vendor-neutral).
    pub explicit_taps: bool,
    /// `[expect]`: field → expected JSON value, with the span of each key.
    pub expect: Vec<(String, serde_json::Value, Range<usize>)>,
    /// `[[exercise]]` (or one `[exercise]`): questions for a trainee, checked and located.
    pub exercises: Vec<Exercise>,
}

impl Scenario {
    /// Whether a step presses a keypad key, which only a driver with a panel can play
    /// (`kofu walkthrough`, `kofu predict`, the window; not `kofu run`).
    pub fn needs_panel(&self) -> bool {
        self.steps
            .iter()
            .any(|s| matches!(s.action, Action::Key(_)))
    }

    /// Plays the scenario in `lang`: every `language` step chooses it instead (a walkthrough or
    /// a handbook in another language shows the same steps in that language).
    pub fn set_language(&mut self, lang: &str) {
        for s in &mut self.steps {
            if let Action::Language(x) = &mut s.action {
                *x = lang.to_string();
            }
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    title: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default = "tsukuba")]
    municipality: String,
    #[serde(default = "fujifilm")]
    vendor: String,
    #[serde(default)]
    at: Option<Spanned<String>>,
    #[serde(default)]
    use_card: Option<Spanned<String>>,
    #[serde(default)]
    personas: Option<String>,
    #[serde(default)]
    explicit_taps: bool,
    steps: Vec<Spanned<RawStep>>,
    #[serde(default)]
    expect: Option<toml::Table>,
    #[serde(default)]
    exercise: Option<OneOrMany>,
    #[serde(default)]
    household: Vec<crate::domain::registry::RawHousehold>,
    #[serde(default)]
    person: Vec<crate::domain::registry::RawPerson>,
    #[serde(default)]
    card: Vec<crate::domain::registry::RawCard>,
}

fn tsukuba() -> String {
    "tsukuba".into()
}
fn fujifilm() -> String {
    "fujifilm".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    #[serde(rename = "do")]
    action: Spanned<String>,
    #[serde(default)]
    value: Option<Spanned<toml::Value>>,
    #[serde(default)]
    options: Option<Spanned<RawOptions>>,
    #[serde(default)]
    seconds: Option<Spanned<toml::Value>>,
    #[serde(default)]
    after_copies: Option<Spanned<toml::Value>>,
    #[serde(default)]
    note: Option<String>,
}

/// Simulated seconds one `wait` step may pass: a year and a day covers every rule that counts
/// days (registrations, the next year-end stop).
pub const WAIT_SECONDS: std::ops::RangeInclusive<i64> = 1..=31_708_800;

/// Copies a printer fault may wait for (the municipality's `max_copies` is at most 99).
pub const AFTER_COPIES: std::ops::RangeInclusive<i64> = 0..=99;

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawOptions {
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    members: Vec<String>,
    #[serde(default)]
    relationship: bool,
    #[serde(default)]
    domicile: bool,
    #[serde(default)]
    my_number: bool,
    #[serde(default)]
    nationality: bool,
    #[serde(default)]
    residence_status: bool,
    #[serde(default)]
    residence_card: bool,
    #[serde(default)]
    year: Option<i32>,
    #[serde(default)]
    register: Option<String>,
    #[serde(default)]
    person: Option<String>,
}

/// The fields `[expect]` may name (the outcome's fields).
pub const EXPECT_KEYS: [&str; 12] = [
    "status",
    "reason",
    "fee_yen",
    "paid_yen",
    "change_yen",
    "charged_yen",
    "pin_tries_left",
    "screens",
    "documents",
    "skipped",
    "fault",
    "rejected_yen",
];

/// Reads and checks a scenario file.
pub fn load(path: &Path) -> Result<Scenario, InputError> {
    let src = Source::read(path)?;
    parse(src)
}

/// Checks a scenario held in memory.
pub fn parse(src: Source) -> Result<Scenario, InputError> {
    let raw: RawScenario = src.parse_toml()?;
    let _ = raw.description;
    let at = match &raw.at {
        Some(s) => Some(
            crate::domain::calendar::parse_instant(s.get_ref()).map_err(|e| {
                src.error_at(
                    Some(s.span()),
                    format!("`at`: {e}; write e.g. 2026-11-25T10:00:00+09:00"),
                )
            })?,
        ),
        None => None,
    };
    let has_people = !raw.person.is_empty() || !raw.household.is_empty() || !raw.card.is_empty();
    let registry = if has_people {
        let deck = RawDeck {
            household: raw.household,
            person: raw.person,
            card: raw.card,
        };
        Some(Registry::from_raw(deck, &src)?)
    } else {
        None
    };
    if let (Some(reg), Some(c)) = (&registry, &raw.use_card)
        && !reg.cards.contains_key(c.get_ref())
    {
        return Err(src.error_at(
            Some(c.span()),
            format!("no card `{}` among this scenario's [[card]]s", c.get_ref()),
        ));
    }
    let mut steps = Vec::new();
    for (i, s) in raw.steps.iter().enumerate() {
        steps.push(step(i + 1, s, &src)?);
    }
    if steps.is_empty() {
        return Err(src.error_at(Some(0..0), "a scenario needs at least one step"));
    }
    let mut expect = Vec::new();
    if let Some(table) = raw.expect {
        for (k, v) in table {
            let span = key_span(&src, &k);
            if !EXPECT_KEYS.contains(&k.as_str()) {
                return Err(src.error_at(
                    span,
                    format!(
                        "unknown expectation `{k}`; expected one of {}",
                        EXPECT_KEYS.join(", ")
                    ),
                ));
            }
            let json =
                serde_json::to_value(&v).map_err(|e| src.error_at(span.clone(), e.to_string()))?;
            expect.push((k, json, span.unwrap_or(0..0)));
        }
    }
    let mut exercises = Vec::new();
    for (i, e) in raw
        .exercise
        .map(|x| x.0)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        exercises.push(exercise(i + 1, e, steps.len(), &src)?);
    }
    let personas = raw.personas.map(|p| {
        let base = src.path.parent().map(Path::to_path_buf).unwrap_or_default();
        base.join(p)
    });
    Ok(Scenario {
        title: raw.title,
        municipality: raw.municipality,
        vendor: raw.vendor,
        at,
        use_card: raw.use_card.map(Spanned::into_inner),
        registry,
        personas,
        steps,
        explicit_taps: raw.explicit_taps,
        expect,
        exercises,
        source: src,
    })
}

/// Best-effort span of `key = …` inside the `[expect]` table (toml gives no key spans here).
fn key_span(src: &Source, key: &str) -> Option<Range<usize>> {
    let start = src.text.find("[expect]")?;
    let rest = src.text.get(start..)?;
    let mut offset = start;
    for line in rest.split_inclusive('\n') {
        if line.trim_start().starts_with(key) {
            let indent = line.len() - line.trim_start().len();
            return Some(offset + indent..offset + indent + key.len());
        }
        offset += line.len();
    }
    Some(start..start)
}
