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

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::certificate::model::{self, DocumentModel};
use crate::certificate::pdf::Renderer;
use crate::domain::eligibility::Refusal;
use crate::domain::journal::Journal;
use crate::domain::municipality::Municipality;
use crate::domain::registry::Registry;
use crate::domain::session::{
    Event, Kiosk, LogEntry, PrintRequest, PrintedCopy, Printer, Screen, Session, SessionError,
};
use crate::domain::store::{MemoryStore, Store};
use crate::domain::vendor::Vendor;
use crate::error::{InputError, Source};
use crate::scenario::{Action, Scenario};

/// Where bundled data lives: `$KOFU_ASSETS`, else `./assets`, else the source tree's `assets/`.
pub fn assets_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("KOFU_ASSETS") {
        return PathBuf::from(dir);
    }
    let local = PathBuf::from("assets");
    if local.join("personas.toml").is_file() {
        return local;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets")
}

/// Loads `assets/municipalities/<id>.toml`, or a path if `id` names a file.
pub fn load_municipality(id: &str) -> Result<Municipality, InputError> {
    let p = Path::new(id);
    if p.extension().is_some_and(|e| e == "toml") {
        return Municipality::load(p);
    }
    let path = assets_dir()
        .join("municipalities")
        .join(format!("{id}.toml"));
    let m = Municipality::load(&path)?;
    if m.id != id {
        return Err(Source::read(&path)?.error_at(
            Some(0..0),
            format!(
                "the profile's id is `{}` but its file is named `{id}.toml`",
                m.id
            ),
        ));
    }
    Ok(m)
}

/// Loads `assets/vendors/<id>.toml`, or a path if `id` names a file.
pub fn load_vendor(id: &str) -> Result<Vendor, InputError> {
    let p = Path::new(id);
    if p.extension().is_some_and(|e| e == "toml") {
        return Vendor::load(p);
    }
    Vendor::load(&assets_dir().join("vendors").join(format!("{id}.toml")))
}

/// Loads the bundled persona deck.
pub fn load_personas() -> Result<Registry, InputError> {
    Registry::load(&assets_dir().join("personas.toml"))
}

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

/// Why a run could not happen.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The scenario or a file it names is wrong (exit 2).
    #[error("{0}")]
    Input(#[from] InputError),
    /// The state folder or the output folder failed.
    #[error("{0}")]
    Io(String),
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
    /// The refusal's rule and next step.
    pub refusal: Option<Refusal>,
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
    pub log: Vec<LogEntry>,
    /// Whether `[expect]` held (true when there is none).
    pub expectations_met: bool,
    /// What did not hold.
    pub mismatches: Vec<Mismatch>,
}

/// A printer that builds the content model and, given a renderer, the specimen PDF; it keeps
/// what it printed for the outcome.
#[derive(Debug, Clone, Default)]
pub struct ModelPrinter {
    /// Models printed, in order.
    pub printed: Arc<Mutex<Vec<DocumentModel>>>,
    /// Renders PDFs when set.
    pub renderer: Option<Arc<Renderer>>,
    /// Where PDFs are written (one per copy), if anywhere.
    pub out: Option<PathBuf>,
}

impl ModelPrinter {
    /// A printer that renders PDFs (and writes them into `out`, if given).
    pub fn with_pdf(renderer: Arc<Renderer>, out: Option<PathBuf>) -> Self {
        Self {
            printed: Arc::default(),
            renderer: Some(renderer),
            out,
        }
    }
}

/// File name of one copy: `S000000001-resident_certificate-1of2.pdf`.
pub fn pdf_name(doc: &DocumentModel) -> String {
    format!(
        "{}-{}-{}of{}.pdf",
        doc.issue_number, doc.certificate, doc.copy, doc.copies
    )
}

/// Writes bytes next to their final name, then renames: a reader never sees half a file.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("pdf.part");
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(bytes)?;
    f.sync_data()?;
    std::fs::rename(&tmp, path)
}

impl Printer for ModelPrinter {
    fn print(&mut self, req: &PrintRequest, kiosk: &Kiosk) -> Result<PrintedCopy, String> {
        let doc = model::build(req, kiosk)?;
        let holder = doc.holder.clone();
        let (pages, codes, hash, file) = match &self.renderer {
            Some(r) => {
                let rendered = r.render(&doc).map_err(|e| e.to_string())?;
                let hash = crate::domain::session::content_hash(
                    rendered.page_texts.join("\u{c}").as_bytes(),
                );
                let file = match &self.out {
                    Some(dir) => {
                        let path = dir.join(pdf_name(&doc));
                        write_atomically(&path, &rendered.bytes)
                            .map_err(|e| format!("{}: {e}", path.display()))?;
                        Some(path.display().to_string())
                    }
                    None => None,
                };
                (2 * rendered.sheets, rendered.codes, hash, file)
            }
            None => (1, Vec::new(), doc.hash(), None),
        };
        if let Ok(mut v) = self.printed.lock() {
            v.push(doc);
        }
        Ok(PrintedCopy {
            pages,
            content_hash: hash,
            file,
            document_holder: holder,
            codes,
        })
    }
}

/// Builds the kiosk for a scenario (its own persons, or the named or bundled deck).
pub fn kiosk_for(sc: &Scenario, opts: &RunOptions) -> Result<Kiosk, RunError> {
    let registry = match (&sc.registry, &sc.personas) {
        (Some(r), _) => r.clone(),
        (None, Some(p)) => Registry::load(p)?,
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

/// What a scenario is played on: the bare session (`kofu run`) or the kiosk window
/// (`kofu walkthrough`). Both take the same events in the same order.
pub trait Driver {
    /// The session being driven.
    fn session(&self) -> &Session;
    /// Feeds one event (the window routes cards through the machine's reader).
    fn feed(&mut self, ev: Event) -> Result<(), SessionError>;
    /// Leaves a refusal the resident could have gone back from.
    fn walk_away(&mut self);
}

/// The bare session as a [`Driver`].
struct Bare<'a>(&'a mut Session);

impl Driver for Bare<'_> {
    fn session(&self) -> &Session {
        self.0
    }
    fn feed(&mut self, ev: Event) -> Result<(), SessionError> {
        self.0.handle(ev).map(|_| ())
    }
    fn walk_away(&mut self) {
        self.0.walk_away();
    }
}

/// What playing the steps left besides the session: steps not run, ignored or supplied.
#[derive(Debug, Clone, Default)]
pub struct Played {
    /// Steps not run because the session had ended.
    pub skipped: Vec<String>,
    /// Vendor-specific steps this machine does not have.
    pub ignored: Vec<String>,
    /// Vendor-specific steps supplied.
    pub auto: Vec<String>,
}

/// Plays a scenario's steps on `d`; `after` is called after each step that ran, with its
/// index in `sc.steps`.
pub fn play<D: Driver>(
    sc: &Scenario,
    d: &mut D,
    mut after: impl FnMut(usize, &mut D) -> Result<(), RunError>,
) -> Result<Played, RunError> {
    let (consent_screen, next_after_card) = {
        let v = &d.session().kiosk().vendor;
        (v.consent_screen, v.next_after_card)
    };
    let mut p = Played::default();
    for (i, step) in sc.steps.iter().enumerate() {
        let s = d.session();
        if s.screen() == Screen::Refusal && s.refusal_recoverable() && step.action != Action::Back {
            d.walk_away();
        }
        if d.session().finished() {
            p.skipped.extend(
                sc.steps
                    .get(i..)
                    .unwrap_or_default()
                    .iter()
                    .map(|x| x.action.name().to_string()),
            );
            break;
        }
        let events = match &step.action {
            Action::Consent if !consent_screen => {
                p.ignored.push("consent".to_string());
                continue;
            }
            Action::Next if !next_after_card => {
                p.ignored.push("next".to_string());
                continue;
            }
            a => events_for(a, sc, d.session()),
        };
        // Supply Sharp's screens when a scenario written for Fujifilm omits them.
        let mut supplied: Vec<Event> = Vec::new();
        if consent_screen
            && d.session().screen() == Screen::Consent
            && !matches!(
                step.action,
                Action::Consent
                    | Action::Back
                    | Action::Cancel
                    | Action::Wait(_)
                    | Action::Extend
                    | Action::Fault(..)
            )
        {
            supplied.push(Event::Consent);
            p.auto.push("consent".to_string());
        }
        for ev in supplied.into_iter().chain(events) {
            feed(d, ev, sc, step)?;
            // Sharp: "Next" once the card is on the reader, if the scenario does not press it.
            let s = d.session();
            if next_after_card
                && s.screen() == Screen::PlaceCard
                && s.card_on_reader().is_some()
                && !sc
                    .steps
                    .get(i + 1)
                    .is_some_and(|n| n.action == Action::Next)
                && matches!(step.action, Action::PlaceCard(_))
            {
                feed(d, Event::Next, sc, step)?;
                p.auto.push("next".to_string());
            }
            while d.session().screen() == Screen::Printing {
                feed(d, Event::PrinterStep, sc, step)?;
            }
            if d.session().finished() {
                break;
            }
        }
        after(i, d)?;
    }
    Ok(p)
}

/// Runs a parsed scenario.
pub fn run(sc: &Scenario, opts: &RunOptions) -> Result<Outcome, RunError> {
    let kiosk = Arc::new(kiosk_for(sc, opts)?);
    let store: Box<dyn Store> = match &opts.state {
        Some(dir) => Box::new(
            Journal::open(dir).map_err(|e| RunError::Io(format!("{}: {e}", dir.display())))?,
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
    let mut s = Session::new(kiosk.clone(), store, Box::new(printer), at, session_id);
    let played = play(sc, &mut Bare(&mut s), |_, _| Ok(()))?;
    let models = printed.lock().map(|v| v.clone()).unwrap_or_default();
    Ok(outcome(sc, &s, at, played, &models))
}

/// The JSON outcome of a played session, with `[expect]` checked.
pub fn outcome(
    sc: &Scenario,
    s: &Session,
    started: chrono::DateTime<chrono_tz::Tz>,
    played: Played,
    models: &[DocumentModel],
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
        refusal: s.refusal().cloned(),
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
        log: s.log().to_vec(),
        expectations_met: true,
        mismatches: Vec::new(),
    };
    check_expectations(sc, &mut outcome);
    outcome
}

fn events_for(a: &Action, sc: &Scenario, s: &Session) -> Vec<Event> {
    match a {
        Action::Language(l) => vec![Event::Language(l.clone())],
        Action::Services => vec![Event::Services],
        Action::CertIssue => vec![Event::CertIssue],
        Action::Consent => vec![Event::Consent],
        Action::PlaceCard(c) => vec![Event::PlaceCard(
            c.clone()
                .or_else(|| sc.use_card.clone())
                .unwrap_or_default(),
        )],
        Action::Next => vec![Event::Next],
        Action::Residence => vec![Event::Residence],
        Action::Domicile => vec![Event::Domicile],
        Action::RegisterDomicile => vec![Event::RegisterDomicile],
        Action::Pin(p) => vec![Event::Pin(p.clone())],
        Action::RemoveCard => vec![Event::RemoveCard],
        Action::Certificate(kind, options) => {
            let mut v = vec![Event::Certificate(*kind)];
            if !matches!(
                kind,
                crate::domain::municipality::CertificateKind::SealCertificate
            ) {
                v.push(Event::Options(options.clone().unwrap_or_default()));
            }
            v
        }
        Action::Copies(n) => vec![Event::Copies(*n)],
        Action::Another => vec![Event::AddAnother],
        Action::Confirm => vec![Event::Confirm],
        Action::Insert(y) => vec![Event::Insert(*y)],
        Action::TakeItems => vec![Event::TakeItems],
        Action::Back => vec![Event::Back],
        Action::Cancel => vec![Event::Cancel],
        Action::Wait(sec) => vec![Event::Tick(
            s.now() + chrono::Duration::seconds(i64::from(*sec)),
        )],
        Action::Extend => vec![Event::Extend],
        Action::Fault(f, after) => vec![Event::Fault {
            fault: *f,
            after_copies: *after,
        }],
    }
}

fn feed<D: Driver>(
    d: &mut D,
    ev: Event,
    sc: &Scenario,
    step: &crate::scenario::StepSpec,
) -> Result<(), RunError> {
    // A refusal on choosing the certificate ends the event chain (no options after it).
    if matches!(ev, Event::Options(_)) && d.session().screen() != Screen::Options {
        return Ok(());
    }
    match d.feed(ev) {
        Ok(()) => Ok(()),
        Err(SessionError::Store(e)) => Err(RunError::Io(format!("state folder: {e}"))),
        Err(e) => Err(sc
            .source
            .error_at(
                Some(step.span.clone()),
                format!("step `{}`: {e}", step.action.name()),
            )
            .into()),
    }
}

fn check_expectations(sc: &Scenario, o: &mut Outcome) {
    let actual = serde_json::to_value(&*o).unwrap_or(serde_json::Value::Null);
    for (key, expected, span) in &sc.expect {
        let got = actual.get(key).cloned().unwrap_or(serde_json::Value::Null);
        let ok = match (key.as_str(), expected) {
            // `documents = 2` counts documents; `screens = [...]` must appear in order.
            ("documents", serde_json::Value::Number(n)) => {
                got.as_array().map(|a| a.len() as u64) == n.as_u64()
            }
            ("screens", serde_json::Value::Array(want)) => {
                let have = got.as_array().cloned().unwrap_or_default();
                let mut it = have.iter();
                want.iter().all(|w| it.any(|h| h == w))
            }
            _ => &got == expected,
        };
        if !ok {
            let (line, _) = sc.source.line_col(span.start);
            o.mismatches.push(Mismatch {
                field: key.clone(),
                expected: expected.clone(),
                actual: if key == "documents" {
                    serde_json::Value::from(got.as_array().map_or(0, Vec::len))
                } else {
                    got
                },
                line,
            });
        }
    }
    o.expectations_met = o.mismatches.is_empty();
}
