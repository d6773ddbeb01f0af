//! A recording's save never waits for the class database (issue 25, items 4 and 5): with the
//! server stopped, handing a save over returns at once, the sink says why it could not store
//! it, and the newest save of the session reaches the table once the server is back.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::time::{Duration, Instant};

use kofu::research::recording::class::{ClassSink, Saved, Sink};
use kofu::store::postgres::recordings::Recordings;

fn saved(text: &str) -> Saved {
    Saved {
        session: "P01-20261206-100000-1".into(),
        participant: Some("P01".into()),
        condition: Some("X".into()),
        started: "2026-12-06T01:00:00.000Z".into(),
        timeline: text.into(),
    }
}

fn body(url: &str) -> Option<String> {
    let mut db = Recordings::connect_existing(url).unwrap().unwrap();
    db.read("A", "P01-20261206-100000-1")
        .unwrap()
        .map(|r| r.body)
}

#[test]
fn a_save_waits_for_no_database_and_lands_when_it_is_back() {
    let Some(server) = pg::Server::start("a_save_waits_for_no_database_and_lands_when_it_is_back")
    else {
        return;
    };
    let url = server.create_db("rec_outage");
    let sink = ClassSink::start(&url, "A");
    sink.save(saved("{\"v\": 1}"));
    assert!(sink.flush(Duration::from_secs(10)), "{:?}", sink.problem());
    assert_eq!(body(&url).as_deref(), Some("{\"v\": 1}"));

    server.stop();
    // Three saves while it is away: each handed over at once; only the newest is kept.
    let mut slowest = Duration::ZERO;
    for v in 2..=4 {
        let t = Instant::now();
        sink.save(saved(&format!("{{\"v\": {v}}}")));
        slowest = slowest.max(t.elapsed());
    }
    assert!(
        slowest < Duration::from_millis(50),
        "a save waited {slowest:?} for the database"
    );
    assert!(!sink.flush(Duration::from_secs(1)), "nothing can be stored");
    let problem = sink.problem().expect("the sink says why");
    assert!(
        problem.contains("rec_outage") && problem.contains("error"),
        "names the database and why: {problem}"
    );

    server.start_again();
    assert!(
        sink.flush(Duration::from_secs(20)),
        "stored once the server is back: {:?}",
        sink.problem()
    );
    assert_eq!(body(&url).as_deref(), Some("{\"v\": 4}"), "the newest save");
    assert_eq!(sink.problem(), None, "the problem is cleared");
}
