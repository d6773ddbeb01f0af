//! One soak kiosk: sessions in a loop on its own store connection, each `handle` call timed
//! ([`super::timed`]), its state published to the class when it is a station — as the
//! window publishes it, after a step with effects or a new screen, but on the kiosk's thread
//! (the window's station has a thread of its own) — and the facts printed (`pin …`,
//! `issued …`) once durable when asked.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::DateTime;
use chrono_tz::Tz;

use kofu::certificate::model::DocumentModel;
use kofu::domain::card::PIN_MAX_FAILURES;
use kofu::domain::municipality::CertificateKind;
use kofu::domain::session::{CertOptions, Event, Kiosk, Scope, Screen, Session};
use kofu::domain::store::Store;
use kofu::kiosk::ModelPrinter;
use kofu::store::postgres::class::{StationLink, StationState};
use kofu::window::app::steps::step_of;

use super::listener::Published;
use super::timed::{Meter, Timed};

/// What every kiosk of a soak shares.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The cards' demo PIN.
    pub pin: String,
    /// Enter a wrong PIN first, when the card's counter is clean.
    pub wrong_pin_first: bool,
    /// Write each document model as JSON here.
    pub out: Option<PathBuf>,
    /// Sessions per kiosk, at most.
    pub sessions: Option<u32>,
    /// No session starts after this.
    pub deadline: Option<Instant>,
    /// Print `pin …` and `issued …` lines (one kiosk per process).
    pub lines: bool,
    /// Set when a kiosk failed: the others stop after their session.
    pub stop: Arc<AtomicBool>,
}

/// One kiosk's run and what it measured.
pub struct KioskRun {
    /// The kiosk's card.
    pub card: String,
    /// Its store, between sessions.
    store: Option<Box<dyn Store>>,
    /// What its store measured (decisions, kinds written, PIN entries counted).
    pub meter: Arc<Meter>,
    /// Its station link, when the class has stations.
    link: Option<StationLink>,
    /// Where the publications are noted for the instructor listener.
    published: Option<Arc<Published>>,
    /// Each `handle` call that wrote: the kinds written (flags, see
    /// [`super::timed::label`]) and how long the resident waited.
    pub waits: Vec<(u32, Duration)>,
    /// How long each publication took.
    pub publishes: Vec<Duration>,
    /// Sessions completed.
    pub sessions: u32,
    /// Issue numbers printed.
    pub issued: Vec<u64>,
    /// The code of the last effect a step had (what the station shows).
    last_effect: Option<String>,
}

impl KioskRun {
    /// A kiosk on `store` with `card`, a station when `link` is given.
    pub fn new(
        card: String,
        store: Box<dyn Store>,
        link: Option<StationLink>,
        published: Option<Arc<Published>>,
    ) -> Self {
        let meter = Arc::new(Meter::default());
        let timed = Timed::new(store, meter.clone());
        Self {
            card,
            store: Some(Box::new(timed)),
            meter,
            link,
            published,
            waits: Vec::new(),
            publishes: Vec::new(),
            sessions: 0,
            issued: Vec::new(),
            last_effect: None,
        }
    }

    /// Runs sessions until the plan says stop; the first failure ends the kiosk's run.
    pub fn run(&mut self, plan: &Plan, kiosk: &Arc<Kiosk>) -> anyhow::Result<()> {
        let mut out = std::io::stdout();
        // 2026-11-25 10:00 JST: inside service hours; ten hours of sessions, then again.
        let start = kofu::domain::calendar::parse_instant("2026-11-25T10:00:00+09:00")?;
        let mut i: u32 = 0;
        loop {
            let more = plan.sessions.is_none_or(|n| i < n)
                && plan.deadline.is_none_or(|d| Instant::now() < d)
                && !plan.stop.load(Ordering::Relaxed);
            if !more {
                return Ok(());
            }
            let at = start + chrono::Duration::seconds(i64::from(i % 36_000));
            self.session(plan, kiosk, at, i, &mut out)?;
            self.sessions += 1;
            i += 1;
        }
    }

    /// Feeds one event: timed, a decision when it wrote, published when a station.
    fn handle(&mut self, s: &mut Session, ev: Event) -> anyhow::Result<()> {
        self.meter.flags.store(0, Ordering::Relaxed);
        let started = Instant::now();
        let step = s.handle(ev);
        let took = started.elapsed();
        let flags = self.meter.flags.swap(0, Ordering::Relaxed);
        if flags != 0 {
            self.waits.push((flags, took));
        }
        let step = step?;
        if let Some(e) = step.effects.last() {
            self.last_effect = Some(e.name().to_string());
        }
        // As the window does: again when a step had effects or moved to another screen.
        let changed = !step.effects.is_empty() || step.from != step.to;
        if let Some(link) = self.link.as_mut().filter(|_| changed) {
            let state = StationState {
                session: Some(s.id().to_string()),
                screen: s.screen().name().to_string(),
                step: step_of(s.screen())
                    .and_then(|n| u8::try_from(n).ok())
                    .unwrap_or(0),
                last_effect: self.last_effect.clone(),
                refusal: s.refusal().map(|r| r.reason.code().to_string()),
                ..StationState::default()
            };
            let started = Instant::now();
            if let Some(p) = &self.published {
                p.note(link.name(), &state.screen, started);
            }
            link.publish(&state)?;
            self.publishes.push(started.elapsed());
        }
        Ok(())
    }

    /// Session number `i`: card, PIN (a wrong one first if asked), one resident certificate
    /// paid with exact coins, printed.
    fn session(
        &mut self,
        plan: &Plan,
        kiosk: &Arc<Kiosk>,
        at: DateTime<Tz>,
        i: u32,
        out: &mut impl Write,
    ) -> anyhow::Result<()> {
        let card = self.card.clone();
        let printer = ModelPrinter::default();
        let models = printer.printed.clone();
        let store = self
            .store
            .take()
            .context("the kiosk's store was lost by an earlier failure")?;
        let id = format!("{}-{i}", kiosk.kiosk_id);
        let mut s = Session::new(kiosk.clone(), store, Box::new(printer), at, id);
        let ended = self.steps(plan, kiosk, &mut s, &card, out);
        self.store = Some(s.into_store());
        ended?;
        if let Some(o) = &plan.out {
            write_models(o, &models.lock().map(|v| v.clone()).unwrap_or_default())?;
        }
        Ok(())
    }

    /// The events of one session, the lines printed as each fact is durable.
    fn steps(
        &mut self,
        plan: &Plan,
        kiosk: &Arc<Kiosk>,
        s: &mut Session,
        card: &str,
        out: &mut impl Write,
    ) -> anyhow::Result<()> {
        for ev in [
            Event::Services,
            Event::CertIssue,
            Event::PlaceCard(card.to_string()),
            Event::Residence,
        ] {
            self.handle(s, ev)?;
        }
        // A card locked (or refused) before its PIN is asked for.
        if s.screen() != Screen::Pin {
            anyhow::bail!(
                "card {card} was not authorised: {:?}",
                s.refusal().map(|r| r.reason)
            );
        }
        // Only from a clean counter, so the soak itself never locks the card.
        let all = PIN_MAX_FAILURES;
        if plan.wrong_pin_first && s.pin_tries_left() == all {
            let wrong = if plan.pin == "0000" { "1111" } else { "0000" };
            self.handle(s, Event::Pin(wrong.to_string()))?;
            self.pin_line(plan, card, all - s.pin_tries_left(), out)?;
        }
        self.handle(s, Event::Pin(plan.pin.clone()))?;
        self.pin_line(plan, card, all - s.pin_tries_left(), out)?;
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
            self.handle(s, ev)?;
        }
        for coin in change_free(fee) {
            self.handle(s, Event::Insert(coin))?;
        }
        while s.screen() == Screen::Printing {
            self.handle(s, Event::PrinterStep)?;
        }
        for d in s.issued() {
            self.issued.push(d.issue_number.0);
            if plan.lines {
                writeln!(out, "issued {} {} {card}", d.issue_number, d.holder)?;
            }
        }
        out.flush()?;
        self.handle(s, Event::TakeItems)
    }

    /// Prints the card's count after an entry, when asked.
    fn pin_line(
        &self,
        plan: &Plan,
        card: &str,
        failures: u8,
        out: &mut impl Write,
    ) -> anyhow::Result<()> {
        if plan.lines {
            writeln!(out, "pin {card} {failures}")?;
            out.flush()?;
        }
        Ok(())
    }
}

/// Whether one happy session with `card` and `pin` issues a certificate (a card the soak can
/// use), tried in memory.
pub fn usable(kiosk: &Arc<Kiosk>, card: &str, pin: &str) -> bool {
    let plan = Plan {
        pin: pin.to_string(),
        wrong_pin_first: false,
        out: None,
        sessions: Some(1),
        deadline: None,
        lines: false,
        stop: Arc::new(AtomicBool::new(false)),
    };
    let store = Box::new(kofu::store::MemoryStore::default());
    let mut run = KioskRun::new(card.to_string(), store, None, None);
    run.run(&plan, kiosk).is_ok() && run.issued.len() == 1
}

/// Writes each printed document model as `ISSUE-COPY.json` in `out`, whole or not at all (a
/// temporary file renamed), so a killed soak never leaves half a file.
fn write_models(out: &Path, models: &[DocumentModel]) -> anyhow::Result<()> {
    for m in models {
        let path = out.join(format!("{}-{}.json", m.issue_number, m.copy));
        let tmp = out.join(format!(".{}-{}.json.tmp", m.issue_number, m.copy));
        std::fs::write(&tmp, serde_json::to_vec(m)?).with_context(|| tmp.display().to_string())?;
        std::fs::rename(&tmp, &path).with_context(|| path.display().to_string())?;
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
