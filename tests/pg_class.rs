//! The class's live layer on a throwaway server (issue 25): a station registers and publishes,
//! the instructor sees it and is notified of its changes without the station's PIN or names,
//! and a command for one station reaches that station only. Skips with one line when
//! PostgreSQL is not installed (fails instead under KOFU_REQUIRE_PG=1, as in CI).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::time::{Duration, Instant};

use kofu::store::postgres::class::{ClassCommand, Instructor, StationLink, StationState};

fn state(screen: &str, step: u8) -> StationState {
    StationState {
        trainee: Some("Sato Trainee".into()),
        session: Some("s-1".into()),
        screen: screen.into(),
        step,
        ..StationState::default()
    }
}

#[test]
fn a_fault_for_one_station_reaches_that_station_only() {
    let Some(server) = pg::Server::start("a_fault_for_one_station_reaches_that_station_only")
    else {
        return;
    };
    let url = server.create_db("class");
    let mut teacher = Instructor::connect(&url).unwrap();
    let mut a = StationLink::connect(&url, "station-a", &state("language", 1)).unwrap();
    let mut b = StationLink::connect(&url, "station-b", &state("language", 1)).unwrap();
    // Registering caught nothing up: no command was sent yet.
    assert!(
        a.wait_commands(Duration::from_millis(50))
            .unwrap()
            .is_empty()
    );
    assert!(
        b.wait_commands(Duration::from_millis(50))
            .unwrap()
            .is_empty()
    );

    let jam = ClassCommand::InjectFault {
        fault: "paper-jam".into(),
    };
    let seq = teacher.send(Some("station-b"), &jam).unwrap();
    let got_b = b.wait_commands(Duration::from_secs(5)).unwrap();
    assert_eq!(got_b.len(), 1, "{got_b:?}");
    assert_eq!(got_b[0].command, Ok(jam));
    assert!(
        a.wait_commands(Duration::from_millis(300))
            .unwrap()
            .is_empty()
    );
    assert!(
        a.pending().unwrap().is_empty(),
        "station a must not see b's fault"
    );
    b.ack(seq, "applied").unwrap();
    assert!(
        b.pending().unwrap().is_empty(),
        "an acknowledged command comes once"
    );
    assert_eq!(
        teacher.acks(seq).unwrap(),
        vec![("station-b".to_string(), "applied".to_string())]
    );

    // A command for every station reaches both.
    let all = teacher.send(None, &ClassCommand::Pause).unwrap();
    for s in [&mut a, &mut b] {
        let got = s.wait_commands(Duration::from_secs(5)).unwrap();
        assert_eq!(got.iter().map(|c| c.seq).collect::<Vec<_>>(), vec![all]);
    }
}

#[test]
fn the_instructor_is_told_of_a_change_without_names() {
    let Some(server) = pg::Server::start("the_instructor_is_told_of_a_change_without_names") else {
        return;
    };
    let url = server.create_db("class");
    let mut teacher = Instructor::connect(&url).unwrap();
    let mut a = StationLink::connect(&url, "station-a", &state("language", 1)).unwrap();
    // The registration's own notices (its row, then where its commands start), drained until
    // half a second passes without one.
    let first = teacher.wait_changes(Duration::from_secs(5)).unwrap();
    assert_eq!(first[0].station, "station-a");
    while !teacher
        .wait_changes(Duration::from_millis(500))
        .unwrap()
        .is_empty()
    {}

    let t = Instant::now();
    a.publish(&state("pin", 4)).unwrap();
    let notes = teacher.wait_changes(Duration::from_secs(5)).unwrap();
    eprintln!("notice after {:?}", t.elapsed());
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].screen, "pin");
    let rows = teacher.stations().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].state.screen, "pin");
    assert_eq!(rows[0].state.trainee.as_deref(), Some("Sato Trainee"));
    assert!(!rows[0].lost());

    // The payload is made by the schema: no trainee's name in it.
    let mut c = server.client("class");
    c.batch_execute("LISTEN kofu_station").unwrap();
    a.publish(&state("payment", 6)).unwrap();
    let n = {
        use postgres::fallible_iterator::FallibleIterator;
        c.notifications()
            .timeout_iter(Duration::from_secs(5))
            .next()
            .unwrap()
            .unwrap()
    };
    assert!(n.payload().contains("\"payment\""), "{}", n.payload());
    assert!(
        !n.payload().contains("Sato"),
        "a name in a payload: {}",
        n.payload()
    );
}
