//! `kofu soak` (hidden): issues certificates in a loop and prints each fact once it is durable,
//! for the crash and concurrency tests that kill and race kiosk processes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use chrono::DateTime;
use chrono_tz::Tz;

use kofu::certificate::model::DocumentModel;
use kofu::domain::calendar::parse_instant;
use kofu::domain::card::PIN_MAX_FAILURES;
use kofu::domain::municipality::CertificateKind;
use kofu::domain::session::{CertOptions, Event, Kiosk, Scope, Screen, Session};
use kofu::domain::store::Store;
use kofu::kiosk::ModelPrinter;
use kofu::store::StateStore;

/// Arguments of `kofu soak`; the tests that run it name every flag.
#[derive(clap::Args, Debug)]
pub struct SoakArgs {
    #[arg(long)]
    state: PathBuf,
    #[arg(long)]
    card: String,
    /// The card's demo PIN (from the deck).
    #[arg(long)]
    pin: String,
    #[arg(long, default_value_t = 100)]
    sessions: u32,
    #[arg(long, default_value = "kiosk-soak")]
    kiosk: String,
    /// Enter a wrong PIN once before the right one, every session.
    #[arg(long)]
    wrong_pin_first: bool,
    /// Write each document model as JSON here.
    #[arg(long)]
    out: Option<PathBuf>,
    #[arg(long)]
    personas: Option<PathBuf>,
}

/// Runs the soak; exit 1 (the reason on stderr) as soon as anything fails.
pub fn run(args: SoakArgs) -> ExitCode {
    match soak(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kofu soak: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Issues a resident certificate per session, printing a line once each fact is durable:
/// `pin CARD FAILURES` after every PIN entry, `issued NUMBER HOLDER CARD` after every issue.
fn soak(a: &SoakArgs) -> anyhow::Result<()> {
    let registry = match &a.personas {
        Some(p) => kofu::kiosk::load_deck(p)?,
        None => kofu::kiosk::load_personas()?,
    };
    let kiosk = Arc::new(Kiosk {
        registry,
        municipality: kofu::kiosk::load_municipality("tsukuba")?,
        vendor: kofu::kiosk::load_vendor("fujifilm")?,
        kiosk_id: a.kiosk.clone(),
    });
    let mut stdout = std::io::stdout().lock();
    // 2026-11-25 10:00 JST: inside service hours.
    let start = parse_instant("2026-11-25T10:00:00+09:00")?;
    if let Some(o) = &a.out {
        std::fs::create_dir_all(o).with_context(|| format!("{}", o.display()))?;
    }
    let mut store: Box<dyn Store> = Box::new(StateStore::open(&a.state)?);
    for i in 0..a.sessions {
        let at = start + chrono::Duration::seconds(i64::from(i));
        store = session(a, &kiosk, store, at, i, &mut stdout)?;
    }
    Ok(())
}

/// Session number `i`: card, PIN (a wrong one first if asked), one resident certificate paid
/// with exact coins, printed; hands the store back for the next session.
fn session(
    a: &SoakArgs,
    kiosk: &Arc<Kiosk>,
    store: Box<dyn Store>,
    at: DateTime<Tz>,
    i: u32,
    stdout: &mut impl Write,
) -> anyhow::Result<Box<dyn Store>> {
    let card = &a.card;
    let printer = ModelPrinter::default();
    let models = printer.printed.clone();
    let mut s = Session::new(
        kiosk.clone(),
        store,
        Box::new(printer),
        at,
        format!("{}-{i}", a.kiosk),
    );
    for ev in [
        Event::Services,
        Event::CertIssue,
        Event::PlaceCard(card.clone()),
        Event::Residence,
    ] {
        s.handle(ev)?;
    }
    // Only from a clean counter, so the soak itself never locks the card.
    let all = PIN_MAX_FAILURES;
    if a.wrong_pin_first && s.pin_tries_left() == all {
        let wrong = if a.pin == "0000" { "1111" } else { "0000" };
        s.handle(Event::Pin(wrong.to_string()))?;
        writeln!(stdout, "pin {card} {}", all - s.pin_tries_left())?;
        stdout.flush()?;
    }
    s.handle(Event::Pin(a.pin.clone()))?;
    writeln!(stdout, "pin {card} {}", all - s.pin_tries_left())?;
    stdout.flush()?;
    if s.screen() != Screen::RemoveCard {
        anyhow::bail!(
            "card {card} was not authorised: {:?}",
            s.refusal().map(|r| r.reason)
        );
    }
    let options = CertOptions {
        scope: Scope::Household,
        relationship: true,
        ..CertOptions::default()
    };
    let fee = kiosk
        .municipality
        .fee(CertificateKind::ResidentCertificate)
        .unwrap_or(0);
    for ev in [
        Event::RemoveCard,
        Event::Certificate(CertificateKind::ResidentCertificate),
        Event::Options(options),
        Event::Copies(1),
        Event::Confirm,
    ] {
        s.handle(ev)?;
    }
    for coin in change_free(fee) {
        s.handle(Event::Insert(coin))?;
    }
    while s.screen() == Screen::Printing {
        s.handle(Event::PrinterStep)?;
    }
    if let Some(o) = &a.out {
        write_models(o, &models.lock().map(|v| v.clone()).unwrap_or_default())?;
    }
    for d in s.issued() {
        writeln!(stdout, "issued {} {} {card}", d.issue_number, d.holder)?;
    }
    stdout.flush()?;
    s.handle(Event::TakeItems)?;
    Ok(s.into_store())
}

/// Writes each printed document model as `ISSUE-COPY.json` in `out`, whole or not at all (a
/// temporary file renamed), so a killed soak never leaves half a file.
fn write_models(out: &Path, models: &[DocumentModel]) -> anyhow::Result<()> {
    for m in models {
        let path = out.join(format!("{}-{}.json", m.issue_number, m.copy));
        let tmp = out.join(format!(".{}-{}.json.tmp", m.issue_number, m.copy));
        std::fs::write(&tmp, serde_json::to_vec(m)?)?;
        std::fs::rename(&tmp, &path)?;
    }
    Ok(())
}

/// Coins that make exactly `fee` (so soak never depends on change).
fn change_free(fee: u32) -> Vec<u32> {
    let mut left = fee;
    let mut v = Vec::new();
    for d in [500, 100, 50, 10] {
        while left >= d {
            v.push(d);
            left -= d;
        }
    }
    v
}
