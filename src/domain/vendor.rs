//! Vendor profiles (`assets/vendors/*.toml`): how a copier maker's machine orders its screens
//! and what it accepts. Fujifilm-style machines (Seven-Eleven) read the card as soon as it is
//! placed; Sharp-style machines (Lawson, FamilyMart, Ministop) show a notice to agree to and a
//! "Next" after the card is placed.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{InputError, Source};

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
    /// Most cash the unit holds for one session, in yen.
    pub max_inserted_yen: u32,
    /// Screen labels that differ between vendors (key → Japanese text); the GUI's i18n falls
    /// back to its own strings for keys not here.
    pub labels: BTreeMap<String, String>,
}

impl Vendor {
    /// Loads and validates a profile file.
    pub fn load(path: &Path) -> Result<Self, InputError> {
        let src = Source::read(path)?;
        Self::parse(&src)
    }

    /// Parses and validates a profile held in memory.
    pub fn parse(src: &Source) -> Result<Self, InputError> {
        let raw: RawVendor = src.parse_toml()?;
        if *raw.warning_seconds.get_ref() < 20 {
            return Err(src.error_at(
                Some(raw.warning_seconds.span()),
                "warning_seconds must be at least 20 (accessibility target)",
            ));
        }
        for d in raw.accepted_yen.get_ref() {
            if ![10, 50, 100, 500, 1000, 2000, 5000, 10000].contains(d) {
                return Err(src.error_at(
                    Some(raw.accepted_yen.span()),
                    format!("{d} is not a Japanese coin or note the kiosk could take"),
                ));
            }
        }
        Ok(Vendor {
            id: raw.id,
            name: raw.name,
            consent_screen: raw.consent_screen,
            next_after_card: raw.next_after_card,
            inactivity_seconds: raw.inactivity_seconds.max(10),
            warning_seconds: *raw.warning_seconds.get_ref(),
            accepted_yen: raw.accepted_yen.into_inner(),
            max_inserted_yen: raw.max_inserted_yen,
            labels: raw.labels,
        })
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
    #[serde(default = "sixty")]
    inactivity_seconds: u32,
    warning_seconds: Spanned<u32>,
    accepted_yen: Spanned<Vec<u32>>,
    #[serde(default = "max_cash")]
    max_inserted_yen: u32,
    #[serde(default)]
    labels: BTreeMap<String, String>,
}

fn sixty() -> u32 {
    60
}
fn max_cash() -> u32 {
    10_000
}
