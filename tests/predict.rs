//! `kofu predict`: a small scenario's total worked out by hand from the panel's geometry and
//! the model's published constants; Sharp's flow (notice and Next) takes longer than
//! Fujifilm's; an older user longer than a skilled one.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use kofu::domain::session::Event;
use kofu::report::offscreen::Offscreen;
use kofu::report::predict::{self, model::User};
use kofu::window::{KioskApp, tokens};

fn scenario(dir: &std::path::Path, vendor: &str) -> std::path::PathBuf {
    let p = dir.join(format!("two-taps-{vendor}.toml"));
    std::fs::write(
        &p,
        format!(
            "title = \"two taps\"\nvendor = \"{vendor}\"\nat = \"2026-11-25T10:00:00+09:00\"\n\
             steps = [{{ do = \"services\" }}, {{ do = \"cert_issue\" }}]\n"
        ),
    )
    .unwrap();
    p
}

/// Japanese letters read at 357 a minute (IReST), leaving out spaces and punctuation.
fn read_s(text: &str) -> f64 {
    let n = text
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_ascii_punctuation())
        .filter(|c| !"／、。・（）「」".contains(*c))
        .count();
    n as f64 * 60.0 / 357.0
}

#[test]
fn two_taps_predict_their_hand_computed_total() {
    let dir = tempfile::tempdir().unwrap();
    let path = scenario(dir.path(), "fujifilm");
    let got = predict::predict(&[path], &[], User::Skilled).unwrap();
    let v = &got[0].vendors[0];

    // The same screens, measured: the home menu, then the services menu.
    let mut app = KioskApp::new(kofu::report::tour::options("fujifilm", "ja")).unwrap();
    let mut off = Offscreen::new(tokens::window_size());
    off.frame(&mut app);
    let home_text = app.speech().to_string();
    let tile = app
        .drawn()
        .iter()
        .find(|d| d.sends == Some(Event::Services))
        .unwrap()
        .clone();
    assert!(app.send(Event::Services));
    off.frame(&mut app);
    let services_text = app.speech().to_string();
    let button = app
        .drawn()
        .iter()
        .find(|d| d.sends == Some(Event::CertIssue))
        .unwrap()
        .clone();

    // 10.1-inch 4:3 panel of 1024 px: 10.1 × 25.4 × 0.8 / 1024 mm a pixel.
    let mm = 10.1 * 25.4 * 0.8 / 1024.0;
    let centre = egui::pos2(
        tokens::MARGIN + tokens::PANEL_SIZE.x / 2.0,
        tokens::MARGIN + tokens::PANEL_SIZE.y / 2.0,
    );
    // Fitts (MacKenzie 2015: 6.95 bit/s), the smaller side as W, plus the 0.2 s press.
    let tap = |from: egui::Pos2, to: egui::Rect| {
        let d = f64::from(from.distance(to.center())) * mm;
        let w = f64::from(to.width().min(to.height())) * mm;
        (d / w + 1.0).log2() / 6.95 + 0.2
    };
    // Each step: read the new screen, read the chosen control's name, M, reach and press.
    let step1 = read_s(&home_text) + read_s(&tile.label) + 1.35 + tap(centre, tile.rect);
    let step2 = read_s(&services_text)
        + read_s(&button.label)
        + 1.35
        + tap(tile.rect.center(), button.rect);
    assert!(
        (v.steps[0].seconds - step1).abs() < 0.01,
        "{} vs {step1}",
        v.steps[0].seconds
    );
    assert!(
        (v.steps[1].seconds - step2).abs() < 0.01,
        "{} vs {step2}",
        v.steps[1].seconds
    );
    assert!((v.total_s - (step1 + step2)).abs() < 0.01);
    assert!(step1 > 2.0 && step2 > 2.0, "reading and deciding take time");
}

#[test]
fn sharp_predicts_longer_than_fujifilm_and_older_longer_than_skilled() {
    let happy = std::path::PathBuf::from("assets/scenarios/happy-resident-fujifilm.toml");
    let vendors = ["fujifilm".to_string(), "sharp".to_string()];
    let skilled = predict::predict(std::slice::from_ref(&happy), &vendors, User::Skilled).unwrap();
    let (fuji, sharp) = (&skilled[0].vendors[0], &skilled[0].vendors[1]);
    assert!(
        sharp.total_s > fuji.total_s,
        "{} vs {}",
        sharp.total_s,
        fuji.total_s
    );
    // The notice and "Next" are where the difference is.
    let ops =
        |v: &predict::VendorPrediction| v.steps.iter().map(|s| s.operators.len()).sum::<usize>();
    assert!(ops(sharp) > ops(fuji));
    // The notice is read before "Agree", as a participant must: one reading on Sharp takes at
    // least the notice's words, longer than any screen of Fujifilm's flow.
    let longest = |v: &predict::VendorPrediction| {
        v.steps
            .iter()
            .flat_map(|s| &s.operators)
            .filter(|o| o.op == "read")
            .map(|o| o.s)
            .fold(0.0_f64, f64::max)
    };
    // The scenario picks English.
    let body = kofu::i18n::I18n::in_lang("en").t("consent-body");
    let notice = predict::model::reading_s(&body, "en");
    assert!(
        longest(sharp) >= notice - 0.01,
        "{} < {notice}",
        longest(sharp)
    );
    assert!(longest(fuji) < notice, "{} ≥ {notice}", longest(fuji));
    let older = predict::predict(&[happy], &vendors[..1], User::Older).unwrap();
    assert!(older[0].vendors[0].total_s > fuji.total_s);
    assert_eq!(older[0].vendors[0].user, "older");
    // Every step's seconds are its operators' sum.
    for s in &fuji.steps {
        let sum: f64 = s.operators.iter().map(|o| o.s).sum();
        assert!((s.seconds - sum).abs() < 0.01);
    }
}

#[test]
fn by_keypad_every_choice_is_key_presses() {
    let happy = std::path::PathBuf::from("assets/scenarios/happy-resident-fujifilm.toml");
    let keypad = predict::predict_with(
        std::slice::from_ref(&happy),
        &[],
        User::Skilled,
        predict::Input::Keypad,
    )
    .unwrap();
    let v = &keypad[0].vendors[0];
    assert_eq!(v.input, "keypad");
    let all: Vec<&str> = v
        .steps
        .iter()
        .flat_map(|s| s.operators.iter().map(|o| o.op))
        .collect();
    assert!(!all.contains(&"tap"), "no touch: {all:?}");
    // The PIN: M, then four digits and ○ at 0.28 s each (no control name read: digits).
    let pin = v.steps.iter().find(|s| s.action == "pin").unwrap();
    let keys: Vec<f64> = pin
        .operators
        .iter()
        .filter(|o| o.op == "K")
        .map(|o| o.s)
        .collect();
    assert_eq!(keys.len(), 5);
    assert!(keys.iter().all(|k| (k - 0.28).abs() < 1e-9));
}
