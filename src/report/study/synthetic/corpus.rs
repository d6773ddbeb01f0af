//! The plausible sessions of [`super::corpus`]: the kiosk's flow with a person's pace and
//! slips, vendor by vendor.

use super::{Recorder, Rng};
use crate::research::timeline::{InputKind, Note, PIN_KEY, Timeline};

/// Where the controls are on the panel (logical px; measured on the window's pictures).
mod at {
    pub const HOME_SERVICES: (f32, f32) = (380.0, 407.0);
    pub const HOME_LANGUAGE: (f32, f32) = (501.0, 525.0);
    pub const CERT_ISSUE: (f32, f32) = (504.0, 240.0);
    pub const MAIN: (f32, f32) = (839.0, 641.0);
    pub const BACK: (f32, f32) = (122.0, 641.0);
    pub const CANCEL: (f32, f32) = (336.0, 641.0);
    pub const FIRST_ITEM: (f32, f32) = (504.0, 163.0);
    pub const PIN_PAD: (f32, f32) = (650.0, 298.0);
    pub const PLUS: (f32, f32) = (342.0, 208.0);
    pub const OPTION_ROW: (f32, f32) = (501.0, 392.0);
}

struct Play<'a> {
    r: Recorder,
    rng: &'a mut Rng,
    errors: Vec<&'static str>,
}

impl Play<'_> {
    fn think(&mut self, lo: u64, hi: u64) {
        let ms = self.rng.between(lo, hi);
        self.r.wait(ms);
    }

    /// Maybe a miss first (beside the control, or on the screen's empty middle), then the tap.
    fn press(&mut self, p: (f32, f32), target: &str, event: Option<&str>) {
        if self.rng.chance(0.08) {
            let off = if self.rng.chance(0.5) {
                (p.0 + 40.0, p.1 - 48.0)
            } else {
                (
                    self.rng.between(60, 960) as f32,
                    self.rng.between(300, 560) as f32,
                )
            };
            self.r.miss(off.0, off.1);
            self.think(600, 1800);
        }
        let (x, y) = self.rng.near(p, 14.0);
        self.r.tap(x, y, target, event);
        self.think(150, 400);
    }

    fn gives_up(&mut self, p: f64) -> bool {
        if self.rng.chance(p) {
            self.think(1500, 6000);
            self.press(at::CANCEL, "Cancel", Some("cancel"));
            true
        } else {
            false
        }
    }

    fn pin(&mut self, keypad: bool) {
        for _ in 0..4 {
            if keypad {
                self.r.input(InputKind::Keypad, None, Some(PIN_KEY), None);
            } else {
                self.r.tap(at::PIN_PAD.0, at::PIN_PAD.1, PIN_KEY, None);
            }
            self.think(350, 1100);
        }
        self.press(at::MAIN, "OK", Some("pin"));
    }
}

const NOTES: [&str; 5] = [
    "Looked for the card reader on the panel",
    "Hesitated over \"residence\" vs \"domicile\"",
    "Read the fee & the copies twice",
    "Asked whether the PIN is the 4-digit one",
    "Took the certificate, forgot the change at first",
];

/// One plausible session (see the module docs), numbered `index` (the vendor alternates).
pub fn session(rng: &mut Rng, index: usize) -> Timeline {
    let vendor = if index.is_multiple_of(2) {
        "fujifilm"
    } else {
        "sharp"
    };
    let lang = if rng.chance(0.65) { "ja" } else { "en" };
    let mut p = Play {
        r: Recorder::new(vendor, lang),
        rng,
        errors: Vec::new(),
    };
    if p.rng.chance(0.15) {
        p.r.display("large_text");
    }
    p.r.screen("language");
    p.think(2000, 6000);
    if lang != "ja" {
        p.press(at::HOME_LANGUAGE, "Language / 言語", Some("language"));
        p.think(1500, 3000);
    }
    p.press(
        at::HOME_SERVICES,
        "Administrative services",
        Some("services"),
    );
    let status = 'flow: {
        p.r.screen("services");
        p.think(2000, 5000);
        p.press(
            at::CERT_ISSUE,
            "Cert. issue service (convenience store)",
            Some("cert_issue"),
        );
        if vendor == "sharp" {
            p.r.screen("consent");
            p.think(4000, 14000);
            p.press(at::MAIN, "Agree", Some("consent"));
        }
        p.r.screen("place_card");
        p.think(3000, 9000);
        p.r.input(
            InputKind::Machine,
            None,
            Some("Place card"),
            Some("place_card"),
        );
        if vendor == "sharp" {
            p.think(800, 2000);
            p.press(at::MAIN, "Next", Some("next"));
        }
        p.r.screen("path");
        p.think(2500, 8000);
        p.press(
            at::FIRST_ITEM,
            "Certificates issued at your municipality of residence",
            Some("residence"),
        );
        if p.rng.chance(0.05) {
            p.r.screen("refusal");
            p.think(5000, 15000);
            p.press(at::MAIN, "End", Some("finish"));
            break 'flow "refused";
        }
        p.r.screen("pin");
        p.think(1500, 4000);
        if p.rng.chance(0.1) {
            let (x, y) = at::MAIN;
            p.r.tap_disabled(x, y, "OK");
            p.think(800, 2000);
        }
        let keypad = p.rng.chance(0.3);
        if p.rng.chance(0.12) {
            p.pin(keypad);
            p.errors.push("wrong_pin");
            p.think(1500, 4000);
        }
        p.pin(keypad);
        p.r.screen("remove_card");
        p.think(1500, 4000);
        p.r.input(
            InputKind::Machine,
            None,
            Some("Remove card"),
            Some("remove_card"),
        );
        p.r.screen("certificate");
        p.think(3000, 9000);
        if p.rng.chance(0.03) {
            p.r.wait(60_000);
            p.r.screen("warning");
            p.r.wait(30_000);
            p.errors.push("timed_out");
            break 'flow "timed_out";
        }
        if p.gives_up(0.04) {
            break 'flow "cancelled";
        }
        p.press(
            at::FIRST_ITEM,
            "Copy of resident certificate — ¥150 per copy",
            Some("certificate"),
        );
        p.r.screen("options");
        p.think(2500, 9000);
        if p.rng.chance(0.06) {
            p.press(at::BACK, "Back", Some("back"));
            p.r.screen("certificate");
            p.think(1500, 4000);
            p.press(
                at::FIRST_ITEM,
                "Copy of resident certificate — ¥150 per copy",
                Some("certificate"),
            );
            p.r.screen("options");
            p.think(1500, 4000);
        }
        if p.rng.chance(0.3) {
            p.press(at::OPTION_ROW, "Show householder and relationship", None);
        }
        p.press(at::MAIN, "Next", Some("options"));
        p.r.screen("copies");
        p.think(1500, 5000);
        if p.rng.chance(0.3) {
            p.press(at::PLUS, "+", None);
        }
        p.press(at::MAIN, "Next", Some("copies"));
        p.r.screen("confirm");
        p.think(2500, 8000);
        if p.gives_up(0.04) {
            break 'flow "cancelled";
        }
        p.press(at::MAIN, "Confirm and pay", Some("confirm"));
        p.r.screen("payment");
        p.think(3000, 9000);
        if p.rng.chance(0.08) {
            p.r.input(InputKind::Machine, None, Some("¥100"), Some("insert"));
            p.errors.push("payment_short");
            p.think(3000, 8000);
        }
        p.r.input(InputKind::Machine, None, Some("¥1,000"), Some("insert"));
        p.r.screen("printing");
        p.think(8000, 16000);
        p.r.screen("take_items");
        p.think(2000, 6000);
        p.r.input(InputKind::Machine, None, Some("Take certificates"), None);
        p.think(1000, 3000);
        p.press(at::MAIN, "Finish", Some("finish"));
        "issued"
    };
    let end = p.r.now();
    for _ in 0..p.rng.between(0, 2) {
        let n = p.rng.between(0, NOTES.len() as u64 - 1) as usize;
        let t = p.rng.between(0, end);
        p.r.t.notes.push(Note {
            t_ms: t,
            text: NOTES[n].into(),
        });
    }
    p.r.t.notes.sort_by_key(|n| n.t_ms);
    if p.rng.chance(0.8) {
        let seq = p.rng.between(3, 7) as u8;
        let mut sus = [3u8; 10];
        for (i, a) in sus.iter_mut().enumerate() {
            let good = p.rng.between(3, 5) as u8;
            *a = if i % 2 == 0 { good } else { 6 - good };
        }
        p.r.answers(Some(seq), Some(sus));
    }
    let errors = std::mem::take(&mut p.errors);
    p.r.finish(status, &errors)
}

/// `n` sessions from `seed`, vendors alternating.
pub fn corpus(n: usize, seed: u64) -> Vec<Timeline> {
    let mut rng = Rng::new(seed);
    (0..n).map(|i| session(&mut rng, i)).collect()
}
