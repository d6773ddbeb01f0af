//! Expectations about content (issue 23 item 2): `printed`, `not_printed`, `next_step`,
//! `office` and `facts` each hold on the right value and fail on a wrong one, naming the key's
//! line and column; `printed` reads the text drawn into the PDF (the same text lopdf reads back
//! from the file), whitespace ignored.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::PathBuf;

use kofu::error::Source;
use kofu::scenario::run::{Outcome, RunOptions, run};

/// A bundled scenario's text without the content and refusal keys its `[expect]` already has
/// (each test writes its own).
fn bundled(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios")
        .join(name);
    let keys = ["printed", "not_printed", "next_step", "office", "facts"];
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .filter(|l| !keys.iter().any(|k| l.starts_with(&format!("{k} ="))))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The bundled scenario with `line` added at the end of its `[expect]`; the outcome and the
/// 1-based line of the added key.
fn with(name: &str, line: &str) -> (Outcome, usize) {
    let text = format!("{}\n{line}\n", bundled(name).trim_end());
    let at = text.lines().count();
    let sc = kofu::scenario::parse(Source::from_text(name, &text)).unwrap();
    (run(&sc, &RunOptions::default()).unwrap(), at)
}

/// `line` holds; `wrong` fails with one mismatch of `key` at its line, column 1.
fn holds_and_fails(name: &str, key: &str, right: &str, wrong: &str) -> Outcome {
    let (o, _) = with(name, &format!("{key} = {right}"));
    assert!(o.expectations_met, "{key} = {right}: {:?}", o.mismatches);
    let (o, line) = with(name, &format!("{key} = {wrong}"));
    assert!(!o.expectations_met, "{key} = {wrong} held");
    assert_eq!(o.mismatches.len(), 1, "{:?}", o.mismatches);
    let m = &o.mismatches[0];
    assert_eq!((m.field.as_str(), m.line, m.column), (key, line, 1));
    o
}

#[test]
fn printed_holds_on_the_certificate_text_and_fails_on_a_wrong_one() {
    let o = holds_and_fails(
        "happy-members.toml",
        "printed",
        "[\"桜井 健一\", \"世帯主\", \"住民票の写し\"]",
        "[\"桜井 健一\", \"桜井 花子子\"]",
    );
    // Only the text not found is named.
    assert_eq!(o.mismatches[0].expected, serde_json::json!(["桜井 花子子"]));
}

#[test]
fn printed_ignores_whitespace() {
    let (o, _) = with(
        "happy-members.toml",
        "printed = [\"桜井健一\", \"桜 井 健 一\"]",
    );
    assert!(o.expectations_met, "{:?}", o.mismatches);
}

#[test]
fn not_printed_fails_on_a_text_that_is_printed() {
    holds_and_fails(
        "happy-members.toml",
        "not_printed",
        "[\"個人番号\"]",
        "[\"個人番号\", \"桜井 健一\"]",
    );
}

#[test]
fn printed_fails_when_nothing_was_printed() {
    let (o, _) = with("refuse-pin-locked.toml", "not_printed = [\"住民票\"]");
    assert!(o.expectations_met, "{:?}", o.mismatches);
    let (o, line) = with("refuse-pin-locked.toml", "printed = [\"住民票\"]");
    assert!(!o.expectations_met);
    assert_eq!(o.mismatches[0].line, line);
}

#[test]
fn next_step_fails_on_another_code() {
    let o = holds_and_fails(
        "refuse-pin-locked.toml",
        "next_step",
        "\"reset_pin_at_city_hall\"",
        "\"register_domicile_and_wait\"",
    );
    assert_eq!(o.mismatches[0].actual, "reset_pin_at_city_hall");
}

#[test]
fn office_fails_on_another_office() {
    holds_and_fails(
        "refuse-pin-locked.toml",
        "office",
        "\"tsukuba-city-hall\"",
        "\"tsukuba-branch-offices\"",
    );
}

#[test]
fn facts_are_a_subset_and_fail_on_a_wrong_value() {
    holds_and_fails(
        "refuse-domicile-not-registered.toml",
        "facts",
        "{ business_days = 3 }",
        "{ business_days = 5 }",
    );
    // A fact the refusal does not have is a mismatch too.
    let (o, _) = with(
        "refuse-domicile-not-registered.toml",
        "facts = { max_tries = 3 }",
    );
    assert!(!o.expectations_met);
}

#[test]
fn a_refusal_key_on_an_issued_session_fails() {
    let (o, _) = with(
        "happy-members.toml",
        "next_step = \"reset_pin_at_city_hall\"",
    );
    assert!(!o.expectations_met);
    assert_eq!(o.mismatches[0].actual, serde_json::Value::Null);
}

#[test]
fn a_wrong_shape_is_an_input_error_at_the_value() {
    for (line, col) in [
        ("printed = \"世帯主\"", 11),
        ("next_step = \"go_home\"", 13),
        ("office = 3", 10),
        ("facts = 3", 9),
        ("printer = [\"x\"]", 1),
    ] {
        let text = format!("{}\n{line}\n", bundled("happy-members.toml").trim_end());
        let at = text.lines().count();
        let e = kofu::scenario::parse(Source::from_text("s.toml", &text)).unwrap_err();
        assert_eq!((e.line, e.column), (at, col), "{line}: {e}");
    }
}

#[test]
fn printed_reads_what_the_pdf_holds() {
    // The text `printed` checks is the text lopdf reads back from the PDF written with --out.
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{}\nprinted = [\"桜井 健一\", \"茨城県つくば市桜二丁目99番地5\"]\n",
        bundled("happy-members.toml").trim_end()
    );
    let sc = kofu::scenario::parse(Source::from_text("m.toml", &text)).unwrap();
    let opts = RunOptions {
        out: Some(dir.path().to_path_buf()),
        ..RunOptions::default()
    };
    let o = run(&sc, &opts).unwrap();
    assert!(o.expectations_met, "{:?}", o.mismatches);
    let file = &o.documents[0].files[0];
    let doc = lopdf::Document::load(file).unwrap();
    let read: String = doc
        .extract_text(&[1])
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for want in ["桜井健一", "茨城県つくば市桜二丁目99番地5"] {
        assert!(read.contains(want), "{want} not in the PDF's text");
    }
}

#[test]
fn kofu_run_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wrong.toml");
    let text = format!(
        "{}\nprinted = [\"別人\"]\n",
        bundled("happy-members.toml").trim_end()
    );
    let line = text.lines().count();
    std::fs::write(&path, &text).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kofu"))
        .arg("run")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let want = format!("{}:{line}:1: expected printed = [\"別人\"]", path.display());
    assert!(err.contains(&want), "{err}");
}
