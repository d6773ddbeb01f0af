//! The My Number Card: the 12-digit My Number and its check digit, how long the card and its
//! user-identification certificate are valid, and the 4-digit PIN with its failure counter.
//!
//! Nothing here ever stores, prints or puts into an error message a PIN, and a My Number is
//! only ever shown masked by [`Debug`](std::fmt::Debug).

use chrono::{Datelike, NaiveDate};
use sha2::{Digest, Sha256};

/// Errors about a card, its number or its PIN. No message ever contains a PIN or a full My
/// Number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CardError {
    /// A My Number containing something other than the digits 0–9.
    #[error("a My Number consists of the digits 0-9 only")]
    MyNumberNotDigits,
    /// A My Number of the wrong length.
    #[error("a My Number has 12 digits, this has {0}")]
    MyNumberLength(usize),
    /// A My Number whose last digit is not the check digit of the first 11.
    #[error("the check digit (last digit) of the My Number does not match")]
    MyNumberCheckDigit,
    /// A prefix for [`my_number_from_prefix`] that is not 11 digits.
    #[error("a My Number prefix is exactly 11 digits 0-9")]
    PrefixFormat,
    /// A PIN that is not exactly 4 ASCII digits.
    #[error("the PIN must be exactly 4 digits 0-9")]
    PinFormat,
    /// A wrong PIN; `tries_left` more wrong entries lock the card (at least 1).
    #[error("wrong PIN: {tries_left} tries left before the card locks")]
    WrongPin {
        /// Wrong entries still allowed before the lock.
        tries_left: u8,
    },
    /// The PIN is locked (3 consecutive failures): only City Hall can unlock it.
    #[error("the PIN is locked after 3 wrong entries; it can be reset only at City Hall")]
    PinLocked,
    /// The operating system's random source failed.
    #[error("no random numbers available for the PIN salt: {0}")]
    Random(String),
}

// ---------------------------------------------------------------------------------------------
// My Number
// ---------------------------------------------------------------------------------------------

/// Weights of the first 11 digits, from the left.
const WEIGHTS: [u32; 11] = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// A 12-digit My Number whose last digit is a valid check digit.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct MyNumber(String);

impl MyNumber {
    /// Parses exactly 12 ASCII digits (no spaces, hyphens or full-width digits) whose last digit
    /// is the check digit of the first 11.
    pub fn parse(s: &str) -> Result<Self, CardError> {
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CardError::MyNumberNotDigits);
        }
        let digits = digit_values(s);
        let Some((first11, check)) = split_check(&digits) else {
            return Err(CardError::MyNumberLength(s.len()));
        };
        if check_digit(&first11) != check {
            return Err(CardError::MyNumberCheckDigit);
        }
        Ok(MyNumber(s.to_owned()))
    }

    /// The 12 digits. Handle with care: show [`masked`](Self::masked) in logs and on screens.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// "**** **** 3214" for logs
    pub fn masked(&self) -> String {
        format!("**** **** {}", self.0.get(8..).unwrap_or("****"))
    }
}

impl std::fmt::Debug for MyNumber {
    /// Prints the masked form only.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("MyNumber").field(&self.masked()).finish()
    }
}

fn digit_values(s: &str) -> Vec<u8> {
    s.bytes().map(|b| b.wrapping_sub(b'0')).collect()
}

fn split_check(digits: &[u8]) -> Option<([u8; 11], u8)> {
    let (check, first) = digits.split_last()?;
    let first11: [u8; 11] = first.try_into().ok()?;
    Some((first11, *check))
}

/// Check digit of the first 11 digits: weights 6,5,4,3,2,7,6,5,4,3,2 from the left; r = sum mod 11; 0 if r <= 1 else 11 - r.
///
/// `first11` holds digit values 0–9 (not ASCII codes). The result is 0–9.
pub fn check_digit(first11: &[u8; 11]) -> u8 {
    let r = weighted_sum(first11) % 11;
    if r <= 1 {
        0
    } else {
        // r is 2..=10 here, so the result is 1..=9.
        u8::try_from(11 - r).unwrap_or(0)
    }
}

fn weighted_sum(first11: &[u8; 11]) -> u32 {
    first11
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| u32::from(d) * w)
        .sum()
}

/// Builds a valid synthetic number from an 11-digit prefix (for tests and persona generation).
pub fn my_number_from_prefix(prefix: &str) -> Result<MyNumber, CardError> {
    if prefix.len() != 11 || !prefix.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CardError::PrefixFormat);
    }
    let digits = digit_values(prefix);
    let first11: [u8; 11] = digits
        .as_slice()
        .try_into()
        .map_err(|_| CardError::PrefixFormat)?;
    let check = char::from(b'0' + check_digit(&first11));
    Ok(MyNumber(format!("{prefix}{check}")))
}

// ---------------------------------------------------------------------------------------------
// Birthdays and validity
// ---------------------------------------------------------------------------------------------

/// Applications made on or after this date count 18-year-olds as adults (10-year card);
/// before it the threshold was 20 (Civil Code age of majority, changed 1 April 2022).
pub const ADULT_AT_18_FROM: NaiveDate = match NaiveDate::from_ymd_opt(2022, 4, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// Cards run to the 10th birthday after issue for adults.
pub const ADULT_CARD_BIRTHDAYS: u32 = 10;
/// Cards of minors, and every electronic certificate, run to the 5th birthday after issue.
pub const SHORT_BIRTHDAYS: u32 = 5;

/// The date of the birthday in `year`; a 29 Feb birthday falls on 28 Feb in a common year (document this decision).
///
/// Decision: in a common year the birthday of someone born on 29 February is **28 February**,
/// so validity computed from it ends on 28 Feb and never runs into March. Ages follow the law
/// instead ([`age_on`]). For a year outside chrono's range the result saturates to
/// `NaiveDate::MAX` / `NaiveDate::MIN`.
pub fn birthday_in(born: NaiveDate, year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, born.month(), born.day())
        .or_else(|| {
            (born.month() == 2 && born.day() == 29)
                .then(|| NaiveDate::from_ymd_opt(year, 2, 28))
                .flatten()
        })
        .unwrap_or(if year > born.year() {
            NaiveDate::MAX
        } else {
            NaiveDate::MIN
        })
}

/// The n-th birthday strictly after `issued` (a birthday on the issue day does not count).
///
/// `n == 0` returns `issued`. The day of birth itself is not a birthday: if `issued` is before
/// `born`, the first birthday counted is the first anniversary. Saturates at `NaiveDate::MAX`.
pub fn nth_birthday_after(born: NaiveDate, issued: NaiveDate, n: u32) -> NaiveDate {
    if n == 0 {
        return issued;
    }
    let mut first_year = issued.year();
    if birthday_in(born, first_year) <= issued {
        first_year = first_year.saturating_add(1);
    }
    first_year = first_year.max(born.year().saturating_add(1));
    let year = i32::try_from(n - 1)
        .ok()
        .and_then(|k| first_year.checked_add(k));
    match year {
        Some(y) => birthday_in(born, y),
        None => NaiveDate::MAX,
    }
}

/// The age held on the day `on`, by the Act on Age Calculation (年齢計算ニ関スル法律) with
/// Civil Code art. 143: a person reaches an age at the end of the day before the birthday, so
/// the birthday itself is the first day of the new age; for someone born on 29 February the
/// year ends on the last day of February, so in a common year the new age starts on 1 March.
///
/// 0 before the first birthday (and for `on` before `born`). Every age check uses it: under
/// 15, and the 18 / 20 thresholds of the card's validity.
pub fn age_on(born: NaiveDate, on: NaiveDate) -> u32 {
    if on <= born {
        return 0;
    }
    let first_day = |year: i32| {
        NaiveDate::from_ymd_opt(year, born.month(), born.day())
            .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
            .unwrap_or(NaiveDate::MAX)
    };
    let mut years = on.year() - born.year();
    if first_day(on.year()) > on {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

/// The age from which a holder counts as adult for the card's validity, given the date the
/// card was applied for: 20 before [`ADULT_AT_18_FROM`], 18 from it.
pub fn adult_age_for(applied: NaiveDate) -> u32 {
    if applied < ADULT_AT_18_FROM { 20 } else { 18 }
}

/// Last valid day of the card: 10th birthday after issue if the holder was adult at issue (>= 18, or >= 20 when `applied` < 2022-04-01), else the 5th; capped by `stay_until` (period of stay) if given and earlier.
///
/// The card is valid on the returned day and expired from the next day. "Adult at issue" is
/// [`age_on`]`(born, issued)`.
pub fn card_valid_until(
    born: NaiveDate,
    applied: NaiveDate,
    issued: NaiveDate,
    stay_until: Option<NaiveDate>,
) -> NaiveDate {
    let n = if age_on(born, issued) >= adult_age_for(applied) {
        ADULT_CARD_BIRTHDAYS
    } else {
        SHORT_BIRTHDAYS
    };
    let until = nth_birthday_after(born, issued, n);
    match stay_until {
        Some(stay) if stay < until => stay,
        _ => until,
    }
}

/// Last valid day of the user-identification certificate: 5th birthday after its issue, any age.
pub fn certificate_valid_until(born: NaiveDate, cert_issued: NaiveDate) -> NaiveDate {
    nth_birthday_after(born, cert_issued, SHORT_BIRTHDAYS)
}

// ---------------------------------------------------------------------------------------------
// PIN
// ---------------------------------------------------------------------------------------------

/// Youngest age that may use the kiosk.
pub const MIN_AGE: u32 = 15;

/// Consecutive wrong entries of the user-identification PIN that lock it.
pub const PIN_MAX_FAILURES: u8 = 3;

/// Digits in a card's user-authentication PIN (利用者証明用電子証明書の暗証番号: 4 digits).
/// The one place the length is written; the panel's pad and the keypad read it.
pub const PIN_LEN: usize = 4;

/// 4 ASCII digits.
pub fn is_pin_format(pin: &str) -> bool {
    pin.len() == PIN_LEN && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Domain separation for the PIN hash, so it cannot be confused with any other SHA-256 use.
const PIN_HASH_DOMAIN: &[u8] = b"kofu/pin-hash/v1\0";

/// A salted SHA-256 of a PIN (random 16-byte salt from getrandom). Debug prints no hash bytes. Never store or print the PIN.
#[derive(Clone)]
pub struct PinHash {
    salt: [u8; 16],
    hash: [u8; 32],
}

impl PinHash {
    /// Hashes a 4-digit PIN with a fresh random salt; rejects anything but 4 ASCII digits.
    pub fn new(pin: &str) -> Result<Self, CardError> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| CardError::Random(e.to_string()))?;
        Self::with_salt(pin, salt)
    }

    /// Hashes a 4-digit PIN with a given salt (for reproducible tests and replays).
    pub fn with_salt(pin: &str, salt: [u8; 16]) -> Result<Self, CardError> {
        if !is_pin_format(pin) {
            return Err(CardError::PinFormat);
        }
        Ok(PinHash {
            salt,
            hash: digest(&salt, pin),
        })
    }

    /// Whether `pin` is the hashed PIN. The hash comparison takes the same time whatever
    /// bytes differ. Anything not 4 ASCII digits is simply wrong.
    pub fn verify(&self, pin: &str) -> bool {
        if !is_pin_format(pin) {
            return false;
        }
        constant_time_eq(&self.hash, &digest(&self.salt, pin))
    }
}

impl std::fmt::Debug for PinHash {
    /// Prints neither salt nor hash.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PinHash(<redacted>)")
    }
}

fn digest(salt: &[u8; 16], pin: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(PIN_HASH_DOMAIN);
    h.update(salt);
    h.update(pin.as_bytes());
    h.finalize().into()
}

fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

/// The counter on the card's chip: consecutive failures, locked at 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PinCounter {
    /// Consecutive wrong entries so far (0–3).
    pub failures: u8,
}

impl PinCounter {
    /// A counter at `failures`, clamped to 0–3.
    pub fn with_failures(failures: u8) -> Self {
        PinCounter {
            failures: failures.min(PIN_MAX_FAILURES),
        }
    }

    /// Locked after 3 consecutive failures.
    pub fn is_locked(&self) -> bool {
        self.failures >= PIN_MAX_FAILURES
    }

    /// Wrong entries still allowed before the lock (0 when locked).
    pub fn tries_left(&self) -> u8 {
        PIN_MAX_FAILURES.saturating_sub(self.failures)
    }

    /// Counts one wrong entry (saturates at 3).
    pub fn record_failure(&mut self) {
        self.failures = self.failures.saturating_add(1).min(PIN_MAX_FAILURES);
    }

    /// Back to 0 failures (a correct entry, or an unlock at City Hall).
    pub fn reset(&mut self) {
        self.failures = 0;
    }

    /// The counter after one entry: a wrong one counts (up to the lock); a correct one resets
    /// it, unless the card is locked, which only City Hall undoes. The one rule every store
    /// applies inside its lock.
    pub fn after_entry(mut self, correct: bool) -> Self {
        if !correct {
            self.record_failure();
        } else if !self.is_locked() {
            self.reset();
        }
        self
    }

    /// One PIN entry against the card: a locked card refuses without checking
    /// ([`CardError::PinLocked`]); an entry that is not 4 digits is refused with
    /// [`CardError::PinFormat`] and does not count (the keypad cannot send one); a correct PIN
    /// resets the counter; a wrong one counts and returns [`CardError::WrongPin`], or
    /// [`CardError::PinLocked`] when it was the third.
    pub fn try_pin(&mut self, hash: &PinHash, pin: &str) -> Result<(), CardError> {
        if self.is_locked() {
            return Err(CardError::PinLocked);
        }
        if !is_pin_format(pin) {
            return Err(CardError::PinFormat);
        }
        if hash.verify(pin) {
            self.reset();
            return Ok(());
        }
        self.record_failure();
        if self.is_locked() {
            Err(CardError::PinLocked)
        } else {
            Err(CardError::WrongPin {
                tries_left: self.tries_left(),
            })
        }
    }
}

#[cfg(test)]
mod tests;
