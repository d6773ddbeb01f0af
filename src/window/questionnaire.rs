//! The participant's questionnaire after a recorded session, on the kiosk's own panel and in
//! the screen's language: the Single Ease Question (Sauro & Dumas 2009: 1 very difficult …
//! 7 very easy), then, if the participant agrees, the ten statements of the System Usability
//! Scale (Brooke 1996: 1 strongly disagree … 5 strongly agree) in their standard order.
//!
//! Decisions:
//! - It is drawn like any screen (the kiosk's buttons, keypad navigation, the speech guide's
//!   text), and a number key answers at once, so it is as keypad-operable as the kiosk.
//! - It is not part of the session: the session has ended when it shows; the answers go into
//!   the recording's timeline and the next session starts after "Finish".
//! - The SUS is optional (the participant may stop after the SEQ); a partly answered SUS is not
//!   kept (a SUS score needs all ten).

use egui::{RichText, Ui};

use crate::i18n::Arg;
use crate::research::timeline::Answers;
use crate::window::msg::Msg;
use crate::window::screens::Cx;
use crate::window::widgets::Btn;

/// Where the questionnaire is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stage {
    /// The Single Ease Question.
    #[default]
    Seq,
    /// "Would you answer ten more?"
    Offer,
    /// SUS statement 0–9.
    Sus(usize),
    /// Thanks and Finish.
    Thanks,
}

/// What the participant did on the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// A point on the scale on show.
    Answer(u8),
    /// Take (true) or decline (false) the ten statements.
    TakeSus(bool),
    /// Done: start the next session.
    Finish,
}

/// The questionnaire's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Questionnaire {
    /// Where it is.
    pub stage: Stage,
    /// The SEQ answer.
    pub seq: Option<u8>,
    /// SUS answers so far.
    pub sus: Vec<u8>,
}

impl Questionnaire {
    /// The scale's top on show (7 for the SEQ, 5 for SUS statements, 0 elsewhere).
    pub fn scale(&self) -> u8 {
        match self.stage {
            Stage::Seq => 7,
            Stage::Sus(_) => 5,
            _ => 0,
        }
    }

    /// Applies an intent; returns true when the questionnaire is done.
    pub fn apply(&mut self, i: Intent) -> bool {
        match (self.stage, i) {
            (Stage::Seq, Intent::Answer(n)) if (1..=7).contains(&n) => {
                self.seq = Some(n);
                self.stage = Stage::Offer;
            }
            (Stage::Offer, Intent::TakeSus(true)) => self.stage = Stage::Sus(0),
            (Stage::Offer, Intent::TakeSus(false)) => self.stage = Stage::Thanks,
            (Stage::Sus(k), Intent::Answer(n)) if (1..=5).contains(&n) => {
                self.sus.push(n);
                self.stage = if k + 1 >= 10 {
                    Stage::Thanks
                } else {
                    Stage::Sus(k + 1)
                };
            }
            (_, Intent::Finish) => return true,
            _ => {}
        }
        false
    }

    /// The answers to keep (a SUS only when complete).
    pub fn answers(&self) -> Answers {
        Answers {
            seq: self.seq,
            sus: (self.sus.len() == 10).then(|| self.sus.clone()),
        }
    }
}

/// Draws the questionnaire's stage on the panel's body.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>, q: &Questionnaire) {
    match q.stage {
        Stage::Seq => {
            let title = cx.t("q-seq-title");
            cx.title(ui, &title);
            let ask = cx.t("q-seq");
            cx.para(ui, &ask);
            scale(ui, cx, 7, "q-seq-low", "q-seq-high");
        }
        Stage::Offer => {
            let title = cx.t("q-seq-title");
            cx.title(ui, &title);
            let offer = cx.t("q-sus-offer");
            cx.para(ui, &offer);
            for (key, take) in [("q-sus-yes", true), ("q-sus-skip", false)] {
                let label = cx.t(key);
                cx.choice(ui, &label, Msg::Questionnaire(Intent::TakeSus(take)));
            }
        }
        Stage::Sus(k) => {
            let title = cx.ta("q-sus-title", &[("n", Arg::Num(k as i64 + 1))]);
            cx.title(ui, &title);
            let item = cx.t(&format!("q-sus-{}", k + 1));
            cx.boxed(ui, false, &item);
            let ask = cx.t("q-sus-ask");
            cx.para(ui, &ask);
            scale(ui, cx, 5, "q-sus-low", "q-sus-high");
        }
        Stage::Thanks => {
            let thanks = cx.t("q-thanks");
            cx.title(ui, &thanks);
            let finish = cx.t("q-finish");
            cx.primary(finish, true, Msg::Questionnaire(Intent::Finish));
        }
    }
}

/// A row of `top` answer buttons, the two ends named, and how to answer by keypad.
fn scale(ui: &mut Ui, cx: &mut Cx<'_>, top: u8, low: &str, high: &str) {
    let (low, high) = (cx.t(low), cx.t(high));
    let gap = cx.t.s.gap;
    let w = (ui.available_width() - gap * f32::from(top - 1)) / f32::from(top);
    cx.mark(ui);
    ui.add_space(gap / 2.0);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for n in 1..=top {
            let label = n.to_string();
            let name = match n {
                1 => cx.ta(
                    "q-answer",
                    &[("n", Arg::Num(1)), ("anchor", Arg::Str(low.clone()))],
                ),
                x if x == top => cx.ta(
                    "q-answer",
                    &[
                        ("n", Arg::Num(i64::from(x))),
                        ("anchor", Arg::Str(high.clone())),
                    ],
                ),
                _ => label.clone(),
            };
            let b = Btn::new(&label)
                .name(&name)
                .width(w)
                .tag("answer")
                .text_size(cx.t.s.title)
                .msg(Msg::Questionnaire(Intent::Answer(n)));
            cx.button(ui, b);
        }
    });
    // The two ends under the first and the last button, on one line.
    ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
        let style = |t: &str| RichText::new(t).size(cx.t.s.body).color(cx.t.c.text_muted);
        ui.label(style(&format!("1 = {low}")));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
            ui.label(style(&format!("{top} = {high}")));
        });
    });
    cx.say(&format!("1 = {low}, {top} = {high}"));
    let help = cx.ta(
        "q-keypad",
        &[("low", Arg::Num(1)), ("high", Arg::Num(i64::from(top)))],
    );
    cx.muted(ui, &help);
}
