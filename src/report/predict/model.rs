//! The numbers of `kofu predict`'s model, each with its source (README "Predicted time on
//! task" lists them again). Operators follow the Keystroke-Level Model (Card, Moran & Newell
//! 1980, "The Keystroke-Level Model for user performance time with interactive systems",
//! CACM 23(7)); reaching a control follows Fitts' law.

/// Who is predicted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum User {
    /// A practised adult (the KLM's expert user).
    Skilled,
    /// An older adult: the factors of [`Factors::older`].
    Older,
}

impl User {
    /// `skilled` or `older`.
    pub fn name(self) -> &'static str {
        match self {
            User::Skilled => "skilled",
            User::Older => "older",
        }
    }

    /// Parses `skilled` or `older`.
    pub fn from_name(s: &str) -> Option<Self> {
        match s {
            "skilled" => Some(User::Skilled),
            "older" => Some(User::Older),
            _ => None,
        }
    }

    /// The slowing factors for this user.
    pub fn factors(self) -> Factors {
        match self {
            User::Skilled => Factors {
                motor: 1.0,
                mental: 1.0,
                reading: 1.0,
            },
            User::Older => Factors::older(),
        }
    }
}

/// Multipliers on the skilled user's times.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Factors {
    /// Reaching, tapping and machine actions.
    pub motor: f64,
    /// Mental preparation (M).
    pub mental: f64,
    /// Reading.
    pub reading: f64,
}

impl Factors {
    /// Older adults (65+). Movement: ageing studies of aimed movements report older adults
    /// 1.3–2 times slower than young adults (Ketcham & Stelmach 2001, "Age-related declines in
    /// motor control", Handbook of the Psychology of Aging, 5th ed.); kofu takes 1.5.
    /// Cognition: Cerella's meta-analysis of response times (1985, Psychological Bulletin
    /// 98(1)) found older adults' times about 1.5 times young adults' (general slowing); kofu
    /// takes 1.5 for M. Reading: kofu takes 1.3 (older readers are slower, not by as much as
    /// in choice tasks). The factors are kofu's choices within those reports, not measured on
    /// this kiosk.
    pub fn older() -> Self {
        Self {
            motor: 1.5,
            mental: 1.5,
            reading: 1.3,
        }
    }
}

/// KLM M: mental preparation before each decision (Card, Moran & Newell 1980: 1.35 s).
pub const MENTAL_S: f64 = 1.35;

/// Fitts' law throughput of direct finger touch, bits per second (MacKenzie 2015, "Fitts'
/// throughput and the remarkable case of touch-based target selection", HCII 2015, LNCS 9170:
/// 6.95 bit/s on a touchscreen). Movement time is ID / TP, ID = log2(D / W + 1) (Shannon form),
/// W the smaller side of the control (MacKenzie & Buxton 1992, "Extending Fitts' law to
/// two-dimensional tasks", CHI '92).
pub const TOUCH_THROUGHPUT_BPS: f64 = 6.95;

/// Pressing and releasing once the finger is there: the KLM's button press and release
/// (B = 0.1 s each; Card, Moran & Newell 1980).
pub const PRESS_S: f64 = 0.2;

/// KLM K for a key of the machine's keypad: the "average non-secretary typist" (0.28 s; Card,
/// Moran & Newell 1980) — a 12-key pad used now and then.
pub const KEY_S: f64 = 0.28;

/// Machine actions (kofu's estimates — no published study times these parts of this kiosk;
/// change them here and say so):
/// placing the card flat on the reader.
pub const PLACE_CARD_S: f64 = 2.0;
/// Taking the card off the reader.
pub const REMOVE_CARD_S: f64 = 1.5;
/// Putting one coin into the slot.
pub const COIN_S: f64 = 1.2;
/// Feeding one note into the note validator (it draws the note in and checks it).
pub const NOTE_S: f64 = 3.0;
/// Taking the certificates, the card and the change out of the trays.
pub const TAKE_ITEMS_S: f64 = 3.0;

/// Reading rates in characters per minute, by script, from the International Reading Speed
/// Texts (Trauzettel-Klosinski, Dietz et al. 2012, "Standardized assessment of reading
/// performance: the new International Reading Speed Texts IReST", IOVS 53(9)): Japanese 357,
/// Chinese 255, and for alphabetic scripts the 17 languages' mean, 863. Korean, Thai and
/// Nepali are not in IReST: kofu reads Hangul at the Japanese rate and Thai and Devanagari at
/// the alphabetic mean (assumptions).
pub fn chars_per_minute(lang: &str) -> f64 {
    match lang {
        "ja" | "ko" => 357.0,
        "zh-Hans" => 255.0,
        _ => 863.0,
    }
}

/// Seconds to read `text` in `lang` (characters other than spaces and punctuation counted).
pub fn reading_s(text: &str, lang: &str) -> f64 {
    let n = text
        .chars()
        .filter(|c| c.is_alphanumeric() || (!c.is_ascii() && !c.is_whitespace()))
        .filter(|c| !matches!(c, '／' | '、' | '。' | '・' | '（' | '）' | '「' | '」'))
        .count();
    n as f64 / chars_per_minute(lang) * 60.0
}

/// Fitts' movement time (without the press) from a point to a control, in seconds:
/// `distance_mm` centre to centre, `width_mm` the control's smaller side.
pub fn fitts_s(distance_mm: f64, width_mm: f64) -> f64 {
    if width_mm <= 0.0 {
        return 0.0;
    }
    (distance_mm / width_mm + 1.0).log2() / TOUCH_THROUGHPUT_BPS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitts_grows_with_distance_and_shrinks_with_size() {
        assert_eq!(fitts_s(0.0, 10.0), 0.0);
        // D = 70 mm, W = 10 mm: ID = log2(8) = 3 bits, 3 / 6.95 s.
        assert!((fitts_s(70.0, 10.0) - 3.0 / 6.95).abs() < 1e-12);
        assert!(fitts_s(140.0, 10.0) > fitts_s(70.0, 10.0));
        assert!(fitts_s(70.0, 20.0) < fitts_s(70.0, 10.0));
    }

    #[test]
    fn reading_counts_letters_at_the_script_rate() {
        // 863 letters a minute: 14.38… a second.
        assert!((reading_s("Hello, world", "en") - 10.0 / 863.0 * 60.0).abs() < 1e-9);
        assert!((reading_s("証明書の交付", "ja") - 6.0 / 357.0 * 60.0).abs() < 1e-9);
    }
}
