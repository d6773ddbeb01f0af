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

#[test]
fn the_moderators_design_fields_go_into_the_recorded_session() {
    let dir = tempfile::tempdir().expect("tmp");
    let o = UiOptions {
        record: Some(dir.path().to_path_buf()),
        questionnaire: false,
        ..english("fujifilm", true)
    };
    let mut h = harness_with_console(app(o));
    h.run();
    for (field, value) in [
        ("Participant (ID, not a name)", "P07"),
        ("Task", "resident certificate"),
        ("Condition", "large text"),
    ] {
        let entry = egui::accesskit::Role::TextInput;
        h.get_by_role_and_label(entry, field).focus();
        h.run();
        h.get_by_role_and_label(entry, field).type_text(value);
        h.run();
        assert_eq!(
            h.get_by_role_and_label(entry, field).value().as_deref(),
            Some(value)
        );
    }
    click(&mut h, "Administrative services");
    h.state_mut().stop_recording();
    let written: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".timeline.json"))
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let t: kofu::research::timeline::Timeline =
        serde_json::from_str(&std::fs::read_to_string(&written[0]).expect("read")).expect("json");
    assert_eq!(t.design.participant.as_deref(), Some("P07"));
    assert_eq!(t.design.task.as_deref(), Some("resident certificate"));
    assert_eq!(t.design.condition.as_deref(), Some("large text"));
    assert_eq!(t.version, kofu::research::timeline::TIMELINE_VERSION);
}
