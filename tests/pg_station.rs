//! The window as a station of a class (issue 25, item 2) on a throwaway server: two windows
//! register under their `--station` names and publish what they show; an instructor's
//! command for one is applied by that window only, through the console's message path, and
//! acknowledged; a command for every station reaches both; a command this kofu cannot read is
//! acknowledged as unknown. Skips with one line when PostgreSQL is not installed (fails
//! instead under KOFU_REQUIRE_PG=1, as in CI).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use kofu::domain::session::{Event, Fault};
use kofu::report::tour;
use kofu::store::postgres::class::{ClassCommand, Instructor, StationRow};
use kofu::window::{KioskApp, tokens};

type H = Harness<'static, KioskApp>;

fn window(url: &str, station: &str) -> H {
    let app = KioskApp::new(kofu::window::UiOptions {
        memory_store: false,
        state: Some(url.into()),
        station: Some(station.into()),
        ..tour::options("fujifilm", "ja")
    })
    .unwrap();
    Harness::builder()
        .with_size(tokens::window_size())
        .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app)
}

/// Runs frames of both windows until `done` (at most 10 s); how long it took.
fn until(hs: &mut [&mut H], what: &str, mut done: impl FnMut(&mut [&mut H]) -> bool) -> Duration {
    let t = Instant::now();
    loop {
        for h in hs.iter_mut() {
            h.step();
        }
        if done(hs) {
            return t.elapsed();
        }
        assert!(t.elapsed() < Duration::from_secs(10), "{what}: not in 10 s");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn station(teacher: &mut Instructor, name: &str) -> Option<StationRow> {
    teacher
        .stations()
        .unwrap()
        .into_iter()
        .find(|s| s.name == name)
}

fn acks(teacher: &mut Instructor, seq: i64) -> Vec<(String, String)> {
    teacher.acks(seq).unwrap()
}

#[test]
fn an_instructors_command_is_applied_by_the_named_window_only_and_acknowledged() {
    let Some(server) = pg::Server::start("instructor_command_named_window") else {
        return;
    };
    let url = server.create_db("stations");
    let (mut a, mut b) = (window(&url, "a"), window(&url, "b"));
    let mut teacher = Instructor::connect(&url).unwrap();
    until(&mut [&mut a, &mut b], "both registered", |_| {
        station(&mut teacher, "a").is_some() && station(&mut teacher, "b").is_some()
    });
    assert_eq!(station(&mut teacher, "a").unwrap().state.screen, "language");

    // What a window shows reaches the instructor: measured from the tap to the row.
    assert!(a.state_mut().send(Event::Services));
    let seen = until(&mut [&mut a, &mut b], "a's screen published", |_| {
        station(&mut teacher, "a").unwrap().state.screen == "services"
    });
    eprintln!(
        "a's new screen in the stations table {} ms after the tap",
        seen.as_millis()
    );
    assert_eq!(station(&mut teacher, "b").unwrap().state.screen, "language");

    // A fault for station a: applied by a alone, as the console's Inject, and acknowledged.
    let unreadable = ClassCommand::InjectFault {
        fault: "card-unreadable".into(),
    };
    let seq = teacher.send(Some("a"), &unreadable).unwrap();
    until(&mut [&mut a, &mut b], "a acknowledges", |_| {
        !acks(&mut teacher, seq).is_empty()
    });
    assert_eq!(acks(&mut teacher, seq), [("a".into(), "applied".into())]);
    assert_eq!(
        a.state().session().armed_faults(),
        [(Fault::CardUnreadable, 0)]
    );
    let logged = a.state().history().last().and_then(|l| l.event.clone());
    assert_eq!(
        logged,
        Some(Event::Fault {
            fault: Fault::CardUnreadable,
            after_copies: 0
        })
    );
    std::thread::sleep(Duration::from_millis(500));
    b.step();
    assert!(b.state().session().armed_faults().is_empty());
    assert_eq!(acks(&mut teacher, seq).len(), 1, "b never saw it");

    // Pause for every station: both apply it, and both publish that they are paused.
    let seq = teacher.send(None, &ClassCommand::Pause).unwrap();
    until(&mut [&mut a, &mut b], "both acknowledge", |_| {
        acks(&mut teacher, seq).len() == 2
    });
    assert!(a.state().station_state().paused && b.state().station_state().paused);
    until(&mut [&mut a, &mut b], "paused published", |_| {
        station(&mut teacher, "a").unwrap().state.paused
            && station(&mut teacher, "b").unwrap().state.paused
    });

    // An exercise by its id; one that does not exist; a command of a newer kofu.
    let ex = |id: &str| ClassCommand::StartExercise {
        exercise: id.into(),
    };
    let good = teacher.send(Some("b"), &ex("exercise-pin-locked")).unwrap();
    let bad = teacher.send(Some("b"), &ex("no-such-exercise")).unwrap();
    server
        .client("stations")
        .execute(
            "INSERT INTO commands (station, command) VALUES ('b', '{\"command\": \"dance\"}')",
            &[],
        )
        .unwrap();
    until(&mut [&mut a, &mut b], "b acknowledges all three", |_| {
        !acks(&mut teacher, good).is_empty() && !acks(&mut teacher, bad).is_empty()
    });
    assert_eq!(acks(&mut teacher, good), [("b".into(), "applied".into())]);
    assert_eq!(
        acks(&mut teacher, bad),
        [("b".into(), "no-such-exercise".into())]
    );
    until(
        &mut [&mut a, &mut b],
        "the unknown one acknowledged",
        |_| {
            let n: i64 = server
                .client("stations")
                .query_one(
                    "SELECT count(*) FROM command_acks WHERE station = 'b' AND outcome = 'unknown'",
                    &[],
                )
                .unwrap()
                .get(0);
            n == 1
        },
    );
    until(&mut [&mut a, &mut b], "b's exercise published", |_| {
        station(&mut teacher, "b")
            .unwrap()
            .state
            .exercise
            .as_deref()
            == Some("exercise-pin-locked#1")
    });
    assert_eq!(station(&mut teacher, "a").unwrap().state.exercise, None);
}
