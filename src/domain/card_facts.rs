//! Facts about a card that the deck may state and the kiosk must weigh right: the signature
//! certificate (which the kiosk never uses) and the continuation procedure after a move (which
//! decides whether the card still exists).
//!
//! Sources: the seed guide (`/work/shared/seed/…tsukuba-2023.txt`) §5(1) — the signature
//! certificate "loses its validity if the holder … changes his/her name or address", the
//! user-identification certificate "does not lose its validity by changing the name or
//! address", and only the latter prints certificates at convenience stores — and §6(1): the
//! "procedure to continue to use your My Number Card" is due "within 90 days from the date you
//! completed move-in procedure", else "your My Number Card will expire" (住民基本台帳法施行令
//! 第34条 (個人番号カードの失効) is the legal ground the guide paraphrases).

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::card::{age_on, certificate_valid_until};
use crate::domain::registry::{Card, Person};

/// Days after the move-in notice within which the continuation procedure (継続利用手続) keeps
/// the card (seed guide §6(1)). The notice day is day 0; day 90 is the last good day.
pub const CONTINUATION_DAYS: u32 = 90;

/// The youngest age at which a signature certificate is issued (J-LIS: 署名用電子証明書 is not
/// issued to holders under 15, who cannot sign alone).
pub const SIGNATURE_MIN_AGE: u32 = 15;

/// The signature certificate's state (署名用電子証明書). The kiosk never reads it (it uses the
/// user-identification certificate): it is shown to trainers because residents confuse the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureCert {
    /// Issued and in force.
    Valid,
    /// Past its validity date (the 5th birthday after issue, like the user certificate).
    Expired,
    /// Revoked: by a change of name or address, by request, or with a suspended card.
    Revoked,
    /// Never issued (under 15 at issue, or declined by the holder).
    None,
}

impl SignatureCert {
    /// The snake_case code, as a deck writes it; `facts-signature-<code>` names it in words.
    pub fn code(self) -> &'static str {
        match self {
            SignatureCert::Valid => "valid",
            SignatureCert::Expired => "expired",
            SignatureCert::Revoked => "revoked",
            SignatureCert::None => "none",
        }
    }
}

/// The signature certificate's state on a day and why: the date the state began when known
/// (the expiry day, the change of name or address).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SignatureStatus {
    /// Valid, expired, revoked or never issued.
    pub state: SignatureCert,
    /// Revoked: the day of the change of name or address; expired: the last valid day.
    pub since: Option<NaiveDate>,
}

/// The signature certificate of `card` on `today`. The deck's `signature_cert` wins when
/// written; otherwise it was issued with the user certificate (`cert_issued`) to a holder of
/// 15 or more, is revoked by the first change of name (`name_changed_on`) or address (a later
/// `moved_in` or `address_history` entry) after that, and expires when the user certificate
/// would (5th birthday after issue).
pub fn signature_status(card: &Card, holder: &Person, today: NaiveDate) -> SignatureStatus {
    let status = |state, since| SignatureStatus { state, since };
    if let Some(state) = card.signature_cert {
        return status(state, None);
    }
    if age_on(holder.born, card.cert_issued) < SIGNATURE_MIN_AGE {
        return status(SignatureCert::None, None);
    }
    if card.suspended {
        return status(SignatureCert::Revoked, None);
    }
    let changed = holder
        .address_history
        .iter()
        .filter_map(|a| NaiveDate::parse_from_str(&a.from, "%Y-%m-%d").ok())
        .chain(holder.moved_in)
        .chain(holder.name_changed_on)
        .filter(|d| *d > card.cert_issued && *d <= today)
        .min();
    if let Some(d) = changed {
        return status(SignatureCert::Revoked, Some(d));
    }
    let until = certificate_valid_until(holder.born, card.cert_issued);
    if today > until {
        return status(SignatureCert::Expired, Some(until));
    }
    status(SignatureCert::Valid, None)
}

/// The last day a card brought from another municipality is good without the continuation
/// procedure: the move-in notice plus [`CONTINUATION_DAYS`].
pub fn continuation_deadline(notice: NaiveDate) -> NaiveDate {
    notice
        .checked_add_days(Days::new(u64::from(CONTINUATION_DAYS)))
        .unwrap_or(NaiveDate::MAX)
}

/// The day the card lapsed for want of the continuation procedure, if it has on `today`: a
/// card with a `move_in_notice` whose procedure (`continued_on`) was not done by `today`, past
/// the deadline. `None` when no move is pending, the procedure was done, or the deadline is
/// still ahead.
pub fn continuation_lapsed(card: &Card, today: NaiveDate) -> Option<NaiveDate> {
    let notice = card.move_in_notice?;
    let deadline = continuation_deadline(notice);
    let done = card.continued_on.is_some_and(|d| d <= today);
    (!done && today > deadline).then_some(deadline)
}
