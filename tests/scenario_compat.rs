//! Files keep working (issue 23 item 6, DESIGN.md "Compatibility"): `tests/compat/` holds persona
//! decks, profiles and scenarios as written to earlier formats — the bundled files of 1 December
//! 2026 (from git), of 6 December 2026, and DESIGN.md's documented deck (no `domicile_address`)
//! — and every one of them must keep loading and playing to the outcome its `[expect]` states.
//! A renamed field is read with a warning; `kofu check --upgrade` rewrites files, keeping
//! comments; a newer format than this kofu reads is refused at its line.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use kofu::error::Source;
use kofu::scenario::run::{RunOptions, run};

fn compat(era: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/compat")
        .join(era)
}

fn tomls(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    v.sort();
    v
}

/// Loads an era's deck and profiles, and plays each of its scenarios against them (the era's
/// deck unless the scenario names its own, the era's profile of the scenario's id); gives the
/// number of scenarios played and the failures.
fn play_era(era: &str) -> (usize, Vec<String>) {
    let (played, failures, _) = play_dir(&compat(era));
    (played, failures)
}

/// As [`play_era`], for an era's folder anywhere; also gives each scenario's outcome (its file
/// name → the outcome's JSON), to compare two forms of the same files.
fn play_dir(dir: &Path) -> (usize, Vec<String>, BTreeMap<String, String>) {
    let deck = dir.join("personas.toml");
    kofu::kiosk::load_deck(&deck).unwrap_or_else(|e| panic!("{e}"));
    for p in tomls(&dir.join("municipalities")) {
        kofu::kiosk::load_municipality_file(&p).unwrap_or_else(|e| panic!("{e}"));
    }
    for p in tomls(&dir.join("vendors")) {
        kofu::kiosk::load_vendor_file(&p).unwrap_or_else(|e| panic!("{e}"));
    }
    let mut played = 0;
    let mut failures = Vec::new();
    let mut outcomes = BTreeMap::new();
    for f in tomls(&dir.join("scenarios")) {
        let mut sc = match kofu::scenario::load(&f) {
            Ok(s) => s,
            Err(e) => {
                failures.push(e.to_string());
                continue;
            }
        };
        if sc.needs_panel() {
            continue; // keypad steps play on a panel (tests/keypad_steps.rs)
        }
        if sc.registry.is_none() && sc.personas.is_none() {
            sc.personas = Some(deck.clone());
        }
        let own = |folder: &str, id: &str| {
            let p = dir.join(folder).join(format!("{id}.toml"));
            p.is_file().then(|| p.display().to_string())
        };
        let opts = RunOptions {
            municipality: own("municipalities", &sc.municipality),
            vendor: own("vendors", &sc.vendor),
            ..RunOptions::default()
        };
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        match run(&sc, &opts) {
            Ok(o) if o.expectations_met && !sc.expect.is_empty() => {
                played += 1;
                outcomes.insert(name, serde_json::to_string_pretty(&o).unwrap());
            }
            Ok(o) => failures.push(format!("{}: {:?}", f.display(), o.mismatches)),
            Err(e) => failures.push(format!("{}: {e}", f.display())),
        }
    }
    (played, failures, outcomes)
}

#[test]
fn the_december_1_files_keep_loading_and_playing() {
    let (played, failures) = play_era("2026-12-01");
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(played >= 80, "only {played} played");
}

#[test]
fn the_december_6_files_keep_loading_and_playing() {
    let (played, failures) = play_era("2026-12-06");
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(played >= 80, "only {played} played");
}

#[test]
fn the_documented_deck_without_domicile_address_loads_and_prints_a_domicile() {
    // Its scenarios `printed` the household's address (domicile at home) and 東京都豊島区（番地略）
    // (domicile elsewhere).
    let (played, failures) = play_era("design-2026-11");
    assert!(failures.is_empty(), "{failures:#?}");
    assert_eq!(played, 3);
}

fn kofu(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kofu"))
        .current_dir(cwd)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_renamed_field_is_read_with_a_warning_at_its_line() {
    let dir = compat("renamed");
    let out = kofu(&dir, &["check", "vendor.toml"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("warning: vendor.toml:13:1: `max_inserted_yen` is now `max_total_yen`"),
        "{err}"
    );
    // Read as the ceiling: 6 copies (¥900) fit under ¥1,000, 7 do not.
    let out = kofu(&dir, &["run", "scenario.toml"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(dir.join("scenario.toml"))
        .unwrap()
        .replace("value = 6 }", "value = 7 }");
    let sc = kofu::scenario::parse(Source {
        path: dir.join("seven.toml"),
        text,
    })
    .unwrap();
    let e = run(&sc, &RunOptions::default()).unwrap_err().to_string();
    assert!(e.contains("¥1000"), "{e}");
}

#[test]
fn upgrade_rewrites_to_the_current_format_keeping_comments() {
    let tmp = tempfile::tempdir().unwrap();
    for f in ["vendor.toml", "municipality.toml", "scenario.toml"] {
        std::fs::copy(compat("renamed").join(f), tmp.path().join(f)).unwrap();
    }
    std::fs::copy(
        compat("design-2026-11").join("personas.toml"),
        tmp.path().join("personas.toml"),
    )
    .unwrap();
    let before = std::fs::read_to_string(tmp.path().join("personas.toml")).unwrap();
    let out = kofu(
        tmp.path(),
        &[
            "check",
            "--upgrade",
            "vendor.toml",
            "scenario.toml",
            "personas.toml",
        ],
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for line in [
        "--- vendor.toml",
        "-max_inserted_yen = 1000   # the old name",
        "+max_total_yen = 1000   # the old name",
        "upgraded: vendor.toml (format 1)",
        "ok: scenario.toml (already format 1)",
        "+format = 1",
        "upgraded: personas.toml (format 1)",
    ] {
        assert!(said.contains(line), "no `{line}` in\n{said}");
    }
    let vendor = std::fs::read_to_string(tmp.path().join("vendor.toml")).unwrap();
    assert!(
        vendor.contains("# Smartphones the reader takes."),
        "comments kept"
    );
    assert!(!vendor.contains("max_inserted_yen ="));
    // The deck changed by one line, its comments kept.
    let after = std::fs::read_to_string(tmp.path().join("personas.toml")).unwrap();
    assert_eq!(after, format!("format = 1\n{before}"));
    // The upgraded files load without a warning and play to the same outcome.
    let out = kofu(tmp.path(), &["run", "scenario.toml"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("warning"));
    // A second upgrade changes nothing.
    let out = kofu(tmp.path(), &["check", "--upgrade", "vendor.toml"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("already format 1"));
}

#[test]
fn a_newer_format_is_refused_at_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = [
        (
            "s.toml",
            "title = \"t\"\nformat = 2\nsteps = [{ do = \"services\" }]\n",
        ),
        (
            "d.toml",
            "format = 99\n[[household]]\nid = \"h\"\nmunicipality = \"tsukuba\"\naddress = \"x\"\n",
        ),
    ];
    for (name, text) in cases {
        std::fs::write(tmp.path().join(name), text).unwrap();
        let out = kofu(tmp.path(), &["check", name]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains(&format!("{name}:")) && err.contains("is not one this kofu reads"),
            "{err}"
        );
    }
    let v = std::fs::read_to_string(compat("renamed").join("vendor.toml"))
        .unwrap()
        .replace("format = 1", "format = 3");
    std::fs::write(tmp.path().join("v.toml"), v).unwrap();
    let out = kofu(tmp.path(), &["check", "v.toml"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("v.toml:3:10: format 3 is not one this kofu reads"),
        "{err}"
    );
}

#[test]
fn old_city_hall_profiles_load_with_a_warning_and_play_as_their_upgrade() {
    // The bundled files of commit 16cc8e1 (1 December 2026, before `[[office]]`): every
    // profile has the old `[city_hall]` table with free-text hours.
    let era = compat("2026-12-01-city-hall");
    let (played, failures, before) = play_dir(&era);
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(played >= 60, "only {played} played");
    let out = kofu(&era, &["check", "municipalities/tsukuba.toml"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    for said in [
        "warning: municipalities/tsukuba.toml:28:1: `[city_hall]` is the old form of \
         `[[office]]`; read as office `tsukuba-city-hall`",
        "warning: municipalities/tsukuba.toml:34:14: `[city_hall]`'s `tax_office` (\"Municipal \
         Tax Division\") has no Japanese name",
    ] {
        assert!(err.contains(said), "no `{said}` in\n{err}");
    }
    // A refusal names the office with its hours note where the hours were.
    let pin = before.get("refuse-pin-locked.toml").unwrap();
    assert!(
        pin.contains("Citizen Services Division, Tsukuba City Hall (Mon–Sat 8:45–16:30 (2nd and 4th Thursday until 19:30)"),
        "{pin}"
    );
    assert!(pin.contains("\"office\": \"tsukuba-city-hall\""), "{pin}");

    // Upgraded: rewritten as `[[office]]` (the diff shown), loads without a warning, and every
    // scenario plays to the same outcome, word for word.
    let tmp = tempfile::tempdir().unwrap();
    for sub in ["municipalities", "vendors", "scenarios"] {
        std::fs::create_dir_all(tmp.path().join(sub)).unwrap();
        for f in tomls(&era.join(sub)) {
            std::fs::copy(&f, tmp.path().join(sub).join(f.file_name().unwrap())).unwrap();
        }
    }
    std::fs::copy(era.join("personas.toml"), tmp.path().join("personas.toml")).unwrap();
    let profiles: Vec<String> = tomls(&tmp.path().join("municipalities"))
        .iter()
        .map(|p| {
            format!(
                "municipalities/{}",
                p.file_name().unwrap().to_string_lossy()
            )
        })
        .collect();
    let mut args = vec!["check", "--upgrade"];
    args.extend(profiles.iter().map(String::as_str));
    let out = kofu(tmp.path(), &args);
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{said}");
    for line in [
        "-[city_hall]",
        "+[[office]]",
        "+id = \"tsukuba-city-hall\"",
        "+name = { ja = \"つくば市役所 市民窓口課\", en = \"Citizen Services Division, Tsukuba City Hall\" }",
        " phone = \"079-435-0355\"   # example number: not verified",
        "+# tax_office = \"Tax Division\": add it as an [[office]]",
        "upgraded: municipalities/tsukuba.toml (format 1)",
    ] {
        assert!(said.contains(line), "no `{line}` in\n{said}");
    }
    let mut check = vec!["check"];
    check.extend(profiles.iter().map(String::as_str));
    let out = kofu(tmp.path(), &check);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("warning"), "{err}");
    let upgraded = std::fs::read_to_string(tmp.path().join("municipalities/tsukuba.toml")).unwrap();
    assert!(
        !upgraded.contains("\n[city_hall]")
            && upgraded.contains("hours_note = { ja = \"月曜日〜土曜日")
    );
    let (_, failures, after) = play_dir(tmp.path());
    assert!(failures.is_empty(), "{failures:#?}");
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (name, outcome) in &before {
        assert_eq!(
            Some(outcome),
            after.get(name),
            "{name} plays differently upgraded"
        );
    }
}

#[test]
fn an_offices_hours_note_follows_its_hours_and_needs_a_japanese_entry() {
    use kofu::domain::municipality::Municipality;
    let profile = std::fs::read_to_string(assets_profile("tsukuba")).unwrap();
    let with = |note: &str| {
        let text = profile.replacen(
            "id = \"tsukuba-city-hall\"\n",
            &format!("id = \"tsukuba-city-hall\"\nhours_note = {note}\n"),
            1,
        );
        assert_ne!(text, profile);
        Municipality::parse(&Source {
            path: "p.toml".into(),
            text,
        })
    };
    let m = with("{ ja = \"第3日曜日も開庁\", en = \"Also open on the 3rd Sunday\" }").unwrap();
    let office = m.office("tsukuba-city-hall").unwrap();
    let said = |lang: &str| kofu::i18n::office::hours(&kofu::i18n::I18n::in_lang(lang), office);
    let en = said("en");
    assert!(
        en.starts_with("Mon") && en.ends_with("Also open on the 3rd Sunday"),
        "after the structured hours: {en}"
    );
    assert!(
        said("ko").ends_with("第3日曜日も開庁"),
        "Japanese elsewhere"
    );
    let e = with("{ en = \"Also open on the 3rd Sunday\" }")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("p.toml:") && e.contains("needs a `ja` entry"),
        "{e}"
    );
}

fn assets_profile(id: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("assets/municipalities/{id}.toml"))
}
