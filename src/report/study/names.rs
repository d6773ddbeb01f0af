//! The words the study page uses for the codes of the timeline (screens, error kinds,
//! statuses): a researcher reads "Home menu", not `language`. Codes stay in `study.json` and
//! the CSV files.
//!
//! Why a table here and not the i18n catalog: the catalog's `*-title` keys are the panel's own
//! titles as a participant reads them ("Choose a service", "Don't forget your items", one of
//! them with an argument), not names for a report; the window's own screens (`warning`,
//! `language_list`, `questionnaire`) and the error kinds have no key at all. The page is in
//! English, the study's language.

use super::stats::FLOW;
use crate::domain::session::Screen;

/// A screen's name in words (the code itself for a name kofu does not know).
pub fn screen(code: &str) -> &str {
    match code {
        "language_list" => return "Language list (on the home menu)",
        "warning" => return "Inactivity warning",
        "questionnaire" => return "Questionnaire (after the task)",
        _ => {}
    }
    let Some(s) = FLOW.iter().find(|s| s.name() == code) else {
        return code;
    };
    match s {
        Screen::Language => "Home menu",
        Screen::Services => "Administrative services",
        Screen::Consent => "Notice to agree to",
        Screen::PlaceCard => "Place the card",
        Screen::Path => "Residence or domicile",
        Screen::Pin => "PIN",
        Screen::Registered => "Domicile registration accepted",
        Screen::RemoveCard => "Remove the card",
        Screen::Certificate => "Choose a certificate",
        Screen::Options => "Certificate options",
        Screen::Copies => "Number of copies",
        Screen::Confirm => "Check the selection",
        Screen::Payment => "Payment",
        Screen::Printing => "Printing",
        Screen::TakeItems => "Take your items",
        Screen::OutOfService => "Service not available",
        Screen::Refusal => "Refusal",
    }
}

/// An error kind in words (the code itself for one kofu does not know).
pub fn error(code: &str) -> &str {
    match code {
        "wrong_pin" => "Wrong PIN entered",
        "pin_locked" => "PIN locked (too many wrong tries)",
        "timed_out" => "Timed out (the kiosk gave up waiting)",
        "inactivity_warning" => "Inactivity warning shown",
        "wrong_turn" => "Wrong turn (a service the kiosk does not offer)",
        "money_not_taken" => "Coin or note refused by the slot",
        "payment_short" => "Left with too little money inserted",
        "cancelled" => "Cancelled before the task was done",
        "left_certificates" => "Certificates left in the output tray",
        "left_change" => "Money left in the change tray",
        "left_card" => "Card left on the reader",
        other => other,
    }
}

/// A session's status in words.
pub fn status(code: &str) -> &str {
    match code {
        "issued" => "Issued",
        "registered" => "Domicile registered",
        "refused" => "Refused",
        "cancelled" => "Cancelled",
        "timed_out" => "Timed out",
        "incomplete" => "Not finished",
        "interrupted" => "Interrupted (the window closed mid-session)",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_has_words_and_home_is_not_the_language_list() {
        for s in FLOW {
            assert_ne!(screen(s.name()), s.name(), "{}", s.name());
        }
        assert_ne!(screen("language"), screen("language_list"));
        assert_eq!(screen("something_new"), "something_new");
    }
}
