//! A study participant's view (`--participant-view`): the machine without the card picker and
//! the console button, the moderator's console (with the card) in its own window, and a
//! participant who can still do the whole task with the card the moderator chose.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use egui_kittest::kittest::Queryable;
use kofu::domain::session::Screen;
use kofu::window::UiOptions;

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

use support::*;

fn english(vendor: &str, participant_view: bool) -> UiOptions {
    UiOptions {
        participant_view,
        lang: "en".into(),
        ..opts(vendor)
    }
}

#[test]
fn the_participant_sees_no_card_picker_and_no_console_button() {
    for (o, picker_shown) in [
        (english("fujifilm", false), true),
        (english("fujifilm", true), false),
    ] {
        let mut h = harness(app(o));
        h.run();
        let console_open = h.state().console_open();
        assert_eq!(
            h.query_by_label("Card to place").is_some(),
            picker_shown,
            "the card picker on the machine"
        );
        assert_eq!(
            h.query_by_label("Trainer console (F2)").is_some(),
            picker_shown,
            "the console button on the machine"
        );
        // The moderator's console opens with the participant's view (its own window), and it
        // holds the card picker.
        assert_eq!(console_open, !picker_shown);
    }
}

#[test]
fn the_participant_does_the_task_with_the_card_the_moderator_chose() {
    let mut h = harness_with_console(app(english("sharp", true)));
    h.run();
    // The moderator picks the persona in the console.
    h.state_mut().select_card("card-tsukuba-hanako");
    choose_language(&mut h, "English");
    click(&mut h, "Administrative services");
    click(&mut h, "Cert. issue service (convenience store)");
    click(&mut h, "Agree");
    assert_eq!(screen(&h), Screen::PlaceCard);
    click(&mut h, "Place card");
    click(&mut h, "Next");
    assert_eq!(screen(&h), Screen::Path);
    assert_eq!(h.state().reader(), Some("card-tsukuba-hanako"));
}
