//! Staff scripts: what a clerk does when a resident asks for help at the kiosk — a fault
//! (paper jam, out of paper, no change, card unreadable), something left behind (card,
//! certificate, change) or a locked PIN: what the screen says (the kiosk's own words, from
//! `locales/<lang>.ftl`), what the clerk does, and what the clerk must never do.
//!
//! Sources: ../shared/DOMAIN.md (the kiosk is unattended: store staff do not help with the
//! steps, for privacy, only with paper jams; people leave cards and certificates behind; the
//! PIN locks after 3 wrong entries and is unlocked only at City Hall) and the Tsukuba city
//! guide (../shared/seed/my-number-card-guidance-tsukuba-2023.txt: "Do not let others know your
//! PIN"; reset at City Hall with the card and another ID; pages not stapled, "be careful not to
//! leave any pages in the copier"). What no source says — how a store keeps lost property,
//! whether printing resumes after a jam — is marked assumed in the handbook itself.

use crate::handout::{Item, Line};
use crate::i18n::{Arg, I18n};
use crate::pdf::{GREY, INK, NAVY, RED};

use super::content::{BODY, H3, SMALL, h2};

/// One situation a clerk meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    PaperJam,
    OutOfPaper,
    NoChange,
    CardUnreadable,
    ForgotCard,
    ForgotCertificate,
    ForgotChange,
    PinLocked,
}

impl Case {
    const ALL: [Case; 8] = [
        Case::PaperJam,
        Case::OutOfPaper,
        Case::NoChange,
        Case::CardUnreadable,
        Case::ForgotCard,
        Case::ForgotCertificate,
        Case::ForgotChange,
        Case::PinLocked,
    ];

    /// The id in the case's keys (`handbook-staff-<id>`, `-do`, `-never`).
    fn id(self) -> &'static str {
        match self {
            Case::PaperJam => "paper_jam",
            Case::OutOfPaper => "out_of_paper",
            Case::NoChange => "no_change",
            Case::CardUnreadable => "card_unreadable",
            Case::ForgotCard => "forgot_card",
            Case::ForgotCertificate => "forgot_certificate",
            Case::ForgotChange => "forgot_change",
            Case::PinLocked => "pin_locked",
        }
    }

    /// What the kiosk's screen says, in its own words.
    fn screen(self, i: &I18n) -> String {
        let fault = |f: &str| i.ta("take-fault", &[("fault", Arg::Str(i.t(f)))]);
        match self {
            Case::PaperJam => fault("fault-paper_jam"),
            Case::OutOfPaper => fault("fault-out_of_paper"),
            Case::NoChange => i.t("pay-no-change"),
            Case::CardUnreadable => i.t("reason-card_unreadable-title"),
            Case::ForgotCard | Case::ForgotCertificate | Case::ForgotChange => i.t("take-title"),
            Case::PinLocked => i.t("reason-pin_locked-title"),
        }
    }

    /// Whether what the clerk does rests on an assumption (no source confirms it).
    fn assumed(self) -> bool {
        matches!(
            self,
            Case::PaperJam
                | Case::OutOfPaper
                | Case::ForgotCard
                | Case::ForgotCertificate
                | Case::ForgotChange
        )
    }
}

/// The section.
pub(super) fn staff_section(v: &mut Vec<Item>, i: &I18n) {
    h2(v, i.t("handbook-staff"));
    v.push(Item::Text(Line::new(
        i.t("handbook-staff-intro"),
        BODY,
        0.0,
        INK,
    )));
    for case in Case::ALL {
        let key = format!("handbook-staff-{}", case.id());
        let label = |k: &str, body: String, color| {
            vec![
                Item::Text(Line::new(i.t(k), SMALL, 10.0, NAVY)),
                Item::Text(Line::new(body, BODY, 20.0, color)),
            ]
        };
        let mut block = vec![
            Item::Gap(6.0),
            Item::Text(Line::new(i.t(&key), H3, 0.0, INK)),
        ];
        block.extend(label("handbook-staff-screen", case.screen(i), INK));
        block.extend(label("handbook-staff-do", i.t(&format!("{key}-do")), INK));
        block.extend(label(
            "handbook-staff-never",
            i.t(&format!("{key}-never")),
            RED,
        ));
        if case.assumed() {
            block.push(Item::Text(Line::new(
                i.t("handbook-staff-assumed"),
                SMALL,
                20.0,
                GREY,
            )));
        }
        v.push(Item::Keep(block));
    }
}
