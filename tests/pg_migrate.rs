//! Migrations of a class database from the schema versions kofu wrote before (issue 25): a
//! database built from version 1's SQL, and one from versions 1 and 2 (kept as data in
//! `tests/pg_schema/`), each with rows, is brought to this kofu's version when a kiosk
//! connects, every row kept and usable; a kiosk's role, which may not migrate, is told to ask
//! the class's owner and changes nothing. Skips with one line when PostgreSQL is not
//! installed (fails under KOFU_REQUIRE_PG=1, as in CI).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use kofu::domain::record::{IssueStartedFields, Record};
use kofu::domain::store::Store;
use kofu::store::postgres::class::Instructor;
use kofu::store::postgres::{PgStore, schema};

const V1: &str = include_str!("pg_schema/v1.sql");
const V2: &str = include_str!("pg_schema/v2.sql");

/// Rows a version-1 kofu wrote: a card with two failures, issue 7 started, a registration, a
/// result.
const V1_ROWS: &str = r#"
    INSERT INTO events (issue, record) VALUES
        (NULL, '{"type":"pin","card":"card-old","failures":2,"at":"2026-11-20T01:00:00Z"}');
    INSERT INTO pins (card, failures, at) VALUES ('card-old', 2, '2026-11-20T01:00:00Z');
    UPDATE counters SET value = 7 WHERE name = 'issue';
    INSERT INTO events (issue, record) VALUES (7, '{"type":"unknown_to_this_kofu"}');
    INSERT INTO issues (number, started) VALUES (7, 2);
    INSERT INTO registrations (person, municipality, ready_on)
        VALUES ('p-1', 'tsukuba', '2026-11-21');
    INSERT INTO results (trainee, exercise, title, answer, correct, millis, at)
        VALUES ('Trainee', 'exercise-pin-locked#1', 'PIN locked', 'reason=pin_locked', true,
                4200, '2026-11-20T01:00:00Z');"#;

/// Rows a version-2 kofu added: a station, a command, its acknowledgement, a recording.
const V2_ROWS: &str = r#"
    INSERT INTO stations (name, screen, step) VALUES ('station-old', 'pin', 4);
    INSERT INTO commands (station, command) VALUES ('station-old', '{"command":"pause"}');
    INSERT INTO command_acks (seq, station, outcome) VALUES (1, 'station-old', 'applied');
    INSERT INTO recordings (station, session, body) VALUES ('station-old', 's-1', '{}');"#;

fn count(c: &mut postgres::Client, sql: &str) -> i64 {
    c.query_one(sql, &[]).unwrap().get(0)
}

/// Connects as a kiosk does and checks the version-1 rows are all there and used.
fn check_v1_rows(url: &str, c: &mut postgres::Client) {
    let mut store = PgStore::connect(url).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::LATEST);
    let versions: Vec<i32> = c
        .query("SELECT version FROM schema_version ORDER BY version", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(versions, (1..=schema::LATEST).collect::<Vec<_>>());
    assert_eq!(store.pin_failures("card-old").unwrap(), Some(2));
    assert_eq!(store.last_issue().unwrap().map(|n| n.0), Some(7));
    assert_eq!(
        store.registration("p-1", "tsukuba").unwrap().as_deref(),
        Some("2026-11-21")
    );
    let (events, unknown) = store.events().unwrap();
    assert_eq!((events.len(), unknown), (1, 1));
    assert!(matches!(&events[0], Record::Pin { failures: 2, .. }));
    assert_eq!(store.results(None).unwrap().len(), 1);
    // The counter goes on from where the old kofu left it.
    let fields = IssueStartedFields {
        session: "s-new".into(),
        card: "card-old".into(),
        holder: "p-1".into(),
        certificate: "residence".into(),
        copies: 1,
        fee_yen: 200,
        at: "2026-11-25T01:00:00Z".into(),
    };
    assert_eq!(store.begin_issue(fields).unwrap().0, 8);
    // Rows written before version 3 are the migrating role's.
    assert_eq!(
        count(c, "SELECT count(*) FROM results WHERE owner = 'kofu'"),
        1
    );
}

#[test]
fn migrations_from_version_1_keep_the_rows() {
    let Some(server) = pg::Server::start("migrations_from_version_1_keep_the_rows") else {
        return;
    };
    let url = server.create_db("old");
    let mut c = server.client("old");
    c.batch_execute(V1).unwrap();
    c.batch_execute(V1_ROWS).unwrap();
    check_v1_rows(&url, &mut c);
}

#[test]
fn migrations_from_version_2_keep_the_rows() {
    let Some(server) = pg::Server::start("migrations_from_version_2_keep_the_rows") else {
        return;
    };
    let url = server.create_db("old");
    let mut c = server.client("old");
    c.batch_execute(V1).unwrap();
    c.batch_execute(V1_ROWS).unwrap();
    c.batch_execute(V2).unwrap();
    c.batch_execute(V2_ROWS).unwrap();
    check_v1_rows(&url, &mut c);
    let mut teacher = Instructor::connect(&url).unwrap();
    let stations = teacher.stations().unwrap();
    assert_eq!(stations.len(), 1);
    assert_eq!(
        (stations[0].name.as_str(), stations[0].state.step),
        ("station-old", 4)
    );
    assert_eq!(
        teacher.acks(1).unwrap(),
        [("station-old".to_string(), "applied".to_string())]
    );
    for table in ["command_acks", "recordings"] {
        let n = count(
            &mut c,
            &format!("SELECT count(*) FROM {table} WHERE owner = 'kofu'"),
        );
        assert_eq!(n, 1, "{table}");
    }
}

#[test]
fn a_kiosk_role_on_an_older_schema_is_told_to_ask_the_owner() {
    let Some(server) =
        pg::Server::start("a_kiosk_role_on_an_older_schema_is_told_to_ask_the_owner")
    else {
        return;
    };
    server.create_db("old");
    let mut c = server.client("old");
    c.batch_execute(V1).unwrap();
    c.batch_execute(V1_ROWS).unwrap();
    // A role that may read and write the rows (as a kiosk could) but not change the schema:
    // PostgreSQL 15's public schema gives no CREATE to others, and the tables are not its.
    c.batch_execute(
        "CREATE ROLE kiosk01 LOGIN;
         REVOKE CREATE ON SCHEMA public FROM PUBLIC;
         GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO kiosk01;",
    )
    .unwrap();
    let kiosk = server.url("old").replacen("kofu@", "kiosk01@", 1);
    let err = PgStore::connect(&kiosk).unwrap_err().to_string();
    assert!(
        err.contains("schema version 1")
            && err.contains("ask the class's owner to run `kofu class init`"),
        "{err}"
    );
    assert_eq!(
        count(&mut c, "SELECT max(version)::bigint FROM schema_version"),
        1
    );
    // Without even the right to read the version, the same advice.
    c.batch_execute("REVOKE SELECT ON schema_version FROM kiosk01")
        .unwrap();
    let err = PgStore::connect(&kiosk).unwrap_err().to_string();
    assert!(
        err.contains("ask the class's owner to run `kofu class init`"),
        "{err}"
    );
}
