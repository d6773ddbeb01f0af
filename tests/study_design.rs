//! `kofu study` as a UX team uses it (issue 20): variants are vendor × municipality ×
//! condition (never a language); time on task ends with the task, not the questionnaire;
//! the funnel counts in order; items left in the machine and a Cancel are errors; two
//! conditions are compared with the tests of Sauro & Lewis (figures worked by hand in
//! `src/report/study/inference/tests.rs`, the same example here end to end); sessions.csv and
//! inputs.csv carry the design; the page names screens in words.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use kofu::report::study::synthetic::Recorder;
use kofu::report::study::{self, Filters, StudyError, StudyOptions};
use kofu::research::timeline::{InputKind, Timeline};

/// A session as the window records it: home, services, the card screen; then either the
/// items taken (the output and change trays, "Finish") at `secs` s, or a Cancel at `secs` s
/// and "Finish" on the take-your-items screen; then the home screen and a minute of
/// questionnaire with a tap on it.
fn session(condition: Option<&str>, lang: &str, who: &str, done: bool, secs: u64) -> Timeline {
    let mut r = Recorder::new("fujifilm", lang);
    r.design(Some(who), Some("resident certificate"), condition);
    r.screen("language").wait(1000);
    r.tap(380.0, 407.0, "Administrative services", Some("services"));
    r.screen("services").wait(1000);
    let cert = "Cert. issue service (convenience store)";
    r.tap(504.0, 240.0, cert, Some("cert_issue"));
    r.screen("place_card");
    if done {
        r.wait(secs * 1000 - 5000).screen("take_items").wait(1000);
        r.input(InputKind::Machine, None, Some("output tray"), None);
        r.wait(1000)
            .input(InputKind::Machine, None, Some("change tray"), None);
        r.wait(1000).tap(839.0, 641.0, "Finish", Some("take_items"));
    } else {
        r.wait(secs * 1000 - 2000)
            .tap(336.0, 641.0, "Cancel", Some("cancel"));
        r.screen("take_items").wait(3000);
        r.tap(839.0, 641.0, "Finish", None);
    }
    r.screen("language").screen("questionnaire").wait(60_000);
    r.tap(500.0, 400.0, "6", None);
    r.answers(Some(6), Some([4, 2, 4, 2, 4, 2, 4, 2, 4, 2]));
    let mut t = r.finish(if done { "issued" } else { "cancelled" }, &[]);
    if done {
        (t.outcome.documents, t.outcome.fee_yen, t.outcome.paid_yen) = (1, 300, 1000);
    }
    t
}

fn write(dir: &Path, ts: &[Timeline]) {
    std::fs::create_dir_all(dir).unwrap();
    for (i, t) in ts.iter().enumerate() {
        let f = dir.join(format!("20261201-1000{i:02}-1.timeline.json"));
        std::fs::write(f, serde_json::to_string_pretty(t).unwrap()).unwrap();
    }
}

fn run(dir: &Path, o: StudyOptions) -> Result<study::Study, StudyError> {
    study::study(&[dir.to_path_buf()], &o, &mut |_, _| {})
}

fn numbers_only(out: &Path) -> StudyOptions {
    StudyOptions {
        heatmaps: false,
        ..StudyOptions::new(out)
    }
}

#[test]
fn three_languages_are_one_variant_and_conditions_are_two() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let ts: Vec<Timeline> = ["ja", "en", "ko"]
        .iter()
        .enumerate()
        .map(|(i, l)| session(None, l, &format!("P0{i}"), true, 30))
        .collect();
    write(&input, &ts);
    let s = run(&input, numbers_only(&tmp.path().join("out"))).unwrap();
    assert_eq!(s.variants.len(), 1);
    let v = &s.variants[0];
    assert_eq!(v.name, "fujifilm / tsukuba / —");
    assert_eq!(
        (v.lang.as_str(), v.langs.len(), v.participants),
        ("en,ja,ko", 3, 3)
    );
    assert!(s.comparison.is_none(), "one variant: nothing to compare");

    let input = tmp.path().join("in2");
    let ts = [
        session(Some("A"), "ja", "P01", true, 30),
        session(Some("A"), "en", "P02", true, 30),
        session(Some("B"), "ja", "P03", true, 30),
    ];
    write(&input, &ts);
    let s = run(&input, numbers_only(&tmp.path().join("out2"))).unwrap();
    let names: Vec<&str> = s.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["fujifilm / tsukuba / A", "fujifilm / tsukuba / B"]);
    assert_eq!(s.variants[0].tasks, ["resident certificate"]);
}

#[test]
fn time_on_task_ends_with_the_task_and_the_funnel_counts_in_order() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let mut forgot = session(None, "ja", "P03", true, 40);
    forgot
        .inputs
        .retain(|i| i.target.as_deref() != Some("output tray"));
    write(
        &input,
        &[
            session(None, "ja", "P01", true, 34),
            session(None, "ja", "P02", false, 20),
            forgot,
        ],
    );
    let s = run(&input, numbers_only(&tmp.path().join("out"))).unwrap();
    // "Finish" at 34 s, though the questionnaire ran to 94 s; the Cancel at 20 s.
    let times: Vec<f64> = s.rows.iter().map(|r| r.time_on_task_s).collect();
    assert_eq!(times, [34.0, 20.0, 40.0]);
    assert_eq!(s.rows[1].errors, ["cancelled"]);
    assert_eq!(s.rows[2].errors, ["left_certificates"]);
    assert!(s.rows[0].errors.is_empty());
    let reached = |screen: &str| {
        s.funnel
            .iter()
            .find(|r| r.screen == screen)
            .map(|r| r.reached)
    };
    // The cancelled session was shown the take-your-items screen but stopped at the card.
    assert_eq!(reached("place_card"), Some(3));
    assert_eq!(
        reached("take_items"),
        Some(0),
        "no session went through the flow in order"
    );
    assert!(s.screens.iter().all(|r| r.screen != "questionnaire"));
}

#[test]
fn two_conditions_are_compared_with_the_books_tests() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let mut ts = Vec::new();
    // A: 9 of 10 completed, in 20, 40, 80 s by turns (geometric mean 40 s);
    // B: 5 of 10, in 40, 80, 160, 40, 80 s.
    for i in 0..10 {
        let secs = [20, 40, 80][i % 3];
        ts.push(session(Some("A"), "ja", &format!("A{i}"), i < 9, secs));
    }
    for i in 0..10 {
        let secs = [40, 80, 160][i % 3];
        ts.push(session(Some("B"), "en", &format!("B{i}"), i < 5, secs));
    }
    write(&input, &ts);
    let out = tmp.path().join("out");
    let s = run(&input, numbers_only(&out)).unwrap();
    let c = s.comparison.as_ref().expect("two variants are compared");
    assert_eq!(
        (c.a.as_str(), c.b.as_str()),
        ("fujifilm / tsukuba / A", "fujifilm / tsukuba / B")
    );
    let m = &c.measures[0];
    assert_eq!((m.measure, m.n_a, m.n_b), ("completion_rate", 10, 10));
    // The N − 1 test of 9/10 against 5/10: z = 1.902379, p = 0.057122, adjusted-Wald
    // difference −0.017780 … 0.688880 (worked in inference/tests.rs).
    assert!((m.statistic.unwrap() - 1.902379).abs() < 1e-5, "{m:?}");
    assert!((m.p.unwrap() - 0.057122).abs() < 1e-5, "{m:?}");
    assert!((m.ci95.unwrap().low + 0.017780).abs() < 1e-5, "{m:?}");
    assert!(m.sentence.contains("40 points higher"), "{}", m.sentence);
    assert!(m.sentence.contains("p = 0.057"), "{}", m.sentence);
    let t = &c.measures[1];
    assert_eq!((t.n_a, t.n_b), (9, 5));
    assert!(t.enough && t.value.unwrap() < 1.0, "{t:?}");
    assert!(t.sentence.contains("shorter"), "{}", t.sentence);
    // Every SUS sheet is the same: no spread, no test.
    assert!(
        c.measures[2].sentence.starts_with("SUS: cannot be tested"),
        "{:?}",
        c.measures[2]
    );
    let v = &s.variants[0];
    assert!((v.time_on_task_s.geomean.unwrap() - 40.0).abs() < 1e-9);
    let ci = v.completion_ci95.unwrap();
    assert!(ci.low < 0.9 && ci.high > 0.9);

    // By condition, the other way round; a name no variant has is bad input.
    let o = StudyOptions {
        compare: Some(("B".into(), "A".into())),
        ..numbers_only(&out)
    };
    let s = run(&input, o).unwrap();
    let c = s.comparison.unwrap();
    assert_eq!(c.a, "fujifilm / tsukuba / B");
    assert!(c.measures[0].sentence.contains("40 points lower"));
    let o = StudyOptions {
        compare: Some(("A".into(), "Z".into())),
        ..numbers_only(&out)
    };
    let Err(e @ StudyError::UnknownVariant { .. }) = run(&input, o) else {
        panic!("an unknown variant must fail");
    };
    assert!(e.to_string().contains("fujifilm / tsukuba / A"), "{e}");

    // Only the English sessions: one variant, nothing compared.
    let o = StudyOptions {
        filters: Filters {
            lang: vec!["en".into()],
            display: vec![],
        },
        ..numbers_only(&out)
    };
    let s = run(&input, o).unwrap();
    assert_eq!((s.sessions, s.variants.len()), (10, 1));
}

#[test]
fn too_few_sessions_say_so() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let mut ts: Vec<Timeline> = (0..4)
        .map(|i| session(Some("A"), "ja", &format!("A{i}"), true, 30 + i))
        .collect();
    ts.extend((0..6).map(|i| session(Some("B"), "ja", &format!("B{i}"), true, 40 + i)));
    write(&input, &ts);
    let out = tmp.path().join("out");
    let s = run(&input, numbers_only(&out)).unwrap();
    let c = s.comparison.unwrap();
    for m in &c.measures {
        assert!(!m.enough && m.p.is_none(), "{m:?}");
        assert!(
            m.sentence.contains(": too few sessions to tell"),
            "{}",
            m.sentence
        );
    }
    let html = std::fs::read_to_string(out.join("study.html")).unwrap();
    assert!(html.contains("Completion rate: too few sessions to tell"));
}

#[test]
fn the_exports_carry_the_design_and_the_page_speaks_in_words() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let mut list = session(Some("A"), "en", "P01", true, 30);
    list.screens.insert(
        1,
        kofu::research::timeline::ScreenVisit {
            screen: "language_list".into(),
            entered_ms: 500,
            left_ms: 600,
        },
    );
    let ts = [list, session(Some("B, \"quoted\""), "ja", "P02", false, 20)];
    write(&input, &ts);
    let out = tmp.path().join("out");
    let s = run(&input, numbers_only(&out)).unwrap();

    let csv = std::fs::read_to_string(out.join("sessions.csv")).unwrap();
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let head: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    for col in [
        "participant",
        "task",
        "condition",
        "lang",
        "display",
        "sus",
        "seq",
    ] {
        assert!(head.iter().any(|h| h == col), "{col} in {head:?}");
    }
    assert_eq!(head.iter().filter(|h| h.starts_with("sus_")).count(), 10);
    assert!(head.iter().any(|h| h == "error_cancelled"), "{head:?}");
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let col = |row: usize, name: &str| {
        let k = head.iter().position(|h| h == name).unwrap();
        rows[row][k].to_string()
    };
    assert_eq!(col(0, "participant"), "P01");
    assert_eq!(col(1, "condition"), "B, \"quoted\"");
    assert_eq!((col(0, "sus_1"), col(0, "sus_2")), ("4".into(), "2".into()));
    assert_eq!(
        (col(0, "error_cancelled"), col(1, "error_cancelled")),
        ("0".into(), "1".into())
    );

    let inputs = std::fs::read_to_string(out.join("inputs.csv")).unwrap();
    let mut r = csv::Reader::from_reader(inputs.as_bytes());
    let head: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        head[..12],
        [
            "file",
            "participant",
            "task",
            "condition",
            "t_ms",
            "kind",
            "screen",
            "target",
            "x",
            "y",
            "disabled",
            "event"
        ]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let total: usize = ts.iter().map(|t| t.inputs.len()).sum();
    assert_eq!(rows.len(), total);
    let q = rows.iter().find(|r| &r[6] == "questionnaire").unwrap();
    assert_eq!(&q[12], "false", "the questionnaire is not the task");

    let html = std::fs::read_to_string(out.join("study.html")).unwrap();
    assert!(
        html.contains(">Home menu<") && html.contains("Language list"),
        "screens in words"
    );
    assert!(!html.contains(">language<") && !html.contains(">place_card<"));
    assert!(
        html.contains("Cancelled before the task was done"),
        "errors in words"
    );
    assert!(html.contains("Comparison: A = fujifilm / tsukuba / A"));

    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("study.json")).unwrap()).unwrap();
    let v = &json["variants"][0];
    for key in [
        "completion_rate",
        "completion_ci95",
        "time_on_task_s",
        "sus_ci95",
        "seq_ci95",
        "condition",
        "lang",
    ] {
        assert!(v.get(key).is_some(), "variants[].{key}");
    }
    assert!(v["time_on_task_s"].get("geomean").is_some());
    assert!(v["time_on_task_s"].get("ci95").is_some());
    assert_eq!(
        json["funnel"][0]["screen"], "language",
        "codes stay codes in JSON"
    );
    assert_eq!(s.rows[1].condition.as_deref(), Some("B, \"quoted\""));
}

#[test]
fn the_command_line_compares_and_refuses_an_unknown_variant() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let ts: Vec<Timeline> = (0..10)
        .map(|i| {
            let cond = if i % 2 == 0 { "A" } else { "B" };
            session(Some(cond), "ja", &format!("P{i}"), i != 3, 30 + i)
        })
        .collect();
    write(&input, &ts);
    let out = tmp.path().join("out");
    let kofu = |extra: &[&str]| {
        let mut args = vec!["study", input.to_str().unwrap(), "--out"];
        args.push(out.to_str().unwrap());
        args.push("--no-heatmaps");
        args.extend_from_slice(extra);
        std::process::Command::new(env!("CARGO_BIN_EXE_kofu"))
            .args(&args)
            .output()
            .unwrap()
    };
    let ok = kofu(&["--compare", "B", "A"]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let said = String::from_utf8_lossy(&ok.stdout);
    assert!(
        said.starts_with("A = fujifilm / tsukuba / B, B = fujifilm / tsukuba / A"),
        "{said}"
    );
    assert!(
        said.contains("completion rate is 20 points lower"),
        "{said}"
    );
    let bad = kofu(&["--compare", "A", "nope"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("\"nope\""));
}
