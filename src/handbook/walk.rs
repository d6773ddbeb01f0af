//! The normal visit, pictured: the seven steps a resident takes (language → administrative
//! services → card → PIN → certificate → copies → payment) on each vendor's machine, each with
//! the screen the resident acts on, shot while the bundled happy-path scenario of that vendor
//! plays on the off-screen window (the renderer of the refusal pictures).

use std::path::Path;

use crate::handout::{Item, Line, Picture};
use crate::i18n::{Arg, I18n};
use crate::report::offscreen::Offscreen;
use crate::scenario::Action;
use crate::window::{KioskApp, replay, tokens};

use super::Sources;
use super::content::{BODY, H3, h2, vendor_name};
use super::pictures::{snap, ui_options};
use crate::pdf::{INK, NAVY};

/// The seven steps of a normal visit (../shared/DOMAIN.md, "The flow"; the Tsukuba guide).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalkStep {
    /// The copier's home menu, where the language is chosen.
    Language,
    /// Administrative services.
    Services,
    /// The card on the reader.
    Card,
    /// The PIN.
    Pin,
    /// The certificate and its options.
    Certificate,
    /// The number of copies.
    Copies,
    /// Paying.
    Payment,
}

impl WalkStep {
    /// All seven, in order.
    pub const ALL: [WalkStep; 7] = [
        WalkStep::Language,
        WalkStep::Services,
        WalkStep::Card,
        WalkStep::Pin,
        WalkStep::Certificate,
        WalkStep::Copies,
        WalkStep::Payment,
    ];

    /// The key of the step's sentence in `locales/handbook/<lang>.ftl`.
    fn key(self) -> &'static str {
        match self {
            WalkStep::Language => "handbook-walk-language",
            WalkStep::Services => "handbook-walk-services",
            WalkStep::Card => "handbook-walk-card",
            WalkStep::Pin => "handbook-walk-pin",
            WalkStep::Certificate => "handbook-walk-certificate",
            WalkStep::Copies => "handbook-walk-copies",
            WalkStep::Payment => "handbook-walk-payment",
        }
    }

    /// The step a scenario's action begins (the screen before it is the one to show).
    fn begun_by(action: &Action) -> Option<WalkStep> {
        Some(match action {
            Action::Services => WalkStep::Services,
            Action::PlaceCard(_) => WalkStep::Card,
            Action::Pin(_) | Action::PinFromDeck(_) => WalkStep::Pin,
            Action::Certificate(..) => WalkStep::Certificate,
            Action::Copies(_) => WalkStep::Copies,
            Action::Insert(_) => WalkStep::Payment,
            _ => return None,
        })
    }
}

/// One vendor's normal visit, pictured.
#[derive(Debug, Clone)]
pub struct Walk {
    /// The vendor profile's id (`fujifilm`, `sharp`).
    pub vendor: String,
    /// The screens, one per step the scenario reached, in order; a step whose screen is the
    /// one before's (the home menu for the language and for administrative services) has none.
    pub shots: Vec<(WalkStep, Picture)>,
}

/// The bundled happy-path scenario of each vendor, played in `municipality` and `lang`, with
/// the screen before each of the seven steps. A scenario that fails to load or play gives no
/// walk (the section then says the steps without pictures).
pub fn walk_pictures(
    scenarios: &Path,
    municipality: &str,
    lang: &str,
    vendor: &str,
) -> Option<Walk> {
    let mut off = Offscreen::new(tokens::window_size());
    walk_on(&mut off, scenarios, municipality, lang, vendor)
}

/// [`walk_pictures`] on an off-screen window that may have drawn before.
pub(super) fn walk_on(
    off: &mut Offscreen,
    scenarios: &Path,
    municipality: &str,
    lang: &str,
    vendor: &str,
) -> Option<Walk> {
    let file = scenarios.join(format!("happy-resident-{vendor}.toml"));
    let mut sc = crate::scenario::load(&file).ok()?;
    sc.set_language(lang);
    let mut app = KioskApp::new(ui_options(&sc, municipality, lang)?).ok()?;
    let mut shots = vec![(WalkStep::Language, snap(off, &mut app))];
    let steps = sc.steps.clone();
    replay::play(&mut app, &sc, |i, w| {
        let next = steps.get(i + 1).and_then(|s| WalkStep::begun_by(&s.action));
        if let Some(step) = next
            && !shots.iter().any(|(s, _)| *s == step)
        {
            let pic = snap(off, w.app);
            // The home menu serves two steps (the language, then administrative services):
            // its picture is printed once, at the first.
            if shots.last().is_none_or(|(_, last)| last.rgb != pic.rgb) {
                shots.push((step, pic));
            }
        }
        Ok(())
    })
    .ok()?;
    Some(Walk {
        vendor: sc.vendor.clone(),
        shots,
    })
}

/// Printed width of a walk picture: two side by side would be too small to read, so one per
/// step, smaller than a refusal's.
const WALK_WIDTH: f32 = 210.0;

/// The section: per vendor, each step's sentence with its screen.
pub(super) fn walk_section(v: &mut Vec<Item>, i: &I18n, s: &Sources<'_>) {
    h2(v, i.t("handbook-walk"));
    v.push(Item::Text(Line::new(
        i.t("handbook-walk-intro"),
        BODY,
        0.0,
        INK,
    )));
    for vendor in s.vendors {
        let walk = s.walks.iter().find(|w| w.vendor == vendor.id);
        v.push(Item::Gap(6.0));
        v.push(Item::Heading(Line::new(
            i.ta(
                "handbook-walk-vendor",
                &[("vendor", Arg::Str(vendor_name(i, vendor)))],
            ),
            H3,
            0.0,
            NAVY,
        )));
        for step in WalkStep::ALL {
            let mut block = vec![
                Item::Gap(4.0),
                Item::Text(Line::new(i.t(step.key()), BODY, 10.0, INK)),
            ];
            if let Some((_, pic)) = walk.and_then(|w| w.shots.iter().find(|(s, _)| *s == step)) {
                let mut pic = pic.clone();
                pic.shown_width = WALK_WIDTH;
                pic.indent = 20.0;
                block.push(Item::Gap(2.0));
                block.push(Item::Picture(pic));
            }
            v.push(Item::Keep(block));
        }
    }
}
