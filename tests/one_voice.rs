//! One voice: the window replays a scenario with exactly the events `kofu run` sends and
//! reaches the same outcome; every refusal renders, in every language, with every fact it
//! carries; and the screen, the speech guide, the trainer's log and the JSON say the same
//! sentence.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveTime;

use kofu::domain::calendar::parse_instant;
use kofu::domain::municipality::Municipality;
use kofu::domain::reason::Reason;
use kofu::domain::refusal::{Facts, Refusal};
use kofu::domain::session::{Event, Session};
use kofu::i18n::{I18n, LOCALES, office, refusal};
use kofu::kiosk::{ModelPrinter, load_municipality};
use kofu::report::offscreen::Offscreen;
use kofu::scenario::play::{Bare, play};
use kofu::scenario::run::{RunOptions, kiosk_for, outcome};
use kofu::scenario::{self, Scenario};
use kofu::store::MemoryStore;
use kofu::window::speech::Utterance;
use kofu::window::{KioskApp, UiOptions, replay, tokens};

fn bundled() -> Vec<(PathBuf, Scenario)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("scenarios")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    v.sort();
    v.into_iter()
        .map(|p| {
            let sc = scenario::load(&p).unwrap_or_else(|e| panic!("{e}"));
            (p, sc)
        })
        // Keypad steps need the panel, which the bare runner compared here has not.
        .filter(|(_, sc)| !sc.needs_panel())
        .collect()
}

/// The scenario through the bare session: its events and its outcome as JSON.
fn headless(sc: &Scenario, vendor: &str) -> (Vec<Event>, serde_json::Value) {
    let opts = RunOptions {
        vendor: Some(vendor.into()),
        ..RunOptions::default()
    };
    let kiosk = Arc::new(kiosk_for(sc, &opts).expect("kiosk"));
    let at = sc.at.expect("bundled scenarios set `at`");
    let id = format!("{}-{}", kiosk.kiosk_id, at.format("%Y%m%dT%H%M%S"));
    let mut s = Session::new(
        kiosk,
        Box::new(MemoryStore::default()),
        Box::new(ModelPrinter::default()),
        at,
        id,
    );
    let played = play(sc, &mut Bare::new(&mut s), |_, _| Ok(())).expect("plays");
    // The window keeps no PIN once the session checked it: compare the events as kept.
    let events = played.events.iter().map(Event::without_secret).collect();
    let o = outcome(sc, &s, at, played, &[]);
    (events, serde_json::to_value(&o).expect("json"))
}

fn window_options(sc: &Scenario, vendor: &str) -> UiOptions {
    let kiosk = kiosk_for(sc, &RunOptions::default()).expect("kiosk");
    UiOptions {
        municipality: sc.municipality.clone(),
        vendor: vendor.into(),
        at: sc.at,
        deck: Some(kiosk.registry),
        clock_paused: true,
        memory_store: true,
        pdf: false,
        open_files: false,
        speech_audio: false,
        keep_finished: true,
        print_seconds_per_copy: 10_000.0,
        ..UiOptions::default()
    }
}

/// The scenario through the window's own code: the events the session received and the outcome.
fn windowed(sc: &Scenario, vendor: &str) -> (Vec<Event>, serde_json::Value) {
    let mut app = KioskApp::new(window_options(sc, vendor)).expect("app");
    let at = app.session().now();
    let played = replay::play(&mut app, sc, |_, _| Ok(())).expect("replays");
    let o = outcome(sc, app.session(), at, played, &[]);
    (
        app.sent_events().to_vec(),
        serde_json::to_value(&o).expect("json"),
    )
}

#[test]
fn the_window_sends_the_runners_events_and_reaches_its_outcome_on_both_vendors() {
    let all = bundled();
    assert!(all.len() > 50);
    for (path, sc) in &all {
        for vendor in ["fujifilm", "sharp"] {
            let (run_events, run) = headless(sc, vendor);
            let (win_events, win) = windowed(sc, vendor);
            let name = format!("{} on {vendor}", path.display());
            assert_eq!(run_events, win_events, "{name}: events differ");
            assert_eq!(run, win, "{name}: outcomes differ");
        }
    }
}

#[test]
fn a_sharp_card_placed_and_removed_before_next_plays_the_same_headless_and_in_the_window() {
    let text = r#"
title = "Sharp: the card placed, taken off and placed again before Next"
vendor = "sharp"
at = "2026-11-25T10:00:00+09:00"
use_card = "card-tsukuba-hanako"
steps = [
  { do = "language", value = "en" },
  { do = "services" },
  { do = "cert_issue" },
  { do = "consent" },
  { do = "place_card" },
  { do = "remove_card" },
  { do = "place_card" },
  { do = "next" },
  { do = "residence" },
  { do = "pin", value = "1234" },
  { do = "remove_card" },
  { do = "certificate", value = "resident_certificate" },
  { do = "copies", value = 1 },
  { do = "confirm" },
  { do = "insert", value = 500 },
  { do = "take_items" },
]
[expect]
status = "issued"
change_yen = 350
"#;
    let sc = scenario::parse(kofu::error::Source::from_text("sharp-replace.toml", text))
        .unwrap_or_else(|e| panic!("{e}"));
    let (run_events, run) = headless(&sc, "sharp");
    let (win_events, win) = windowed(&sc, "sharp");
    assert_eq!(run["expectations_met"], true, "{run}");
    assert_eq!(run_events, win_events);
    assert_eq!(run, win);
}

/// Refusals with the facts the domain gives each reason in a real case.
fn refusals(m: &Municipality) -> Vec<Refusal> {
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let at = parse_instant("2026-11-26T06:30:00+09:00").ok();
    let mut v = Vec::new();
    for reason in Reason::ALL {
        let mut f = Facts::default();
        match reason {
            Reason::OutOfServiceHours | Reason::Maintenance => f.reopens_at = at,
            Reason::YearEndSuspension => {
                f.reopens_at = parse_instant("2027-01-04T06:30:00+09:00").ok();
                f.stop_from = day("2026-12-29");
                f.stop_until = day("2027-01-03");
            }
            Reason::FamilyRegisterHours => {
                f.open = NaiveTime::from_hms_opt(8, 30, 0);
                f.close = NaiveTime::from_hms_opt(17, 15, 0);
                f.reopens_at = parse_instant("2026-11-26T08:30:00+09:00").ok();
            }
            Reason::CardExpired | Reason::CertificateExpired | Reason::ContinuationLapsed => {
                f.valid_until = day("2026-07-14");
            }
            Reason::NoTaxRecord | Reason::TaxArrears | Reason::NotTaxed => {
                f.fiscal_year = Some(2026);
            }
            Reason::SmartphoneNotSupported => {
                // The three cases: never taken, taken from a later day, registration.
                f.device = Some(kofu::domain::registry::CardKind::Android);
                v.push(Refusal::new(reason, m, f.clone()));
                let mut later = f.clone();
                later.device = Some(kofu::domain::registry::CardKind::Iphone);
                later.supported_from = day("2025-06-24");
                v.push(Refusal::new(reason, m, later));
                f.for_registration = true;
            }
            _ => {}
        }
        v.push(Refusal::new(reason, m, f.clone()));
        if matches!(
            reason,
            Reason::DomicileNotRegistered | Reason::RegistrationNotNeeded
        ) {
            f.ready_on = day("2026-11-30");
            v.push(Refusal::new(reason, m, f));
        }
    }
    v
}

/// Each fact as the sentences must show it in `i`'s language.
fn shown_facts(i: &I18n, r: &Refusal, m: &Municipality) -> Vec<(&'static str, String)> {
    let f = &r.facts;
    let mut v = Vec::new();
    let hm = |t: NaiveTime| i.time(t);
    if let Some(d) = f.valid_until.or(f.ready_on).or(f.supported_from) {
        v.push(("date", i.date(d)));
    }
    if let (Some(d), false) = (f.device, f.for_registration) {
        v.push(("device", i.t(&format!("device-{}", d.code()))));
    }
    if let Some(t) = f.reopens_at {
        v.push(("reopens_at", i.date_time(t)));
    }
    if let Some(t) = f.open {
        v.push(("open", hm(t)));
    }
    if let Some(t) = f.close {
        v.push(("close", hm(t)));
    }
    if let Some(d) = f.stop_from {
        v.push(("stop_from", i.date(d)));
    }
    if let Some(d) = f.stop_until {
        v.push(("stop_until", i.date(d)));
    }
    if let Some(y) = f.fiscal_year {
        v.push(("fiscal_year", i.fiscal_year(y)));
    }
    for (name, n) in [
        ("business_days", f.business_days),
        ("min_age", f.min_age),
        ("within_days", f.within_days),
        ("max_tries", f.max_tries.map(u32::from)),
    ] {
        if let Some(n) = n {
            v.push((name, i.number(u64::from(n))));
        }
    }
    let offices = f.office.iter().chain(&f.other_offices);
    for o in offices.filter_map(|id| m.office(id)) {
        v.push(("office", office::name(i, o)));
        v.push(("office hours", office::hours(i, o)));
        v.push(("office phone", o.phone.clone()));
    }
    if let Some(p) = &f.phone {
        v.push(("hotline", p.clone()));
    }
    if let (Some(b), None) = (f.button, f.ready_on) {
        v.push(("button", i.t(b)));
    }
    v
}

#[test]
fn every_refusal_renders_in_every_language_with_every_fact_it_carries() {
    let m = load_municipality("tsukuba").expect("tsukuba");
    let hall = m.office("tsukuba-city-hall").expect("office");
    let english_name = hall.name_in("en").expect("en").to_string();
    for (code, _) in LOCALES {
        let i = I18n::in_lang(code);
        for r in refusals(&m) {
            let t = refusal::text(&i, &r, &m);
            let all = format!("{} | {} | {}", t.title, t.rule, t.next_step);
            let what = format!("{code} {} {:?}", r.reason, r.facts.ready_on);
            assert!(!all.contains('{') && !all.contains('}'), "{what}: {all}");
            assert!(!all.contains("reason-"), "{what}: a key is missing: {all}");
            for part in [&t.title, &t.rule, &t.next_step] {
                assert!(!part.trim().is_empty(), "{what}: an empty sentence");
            }
            for (fact, shown) in shown_facts(&i, &r, &m) {
                assert!(
                    all.contains(&shown),
                    "{what}: {fact} `{shown}` missing: {all}"
                );
            }
            if !matches!(code, "ja" | "en") {
                assert!(
                    !all.contains(&english_name),
                    "{what}: English office name: {all}"
                );
            }
            if r.reason.is_private() {
                let private = refusal::trainer_rule(&i, &r, &m);
                assert_ne!(private, t.rule, "{what}: the public rule must stay neutral");
            }
        }
    }
}

#[test]
fn screen_speech_trainer_log_and_json_say_the_same_for_every_refusal_scenario() {
    let mut checked = 0;
    let mut off = Offscreen::new(tokens::window_size());
    for (path, sc) in bundled() {
        let run = kofu::scenario::run::run(&sc, &RunOptions::default()).expect("run");
        let Some(r) = &run.refusal else { continue };
        let mut opts = window_options(&sc, &sc.vendor);
        opts.speech_audio = false;
        let mut app = KioskApp::new(opts).expect("app");
        app.set_headset(true);
        replay::play(&mut app, &sc, |_, w| {
            off.settle(w.app);
            Ok(())
        })
        .expect("replay");
        off.settle(&mut app);
        let lang = app.session().lang().to_string();
        let texts = r.texts.get(&lang).unwrap_or_else(|| panic!("{lang} text"));
        // The speech guide said the screen's words: the title, rule and next step.
        let spoken: Vec<String> = app
            .spoken()
            .iter()
            .filter_map(|u| match u {
                Utterance::Say { text, .. } => Some(text.clone()),
                Utterance::Tone => None,
            })
            .collect();
        let spoken = spoken.join(" | ");
        let name = path.display();
        for s in [&texts.title, &texts.rule, &texts.next_step] {
            assert!(
                spoken.contains(s.as_str()),
                "{name}: not spoken: {s}\n{spoken}"
            );
        }
        // The trainer's log has the refusal, rendered from the same texts.
        let logged = app
            .history()
            .iter()
            .filter_map(|l| l.entry.as_ref().ok())
            .find_map(|e| e.refusal().cloned())
            .unwrap_or_else(|| panic!("{name}: no refusal in the trainer's log"));
        let m = &app.session().kiosk().municipality;
        let i = I18n::in_lang(&lang);
        assert_eq!(&refusal::text(&i, &logged, m), texts, "{name}");
        assert_eq!(
            refusal::trainer_rule(&I18n::in_lang("en"), &logged, m),
            r.rule,
            "{name}"
        );
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} refusal scenarios");
}
