//! One session's pictures: its recorded scenario played on a fresh kiosk window off-screen, the
//! panel drawn on the states its inputs were made on ([`super::map`]).

use std::path::{Path, PathBuf};

use super::map::{Assigner, LANGUAGE_LIST};
use crate::domain::machine::Handled;
use crate::domain::registry::Registry;
use crate::domain::session::{Event, Session, SessionError};
use crate::report::offscreen::{Image, Offscreen};
use crate::report::study::heatmap::{self, display_flags};
use crate::report::walkthrough::Mask;
use crate::research::timeline::{Input, InputKind, Timeline};
use crate::scenario::play::{Driver, RunError, play};
use crate::scenario::{Action, Scenario};
use crate::window::msg::Msg;
use crate::window::{KioskApp, UiOptions, replay};

/// The size of a replay's picture against the panel's 1024×768 (512×384: a picture costs a
/// quarter of the pixels to paint and to store, and text stays readable).
pub const SCALE: f32 = 0.5;

/// What the page says when the scenario is not beside the timeline.
pub const MISSING: &str = "is not beside the timeline";

/// The scenario a timeline names, read from beside it; why not, in words.
pub fn scenario_of(timeline_file: &Path, t: &Timeline) -> Result<Scenario, String> {
    let dir = timeline_file.parent().unwrap_or(Path::new("."));
    let path = dir.join(&t.scenario);
    if !path.is_file() {
        return Err(format!("the scenario file {} {MISSING}", t.scenario));
    }
    crate::scenario::load(&path)
        .map_err(|e| format!("the scenario file {} does not parse: {e}", t.scenario))
}

/// The persons a scenario plays with: its own (inline, or a deck file it names), else `None`
/// for the bundled deck.
pub fn own_deck(sc: &Scenario) -> Result<Option<Registry>, String> {
    match (&sc.registry, &sc.personas) {
        (Some(r), _) => Ok(Some(r.clone())),
        (None, Some(p)) => crate::kiosk::load_deck(p)
            .map(Some)
            .map_err(|e| e.to_string()),
        (None, None) => Ok(None),
    }
}

/// A kiosk window for a recorded scenario: `deck`, its municipality, vendor and simulated
/// start, the timeline's display mode, nothing written anywhere, the finished session kept on
/// show.
pub fn kiosk_for(sc: &Scenario, deck: &Registry, display: &str) -> Result<KioskApp, String> {
    let (large_text, high_contrast) = display_flags(display);
    let tour = crate::report::tour::options(&sc.vendor, "ja");
    // The tour's repeatable kiosk (paused clock, nothing written, no sound), in Japanese as
    // `kofu run` starts, with the scenario's places, persons and start.
    let opts = UiOptions {
        municipality: sc.municipality.clone(),
        at: sc.at.or(tour.at),
        deck: Some(deck.clone()),
        large_text,
        high_contrast,
        keep_finished: true,
        ..tour
    };
    KioskApp::new(opts).map_err(|e| format!("{e:#}"))
}

/// What the replay drew: the picture of each input (a path relative to the replay page) and,
/// when the scenario stopped short, why.
#[derive(Debug, Default)]
pub struct Pictures {
    /// Per input, its picture (`<session>/NNN.png`), if it has one.
    pub of_input: Vec<Option<String>>,
    /// Why the replay stopped before the scenario's end (its inputs after have no picture).
    pub broke: Option<String>,
}

/// Draws the pictures of one session into `dir` (`OUT/replay/<session>/`).
pub struct Drawer<'a> {
    /// The off-screen context (reused across sessions of one vendor and language).
    pub off: &'a mut Offscreen,
    /// Personal data to blank.
    pub mask: &'a Mask,
    /// The session's picture folder.
    pub dir: PathBuf,
    /// The folder's name, as the page refers to it.
    pub name: &'a str,
    /// Pictures written so far.
    pub count: usize,
    /// The first write that failed (the study fails with it).
    pub failed: Option<crate::output::WriteError>,
    /// The page on show and the screen it belongs to (the window's pager, which is no step).
    pub paged: (usize, String),
}

impl Drawer<'_> {
    /// The panel of `app` as it stands, shrunk, written as the next `NNN.png`; `None` when it
    /// could not be encoded or written (a write failure is kept in `failed`).
    fn shoot(&mut self, app: &mut KioskApp, open_list: bool) -> Option<String> {
        if open_list {
            app.update(Msg::ShowLanguages(true));
        }
        let img: Image = heatmap::panel_scaled(self.off, app, Some(self.mask), SCALE);
        if open_list {
            app.update(Msg::ShowLanguages(false));
        }
        let rgb =
            image::RgbImage::from_raw(img.width as u32, img.height as u32, heatmap::rgb(&img))?;
        let bytes = heatmap::png(&rgb).ok()?;
        if self.count == 0
            && let Err(source) = std::fs::create_dir_all(&self.dir)
        {
            self.failed.get_or_insert(crate::output::WriteError {
                path: self.dir.clone(),
                source,
            });
            return None;
        }
        let file = format!("{:03}.png", self.count);
        if let Err(e) = crate::output::write_file(&self.dir.join(&file), &bytes) {
            self.failed.get_or_insert(e);
            return None;
        }
        self.count += 1;
        Some(format!("{}/{file}", self.name))
    }

    /// The pictures of the inputs `made` on the state `app` shows: one plain picture, and one
    /// with the home menu's language list open if an input was made on the list. A page turn
    /// (the window's own, no step) is made on the app after its picture, so the inputs after
    /// it see the page the participant turned to.
    fn state(&mut self, app: &mut KioskApp, t: &Timeline, made: &[usize], out: &mut Pictures) {
        if made.is_empty() {
            return;
        }
        let shown = app.shown_screen();
        if shown != self.paged.1 {
            // The window starts a new screen on its first page.
            self.paged = (0, shown.clone());
        }
        let (mut plain, mut listed) = (None, None);
        for &i in made {
            let input = &t.inputs[i];
            let on_list = input.screen == LANGUAGE_LIST && shown != LANGUAGE_LIST;
            let slot = if on_list { &mut listed } else { &mut plain };
            if slot.is_none() {
                *slot = Some(self.shoot(app, on_list));
            }
            out.of_input[i] = slot.clone().flatten();
            if let Some(page) = page_turn(app, input, self.paged.0) {
                self.paged.0 = page;
                app.update(Msg::Page(page));
                (plain, listed) = (None, None);
            }
        }
    }
}

/// The page a tap on the pager's Next or Previous page turns to from `page`, if it is one
/// (the controls are known by their names in the panel's language, as the recorder wrote them).
fn page_turn(app: &KioskApp, input: &Input, page: usize) -> Option<usize> {
    if input.kind != InputKind::Tap || input.disabled {
        return None;
    }
    let target = input.target.as_deref()?;
    let tr = app.i18n();
    if target == tr.t("page-next") {
        Some(page + 1)
    } else if target == tr.t("page-previous") {
        page.checked_sub(1)
    } else {
        None
    }
}

/// What the replay keeps while it plays: whose inputs are placed, where pictures go.
struct Playing<'a, 'd> {
    assigner: Assigner<'a>,
    drawer: &'a mut Drawer<'d>,
    timeline: &'a Timeline,
    out: Pictures,
    /// The step being played (the last state between steps reached).
    step: usize,
    /// Events of that step fed so far (before its first, the panel is the state between steps).
    fed: usize,
}

/// The window as the scenario's [`Driver`], as [`crate::window::replay::play`] drives it, with
/// a look at the panel before each event: a step can pass through screens (a certificate
/// step with its options goes through the options screen to the copies), and an input made
/// there (the options screen's Next) gets that screen's picture.
struct Stepper<'a, 'b, 'd> {
    app: &'a mut KioskApp,
    playing: &'a mut Playing<'b, 'd>,
}

impl Driver for Stepper<'_, '_, '_> {
    fn session(&self) -> &Session {
        self.app.session()
    }
    fn feed(&mut self, ev: Event) -> Result<Handled, SessionError> {
        let p = &mut *self.playing;
        if p.fed > 0 {
            let made = p.assigner.within(p.step, &self.app.shown_screen());
            p.drawer.state(self.app, p.timeline, &made, &mut p.out);
        }
        p.fed += 1;
        replay::Window {
            app: &mut *self.app,
        }
        .feed(ev)
    }
    fn walk_away(&mut self) {
        self.app.walk_away();
    }
}

/// Plays `sc` on `app` and draws the state each input of `t` was made on.
pub fn draw(app: &mut KioskApp, sc: &Scenario, t: &Timeline, d: &mut Drawer<'_>) -> Pictures {
    let steps: Vec<(&str, u64)> = sc
        .steps
        .iter()
        .map(|s| match s.action {
            Action::Wait(secs) => (s.action.name(), u64::from(secs) * 1000),
            _ => (s.action.name(), 0),
        })
        .collect();
    let mut p = Playing {
        assigner: Assigner::new(&t.inputs, &steps),
        drawer: d,
        timeline: t,
        out: Pictures {
            of_input: vec![None; t.inputs.len()],
            broke: None,
        },
        step: 0,
        fed: 0,
    };
    let made = p.assigner.at(0, &app.shown_screen());
    p.drawer.state(app, t, &made, &mut p.out);
    let played = {
        let mut stepper = Stepper {
            app: &mut *app,
            playing: &mut p,
        };
        play(sc, &mut stepper, |k, s| {
            let p = &mut *s.playing;
            (p.step, p.fed) = (k + 1, 0);
            let made = p.assigner.at(k + 1, &s.app.shown_screen());
            p.drawer.state(s.app, p.timeline, &made, &mut p.out);
            Ok(())
        })
    };
    match played {
        Ok(_) => {
            let made = p.assigner.rest();
            p.drawer.state(app, t, &made, &mut p.out);
        }
        Err(e) => p.out.broke = Some(short(&e)),
    }
    p.out
}

/// A replay's error in one line.
fn short(e: &RunError) -> String {
    e.to_string().lines().next().unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tap_on_the_pager_is_known_by_its_name_in_the_panels_language() {
        let app = KioskApp::new(crate::report::tour::options("fujifilm", "ja")).expect("kiosk");
        let tap = |target: &str| Input {
            t_ms: 0,
            kind: InputKind::Tap,
            x: Some(1.0),
            y: Some(1.0),
            screen: "language".into(),
            target: Some(target.into()),
            disabled: false,
            event: None,
        };
        let next = app.i18n().t("page-next");
        let previous = app.i18n().t("page-previous");
        assert_eq!(page_turn(&app, &tap(&next), 0), Some(1));
        assert_eq!(page_turn(&app, &tap(&previous), 2), Some(1));
        assert_eq!(page_turn(&app, &tap(&previous), 0), None);
        assert_eq!(
            page_turn(&app, &tap("Next page, but not in Japanese"), 0),
            None
        );
    }
}
