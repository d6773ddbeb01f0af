//! One `[certificates.<kind>]` table of a profile: the fee, the weekday window, and for tax
//! certificates the fiscal years offered and the day the new year is first issued.

use serde::Deserialize;
use toml::Spanned;

use super::{CertificateKind, RawWindow, window};
use crate::domain::calendar::WeekdayWindow;
use crate::error::{InputError, Source};

/// How one certificate is offered by a municipality.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    /// Fee per copy in yen.
    pub fee_yen: u32,
    /// Issued only in this window (e.g. weekdays 8:30–17:15), if set.
    pub window: Option<WeekdayWindow>,
    /// Tax certificates: how many fiscal years are offered (1 = the latest only).
    pub years_offered: u32,
    /// Tax certificates: the month (1–12) from which the new fiscal year is offered.
    pub switch_month: u32,
    /// Resident certificate: whether the kiosk may print the My Number (Tsukuba: no).
    pub my_number_option: bool,
}

/// Fiscal years a tax certificate may offer at once (the kiosks offer the latest one or a few).
pub const YEARS_OFFERED: std::ops::RangeInclusive<u32> = 1..=10;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOffer {
    fee: Spanned<u32>,
    #[serde(default)]
    weekdays_only: Option<RawWindow>,
    #[serde(default)]
    years_offered: Option<Spanned<u32>>,
    #[serde(default)]
    switch_month: Option<Spanned<u32>>,
    #[serde(default)]
    my_number_option: bool,
}

/// One `[certificates.<kind>]` table: the certificate it is about and how it is offered.
pub(super) fn offer(
    key: &Spanned<String>,
    o: &RawOffer,
    src: &Source,
) -> Result<(CertificateKind, Offer), InputError> {
    let Some(kind) = CertificateKind::from_code(key.get_ref()) else {
        return Err(src.error_at(
            Some(key.span()),
            format!(
                "unknown certificate `{}`; expected one of {}",
                key.get_ref(),
                CertificateKind::ALL.map(|k| k.code()).join(", ")
            ),
        ));
    };
    let fee = src.in_range("fee", &o.fee, 1..=10_000)?;
    if fee % 10 != 0 {
        return Err(src.error_at(
            Some(o.fee.span()),
            "fee must be a multiple of 10 yen (the kiosk takes no 1- or 5-yen coins)",
        ));
    }
    let window = match &o.weekdays_only {
        Some(w) => Some(WeekdayWindow::weekdays_only(window(w, src)?)),
        None => None,
    };
    // Defaults: the latest year only, switching in June (DOMAIN.md "the years offered
    // switch over in June").
    let switch_month = o
        .switch_month
        .as_ref()
        .map_or(Ok(6), |m| src.in_range("switch_month", m, 1..=12))?;
    let years_offered = o
        .years_offered
        .as_ref()
        .map_or(Ok(1), |y| src.in_range("years_offered", y, YEARS_OFFERED))?;
    Ok((
        kind,
        Offer {
            fee_yen: fee,
            window,
            years_offered,
            switch_month,
            my_number_option: o.my_number_option,
        },
    ))
}
