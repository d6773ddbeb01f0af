//! Every bundled scenario runs and meets its `[expect]`; together they cover every reason code,
//! a happy path per certificate kind and per vendor.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use kofu::domain::municipality::CertificateKind;
use kofu::domain::reason::Reason;
use kofu::scenario::run::{RunOptions, run};

fn scenario_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    v.sort();
    v
}

#[test]
fn every_bundled_scenario_meets_its_expectations() {
    let files = scenario_files();
    assert!(files.len() >= 30, "only {} scenarios", files.len());
    let mut reasons = BTreeSet::new();
    let mut happy_kinds = BTreeSet::new();
    let mut happy_vendors = BTreeSet::new();
    let mut failures = Vec::new();
    for f in &files {
        let sc = match kofu::scenario::load(f) {
            Ok(s) => s,
            Err(e) => {
                failures.push(format!("{e}"));
                continue;
            }
        };
        assert!(!sc.expect.is_empty(), "{} has no [expect]", f.display());
        if sc.needs_panel() {
            continue; // keypad steps: their expectations are checked on the panel (tests/keypad_steps.rs)
        }
        let out = match run(&sc, &RunOptions::default()) {
            Ok(o) => o,
            Err(e) => {
                failures.push(format!("{}: {e}", f.display()));
                continue;
            }
        };
        if !out.expectations_met {
            failures.push(format!("{}: {:?}", f.display(), out.mismatches));
        }
        if let Some(r) = &out.reason
            && out.status == "refused"
        {
            reasons.insert(r.clone());
        }
        if out.status == "issued" {
            happy_vendors.insert(out.vendor.clone());
            for d in &out.documents {
                happy_kinds.insert(d.certificate.clone());
            }
        }
        // The outcome never carries a PIN: scenarios use demo PINs, none may leak.
        let json = serde_json::to_string(&out).unwrap_or_default();
        for s in &sc.steps {
            if let kofu::scenario::Action::Pin(p) = &s.action {
                assert!(
                    !json.contains(&format!("\"{p}\"")),
                    "{}: PIN in outcome",
                    f.display()
                );
                assert!(
                    !json.contains(&format!("Pin({p})")),
                    "{}: PIN in log",
                    f.display()
                );
            }
        }
    }
    assert!(
        failures.is_empty(),
        "failing scenarios:\n{}",
        failures.join("\n")
    );
    let missing: Vec<&str> = Reason::ALL
        .iter()
        .map(|r| r.code())
        .filter(|c| !reasons.contains(*c))
        .collect();
    assert!(missing.is_empty(), "no scenario refuses with {missing:?}");
    for k in CertificateKind::ALL {
        assert!(
            happy_kinds.contains(k.code()),
            "no happy path issues {}",
            k.code()
        );
    }
    for v in ["fujifilm", "sharp"] {
        assert!(happy_vendors.contains(v), "no happy path on {v}");
    }
}

/// The bundled files of several visits (`assets/scenarios/visits/`): each visit meets its
/// `[visit.expect]`, in memory and on a state folder.
#[test]
fn bundled_visit_scenarios_meet_their_expectations() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios/visits");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "{files:?}");
    for f in &files {
        let sc = kofu::scenario::load(f).unwrap();
        assert!(sc.visit_count() >= 2, "{}", f.display());
        let state = tempfile::tempdir().unwrap();
        for opts in [
            RunOptions::default(),
            RunOptions {
                state: Some(state.path().to_path_buf()),
                ..RunOptions::default()
            },
        ] {
            let o = run(&sc, &opts).unwrap();
            assert!(o.expectations_met, "{}: {:?}", f.display(), o.mismatches);
            assert_eq!(o.visits.len(), sc.visit_count());
        }
    }
}
