//! The class database (issue 25) on a throwaway PostgreSQL server: the schema migrated from an
//! empty database, an older kofu refused by a newer schema, and `kofu state copy` from a folder
//! to the database and back with the same `verify` verdicts. Skips with one line when
//! PostgreSQL is not installed (fails instead under KOFU_REQUIRE_PG=1, as in CI).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::path::Path;
use std::process::{Command, Output};

use kofu::domain::store::Store;
use kofu::store::postgres::{PgStore, schema};

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
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn migrations_from_an_empty_database() {
    let Some(server) = pg::Server::start("migrations_from_an_empty_database") else {
        return;
    };
    let url = server.create_db("empty");
    let mut c = server.client("empty");
    let tables = |c: &mut postgres::Client| -> i64 {
        c.query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            &[],
        )
        .unwrap()
        .get(0)
    };
    assert_eq!(tables(&mut c), 0, "the database starts empty");
    // A kiosk run against the empty database migrates it and issues.
    let o = kofu(&["run", SCENARIO, "--state", &url, "--compact"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let versions: Vec<i32> = c
        .query("SELECT version FROM schema_version ORDER BY version", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(versions, (1..=schema::LATEST).collect::<Vec<_>>());
    // events, pins, issues, counters, registrations, results, schema_version (1); stations,
    // commands, command_acks, recordings (2)
    assert_eq!(tables(&mut c), 11);
    // Connecting again applies nothing twice, and the issue is there.
    let mut store = PgStore::connect(&url).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema::LATEST);
    let n: i64 = c
        .query_one("SELECT count(*) FROM schema_version", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, i64::from(schema::LATEST));
    assert_eq!(store.last_issue().unwrap().map(|n| n.0), Some(1));
    assert_eq!(store.pin_failures("card-tsukuba-hanako").unwrap(), Some(0));
}

#[test]
fn an_older_kofu_is_refused_by_a_newer_schema() {
    let Some(server) = pg::Server::start("an_older_kofu_is_refused_by_a_newer_schema") else {
        return;
    };
    let url = server.create_db("newer");
    PgStore::connect(&url).unwrap();
    let mut c = server.client("newer");
    let newer = schema::LATEST + 1;
    c.execute(
        "INSERT INTO schema_version (version, kofu) VALUES ($1, '9.9.9')",
        &[&newer],
    )
    .unwrap();
    let o = kofu(&["run", SCENARIO, "--state", &url]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("schema version {newer}"))
            && err.contains(&format!("knows versions up to {}", schema::LATEST)),
        "{err}"
    );
    let issues: i64 = c
        .query_one("SELECT count(*) FROM issues", &[])
        .unwrap()
        .get(0);
    assert_eq!(issues, 0, "nothing written by the refused kofu");
    // verify refuses to read it too, rather than judge against a schema it does not know.
    assert!(PgStore::connect_read_only(&url).is_err());
}

/// `kofu verify` of each PDF in `docs` against `state`: (exit code, each file's ok and issue).
fn verdicts(docs: &Path, state: &str) -> (Option<i32>, Vec<(bool, Option<String>)>) {
    let mut files: Vec<String> = std::fs::read_dir(docs)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no PDF in {}", docs.display());
    let mut args = vec!["verify", "--state", state];
    args.extend(files.iter().map(String::as_str));
    let o = kofu(&args);
    let v = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| {
            let j: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                j["ok"].as_bool().unwrap(),
                j["issue_number"].as_str().map(str::to_string),
            )
        })
        .collect();
    (o.status.code(), v)
}

#[test]
fn state_copy_round_trip_keeps_the_verdicts() {
    let Some(server) = pg::Server::start("state_copy_round_trip_keeps_the_verdicts") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("state");
    let docs = tmp.path().join("docs");
    let folder_s = folder.to_str().unwrap();
    // Two issues before the one whose PDFs are checked.
    for _ in 0..2 {
        let o = kofu(&["run", SCENARIO, "--state", folder_s]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = kofu(&[
        "run",
        SCENARIO,
        "--state",
        folder_s,
        "--out",
        docs.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = verdicts(&docs, folder_s);
    assert_eq!(before.0, Some(0), "{before:?}");

    // A trainee's result travels with the journal.
    let result = kofu::store::database::TraineeResult {
        trainee: "山田 花子".into(),
        exercise: "exercise-pin-locked#1".into(),
        title: "PIN locked".into(),
        answer: "reason=pin_locked".into(),
        correct: true,
        millis: 4_200,
        at: "2026-11-25T01:00:00Z".into(),
    };
    kofu::store::StateStore::open(&folder)
        .unwrap()
        .add_result(&result)
        .unwrap();
    let url = server.create_db("class");
    let o = kofu(&["state", "copy", folder_s, &url]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(verdicts(&docs, &url), before, "verdicts on the database");
    // A second copy into a database holding state is refused, and --replace overwrites it.
    let o = kofu(&["state", "copy", folder_s, &url]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--replace"), "{}", stderr(&o));
    let o = kofu(&["state", "copy", "--replace", folder_s, &url]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(verdicts(&docs, &url), before);

    // A kiosk on the database continues the folder's numbers.
    let mut store = PgStore::connect(&url).unwrap();
    let last = store.last_issue().unwrap().unwrap();
    drop(store);
    let back = tmp.path().join("back");
    let back_s = back.to_str().unwrap();
    let o = kofu(&["state", "copy", &url, back_s]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(verdicts(&docs, back_s), before, "verdicts on the copy back");
    let mut db = kofu::store::Database::open(&back).unwrap();
    assert_eq!(db.last_issue().unwrap(), Some(last));
    assert_eq!(db.results(None).unwrap(), vec![result]);
    assert_eq!(
        kofu::store::Database::read_all(&back).unwrap(),
        kofu::store::Database::read_all(&folder).unwrap(),
        "every event back in order"
    );
    // And a file the journal does not know fails the same way on all three.
    let empty = server.create_db("other");
    PgStore::connect(&empty).unwrap();
    let unknown = verdicts(&docs, &empty);
    assert_eq!(unknown.0, Some(1));
    assert!(unknown.1.iter().all(|(ok, _)| !ok));
}

#[test]
fn a_mistyped_database_url_is_bad_input_and_hides_its_password() {
    // No server needed: the URL is refused before anything starts.
    for args in [
        vec![
            "run",
            SCENARIO,
            "--state",
            "postgres://kofu:s3cret@host:notaport/db",
        ],
        vec![
            "state",
            "copy",
            "./nowhere",
            "postgresql://kofu:s3cret@host:99999/db",
        ],
        vec![
            "verify",
            "--state",
            "postgres://kofu:s3cret@h:x/d",
            SCENARIO,
        ],
        // Every other command that takes a database URL (clap's own error echoed it).
        vec!["class", "init", "postgres://kofu:s3cret@h:x/d"],
        vec!["class", "postgres://kofu:s3cret@h:x/d", "--json"],
        vec![
            "soak",
            "--state",
            "postgres://kofu:s3cret@h:x/d",
            "--card",
            "c",
        ],
        vec![
            "study",
            "--state",
            "postgres://kofu:s3cret@h:x/d",
            "--out",
            "x",
        ],
        vec![
            "results",
            "--state",
            "postgres://kofu:s3cret@h:x/d",
            "--out",
            "x",
        ],
        vec!["--state", "postgres://kofu:s3cret@h:x/d"],
    ] {
        let o = kofu(&args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("not a database URL"), "{err}");
        assert!(
            err.contains("kofu:***@") && !err.contains("s3cret"),
            "{err}"
        );
    }
}
