//! The plausible sessions of [`super::corpus`]: the kiosk's flow with a person's pace and
//! slips, vendor by vendor.

use std::ops::ControlFlow;

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
    /// Condition B: a clearer path screen and confirmation (less thinking, fewer give-ups).
    clearer: bool,
    /// Yen inserted.
    paid: u32,
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

    /// Maybe Cancel (less often under the clearer condition); the take-your-items screen
    /// follows, where "Finish" only makes way for the next customer (no event).
    fn gives_up(&mut self, p: f64) -> bool {
        let p = if self.clearer { p / 2.0 } else { p };
        if self.rng.chance(p) {
            self.think(1500, 6000);
            self.press(at::CANCEL, "Cancel", Some("cancel"));
            self.r.screen("take_items");
            self.think(2000, 5000);
            self.press(at::MAIN, "Finish", None);
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

/// One plausible session (see the module docs), numbered `index`: the vendor alternates,
/// and so does the condition every second session (`A`, `A`, `B`, `B`, …: each vendor gets
/// both); participant `P001`, `P002`, …; task "resident certificate".
pub fn session(rng: &mut Rng, index: usize) -> Timeline {
    let vendor = if index.is_multiple_of(2) {
        "fujifilm"
    } else {
        "sharp"
    };
    let condition = if index % 4 < 2 { "A" } else { "B" };
    let lang = if rng.chance(0.65) { "ja" } else { "en" };
    let mut r = Recorder::new(vendor, lang);
    let participant = format!("P{:03}", index + 1);
    r.design(
        Some(&participant),
        Some("resident certificate"),
        Some(condition),
    );
    let mut p = Play {
        r,
        rng,
        errors: Vec::new(),
        clearer: condition == "B",
        paid: 0,
    };
    if p.rng.chance(0.15) {
        p.r.display("large_text");
    }
    p.home(lang);
    let status = match p.flow(vendor) {
        ControlFlow::Break(status) => status,
        ControlFlow::Continue(()) => "issued",
    };
    p.notes();
    p.questionnaire();
    let errors = std::mem::take(&mut p.errors);
    let paid = p.paid;
    let mut t = p.r.finish(status, &errors);
    t.outcome.paid_yen = paid;
    if status == "issued" {
        (t.outcome.documents, t.outcome.fee_yen) = (1, 300);
    }
    t
}

/// The parts of a session, in the order the kiosk shows them. The parts that can end it
/// early (a refusal, a time-out, giving up) break with the session's status.
impl Play<'_> {
    /// The home screen: another language first, maybe, then the administrative services.
    fn home(&mut self, lang: &str) {
        self.r.screen("language");
        self.think(2000, 6000);
        if lang != "ja" {
            self.press(at::HOME_LANGUAGE, "Language / 言語", Some("language"));
            self.think(1500, 3000);
        }
        self.press(
            at::HOME_SERVICES,
            "Administrative services",
            Some("services"),
        );
    }

    /// From the services to the printed certificates; breaks with the status when the
    /// session ends before.
    fn flow(&mut self, vendor: &str) -> ControlFlow<&'static str> {
        self.services_and_card(vendor);
        self.path_and_pin()?;
        self.choose_certificate()?;
        self.copies_and_confirm()?;
        self.pay_and_take();
        ControlFlow::Continue(())
    }

    /// The certificate service, Sharp's consent, and the card on the reader (Sharp asks for
    /// Next after it).
    fn services_and_card(&mut self, vendor: &str) {
        self.r.screen("services");
        self.think(2000, 5000);
        self.press(
            at::CERT_ISSUE,
            "Cert. issue service (convenience store)",
            Some("cert_issue"),
        );
        if vendor == "sharp" {
            self.r.screen("consent");
            self.think(4000, 14000);
            self.press(at::MAIN, "Agree", Some("consent"));
        }
        self.r.screen("place_card");
        self.think(3000, 9000);
        self.r.input(
            InputKind::Machine,
            None,
            Some("card reader: place"),
            Some("place_card"),
        );
        if vendor == "sharp" {
            self.think(800, 2000);
            self.press(at::MAIN, "Next", Some("next"));
        }
    }

    /// The path (now and then refused there), the PIN (a tap on the disabled OK, a wrong PIN
    /// first, by touch or keypad) and the card taken off.
    fn path_and_pin(&mut self) -> ControlFlow<&'static str> {
        self.r.screen("path");
        if self.clearer {
            self.think(1500, 4000);
        } else {
            self.think(2500, 8000);
        }
        self.press(
            at::FIRST_ITEM,
            "Certificates issued at your municipality of residence",
            Some("residence"),
        );
        if self.rng.chance(0.05) {
            self.r.screen("refusal");
            self.think(5000, 15000);
            self.press(at::MAIN, "End", Some("take_items"));
            return ControlFlow::Break("refused");
        }
        self.r.screen("pin");
        self.think(1500, 4000);
        if self.rng.chance(0.1) {
            let (x, y) = at::MAIN;
            self.r.tap_disabled(x, y, "OK");
            self.think(800, 2000);
        }
        let keypad = self.rng.chance(0.3);
        if self.rng.chance(0.12) {
            self.pin(keypad);
            self.errors.push("wrong_pin");
            self.think(1500, 4000);
        }
        self.pin(keypad);
        self.r.screen("remove_card");
        self.think(1500, 4000);
        self.r.input(
            InputKind::Machine,
            None,
            Some("card reader: take off"),
            Some("remove_card"),
        );
        ControlFlow::Continue(())
    }

    /// The certificate (where the session may time out or be given up) and its options,
    /// sometimes after going back to choose it again.
    fn choose_certificate(&mut self) -> ControlFlow<&'static str> {
        self.r.screen("certificate");
        self.think(3000, 9000);
        if self.rng.chance(0.03) {
            self.r.wait(60_000);
            self.r.screen("warning");
            self.r.wait(30_000);
            self.r.screen("language");
            self.errors.push("timed_out");
            return ControlFlow::Break("timed_out");
        }
        if self.gives_up(0.04) {
            return ControlFlow::Break("cancelled");
        }
        self.press(
            at::FIRST_ITEM,
            "Copy of resident certificate — ¥150 per copy",
            Some("certificate"),
        );
        self.r.screen("options");
        self.think(2500, 9000);
        if self.rng.chance(0.06) {
            self.press(at::BACK, "Back", Some("back"));
            self.r.screen("certificate");
            self.think(1500, 4000);
            self.press(
                at::FIRST_ITEM,
                "Copy of resident certificate — ¥150 per copy",
                Some("certificate"),
            );
            self.r.screen("options");
            self.think(1500, 4000);
        }
        if self.rng.chance(0.3) {
            self.press(at::OPTION_ROW, "Show householder and relationship", None);
        }
        self.press(at::MAIN, "Next", Some("options"));
        ControlFlow::Continue(())
    }

    /// The copies (sometimes one more) and the confirmation, where the session may be given
    /// up.
    fn copies_and_confirm(&mut self) -> ControlFlow<&'static str> {
        self.r.screen("copies");
        self.think(1500, 5000);
        if self.rng.chance(0.3) {
            self.press(at::PLUS, "+", None);
        }
        self.press(at::MAIN, "Next", Some("copies"));
        self.r.screen("confirm");
        self.think(2500, 8000);
        if self.gives_up(0.04) {
            return ControlFlow::Break("cancelled");
        }
        self.press(at::MAIN, "Confirm and pay", Some("confirm"));
        ControlFlow::Continue(())
    }

    /// Payment (now and then a coin too few first), printing, and the certificates and the
    /// change taken — now and then one of them forgotten in its tray.
    fn pay_and_take(&mut self) {
        self.r.screen("payment");
        self.think(3000, 9000);
        if self.rng.chance(0.08) {
            self.r
                .input(InputKind::Machine, None, Some("slot: ¥100"), Some("insert"));
            self.errors.push("payment_short");
            self.paid += 100;
            self.think(3000, 8000);
        }
        self.r.input(
            InputKind::Machine,
            None,
            Some("slot: ¥1000"),
            Some("insert"),
        );
        self.paid += 1000;
        self.r.screen("printing");
        self.think(8000, 16000);
        self.r.screen("take_items");
        self.think(2000, 6000);
        for tray in ["output tray", "change tray"] {
            if self.rng.chance(0.94) {
                self.r.input(InputKind::Machine, None, Some(tray), None);
                self.think(1000, 3000);
            }
        }
        self.press(at::MAIN, "Finish", Some("take_items"));
    }

    /// Up to two of the observer's notes, at random times within the session.
    fn notes(&mut self) {
        let end = self.r.now();
        for _ in 0..self.rng.between(0, 2) {
            let n = self.rng.between(0, NOTES.len() as u64 - 1) as usize;
            let t = self.rng.between(0, end);
            self.r.t.notes.push(Note {
                t_ms: t,
                text: NOTES[n].into(),
            });
        }
        self.r.t.notes.sort_by_key(|n| n.t_ms);
    }

    /// Most participants answer the questionnaire: the single ease question and the SUS.
    fn questionnaire(&mut self) {
        if self.rng.chance(0.8) {
            let seq = self.rng.between(3, 7) as u8;
            let mut sus = [3u8; 10];
            for (i, a) in sus.iter_mut().enumerate() {
                let good = self.rng.between(3, 5) as u8;
                *a = if i % 2 == 0 { good } else { 6 - good };
            }
            self.r.answers(Some(seq), Some(sus));
        }
    }
}

/// `n` sessions from `seed`, vendors alternating.
pub fn corpus(n: usize, seed: u64) -> Vec<Timeline> {
    let mut rng = Rng::new(seed);
    (0..n).map(|i| session(&mut rng, i)).collect()
}
