//! One path for everything that happens in the window: options chosen on the panel reach the
//! recording and its replay, a status line belongs to its screen and language, the keypad's
//! highlight is spoken and its ○ acts in the frame it comes, and the clock and a print job run
//! from the frame's logic alone, with no drawing.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kofu::domain::session::{Event, Screen};
use kofu::research::timeline::Timeline;
use kofu::scenario::run::{self, RunOptions};
use kofu::window::app::PadKey;
use kofu::window::msg::Msg;
use kofu::window::{KioskApp, UiOptions};

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

use support::*;

/// The live line is empty, or says what the last step (or the machine) announced, in the
/// screen's language: never a message of an earlier screen or another language.
fn assert_live_is_current(h: &Harness<'_, KioskApp>, what: &str) {
    let app = h.state();
    let live = app.live_status();
    if live.is_empty() {
        return;
    }
    let tr = app.i18n();
    let mut allowed: Vec<String> = app
        .session()
        .log()
        .last()
        .map(|e| {
            e.effects
                .iter()
                .filter_map(|e| kofu::i18n::effects::live(tr, e))
                .collect()
        })
        .unwrap_or_default();
    allowed.extend(
        [
            "live-card-placed",
            "live-card-removed",
            "live-session-reset",
        ]
        .map(|k| tr.t(k)),
    );
    assert!(
        allowed.iter().any(|a| a == live),
        "after {what}: the status line says {live:?}, which the screen on show did not raise \
         (allowed: {allowed:?})"
    );
}

fn click_checked(h: &mut Harness<'_, KioskApp>, label: &str) {
    click(h, label);
    assert_live_is_current(h, label);
}

#[test]
fn options_chosen_on_the_panel_replay_with_the_recording() {
    for vendor in ["fujifilm", "sharp"] {
        let dir = tempfile::tempdir().unwrap();
        let o = UiOptions {
            record: Some(dir.path().to_path_buf()),
            questionnaire: false,
            ..opts(vendor)
        };
        let mut h = harness(app(o));
        h.run();
        to_certificate_list(&mut h, "card-household-householder");
        click_containing(&mut h, "Copy of resident certificate");
        assert_eq!(screen(&h), Screen::Options);
        // The participant takes their time on the options screen (a `wait` comes between the
        // certificate and its options in the recording).
        let later = h.state().session().now() + chrono::Duration::seconds(20);
        h.state_mut().set_time(later).unwrap();
        click(&mut h, "Whole household");
        click(&mut h, "Show householder and relationship");
        click(&mut h, "Next");
        assert_eq!(screen(&h), Screen::Copies);
        click(&mut h, "Next");
        click(&mut h, "Confirm and pay");
        click(&mut h, "Insert ¥1,000");
        finish_printing(&mut h);
        assert_eq!(screen(&h), Screen::TakeItems);
        let chosen = h.state().session().issued()[0].selection.options.clone();
        click(&mut h, "Finish");

        let timeline = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.to_string_lossy().ends_with(".timeline.json"))
            .expect("a timeline");
        let tl: Timeline =
            serde_json::from_str(&std::fs::read_to_string(&timeline).unwrap()).unwrap();
        let scenario_path = dir.path().join(&tl.scenario);
        let text = std::fs::read_to_string(&scenario_path).unwrap();
        assert!(
            text.contains(r#"scope = "household""#) && text.contains("relationship = true"),
            "{vendor}: the options are in the recording:\n{text}"
        );
        let sc = kofu::scenario::load(&scenario_path).unwrap();
        let out = tempfile::tempdir().unwrap();
        let ro = RunOptions {
            out: Some(out.path().to_path_buf()),
            ..RunOptions::default()
        };
        let outcome = run::run(&sc, &ro).unwrap();
        assert!(outcome.expectations_met, "{:?}", outcome.mismatches);
        let doc = &outcome.documents[0];
        let content = doc.content.as_ref().expect("the replay's document content");
        let household = h
            .state()
            .session()
            .kiosk()
            .registry
            .persons
            .values()
            .filter(|p| p.id.starts_with("household-"))
            .count();
        assert_eq!(
            content.blocks.len(),
            household,
            "{vendor}: the replayed certificate lists the whole household"
        );
        assert_eq!(chosen.scope, kofu::domain::session::Scope::Household);
        assert!(chosen.relationship);
    }
}

#[test]
fn a_status_line_belongs_to_its_screen_and_its_language() {
    for vendor in ["fujifilm", "sharp"] {
        let mut h = harness(app(opts(vendor)));
        h.run();
        // A service the kiosk lacks, touched on the home menu: the line says so there…
        let copy = h.state().i18n().t("home-service-copy");
        click(&mut h, &copy);
        assert!(!h.state().live_status().is_empty(), "{vendor}: raised");
        // …and not after the language changed…
        choose_language(&mut h, "English");
        assert_eq!(
            h.state().live_status(),
            "",
            "{vendor}: not in another language"
        );
        click(&mut h, "Copy");
        assert!(!h.state().live_status().is_empty());
        // …nor on the next screen.
        click_checked(&mut h, "Administrative services");
        assert_eq!(
            h.state().live_status(),
            "",
            "{vendor}: not on the next screen"
        );
        // Every screen of a purchase shows only what it raised itself.
        click_checked(&mut h, "Cert. issue service (convenience store)");
        if screen(&h) == Screen::Consent {
            click_checked(&mut h, "Agree");
        }
        h.state_mut().select_card("card-tsukuba-hanako");
        click_checked(&mut h, "Place card");
        if h.state().session().kiosk().vendor.next_after_card {
            click_checked(&mut h, "Next");
        }
        click_checked(
            &mut h,
            "Certificates issued at your municipality of residence",
        );
        for d in "1234".chars() {
            click_checked(&mut h, &d.to_string());
        }
        click_checked(&mut h, "OK");
        click_checked(&mut h, "Remove card");
        click_containing(&mut h, "Copy of resident certificate");
        assert_live_is_current(&h, "the certificate");
        if screen(&h) == Screen::Options {
            click_checked(&mut h, "Next");
        }
        click_checked(&mut h, "Next");
        click_checked(&mut h, "Confirm and pay");
        click_checked(&mut h, "Insert ¥1,000");
        finish_printing(&mut h);
        assert_live_is_current(&h, "printing");
        assert!(!h.state().live_status().is_empty(), "printing done is said");
        click_checked(&mut h, "Finish");
    }
}

#[test]
fn a_cancel_with_no_money_inserted_does_not_mention_money() {
    let mut h = harness(app(opts("fujifilm")));
    h.run();
    choose_language(&mut h, "English");
    click(&mut h, "Administrative services");
    click(&mut h, "Cert. issue service (convenience store)");
    click(&mut h, "Cancel");
    assert_eq!(screen(&h), Screen::TakeItems);
    assert_eq!(h.query_all_by_label_contains("Nothing was paid").count(), 1);
    assert_eq!(h.query_all_by_label_contains("change tray").count(), 0);
}

#[test]
fn the_keypad_highlight_is_spoken_and_enter_acts_in_the_same_frame() {
    for vendor in ["fujifilm", "sharp"] {
        let mut h = harness(app(opts(vendor)));
        h.run();
        h.state_mut().set_headset(true);
        h.run();
        // ○ on a fresh home menu: the main action (administrative services), at once.
        h.state_mut().press(PadKey::Enter);
        assert_eq!(
            screen(&h),
            Screen::Services,
            "{vendor}: ○ acted without waiting for a frame"
        );
        h.run();
        // 8 moves the highlight; the guide names the control, its role and its state.
        h.state_mut().press(PadKey::Digit(8));
        let app = h.state();
        let lit = &app.drawn()[app.highlight()];
        let said = app.focus_said().to_string();
        assert!(
            said.starts_with(&lit.label) && said.len() > lit.label.len(),
            "{vendor}: {said:?} names {:?} and its role",
            lit.label
        );
        assert!(
            app.spoken().iter().any(|u| u.caption() == said),
            "{vendor}: the headset said it"
        );
        // …and its place among the controls on show (Japanese: 「5個中2番目」).
        let place = format!("{}個中{}番目", app.drawn().len(), app.highlight() + 1);
        assert!(said.ends_with(&place), "{vendor}: {said:?} lacks {place:?}");
        // × is Back: the home menu again.
        h.state_mut().press(PadKey::Cancel);
        assert_eq!(screen(&h), Screen::Language);
    }
}

#[test]
fn the_clock_and_a_print_job_go_on_with_no_frame_drawn() {
    let o = UiOptions {
        clock_paused: false,
        print_seconds_per_copy: 0.05,
        ..opts("fujifilm")
    };
    let mut app = app(o);
    let ctx = egui::Context::default();
    for ev in [Event::Services, Event::CertIssue] {
        assert!(app.send(ev));
    }
    app.select_card("card-tsukuba-hanako");
    app.update(Msg::Machine(kofu::window::machine::Command::PlaceCard));
    for ev in [Event::Residence, Event::Pin("1234".into())] {
        assert!(app.send(ev), "{:?}", app.history().last());
    }
    app.update(Msg::Machine(kofu::window::machine::Command::RemoveCard));
    let kind = kofu::domain::municipality::CertificateKind::ResidentCertificate;
    for ev in [
        Event::Certificate(kind),
        Event::Options(Default::default()),
        Event::Copies(3),
        Event::Confirm,
        Event::Insert(1000),
    ] {
        assert!(app.send(ev), "{:?}", app.history().last());
    }
    assert_eq!(app.session().screen(), Screen::Printing);
    app.update(Msg::Trainer(kofu::window::trainer::Command::SetSpeed(60.0)));
    let start = app.session().now();
    let began = Instant::now();
    while began.elapsed() < Duration::from_secs(5) && app.session().screen() == Screen::Printing {
        app.logic(&ctx);
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        app.session().screen(),
        Screen::TakeItems,
        "printed with no frame"
    );
    assert_eq!(app.tray().len(), 3);
    while began.elapsed() < Duration::from_secs(5)
        && app.session().now() - start < chrono::Duration::seconds(5)
    {
        app.logic(&ctx);
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        app.session().now() - start >= chrono::Duration::seconds(5),
        "the simulated clock ran (×60) with no frame"
    );
}
