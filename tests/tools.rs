//! The tools for the three users: walkthrough reports, the accessibility audit and the speech
//! guide, run off-screen (no display, no GPU).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use kofu::domain::session::{Event, Screen};
use kofu::report::offscreen::Offscreen;
use kofu::report::tour::{self, Stop};
use kofu::report::walkthrough::{MASKED, WalkOptions, walkthrough};
use kofu::window::KioskApp;
use kofu::window::speech::Utterance;
use kofu::window::tokens;

fn scenario(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios")
        .join(name)
}

/// The size of a PNG file, after decoding all of it (so a truncated or corrupt file fails).
fn png_size(bytes: &[u8]) -> (u32, u32) {
    let format = image::guess_format(bytes).expect("image format");
    assert_eq!(format, image::ImageFormat::Png);
    let picture = image::load_from_memory_with_format(bytes, format).expect("PNG decodes");
    (picture.width(), picture.height())
}

/// Every string in a JSON value (keys included).
fn strings_of(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings_of(x, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| {
            out.push(k.clone());
            strings_of(x, out);
        }),
        _ => {}
    }
}

/// The page without its measured times ("146 ms").
fn without_timings(html: &str) -> String {
    let mut out = String::new();
    let mut number = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        if c.is_ascii_digit() || (c == '.' && !number.is_empty()) {
            number.push(c);
            continue;
        }
        let timing = c == ' ' && rest.starts_with("ms");
        if !timing {
            out.push_str(&number);
        }
        number.clear();
        out.push(c);
    }
    out.push_str(&number);
    out
}

#[test]
fn walkthrough_writes_a_step_per_line_with_the_runners_outcome() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = scenario("happy-resident-fujifilm.toml");
    let o = WalkOptions {
        out: dir.path().to_path_buf(),
        vendors: Vec::new(),
        lang: None,
        mask: true,
    };
    let r = walkthrough(std::slice::from_ref(&path), &o).expect("walkthrough");
    let sc = kofu::scenario::load(&path).expect("scenario");
    let run = kofu::scenario::run::run(&sc, &Default::default()).expect("run");
    let v = &r.scenarios[0].vendors[0];
    assert_eq!(v.outcome.status, run.status);
    assert_eq!(v.outcome.fee_yen, run.fee_yen);
    assert_eq!(v.outcome.change_yen, run.change_yen);
    assert_eq!(v.outcome.screens, run.screens);
    assert!(v.outcome.expectations_met, "{:?}", v.outcome.mismatches);
    assert_eq!(v.steps.len(), sc.steps.len() + 1, "step 0 and one per line");
    let (w, h) = tokens::window_size().into();
    for s in &v.steps {
        let png = std::fs::read(dir.path().join(&s.png)).expect("png");
        assert_eq!(png_size(&png), (w as u32, h as u32));
        let tree = std::fs::read_to_string(dir.path().join(&s.tree_file)).expect("tree");
        assert!(tree.contains("Button"), "step {} tree has buttons", s.index);
        assert!(!s.spoken.is_empty(), "step {} says something", s.index);
    }
    // Screens follow the flow; the PIN step never shows digits.
    assert_eq!(v.steps[5].screen, "pin");
    assert!(v.steps.iter().any(|s| s.action == "pin ••••"));
    // Masked: no name of the deck's personas anywhere in the report.
    let json = std::fs::read_to_string(dir.path().join("report.json")).expect("json");
    let html = std::fs::read_to_string(dir.path().join("index.html")).expect("html");
    // The PIN is searched in every text of the report, not in its measured times (`took_ms`
    // carries six decimals, which can spell any four digits).
    let value: serde_json::Value = serde_json::from_str(&json).expect("report.json");
    let mut texts = Vec::new();
    strings_of(&value, &mut texts);
    texts.push(without_timings(&html));
    for text in &texts {
        assert!(
            !text.contains("筑波 花子"),
            "a name leaked into the report: {text}"
        );
        assert!(
            !text.contains("1234"),
            "the PIN leaked into the report: {text}"
        );
    }
    assert!(json.contains(MASKED), "the card picker's name is masked");
    // The report links the PDFs it printed.
    let doc = &v.outcome.documents[0];
    assert_eq!(doc.files.len(), 2);
    for f in &doc.files {
        assert!(dir.path().join(f).is_file(), "{f}");
        assert!(html.contains(f.as_str()));
    }
}

#[test]
fn walkthrough_both_vendors_side_by_side_and_unmasked_on_request() {
    let dir = tempfile::tempdir().expect("tmp");
    let o = WalkOptions {
        out: dir.path().to_path_buf(),
        vendors: vec!["fujifilm".into(), "sharp".into()],
        lang: Some("th".into()),
        mask: false,
    };
    let r = walkthrough(&[scenario("happy-seal.toml")], &o).expect("walkthrough");
    let s = &r.scenarios[0];
    assert_eq!(s.vendors.len(), 2);
    assert!(s.vendors[1].steps.iter().any(|x| x.screen == "consent"));
    assert_eq!(s.vendors[0].outcome.status, s.vendors[1].outcome.status);
    assert!(!s.side_by_side.is_empty());
    let png = std::fs::read(dir.path().join(&s.side_by_side[1])).expect("png");
    let (w, _) = png_size(&png);
    assert_eq!(w, 2 * tokens::window_size().x as u32 + 16);
    let json = std::fs::read_to_string(dir.path().join("report.json")).expect("json");
    assert!(!json.contains(MASKED), "--no-mask keeps the names");
    // Thai words on the screens.
    assert!(
        s.vendors[0].steps[2]
            .spoken
            .chars()
            .any(|c| ('\u{0e00}'..='\u{0e7f}').contains(&c)),
        "{}",
        s.vendors[0].steps[2].spoken
    );
    // Sharp's notice is read out before the resident is asked to agree to it.
    let consent = s.vendors[1]
        .steps
        .iter()
        .find(|x| x.screen == "consent")
        .expect("consent step");
    let body = kofu::i18n::I18n::in_lang("th").t("consent-body");
    assert!(
        consent.spoken.contains(body.trim()),
        "the notice is not spoken: {}",
        consent.spoken
    );
}

#[test]
fn walkthrough_rejects_a_broken_scenario_with_its_line() {
    let dir = tempfile::tempdir().expect("tmp");
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "title = \"x\"\nsteps = [ { do = \"fly\" } ]\n").expect("write");
    let o = WalkOptions {
        out: dir.path().join("out"),
        vendors: Vec::new(),
        lang: None,
        mask: true,
    };
    let e = walkthrough(&[bad], &o).expect_err("bad scenario");
    assert!(e.to_string().contains("bad.toml:2:"), "{e}");
}

/// A problem as the open list writes it: check, tab, cause, with every digit of any script as
/// `#` (the clock on screen may tick between two screens of a run).
fn problem_key(check: &str, cause: &str) -> String {
    let cause: String = cause
        .chars()
        .map(|c| if c.is_numeric() { '#' } else { c })
        .collect();
    format!("{check}\t{cause}")
}

/// Every screen × every language × normal, large text and high contrast: the audit finds no
/// problem beyond the open ones listed in tests/data/audit-open-problems.txt (real defects
/// still to mend; README's accessibility section names them). A new problem fails.
#[test]
fn accessibility_audit_finds_no_new_problem() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("audit");
    let a = kofu::report::audit::run(&kofu::report::audit::AuditOptions {
        out: Some(out.clone()),
        ..Default::default()
    })
    .expect("audit");
    // 21 stops on Sharp (its notice), 20 on Fujifilm, and the questionnaire's two on each.
    assert_eq!(a.screens.len(), 11 * 3 * (23 + 22));
    let open = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/audit-open-problems.txt"),
    )
    .expect("the open list");
    let open: std::collections::BTreeSet<String> = open
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let (check, cause) = l.split_once('\t').expect("check, tab, cause");
            problem_key(check, cause)
        })
        .collect();
    let new: Vec<String> = a
        .groups
        .iter()
        .map(|g| problem_key(g.check, &g.cause))
        .filter(|k| !open.contains(k))
        .collect();
    assert!(
        new.is_empty(),
        "{} new problem(s) beyond tests/data/audit-open-problems.txt:\n{}",
        new.len(),
        new.join("\n")
    );
    assert!(out.join("audit.html").is_file());
}

/// The audit catches what it is for: a control below 44 px and low contrast.
#[test]
fn audit_checks_fail_on_a_bad_frame() {
    let mut app = KioskApp::new(tour::options("fujifilm", "en")).expect("app");
    let mut off = Offscreen::new(tokens::window_size());
    off.settle(&mut app);
    let mut t = app.tokens().clone();
    let (ok, fails, _) =
        kofu::report::audit::check_frame(&off.last, &t, kofu::report::audit::Mode::Normal);
    assert!(fails.is_empty(), "{fails:?}");
    assert!(ok.min_contrast >= 4.5);
    // Demand larger targets than the panel has: every control fails the size check.
    t.s.target_min = 500.0;
    let (_, fails, _) =
        kofu::report::audit::check_frame(&off.last, &t, kofu::report::audit::Mode::Normal);
    assert!(fails.iter().any(|(c, _)| *c == "target_size"));
}

fn spoken_words(app: &KioskApp) -> Vec<String> {
    app.spoken()
        .iter()
        .filter_map(|u| match u {
            Utterance::Say { text, .. } => Some(text.clone()),
            Utterance::Tone => None,
        })
        .collect()
}

#[test]
fn speech_guide_speaks_prompts_fees_results_and_never_a_pin_digit() {
    let mut app = KioskApp::new(tour::options("fujifilm", "en")).expect("app");
    let mut off = Offscreen::new(tokens::window_size());
    off.settle(&mut app);
    assert!(app.spoken().is_empty(), "silent without the headset");
    app.set_headset(true);
    off.settle(&mut app);
    // The machine's own words first (city, time, specimen banner, keypad help), once; then
    // the screen's.
    let first = spoken_words(&app);
    assert!(
        first[0].contains("Tsukuba City") && first[0].contains("SPECIMEN"),
        "{first:?}"
    );
    assert!(first[1].contains("Choose a service"), "{first:?}");
    tour::reach(&mut app, Stop::Path).expect("path");
    assert!(app.send(Event::Residence));
    off.settle(&mut app);
    // The screen's words, then the highlighted control (what ○ would press).
    let words = spoken_words(&app);
    assert!(words[words.len() - 2].contains("PIN"), "{words:?}");
    assert!(words[words.len() - 1].contains(" of "), "{words:?}");
    let before = app.spoken().len();
    for d in [7u8, 3, 9, 1] {
        app.press(kofu::window::app::PadKey::Digit(d));
        off.settle(&mut app);
    }
    let tones = app.spoken()[before..]
        .iter()
        .filter(|u| **u == Utterance::Tone)
        .count();
    assert_eq!(tones, 4, "a tone per digit");
    // A wrong PIN: the tries left are spoken, the digits never.
    app.press(kofu::window::app::PadKey::Enter);
    off.settle(&mut app);
    let all = spoken_words(&app).join(" | ");
    assert!(all.contains("2 more"), "{all}");
    for digits in ["7391", "7 3 9 1", "7, 3"] {
        assert!(!all.contains(digits), "a PIN digit was spoken: {all}");
    }
    // Repeat says the last words again; Stop is accepted.
    let n = app.spoken().len();
    app.press(kofu::window::app::PadKey::Repeat);
    app.press(kofu::window::app::PadKey::Stop);
    off.settle(&mut app);
    assert_eq!(app.spoken().len(), n + 1);
    assert_eq!(app.spoken()[n], app.spoken()[n - 1]);
    assert!(app.caption().is_some());
}

#[test]
fn speech_guide_speaks_the_fee_and_the_refusals_next_step() {
    let mut app = KioskApp::new(tour::options("fujifilm", "en")).expect("app");
    app.set_headset(true);
    let mut off = Offscreen::new(tokens::window_size());
    tour::reach(&mut app, Stop::Payment).expect("payment");
    off.settle(&mut app);
    let all = spoken_words(&app).join(" | ");
    assert!(all.contains("¥300"), "the fee is spoken: {all}");
    assert_eq!(app.session().screen(), Screen::Payment);
    // Japanese, and a refusal: its rule and next step are spoken.
    let mut app = KioskApp::new(tour::options("fujifilm", "ja")).expect("app");
    app.set_headset(true);
    tour::reach(&mut app, Stop::Refusal).expect("refusal");
    off.settle(&mut app);
    let all = spoken_words(&app).join(" | ");
    let refusal = app.session().refusal().expect("refused").clone();
    let text = kofu::i18n::refusal::text(
        &kofu::i18n::I18n::in_lang("ja"),
        &refusal,
        &app.session().kiosk().municipality,
    );
    assert!(
        all.contains(&text.next_step),
        "the next step is spoken: {all}"
    );
    assert!(text.next_step.contains("市役所"), "{}", text.next_step);
    assert!(app.spoken().iter().all(|u| match u {
        Utterance::Say { lang, .. } => lang == "ja",
        Utterance::Tone => true,
    }));
}
