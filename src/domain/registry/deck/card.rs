//! `[[card]]` as written and its checks: dates in order, a valid My Number, a PIN or a phone
//! that needs none.

use serde::Deserialize;
use toml::Spanned;

use super::{date, ident, opt_date};
use crate::domain::card::{MyNumber, PIN_MAX_FAILURES, PinHash};
use crate::domain::card_facts::{CONTINUATION_DAYS, SignatureCert, continuation_deadline};
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
    #[serde(default)]
    pub(in crate::domain::registry) signature_cert: Option<SignatureCert>,
    #[serde(default)]
    pub(in crate::domain::registry) move_in_notice: Option<Spanned<String>>,
    #[serde(default)]
    pub(in crate::domain::registry) continued_on: Option<Spanned<String>>,
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
    let (move_in_notice, continued_on) = continuation(c, issued, src)?;
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
        signature_cert: c.signature_cert,
        move_in_notice,
        continued_on,
    })
}

/// The move-in notice and the continuation procedure: the notice is after the card's issue
/// (the card came with the holder), the procedure needs a notice and falls within
/// [`CONTINUATION_DAYS`] of it (a lapsed card cannot be continued: it is replaced).
fn continuation(
    c: &RawCard,
    issued: chrono::NaiveDate,
    src: &Source,
) -> Result<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>), InputError> {
    let notice = opt_date(&c.move_in_notice, src)?;
    let done = opt_date(&c.continued_on, src)?;
    if let (Some(n), Some(raw)) = (notice, &c.move_in_notice)
        && n < issued
    {
        return Err(src.error_at(
            Some(raw.span()),
            "move_in_notice is before the card was issued (it is the move-in notice at the \
             present municipality, for a card brought from the previous one)",
        ));
    }
    match (notice, done, &c.continued_on) {
        (None, Some(_), Some(raw)) => Err(src.error_at(
            Some(raw.span()),
            "continued_on needs move_in_notice, the move-in notice the procedure follows",
        )),
        (Some(n), Some(d), Some(raw)) if d < n || d > continuation_deadline(n) => Err(src
            .error_at(
                Some(raw.span()),
                format!(
                    "continued_on must fall within {CONTINUATION_DAYS} days of move_in_notice \
                     ({n} to {}); after that the card has lapsed and cannot be continued",
                    continuation_deadline(n)
                ),
            )),
        _ => Ok((notice, done)),
    }
}
