//! The audit's files: SARIF 2.1.0 valid against the official schema (tests/data), one rule per
//! check with its W3C page, one result per problem; audit.json keeps its fields and adds the
//! new ones; audit.csv one row per problem; profiles load, and a bad one is told at its line
//! and column.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use kofu::report::audit::{self, AuditOptions, Mode, Profile};

/// One language, one vendor, large text: a small audit that finds problems. The bundled
/// WCAG 2.2 AA profile finds none left, so it runs under the stricter public-terminal
/// profile (its 7:1 contrast and 4.8 mm capitals are not all met).
fn small_audit(out: &Path) -> audit::Audit {
    let strict = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/audit/public-terminal.toml");
    audit::run(&AuditOptions {
        langs: vec!["ja".into()],
        vendors: vec!["sharp".into()],
        modes: vec![Mode::LargeText],
        out: Some(out.to_path_buf()),
        profile: Some(Profile::load(&strict).expect("profile")),
    })
    .expect("audit")
}

#[test]
fn the_files_hold_grouped_problems_and_the_sarif_is_valid() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("audit_report");
    let a = small_audit(&out);
    assert!(!a.groups.is_empty(), "the audit found nothing to report");
    // Grouped: fewer rows than failures, every failure in one group.
    assert!(a.groups.len() < a.findings.len());
    assert_eq!(
        a.groups.iter().map(|g| g.count).sum::<usize>(),
        a.findings.len()
    );
    let pictured = a.groups.iter().filter(|g| g.picture.is_some()).count();
    assert!(pictured > 0);
    for g in a.groups.iter().filter_map(|g| g.picture.as_ref()) {
        assert!(out.join(g).is_file(), "{g}");
    }

    // SARIF against the official schema.
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("data/sarif-schema-2.1.0.json")).unwrap();
    let sarif: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("audit.sarif")).unwrap()).unwrap();
    let validator = jsonschema::draft4::new(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), audit::criteria::RULES.len());
    for r in rules {
        let uri = r["helpUri"].as_str().unwrap();
        assert!(uri.starts_with("https://www.w3.org/"), "{uri}");
    }
    assert_eq!(run["results"].as_array().unwrap().len(), a.groups.len());
    // A result that breaks the schema is caught (the test can fail).
    let mut bad = sarif.clone();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&bad));

    // audit.json: the old fields and the new ones.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("audit.json")).unwrap()).unwrap();
    for key in [
        "mm_per_px",
        "viewing_distance_mm",
        "screens",
        "checks",
        "findings",
        "colour_vision",
        "passed",
    ] {
        assert!(json.get(key).is_some(), "{key}");
    }
    assert_eq!(json["version"], audit::JSON_VERSION);
    assert!(
        json["groups"][0]["criteria"]
            .as_str()
            .unwrap()
            .contains("WCAG 2.2")
    );
    assert!(json["findings"][0]["cause"].is_string());

    // audit.csv: a header and one row per group.
    let csv = std::fs::read_to_string(out.join("audit.csv")).unwrap();
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(r.records().count(), a.groups.len());

    // The page names the criteria and has the manual checklist.
    let html = std::fs::read_to_string(out.join("audit.html")).unwrap();
    assert!(html.contains("Manual checklist") && html.contains("JIS X 8341-3"));
}

#[test]
fn colours_are_hex_with_the_ratio() {
    assert_eq!(
        audit::hex(kofu::window::tokens::premultiplied([127, 179, 224, 255])),
        "#7fb3e0"
    );
}

#[test]
fn bundled_profiles_load_and_differ() {
    let aa = Profile::load(Path::new("bundled:wcag22-aa.toml")).unwrap();
    let pt = Profile::load(Path::new("bundled:public-terminal.toml")).unwrap();
    assert_eq!(aa, Profile::wcag22_aa());
    assert!(pt.contrast_text > aa.contrast_text && pt.min_target_mm > aa.min_target_mm);
    // 0.7° at 500 mm.
    assert!(
        (aa.large_mode_cap_mm() - 6.11).abs() < 0.01,
        "{}",
        aa.large_mode_cap_mm()
    );
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/audit/public-terminal.toml");
    assert_eq!(Profile::load(&file).unwrap().min_cap_mm, 4.8);
}

#[test]
fn a_bad_profile_is_an_error_at_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let text = audit::profile::BUNDLED[0]
        .1
        .replace("text = 4.5", "text = 45.0");
    let f = dir.path().join("bad.toml");
    std::fs::write(&f, &text).unwrap();
    let e = Profile::load(&f).unwrap_err().to_string();
    let line = text
        .lines()
        .position(|l| l.starts_with("text = 45.0"))
        .unwrap()
        + 1;
    assert!(e.contains(&format!("bad.toml:{line}:8")), "{e}");
    assert!(e.contains("contrast.text"), "{e}");
    std::fs::write(&f, "name = \"x\"\n[panel]\nwidth_mm = \"wide\"\n").unwrap();
    let e = Profile::load(&f).unwrap_err().to_string();
    assert!(e.contains("bad.toml:3:"), "{e}");
}

#[test]
fn a_stricter_profile_finds_more() {
    let run = |profile: Option<Profile>| {
        audit::run(&AuditOptions {
            langs: vec!["en".into()],
            vendors: vec!["fujifilm".into()],
            modes: vec![Mode::Normal],
            out: None,
            profile,
        })
        .unwrap()
    };
    let aa = run(None);
    let pt = run(Some(
        Profile::load(Path::new("bundled:public-terminal.toml")).unwrap(),
    ));
    let count = |a: &audit::Audit, c: &str| a.findings.iter().filter(|f| f.check == c).count();
    // ADA §707.7.2's 4.8 mm capitals: the 22 px body text (4.2 mm) fails it.
    assert_eq!(count(&aa, "text_height"), 0);
    assert!(count(&pt, "text_height") > 0);
    assert!(count(&pt, "contrast") >= count(&aa, "contrast"));
}
