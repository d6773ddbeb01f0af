//! A card as the registry holds it after loading (the deck's `[[card]]`, checked).

use chrono::NaiveDate;

use super::CardKind;
use crate::domain::card::{MyNumber, PinHash};
use crate::domain::card_facts::SignatureCert;

/// A My Number Card or a phone carrying its certificate.
#[derive(Debug, Clone)]
pub struct Card {
    /// Id used by scenarios (`use_card`).
    pub id: String,
    /// Person id of the holder.
    pub holder: String,
    /// Card or phone.
    pub kind: CardKind,
    /// The (synthetic) My Number.
    pub my_number: MyNumber,
    /// Date of application (decides the 18/20 age threshold).
    pub applied: NaiveDate,
    /// Date of issue of the card.
    pub issued: NaiveDate,
    /// Date of issue of the user-identification certificate.
    pub cert_issued: NaiveDate,
    /// Salted hash of the 4-digit PIN (none for an iPhone).
    pub pin: Option<PinHash>,
    /// Consecutive PIN failures on the chip when the deck was written.
    pub failures: u8,
    /// Suspended (reported lost or stolen).
    pub suspended: bool,
    /// The user-identification certificate was revoked.
    pub cert_revoked: bool,
    /// The PIN was last changed (or reset) on this date.
    pub pin_changed_on: Option<NaiveDate>,
    /// The signature certificate's state as the deck writes it (`signature_cert`); absent, it
    /// is derived from the dates ([`crate::domain::card_facts::signature_status`]).
    pub signature_cert: Option<SignatureCert>,
    /// The move-in notice (転入届) at the present municipality, for a card issued by the
    /// previous one: the card lapses 90 days later without the continuation procedure.
    /// Absent (the default): no such move is pending.
    pub move_in_notice: Option<NaiveDate>,
    /// The continuation procedure (継続利用手続) was done on this day.
    pub continued_on: Option<NaiveDate>,
}
