//! Vendor profiles (`assets/vendors/*.toml`): how a copier maker's machine orders its screens
//! and what it accepts. Fujifilm-style machines (Seven-Eleven) read the card as soon as it is
//! placed; Sharp-style machines (Lawson, FamilyMart, Ministop) show a notice to agree to and a
//! "Next" after the card is placed.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::domain::registry::CardKind;
use crate::domain::vocab::{Event, Screen};
use crate::error::{InputError, Source};

pub mod look;

use look::{HomeTile, PanelLook, RawLook};

/// A vendor profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Vendor {
    /// Id (`fujifilm`, `sharp`).
    pub id: String,
    /// Name shown to trainers.
    pub name: String,
    /// Shows a notice/consent screen (「同意する」) before the card is placed.
    pub consent_screen: bool,
    /// Waits for "Next" after the card is placed.
    pub next_after_card: bool,
    /// Seconds without input before the inactivity warning.
    pub inactivity_seconds: u32,
    /// Seconds the warning counts down before the session resets (≥ 20).
    pub warning_seconds: u32,
    /// Denominations the cash unit accepts, in yen.
    pub accepted_yen: Vec<u32>,
    /// The most one transaction may cost, in yen, if the machine has a ceiling: checked while
    /// the basket is built (a confirmed basket can always be paid; the cash unit takes money
    /// until the amount due is covered).
    pub max_total_yen: Option<u32>,
    /// The smartphones the reader takes, and from which day (`[[phone]]`).
    pub phones: Vec<PhoneSupport>,
    /// Screen labels that differ between vendors (key → Japanese text); the GUI's i18n falls
    /// back to its own strings for keys not here.
    pub labels: BTreeMap<String, String>,
    /// The services on the copier's home menu, in the machine's order.
    pub home_menu: Vec<HomeTile>,
    /// What the machine looks like (`[look]`).
    pub look: PanelLook,
    /// The panel's physical size and the printer's speed (`[panel]`), for `kofu predict`.
    pub panel: Panel,
}

/// One `[[phone]]` entry: the reader takes this kind of phone from `from`, in stores of
/// `prefecture` only if one is given (Tokyo stores took Android phones first). The store is
/// taken to be in the session's municipality's prefecture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneSupport {
    /// Which phone.
    pub kind: CardKind,
    /// First day the reader takes it.
    pub from: NaiveDate,
    /// Only in stores of this prefecture (as written in the municipality profile, 東京都).
    pub prefecture: Option<String>,
}

/// Range of `max_total_yen`: at least one copy of the cheapest certificate, at most what a
/// session's money arithmetic is checked for.
pub const MAX_TOTAL_YEN_RANGE: std::ops::RangeInclusive<u32> = 100..=1_000_000;

impl Vendor {
    /// Parses and validates a profile held in memory.
    pub fn parse(src: &Source) -> Result<Self, InputError> {
        let raw: RawVendor = src.parse_toml()?;
        // At least 20 s of warning (accessibility target); more than 10 minutes of either is
        // no kiosk's setting.
        let warning_seconds = src.in_range("warning_seconds", &raw.warning_seconds, 20..=600)?;
        let inactivity_seconds = raw
            .inactivity_seconds
            .as_ref()
            .map_or(Ok(60), |s| src.in_range("inactivity_seconds", s, 10..=600))?;
        for d in raw.accepted_yen.get_ref() {
            if ![10, 50, 100, 500, 1000, 2000, 5000, 10000].contains(d) {
                return Err(src.error_at(
                    Some(raw.accepted_yen.span()),
                    format!("{d} is not a Japanese coin or note the kiosk could take"),
                ));
            }
        }
        let max_total_yen = raw
            .max_total_yen
            .as_ref()
            .map(|m| src.in_range("max_total_yen", m, MAX_TOTAL_YEN_RANGE))
            .transpose()?;
        let mut phones = Vec::new();
        for p in &raw.phone {
            if p.kind == CardKind::Card {
                return Err(src.error_at(
                    Some(p.from.span()),
                    "a [[phone]] entry is for `android` or `iphone`: every reader takes the card",
                ));
            }
            phones.push(PhoneSupport {
                kind: p.kind,
                from: crate::domain::registry::date(&p.from, src)?,
                prefecture: p.prefecture.clone(),
            });
        }
        Ok(Vendor {
            id: raw.id,
            name: raw.name,
            consent_screen: raw.consent_screen,
            next_after_card: raw.next_after_card,
            inactivity_seconds,
            warning_seconds,
            accepted_yen: raw.accepted_yen.into_inner(),
            max_total_yen,
            phones,
            labels: raw.labels,
            home_menu: look::home_menu(raw.home_menu.as_ref(), src)?,
            look: raw.look.check(src)?,
            panel: Panel {
                diagonal_in: raw
                    .panel
                    .diagonal_in
                    .as_ref()
                    .map_or(Ok(Panel::DEFAULT_DIAGONAL_IN), |d| {
                        src.in_range("panel.diagonal_in", d, 5.0..=32.0)
                    })?,
                seconds_per_sheet: raw
                    .panel
                    .seconds_per_sheet
                    .as_ref()
                    .map_or(Ok(Panel::DEFAULT_SECONDS_PER_SHEET), |s| {
                        src.in_range("panel.seconds_per_sheet", s, 0.0..=120.0)
                    })?,
            },
        })
    }

    /// The screen after "Cert. issue service": the notice where the machine shows one.
    pub fn screen_after_services(&self) -> Screen {
        if self.consent_screen {
            Screen::Consent
        } else {
            Screen::PlaceCard
        }
    }

    /// Where "Back" from the card screen goes.
    pub fn screen_before_card(&self) -> Screen {
        if self.consent_screen {
            Screen::Consent
        } else {
            Screen::Services
        }
    }

    /// The taps a person makes on this machine before `ev` that a script written for a machine
    /// without these screens leaves out: on the notice, anything but agreeing, going back or
    /// cancelling means agreeing first. Both the headless runner and the window replay send
    /// exactly these events, so one scenario plays the same on every vendor.
    pub fn taps_before(&self, screen: Screen, ev: &Event) -> Option<Event> {
        let passes_notice = !matches!(
            ev,
            Event::Consent
                | Event::Back
                | Event::Cancel
                | Event::Tick(_)
                | Event::Extend
                | Event::Fault { .. }
        );
        (self.consent_screen && screen == Screen::Consent && passes_notice)
            .then_some(Event::Consent)
    }

    /// The tap a person makes on this machine after `ev` when the script goes straight on: a
    /// machine that waits for "Next" after the card is read gets it, unless the script's next
    /// step is that "Next" (or the card was not read).
    pub fn tap_after(
        &self,
        ev: &Event,
        screen: Screen,
        card_read: bool,
        next_is_next: bool,
    ) -> Option<Event> {
        (self.next_after_card
            && matches!(ev, Event::PlaceCard(_))
            && screen == Screen::PlaceCard
            && card_read
            && !next_is_next)
            .then_some(Event::Next)
    }

    /// Whether this machine has the screen a vendor-specific event is for (`Consent`, `Next`);
    /// a script's step for a screen the machine lacks is ignored.
    pub fn has_step(&self, ev: &Event) -> bool {
        match ev {
            Event::Consent => self.consent_screen,
            Event::Next => self.next_after_card,
            _ => true,
        }
    }

    /// The first day this machine, in a store of `prefecture`, takes a phone of `kind`; `None`
    /// if it does not take that phone at all. The plastic card is always taken. An entry for
    /// the store's prefecture wins over the general one.
    pub fn phone_supported_from(&self, kind: CardKind, prefecture: &str) -> Option<NaiveDate> {
        if kind == CardKind::Card {
            return Some(NaiveDate::MIN);
        }
        let of_kind = || self.phones.iter().filter(move |p| p.kind == kind);
        of_kind()
            .find(|p| p.prefecture.as_deref() == Some(prefecture))
            .or_else(|| of_kind().find(|p| p.prefecture.is_none()))
            .map(|p| p.from)
    }

    /// Whether the cash unit takes this denomination.
    pub fn accepts(&self, yen: u32) -> bool {
        self.accepted_yen.contains(&yen)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVendor {
    id: String,
    name: String,
    #[serde(default)]
    consent_screen: bool,
    #[serde(default)]
    next_after_card: bool,
    #[serde(default)]
    inactivity_seconds: Option<Spanned<u32>>,
    warning_seconds: Spanned<u32>,
    accepted_yen: Spanned<Vec<u32>>,
    /// `max_inserted_yen` is the name older profiles used (then a cap on the cash unit, which
    /// could leave a confirmed basket unpayable); it is read as the same ceiling.
    #[serde(default, alias = "max_inserted_yen")]
    max_total_yen: Option<Spanned<u32>>,
    #[serde(default)]
    phone: Vec<RawPhone>,
    #[serde(default)]
    labels: BTreeMap<String, String>,
    #[serde(default)]
    home_menu: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    look: RawLook,
    #[serde(default)]
    panel: RawPanel,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPanel {
    #[serde(default)]
    diagonal_in: Option<Spanned<f64>>,
    #[serde(default)]
    seconds_per_sheet: Option<Spanned<f64>>,
}

/// The touch panel's physical size and the printer's pace: what turns the panel's logical
/// pixels into millimetres for Fitts' law and a printed sheet into seconds (`kofu predict`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Panel {
    /// Diagonal of the 4:3 panel in inches (1024×768 logical pixels fill it).
    pub diagonal_in: f64,
    /// Seconds the printer takes per sheet (a certificate's page pair).
    pub seconds_per_sheet: f64,
}

impl Panel {
    /// A 10.1-inch panel (the size stated for current multifunction copiers' operation
    /// panels is 7–10.1 inches; kofu's guess for both bundled vendors).
    pub const DEFAULT_DIAGONAL_IN: f64 = 10.1;
    /// Seconds per sheet when the profile does not say (kofu's estimate).
    pub const DEFAULT_SECONDS_PER_SHEET: f64 = 8.0;

    /// Millimetres per logical pixel of the 1024×768 panel.
    pub fn mm_per_px(&self) -> f64 {
        // 4:3 → the width is 4/5 of the diagonal.
        self.diagonal_in * 25.4 * 0.8 / 1024.0
    }
}

impl Default for Panel {
    fn default() -> Self {
        Self {
            diagonal_in: Self::DEFAULT_DIAGONAL_IN,
            seconds_per_sheet: Self::DEFAULT_SECONDS_PER_SHEET,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhone {
    kind: CardKind,
    from: Spanned<String>,
    #[serde(default)]
    prefecture: Option<String>,
}
