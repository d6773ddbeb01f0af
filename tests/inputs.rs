//! Every number in every input has a range: a value outside it is a `file:line:column` error,
//! never a panic, a wrap, a clamp or a huge allocation; files are read with a size limit and
//! invalid UTF-8 is located; an error on a PIN line never repeats the PIN.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::PathBuf;

use proptest::prelude::*;

use kofu::domain::municipality::{CertificateKind, Municipality};
use kofu::domain::registry::Registry;
use kofu::domain::vendor::Vendor;
use kofu::error::{MAX_INPUT_BYTES, Source};
use kofu::scenario::Action;

fn asset(rel: &str) -> String {
    std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("assets")
            .join(rel),
    )
    .unwrap()
}

/// Tsukuba's profile with `line` (e.g. `max_copies = X`) set to `value`.
fn profile_with(key_line: &str, value: &str) -> String {
    let text = asset("municipalities/tsukuba.toml");
    let (key, _) = key_line.split_once(" = ").unwrap();
    let mut out = String::new();
    let mut done = false;
    for l in text.lines() {
        if !done && l.starts_with(&format!("{key} =")) {
            out.push_str(&format!("{key} = {value}\n"));
            done = true;
        } else {
            out.push_str(l);
            out.push('\n');
        }
    }
    assert!(done, "{key} not in the profile");
    out
}

fn located(e: &kofu::error::InputError) {
    assert!(e.line > 0 && e.column > 0, "no position: {e}");
}

#[test]
fn a_huge_years_offered_is_an_error_not_an_allocation() {
    let text = asset("municipalities/tsukuba.toml")
        .replace("years_offered = 1 ", "years_offered = 2000000000 ");
    assert!(text.contains("2000000000"));
    let e = Municipality::parse(&Source::from_text("p.toml", text)).expect_err("refused");
    located(&e);
    assert!(
        e.message.contains("years_offered") && e.message.contains("1..=10"),
        "{e}"
    );
}

#[test]
fn waits_and_fault_counts_out_of_range_are_errors_not_wrapped() {
    let base = asset("scenarios/timeout-extended.toml");
    for bad in ["4294967306", "-5", "0", "1.5", "\"10\""] {
        let text = format!(
            "{}\n",
            base.replacen(
                "steps = [",
                &format!("steps = [\n  {{ do = \"wait\", seconds = {bad} }},"),
                1
            )
        );
        let e = kofu::scenario::parse(Source::from_text("s.toml", text)).expect_err(bad);
        located(&e);
        assert!(e.message.contains("seconds"), "{bad}: {e}");
    }
    let ok = base.replacen(
        "steps = [",
        "steps = [\n  { do = \"wait\", seconds = 86400 },",
        1,
    );
    let sc = kofu::scenario::parse(Source::from_text("s.toml", ok)).expect("a day is fine");
    assert!(matches!(sc.steps[0].action, Action::Wait(86400)));
    let fault = base.replacen(
        "steps = [",
        "steps = [\n  { do = \"fault\", value = \"paper_jam\", after_copies = 4294967296 },",
        1,
    );
    let e = kofu::scenario::parse(Source::from_text("s.toml", fault)).expect_err("fault");
    assert!(e.message.contains("after_copies"), "{e}");
}

#[test]
fn an_unquoted_pin_is_not_echoed() {
    let deck = asset("personas.toml").replacen("pin = \"1234\"", "pin = 7395", 1);
    let e = Registry::parse(&Source::from_text("d.toml", deck)).expect_err("refused");
    located(&e);
    assert!(!e.to_string().contains("7395"), "{e}");
    assert!(e.message.contains("quoted"), "{e}");
    let deck = asset("personas.toml").replacen("pin = \"1234\"", "pin = 7395.5", 1);
    let e = Registry::parse(&Source::from_text("d.toml", deck)).expect_err("refused");
    assert!(!e.to_string().contains("7395"), "{e}");
}

#[test]
fn files_are_read_with_a_size_limit_and_bad_utf8_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.toml");
    std::fs::write(
        &big,
        vec![b'#'; usize::try_from(MAX_INPUT_BYTES).unwrap() + 1],
    )
    .unwrap();
    let e = Source::read(&big).expect_err("too large");
    assert!(e.message.contains("larger than 8 MiB"), "{e}");
    // A device (endless, or one that blocks) is refused before any read (issue 24).
    if std::path::Path::new("/dev/zero").exists() {
        let e = Source::read(std::path::Path::new("/dev/zero")).expect_err("endless");
        assert!(e.message.contains("not a regular file"), "{e}");
    }
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, b"title = \"a\"\nname = \"\xe3\x81\x82\xff\"\n").unwrap();
    let e = Source::read(&bad).expect_err("not UTF-8");
    assert_eq!((e.line, e.column), (2, 10), "{e}");
}

/// Any integer, with the edges more likely than chance would make them.
fn any_number() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(0i64),
        Just(-1),
        Just(i64::MAX),
        Just(i64::MIN),
        Just(i64::from(u32::MAX)),
        Just(i64::from(u32::MAX) + 1),
        -1000i64..100_000,
        any::<i64>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_number_of_a_profile_is_in_range_or_an_error(n in any_number()) {
        let v = n.to_string();
        for key in ["max_copies", "registration_business_days"] {
            let text = profile_with(&format!("{key} = x"), &v);
            if let Ok(m) = Municipality::parse(&Source::from_text("p.toml", text)) {
                prop_assert!((1..=99).contains(&m.max_copies));
                prop_assert!((1..=30).contains(&m.registration_business_days));
            }
        }
        for (from, to) in [
            ("years_offered = 1 ", format!("years_offered = {v} ")),
            ("switch_month = 6 ", format!("switch_month = {v} ")),
            ("[certificates.seal_certificate]\nfee = 150", format!("[certificates.seal_certificate]\nfee = {v}")),
        ] {
            let text = asset("municipalities/tsukuba.toml").replacen(from, &to, 1);
            if let Ok(m) = Municipality::parse(&Source::from_text("p.toml", text)) {
                let tax = &m.offers[&CertificateKind::TaxCertificate];
                prop_assert!((1..=10).contains(&tax.years_offered));
                prop_assert!((1..=12).contains(&tax.switch_month));
                prop_assert!(m.offers.values().all(|o| (10..=10_000).contains(&o.fee_yen)));
            }
        }
        for key in ["inactivity_seconds", "warning_seconds", "max_total_yen"] {
            let text = format!("{}\n{key} = {v}\n", asset("vendors/fujifilm.toml")
                .lines()
                .filter(|l| !l.starts_with(key))
                .take_while(|l| !l.starts_with("[["))
                .collect::<Vec<_>>()
                .join("\n"));
            if let Ok(vd) = Vendor::parse(&Source::from_text("v.toml", text)) {
                prop_assert!((10..=600).contains(&vd.inactivity_seconds));
                prop_assert!((20..=600).contains(&vd.warning_seconds));
                prop_assert!(vd.max_total_yen.is_none_or(|c| (100..=1_000_000).contains(&c)));
            }
        }
    }

    #[test]
    fn every_number_of_a_deck_and_a_scenario_is_in_range_or_an_error(n in any_number()) {
        let v = n.to_string();
        let deck = asset("personas.toml");
        for (from, to) in [
            ("failures = 0", format!("failures = {v}")),
            ("tax_years = [2025, 2026]", format!("tax_years = [{v}]")),
        ] {
            prop_assert!(deck.contains(from), "{from}");
            let text = deck.replacen(from, &to, 1);
            if let Ok(r) = Registry::parse(&Source::from_text("d.toml", text)) {
                prop_assert!(r.cards.values().all(|c| c.failures <= 3));
                prop_assert!(r.persons.values().all(|p| p.tax_years.iter().all(|y| (1989..=2100).contains(y))));
            }
        }
        let base = asset("scenarios/timeout-extended.toml");
        for step in [
            format!("{{ do = \"wait\", seconds = {v} }}"),
            format!("{{ do = \"fault\", value = \"paper_jam\", after_copies = {v} }}"),
            format!("{{ do = \"copies\", value = {v} }}"),
            format!("{{ do = \"insert\", value = {v} }}"),
        ] {
            let text = base.replacen("steps = [", &format!("steps = [\n  {step},"), 1);
            if let Ok(sc) = kofu::scenario::parse(Source::from_text("s.toml", text)) {
                match &sc.steps[0].action {
                    Action::Wait(s) => prop_assert!((1..=31_708_800).contains(s)),
                    Action::Fault(_, a) => prop_assert!(*a <= 99),
                    Action::Copies(_) | Action::Insert(_) => {
                        // Range-checked by the session (max_copies, coins in circulation):
                        // playing it is an error or a value the session took.
                        let _ = kofu::scenario::run::run(&sc, &kofu::scenario::run::RunOptions::default());
                    }
                    other => prop_assert!(false, "{other:?}"),
                }
            }
        }
    }
}
