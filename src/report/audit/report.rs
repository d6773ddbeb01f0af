//! The audit's files: failures grouped by cause (one [`Group`] per problem, with every screen it
//! occurs on), written as `audit.json`, `audit.csv` (one row per group), SARIF 2.1.0
//! `audit.sarif` (one rule per check with its W3C Understanding page, one result per group) and
//! `audit.html`.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Serialize;
use serde_json::{Value, json};

use super::criteria::{RULES, rule};
use super::{Audit, Finding, Mode};

/// A screen a problem occurs on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// Vendor id.
    pub vendor: String,
    /// Display mode.
    pub mode: Mode,
    /// Language code.
    pub lang: String,
    /// Tour stop.
    pub screen: String,
}

/// One problem: every failure of one check with one cause.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// `G1`, `G2`… in report order.
    pub id: String,
    /// Check id.
    pub check: &'static str,
    /// Its success criteria in one line.
    pub criteria: String,
    /// The cause.
    pub cause: String,
    /// The first failure's detail (an example with the words on screen).
    pub example: String,
    /// Failures in the group.
    pub count: usize,
    /// Vendors, modes, languages and screens it occurs on (each sorted, once).
    pub vendors: Vec<String>,
    /// Display modes.
    pub modes: Vec<&'static str>,
    /// Languages.
    pub langs: Vec<String>,
    /// Screens.
    pub screens: Vec<String>,
    /// Every place, in audit order.
    pub places: Vec<Place>,
    /// Picture of its first screen with the element outlined.
    pub picture: Option<String>,
}

/// Groups findings by check (in [`RULES`] order) and cause (in order found).
pub fn groups(findings: &[Finding]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for r in RULES {
        let mut mine: Vec<Group> = Vec::new();
        for f in findings.iter().filter(|f| f.check == r.id) {
            let place = Place {
                vendor: f.vendor.clone(),
                mode: f.mode,
                lang: f.lang.clone(),
                screen: f.screen.clone(),
            };
            let g = match mine.iter_mut().position(|g| g.cause == f.cause) {
                Some(i) => &mut mine[i],
                None => {
                    mine.push(Group {
                        id: String::new(),
                        check: r.id,
                        criteria: r.criteria(),
                        cause: f.cause.clone(),
                        example: f.detail.clone(),
                        count: 0,
                        vendors: Vec::new(),
                        modes: Vec::new(),
                        langs: Vec::new(),
                        screens: Vec::new(),
                        places: Vec::new(),
                        picture: None,
                    });
                    let last = mine.len() - 1;
                    &mut mine[last]
                }
            };
            g.count += 1;
            if g.picture.is_none() {
                g.picture.clone_from(&f.picture);
            }
            if !g.places.contains(&place) {
                g.places.push(place);
            }
        }
        out.extend(mine);
    }
    for (i, g) in out.iter_mut().enumerate() {
        g.id = format!("G{}", i + 1);
        let set = |f: &dyn Fn(&Place) -> String| -> Vec<String> {
            g.places
                .iter()
                .map(f)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect()
        };
        g.vendors = set(&|p| p.vendor.clone());
        g.langs = set(&|p| p.lang.clone());
        g.screens = set(&|p| p.screen.clone());
        g.modes = Mode::ALL
            .into_iter()
            .filter(|m| g.places.iter().any(|p| p.mode == *m))
            .map(Mode::name)
            .collect();
    }
    out
}

/// Writes audit.json, audit.csv, audit.sarif and audit.html into `dir`.
pub fn write_all(a: &Audit, dir: &Path) -> anyhow::Result<()> {
    let json = serde_json::to_string_pretty(a)?;
    crate::output::write_file(&dir.join("audit.json"), json.as_bytes())?;
    crate::output::write_file(&dir.join("audit.csv"), &csv(a)?)?;
    let sarif = serde_json::to_string_pretty(&sarif(a))?;
    crate::output::write_file(&dir.join("audit.sarif"), sarif.as_bytes())?;
    crate::output::write_file(&dir.join("audit.html"), super::page::html(a).as_bytes())?;
    Ok(())
}

/// `audit.csv`: one row per problem.
pub fn csv(a: &Audit) -> anyhow::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "group", "check", "criteria", "cause", "example", "failures", "vendors", "modes", "langs",
        "screens", "picture",
    ])?;
    for g in &a.groups {
        let count = g.count.to_string();
        let (vendors, modes) = (g.vendors.join(" "), g.modes.join(" "));
        let (langs, screens) = (g.langs.join(" "), g.screens.join(" "));
        w.write_record([
            g.id.as_str(),
            g.check,
            &g.criteria,
            &g.cause,
            &g.example,
            &count,
            &vendors,
            &modes,
            &langs,
            &screens,
            g.picture.as_deref().unwrap_or(""),
        ])?;
    }
    Ok(w.into_inner()?)
}

/// `audit.sarif`: SARIF 2.1.0, one rule per check, one result per group.
pub fn sarif(a: &Audit) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let mut tags: Vec<String> = r
                .wcag
                .iter()
                .map(|s| format!("WCAG 2.2 {} {}", s.number, s.name))
                .collect();
            tags.extend(r.en301549.iter().map(|c| format!("EN 301 549 {c}")));
            tags.extend(r.jis.iter().map(|c| format!("JIS X 8341-3 {c}")));
            json!({
                "id": r.id,
                "name": r.id,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.criteria() },
                "helpUri": r.help_uri,
                "help": { "text": format!("{} {}", r.summary, r.criteria()) },
                "defaultConfiguration": { "level": "error" },
                "properties": { "tags": tags },
            })
        })
        .collect();
    let results: Vec<Value> = a.groups.iter().map(result).collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "kofu audit",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://www.w3.org/WAI/standards-guidelines/wcag/",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "properties": { "profile": a.profile.name, "screens": a.screens.len(), "checks": a.checks },
            "results": results,
        }]
    })
}

/// One group as a SARIF result: its screens as logical locations, its picture as the artifact.
fn result(g: &Group) -> Value {
    let index = RULES.iter().position(|r| r.id == g.check).unwrap_or(0);
    let logical: Vec<Value> = g
        .places
        .iter()
        .map(|p| {
            json!({
                "fullyQualifiedName": format!("{}/{}/{}/{}", p.vendor, p.mode.name(), p.lang, p.screen),
                "kind": "element",
            })
        })
        .collect();
    let mut location = json!({ "logicalLocations": logical });
    if let Some(pic) = &g.picture {
        location["physicalLocation"] = json!({ "artifactLocation": { "uri": pic } });
    }
    let criteria = rule(g.check).map(|r| r.criteria()).unwrap_or_default();
    json!({
        "ruleId": g.check,
        "ruleIndex": index,
        "level": "error",
        "message": { "text": format!("{} ({} screens; e.g. {}). {criteria}", g.cause, g.places.len(), g.example) },
        "locations": [location],
        "partialFingerprints": { "kofuCause/v1": format!("{}:{}", g.check, g.cause) },
        "properties": { "group": g.id, "failures": g.count },
    })
}
