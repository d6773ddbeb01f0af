//! Building what the app runs on: the kiosk from its profiles, the printer, session ids and
//! the lists of bundled profiles.

use std::sync::Arc;

use chrono::DateTime;
use chrono_tz::Tz;

use crate::certificate::pdf::Renderer;
use crate::domain::session::{Kiosk, NullPrinter, Printer};
use crate::kiosk::{self, ModelPrinter};
use crate::store::postgres::PgStore;
use crate::store::worker::{Connect, WorkerHandle, WorkerStore};
use crate::store::{MemoryStore, Store};
use crate::window::UiOptions;

pub(super) fn now_tokyo() -> DateTime<Tz> {
    chrono::Utc::now().with_timezone(&crate::domain::calendar::TOKYO)
}

/// The ids of the `.toml` files in an assets subfolder, sorted.
pub(super) fn ids_in(sub: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(kiosk::assets_dir().join(sub))
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    let p = e.path();
                    if p.extension()? != "toml" {
                        return None;
                    }
                    p.file_stem()?.to_str().map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

pub(super) fn build_kiosk(
    opts: &UiOptions,
    municipality: &str,
    vendor: &str,
) -> anyhow::Result<Kiosk> {
    let deck = match (&opts.deck, &opts.personas) {
        (Some(d), _) => Some(d.clone()),
        (None, Some(p)) => Some(crate::kiosk::load_deck(p)?),
        (None, None) => None,
    };
    Ok(kiosk::assemble(deck, municipality, vendor, &opts.kiosk_id)?)
}

pub(super) fn make_printer(
    renderer: Option<&Arc<Renderer>>,
    out: &std::path::Path,
) -> Box<dyn Printer> {
    match renderer {
        Some(r) => Box::new(ModelPrinter::with_pdf(r.clone(), Some(out.to_path_buf()))),
        None => Box::new(NullPrinter),
    }
}

/// `kiosk-1-20261125T100000`, as `kofu run` names its session; `-2`, `-3`… if the previous
/// session started in the same second.
pub(super) fn session_id(kiosk: &str, at: DateTime<Tz>, prev: Option<&str>) -> String {
    let base = format!("{kiosk}-{}", at.format("%Y%m%dT%H%M%S"));
    match prev {
        Some(p) if p == base || p.starts_with(&format!("{base}-")) => {
            let n = p
                .strip_prefix(&format!("{base}-"))
                .and_then(|x| x.parse::<u32>().ok())
                .unwrap_or(1);
            format!("{base}-{}", n + 1)
        }
        _ => base,
    }
}

/// What the app keeps and prints with: the store (the state folder's database, or memory), the
/// folder printed PDFs go to, the renderer, what went wrong that the console should show, and
/// for a class database the worker's handle and the URL (the station connects on its own).
pub(super) type Opened = (
    Box<dyn Store>,
    std::path::PathBuf,
    Option<Arc<Renderer>>,
    Option<String>,
    Option<(WorkerHandle, String)>,
);

/// Opens the state folder and the PDF renderer. An unreadable state folder is an error; an
/// output folder that cannot be made or a renderer that cannot load only disables printing
/// to files (the console says why).
pub(super) fn open_state(opts: &UiOptions) -> anyhow::Result<Opened> {
    let state = opts
        .state
        .clone()
        .unwrap_or_else(crate::store::default_state_dir);
    let label = crate::store::state::state_label(&state);
    let mut class = None;
    let store: Box<dyn Store> = if opts.memory_store {
        Box::new(MemoryStore::default())
    } else {
        let opened = crate::store::StateStore::open(&state)
            .map_err(|e| anyhow::anyhow!("state {label}: {e}"))?;
        match crate::store::state::database_url(&state) {
            // A class database: its calls run on a worker, never on the window's thread.
            Some(url) => {
                let owned = url.to_string();
                let connect: Connect = Arc::new(move || {
                    PgStore::connect(&owned).map(|s| Box::new(s) as Box<dyn Store>)
                });
                let worker = WorkerStore::start(Box::new(opened), connect, label);
                class = Some((worker.handle(), url.to_string()));
                Box::new(worker)
            }
            None => Box::new(opened),
        }
    };
    // A class database holds no files: PDFs go to this machine's default folder.
    let out_dir = crate::store::state::local_dir(&state).join("output");
    let mut setup_error = None;
    if opts.pdf
        && let Err(e) = std::fs::create_dir_all(&out_dir)
    {
        setup_error = Some(format!("{}: {e}", out_dir.display()));
    }
    let renderer = if opts.pdf {
        match Renderer::from_assets_dir(&kiosk::assets_dir()) {
            Ok(r) => Some(Arc::new(r)),
            Err(e) => {
                setup_error = Some(format!("PDF renderer: {e}"));
                None
            }
        }
    } else {
        None
    };
    Ok((store, out_dir, renderer, setup_error, class))
}

/// The card the reader's picker holds at start: Hanako's (the guide's example), else the first.
pub(super) fn first_card(kiosk: &Kiosk) -> String {
    kiosk
        .registry
        .cards
        .keys()
        .find(|c| c.as_str() == "card-tsukuba-hanako")
        .or_else(|| kiosk.registry.cards.keys().next())
        .cloned()
        .unwrap_or_default()
}
