//! `[[card]]` as written and its checks: dates in order, a valid My Number, a PIN or a phone
//! that needs none.

use serde::Deserialize;
use toml::Spanned;

use super::{date, ident, opt_date};
use crate::domain::card::{MyNumber, PIN_MAX_FAILURES, PinHash};
use crate::domain::registry::{Card, CardKind, Registry};
use crate::error::{InputError, Source};

/// `[[card]]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCard {
    pub(in crate::domain::registry) id: Spanned<String>,
    pub(in crate::domain::registry) holder: Spanned<String>,
    #[serde(default = "card_kind")]
    pub(in crate::domain::registry) kind: CardKind,
    pub(in crate::domain::registry) my_number: Spanned<String>,
    pub(in crate::domain::registry) applied: Spanned<String>,
    pub(in crate::domain::registry) issued: Spanned<String>,
    pub(in crate::domain::registry) cert_issued: Spanned<String>,
    #[serde(default)]
    pub(in crate::domain::registry) pin: Option<Spanned<String>>,
    #[serde(default)]
    pub(in crate::domain::registry) failures: Option<Spanned<u8>>,
    #[serde(default)]
    pub(in crate::domain::registry) suspended: bool,
    #[serde(default)]
    pub(in crate::domain::registry) cert_revoked: bool,
    #[serde(default)]
    pub(in crate::domain::registry) pin_changed_on: Option<Spanned<String>>,
}

fn card_kind() -> CardKind {
    CardKind::Card
}

pub(in crate::domain::registry) fn card_from_raw(
    c: &RawCard,
    reg: &Registry,
    src: &Source,
) -> Result<Card, InputError> {
    let id = ident(&c.id, src)?;
    let holder = ident(&c.holder, src)?;
    let Some(person) = reg.persons.get(&holder) else {
        return Err(src.error_at(
            Some(c.holder.span()),
            format!("unknown person `{holder}` (declare [[person]] before the cards)"),
        ));
    };
    let my_number = MyNumber::parse(c.my_number.get_ref())
        .map_err(|e| src.error_at(Some(c.my_number.span()), format!("invalid My Number: {e}")))?;
    let applied = date(&c.applied, src)?;
    let issued = date(&c.issued, src)?;
    let cert_issued = date(&c.cert_issued, src)?;
    if issued < applied {
        return Err(src.error_at(Some(c.issued.span()), "issued is before applied"));
    }
    if applied < person.born {
        return Err(src.error_at(
            Some(c.applied.span()),
            "applied is before the holder's birth",
        ));
    }
    if cert_issued < issued {
        return Err(src.error_at(
            Some(c.cert_issued.span()),
            "cert_issued is before the card was issued",
        ));
    }
    let pin = match (&c.pin, c.kind.uses_pin()) {
        (Some(p), _) => Some(PinHash::new(p.get_ref()).map_err(|_| {
            // Never echo the value: it is a PIN.
            src.error_at(Some(p.span()), "pin must be exactly 4 digits")
        })?),
        (None, true) => {
            return Err(src.error_at(
                Some(c.id.span()),
                format!("card `{id}` needs a 4-digit `pin` (only kind = \"iphone\" has none)"),
            ));
        }
        (None, false) => None,
    };
    let failures = c
        .failures
        .as_ref()
        .map_or(Ok(0), |f| src.in_range("failures", f, 0..=PIN_MAX_FAILURES))?;
    Ok(Card {
        id,
        holder,
        kind: c.kind,
        my_number,
        applied,
        issued,
        cert_issued,
        pin,
        failures,
        suspended: c.suspended,
        cert_revoked: c.cert_revoked,
        pin_changed_on: opt_date(&c.pin_changed_on, src)?,
    })
}
