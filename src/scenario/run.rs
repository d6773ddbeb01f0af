//! Runs a scenario headless through the same [`Session`] the GUI drives, and builds the JSON
//! outcome of DESIGN.md ("Outcome of `kofu run`").
//!
//! Decisions:
//! - Vendor-specific steps (`consent`, `next`) on a machine without those screens are skipped
//!   and listed in `ignored_steps`; on a machine with them, a scenario that omits them gets
//!   them supplied (listed in `auto_steps`). One scenario thus runs on both vendors.
//! - Printing runs to its end right after the fee is covered (no simulated delay).
//! - Without `--state`, nothing is remembered: each run is a first visit with the deck's
//!   values. With `--state DIR`, the journal there is read and written.
//! - A step the kiosk cannot take on its current screen is a mistake in the file: exit 2
//!   with the step's line and column.

use std::path::PathBuf;
use std::sync::Arc;

use crate::certificate::pdf::Renderer;
use crate::domain::session::{Kiosk, Session};
use crate::kiosk::{ModelPrinter, assets_dir, load_municipality, load_personas, load_vendor};
use crate::scenario::Scenario;
pub use crate::scenario::outcome::{DocumentOut, Mismatch, Outcome, outcome};
pub use crate::scenario::play::RunError;
use crate::scenario::play::{Bare, play};
use crate::store::Database;
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
    let registry = match (&sc.registry, &sc.personas) {
        (Some(r), _) => r.clone(),
        (None, Some(p)) => crate::kiosk::load_deck(p)?,
        (None, None) => load_personas()?,
    };
    let municipality = load_municipality(opts.municipality.as_deref().unwrap_or(&sc.municipality))?;
    let vendor = load_vendor(opts.vendor.as_deref().unwrap_or(&sc.vendor))?;
    if let Some(c) = &sc.use_card
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
    Ok(Kiosk {
        registry,
        municipality,
        vendor,
        kiosk_id: opts.kiosk_id.clone().unwrap_or_else(|| "kiosk-1".into()),
    })
}

/// Runs a parsed scenario.
pub fn run(sc: &Scenario, opts: &RunOptions) -> Result<Outcome, RunError> {
    let kiosk = Arc::new(kiosk_for(sc, opts)?);
    let store: Box<dyn Store> = match &opts.state {
        Some(dir) => Box::new(
            Database::open(dir).map_err(|e| RunError::Io(format!("{}: {e}", dir.display())))?,
        ),
        None => Box::new(MemoryStore::default()),
    };
    if let Some(out) = &opts.out {
        std::fs::create_dir_all(out)
            .map_err(|e| RunError::Io(format!("{}: {e}", out.display())))?;
    }
    let renderer =
        Renderer::from_assets_dir(&assets_dir()).map_err(|e| RunError::Io(format!("font: {e}")))?;
    let printer = ModelPrinter::with_pdf(Arc::new(renderer), opts.out.clone());
    let printed = printer.printed.clone();
    let at = sc
        .at
        .unwrap_or_else(|| chrono::Utc::now().with_timezone(&crate::domain::calendar::TOKYO));
    let session_id = format!("{}-{}", kiosk.kiosk_id, at.format("%Y%m%dT%H%M%S"));
    let mut s = Session::new(kiosk, store, Box::new(printer), at, session_id);
    let played = play(sc, &mut Bare::new(&mut s), |_, _| Ok(()))?;
    let models = printed.lock().map(|v| v.clone()).unwrap_or_default();
    Ok(outcome(sc, &s, at, played, &models))
}
