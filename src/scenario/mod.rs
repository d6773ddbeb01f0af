//! Scenario files (TOML, DESIGN.md "Scenario file"): a title, the machine's settings, the card
//! used, a list of steps a resident takes, and optional `[expect]`ations. [`parse`] turns a file
//! into a [`Scenario`] with every step checked and located (line and column), so a runner never
//! meets a step it cannot explain.

mod action;
mod exercise;
pub mod expect;
mod kind;
pub mod outcome;
pub mod play;
pub mod run;
mod step;
mod visit;

pub use action::{Action, StepSpec};
pub use exercise::{DEFAULT_LANG, Exercise, NOT_REFUSED};
pub use expect::{EXPECT_KEYS, Expectation};
pub use kind::StepKind;
pub use visit::Visit;

use exercise::{OneOrMany, exercise};

use step::step;

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::domain::registry::{RawDeck, Registry};
use crate::error::{InputError, Source};

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
    pub expect: Vec<Expectation>,
    /// `[[exercise]]` (or one `[exercise]`): questions for a trainee, checked and located.
    pub exercises: Vec<Exercise>,
    /// The visits after the first (`[[visit]]` tables; the first visit is the fields above),
    /// played in order on one state by `kofu run`. Empty for a one-visit file.
    pub visits: Vec<Visit>,
    /// Where `municipality`, `vendor` and `personas` are written, so an unknown id or a missing
    /// file is reported at the scenario's line and column.
    pub places: Places,
}

/// Spans of the values that name other files or bundled ids.
#[derive(Debug, Clone, Default)]
pub struct Places {
    /// `municipality = …`
    pub municipality: Option<Range<usize>>,
    /// `vendor = …`
    pub vendor: Option<Range<usize>>,
    /// `personas = …`
    pub personas: Option<Range<usize>>,
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
        let later = self.visits.iter_mut().flat_map(|v| v.steps.iter_mut());
        for s in self.steps.iter_mut().chain(later) {
            if let Action::Language(x) = &mut s.action {
                *x = lang.to_string();
            }
        }
    }

    /// How many visits the file holds (1 without `[[visit]]`s after the first).
    pub fn visit_count(&self) -> usize {
        1 + self.visits.len()
    }

    /// Visit `i` (0-based) as a one-visit scenario: its steps, clock, card and expectations
    /// (a later visit without `at` starts at `then`, when the one before it ended).
    pub fn visit(&self, i: usize, then: Option<chrono::DateTime<chrono_tz::Tz>>) -> Scenario {
        let mut one = self.clone();
        one.visits = Vec::new();
        if let Some(v) = i.checked_sub(1).and_then(|k| self.visits.get(k)) {
            one.at = v.at.or(then);
            one.use_card = v.use_card.clone().or(one.use_card);
            if let Some((m, span)) = &v.municipality {
                one.municipality = m.clone();
                one.places.municipality = Some(span.clone());
            }
            if let Some((m, span)) = &v.vendor {
                one.vendor = m.clone();
                one.places.vendor = Some(span.clone());
            }
            one.steps = v.steps.clone();
            one.expect = v.expect.clone();
            one.exercises = Vec::new();
        }
        one
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    #[serde(default)]
    format: Option<Spanned<i64>>,
    title: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    municipality: Option<Spanned<String>>,
    #[serde(default)]
    vendor: Option<Spanned<String>>,
    #[serde(default)]
    at: Option<Spanned<String>>,
    #[serde(default)]
    use_card: Option<Spanned<String>>,
    #[serde(default)]
    personas: Option<Spanned<String>>,
    #[serde(default)]
    explicit_taps: bool,
    #[serde(default)]
    steps: Option<Spanned<Vec<Spanned<RawStep>>>>,
    #[serde(default)]
    expect: Option<expect::RawExpect>,
    #[serde(default)]
    visit: Vec<Spanned<visit::RawVisit>>,
    #[serde(default)]
    exercise: Option<OneOrMany>,
    #[serde(default)]
    household: Vec<crate::domain::registry::RawHousehold>,
    #[serde(default)]
    person: Vec<crate::domain::registry::RawPerson>,
    #[serde(default)]
    card: Vec<crate::domain::registry::RawCard>,
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

/// Reads and checks a scenario file.
pub fn load(path: &Path) -> Result<Scenario, InputError> {
    let src = Source::read(path)?;
    parse(src)
}

/// Checks a scenario held in memory.
pub fn parse(src: Source) -> Result<Scenario, InputError> {
    let raw: RawScenario = src.parse_toml()?;
    let _ = raw.description;
    crate::domain::registry::compat::check_format(raw.format.as_ref(), &src)?;
    let at = visit::instant(&raw.at, &src)?;
    let has_people = !raw.person.is_empty() || !raw.household.is_empty() || !raw.card.is_empty();
    let registry = if has_people {
        let deck = RawDeck {
            format: None,
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
    let known = registry
        .as_ref()
        .map(|r| move |c: &str| r.cards.contains_key(c));
    let known_ref = known.as_ref().map(|f| f as &dyn Fn(&str) -> bool);
    let mut visits = Vec::new();
    for (i, v) in raw.visit.into_iter().enumerate() {
        visits.push(visit::visit(i + 1, v, known_ref, &src)?);
    }
    let top = First {
        steps: None,
        expect: expect::parse(raw.expect, &src)?,
        at,
        use_card: raw.use_card.as_ref().map(|c| c.get_ref().clone()),
    };
    let first = first_visit(top, raw.steps.as_ref(), &mut visits, &src)?;
    let (steps, expect) = (first.steps.unwrap_or_default(), first.expect);
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
    let base = src.path.parent().map(Path::to_path_buf).unwrap_or_default();
    let places = Places {
        municipality: raw.municipality.as_ref().map(Spanned::span),
        vendor: raw.vendor.as_ref().map(Spanned::span),
        personas: raw.personas.as_ref().map(Spanned::span),
    };
    let profile = |v: Option<Spanned<String>>, default: &str| match v {
        Some(v) => beside(&base, v.into_inner()),
        None => default.to_string(),
    };
    Ok(Scenario {
        title: raw.title,
        municipality: profile(raw.municipality, "tsukuba"),
        vendor: profile(raw.vendor, "fujifilm"),
        at: first.at,
        use_card: first.use_card,
        registry,
        personas: raw.personas.map(|p| base.join(p.into_inner())),
        steps,
        explicit_taps: raw.explicit_taps,
        expect,
        exercises,
        visits,
        places,
        source: src,
    })
}

/// A profile named in a scenario: a bundled id as written, a file (`….toml`) resolved against
/// the scenario's folder (an absolute path stays as it is).
pub(crate) fn beside(base: &Path, value: String) -> String {
    if Path::new(&value).extension().is_some_and(|e| e == "toml") {
        base.join(&value).display().to_string()
    } else {
        value
    }
}

/// The first visit's parts: the top-level ones, or the first `[[visit]]`'s.
struct First {
    steps: Option<Vec<StepSpec>>,
    expect: Vec<Expectation>,
    at: Option<chrono::DateTime<chrono_tz::Tz>>,
    use_card: Option<String>,
}

/// The first visit: the top-level `steps` when written (the `[[visit]]`s follow), else the first
/// `[[visit]]` (taken out of `visits`), whose `at` and `use_card` override the top-level ones.
fn first_visit(
    top: First,
    steps: Option<&Spanned<Vec<Spanned<RawStep>>>>,
    visits: &mut Vec<Visit>,
    src: &Source,
) -> Result<First, InputError> {
    if let Some(list) = steps {
        let mut v = Vec::new();
        for (i, s) in list.get_ref().iter().enumerate() {
            v.push(step(i + 1, s, src)?);
        }
        if v.is_empty() {
            return Err(src.error_at(Some(list.span()), "a scenario needs at least one step"));
        }
        return Ok(First {
            steps: Some(v),
            ..top
        });
    }
    if visits.is_empty() {
        return Err(src.error_at(
            Some(0..0),
            "a scenario needs `steps = [...]`, or `[[visit]]` tables each with its steps",
        ));
    }
    if let Some(e) = top.expect.first() {
        return Err(src.error_at(
            Some(e.2.clone()),
            "with `[[visit]]`s, write each visit's expectations in its `[visit.expect]`",
        ));
    }
    let first = visits.remove(0);
    Ok(First {
        steps: Some(first.steps),
        expect: first.expect,
        at: first.at.or(top.at),
        use_card: first.use_card.or(top.use_card),
    })
}
