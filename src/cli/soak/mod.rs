//! `kofu soak` (hidden): kiosks issuing certificates in a loop. One kiosk per process (the
//! default) prints each fact once it is durable (`pin CARD FAILURES`, `issued NUMBER HOLDER
//! CARD`), for the crash and concurrency tests that kill and race kiosk processes. With
//! `--kiosks N` it is the class benchmark of issue 25: N kiosks on threads, each on its own
//! store connection and card, each a station of the class when the state is a database, an
//! instructor listening; it prints the decisions' latency, sessions per second, the
//! instructor's delay and a recount from the store ([`recount`]).

mod deck;
mod kiosk;
mod listener;
mod many;
mod recount;
mod summary;
mod timed;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use anyhow::Context;

use kofu::domain::session::Kiosk;
use kofu::store::StateStore;

use kiosk::{KioskRun, Plan};

/// Arguments of `kofu soak`; the tests that run it name every flag.
#[derive(clap::Args, Debug)]
pub struct SoakArgs {
    /// The state: a folder, or a class database's URL.
    #[arg(long, value_parser = crate::cli::state::StateParser)]
    state: PathBuf,
    /// The card every kiosk uses (with `--kiosks`, shared: they contend for it); without it,
    /// each of the `--kiosks` takes its own card from the deck. One kiosk needs it.
    #[arg(long)]
    card: Option<String>,
    /// The cards' demo PIN (from the deck).
    #[arg(long)]
    pin: String,
    /// Sessions per kiosk (100 unless `--seconds` is given).
    #[arg(long)]
    sessions: Option<u32>,
    /// Start no session after this many seconds.
    #[arg(long)]
    seconds: Option<f64>,
    /// The kiosk's id (with `--kiosks`, each kiosk's is this, a dash and its number, and so is
    /// its station's name).
    #[arg(long, default_value = "kiosk-soak")]
    kiosk: String,
    /// Enter a wrong PIN once before the right one, every session whose card's count is clean.
    #[arg(long)]
    wrong_pin_first: bool,
    /// Write each document model as JSON here.
    #[arg(long)]
    out: Option<PathBuf>,
    /// The persona deck (the bundled one when not given).
    #[arg(long, conflicts_with = "specimen_deck")]
    personas: Option<PathBuf>,
    /// A deck made for the soak, one resident and card (`soak-c0`, … PIN 1234) per kiosk.
    #[arg(long)]
    specimen_deck: bool,
    /// Run this many kiosks on threads and print a summary instead of the facts.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=200))]
    kiosks: Option<u32>,
    /// With `--kiosks` on a database: kiosks are not stations (no publishing, no instructor).
    #[arg(long)]
    no_stations: bool,
    /// The summary's form (with `--kiosks`).
    #[arg(long, value_enum, default_value = "text")]
    summary: summary::Format,
}

/// Runs the soak: exit 1 (the reason on stderr) as soon as anything fails or the recount
/// finds a fact lost; exit 2 for arguments that cannot make a soak.
pub fn run(args: SoakArgs) -> ExitCode {
    let result = match args.kiosks {
        None => one(&args),
        Some(n) => many::run(&args, n as usize),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kofu soak: {e:#}");
            let bad = e.downcast_ref::<BadInput>().is_some();
            ExitCode::from(if bad { 2 } else { 1 })
        }
    }
}

/// Arguments that cannot make a soak (exit 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadInput(String);

/// The kiosk profile of `kiosks` kiosks: the deck (given, made, or bundled), Tsukuba,
/// Fujifilm.
fn kiosk_profile(a: &SoakArgs, kiosks: usize) -> anyhow::Result<Kiosk> {
    let registry = match &a.personas {
        _ if a.specimen_deck => deck::specimen(kiosks)?,
        Some(p) => kofu::kiosk::load_deck(p).map_err(|e| BadInput(e.to_string()))?,
        None => kofu::kiosk::load_personas()?,
    };
    Ok(Kiosk {
        registry,
        municipality: kofu::kiosk::load_municipality("tsukuba")?,
        vendor: kofu::kiosk::load_vendor("fujifilm")?,
        kiosk_id: a.kiosk.clone(),
    })
}

/// What every kiosk of this soak shares.
fn plan(a: &SoakArgs, lines: bool) -> anyhow::Result<Plan> {
    if let Some(o) = &a.out {
        std::fs::create_dir_all(o).with_context(|| format!("{}", o.display()))?;
    }
    let deadline = match a.seconds {
        Some(s) if s.is_finite() && s > 0.0 => {
            Some(std::time::Instant::now() + std::time::Duration::from_secs_f64(s))
        }
        Some(s) => return Err(BadInput(format!("--seconds {s}: give a positive number")).into()),
        None => None,
    };
    let sessions = a
        .sessions
        .or(if deadline.is_none() { Some(100) } else { None });
    Ok(Plan {
        pin: a.pin.clone(),
        wrong_pin_first: a.wrong_pin_first,
        out: a.out.clone(),
        sessions,
        deadline,
        lines,
        stop: Arc::new(AtomicBool::new(false)),
    })
}

/// One kiosk in this process, printing each fact once it is durable.
fn one(a: &SoakArgs) -> anyhow::Result<()> {
    let Some(card) = &a.card else {
        return Err(BadInput("--card is needed unless --kiosks is given".into()).into());
    };
    let kiosk = Arc::new(kiosk_profile(a, 1)?);
    let plan = plan(a, true)?;
    let store = StateStore::open(&a.state)?;
    let mut run = KioskRun::new(card.clone(), Box::new(store), None, None);
    run.run(&plan, &kiosk)
}
