//! Runs a scenario headless through the same [`Session`] the GUI drives, and builds the JSON
//! outcome of DESIGN.md ("Outcome of `kofu run`").
//!
//! Decisions:
//! - Vendor-specific steps (`consent`, `next`) on a machine without those screens are skipped
//!   and listed in `ignored_steps`; on a machine with them, a scenario that omits them gets
//!   them supplied (listed in `auto_steps`). One scenario thus runs on both vendors.
//! - Printing runs to its end right after the fee is covered (no simulated delay).
//! - Without `--state`, nothing is remembered between runs: each run is a first visit with the
//!   deck's values, and the visits of one file (`[[visit]]`) share one store in memory. With
//!   `--state DIR`, the journal there is read and written, by every visit in turn.
//! - A step the kiosk cannot take on its current screen is a mistake in the file: exit 2
//!   with the step's line and column.
//! - `printed` and `not_printed` read the text the renderer draws on each page of the PDF (the
//!   text whose hash the journal keeps and `kofu verify` checks), not the content model.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::certificate::model::DocumentModel;
use crate::certificate::pdf::Renderer;
use crate::domain::session::{Kiosk, Session};
use crate::error::InputError;
use crate::kiosk::{ModelPrinter, assets_dir, load_municipality, load_personas, load_vendor};
use crate::scenario::Scenario;
use crate::scenario::expect::TEXT_KEYS;
use crate::scenario::outcome::outcome_with_pages;
pub use crate::scenario::outcome::{DocumentOut, Mismatch, Outcome, outcome};
pub use crate::scenario::play::RunError;
use crate::scenario::play::{Bare, play};
use crate::store::{MemoryStore, Store};

/// Settings of one run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Where documents go (and the outcome lists them).
    pub out: Option<PathBuf>,
    /// State folder (journal); None = remember nothing.
    pub state: Option<PathBuf>,
    /// Overrides the scenario's vendor.
    pub vendor: Option<String>,
    /// Overrides the scenario's municipality.
    pub municipality: Option<String>,
    /// Kiosk id for the journal.
    pub kiosk_id: Option<String>,
}

/// Builds the kiosk for a scenario (its own persons, or the named or bundled deck).
pub fn kiosk_for(sc: &Scenario, opts: &RunOptions) -> Result<Kiosk, RunError> {
    let mut registry = match (&sc.registry, &sc.personas) {
        (Some(r), _) => r.clone(),
        (None, Some(p)) => {
            if !p.is_file() {
                return Err(sc
                    .source
                    .error_at(
                        sc.places.personas.clone(),
                        format!(
                            "`personas`: no file {} (a path is read from the scenario's folder)",
                            p.display()
                        ),
                    )
                    .into());
            }
            crate::kiosk::load_deck(p)?
        }
        (None, None) => load_personas()?,
    };
    let municipality = match &opts.municipality {
        Some(m) => {
            exists(sc, m, None, "--municipality", "municipalities")?;
            load_municipality(m)?
        }
        None => {
            let span = sc.places.municipality.clone();
            exists(sc, &sc.municipality, span, "municipality", "municipalities")?;
            load_municipality(&sc.municipality)?
        }
    };
    let vendor = match &opts.vendor {
        Some(v) => {
            exists(sc, v, None, "--vendor", "vendors")?;
            load_vendor(v)?
        }
        None => {
            exists(
                sc,
                &sc.vendor,
                sc.places.vendor.clone(),
                "vendor",
                "vendors",
            )?;
            load_vendor(&sc.vendor)?
        }
    };
    registry.name_domiciles(|id| {
        load_municipality(id)
            .ok()
            .map(|m| format!("{}{}", m.prefecture, m.name))
    });
    for v in &sc.visits {
        if let Some((m, span)) = &v.municipality {
            exists(sc, m, Some(span.clone()), "municipality", "municipalities")?;
        }
        if let Some((m, span)) = &v.vendor {
            exists(sc, m, Some(span.clone()), "vendor", "vendors")?;
        }
    }
    for i in 0..sc.visit_count() {
        if let Some(c) = &sc.visit(i, None).use_card
            && !registry.cards.contains_key(c)
        {
            let span = sc.source.text.find(c.as_str()).map(|i| i..i);
            return Err(sc
                .source
                .error_at(
                    span,
                    format!("`use_card`: no card `{c}` in the persona deck"),
                )
                .into());
        }
    }
    Ok(Kiosk {
        registry,
        municipality,
        vendor,
        kiosk_id: opts.kiosk_id.clone().unwrap_or_else(|| "kiosk-1".into()),
    })
}

/// A profile the scenario (or the command line, `span` None) names must exist: a file (the
/// scenario's already resolved against its folder) or a bundled id; else the error is at the
/// scenario's line and column, with the ids there are.
fn exists(
    sc: &Scenario,
    value: &str,
    span: Option<Range<usize>>,
    key: &str,
    folder: &str,
) -> Result<(), InputError> {
    let path = Path::new(value);
    let (what, from) = match key.strip_prefix("--") {
        Some(what) => (what, "the working directory"),
        None => (key, "the scenario's folder"),
    };
    if path.extension().is_some_and(|e| e == "toml") {
        if path.is_file() {
            return Ok(());
        }
        return Err(sc.source.error_at(
            span,
            format!(
                "`{key}`: no file {} (a path is read from {from})",
                path.display()
            ),
        ));
    }
    let dir = assets_dir().join(folder);
    if dir.join(format!("{value}.toml")).is_file() {
        return Ok(());
    }
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| {
                    let p = e.path();
                    let stem = p.file_stem()?.to_str()?.to_string();
                    p.extension().is_some_and(|x| x == "toml").then_some(stem)
                })
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    Err(sc.source.error_at(
        span,
        format!(
            "unknown {what} `{value}`; the bundled ones are {} (or name a profile file, `….toml`)",
            ids.join(", ")
        ),
    ))
}

/// Runs a parsed scenario: each of its visits in order on one store.
pub fn run(sc: &Scenario, opts: &RunOptions) -> Result<Outcome, RunError> {
    let mut kiosk = Arc::new(kiosk_for(sc, opts)?);
    let mut store: Box<dyn Store> = match &opts.state {
        Some(dir) => Box::new(crate::store::StateStore::open(dir).map_err(|e| {
            RunError::Io(format!("{}: {e}", crate::store::state::state_label(dir)))
        })?),
        None => Box::new(MemoryStore::default()),
    };
    if let Some(out) = &opts.out {
        std::fs::create_dir_all(out)
            .map_err(|e| RunError::Io(format!("{}: {e}", out.display())))?;
    }
    let renderer = Arc::new(
        Renderer::from_assets_dir(&assets_dir()).map_err(|e| RunError::Io(format!("font: {e}")))?,
    );
    let mut outcomes = Vec::new();
    let mut then = None;
    let mut away = false;
    let many = sc.visit_count() > 1;
    for i in 0..sc.visit_count() {
        let one = sc.visit(i, then);
        let elsewhere = i
            .checked_sub(1)
            .and_then(|k| sc.visits.get(k))
            .is_some_and(|v| v.municipality.is_some() || v.vendor.is_some());
        if elsewhere {
            // Another kiosk (another municipality or machine): the same deck, card and state.
            kiosk = Arc::new(kiosk_for(&one, opts)?);
        } else if away {
            kiosk = Arc::new(kiosk_for(sc, opts)?);
        }
        away = elsewhere;
        let (mut o, rest, end) = run_visit(&one, i, &kiosk, store, &renderer, opts)?;
        store = rest;
        then = Some(end);
        if many {
            for m in &mut o.mismatches {
                m.visit = Some(i + 1);
            }
        }
        outcomes.push(o);
    }
    let Some(mut last) = outcomes.last().cloned() else {
        return Err(RunError::Io("the scenario has no visit".into()));
    };
    if many {
        last.title = sc.title.clone();
        last.mismatches = outcomes.iter().flat_map(|o| o.mismatches.clone()).collect();
        last.unchecked = outcomes.iter().flat_map(|o| o.unchecked.clone()).collect();
        last.expectations_met = last.mismatches.is_empty();
        last.visits = outcomes;
    }
    Ok(last)
}

/// A visit's outcome, the store for the next visit, and when the session ended.
type Visited = (Outcome, Box<dyn Store>, chrono::DateTime<chrono_tz::Tz>);

/// One visit (`index` from 0): a session on `store` from the visit's `at`; gives the store back
/// for the next visit, with the simulated time the session ended.
fn run_visit(
    sc: &Scenario,
    index: usize,
    kiosk: &Arc<Kiosk>,
    store: Box<dyn Store>,
    renderer: &Arc<Renderer>,
    opts: &RunOptions,
) -> Result<Visited, RunError> {
    let printer = ModelPrinter::with_pdf(renderer.clone(), opts.out.clone());
    let printed = printer.printed.clone();
    let at = sc
        .at
        .unwrap_or_else(|| chrono::Utc::now().with_timezone(&crate::domain::calendar::TOKYO));
    let mut session_id = format!("{}-{}", kiosk.kiosk_id, at.format("%Y%m%dT%H%M%S"));
    if index > 0 {
        // Two visits may start at the same time: each session keeps its own id.
        session_id.push_str(&format!("-v{}", index + 1));
    }
    let mut s = Session::new(kiosk.clone(), store, Box::new(printer), at, session_id);
    let played = play(sc, &mut Bare::new(&mut s), |_, _| Ok(()))?;
    let models = printed.lock().map(|v| v.clone()).unwrap_or_default();
    let wants_text = sc
        .expect
        .iter()
        .any(|(k, _, _)| TEXT_KEYS.contains(&k.as_str()));
    let pages = if wants_text {
        Some(page_texts(renderer, &models)?)
    } else {
        None
    };
    let o = outcome_with_pages(sc, &s, at, played, &models, pages.as_deref());
    let end = s.now();
    Ok((o, s.into_store(), end))
}

/// The text drawn on every front page of every copy printed, as the renderer draws it into
/// the PDF (the same call the printer made, so the same text).
fn page_texts(renderer: &Renderer, models: &[DocumentModel]) -> Result<Vec<String>, RunError> {
    let mut pages = Vec::new();
    for m in models {
        let r = renderer
            .render(m)
            .map_err(|e| RunError::Io(format!("rendering {}: {e}", m.issue_number)))?;
        pages.extend(r.page_texts);
    }
    Ok(pages)
}
