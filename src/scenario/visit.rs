//! `[[visit]]`: several visits to the kiosk in one scenario file, played in order on one state
//! (in memory, or the `--state` folder), so a PIN count across days, a registration that
//! becomes ready, or one card used at two kiosks is one file a trainer can read top to bottom.

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::expect::{self, Expectation, RawExpect};
use super::step::step;
use super::{RawStep, StepSpec};
use crate::error::{InputError, Source};

/// One visit after the scenario's first: its own clock, card, steps and expectations.
#[derive(Debug, Clone)]
pub struct Visit {
    /// Simulated clock at its first step; None: when the visit before it ended.
    pub at: Option<chrono::DateTime<chrono_tz::Tz>>,
    /// The card placed by `place_card`; None: the scenario's `use_card`.
    pub use_card: Option<String>,
    /// Another kiosk's municipality (an id, or a profile file resolved against the scenario's
    /// folder) and where it is written; None: the scenario's.
    pub municipality: Option<(String, Range<usize>)>,
    /// Another kiosk's vendor, likewise.
    pub vendor: Option<(String, Range<usize>)>,
    /// Steps.
    pub steps: Vec<StepSpec>,
    /// `[visit.expect]`.
    pub expect: Vec<Expectation>,
    /// Where the `[[visit]]` table is written.
    pub span: Range<usize>,
}

/// `[[visit]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawVisit {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    at: Option<Spanned<String>>,
    #[serde(default)]
    use_card: Option<Spanned<String>>,
    #[serde(default)]
    municipality: Option<Spanned<String>>,
    #[serde(default)]
    vendor: Option<Spanned<String>>,
    steps: Vec<Spanned<RawStep>>,
    #[serde(default)]
    expect: Option<RawExpect>,
}

/// The scenario's `at`, or a visit's: an instant with its offset.
pub(super) fn instant(
    s: &Option<Spanned<String>>,
    src: &Source,
) -> Result<Option<chrono::DateTime<chrono_tz::Tz>>, InputError> {
    let Some(s) = s else {
        return Ok(None);
    };
    crate::domain::calendar::parse_instant(s.get_ref())
        .map(Some)
        .map_err(|e| {
            src.error_at(
                Some(s.span()),
                format!("`at`: {e}; write e.g. 2026-11-25T10:00:00+09:00"),
            )
        })
}

/// Checks one `[[visit]]` (numbered from 1 in the file) and its steps.
pub(super) fn visit(
    n: usize,
    raw: Spanned<RawVisit>,
    cards: Option<&dyn Fn(&str) -> bool>,
    src: &Source,
) -> Result<Visit, InputError> {
    let span = raw.span();
    let raw = raw.into_inner();
    let _ = raw.title;
    let at = instant(&raw.at, src)?;
    if let (Some(c), Some(known)) = (&raw.use_card, cards)
        && !known(c.get_ref())
    {
        return Err(src.error_at(
            Some(c.span()),
            format!(
                "visit {n}: no card `{}` among this scenario's [[card]]s",
                c.get_ref()
            ),
        ));
    }
    let mut steps = Vec::new();
    for (i, s) in raw.steps.iter().enumerate() {
        steps.push(step(i + 1, s, src)?);
    }
    if steps.is_empty() {
        return Err(src.error_at(Some(span), format!("visit {n} needs at least one step")));
    }
    let base = src.path.parent().map(Path::to_path_buf).unwrap_or_default();
    let place = |v: Option<Spanned<String>>| {
        v.map(|v| {
            let span = v.span();
            (super::beside(&base, v.into_inner()), span)
        })
    };
    Ok(Visit {
        at,
        use_card: raw.use_card.map(Spanned::into_inner),
        municipality: place(raw.municipality),
        vendor: place(raw.vendor),
        steps,
        expect: expect::parse(raw.expect, src)?,
        span,
    })
}
