//! `kofu soak --kiosks N`: the class benchmark. Every kiosk connects first (its store, and its
//! station link when the state is a database), then the instructor listens, then all start
//! together; the figures are taken over that common start and the recount reads the store
//! after the last kiosk stopped.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;

use kofu::domain::session::Kiosk;
use kofu::store::StateStore;
use kofu::store::postgres::class::{Instructor, StationLink, StationState};
use kofu::store::state::{database_url, state_label};

use super::kiosk::{KioskRun, usable};
use super::listener::{self, Published};
use super::recount::{self, Recount};
use super::summary::{InstructorFigures, Summary};
use super::timed::{KINDS, Percentiles, label, round};
use super::{BadInput, SoakArgs, kiosk_profile, plan};

/// Runs `n` kiosks and prints the summary; an error when a kiosk failed or the recount found
/// a fact lost.
pub fn run(a: &SoakArgs, n: usize) -> anyhow::Result<()> {
    let profile = kiosk_profile(a, n)?;
    let cards = cards(a, &profile, n)?;
    let mut plan = plan(a, false)?;
    let url = database_url(&a.state);
    let stations = url.is_some() && !a.no_stations;
    let deck: BTreeMap<String, u8> = cards
        .iter()
        .map(|c| {
            let failures = profile.registry.cards.get(c).map_or(0, |c| c.failures);
            (c.clone(), failures)
        })
        .collect();
    let before = recount::before(&a.state, &deck)?;
    let published = Arc::new(Published::default());
    let mut runs = Vec::with_capacity(n);
    for (k, card) in cards.iter().enumerate() {
        let name = format!("{}-{k}", a.kiosk);
        let store = StateStore::open(&a.state)?;
        let link = match url {
            Some(url) if stations => Some(StationLink::connect(url, &name, &home())?),
            _ => None,
        };
        let published = stations.then(|| published.clone());
        runs.push((
            name,
            KioskRun::new(card.clone(), Box::new(store), link, published),
        ));
    }
    let done = Arc::new(AtomicBool::new(false));
    let heard = match url {
        Some(url) if stations => Some(listener::spawn(
            Instructor::connect(url)?,
            published,
            done.clone(),
        )),
        _ => None,
    };
    // The clock starts when every kiosk is connected.
    if let Some(s) = a.seconds {
        plan.deadline = Some(Instant::now() + Duration::from_secs_f64(s));
    }
    let started = Instant::now();
    let threads: Vec<_> = runs
        .into_iter()
        .map(|(name, mut run)| {
            let kiosk = Arc::new(Kiosk {
                kiosk_id: name,
                ..profile.clone()
            });
            let plan = plan.clone();
            std::thread::spawn(move || {
                let result = run.run(&plan, &kiosk);
                if result.is_err() {
                    plan.stop.store(true, Ordering::Relaxed);
                }
                (run, result)
            })
        })
        .collect();
    let mut finished = Vec::with_capacity(n);
    for t in threads {
        finished.push(
            t.join()
                .map_err(|_| anyhow::anyhow!("a kiosk thread panicked"))?,
        );
    }
    let wall = started.elapsed();
    done.store(true, Ordering::Relaxed);
    let heard = match heard {
        Some(h) => Some(
            h.join()
                .map_err(|_| anyhow::anyhow!("the instructor's thread panicked"))?
                .context("the instructor's listener")?,
        ),
        None => None,
    };
    let failures: Vec<String> = finished
        .iter()
        .filter_map(|(_, r)| r.as_ref().err().map(|e| format!("{e:#}")))
        .collect();
    let runs: Vec<KioskRun> = finished.into_iter().map(|(run, _)| run).collect();
    let reported: Vec<u64> = runs.iter().flat_map(|r| r.issued.iter().copied()).collect();
    let mut entries: BTreeMap<String, u64> = BTreeMap::new();
    for r in &runs {
        *entries.entry(r.card.clone()).or_default() +=
            u64::from(r.meter.counted.load(Ordering::Relaxed));
    }
    let counted = recount::recount(&a.state, &before, &reported, &entries)?;
    let summary = summarise(a, &runs, deck.len(), stations, wall, heard, counted);
    summary.print(a.summary, &mut std::io::stdout().lock())?;
    if let Some(first) = failures.first() {
        anyhow::bail!(
            "{} of {n} kiosks failed; the first: {first}",
            failures.len()
        );
    }
    if !summary.recount_ok {
        anyhow::bail!("the recount found facts lost, doubled or half made (above)");
    }
    Ok(())
}

/// What a station shows before its first session: the copier's home screen.
fn home() -> StationState {
    StationState {
        screen: kofu::domain::session::Screen::Language.name().to_string(),
        step: 1,
        ..StationState::default()
    }
}

/// The card of each of `n` kiosks: `--card` for all, else the deck's cards a happy session
/// can use with `--pin`, in turn (shared when the deck has fewer than `n`).
fn cards(a: &SoakArgs, profile: &Kiosk, n: usize) -> anyhow::Result<Vec<String>> {
    let cards: Vec<String> = match &a.card {
        Some(c) => vec![c.clone()],
        None => {
            let kiosk = Arc::new(profile.clone());
            let ids: Vec<String> = profile.registry.cards.keys().cloned().collect();
            let mut ok = Vec::new();
            for id in ids {
                if ok.len() == n {
                    break;
                }
                if usable(&kiosk, &id, &a.pin) {
                    ok.push(id);
                }
            }
            ok
        }
    };
    if cards.is_empty() {
        return Err(BadInput(
            "no card of the deck issues a resident certificate of Tsukuba with the PIN given: \
             give --personas with such cards, or --card"
                .into(),
        )
        .into());
    }
    let per_card = n.div_ceil(cards.len());
    if a.wrong_pin_first && per_card > 2 {
        return Err(BadInput(format!(
            "--wrong-pin-first with {per_card} kiosks on one card could lock it (three wrong \
             entries before a right one): give at most two kiosks a card"
        ))
        .into());
    }
    Ok((0..n).map(|k| cards[k % cards.len()].clone()).collect())
}

/// The summary of the kiosks' runs.
fn summarise(
    a: &SoakArgs,
    runs: &[KioskRun],
    cards: usize,
    stations: bool,
    wall: Duration,
    heard: Option<listener::Heard>,
    recount: Recount,
) -> Summary {
    let mut all: Vec<Duration> = Vec::new();
    let mut by_kind: BTreeMap<String, Vec<Duration>> = BTreeMap::new();
    let mut waits: BTreeMap<String, Vec<Duration>> = BTreeMap::new();
    let mut publishes: Vec<Duration> = Vec::new();
    for r in runs {
        let times = r.meter.times.lock().map(|t| t.clone()).unwrap_or_default();
        for (kind, took) in times {
            all.push(took);
            if let Some(name) = KINDS.get(kind) {
                by_kind.entry((*name).to_string()).or_default().push(took);
            }
        }
        for &(flags, took) in &r.waits {
            if let Some(name) = label(flags) {
                waits.entry(name).or_default().push(took);
            }
        }
        publishes.extend_from_slice(&r.publishes);
    }
    let percentiles = |m: BTreeMap<String, Vec<Duration>>| {
        m.into_iter()
            .map(|(k, mut v)| (k, Percentiles::of(&mut v)))
            .collect()
    };
    let sessions: u64 = runs.iter().map(|r| u64::from(r.sessions)).sum();
    let seconds = wall.as_secs_f64();
    let recount_ok = recount.ok();
    Summary {
        state: state_label(&a.state),
        backend: if database_url(&a.state).is_some() {
            "postgres"
        } else {
            "sqlite"
        },
        kiosks: runs.len(),
        cards,
        stations,
        seconds: round(seconds * 1000.0) / 1000.0,
        sessions,
        sessions_per_s: round(sessions as f64 / seconds.max(1e-9)),
        issues: runs.iter().map(|r| r.issued.len()).sum(),
        decisions: Percentiles::of(&mut all),
        by_kind: percentiles(by_kind),
        waits: percentiles(waits),
        publish: stations.then(|| Percentiles::of(&mut publishes)),
        instructor: heard.map(|mut h| InstructorFigures {
            notices: h.notices,
            unmatched: h.unmatched,
            missed: h.missed,
            delay: Percentiles::of(&mut h.delays),
        }),
        recount,
        recount_ok,
    }
}
