//! Walkthrough reports (`kofu walkthrough`): a scenario replayed through the kiosk window's own
//! code, off-screen, with a picture of the whole machine, the accessibility tree, the step's
//! note, what the speech guide said, the simulated time and the time taken for every step;
//! `index.html` and `report.json` bind them together.
//!
//! Decisions:
//! - **Replay.** The steps go through [`crate::window::replay`], `kofu run`'s own loop driving the
//!   window's [`KioskApp`] (cards on and off the machine's reader, everything else the event
//!   the screen's button sends), so the report's outcome is `kofu run`'s (a test holds them
//!   equal). The finished session stays on screen to the end, so its outcome is read once.
//! - **A step** is one line of the scenario; step 0 is the machine before the first one. Sharp's
//!   notice and "Next", when supplied, show in the step that caused them.
//! - **Masking** (default on): names (kanji, kana, Latin), addresses, My Numbers and dates of
//!   birth of every persona in the deck are blanked in pictures (on the paint list, before
//!   pixels exist) and replaced by `■■■` in trees and the report. `--no-mask` keeps them.
//!   The PIN is never shown, masked or not: the pad shows dots and steps say `pin ••••`.
//! - **`--vendor both`** plays the scenario on each vendor and puts the two machines side by
//!   side per step (Fujifilm left, Sharp right); each vendor's own pictures stay in its folder.
//! - **`--lang X`** starts the kiosk in X and turns every `language` step into X.
//! - **Time.** "Simulated" is the kiosk's clock (it moves only on `wait` steps); "elapsed" is
//!   simulated time since the first step; "took" is the real time this tool spent on the step
//!   (events, frames, picture, files).
//! - **Layout.** `OUT/index.html`, `OUT/report.json`, and per scenario `OUT/<name>/<vendor>/`
//!   with `step-NN.png`, `step-NN.thumb.png`, `step-NN.tree.txt`, the journal and the printed
//!   PDFs in `kiosk/output/`; with both vendors also `OUT/<name>/both/step-NN.png`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::DateTime;
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::keypad::PadKey;
use crate::domain::session::Screen;
use crate::error::InputError;
use crate::report::offscreen::{A11yNode, Image, Offscreen, tree_text};
use crate::scenario::run::{self as runner, Outcome, RunError};
use crate::scenario::{Action, Scenario};
use crate::window::{KioskApp, UiOptions, replay, tokens};

mod mask;
mod page;

pub use mask::{MASKED, Mask};

pub(crate) use page::esc;
use page::html;

/// What to produce.
#[derive(Debug, Clone)]
pub struct WalkOptions {
    /// Report folder.
    pub out: PathBuf,
    /// Vendors to play on: the scenario's own when empty; two for side by side.
    pub vendors: Vec<String>,
    /// Kiosk language (and every `language` step's).
    pub lang: Option<String>,
    /// Blank personal data (default).
    pub mask: bool,
}

/// Why a walkthrough failed.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    /// A scenario or a file it names is wrong (exit 2).
    #[error("{0}")]
    Input(#[from] InputError),
    /// Writing the report, or the kiosk itself, failed (exit 1).
    #[error("{0}")]
    Io(String),
}

impl From<RunError> for WalkError {
    fn from(e: RunError) -> Self {
        match e {
            RunError::Input(i) => WalkError::Input(i),
            RunError::Io(s) => WalkError::Io(s),
        }
    }
}

fn io(path: &Path, e: impl std::fmt::Display) -> WalkError {
    WalkError::Io(format!("{}: {e}", path.display()))
}

/// One step as recorded.
#[derive(Debug, Clone, Serialize)]
pub struct StepShot {
    /// 0 = before the first step; then the scenario's step number (1-based).
    pub index: usize,
    /// What the step did (`pin ••••`, never the digits).
    pub action: String,
    /// Line of the step in the scenario (0 for step 0).
    pub line: usize,
    /// The step's `note`.
    pub note: Option<String>,
    /// Screen shown after the step.
    pub screen: String,
    /// Simulated time after the step (RFC 3339).
    pub simulated: String,
    /// Simulated seconds since the first step.
    pub elapsed_s: i64,
    /// Real milliseconds this tool spent on the step.
    pub took_ms: f64,
    /// Seconds a skilled person needs for the step (`kofu predict`'s model).
    pub predicted_s: Option<f64>,
    /// What the speech guide says on this screen.
    pub spoken: String,
    /// The live status line (announced to screen readers).
    pub live: String,
    /// Picture (relative to the report folder).
    pub png: String,
    /// Thumbnail (relative).
    pub thumb: String,
    /// Accessibility tree as text (relative).
    pub tree_file: String,
    /// The accessibility tree.
    pub tree: Vec<A11yNode>,
}

/// One vendor's play of a scenario.
#[derive(Debug, Clone, Serialize)]
pub struct VendorWalk {
    /// Vendor id.
    pub vendor: String,
    /// The outcome, as `kofu run` gives it (documents with their PDFs).
    pub outcome: Outcome,
    /// The steps.
    pub steps: Vec<StepShot>,
}

/// One scenario in the report.
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioWalk {
    /// Scenario file.
    pub file: String,
    /// Its title.
    pub title: String,
    /// Folder of its files (relative).
    pub dir: String,
    /// Per vendor.
    pub vendors: Vec<VendorWalk>,
    /// Side-by-side pictures per step index (relative), with both vendors.
    pub side_by_side: Vec<String>,
}

/// The whole report (`report.json`).
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Tool and version.
    pub generator: String,
    /// Whether personal data is masked.
    pub masked: bool,
    /// Language forced with `--lang`.
    pub lang: Option<String>,
    /// The scenarios.
    pub scenarios: Vec<ScenarioWalk>,
    /// Steps recorded in all.
    pub steps: usize,
    /// Mean real milliseconds per step.
    pub mean_step_ms: f64,
}

/// What a step did, safe to show (never the PIN).
fn describe(a: &Action) -> String {
    match a {
        Action::Language(l) => format!("language {l}"),
        Action::PlaceCard(Some(c)) => format!("place_card {c}"),
        Action::Pin(_) | Action::PinFromDeck(_) => "pin ••••".into(),
        Action::Certificate(k, _) => format!("certificate {}", k.code()),
        Action::Copies(n) => format!("copies {n}"),
        Action::Insert(y) => format!("insert ¥{y}"),
        Action::Wait(s) => format!("wait {s} s"),
        Action::Fault(f, n) => format!("fault {f:?} after {n} copies"),
        Action::Key(k) => format!("key {}", k.name()),
        a => a.name().to_string(),
    }
}

/// [`describe`] on the screen the step was taken on: a digit key on the PIN screen is a PIN
/// digit, shown as `key •`.
fn describe_on(a: &Action, screen: Screen) -> String {
    match a {
        Action::Key(PadKey::Digit(_)) if screen == Screen::Pin => "key •".into(),
        a => describe(a),
    }
}

fn fmt_time(t: DateTime<Tz>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), WalkError> {
    crate::output::write_file(path, bytes).map_err(|e| io(path, e.source))
}

/// Encodes `img` as PNG and writes it to `path`.
fn write_png(path: &Path, img: &Image) -> Result<(), WalkError> {
    write(path, &img.to_png().map_err(|e| io(path, e))?)
}

fn rel(base: &Path, p: &Path) -> String {
    p.strip_prefix(base)
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

/// The step being recorded.
struct StepInfo {
    index: usize,
    action: String,
    line: usize,
    note: Option<String>,
    began: Instant,
}

struct Capture<'a> {
    base: &'a Path,
    dir: PathBuf,
    mask: Option<Mask>,
    start: DateTime<Tz>,
    keep_images: bool,
    images: Vec<(usize, Image)>,
    shots: Vec<StepShot>,
    /// [`KioskApp::focus_moves`] at the last shot.
    focus_moves: u64,
}

impl Capture<'_> {
    fn shoot(
        &mut self,
        off: &mut Offscreen,
        app: &mut KioskApp,
        step: StepInfo,
    ) -> Result<(), WalkError> {
        let StepInfo {
            index,
            action,
            line,
            note,
            began,
        } = step;
        off.settle(app);
        let fill = app.machine_tokens().c.part_bg;
        let bg = app.machine_tokens().c.machine_bg;
        let mask = self.mask.as_ref();
        let img = off.render_with(
            |shapes| {
                if let Some(m) = mask {
                    m.shapes(shapes, fill);
                }
            },
            bg,
        );
        let mut tree = off.last.tree();
        // A key that moved the highlight on the same screen: the guide said the control.
        let moved = app.focus_moves() != self.focus_moves;
        let same_screen = self
            .shots
            .last()
            .is_some_and(|l| l.screen == app.session().screen().name());
        self.focus_moves = app.focus_moves();
        // Otherwise what the headset says on the screen: its words, then the highlighted control.
        let mut spoken = if moved && same_screen {
            app.focus_said().to_string()
        } else {
            let words = app.speech();
            match app.highlight_words() {
                Some(h) if !words.is_empty() => format!("{words} ／ {h}"),
                _ => words.to_string(),
            }
        };
        let mut live = app.live_status().to_string();
        let mut note = note;
        if let Some(m) = mask {
            m.tree(&mut tree);
            spoken = m.text(&spoken);
            live = m.text(&live);
            note = note.map(|n| m.text(&n));
        }
        let name = format!("step-{index:02}");
        let png = self.dir.join(format!("{name}.png"));
        let thumb = self.dir.join(format!("{name}.thumb.png"));
        let tree_file = self.dir.join(format!("{name}.tree.txt"));
        write_png(&png, &img)?;
        write_png(&thumb, &img.shrink(4))?;
        write(&tree_file, tree_text(&tree).as_bytes())?;
        let s = app.session();
        self.shots.push(StepShot {
            index,
            action,
            line,
            note,
            screen: s.screen().name().to_string(),
            simulated: fmt_time(s.now()),
            elapsed_s: (s.now() - self.start).num_seconds(),
            took_ms: began.elapsed().as_secs_f64() * 1000.0,
            predicted_s: None,
            spoken,
            live,
            png: rel(self.base, &png),
            thumb: rel(self.base, &thumb),
            tree_file: rel(self.base, &tree_file),
            tree,
        });
        if self.keep_images {
            self.images.push((index, img));
        }
        Ok(())
    }
}

fn walk_vendor(
    sc: &Scenario,
    vendor: &str,
    o: &WalkOptions,
    dir: &Path,
    keep_images: bool,
) -> Result<(VendorWalk, Vec<(usize, Image)>), WalkError> {
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    let kiosk = runner::kiosk_for(
        sc,
        &runner::RunOptions {
            vendor: Some(vendor.to_string()),
            ..runner::RunOptions::default()
        },
    )?;
    let at = sc
        .at
        .unwrap_or_else(|| chrono::Utc::now().with_timezone(&crate::domain::calendar::TOKYO));
    let state = dir.join("kiosk");
    let opts = UiOptions {
        municipality: sc.municipality.clone(),
        vendor: vendor.to_string(),
        at: Some(at),
        deck: Some(kiosk.registry.clone()),
        state: Some(state.clone()),
        lang: o.lang.clone().unwrap_or_else(|| "ja".into()),
        print_seconds_per_copy: 1.0e6,
        open_files: false,
        clock_paused: true,
        keep_finished: true,
        speech_audio: false,
        ..UiOptions::default()
    };
    if state.exists() {
        // A report is written anew: a previous run's journal would change PIN counts.
        std::fs::remove_dir_all(&state).map_err(|e| io(&state, e))?;
    }
    let mut app = KioskApp::new(opts).map_err(|e| WalkError::Io(format!("{e:#}")))?;
    let mut off = Offscreen::new(tokens::window_size());
    let mut cap = Capture {
        base: &o.out,
        dir: dir.to_path_buf(),
        mask: o.mask.then(|| Mask::for_deck(&kiosk.registry)),
        start: at,
        keep_images,
        images: Vec::new(),
        shots: Vec::new(),
        focus_moves: 0,
    };
    cap.shoot(
        &mut off,
        &mut app,
        StepInfo {
            index: 0,
            action: "start".into(),
            line: 0,
            note: None,
            began: Instant::now(),
        },
    )?;
    let mut began = Instant::now();
    let played = replay::play(&mut app, sc, |i, w| {
        let step = &sc.steps[i];
        let screen = w.app.session().screen();
        let (line, _) = sc.source.line_col(step.span.start);
        cap.shoot(
            &mut off,
            w.app,
            StepInfo {
                index: i + 1,
                action: describe_on(&step.action, screen),
                line,
                note: step.note.clone(),
                began,
            },
        )
        .map_err(|e| RunError::Io(e.to_string()))?;
        began = Instant::now();
        Ok(())
    })?;
    let outcome = runner::outcome(sc, app.session(), at, played, &[]);
    // The predicted time per step, from the same screens (a failed prediction leaves it out).
    use crate::report::predict::{model::User, predict_one};
    if let Ok(p) = predict_one(sc, vendor, User::Skilled) {
        for shot in &mut cap.shots {
            shot.predicted_s = p
                .steps
                .iter()
                .find(|s| s.index == shot.index)
                .map(|s| s.seconds);
        }
    }
    Ok((
        VendorWalk {
            vendor: vendor.to_string(),
            outcome,
            steps: cap.shots,
        },
        cap.images,
    ))
}

fn stem(p: &Path) -> String {
    p.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("scenario")
        .to_string()
}

/// Writes the walkthrough of each scenario into `o.out` and returns the report.
pub fn walkthrough(paths: &[PathBuf], o: &WalkOptions) -> Result<Report, WalkError> {
    std::fs::create_dir_all(&o.out).map_err(|e| io(&o.out, e))?;
    let mut scenarios = Vec::new();
    let mut used_names: Vec<String> = Vec::new();
    for path in paths {
        let mut sc = crate::scenario::load(path)?;
        if let Some(l) = &o.lang {
            sc.set_language(l);
        }
        let mut name = stem(path);
        while used_names.contains(&name) {
            name.push('_');
        }
        used_names.push(name.clone());
        let sdir = o.out.join(&name);
        let vendors = if o.vendors.is_empty() {
            vec![sc.vendor.clone()]
        } else {
            o.vendors.clone()
        };
        let both = vendors.len() > 1;
        let mut walks = Vec::new();
        let mut pictures = Vec::new();
        for v in &vendors {
            let (walk, imgs) = walk_vendor(&sc, v, o, &sdir.join(v), both)?;
            walks.push(walk);
            pictures.push(imgs);
        }
        let mut side = Vec::new();
        if both {
            let bdir = sdir.join("both");
            std::fs::create_dir_all(&bdir).map_err(|e| io(&bdir, e))?;
            let last = pictures
                .iter()
                .flat_map(|p| p.iter().map(|(i, _)| *i))
                .max()
                .unwrap_or(0);
            let bg = tokens::Palette::standard().part_bg;
            for i in 0..=last {
                let row: Vec<&Image> = pictures
                    .iter()
                    .filter_map(|p| p.iter().find(|(k, _)| *k == i).map(|(_, img)| img))
                    .collect();
                if row.is_empty() {
                    continue;
                }
                let img = Image::side_by_side(&row, 16, bg);
                let f = bdir.join(format!("step-{i:02}.png"));
                write_png(&f, &img)?;
                side.push(rel(&o.out, &f));
            }
        }
        scenarios.push(ScenarioWalk {
            file: path.display().to_string(),
            title: sc.title.clone(),
            dir: name,
            vendors: walks,
            side_by_side: side,
        });
    }
    let all: Vec<f64> = scenarios
        .iter()
        .flat_map(|s| s.vendors.iter())
        .flat_map(|v| v.steps.iter().map(|s| s.took_ms))
        .collect();
    let mut report = Report {
        generator: format!("kofu {}", env!("CARGO_PKG_VERSION")),
        masked: o.mask,
        lang: o.lang.clone(),
        steps: all.len(),
        mean_step_ms: if all.is_empty() {
            0.0
        } else {
            all.iter().sum::<f64>() / all.len() as f64
        },
        scenarios,
    };
    for s in &mut report.scenarios {
        for v in &mut s.vendors {
            for d in &mut v.outcome.documents {
                d.files = d.files.iter().map(|f| rel(&o.out, Path::new(f))).collect();
                // The content model holds names and addresses; the PDFs are linked instead.
                d.content = None;
            }
        }
    }
    let json = serde_json::to_string_pretty(&report)
        .map_err(|e| WalkError::Io(format!("report.json: {e}")))?;
    write(&o.out.join("report.json"), json.as_bytes())?;
    write(&o.out.join("index.html"), html(&report).as_bytes())?;
    Ok(report)
}
