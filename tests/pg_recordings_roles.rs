//! Recordings under the class roles (issues 25 items 4 and 6): after `kofu class init`, a kiosk's
//! login role saves its sessions and saves them again (the upsert every checkpoint makes), but
//! cannot overwrite another kiosk's recording of the same station and session; the instructor's
//! role reads every recording, and `kofu study` run as the instructor sees them all.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::process::Command;

use kofu::store::postgres::recordings::{NewRecording, Recordings, Selection};

fn as_role(server: &pg::Server, role: &str, db: &str) -> String {
    server.url(db).replacen("kofu@", &format!("{role}@"), 1)
}

fn body(v: u32) -> String {
    let mut t = kofu::report::study::synthetic::corpus(1, 3).pop().unwrap();
    t.started_at = format!("2026-12-06T01:00:0{v}.000Z");
    serde_json::to_string_pretty(&t).unwrap()
}

fn row<'a>(station: &'a str, body: &'a str) -> NewRecording<'a> {
    NewRecording {
        station,
        session: "P01-20261206-100000-1",
        participant: Some("P01"),
        condition: None,
        started: "2026-12-06T01:00:00.000Z",
        body,
    }
}

#[test]
fn a_kiosk_role_saves_its_own_recordings_and_the_instructor_reads_all() {
    let Some(server) =
        pg::Server::start("a_kiosk_role_saves_its_own_recordings_and_the_instructor_reads_all")
    else {
        return;
    };
    let owner = server.create_db("class");
    let o = Command::new(env!("CARGO_BIN_EXE_kofu"))
        .args(["class", "init", &owner, "--kiosk", "kiosk-a", "--kiosk"])
        .args(["kiosk-b", "--instructor", "teacher"])
        .env_remove("KOFU_CLASS_PASSWORD")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let (b1, b2) = (body(1), body(2));
    let mut a = Recordings::connect(&as_role(&server, "kiosk-a", "class")).unwrap();
    a.save(&row("A", &b1)).unwrap();
    a.save(&row("A", &b2)).unwrap();
    let mut b = Recordings::connect(&as_role(&server, "kiosk-b", "class")).unwrap();
    let err = b.save(&row("A", &b1)).unwrap_err();
    assert!(err.to_string().contains("row-level security"), "{err}");
    b.save(&row("B", &b1)).unwrap();
    let seen: Vec<String> = b
        .list(&Selection::default())
        .unwrap()
        .into_iter()
        .map(|r| r.station)
        .collect();
    assert_eq!(seen, ["B"], "a kiosk reads only its own");

    let teacher = as_role(&server, "teacher", "class");
    let mut t = Recordings::connect_existing(&teacher).unwrap().unwrap();
    let all = t.list(&Selection::default()).unwrap();
    let got: Vec<(&str, &str)> = all
        .iter()
        .map(|r| (r.station.as_str(), r.body.as_str()))
        .collect();
    assert_eq!(got, [("A", b2.as_str()), ("B", b1.as_str())]);

    let tmp = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_kofu"))
        .args(["study", "--no-heatmaps", "--no-replays", &teacher, "--out"])
        .arg(tmp.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("2 session(s)"), "{err}");
}
