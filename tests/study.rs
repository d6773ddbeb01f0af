//! `kofu study` on timelines with answers worked out by hand: completion, time on task of the
//! completed sessions (median and p90 by linear interpolation, geometric mean), misclick rate,
//! SUS, the funnel, per-screen counts; a
//! malformed timeline is an input error at its line; the report folder holds its files and a
//! heat map with a mark where a tap was.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};

use kofu::report::study::synthetic::Recorder;
use kofu::report::study::{self, StudyError, StudyOptions, heatmap};
use kofu::report::tour::Stop;
use kofu::research::timeline::{Input, InputKind, Timeline};

const HOME: (f32, f32) = (380.0, 407.0);
const CERT: (f32, f32) = (504.0, 240.0);
/// A spot of the services screen with no control (below its one button).
const BLANK: (f32, f32) = (600.0, 500.0);

/// Four Fujifilm sessions (ja, normal) and one Sharp session (en); times in comments.
fn sessions() -> Vec<Timeline> {
    let cert = "Cert. issue service (convenience store)";
    // 1: language 3 s, services 3 s (a miss, then the button), place_card 4 s, path 5 s → 15 s.
    let mut r = Recorder::new("fujifilm", "ja");
    r.screen("language").wait(3000);
    r.tap(HOME.0, HOME.1, "Administrative services", Some("services"));
    r.screen("services")
        .wait(2000)
        .miss(BLANK.0, BLANK.1)
        .wait(1000);
    r.tap(CERT.0, CERT.1, cert, Some("cert_issue"));
    r.screen("place_card").wait(4000).screen("path").wait(5000);
    r.note("found the card reader quickly <b>&</b> smiled");
    r.answers(Some(6), Some([4, 2, 3, 1, 5, 2, 4, 3, 4, 1]));
    let mut s1 = r.finish("issued", &[]);
    // The questionnaire afterwards is not the task: no tap, no time.
    s1.inputs.push(Input {
        t_ms: 30_000,
        kind: InputKind::Tap,
        x: Some(10.0),
        y: Some(10.0),
        screen: "questionnaire".into(),
        target: None,
        disabled: false,
        event: None,
    });
    // 2: language 2 s, services 8 s (Back, then the button), place_card 10 s → 20 s.
    let mut r = Recorder::new("fujifilm", "ja");
    r.screen("language").wait(2000);
    r.tap(HOME.0, HOME.1, "Administrative services", Some("services"));
    r.screen("services")
        .wait(4000)
        .tap(122.0, 641.0, "Back", Some("back"));
    r.wait(4000).tap(CERT.0, CERT.1, cert, Some("cert_issue"));
    r.screen("place_card").wait(10_000);
    r.answers(Some(5), Some([5, 1, 5, 1, 5, 1, 5, 1, 5, 1]));
    let s2 = r.finish("issued", &[]);
    // 3: language 5 s, services 5 s, place_card 15 s (a tap on the disabled Next) → 25 s.
    let mut r = Recorder::new("fujifilm", "ja");
    r.screen("language").wait(5000);
    r.tap(HOME.0, HOME.1, "Administrative services", Some("services"));
    r.screen("services")
        .wait(5000)
        .tap(CERT.0, CERT.1, cert, Some("cert_issue"));
    r.screen("place_card")
        .wait(5000)
        .tap_disabled(839.0, 641.0, "Next");
    r.wait(10_000);
    let s3 = r.finish("issued", &["wrong_pin"]);
    // 4: language 10 s, services 30 s, then Cancel → 40 s, not completed.
    let mut r = Recorder::new("fujifilm", "ja");
    r.screen("language").wait(10_000);
    r.tap(HOME.0, HOME.1, "Administrative services", Some("services"));
    r.screen("services")
        .wait(30_000)
        .tap(336.0, 641.0, "Cancel", Some("cancel"));
    r.answers(Some(3), None);
    let s4 = r.finish("cancelled", &["timed_out", "wrong_pin"]);
    // 5: Sharp, refused after its notice.
    let mut r = Recorder::new("sharp", "en");
    r.screen("language").wait(2000);
    r.tap(HOME.0, HOME.1, "Administrative services", Some("services"));
    r.screen("services").wait(2000).screen("consent").wait(6000);
    r.tap(839.0, 641.0, "Agree", Some("consent"));
    r.screen("refusal").wait(1000);
    let s5 = r.finish("refused", &[]);
    vec![s1, s2, s3, s4, s5]
}

fn write_timelines(dir: &Path, ts: &[Timeline]) {
    std::fs::create_dir_all(dir).unwrap();
    for (i, t) in ts.iter().enumerate() {
        let f = dir.join(format!("2026120{i}-100000-1.timeline.json"));
        std::fs::write(f, serde_json::to_string_pretty(t).unwrap()).unwrap();
    }
    // Not a timeline: ignored.
    std::fs::write(dir.join("20261200-100000-1.toml"), "title = \"x\"").unwrap();
}

fn run(dirs: &[PathBuf], out: &Path, heatmaps: bool) -> Result<study::Study, StudyError> {
    let mut calls = Vec::new();
    let o = StudyOptions {
        heatmaps,
        ..StudyOptions::new(out)
    };
    let s = study::study(dirs, &o, &mut |done, total| calls.push((done, total)));
    if let Ok(s) = &s {
        let want: Vec<(usize, usize)> = (1..=s.sessions).map(|d| (d, s.sessions)).collect();
        assert_eq!(calls, want, "progress after every file");
    }
    s
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn known_sessions_give_known_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    write_timelines(&tmp.path().join("in"), &sessions());
    let s = run(&[tmp.path().join("in")], &tmp.path().join("out"), false).unwrap();
    assert_eq!((s.sessions, s.completed), (5, 3));
    assert_eq!(s.variants.len(), 2);
    let f = &s.variants[0];
    assert_eq!((f.vendor.as_str(), f.lang.as_str()), ("fujifilm", "ja"));
    assert_eq!((f.sessions, f.completed), (4, 3));
    assert!(close(f.completion_rate, 0.75));
    // Times 15, 20, 25 s of the completed sessions (the cancelled one's 40 s is when its
    // person stopped): median 20; p90 at rank 1.8 → 20 + 0.8 × 5; geometric mean
    // ∛(15 · 20 · 25) = ∛7500 = 19.574338.
    let t = f.time_on_task_s;
    assert_eq!(t.n, 3);
    assert_eq!(t.median, Some(20.0), "{t:?}");
    assert!(close(t.p90.unwrap(), 24.0), "{t:?}");
    assert!((t.geomean.unwrap() - 19.574338).abs() < 1e-6, "{t:?}");
    assert_eq!(f.times_s, [15.0, 20.0, 25.0, 40.0]);
    // 11 taps (the questionnaire's not counted); misses: the blank spot and the disabled Next.
    assert_eq!((f.taps, f.misses), (11, 2));
    assert!(close(f.misclick_rate.unwrap(), 2.0 / 11.0));
    // wrong_pin twice, timed_out, and the Cancel on the services screen (derived).
    assert_eq!(f.errors, 4);
    // SUS 77.5 and 100 (two answered); SEQ 6, 5, 3.
    assert!(close(f.sus.unwrap(), 88.75));
    assert!(close(f.seq.unwrap(), 14.0 / 3.0));
    let sharp = &s.variants[1];
    assert_eq!((sharp.sus, sharp.seq), (None, None));
    assert!(close(sharp.completion_rate, 0.0));
    assert_eq!(s.errors_by_kind.get("wrong_pin"), Some(&2));
    assert_eq!(s.errors_by_kind.get("timed_out"), Some(&1));
    assert_eq!(s.errors_by_kind.get("cancelled"), Some(&1));

    let funnel = |v: &str| -> Vec<(String, usize)> {
        s.funnel
            .iter()
            .filter(|r| r.vendor == v)
            .map(|r| (r.screen.clone(), r.reached))
            .collect()
    };
    let fuji = funnel("fujifilm");
    let head: Vec<(&str, usize)> = fuji.iter().take(5).map(|(a, b)| (a.as_str(), *b)).collect();
    assert_eq!(
        head,
        [
            ("language", 4),
            ("services", 4),
            ("place_card", 3),
            ("path", 1),
            ("pin", 0)
        ]
    );
    assert!(
        !fuji
            .iter()
            .any(|(sc, _)| sc == "consent" || sc == "refusal")
    );
    assert_eq!(fuji.last().map(|(sc, _)| sc.as_str()), Some("take_items"));
    let sharp = funnel("sharp");
    assert!(sharp.contains(&("consent".into(), 1)));
    assert_eq!(sharp.last(), Some(&("refusal".into(), 1)));

    let screen = |v: &str, sc: &str| {
        s.screens
            .iter()
            .find(|r| r.vendor == v && r.screen == sc)
            .cloned()
            .unwrap()
    };
    let sv = screen("fujifilm", "services");
    // Visits of 3, 8, 5 and 30 s; taps: miss + button, Back + button, button, Cancel.
    assert_eq!(sv.visits, 4);
    assert!(close(sv.median_s.unwrap(), 6.5));
    assert_eq!((sv.taps, sv.misses, sv.back, sv.cancel), (6, 1, 1, 1));
    let pc = screen("fujifilm", "place_card");
    assert_eq!((pc.visits, pc.taps, pc.misses), (3, 1, 1));
    assert!(s.screens.iter().all(|r| r.screen != "questionnaire"));

    assert_eq!(s.notes.len(), 1);
    assert_eq!(s.notes[0].t_ms, 15_000);
    assert!(s.notes[0].file.ends_with("20261200-100000-1.timeline.json"));
}

#[test]
fn the_report_folder_holds_its_files_and_a_heat_map_of_five_sessions_marks_a_tap() {
    let tmp = tempfile::tempdir().unwrap();
    write_timelines(&tmp.path().join("in"), &sessions());
    let out = tmp.path().join("out");
    let s = run(&[tmp.path().join("in")], &out, true).unwrap();
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);

    let html = std::fs::read_to_string(out.join("study.html")).unwrap();
    assert!(html.contains("<svg"), "inline charts");
    assert!(
        html.contains("&lt;b&gt;&amp;&lt;/b&gt;"),
        "notes are escaped"
    );
    assert!(!html.contains("<b>&</b>"));
    // Four Fujifilm sessions in Japanese: too few for a heat map, the taps still counted.
    assert!(html.contains("n &lt; 5: too few sessions for a heat map"));
    assert!(!out.join("heatmaps").exists(), "no picture of fewer than 5");
    let few = s
        .heatmaps
        .iter()
        .find(|h| h.vendor == "fujifilm" && h.screen == "services")
        .unwrap();
    assert_eq!(
        (
            few.lang.as_str(),
            few.display.as_str(),
            few.sessions,
            few.file.as_str()
        ),
        ("ja", "normal", 4, "")
    );
    assert_eq!((few.hits, few.misses), (5, 1));

    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("study.json")).unwrap()).unwrap();
    assert_eq!(json["sessions"], 5);
    assert_eq!(json["completed"], 3);
    for key in [
        "vendor",
        "municipality",
        "lang",
        "display",
        "sessions",
        "completion_rate",
        "time_on_task_s",
        "misclick_rate",
        "errors",
        "sus",
        "seq",
    ] {
        assert!(json["variants"][0].get(key).is_some(), "variants[].{key}");
    }
    assert_eq!(json["variants"][0]["time_on_task_s"]["median"], 20.0);
    assert!(json["variants"][1]["sus"].is_null());
    assert_eq!(json["screens"][0]["screen"], "language");
    assert_eq!(json["funnel"][0]["reached"], 4);
    assert!(json["notes"][0]["t_ms"].is_u64());
    assert_eq!(json["errors_by_kind"]["wrong_pin"], 2);

    let csv = std::fs::read_to_string(out.join("sessions.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 6);
    assert!(lines[0].starts_with("file,vendor,municipality,lang,display,status,completed,"));
    assert!(
        lines[4].contains(",cancelled,false,40.0,2,0,0,timed_out;wrong_pin;cancelled,3,"),
        "{}",
        lines[4]
    );

    // The same sessions twice: eight on the Japanese picture of the services screen.
    write_timelines(&tmp.path().join("again"), &sessions());
    let dirs = [tmp.path().join("in"), tmp.path().join("again")];
    let s = run(&dirs, &tmp.path().join("out2"), true).unwrap();
    let png = tmp
        .path()
        .join("out2/heatmaps/fujifilm-services-ja-normal.png");
    let marked = image::open(&png).unwrap().to_rgb8();
    assert_eq!(marked.dimensions(), (1024, 768));
    let mut off = heatmap::context();
    let plain = heatmap::panel_picture(&mut off, "fujifilm", "ja", Stop::Services, None).unwrap();
    let at = |x: f32, y: f32| {
        let p = plain
            .get(x as usize, y as usize)
            .unwrap()
            .to_srgba_unmultiplied();
        ([p[0], p[1], p[2]], marked.get_pixel(x as u32, y as u32).0)
    };
    let (before, after) = at(BLANK.0, BLANK.1);
    assert_ne!(before, after, "a mark where the miss was");
    assert!(after[0] > after[2], "a miss is drawn red: {after:?}");
    let (before, after) = at(CERT.0, CERT.1);
    assert_ne!(before, after, "a mark where the hit was");
    let (before, after) = at(900.0, 400.0);
    assert_eq!(before, after, "no mark where nobody touched");
    assert!(s.heatmaps.iter().any(|h| {
        h.file == "heatmaps/fujifilm-services-ja-normal.png"
            && (h.hits, h.misses, h.sessions) == (10, 2, 8)
    }));
}

#[test]
fn a_malformed_timeline_is_an_input_error_at_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    write_timelines(&dir, &sessions()[..1]);
    let bad = dir.join("20261209-bad.timeline.json");
    std::fs::write(&bad, "{\"scenario\": \"x.toml\",\n \"vendor\": 7,\n}").unwrap();
    let Err(StudyError::Input(e)) = run(&[dir], &tmp.path().join("out"), false) else {
        panic!("a malformed timeline must fail the study");
    };
    assert_eq!(e.file, bad);
    assert_eq!(e.line, 2, "{e}");
    assert!(e.column > 0);
    assert!(
        e.to_string().starts_with(&format!("{}:2:", bad.display())),
        "{e}"
    );
    assert!(
        !tmp.path().join("out/study.json").exists(),
        "no report from bad input"
    );
}

#[test]
fn an_unreadable_folder_is_an_input_error_naming_it() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("no-such-folder");
    let Err(StudyError::Input(e)) = run(
        std::slice::from_ref(&missing),
        &tmp.path().join("out"),
        false,
    ) else {
        panic!("a missing folder must fail the study");
    };
    assert_eq!(e.file, missing);
}

#[test]
fn a_vendor_profile_that_cannot_be_loaded_skips_its_heat_maps_with_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let mut t = sessions().remove(0);
    t.vendor = tmp.path().join("gone.toml").display().to_string();
    write_timelines(&tmp.path().join("in"), &[t]);
    let s = run(&[tmp.path().join("in")], &tmp.path().join("out"), true).unwrap();
    assert!(s.heatmaps.is_empty());
    assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
    assert!(s.warnings[0].contains("gone.toml"), "{:?}", s.warnings);
    assert_eq!(s.sessions, 1, "the numbers are still there");
}

/// Not a check: writes a report of 20 synthetic sessions of both vendors (or
/// `KOFU_STUDY_LOOK_N`) into the folder `KOFU_STUDY_LOOK` names, to look at (`cargo test
/// --test study -- --ignored look`); its `timelines/` folder is a corpus to try `kofu study` on.
#[test]
#[ignore = "writes a report to look at"]
fn look() {
    let Some(out) = std::env::var_os("KOFU_STUDY_LOOK").map(PathBuf::from) else {
        return;
    };
    let input = out.join("timelines");
    std::fs::create_dir_all(&input).unwrap();
    let n = std::env::var("KOFU_STUDY_LOOK_N")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20);
    for (i, t) in study::synthetic::corpus(n, 7).iter().enumerate() {
        let f = input.join(format!("20261201-{i:06}-1.timeline.json"));
        std::fs::write(f, serde_json::to_string_pretty(t).unwrap()).unwrap();
    }
    if n > 200 {
        return; // a corpus to time `kofu study` on, not a page to look at
    }
    let s = run(&[input], &out, true).unwrap();
    eprintln!("{} sessions, warnings {:?}", s.sessions, s.warnings);
}
