//! Random sequences of inputs through the window's one `update` — presses of what the panel
//! offers, keypad keys, the machine's parts, waits — on both vendors, recorded: the recording
//! replays with `kofu run` to the same outcome, documents and their content included, and
//! `kofu predict` accepts it.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use kofu::certificate::model;
use kofu::domain::session::{PrintRequest, Screen};
use kofu::report::offscreen::Offscreen;
use kofu::report::predict;
use kofu::report::tour;
use kofu::research::timeline::Timeline;
use kofu::scenario::run::{self, RunOptions};
use kofu::window::app::PadKey;
use kofu::window::machine::Command;
use kofu::window::msg::Msg;
use kofu::window::{KioskApp, UiOptions, tokens};
use proptest::prelude::*;

/// One thing a participant does.
#[derive(Debug, Clone)]
enum Input {
    /// What the screen on show asks for, as a participant who knows the task does it (the
    /// number picks among the certificates or options on offer).
    Progress(u8),
    /// Presses the n-th enabled control on show (of those that do something).
    Press(u8),
    /// ○: the highlighted control (the main action when a screen opens).
    Enter,
    /// 2 or 8 (move the highlight), ×, ←.
    Key(PadKey),
    /// The PIN typed on the keypad: the card's (true) or a wrong one.
    Pin(bool),
    /// The card on the reader, off it, a ¥1,000 note, the tray and the change taken.
    Part(Command),
    /// Seconds pass.
    Wait(u16),
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        12 => any::<u8>().prop_map(Input::Progress),
        3 => Just(Input::Enter),
        2 => any::<u8>().prop_map(Input::Press),
        1 => prop_oneof![
            Just(PadKey::Digit(2)),
            Just(PadKey::Digit(8)),
            Just(PadKey::Cancel),
            Just(PadKey::Clear),
        ]
        .prop_map(Input::Key),
        2 => prop_oneof![4 => Just(true), 1 => Just(false)].prop_map(Input::Pin),
        3 => prop_oneof![
            Just(Command::PlaceCard),
            Just(Command::RemoveCard),
            Just(Command::Insert(1000)),
            Just(Command::TakeSheets),
        ]
        .prop_map(Input::Part),
        1 => (1u16..40).prop_map(Input::Wait),
    ]
}

/// The n-th enabled control whose message `pick` accepts.
fn press_one(app: &mut KioskApp, n: u8, pick: impl Fn(&Msg) -> bool) -> bool {
    let live: Vec<Msg> = app
        .drawn()
        .iter()
        .filter(|d| d.enabled)
        .filter_map(|d| d.msg.clone())
        .filter(|m| pick(m))
        .collect();
    if live.is_empty() {
        return false;
    }
    app.update(live[usize::from(n) % live.len()].clone());
    true
}

/// What the screen on show asks for.
fn progress(app: &mut KioskApp, n: u8) {
    use kofu::domain::session::Event;
    match app.session().screen() {
        Screen::PlaceCard if app.reader().is_none() => app.update(Msg::Machine(Command::PlaceCard)),
        Screen::RemoveCard => app.update(Msg::Machine(Command::RemoveCard)),
        Screen::Payment => app.update(Msg::Machine(Command::Insert(1000))),
        Screen::Pin if !app.session().finished() => act(app, &Input::Pin(true)),
        Screen::Certificate => {
            let _ = press_one(
                app,
                n,
                |m| matches!(m, Msg::Send(e) if matches!(e[..], [Event::Certificate(_)])),
            );
        }
        Screen::Options if !n.is_multiple_of(3) => {
            let _ = press_one(app, n, |m| matches!(m, Msg::Choose(_)));
        }
        _ => app.press(PadKey::Enter),
    }
}

fn act(app: &mut KioskApp, i: &Input) {
    match i {
        Input::Progress(n) => progress(app, *n),
        Input::Press(n) => {
            let _ = press_one(app, *n, |_| true);
        }
        Input::Enter => app.press(PadKey::Enter),
        Input::Key(k) => app.press(*k),
        Input::Pin(right) => {
            for d in if *right { [1, 2, 3, 4] } else { [9, 9, 9, 9] } {
                app.press(PadKey::Digit(d));
            }
        }
        Input::Part(c) => app.update(Msg::Machine(c.clone())),
        Input::Wait(s) => {
            let later = app.session().now() + chrono::Duration::seconds(i64::from(*s));
            let _step = app.set_time(later);
        }
    }
}

/// Plays `inputs` on `vendor` with the recorder on; returns the app (its session as it ended)
/// and the scenario file the recorder wrote.
fn record(vendor: &str, inputs: &[Input], dir: &std::path::Path) -> (KioskApp, std::path::PathBuf) {
    let o = UiOptions {
        record: Some(dir.to_path_buf()),
        questionnaire: false,
        keep_finished: true,
        print_seconds_per_copy: 0.0,
        ..tour::options(vendor, "ja")
    };
    let mut app = KioskApp::new(o).unwrap();
    app.select_card("card-household-householder");
    let mut screen = Offscreen::new(tokens::window_size());
    screen.settle(&mut app);
    for i in inputs {
        act(&mut app, i);
        screen.settle(&mut app);
        if app.session().finished() {
            break;
        }
    }
    // Printing runs on the frame's clock: let a paid job end.
    for _ in 0..40 {
        if app.session().screen() != Screen::Printing {
            break;
        }
        screen.frame(&mut app);
    }
    app.stop_recording();
    let timeline = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".timeline.json"));
    let scenario = timeline.map_or_else(std::path::PathBuf::new, |t| {
        let tl: Timeline = serde_json::from_str(&std::fs::read_to_string(&t).unwrap()).unwrap();
        dir.join(tl.scenario)
    });
    (app, scenario)
}

/// What a clerk would read on the window's documents: certificate, copies and the person blocks
/// of each (built from the session's issued documents as its printer built them).
fn window_documents(app: &KioskApp) -> Vec<(String, u32, String)> {
    let s = app.session();
    s.issued()
        .iter()
        .filter(|d| d.printed > 0)
        .map(|d| {
            let req = PrintRequest {
                issue_number: d.issue_number,
                selection: d.selection.clone(),
                copy: 1,
                card: String::new(),
                holder: d.holder.clone(),
                issued_at: s.now(),
                municipality: s.kiosk().municipality.id.clone(),
            };
            let m = model::build(&req, s.kiosk()).unwrap();
            (
                d.selection.kind.code().to_string(),
                d.printed,
                serde_json::to_string(&m.blocks).unwrap(),
            )
        })
        .collect()
}

/// 32 cases from a fixed seed (CI is repeatable); `KOFU_PROP_CASES=N` for more,
/// `KOFU_PROP_RANDOM=1` for a fresh seed each run (how the faults fixed so far were found).
fn config() -> ProptestConfig {
    let cases = std::env::var("KOFU_PROP_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(32);
    let rng_seed = if std::env::var_os("KOFU_PROP_RANDOM").is_some() {
        proptest::test_runner::RngSeed::Random
    } else {
        proptest::test_runner::RngSeed::Fixed(0x6b6f_6675)
    };
    ProptestConfig {
        cases,
        rng_seed,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_recording_of_any_inputs_replays_to_the_same_documents(
        inputs in proptest::collection::vec(input(), 1..90),
        sharp in any::<bool>(),
    ) {
        let vendor = if sharp { "sharp" } else { "fujifilm" };
        let dir = tempfile::tempdir().unwrap();
        let (app, scenario) = record(vendor, &inputs, dir.path());
        if !scenario.as_os_str().is_empty() {
            let text = std::fs::read_to_string(&scenario).unwrap();
            let sc = kofu::scenario::load(&scenario).unwrap();
            let out = tempfile::tempdir().unwrap();
            let ro = RunOptions { out: Some(out.path().to_path_buf()), ..RunOptions::default() };
            let o = run::run(&sc, &ro);
            prop_assert!(o.is_ok(), "{vendor}: {:?}\n{text}", o.err());
            let o = o.unwrap();
            prop_assert!(o.expectations_met, "{vendor}: {:?}\n{text}", o.mismatches);
            let replayed: Vec<(String, u32, String)> = o
                .documents
                .iter()
                .map(|d| {
                    let blocks = d.content.as_ref().map(|m| serde_json::to_string(&m.blocks).unwrap());
                    (d.certificate.clone(), d.copies, blocks.unwrap_or_default())
                })
                .collect();
            prop_assert_eq!(&replayed, &window_documents(&app), "{}: documents\n{}", vendor, text);
            prop_assert_eq!(o.paid_yen, app.session().paid_yen());
            prop_assert_eq!(o.pin_tries_left, app.session().pin_tries_left());
            // `kofu predict` accepts every recording (a recording of waits only predicts 0 s,
            // never −0).
            let p = predict::predict_one(&sc, vendor, predict::model::User::Skilled);
            prop_assert!(p.is_ok(), "{vendor}: predict: {:?}\n{text}", p.err());
            let p = p.unwrap();
            prop_assert!(p.total_s.is_finite() && p.total_s.is_sign_positive(), "{vendor}: {} s\n{text}", p.total_s);
        }
    }
}
