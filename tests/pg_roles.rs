//! The roles of a class database (issue 25, item 6), made by `kofu class init` on a throwaway
//! server: a kiosk's role runs a whole session (`kofu run --state` as that role) and keeps its
//! station, but is refused writing a command, touching another kiosk's station, acknowledging
//! for another station, and changing or deleting a result; the instructor's role sees every
//! station and sends commands. Skips with one line when PostgreSQL is not installed (fails
//! under KOFU_REQUIRE_PG=1, as in CI).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::process::{Command, Output};
use std::time::Duration;

use kofu::store::database::TraineeResult;
use kofu::store::postgres::PgStore;
use kofu::store::postgres::class::{ClassCommand, Instructor, StationLink, StationState};

const SCENARIO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/scenarios/happy-resident-fujifilm.toml"
);

fn kofu(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kofu"))
        .args(args)
        .env(
            "KOFU_ASSETS",
            concat!(env!("CARGO_MANIFEST_DIR"), "/assets"),
        )
        .env_remove("KOFU_CLASS_PASSWORD")
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The URL of `db` as `role` (the server trusts its socket: no password).
fn as_role(server: &pg::Server, role: &str, db: &str) -> String {
    server.url(db).replacen("kofu@", &format!("{role}@"), 1)
}

fn state(screen: &str) -> StationState {
    StationState {
        screen: screen.into(),
        step: 1,
        ..StationState::default()
    }
}

/// The SQLSTATE and message of a refused statement.
fn refused(r: Result<u64, postgres::Error>) -> String {
    let e = r.expect_err("the statement was allowed");
    let db = e.as_db_error().expect("a refusal by the server");
    format!("{} {}", db.code().code(), db.message())
}

/// Each kiosk registers and keeps its own station, and cannot reach another's: returns the
/// links of station-a (kiosk a's) and station-b (kiosk b's).
fn stations_are_each_kiosks_own(kiosk_a: &str, kiosk_b: &str) -> (StationLink, StationLink) {
    let mut a = StationLink::connect(kiosk_a, "station-a", &state("language")).unwrap();
    let b = StationLink::connect(kiosk_b, "station-b", &state("language")).unwrap();
    a.publish(&state("pin")).unwrap();
    let err = StationLink::connect(kiosk_b, "station-a", &state("home")).unwrap_err();
    assert!(err.to_string().contains("row-level security"), "{err}");
    let mut raw_b = postgres::Client::connect(kiosk_b, postgres::NoTls).unwrap();
    let n = raw_b
        .execute(
            "UPDATE stations SET screen = 'home' WHERE name = 'station-a'",
            &[],
        )
        .unwrap();
    assert_eq!(n, 0, "kiosk b reached station a's row");
    let seen: i64 = raw_b
        .query_one("SELECT count(*) FROM stations", &[])
        .unwrap()
        .get(0);
    assert_eq!(seen, 1, "a kiosk sees its own station only");
    let err = refused(raw_b.execute(
        "INSERT INTO stations (name, screen, step, owner) VALUES ('station-c', 'home', 0, 'kiosk-a')",
        &[],
    ));
    assert!(err.starts_with("42501"), "{err}");
    (a, b)
}

/// Results: a kiosk adds them and may not change or delete one (nor the journal); the
/// instructor reads them all, another kiosk none of them.
fn results_are_added_never_changed(
    store: &mut PgStore,
    raw_a: &mut postgres::Client,
    teacher: &str,
    kiosk_b: &str,
) {
    let result = TraineeResult {
        trainee: "Trainee A".into(),
        exercise: "exercise-pin-locked#1".into(),
        title: "PIN locked".into(),
        answer: "reason=pin_locked".into(),
        correct: true,
        millis: 4_200,
        at: "2026-11-25T01:00:00Z".into(),
    };
    store.add_result(&result).unwrap();
    for sql in [
        "DELETE FROM results",
        "UPDATE results SET correct = NOT correct",
        "DELETE FROM events",
        "TRUNCATE pins",
    ] {
        let err = refused(raw_a.execute(sql, &[]));
        assert!(err.starts_with("42501"), "{sql}: {err}");
    }
    let mut reader = PgStore::connect(teacher).unwrap();
    assert_eq!(reader.results(None).unwrap(), [result]);
    let mut b_store = PgStore::connect(kiosk_b).unwrap();
    assert!(
        b_store.results(None).unwrap().is_empty(),
        "b read a's results"
    );
}

#[test]
fn a_kiosk_role_records_decisions_and_nothing_of_others() {
    let Some(server) = pg::Server::start("a_kiosk_role_records_decisions_and_nothing_of_others")
    else {
        return;
    };
    let owner = server.create_db("class");
    let o = kofu(&[
        "class",
        "init",
        &owner,
        "--kiosk",
        "kiosk-a",
        "--kiosk",
        "kiosk-b",
        "--instructor",
        "teacher",
    ]);
    let out = text(&o.stdout);
    assert!(o.status.success(), "{}{out}", text(&o.stderr));
    assert!(out.contains("schema migrated from version 0 to"), "{out}");
    assert!(
        out.contains("group role kofu_kiosk created (NOLOGIN)"),
        "{out}"
    );
    assert!(
        out.contains("login role teacher created, member of kofu_instructor"),
        "{out}"
    );

    // A whole session as the kiosk's role.
    let kiosk_a = as_role(&server, "kiosk-a", "class");
    let o = kofu(&["run", SCENARIO, "--state", &kiosk_a, "--compact"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let mut store = PgStore::connect(&kiosk_a).unwrap();
    assert_eq!(store.last_issue().unwrap().map(|n| n.0), Some(1));

    let kiosk_b = as_role(&server, "kiosk-b", "class");
    let (a, mut b) = stations_are_each_kiosks_own(&kiosk_a, &kiosk_b);

    // Commands: the kiosk reads them and may not write one.
    let mut fake = Instructor::connect(&kiosk_a).unwrap();
    let err = fake.send(None, &ClassCommand::Pause).unwrap_err();
    assert!(
        err.to_string()
            .contains("permission denied for table commands"),
        "{err}"
    );

    // The instructor sees every station and sends.
    let teacher = as_role(&server, "teacher", "class");
    let mut t = Instructor::connect(&teacher).unwrap();
    let names: Vec<String> = t.stations().unwrap().into_iter().map(|s| s.name).collect();
    assert_eq!(names, ["station-a", "station-b"]);
    assert_eq!(t.stations().unwrap()[0].state.screen, "pin");
    let jam = ClassCommand::InjectFault {
        fault: "paper-jam".into(),
    };
    let seq = t.send(Some("station-b"), &jam).unwrap();
    let got = b.wait_commands(Duration::from_secs(5)).unwrap();
    assert_eq!(got.iter().map(|c| c.seq).collect::<Vec<_>>(), [seq]);
    b.ack(seq, "applied").unwrap();
    // Kiosk a may not acknowledge for station b.
    let mut raw_a = postgres::Client::connect(&kiosk_a, postgres::NoTls).unwrap();
    let err = refused(raw_a.execute(
        "INSERT INTO command_acks (seq, station, outcome) VALUES ($1, 'station-b', 'refused')",
        &[&seq],
    ));
    assert!(err.contains("row-level security"), "{err}");
    assert_eq!(
        t.acks(seq).unwrap(),
        [("station-b".to_string(), "applied".to_string())]
    );
    let err = refused(raw_a.execute("INSERT INTO commands (command) VALUES ('{}')", &[]));
    assert!(err.starts_with("42501"), "{err}");

    results_are_added_never_changed(&mut store, &mut raw_a, &teacher, &kiosk_b);
    drop(a);

    // Init again: nothing made twice, the grants made anew.
    let o = kofu(&["class", "init", &owner, "--kiosk", "kiosk-a"]);
    let out = text(&o.stdout);
    assert!(o.status.success(), "{}{out}", text(&o.stderr));
    assert!(out.contains("schema already at version"), "{out}");
    assert!(out.contains("login role kiosk-a already there"), "{out}");
}

#[test]
fn class_init_names_who_may_run_it() {
    let Some(server) = pg::Server::start("class_init_names_who_may_run_it") else {
        return;
    };
    // kofu's tables made by the first kiosk (role kofu), before any init.
    let owner = server.create_db("class");
    PgStore::connect(&owner).unwrap();
    server
        .client("class")
        .batch_execute(
            "CREATE ROLE admin LOGIN CREATEROLE; CREATE ROLE plain LOGIN;
             CREATE ROLE teacher LOGIN",
        )
        .unwrap();
    let o = kofu(&["class", "init", &as_role(&server, "plain", "class")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("role plain may not create roles"),
        "{}",
        text(&o.stderr)
    );
    let o = kofu(&["class", "init", &as_role(&server, "admin", "class")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("kofu's tables here belong to role kofu, not admin"),
        "{}",
        text(&o.stderr)
    );
    // The owner: an existing role joined to its group, and told when it is in both.
    let o = kofu(&["class", "init", &owner, "--instructor", "teacher"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = kofu(&["class", "init", &owner, "--kiosk", "teacher"]);
    let out = text(&o.stdout);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        out.contains("login role teacher already there, member of kofu_kiosk"),
        "{out}"
    );
    assert!(
        out.contains("teacher is also a member of kofu_instructor"),
        "{out}"
    );
}

#[test]
fn class_init_refuses_bad_input_with_exit_2() {
    // No server needed: refused before connecting.
    for (args, says) in [
        (vec!["class", "init", "./a-folder"], "not a database URL"),
        (
            vec!["class", "init", "postgres://o@h/c", "--kiosk", "pg_x"],
            "reserved",
        ),
        (
            vec![
                "class",
                "init",
                "postgres://o@h/c",
                "--kiosk",
                "k",
                "--instructor",
                "k",
            ],
            "named twice",
        ),
        (
            vec![
                "class",
                "init",
                "postgres://o@h/c",
                "--kiosk",
                "k",
                "--passwords",
                "/nonexistent/pw",
            ],
            "/nonexistent/pw",
        ),
    ] {
        let o = kofu(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o.stderr));
        assert!(
            text(&o.stderr).contains(says),
            "{args:?}: {}",
            text(&o.stderr)
        );
    }
}
