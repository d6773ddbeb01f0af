//! The machine's 12-key keypad and its two speech-guide keys. A key means nothing to the
//! session: the panel's highlight decides what ○ does, so the window (and the reports that run
//! it off screen) interpret keys. The type lives here, beside the machine's other parts, so a
//! scenario can name keys (`{ do = "key", value = "8" }`) without depending on the window.

/// A key of the keypad (the keyboard maps onto it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PadKey {
    /// 0–9.
    Digit(u8),
    /// ○ Enter.
    Enter,
    /// ← Clear.
    Clear,
    /// × Cancel.
    Cancel,
    /// Speech guide: say the last words again.
    Repeat,
    /// Speech guide: stop speaking.
    Stop,
}

impl PadKey {
    /// The names a scenario file writes, besides the digits `0`–`9`.
    pub const NAMES: [(&'static str, PadKey); 5] = [
        ("enter", PadKey::Enter),
        ("clear", PadKey::Clear),
        ("cancel", PadKey::Cancel),
        ("repeat", PadKey::Repeat),
        ("stop", PadKey::Stop),
    ];

    /// The key a scenario's `value` names (`"0"`–`"9"`, `"enter"`, `"clear"`, `"cancel"`,
    /// `"repeat"`, `"stop"`).
    pub fn from_name(name: &str) -> Option<PadKey> {
        match name.as_bytes() {
            [d @ b'0'..=b'9'] => Some(PadKey::Digit(d - b'0')),
            _ => Self::NAMES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, k)| *k),
        }
    }

    /// The name a scenario file writes for the key (inverse of [`PadKey::from_name`]).
    pub fn name(self) -> String {
        match self {
            PadKey::Digit(d) => d.to_string(),
            other => Self::NAMES
                .iter()
                .find(|(_, k)| *k == other)
                .map(|(n, _)| (*n).to_string())
                .unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PadKey;

    #[test]
    fn every_key_reads_back_from_its_name() {
        let mut keys: Vec<PadKey> = (0..10).map(PadKey::Digit).collect();
        keys.extend(PadKey::NAMES.iter().map(|(_, k)| *k));
        for k in keys {
            assert_eq!(PadKey::from_name(&k.name()), Some(k), "{k:?}");
        }
        assert_eq!(PadKey::from_name("10"), None);
        assert_eq!(PadKey::from_name("ok"), None);
    }
}
