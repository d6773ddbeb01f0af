//! Synthetic timelines, for the study's tests, its bench and a look at the report without a
//! room of participants: [`Recorder`] writes a timeline step by step as the window's recorder
//! would (with times a test can add up by hand), and [`corpus`] plays many plausible sessions
//! of both vendors from a seed (misses, wrong PINs, going back, giving up, refusals, notes and
//! questionnaires included). Tap positions are the controls' places on the 1024×768 panel.

mod corpus;

pub use corpus::{corpus, session};

use crate::research::timeline::{
    Answers, Input, InputKind, Note, OutcomeSummary, ScreenVisit, Timeline,
};

/// Builds a timeline: screens follow one another, inputs land on the screen on show.
#[derive(Debug, Clone)]
pub struct Recorder {
    t: Timeline,
    now: u64,
}

impl Recorder {
    /// A session on `vendor` in `lang`, Tsukuba, normal display, nothing recorded yet.
    pub fn new(vendor: &str, lang: &str) -> Self {
        Self {
            t: Timeline {
                version: crate::research::timeline::TIMELINE_VERSION,
                design: crate::research::timeline::Design::default(),
                scenario: "synthetic.toml".into(),
                vendor: vendor.into(),
                municipality: "tsukuba".into(),
                lang: lang.into(),
                display: "normal".into(),
                started_at: "2026-12-01T10:00:00+09:00".into(),
                simulated_start: "2026-11-25T10:00:00+09:00".into(),
                inputs: Vec::new(),
                screens: Vec::new(),
                notes: Vec::new(),
                answers: Answers::default(),
                outcome: OutcomeSummary::default(),
            },
            now: 0,
        }
    }

    /// Sets the study design: participant, task, condition (`None` leaves one out).
    pub fn design(
        &mut self,
        participant: Option<&str>,
        task: Option<&str>,
        condition: Option<&str>,
    ) -> &mut Self {
        self.t.design = crate::research::timeline::Design {
            participant: participant.map(Into::into),
            task: task.map(Into::into),
            condition: condition.map(Into::into),
        };
        self
    }

    /// Sets the display mode.
    pub fn display(&mut self, d: &str) -> &mut Self {
        self.t.display = d.into();
        self
    }

    /// Milliseconds since the first input.
    pub fn now(&self) -> u64 {
        self.now
    }

    /// Time passes.
    pub fn wait(&mut self, ms: u64) -> &mut Self {
        self.now += ms;
        if let Some(v) = self.t.screens.last_mut() {
            v.left_ms = self.now;
        }
        self
    }

    /// A new screen appears now (the previous one is left now).
    pub fn screen(&mut self, name: &str) -> &mut Self {
        self.t.screens.push(ScreenVisit {
            screen: name.into(),
            entered_ms: self.now,
            left_ms: self.now,
        });
        self
    }

    fn on_show(&self) -> String {
        self.t
            .screens
            .last()
            .map_or_else(|| "language".into(), |s| s.screen.clone())
    }

    /// A recorded input now, on the screen on show.
    pub fn input(
        &mut self,
        kind: InputKind,
        pos: Option<(f32, f32)>,
        target: Option<&str>,
        event: Option<&str>,
    ) -> &mut Self {
        let screen = self.on_show();
        self.t.inputs.push(Input {
            t_ms: self.now,
            kind,
            x: pos.map(|p| p.0),
            y: pos.map(|p| p.1),
            screen,
            target: target.map(Into::into),
            disabled: false,
            event: event.map(Into::into),
        });
        self
    }

    /// A tap on a control.
    pub fn tap(&mut self, x: f32, y: f32, target: &str, event: Option<&str>) -> &mut Self {
        self.input(InputKind::Tap, Some((x, y)), Some(target), event)
    }

    /// A tap on no control.
    pub fn miss(&mut self, x: f32, y: f32) -> &mut Self {
        self.input(InputKind::Tap, Some((x, y)), None, None)
    }

    /// A tap on a disabled control (a miss too).
    pub fn tap_disabled(&mut self, x: f32, y: f32, target: &str) -> &mut Self {
        self.tap(x, y, target, None);
        if let Some(i) = self.t.inputs.last_mut() {
            i.disabled = true;
        }
        self
    }

    /// An observer's note now.
    pub fn note(&mut self, text: &str) -> &mut Self {
        self.t.notes.push(Note {
            t_ms: self.now,
            text: text.into(),
        });
        self
    }

    /// The questionnaire's answers.
    pub fn answers(&mut self, seq: Option<u8>, sus: Option<[u8; 10]>) -> &mut Self {
        self.t.answers = Answers {
            seq,
            sus: sus.map(|a| a.to_vec()),
        };
        self
    }

    /// Ends the session with `status` and `errors`; the outcome's screens are the visits'.
    pub fn finish(&mut self, status: &str, errors: &[&str]) -> Timeline {
        let mut t = self.t.clone();
        let mut screens: Vec<String> = Vec::new();
        for v in &t.screens {
            if v.screen != "warning" && screens.last() != Some(&v.screen) {
                screens.push(v.screen.clone());
            }
        }
        t.outcome = OutcomeSummary {
            status: status.into(),
            reason: (status == "refused").then(|| "pin_locked".into()),
            screens,
            errors: errors.iter().map(|e| e.to_string()).collect(),
            ..OutcomeSummary::default()
        };
        t
    }
}

/// SplitMix64: a small, seeded, reproducible sequence (no dependency for test data).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A sequence from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [lo, hi].
    pub fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi.saturating_sub(lo) + 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// A finger's spread around a point (± `r` px, roughly bell-shaped).
    fn near(&mut self, (x, y): (f32, f32), r: f32) -> (f32, f32) {
        let mut d = || ((self.unit() + self.unit() + self.unit()) / 1.5 - 1.0) as f32 * r;
        (x + d(), y + d())
    }
}
