//! `kofu predict`: the time a person needs for each step of a scenario, estimated from the
//! real panel — the scenario is played on the kiosk window off-screen (the same loop as
//! `kofu run`), and before each event the screen as drawn gives the control the person must
//! reach, its size and where it is, and the words they read.
//!
//! The model (Keystroke-Level Model operators; constants and sources in [`model`]):
//! - `read`: on a new screen, its words (the speech guide's text: title, instructions,
//!   messages), and before each decision the name of the control chosen, at the language's
//!   reading rate (a person scans for the control and reads its name; the M covers the search);
//! - `M` (1.35 s) before each decision: each tap on the panel, a PIN as one chunk, each machine
//!   action;
//! - `tap`: Fitts' law from where the finger was (the last control touched; the panel's
//!   centre at first) to the control's centre, on the panel's real size in mm (vendor
//!   `[panel] diagonal_in`), plus the press;
//! - `card`, `coin`, `note`, `take`: machine actions; `print`: the vendor's seconds per sheet.
//!
//! Decisions:
//! - A `wait` step is idle time the script asks for: not a person's work, not predicted.
//! - Digits of a PIN are taps on the panel's pad keys (the keys' real places); copies above
//!   one are taps on "+"; each option chosen is a tap on an option control of its screen.
//! - A language is chosen from the language list: the tap that opens it, then the language.

mod keypad;
pub mod model;
mod table;

pub use table::table;

use std::path::PathBuf;

use egui::Pos2;
use serde::Serialize;

use crate::domain::effect::Effect;
use crate::domain::keypad::PadKey;
use crate::domain::machine::Handled;
use crate::domain::session::{Event, Session, SessionError};
use crate::error::InputError;
use crate::report::offscreen::Offscreen;
use crate::scenario::Scenario;
use crate::scenario::play::{self as runner, Driver, RunError};
use crate::scenario::run as run_cli;
use crate::window::widgets::Drawn;
use crate::window::{KioskApp, UiOptions, replay, tokens};
use model::{Factors, User};

/// One operator of a step.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Op {
    /// `read`, `M`, `tap`, `card`, `coin`, `note`, `take`, `print`.
    pub op: &'static str,
    /// Seconds.
    pub s: f64,
}

/// One scenario step's prediction.
#[derive(Debug, Clone, Serialize)]
pub struct StepPrediction {
    /// 1-based step number.
    pub index: usize,
    /// The screen when the step began.
    pub screen: &'static str,
    /// The step's `do`.
    pub action: &'static str,
    /// Total seconds.
    pub seconds: f64,
    /// Its operators in order.
    pub operators: Vec<Op>,
}

/// A scenario on one vendor for one user.
#[derive(Debug, Clone, Serialize)]
pub struct VendorPrediction {
    /// Vendor profile id (or the file given).
    pub vendor: String,
    /// `skilled` or `older`.
    pub user: &'static str,
    /// `touch` or `keypad`.
    pub input: &'static str,
    /// Total seconds.
    pub total_s: f64,
    /// Per step.
    pub steps: Vec<StepPrediction>,
}

/// A scenario's predictions.
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioPrediction {
    /// The scenario file.
    pub file: String,
    /// Per vendor.
    pub vendors: Vec<VendorPrediction>,
}

/// Why a prediction could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PredictError {
    /// A scenario or profile is wrong (exit 2).
    #[error("{0}")]
    Input(#[from] InputError),
    /// The kiosk could not be built or played.
    #[error("{0}")]
    Run(String),
}

impl From<RunError> for PredictError {
    fn from(e: RunError) -> Self {
        match e {
            RunError::Input(i) => PredictError::Input(i),
            RunError::Io(s) => PredictError::Run(s),
        }
    }
}

/// How the person operates the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Input {
    /// Touch (the default).
    #[default]
    Touch,
    /// The machine's keypad: 2 and 8 move the highlight, ○ activates, digits type.
    Keypad,
}

/// Predicts `paths` on each of `vendors` (the scenario's own when empty) for `user`, by touch.
pub fn predict(
    paths: &[PathBuf],
    vendors: &[String],
    user: User,
) -> Result<Vec<ScenarioPrediction>, PredictError> {
    predict_with(paths, vendors, user, Input::Touch)
}

/// As [`predict`], operated by `input`.
pub fn predict_with(
    paths: &[PathBuf],
    vendors: &[String],
    user: User,
    input: Input,
) -> Result<Vec<ScenarioPrediction>, PredictError> {
    // Off-screen contexts shared by all: each language's faces are loaded once.
    let mut off = Contexts::default();
    let mut out = Vec::new();
    for p in paths {
        let sc = crate::scenario::load(p)?;
        let mut vs = Vec::new();
        let own = [sc.vendor.clone()];
        for v in if vendors.is_empty() {
            &own[..]
        } else {
            vendors
        } {
            vs.push(predict_on(&mut off, &sc, v, user, input)?);
        }
        out.push(ScenarioPrediction {
            file: p.display().to_string(),
            vendors: vs,
        });
    }
    Ok(out)
}

/// One scenario on one vendor, by touch.
pub fn predict_one(
    sc: &Scenario,
    vendor: &str,
    user: User,
) -> Result<VendorPrediction, PredictError> {
    predict_one_with(sc, vendor, user, Input::Touch)
}

/// One scenario on one vendor, operated by `input`.
pub fn predict_one_with(
    sc: &Scenario,
    vendor: &str,
    user: User,
    input: Input,
) -> Result<VendorPrediction, PredictError> {
    predict_on(&mut Contexts::default(), sc, vendor, user, input)
}

/// Off-screen contexts by language. Changing a context's language rebuilds its fonts (about
/// 20 ms); one context per language keeps each language's faces loaded, so a prediction costs
/// its frames only.
#[derive(Debug, Default)]
pub struct Contexts {
    by_lang: std::collections::HashMap<String, Offscreen>,
}

impl Contexts {
    /// Runs one frame of `app` on the context of its language.
    fn frame(&mut self, app: &mut KioskApp) {
        self.by_lang
            .entry(app.lang().to_string())
            .or_insert_with(|| Offscreen::new(tokens::window_size()))
            .frame(app);
    }
}

/// As [`predict_one_with`], on contexts that may have drawn before.
pub fn predict_on(
    off: &mut Contexts,
    sc: &Scenario,
    vendor: &str,
    user: User,
    input: Input,
) -> Result<VendorPrediction, PredictError> {
    // The scenario's own vendor is not an override: an unknown one is then reported at the
    // scenario's line and column, as `run` and `check` report it.
    let kiosk = run_cli::kiosk_for(
        sc,
        &run_cli::RunOptions {
            vendor: (vendor != sc.vendor).then(|| vendor.to_string()),
            ..run_cli::RunOptions::default()
        },
    )?;
    let mm = kiosk.vendor.panel.mm_per_px();
    let per_sheet = kiosk.vendor.panel.seconds_per_sheet;
    let opts = UiOptions {
        municipality: sc.municipality.clone(),
        vendor: vendor.to_string(),
        at: sc
            .at
            .or_else(|| crate::domain::calendar::parse_instant("2026-11-25T10:00:00+09:00").ok()),
        deck: Some(kiosk.registry),
        memory_store: true,
        pdf: false,
        open_files: false,
        clock_paused: true,
        keep_finished: true,
        speech_audio: false,
        print_seconds_per_copy: 1.0e6,
        ..UiOptions::default()
    };
    let mut app = KioskApp::new(opts).map_err(|e| PredictError::Run(format!("{e:#}")))?;
    let mut d = Predictor {
        app: &mut app,
        off,
        f: user.factors(),
        mm,
        per_sheet,
        finger: None,
        read_screen: None,
        ops: Vec::new(),
        screen_at_step: None,
        keypad: input == Input::Keypad,
        highlight: None,
    };
    let mut steps = Vec::new();
    runner::play(sc, &mut d, |i, d| {
        let ops = std::mem::take(&mut d.ops);
        steps.push(StepPrediction {
            index: i + 1,
            // A step the driver did not see (a wait) is on the screen the session is on.
            screen: d
                .screen_at_step
                .take()
                .unwrap_or_else(|| d.app.session().screen().name()),
            action: sc.steps[i].action.name(),
            seconds: round(ops.iter().map(|o| o.s).sum()),
            operators: ops,
        });
        Ok(())
    })?;
    let total_s = round(steps.iter().map(|s| s.seconds).sum());
    Ok(VendorPrediction {
        vendor: vendor.to_string(),
        user: user.name(),
        input: if input == Input::Keypad {
            "keypad"
        } else {
            "touch"
        },
        total_s,
        steps,
    })
}

/// To the millisecond; `+ 0.0` turns −0.0 (Rust's sum of no floats) into 0, which would
/// otherwise print as "-0.00 s".
fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0 + 0.0
}

/// The window, driven as `kofu run` drives the session, adding each event's operators.
struct Predictor<'a> {
    app: &'a mut KioskApp,
    off: &'a mut Contexts,
    f: Factors,
    mm: f64,
    per_sheet: f64,
    /// Where the finger last touched (panel px).
    finger: Option<Pos2>,
    /// The screen whose words were read last.
    read_screen: Option<String>,
    ops: Vec<Op>,
    screen_at_step: Option<&'static str>,
    /// Operate by the machine's keypad instead of touch.
    keypad: bool,
    /// Keypad: the control highlighted after the last press, on its screen.
    highlight: Option<(String, usize)>,
}

impl Predictor<'_> {
    fn push(&mut self, op: &'static str, s: f64) {
        self.ops.push(Op { op, s: round(s) });
    }

    fn mental(&mut self) {
        self.push("M", model::MENTAL_S * self.f.mental);
    }

    /// Lays the screen out and reads it if it is new.
    fn look(&mut self) -> Vec<Drawn> {
        self.off.frame(self.app);
        let shown = self.app.shown_screen();
        if self.read_screen.as_deref() != Some(&shown) {
            let speech = self.app.speech().to_string();
            self.read(&speech);
            self.read_screen = Some(shown);
        }
        self.app.drawn().to_vec()
    }

    /// Reading `text` in the screen's language.
    fn read(&mut self, text: &str) {
        let s = model::reading_s(text, self.app.lang()) * self.f.reading;
        if s > 0.0 {
            self.push("read", s);
        }
    }

    /// A decision's tap: reading the control's name and M first (`think`), then the reach and
    /// the press.
    fn tap(&mut self, c: &Drawn, think: bool) {
        if think {
            self.read(&c.label);
            self.mental();
        }
        let r = c.rect;
        let from = self.finger.unwrap_or_else(panel_centre);
        let d = f64::from(from.distance(r.center())) * self.mm;
        let w = f64::from(r.width().min(r.height())) * self.mm;
        self.push(
            "tap",
            (model::fitts_s(d, w) + model::PRESS_S) * self.f.motor,
        );
        self.finger = Some(r.center());
    }

    fn machine(&mut self, op: &'static str, s: f64) {
        self.mental();
        self.push(op, s * self.f.motor);
        self.finger = None; // the hand left the panel
    }

    /// The operators of one event, on the screen as drawn now.
    fn operators(&mut self, ev: &Event) {
        match ev {
            Event::Tick(_) | Event::Fault { .. } => return,
            Event::PrinterStep => return, // timed from the copies it prints
            _ => {}
        }
        let drawn = self.look();
        match ev {
            Event::PlaceCard(_) => return self.machine("card", model::PLACE_CARD_S),
            Event::RemoveCard => return self.machine("card", model::REMOVE_CARD_S),
            Event::Insert(y) => {
                let (op, s) = if *y >= 1000 {
                    ("note", model::NOTE_S)
                } else {
                    ("coin", model::COIN_S)
                };
                return self.machine(op, s);
            }
            Event::Language(_) if find(&drawn, ev).is_none() => {
                if let Some(open) = drawn.iter().position(|d| d.tag == Some("languages")) {
                    self.choose(&drawn, open, true);
                    self.app
                        .update(crate::window::msg::Msg::ShowLanguages(true));
                    let list = self.look();
                    if let Some(lang) = find(&list, ev) {
                        self.choose(&list, lang, true);
                    }
                }
                return;
            }
            Event::Pin(pin) if self.keypad => {
                // The digits, then ○ on OK (the highlight starts there).
                self.mental();
                return self.key(pin.chars().count() + 1);
            }
            Event::Pin(pin) => {
                self.mental();
                for c in pin.chars() {
                    let key = c.to_string();
                    if let Some(k) = drawn.iter().find(|d| d.secret && d.label == key) {
                        self.tap(k, false);
                    }
                }
            }
            Event::Copies(n) if self.keypad => {
                self.mental();
                return self.key(n.to_string().len() + 1);
            }
            Event::Copies(n) if *n > 1 => {
                if let Some(more) = drawn.iter().find(|d| d.tag == Some("copies-more")) {
                    self.tap(more, true);
                    for _ in 2..*n {
                        self.tap(more, false);
                    }
                }
            }
            Event::Back | Event::Cancel if self.keypad && find(&drawn, ev).is_some() => {
                self.mental();
                return self.key(1); // ×
            }
            Event::Options(o) => {
                let options: Vec<usize> = (0..drawn.len())
                    .filter(|&i| drawn[i].tag == Some("option"))
                    .take(option_count(o))
                    .collect();
                for i in options {
                    self.choose(&drawn, i, true);
                }
            }
            _ => {}
        }
        if let Some(c) = find(&drawn, ev) {
            let think = !matches!(ev, Event::Pin(_));
            self.choose(&drawn, c, think);
        }
        if matches!(ev, Event::TakeItems) {
            self.machine("take", model::TAKE_ITEMS_S);
        }
    }
}

/// The index of the control that sends `ev` (the same event, else the same kind: "OK" sends
/// the PIN typed).
fn find(drawn: &[Drawn], ev: &Event) -> Option<usize> {
    drawn
        .iter()
        .position(|d| d.enabled && d.sends.as_ref() == Some(ev))
        .or_else(|| {
            let same = |e: &Event| std::mem::discriminant(e) == std::mem::discriminant(ev);
            let kinds = matches!(ev, Event::Pin(_) | Event::Copies(_) | Event::Options(_));
            drawn
                .iter()
                .position(|d| kinds && d.sends.as_ref().is_some_and(same))
        })
}

/// Options a person turns on (each a tap).
fn option_count(o: &crate::domain::session::CertOptions) -> usize {
    use crate::domain::session::{Extent, Scope};
    let flags = [
        o.relationship,
        o.domicile,
        o.nationality,
        o.residence_status,
        o.residence_card,
        o.my_number,
    ];
    flags.iter().filter(|x| **x).count()
        + usize::from(o.scope != Scope::Holder)
        + usize::from(o.extent == Extent::Individual)
        + usize::from(o.year.is_some())
}

fn panel_centre() -> Pos2 {
    let p = tokens::MARGIN;
    Pos2::new(
        p + tokens::PANEL_SIZE.x / 2.0,
        p + tokens::PANEL_SIZE.y / 2.0,
    )
}

impl Driver for Predictor<'_> {
    fn session(&self) -> &Session {
        self.app.session()
    }
    fn feed(&mut self, ev: Event) -> Result<Handled, SessionError> {
        if self.screen_at_step.is_none() && !matches!(ev, Event::Tick(_) | Event::PrinterStep) {
            self.screen_at_step = Some(self.app.session().screen().name());
        }
        self.operators(&ev);
        let done = replay::Window { app: self.app }.feed(ev)?;
        for e in done.steps.iter().flat_map(|s| &s.effects) {
            if let Effect::CopyPrinted { sheets, .. } = e {
                self.push("print", f64::from(*sheets) * self.per_sheet);
            }
        }
        Ok(done)
    }
    fn walk_away(&mut self) {
        self.app.walk_away();
    }
    /// A scripted keypad key: the screen read if it is new, M before ○ (deciding to take what
    /// is highlighted), then the press; the panel handles it on the next frame.
    fn press(&mut self, key: PadKey) -> bool {
        if self.screen_at_step.is_none() {
            self.screen_at_step = Some(self.app.session().screen().name());
        }
        self.look();
        if key == PadKey::Enter {
            self.mental();
        }
        self.key(1);
        self.app.press(key);
        self.off.frame(self.app);
        true
    }
}
