//! Plays a scenario's steps through a [`Driver`]: the bare session (`kofu run`) or the kiosk
//! window (walkthroughs, the trainer's "Play to the question"). One loop, so both send the same
//! events in the same order.

use crate::domain::keypad::PadKey;
use crate::domain::machine::{Handled, Machine};
use crate::domain::session::{Event, Screen, Session, SessionError};
use crate::error::InputError;
use crate::scenario::{Action, Scenario};

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

/// What a scenario is played on: the bare session (`kofu run`) or the kiosk window
/// (`kofu walkthrough`). Both take the same events in the same order.
pub trait Driver {
    /// The session being driven.
    fn session(&self) -> &Session;
    /// Feeds one event the way a person makes it (a tap on the panel, a card on the
    /// machine's reader, a coin in its slot: [`Machine::play`]) and returns what the session
    /// and the machine did.
    fn feed(&mut self, ev: Event) -> Result<Handled, SessionError>;
    /// Leaves a refusal the resident could have gone back from.
    fn walk_away(&mut self);
    /// Presses a key of the machine's keypad. What a key does depends on the panel's
    /// highlight, so only a driver with a panel can; `false` says this one has none.
    fn press(&mut self, _key: PadKey) -> bool {
        false
    }
}

/// The session on a machine with no window, as a [`Driver`] (`kofu run`).
pub struct Bare<'a> {
    session: &'a mut Session,
    machine: Machine,
}

impl<'a> Bare<'a> {
    /// `session` on an empty machine (nothing on the reader, empty trays).
    pub fn new(session: &'a mut Session) -> Self {
        Bare {
            session,
            machine: Machine::default(),
        }
    }
}

impl Driver for Bare<'_> {
    fn session(&self) -> &Session {
        self.session
    }
    fn feed(&mut self, ev: Event) -> Result<Handled, SessionError> {
        self.machine.play(self.session, ev)
    }
    fn walk_away(&mut self) {
        self.machine.walk_away(self.session);
    }
}

/// What playing the steps left besides the session: steps not run, ignored or supplied, and
/// every event sent (the window's replay must send the same ones).
#[derive(Debug, Clone, Default)]
pub struct Played {
    /// Steps not run because the session had ended.
    pub skipped: Vec<String>,
    /// Vendor-specific steps this machine does not have.
    pub ignored: Vec<String>,
    /// Taps this machine needs that the script leaves out (`consent`, `next`).
    pub auto: Vec<String>,
    /// Every event sent, in order.
    pub events: Vec<Event>,
}

/// Plays a scenario's steps on `d`; `after` is called after each step that ran, with its
/// index in `sc.steps`. The vendor profile says which taps its machine adds
/// ([`crate::domain::vendor::Vendor::taps_before`], [`crate::domain::vendor::Vendor::tap_after`]);
/// printing runs to its end at once.
pub fn play<D: Driver>(
    sc: &Scenario,
    d: &mut D,
    mut after: impl FnMut(usize, &mut D) -> Result<(), RunError>,
) -> Result<Played, RunError> {
    if let Some(v) = sc.visits.first() {
        // One session per player: the visits' shared state is `kofu run`'s (run.rs).
        return Err(sc
            .source
            .error_at(Some(v.span.clone()), SEVERAL_VISITS)
            .into());
    }
    let vendor = d.session().kiosk().vendor.clone();
    let mut p = Played::default();
    for (i, step) in sc.steps.iter().enumerate() {
        let s = d.session();
        if s.screen() == Screen::Refusal && s.refusal_recoverable() && step.action != Action::Back {
            d.walk_away();
        }
        // A printer stopped by a fault waits for the staff; a script that goes on without
        // them (written before jams could be cleared) has the resident give up the rest.
        if d.session().printer_halted().is_some() && !waits_for_staff(&step.action) {
            p.auto.push("cancel".into());
            send(d, Event::Cancel, sc, step, &mut p)?;
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
        if let Action::Key(k) = step.action {
            if !d.press(k) {
                return Err(sc
                    .source
                    .error_at(Some(step.span.clone()), NO_PANEL.to_string())
                    .into());
            }
            after(i, d)?;
            continue;
        }
        let next = sc.steps.get(i + 1).map(|n| &n.action);
        let events = events_for(&step.action, next, sc, d.session());
        let next_is_next = sc
            .steps
            .get(i + 1)
            .is_some_and(|n| n.action == Action::Next);
        for ev in events {
            if !vendor.has_step(&ev) {
                p.ignored.push(step.action.name().to_string());
                continue;
            }
            // A refusal on choosing the certificate ends the chain (no options after it).
            if matches!(ev, Event::Options(_)) && d.session().screen() != Screen::Options {
                break;
            }
            let auto = !sc.explicit_taps;
            if let Some(tap) = vendor
                .taps_before(d.session().screen(), &ev)
                .filter(|_| auto)
            {
                p.auto.push(tap_name(&tap));
                send(d, tap, sc, step, &mut p)?;
            }
            let sent = ev.clone();
            send(d, ev, sc, step, &mut p)?;
            let s = d.session();
            if let Some(tap) = vendor
                .tap_after(
                    &sent,
                    s.screen(),
                    s.card_on_reader().is_some(),
                    next_is_next,
                )
                .filter(|_| auto)
            {
                p.auto.push(tap_name(&tap));
                send(d, tap, sc, step, &mut p)?;
            }
            while d.session().printer_running() {
                send(d, Event::PrinterStep, sc, step, &mut p)?;
            }
            if d.session().finished() {
                break;
            }
        }
        after(i, d)?;
    }
    Ok(p)
}

/// Steps that make sense while the printer waits for the staff: clearing it, giving up,
/// waiting, a key of the keypad, another fault.
fn waits_for_staff(a: &Action) -> bool {
    matches!(
        a,
        Action::ClearFault | Action::Cancel | Action::Wait(_) | Action::Key(_) | Action::Fault(..)
    )
}

/// Why a player of one session refuses a file of several visits.
const SEVERAL_VISITS: &str = "this file holds several visits (`[[visit]]`), which `kofu run` \
     plays in order on one state; this player plays one visit: write it as its own file";

/// Why `kofu run` refuses a `key` step.
const NO_PANEL: &str = "step `key`: a keypad key does what the panel's highlight shows, and \
     `kofu run` plays the session without a panel; play this scenario with `kofu walkthrough` \
     or `kofu predict --keypad`, which run the panel off screen";

fn tap_name(ev: &Event) -> String {
    match ev {
        Event::Consent => "consent".into(),
        Event::Next => "next".into(),
        other => format!("{other:?}"),
    }
}

fn send<D: Driver>(
    d: &mut D,
    ev: Event,
    sc: &Scenario,
    step: &crate::scenario::StepSpec,
    p: &mut Played,
) -> Result<Handled, RunError> {
    p.events.push(ev.clone());
    match d.feed(ev) {
        Ok(done) => Ok(done),
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

/// The card's own PIN (`correct`) or one that is not it (`wrong`), for the card on the reader
/// (else the scenario's). The deck keeps only a salted hash, so the PIN is found by trying the
/// 10,000 four-digit values against it; a card without a PIN (an iPhone) gets `0000`.
fn pin_from_deck(sc: &Scenario, s: &Session, correct: bool) -> String {
    let card = s
        .card_on_reader()
        .map(str::to_string)
        .or_else(|| sc.use_card.clone())
        .unwrap_or_default();
    let Some(hash) = s
        .kiosk()
        .registry
        .cards
        .get(&card)
        .and_then(|c| c.pin.as_ref())
    else {
        return "0000".into();
    };
    (0..10_000)
        .map(|n| format!("{n:04}"))
        .find(|p| hash.verify(p) == correct)
        .unwrap_or_else(|| "0000".into())
}

/// The events of action `a`; `next` is the step after it.
fn events_for(a: &Action, next: Option<&Action>, sc: &Scenario, s: &Session) -> Vec<Event> {
    match a {
        Action::Language(l) => vec![Event::Language(l.clone())],
        Action::Services => vec![Event::Services],
        Action::OtherService(s) => vec![Event::OtherService(*s)],
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
        Action::PinFromDeck(correct) => vec![Event::Pin(pin_from_deck(sc, s, *correct))],
        Action::RemoveCard => vec![Event::RemoveCard],
        Action::Certificate(kind, options) => {
            let mut v = vec![Event::Certificate(*kind)];
            // A recording attaches the options its participant sent; none attached means the
            // options screen was left without "Next" (Back, Cancel, a time-out) — unless the
            // copies came next: the session had no options screen for the kind when it was
            // recorded (the record items before 6 December 2026), so its defaults were sent.
            let sent =
                options.is_some() || !sc.explicit_taps || matches!(next, Some(Action::Copies(_)));
            if kind.has_options() && sent {
                v.push(Event::Options(options.clone().unwrap_or_default()));
            }
            v
        }
        Action::Options(o) => vec![Event::Options(o.clone())],
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
        // Played by the driver's panel before this is reached.
        Action::Key(_) => Vec::new(),
        Action::ClearFault => vec![Event::ClearFault],
    }
}
