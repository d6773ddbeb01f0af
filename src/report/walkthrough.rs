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

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use egui::epaint::{ClippedShape, RectShape, Shape};
use serde::Serialize;

use crate::domain::registry::Registry;
use crate::error::InputError;
use crate::i18n::I18n;
use crate::report::offscreen::{A11yNode, Image, Offscreen, tree_text};
use crate::scenario::run::{self as runner, Outcome, RunError};
use crate::scenario::{Action, Scenario};
use crate::window::{KioskApp, UiOptions, replay, tokens};

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

/// Personal data to blank: the deck's names, addresses, My Numbers and dates of birth.
#[derive(Debug, Clone, Default)]
pub struct Mask {
    needles: Vec<String>,
}

/// What masked text reads as.
pub const MASKED: &str = "■■■";

impl Mask {
    /// The strings of `deck` a report must not show, with dates of birth as every language
    /// writes them.
    pub fn for_deck(deck: &Registry) -> Self {
        let mut tr = I18n::new();
        let langs: Vec<&'static str> = tr.languages().iter().map(|(c, _)| *c).collect();
        let mut dates: Vec<NaiveDate> = Vec::new();
        let mut needles = Vec::new();
        for p in deck.persons.values() {
            for n in [Some(&p.name), Some(&p.kana), p.latin.as_ref()]
                .into_iter()
                .flatten()
            {
                needles.push(n.clone());
                let tight: String = n.split_whitespace().collect();
                needles.push(tight);
            }
            dates.push(p.born);
        }
        for h in deck.households.values() {
            needles.push(h.address.clone());
        }
        for c in deck.cards.values() {
            needles.push(c.my_number.as_str().to_string());
        }
        for d in &dates {
            needles.push(d.format("%Y-%m-%d").to_string());
            for l in &langs {
                tr.set_lang(l);
                needles.push(tr.date(*d));
            }
        }
        needles.retain(|n| n.chars().count() >= 2);
        needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
        needles.dedup();
        Self { needles }
    }

    /// Whether `s` holds personal data.
    pub fn hits(&self, s: &str) -> bool {
        self.needles.iter().any(|n| s.contains(n.as_str()))
    }

    /// `s` with personal data replaced by [`MASKED`].
    pub fn text(&self, s: &str) -> String {
        let mut out = s.to_string();
        for n in &self.needles {
            if out.contains(n.as_str()) {
                out = out.replace(n.as_str(), MASKED);
            }
        }
        out
    }

    /// Replaces every text shape holding personal data by a blank box of `fill`.
    pub fn shapes(&self, shapes: &mut [ClippedShape], fill: egui::Color32) {
        for s in shapes {
            self.shape(&mut s.shape, fill);
        }
    }

    fn shape(&self, shape: &mut Shape, fill: egui::Color32) {
        match shape {
            Shape::Vec(v) => {
                for s in v {
                    self.shape(s, fill);
                }
            }
            Shape::Text(t) if self.hits(t.galley.text()) => {
                let r = t.visual_bounding_rect();
                *shape = Shape::Rect(RectShape::filled(r, 2, fill));
            }
            _ => {}
        }
    }

    /// A tree with personal data replaced.
    pub fn tree(&self, nodes: &mut [A11yNode]) {
        for n in nodes {
            if self.hits(&n.name) {
                n.name = self.text(&n.name);
            }
            if self.hits(&n.value) {
                n.value = self.text(&n.value);
            }
        }
    }
}

/// What a step did, safe to show (never the PIN).
fn describe(a: &Action) -> String {
    match a {
        Action::Language(l) => format!("language {l}"),
        Action::PlaceCard(Some(c)) => format!("place_card {c}"),
        Action::Pin(_) => "pin ••••".into(),
        Action::Certificate(k, _) => format!("certificate {}", k.code()),
        Action::Copies(n) => format!("copies {n}"),
        Action::Insert(y) => format!("insert ¥{y}"),
        Action::Wait(s) => format!("wait {s} s"),
        Action::Fault(f, n) => format!("fault {f:?} after {n} copies"),
        a => a.name().to_string(),
    }
}

fn fmt_time(t: DateTime<Tz>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), WalkError> {
    std::fs::write(path, bytes).map_err(|e| io(path, e))
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
        let mut spoken = app.speech().to_string();
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
        let (line, _) = sc.source.line_col(step.span.start);
        cap.shoot(
            &mut off,
            w.app,
            StepInfo {
                index: i + 1,
                action: describe(&step.action),
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
            for s in &mut sc.steps {
                if let Action::Language(x) = &mut s.action {
                    *x = l.clone();
                }
            }
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

/// Text for HTML, in element content and in quoted attributes.
pub(crate) fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const CSS: &str = "body{font-family:'BIZ UDGothic','Noto Sans CJK JP',sans-serif;margin:2rem;\
color:#111;background:#fafafa;max-width:1500px}h1{font-size:1.6rem}h2{margin-top:2.5rem;\
border-bottom:2px solid #333}table{border-collapse:collapse}td,th{border:1px solid #bbb;\
padding:.3rem .6rem;text-align:left;vertical-align:top}.steps{display:grid;\
grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:1rem}.step{background:#fff;\
border:1px solid #ccc;border-radius:6px;padding:.7rem}.step img{width:100%;border:1px solid #999}\
.meta{color:#444;font-size:.9rem}.note{background:#fff6d5;padding:.3rem .5rem;margin:.3rem 0}\
.spoken{background:#e8f1ff;padding:.3rem .5rem;margin:.3rem 0}pre{white-space:pre-wrap;\
font-size:.75rem;max-height:24rem;overflow:auto;background:#f3f3f3;padding:.5rem}\
.ok{color:#064}.bad{color:#900}";

fn html(r: &Report) -> String {
    let mut h = String::new();
    h.push_str("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.push_str("<title>kofu walkthrough</title><style>");
    h.push_str(CSS);
    h.push_str("</style></head><body>");
    h.push_str("<h1>kofu walkthrough — SPECIMEN / 見本</h1>");
    h.push_str(&format!(
        "<p class=\"meta\">{} · {} step(s), {:.0} ms per step on average · personal data {}{}</p>",
        esc(&r.generator),
        r.steps,
        r.mean_step_ms,
        if r.masked {
            "masked"
        } else {
            "shown (--no-mask)"
        },
        r.lang
            .as_ref()
            .map(|l| format!(" · language {}", esc(l)))
            .unwrap_or_default()
    ));
    h.push_str("<ul>");
    for s in &r.scenarios {
        h.push_str(&format!(
            "<li><a href=\"#{}\">{}</a> — {}</li>",
            esc(&s.dir),
            esc(&s.title),
            esc(&s.file)
        ));
    }
    h.push_str("</ul>");
    for s in &r.scenarios {
        h.push_str(&format!(
            "<h2 id=\"{}\">{}</h2><p class=\"meta\">{}</p>",
            esc(&s.dir),
            esc(&s.title),
            esc(&s.file)
        ));
        h.push_str("<table><tr><th>vendor</th><th>status</th><th>reason</th><th>fee</th><th>paid</th><th>change</th><th>PIN tries left</th><th>documents</th><th>expectations</th></tr>");
        for v in &s.vendors {
            let o = &v.outcome;
            let docs: Vec<String> = o
                .documents
                .iter()
                .map(|d| {
                    let links: Vec<String> = d
                        .files
                        .iter()
                        .enumerate()
                        .map(|(i, f)| format!("<a href=\"{}\">copy {}</a>", esc(f), i + 1))
                        .collect();
                    format!(
                        "{} {} × {} ({} pages) {}",
                        esc(&d.certificate),
                        d.copies,
                        esc(&d.issue_number),
                        d.pages,
                        links.join(" ")
                    )
                })
                .collect();
            let refusal = o
                .refusal
                .as_ref()
                .map(|x| {
                    // The screen's own sentences (the same ftl texts it showed), then the rule
                    // as the trainer reads it.
                    let shown: String = x
                        .texts
                        .iter()
                        .map(|(lang, t)| {
                            format!(
                                "<br><i>{}</i>: {} — {} — {}",
                                esc(lang),
                                esc(&t.title),
                                esc(&t.rule),
                                esc(&t.next_step)
                            )
                        })
                        .collect();
                    format!(
                        "<br><b>{}</b>{shown}<br>Rule (trainer): {}<br>Next step: {}",
                        esc(x.reason.code()),
                        esc(&x.rule),
                        esc(&x.next_step)
                    )
                })
                .unwrap_or_default();
            h.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}{}</td><td>¥{}</td><td>¥{}</td><td>¥{}</td><td>{}</td><td>{}</td><td class=\"{}\">{}</td></tr>",
                esc(&v.vendor),
                esc(&o.status),
                esc(o.reason.as_deref().unwrap_or("—")),
                refusal,
                o.fee_yen,
                o.paid_yen,
                o.change_yen,
                o.pin_tries_left,
                if docs.is_empty() { "—".into() } else { docs.join("<br>") },
                if o.expectations_met { "ok" } else { "bad" },
                if o.expectations_met {
                    "met".to_string()
                } else {
                    esc(&format!("{} mismatch(es)", o.mismatches.len()))
                }
            ));
        }
        h.push_str("</table>");
        if !s.side_by_side.is_empty() {
            h.push_str("<h3>Side by side</h3><div class=\"steps\">");
            let names: Vec<&str> = s.vendors.iter().map(|v| v.vendor.as_str()).collect();
            for (i, f) in s.side_by_side.iter().enumerate() {
                let action = s
                    .vendors
                    .iter()
                    .find_map(|v| v.steps.iter().find(|x| x.index == i))
                    .map_or("", |x| x.action.as_str());
                h.push_str(&format!(
                    "<div class=\"step\"><b>{1}. {2}</b> <span class=\"meta\">({3})</span><a href=\"{0}\"><img src=\"{0}\" alt=\"step {1}, vendors side by side\"></a></div>",
                    esc(f),
                    i,
                    esc(action),
                    esc(&names.join(" | "))
                ));
            }
            h.push_str("</div>");
        }
        for v in &s.vendors {
            h.push_str(&format!(
                "<h3>{} — steps</h3><div class=\"steps\">",
                esc(&v.vendor)
            ));
            for st in &v.steps {
                h.push_str("<div class=\"step\">");
                h.push_str(&format!(
                    "<b>{}. {}</b> → <code>{}</code>",
                    st.index,
                    esc(&st.action),
                    esc(&st.screen)
                ));
                h.push_str(&format!(
                    "<div class=\"meta\">line {} · simulated {} · elapsed {} s · took {:.0} ms</div>",
                    st.line,
                    esc(&st.simulated),
                    st.elapsed_s,
                    st.took_ms
                ));
                if let Some(n) = &st.note {
                    h.push_str(&format!("<div class=\"note\">{}</div>", esc(n)));
                }
                h.push_str(&format!(
                    "<a href=\"{0}\"><img src=\"{1}\" alt=\"step {2}: {3} screen\"></a>",
                    esc(&st.png),
                    esc(&st.thumb),
                    st.index,
                    esc(&st.screen)
                ));
                if !st.spoken.is_empty() {
                    h.push_str(&format!(
                        "<div class=\"spoken\"><b>Speech guide:</b> {}</div>",
                        esc(&st.spoken)
                    ));
                }
                if !st.live.is_empty() {
                    h.push_str(&format!(
                        "<div class=\"meta\">live status: {}</div>",
                        esc(&st.live)
                    ));
                }
                h.push_str(&format!(
                    "<details><summary>accessibility tree (<a href=\"{}\">text</a>)</summary><pre>{}</pre></details>",
                    esc(&st.tree_file),
                    esc(&tree_text(&st.tree))
                ));
                h.push_str("</div>");
            }
            h.push_str("</div>");
        }
    }
    h.push_str("</body></html>");
    h
}
