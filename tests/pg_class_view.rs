//! The instructor station's view of a class (issue 25, item 3): `kofu class URL --json` after a
//! scripted class of four stations (one refused, one lost, one with a wrong answer mid-exercise,
//! one fine; results; a command to one and its acknowledgement), the refusals of a database
//! kofu never used and of a server that is not there, and the delay from a station's
//! publication to the instructor's model.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::process::Command;
use std::time::{Duration, Instant};

use kofu::store::database::TraineeResult;
use kofu::store::postgres::PgStore;
use kofu::store::postgres::class::{ClassCommand, Instructor, StationLink, StationState};
use kofu::window::class::{ClassApp, ClassOptions};
use serde_json::Value;

fn state(screen: &str, step: u8) -> StationState {
    StationState {
        screen: screen.into(),
        step,
        ..StationState::default()
    }
}

fn result(trainee: &str, exercise: &str, correct: bool, millis: u64) -> TraineeResult {
    TraineeResult {
        trainee: trainee.into(),
        exercise: exercise.into(),
        title: "Locked PIN".into(),
        answer: "pin_locked / reset_pin_at_office".into(),
        correct,
        millis,
        at: "2026-11-25T10:00:00+09:00".into(),
    }
}

fn kofu(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kofu"))
        .args(args)
        .output()
        .unwrap()
}

/// Four stations as a class would have them; returns the links (kept open) and the command.
fn scripted_class(url: &str, server: &pg::Server) -> (Vec<StationLink>, i64) {
    let mut refused = state("refusal", 3);
    refused.trainee = Some("Sato".into());
    refused.refusal = Some("pin_locked".into());
    let a = StationLink::connect(url, "st-refused", &refused).unwrap();
    let b = StationLink::connect(url, "st-lost", &state("pin", 3)).unwrap();
    let mut wrong = state("payment", 6);
    wrong.trainee = Some("Abe".into());
    wrong.exercise = Some("exercise-pin-locked#1".into());
    wrong.answered = 2;
    wrong.correct = 1;
    wrong.last_answer_correct = Some(false);
    let c = StationLink::connect(url, "st-wrong", &wrong).unwrap();
    let mut d = StationLink::connect(url, "st-fine", &state("certificate", 4)).unwrap();
    // Silence without sleeping 10 s: the lost station's heartbeat set back; the wrong one on
    // its screen for 30 s, so it sorts before the refused one within the first rank.
    let mut su = server.client("class");
    su.batch_execute(
        "UPDATE stations SET heartbeat = now() - interval '15 seconds' WHERE name = 'st-lost';
         UPDATE stations SET screen_since = now() - interval '30 seconds' WHERE name = 'st-wrong'",
    )
    .unwrap();
    let mut store = PgStore::connect(url).unwrap();
    store
        .add_result(&result("Sato", "exercise-pin-locked#1", false, 1000))
        .unwrap();
    store
        .add_result(&result("Sato", "exercise-pin-locked#1", true, 2000))
        .unwrap();
    store
        .add_result(&result("Abe", "exercise-pin-locked#1", false, 4000))
        .unwrap();
    let mut teacher = Instructor::connect(url).unwrap();
    let jam = ClassCommand::InjectFault {
        fault: "paper_jam".into(),
    };
    let seq = teacher.send(Some("st-fine"), &jam).unwrap();
    let got = d.wait_commands(Duration::from_secs(5)).unwrap();
    assert_eq!(got.len(), 1, "{got:?}");
    d.ack(seq, "applied").unwrap();
    (vec![a, b, c, d], seq)
}

#[test]
fn the_class_json_after_a_scripted_class_of_four_stations() {
    let Some(server) = pg::Server::start("the_class_json_after_a_scripted_class_of_four_stations")
    else {
        return;
    };
    let url = server.create_db("class");
    let (_links, seq) = scripted_class(&url, &server);
    let out = kofu(&["class", &url, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let stations = v["stations"].as_array().unwrap();
    let names: Vec<&str> = stations
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["st-wrong", "st-refused", "st-lost", "st-fine"]);
    let lost: Vec<bool> = stations
        .iter()
        .map(|s| s["lost"].as_bool().unwrap())
        .collect();
    assert_eq!(lost, [false, false, true, false]);
    let ranks: Vec<u64> = stations
        .iter()
        .map(|s| s["needs_help"]["rank"].as_u64().unwrap())
        .collect();
    assert_eq!(ranks, [0, 0, 2, 3]);
    assert_eq!(stations[0]["needs_help"]["reasons"][0], "wrong-answer");
    assert_eq!(stations[1]["needs_help"]["reasons"][0], "refusal");
    assert_eq!(stations[1]["refusal"], "pin_locked");
    assert_eq!(stations[1]["trainee"], "Sato");
    assert_eq!(
        (
            stations[0]["answered"].as_u64(),
            stations[0]["correct"].as_u64()
        ),
        (Some(2), Some(1))
    );
    assert!(stations[2]["silent_ms"].as_i64().unwrap() >= 10_000);
    assert!(stations[0]["on_screen_ms"].as_i64().unwrap() >= 30_000);

    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 2, "{results:?}");
    assert_eq!(results[0]["trainee"], "Abe");
    assert_eq!(results[1]["trainee"], "Sato");
    assert_eq!(results[1]["answered"], 2);
    assert_eq!(results[1]["correct"], 1);
    assert_eq!(results[1]["last_correct"], true);
    assert_eq!(results[1]["mean_seconds"], 1.5);

    let commands = v["commands"].as_array().unwrap();
    assert_eq!(commands.len(), 1);
    assert_eq!(commands[0]["seq"], seq);
    assert_eq!(commands[0]["station"], "st-fine");
    assert_eq!(commands[0]["command"]["command"], "inject-fault");
    assert_eq!(commands[0]["command"]["fault"], "paper_jam");
    assert_eq!(
        commands[0]["acks"],
        serde_json::json!([{"station": "st-fine", "outcome": "applied"}])
    );
}

#[test]
fn a_database_kofu_never_used_is_refused_untouched_and_a_missing_server_is_named() {
    let Some(server) = pg::Server::start("a_database_kofu_never_used_is_refused") else {
        return;
    };
    let url = server.create_db("empty");
    let out = kofu(&["class", &url, "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no kofu class in this database"), "{err}");
    let exists: bool = server
        .client("empty")
        .query_one("SELECT to_regclass('stations') IS NOT NULL", &[])
        .unwrap()
        .get(0);
    assert!(
        !exists,
        "the instructor created tables in a database it was pointed at"
    );

    let gone = format!(
        "postgresql://kofu:s3cret@/x?host={}/nowhere&port=1",
        server.socket_dir().display()
    );
    let out = kofu(&["class", &gone, "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kofu:***@"), "{err}");
    assert!(!err.contains("s3cret"), "{err}");

    let out = kofu(&["class", "postgres://kofu:pw@h:notaport/db", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains(":pw@"));
    let out = kofu(&["class", "./a-folder", "--json"]);
    assert_eq!(out.status.code(), Some(2));
}

/// The delay from a station's publication to the instructor's model, measured `n` times.
#[test]
fn a_station_change_reaches_the_instructors_model_within_half_a_second() {
    let Some(server) = pg::Server::start("a_station_change_reaches_the_instructors_model") else {
        return;
    };
    let url = server.create_db("class");
    let mut link = StationLink::connect(&url, "st-a", &state("language", 1)).unwrap();
    let mut app = ClassApp::new(&ClassOptions {
        url,
        lang: "en".into(),
        export_dir: std::env::temp_dir(),
    });
    let screen_of = |app: &ClassApp| {
        app.model
            .snapshot
            .stations
            .iter()
            .find(|s| s.name == "st-a")
            .map(|s| s.state.screen.clone())
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while screen_of(&app).is_none() {
        assert!(Instant::now() < deadline, "no first read of the class");
        app.pump();
        std::thread::sleep(Duration::from_millis(2));
    }
    let screens = ["services", "place_card", "pin", "certificate", "payment"];
    let mut delays = Vec::new();
    for i in 0..25 {
        let screen = screens[i % screens.len()];
        // Published at a random point of the watcher's one-second tick.
        std::thread::sleep(Duration::from_millis(37 * (i as u64 % 7)));
        let t0 = Instant::now();
        link.publish(&state(screen, 2)).unwrap();
        loop {
            app.pump();
            if screen_of(&app).as_deref() == Some(screen) {
                break;
            }
            assert!(
                t0.elapsed() < Duration::from_secs(5),
                "never reached the model"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        delays.push(t0.elapsed());
    }
    delays.sort();
    let p50 = delays[delays.len() / 2];
    let max = delays[delays.len() - 1];
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        format!(
            "publish → tile model over {} changes: p50 {p50:?}, max {max:?}\n",
            delays.len()
        )
        .as_bytes(),
    );
    assert!(max <= Duration::from_millis(500), "max {max:?}");
}
