//! Session replays and heat maps that match their picture (issue 20, items 5 and 6): a session
//! recorded through the window is played back on `replay/<session>.html`, every input listed
//! with its mark where the tap was and a picture of the panel before it; a session whose
//! scenario is gone still gets its page; heat maps are drawn per language and display mode,
//! never for fewer than five sessions.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use kofu::domain::session::Screen;
use kofu::report::study::synthetic::Recorder;
use kofu::report::study::{self, Study, StudyOptions, heatmap};
use kofu::report::tour::Stop;
use kofu::research::timeline::{InputKind, Timeline};
use kofu::window::{KioskApp, UiOptions, tokens};

#[path = "gui/support.rs"]
#[allow(dead_code)]
mod support;

use support::*;

/// Records one Fujifilm session: a miss on the home screen, English, a certificate with its
/// options screen, paid with a note, then Finish (no questionnaire).
fn record(dir: &Path) -> Harness<'static, KioskApp> {
    let o = UiOptions {
        record: Some(dir.to_path_buf()),
        questionnaire: false,
        ..opts("fujifilm")
    };
    let mut h = harness(app(o));
    h.run();
    let miss = egui::pos2(tokens::MARGIN + 20.0, tokens::MARGIN + 20.0);
    h.drag_at(miss);
    h.drop_at(miss);
    h.run();
    to_certificate_list(&mut h, "card-tsukuba-hanako");
    buy_one(&mut h, "Copy of resident certificate", 150);
    assert_eq!(screen(&h), Screen::Language, "the next session starts");
    h
}

fn run(dirs: &[PathBuf], out: &Path, replays: bool) -> Study {
    let o = StudyOptions {
        replays,
        ..StudyOptions::new(out)
    };
    study::study(dirs, &o, &mut |_, _| {}).unwrap()
}

/// The JSON the replay page carries.
fn page_data(page: &Path) -> serde_json::Value {
    let html = std::fs::read_to_string(page).unwrap();
    let open = "<script type=\"application/json\" id=\"replay-data\">";
    let start = html.find(open).unwrap() + open.len();
    let len = html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..start + len]).unwrap()
}

fn timeline_in(dir: &Path) -> (PathBuf, Timeline) {
    let file = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".timeline.json"))
        .unwrap();
    let t = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    (file, t)
}

#[test]
fn a_recorded_session_is_replayed_input_by_input_on_pictures_of_its_states() {
    let tmp = tempfile::tempdir().unwrap();
    let rec = tmp.path().join("rec");
    let _h = record(&rec);
    let (file, t) = timeline_in(&rec);
    let out = tmp.path().join("out");
    let s = run(std::slice::from_ref(&rec), &out, true);
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);

    let name = file
        .file_name()
        .unwrap()
        .to_string_lossy()
        .trim_end_matches(".timeline.json")
        .to_string();
    let page = out.join(format!("replay/{name}.html"));
    let study_html = std::fs::read_to_string(out.join("study.html")).unwrap();
    assert!(
        study_html.contains(&format!("href=\"replay/{name}.html\"")),
        "the session table links its replay"
    );
    let data = page_data(&page);
    assert!(data["warning"].is_null(), "{}", data["warning"]);
    let inputs = data["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), t.inputs.len(), "every input of the session");
    for (shown, recorded) in inputs.iter().zip(&t.inputs) {
        assert_eq!(shown["t_ms"], recorded.t_ms);
        if recorded.kind == InputKind::Tap {
            let x = shown["x"].as_f64().unwrap() as f32;
            let y = shown["y"].as_f64().unwrap() as f32;
            assert_eq!(
                (Some(x), Some(y)),
                (recorded.x, recorded.y),
                "the mark is the tap"
            );
        }
        // Each input's picture exists, the panel shrunk to 512×384.
        let pic = shown["picture"].as_str().unwrap();
        let img = image::open(out.join("replay").join(pic)).unwrap();
        assert_eq!((img.width(), img.height()), (512, 384), "{pic}");
    }
    assert_eq!(inputs[0]["miss"], true, "the first tap touched no control");

    // The picture before the options screen's Next is the options screen (the certificate
    // step passes through it), not the copies screen the step ends on.
    let pic_of = |target: &str, screen: &str| {
        let k = t
            .inputs
            .iter()
            .position(|i| i.target.as_deref() == Some(target) && i.screen == screen)
            .unwrap();
        inputs[k]["picture"].as_str().unwrap().to_string()
    };
    let options = pic_of("Next", "options");
    let copies = pic_of("Next", "copies");
    assert_ne!(options, copies, "one picture per state");
    // The home menu before the language is chosen is in Japanese; the language list is open
    // for the tap on "English".
    assert_ne!(
        pic_of("English", "language_list"),
        inputs[0]["picture"].as_str().unwrap()
    );
}

#[test]
fn without_its_scenario_a_session_keeps_its_page_with_the_inputs_and_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let mut r = Recorder::new("fujifilm", "ja");
    r.screen("language").wait(2000).miss(600.0, 500.0).wait(500);
    r.tap(380.0, 407.0, "Administrative services", Some("services"));
    r.screen("services").wait(1000);
    let t = r.finish("cancelled", &[]);
    let f = input.join("20261201-100000-1.timeline.json");
    std::fs::write(&f, serde_json::to_string(&t).unwrap()).unwrap();
    let out = tmp.path().join("out");
    let s = run(&[input], &out, true);
    assert_eq!(s.sessions, 1, "the study does not fail");
    let data = page_data(&out.join("replay/20261201-100000-1.html"));
    let inputs = data["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 2);
    assert_eq!(
        (inputs[0]["x"].as_f64(), inputs[0]["miss"].as_bool()),
        (Some(600.0), Some(true))
    );
    assert!(inputs.iter().all(|i| i["picture"].is_null()));
    let warning = data["warning"].as_str().unwrap();
    assert!(warning.contains("synthetic.toml"), "{warning}");
    assert!(
        !out.join("replay/20261201-100000-1").exists(),
        "no pictures"
    );
}

/// `n` sessions on `vendor` in `lang` that tap the home screen's services button.
fn tapping(vendor: &str, lang: &str, n: usize) -> Vec<Timeline> {
    (0..n)
        .map(|_| {
            let mut r = Recorder::new(vendor, lang);
            r.screen("language").wait(1000);
            r.tap(380.0, 407.0, "Administrative services", Some("services"));
            r.screen("services").wait(1000);
            r.finish("cancelled", &[])
        })
        .collect()
}

fn write_all(dir: &Path, ts: &[Timeline]) {
    std::fs::create_dir_all(dir).unwrap();
    for (i, t) in ts.iter().enumerate() {
        let f = dir.join(format!("20261201-{i:06}-1.timeline.json"));
        std::fs::write(f, serde_json::to_string(t).unwrap()).unwrap();
    }
}

#[test]
fn heat_maps_are_drawn_per_language_on_that_languages_picture() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let mut ts = tapping("fujifilm", "ja", 5);
    ts.extend(tapping("fujifilm", "en", 6));
    write_all(&input, &ts);
    let out = tmp.path().join("out");
    let s = run(&[input], &out, false);
    let rows: Vec<_> = s
        .heatmaps
        .iter()
        .filter(|h| h.screen == "language")
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    for (lang, n) in [("ja", 5), ("en", 6)] {
        let row = rows.iter().find(|h| h.lang == lang).unwrap();
        let file = format!("heatmaps/fujifilm-language-{lang}-normal.png");
        assert_eq!(
            (row.file.as_str(), row.sessions, row.hits),
            (file.as_str(), n, n)
        );
        let marked = image::open(out.join(&file)).unwrap().to_rgb8();
        // Away from the marks and the count, the heat map is the home screen in its language.
        let mut off = heatmap::context();
        let plain = heatmap::panel_picture(&mut off, "fujifilm", lang, Stop::Home, None).unwrap();
        let same = (0..768)
            .step_by(7)
            .flat_map(|y| (0..760).step_by(7).map(move |x| (x, y)))
            .filter(|&(x, y)| (x as f32 - 380.0).hypot(y as f32 - 407.0) > 20.0)
            .all(|(x, y)| {
                let p = plain.get(x, y).unwrap().to_srgba_unmultiplied();
                [p[0], p[1], p[2]] == marked.get_pixel(x as u32, y as u32).0
            });
        assert!(same, "the {lang} heat map is drawn on the {lang} picture");
        // The count is written on the top-right corner.
        let corner = plain.get(1000, 20).unwrap().to_srgba_unmultiplied();
        assert_ne!(
            [corner[0], corner[1], corner[2]],
            marked.get_pixel(1000, 20).0
        );
    }
}

#[test]
fn fewer_than_five_sessions_give_no_heat_map_and_the_row_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    write_all(&input, &tapping("fujifilm", "ja", 4));
    let out = tmp.path().join("out");
    let s = run(&[input], &out, false);
    let row = s.heatmaps.iter().find(|h| h.screen == "language").unwrap();
    assert_eq!((row.sessions, row.hits, row.file.as_str()), (4, 4, ""));
    assert!(!out.join("heatmaps").exists(), "no PNG");
    let html = std::fs::read_to_string(out.join("study.html")).unwrap();
    assert!(html.contains("n &lt; 5: too few sessions for a heat map"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("study.json")).unwrap()).unwrap();
    let h = &json["heatmaps"][0];
    assert_eq!(
        (h["lang"].as_str(), h["display"].as_str()),
        (Some("ja"), Some("normal"))
    );
    assert_eq!(h["sessions"], 4);
}
