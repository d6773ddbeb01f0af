//! The speech guide (EN 301 549 §5.1.3.14): with the headset plugged in, every screen's words
//! (its title, instructions, errors, fees and results, as the screen composes them) and every
//! status change are spoken in the screen's language, and always shown as captions.
//!
//! Decisions:
//! - **Engine.** `espeak-ng` (offline) when it is on the PATH and the options allow audio;
//!   otherwise captions only. A language espeak-ng has no voice for is captioned only.
//! - **PIN digits are never spoken**: each digit typed gives a tone (a caption `♪`, and a short
//!   beep through `aplay` where there is one); the screen's words say how many digits are in.
//! - **Interrupt and repeat.** A new screen interrupts what is being said. The keypad's
//!   Repeat key (keyboard R) says the last utterance again; Stop (keyboard S) silences it.
//! - **Log.** Every utterance is kept (text or tone) for tests, walkthroughs and trainers.

use std::process::{Child, Command, Stdio};

/// One thing the guide said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Utterance {
    /// Words, in the language `lang`.
    Say {
        /// Language code of the screen.
        lang: String,
        /// The words.
        text: String,
    },
    /// A tone (a PIN digit was typed).
    Tone,
}

impl Utterance {
    /// The caption shown for it.
    pub fn caption(&self) -> String {
        match self {
            Utterance::Say { text, .. } => text.clone(),
            Utterance::Tone => "♪".to_string(),
        }
    }
}

/// The espeak-ng voice for a screen language, where it has one.
pub fn voice(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "ja" => "ja",
        "en" => "en",
        "zh-Hans" => "cmn",
        "ko" => "ko",
        "pt" => "pt-br",
        "es" => "es",
        "vi" => "vi",
        "id" => "id",
        "ne" => "ne",
        _ => return None,
    })
}

/// The guide's state.
#[derive(Debug)]
pub struct Guide {
    audio: bool,
    aplay: bool,
    child: Option<Child>,
    last_screen_text: String,
    last: Option<Utterance>,
    log: Vec<Utterance>,
}

fn on_path(cmd: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(cmd).is_file()))
}

impl Guide {
    /// A guide; `audio` lets it use espeak-ng (if installed) and aplay.
    pub fn new(audio: bool) -> Self {
        Self {
            audio: audio && on_path("espeak-ng"),
            aplay: audio && on_path("aplay"),
            child: None,
            last_screen_text: String::new(),
            last: None,
            log: Vec::new(),
        }
    }

    /// Everything said so far.
    pub fn log(&self) -> &[Utterance] {
        &self.log
    }

    /// What is captioned now (the last utterance).
    pub fn caption(&self) -> Option<String> {
        self.last.as_ref().map(Utterance::caption)
    }

    /// The screen's words, each frame: spoken when they change (interrupting); true when they
    /// were said now.
    pub fn screen(&mut self, lang: &str, text: &str) -> bool {
        if text == self.last_screen_text || text.is_empty() {
            return false;
        }
        self.last_screen_text = text.to_string();
        self.say(lang, text);
        true
    }

    /// Forgets the screen's words (the headset was plugged in: say them again).
    pub fn reset(&mut self) {
        self.last_screen_text.clear();
    }

    /// Says `text` now, interrupting.
    pub fn say(&mut self, lang: &str, text: &str) {
        let u = Utterance::Say {
            lang: lang.to_string(),
            text: text.to_string(),
        };
        self.play(&u);
        self.log.push(u.clone());
        self.last = Some(u);
    }

    /// A tone in place of a PIN digit.
    pub fn tone(&mut self) {
        self.play(&Utterance::Tone);
        self.log.push(Utterance::Tone);
        self.last = Some(Utterance::Tone);
    }

    /// Says the last utterance again.
    pub fn repeat(&mut self) {
        if let Some(u) = self.last.clone() {
            self.play(&u);
            self.log.push(u);
        }
    }

    /// Stops speaking.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            // Already finished or gone: nothing to stop.
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    fn play(&mut self, u: &Utterance) {
        self.stop();
        if !self.audio && !self.aplay {
            return;
        }
        let child = match u {
            Utterance::Say { lang, text } => {
                let (true, Some(v)) = (self.audio, voice(lang)) else {
                    return;
                };
                Command::new("espeak-ng")
                    .args(["-v", v, "--", text])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
            }
            Utterance::Tone if self.aplay => {
                let Ok(mut c) = Command::new("aplay")
                    .args(["-q", "-"])
                    .stdin(Stdio::piped())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                else {
                    return;
                };
                if let Some(mut stdin) = c.stdin.take() {
                    use std::io::Write;
                    // A closed pipe only means no tone.
                    let _ = stdin.write_all(&tone_wav());
                }
                Ok(c)
            }
            Utterance::Tone => return,
        };
        self.child = child.ok();
    }
}

impl Drop for Guide {
    fn drop(&mut self) {
        self.stop();
    }
}

/// 80 ms of 880 Hz, 16-bit mono 16 kHz WAV.
fn tone_wav() -> Vec<u8> {
    let rate = 16_000u32;
    let n = rate * 80 / 1000;
    let mut data = Vec::with_capacity(n as usize * 2);
    for i in 0..n {
        let t = i as f32 / rate as f32;
        let s = (t * 880.0 * std::f32::consts::TAU).sin() * 0.3 * f32::from(i16::MAX);
        data.extend_from_slice(&(s as i16).to_le_bytes());
    }
    let mut w = Vec::with_capacity(44 + data.len());
    w.extend_from_slice(b"RIFF");
    w.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    w.extend_from_slice(b"WAVEfmt ");
    w.extend_from_slice(&16u32.to_le_bytes());
    w.extend_from_slice(&1u16.to_le_bytes());
    w.extend_from_slice(&1u16.to_le_bytes());
    w.extend_from_slice(&rate.to_le_bytes());
    w.extend_from_slice(&(rate * 2).to_le_bytes());
    w.extend_from_slice(&2u16.to_le_bytes());
    w.extend_from_slice(&16u16.to_le_bytes());
    w.extend_from_slice(b"data");
    w.extend_from_slice(&(data.len() as u32).to_le_bytes());
    w.extend_from_slice(&data);
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_words_are_said_once_until_they_change() {
        let mut g = Guide::new(false);
        g.screen("en", "Enter your PIN");
        g.screen("en", "Enter your PIN");
        g.tone();
        g.screen("en", "Remove your card");
        assert_eq!(g.log().len(), 3);
        assert_eq!(g.log()[1], Utterance::Tone);
        g.repeat();
        assert_eq!(g.log().len(), 4);
        assert_eq!(g.log()[3], g.log()[2]);
        assert_eq!(g.caption().as_deref(), Some("Remove your card"));
        g.tone();
        assert_eq!(g.caption().as_deref(), Some("♪"));
    }

    #[test]
    fn tone_is_a_valid_wav() {
        let w = tone_wav();
        assert_eq!(&w[..4], b"RIFF");
        assert_eq!(&w[8..12], b"WAVE");
        assert_eq!(w.len(), 44 + 1280 * 2);
    }
}
