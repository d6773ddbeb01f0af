//! Keypad-only use as a scenario (`{ do = "key", value = "8" }`): the panel's highlight decides
//! what a key does, so the walkthrough, the prediction and the window play key steps on the
//! panel (off screen here) and `kofu run`, which has no panel, refuses them with the step's line.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};

use kofu::report::predict::model::User;
use kofu::report::predict::{Input, predict_one_with};
use kofu::report::walkthrough::{WalkOptions, walkthrough};
use kofu::scenario::run::{RunError, RunOptions, run};

fn scenario(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios")
        .join(name)
}

/// A keypad-only issuance on each vendor meets its `[expect]`; after every highlight key the
/// guide said a control that is on the panel, with its place; the PIN's digit keys are shown
/// as `key •`; Sharp's notice body is said in full before its 同意する.
#[test]
fn keypad_only_issuance_on_each_vendor_says_every_highlight() {
    for (file, vendor) in [
        ("keypad-only-fujifilm.toml", "fujifilm"),
        ("keypad-only-sharp.toml", "sharp"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let o = WalkOptions {
            out: dir.path().to_path_buf(),
            vendors: Vec::new(),
            lang: None,
            mask: true,
        };
        let r = walkthrough(&[scenario(file)], &o).expect("walkthrough");
        let walk = &r.scenarios[0].vendors[0];
        assert_eq!(walk.vendor, vendor);
        assert!(
            walk.outcome.expectations_met,
            "{file}: {:?}",
            walk.outcome.mismatches
        );
        let mut moves = 0;
        for shot in &walk.steps {
            // Digits type on the copies and PIN screens; elsewhere 2 and 8 move the highlight.
            let typing = shot.screen == "copies" || shot.screen == "pin";
            if (shot.action == "key 2" || shot.action == "key 8") && !typing {
                moves += 1;
                // "世帯全員、ラジオボタン、未選択、10個中4番目": a control's name, then its place.
                let name = shot.spoken.split('、').next().unwrap_or_default();
                assert!(
                    shot.spoken.ends_with("番目"),
                    "{file} step {}: {}",
                    shot.index,
                    shot.spoken
                );
                assert!(
                    shot.tree.iter().any(|n| n.interactive && n.name == name),
                    "{file} step {}: {name:?} is not a control on the panel",
                    shot.index
                );
            }
            if shot.screen == "pin" && shot.action.starts_with("key ") {
                assert!(
                    shot.action == "key •" || shot.action == "key enter",
                    "{file}: a PIN digit shown: {}",
                    shot.action
                );
            }
        }
        assert!(moves >= 10, "{file}: {moves} highlight moves");
        if vendor == "sharp" {
            let notice = walk
                .steps
                .iter()
                .find(|s| s.screen == "consent")
                .expect("the notice");
            assert!(
                notice
                    .spoken
                    .contains("暗証番号を3回続けて間違えるとロックされます"),
                "{}",
                notice.spoken
            );
            assert!(
                notice.spoken.ends_with("同意する、ボタン、5個中5番目"),
                "{}",
                notice.spoken
            );
        }
    }
}

/// `kofu run` plays without a panel: a key step is refused at its line, never guessed.
#[test]
fn the_bare_runner_refuses_a_key_step_at_its_line() {
    let sc = kofu::scenario::load(&scenario("keypad-only-fujifilm.toml")).expect("loads");
    assert!(sc.needs_panel());
    let err = run(&sc, &RunOptions::default()).expect_err("no panel");
    let RunError::Input(e) = err else {
        panic!("not an input error: {err}")
    };
    let text = e.to_string();
    assert!(text.contains("keypad-only-fujifilm.toml:9:"), "{text}");
    assert!(text.contains("step `key`"), "{text}");
}

/// A key value the keypad has not is an error at the value.
#[test]
fn an_unknown_key_is_an_error_at_its_value() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(
        &path,
        "title = \"t\"\nmunicipality = \"tsukuba\"\nvendor = \"fujifilm\"\nsteps = [\n  { do = \"key\", value = \"ok\" },\n]\n[expect]\nstatus = \"incomplete\"\n",
    )
    .unwrap();
    let e = kofu::scenario::load(&path).expect_err("bad key");
    let text = e.to_string();
    assert!(text.contains("bad.toml:5:"), "{text}");
    assert!(text.contains("enter, clear, cancel"), "{text}");
}

/// The prediction counts each scripted key as one keypad press, with a decision before ○.
#[test]
fn the_prediction_counts_a_press_per_key() {
    let sc = kofu::scenario::load(&scenario("keypad-only-fujifilm.toml")).expect("loads");
    let p = predict_one_with(&sc, "fujifilm", User::Skilled, Input::Keypad).expect("predicts");
    let keys: Vec<_> = p.steps.iter().filter(|s| s.action == "key").collect();
    assert_eq!(
        keys.len(),
        sc.steps.iter().filter(|s| s.action.name() == "key").count()
    );
    for s in &keys {
        assert_eq!(
            s.operators.iter().filter(|o| o.op == "K").count(),
            1,
            "step {}",
            s.index
        );
    }
    let enters = keys
        .iter()
        .filter(|s| s.operators.iter().any(|o| o.op == "M"))
        .count();
    assert!(enters >= 8, "{enters} decisions");
    assert!(p.total_s > 0.0);
}
