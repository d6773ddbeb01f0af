//! The instructor station's window (issue 25, item 3), driven through its accessibility tree on
//! a throwaway server: the tiles show and sort who needs help first, a fault sent to one
//! station becomes a command row for that station and its acknowledgement shows on the tile,
//! the results export as the CSV and PDF `kofu results` writes, and a recorded session is
//! played back in the debrief.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use kofu::store::database::TraineeResult;
use kofu::store::postgres::PgStore;
use kofu::store::postgres::class::{StationLink, StationState};
use kofu::training::results;
use kofu::window::UiOptions;
use kofu::window::class::{ClassApp, ClassOptions};

fn state(screen: &str, step: u8) -> StationState {
    StationState {
        screen: screen.into(),
        step,
        ..StationState::default()
    }
}

/// Steps frames (the database's threads answer between them) until `label` is on show.
fn wait_for(h: &mut Harness<'_, ClassApp>, label: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while h.query_all_by_label_contains(label).next().is_none() {
        assert!(Instant::now() < deadline, "no `{label}` after 15 s");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
}

/// Records one real session on a kiosk (a certificate bought), returning its timeline's text
/// and name.
fn a_recorded_session(dir: &Path) -> (String, String) {
    let o = UiOptions {
        record: Some(dir.to_path_buf()),
        questionnaire: false,
        ..support::opts("fujifilm")
    };
    let mut h = support::harness(support::app(o));
    h.run();
    support::to_certificate_list(&mut h, "card-tsukuba-hanako");
    support::buy_one(&mut h, "Copy of resident certificate", 150);
    drop(h);
    let file = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".timeline.json"))
        .expect("a timeline");
    let name = file.file_name().unwrap().to_string_lossy();
    let name = name.trim_end_matches(".timeline.json").to_string();
    (std::fs::read_to_string(&file).unwrap(), name)
}

#[test]
fn the_instructor_sees_who_needs_help_first_and_steers_one_station() {
    let Some(server) = pg::Server::start("the_instructor_sees_who_needs_help_first") else {
        return;
    };
    let url = server.create_db("class");
    let tmp = tempfile::tempdir().unwrap();
    let mut fine = StationLink::connect(&url, "st-fine", &state("certificate", 4)).unwrap();
    let mut refused = state("refusal", 3);
    refused.refusal = Some("pin_locked".into());
    refused.trainee = Some("Sato".into());
    let _r = StationLink::connect(&url, "st-refused", &refused).unwrap();
    let kept = TraineeResult {
        trainee: "Sato".into(),
        exercise: "exercise-pin-locked#1".into(),
        title: "Locked PIN".into(),
        answer: "pin_locked / reset_pin_at_office".into(),
        correct: false,
        millis: 2500,
        at: "2026-11-25T10:00:00+09:00".into(),
    };
    PgStore::connect(&url).unwrap().add_result(&kept).unwrap();
    let (body, session) = a_recorded_session(&tmp.path().join("rec"));
    server
        .client("class")
        .execute(
            "INSERT INTO recordings (station, session, participant, started, body)
             VALUES ('st-fine', $1, 'P07', '2026-12-06T10:00:00Z', $2)",
            &[&session, &body],
        )
        .unwrap();

    let app = ClassApp::new(&ClassOptions {
        url: url.clone(),
        lang: "en".into(),
        export_dir: tmp.path().join("export"),
    });
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_max_steps(20)
        .build_ui_state(|ui, app: &mut ClassApp| app.show(ui), app);
    wait_for(&mut h, "st-fine");
    wait_for(&mut h, "Refused: Your PIN is locked");
    // Who needs help first: the refused station's tile comes before the fine one's.
    let x = |h: &Harness<'_, ClassApp>, name: &str| h.get_by_label(name).rect().min;
    let (a, b) = (x(&h, "st-refused"), x(&h, "st-fine"));
    assert!(
        (a.y, a.x) < (b.y, b.x),
        "refused {a:?} should come before fine {b:?}"
    );
    assert!(h.query_by_label_contains("Trainee: Sato").is_some());
    assert!(h.query_all_by_label_contains("Step 3/7").next().is_some());

    // A fault to the fine station only.
    h.get_by_label("st-fine").click();
    h.step();
    h.get_by_label("Inject fault").click();
    h.step();
    let deadline = Instant::now() + Duration::from_secs(10);
    let row = loop {
        let rows = server
            .client("class")
            .query(
                "SELECT seq, station, command->>'command', command->>'fault' FROM commands",
                &[],
            )
            .unwrap();
        if let Some(r) = rows.first() {
            break (
                r.get::<_, i64>(0),
                r.get::<_, Option<String>>(1),
                r.get::<_, String>(2),
                r.get::<_, String>(3),
            );
        }
        assert!(Instant::now() < deadline, "no command row");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    };
    assert_eq!(
        (row.1.as_deref(), row.2.as_str(), row.3.as_str()),
        (Some("st-fine"), "inject-fault", "paper_jam")
    );
    let got = fine.wait_commands(Duration::from_secs(5)).unwrap();
    assert_eq!(got.len(), 1);
    fine.ack(row.0, "applied").unwrap();
    wait_for(&mut h, "Fault: Paper jam: applied");

    // The results, exported as `kofu results` writes them.
    h.get_by_label("Export CSV").click();
    h.step();
    wait_for(&mut h, "Written:");
    let csv = std::fs::read_to_string(tmp.path().join("export/results.csv")).unwrap();
    assert_eq!(csv, results::to_csv(std::slice::from_ref(&kept)));
    h.get_by_label("Export PDF records").click();
    h.step();
    wait_for(&mut h, "record-Sato.pdf");
    let pdf = std::fs::read(tmp.path().join("export/record-Sato.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF"));

    // The debrief plays back the recorded session, screen by screen.
    h.get_by_label_contains(&session).click();
    h.step();
    wait_for(&mut h, "Outcome: issued");
    wait_for(&mut h, "Screen 1 of");
    h.get_by_label("Next screen").click();
    h.step();
    h.step();
    wait_for(&mut h, "Screen 2 of");
    if std::env::var_os("KOFU_CLASS_SNAPSHOT").is_some() {
        let image = h.render().unwrap();
        image.save("/tmp/gui_class.png").unwrap();
    }
}
