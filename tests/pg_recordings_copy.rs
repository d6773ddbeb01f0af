//! `kofu state copy` carries recorded sessions (issue 25, item 4): a state folder's
//! `recordings/` (the console's Record without `--record`; one subfolder per station) into a
//! class database's `recordings` table and back out, bodies byte for byte; a target holding
//! recordings is refused without `--replace`; a recording that is not JSON is bad input.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::path::Path;
use std::process::{Command, Output};

use kofu::report::study::synthetic;
use kofu::store::postgres::recordings::{Recordings, Selection};

fn kofu(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kofu"))
        .args(args)
        .output()
        .unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn put(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_folders_recordings_go_into_the_database_and_back() {
    let Some(server) = pg::Server::start("a_folders_recordings_go_into_the_database_and_back")
    else {
        return;
    };
    let url = server.create_db("copy_rec");
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("state");
    let mut ts = synthetic::corpus(2, 11);
    ts[0].design.participant = Some("P01".into());
    ts[0].design.condition = Some("X".into());
    let own = serde_json::to_string_pretty(&ts[0]).unwrap();
    let other = serde_json::to_string_pretty(&ts[1]).unwrap();
    // One of this machine's own (no station), one of station B's with its scenario.
    put(&folder.join("recordings/s1.timeline.json"), &own);
    put(&folder.join("recordings/B/s2.timeline.json"), &other);
    put(&folder.join("recordings/B/s2.toml"), "title = \"x\"\n");
    let f = folder.to_str().unwrap();

    let o = kofu(&["state", "copy", f, &url, "--station", "A"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("2 recordings"), "{}", err(&o));
    let mut db = Recordings::connect_existing(&url).unwrap().unwrap();
    let rows = db.list(&Selection::default()).unwrap();
    let got: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r.station.as_str(), r.session.as_str(), r.body.as_str()))
        .collect();
    assert_eq!(
        got,
        [("A", "s1", own.as_str()), ("B", "s2", other.as_str())]
    );
    assert_eq!(rows[0].participant.as_deref(), Some("P01"));
    assert_eq!(rows[0].condition.as_deref(), Some("X"));
    assert_eq!(rows[0].started.as_deref(), Some(ts[0].started_at.as_str()));

    // The database holds recordings now: refused without --replace, taken with it.
    let o = kofu(&["state", "copy", f, &url, "--station", "A"]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("2 recordings"), "{}", err(&o));
    let o = kofu(&["state", "copy", "--replace", f, &url, "--station", "C"]);
    assert!(o.status.success(), "{}", err(&o));
    let stations: Vec<String> = db
        .list(&Selection::default())
        .unwrap()
        .into_iter()
        .map(|r| r.station)
        .collect();
    assert_eq!(stations, ["B", "C"], "replaced, not added to");

    // Back out: one folder per station, the bodies as they were.
    let back = tmp.path().join("back");
    let o = kofu(&["state", "copy", &url, back.to_str().unwrap()]);
    assert!(o.status.success(), "{}", err(&o));
    let read = |p: &str| std::fs::read_to_string(back.join(p)).unwrap();
    assert_eq!(read("recordings/C/s1.timeline.json"), own);
    assert_eq!(read("recordings/B/s2.timeline.json"), other);
    // And `kofu study` reads them there.
    let out = tmp.path().join("report");
    let o = kofu(&[
        "study",
        "--no-heatmaps",
        "--no-replays",
        back.join("recordings/C").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(err(&o).contains("1 session(s)"), "{}", err(&o));
}

#[test]
fn a_recording_that_is_not_json_is_bad_input() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("state");
    put(&folder.join("recordings/bad.timeline.json"), "{\n  nope");
    let to = tmp.path().join("to");
    let o = kofu(&[
        "state",
        "copy",
        folder.to_str().unwrap(),
        to.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("bad.timeline.json:2:3"), "{}", err(&o));
    assert!(!err(&o).contains("panicked"));
}
