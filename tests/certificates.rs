//! The printed specimens, read back as a recipient would: every bundled scenario's PDFs
//! through a Rust PDF reader, pagination of the big family register, and `verify` against
//! untouched and tampered files.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kofu::certificate::verify::{check_texts, verify};
use kofu::domain::registry::Registry;
use kofu::kiosk::load_personas;
use kofu::scenario::run::{Outcome, RunOptions, run};
use kofu::store::Database;

fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn run_into(name: &str, dir: &Path) -> Outcome {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios")
        .join(name);
    let sc = kofu::scenario::load(&path).expect("scenario");
    let opts = RunOptions {
        out: Some(dir.join("out")),
        state: Some(dir.join("state")),
        ..RunOptions::default()
    };
    let o = run(&sc, &opts).expect("run");
    assert!(o.expectations_met, "{name}: {:?}", o.mismatches);
    o
}

/// Whether `kofu run` plays the scenario (keypad steps are played on the panel instead:
/// tests/keypad_steps.rs).
fn runs_bare(path: &Path) -> bool {
    kofu::scenario::load(path).is_ok_and(|s| !s.needs_panel())
}

fn texts(doc: &lopdf::Document) -> Vec<String> {
    let n = doc.get_pages().len() as u32;
    (1..=n)
        .map(|p| doc.extract_text(&[p]).unwrap_or_default())
        .collect()
}

/// Every certificate kind some bundled municipality profile offers.
fn offered_kinds() -> std::collections::BTreeSet<String> {
    let profiles = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/municipalities");
    let mut offered = std::collections::BTreeSet::new();
    for e in std::fs::read_dir(profiles).expect("profiles").flatten() {
        let id = e
            .path()
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .to_string();
        let m = kofu::kiosk::load_municipality(&id).expect("profile");
        offered.extend(m.offers.keys().map(|k| k.code().to_string()));
    }
    offered
}

#[test]
fn every_bundled_pdf_reads_back_with_numbers_specimen_name_and_subset_font() {
    let deck: Registry = load_personas().expect("deck");
    let dir = tempfile::tempdir().expect("tmp");
    let scen = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios");
    let mut names: Vec<String> = std::fs::read_dir(&scen)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
        .filter(|n| n.ends_with(".toml") && runs_bare(&scen.join(n)))
        .collect();
    names.sort();
    let mut files = 0;
    let mut kinds = std::collections::BTreeSet::new();
    for name in names {
        let sub = dir.path().join(name.trim_end_matches(".toml"));
        let o = run_into(&name, &sub);
        let sc = kofu::scenario::load(&scen.join(&name)).expect("scenario");
        // The PIN that opened the card (the last one entered); wrong ones like "0000" would
        // match the issue number's zeros.
        let pins: Vec<String> = sc
            .steps
            .iter()
            .rev()
            .find_map(|s| match &s.action {
                kofu::scenario::Action::Pin(p) => Some(p.clone()),
                _ => None,
            })
            .into_iter()
            .collect();
        // A scenario may carry its own persons and cards (`[[persons]]` in the file).
        let deck = sc.registry.as_ref().unwrap_or(&deck);
        for d in &o.documents {
            assert_eq!(d.files.len() as u32, d.copies, "{name}: one PDF per copy");
            kinds.insert(d.certificate.clone());
            let holder = &deck.persons[&d.holder];
            let card = deck
                .cards
                .values()
                .find(|c| c.holder == d.holder)
                .expect("card");
            for f in &d.files {
                let bytes = std::fs::read(f).expect("pdf");
                assert!(bytes.len() < 150_000, "{f}: {} bytes", bytes.len());
                let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads it");
                let pages = texts(&doc);
                assert_eq!(pages.len() as u32, d.pages, "{f}: page count vs outcome");
                let sheets = d.pages / 2;
                for (i, t) in pages.iter().enumerate() {
                    let n = i as u32 / 2 + 1;
                    let c = compact(t);
                    assert!(
                        c.contains(&format!("{n}/{sheets}")),
                        "{f} page {}: no {n} / {sheets}",
                        i + 1
                    );
                    assert!(
                        c.contains(&d.issue_number),
                        "{f} page {}: no issue number",
                        i + 1
                    );
                    assert!(t.contains("SPECIMEN"), "{f} page {}: no SPECIMEN", i + 1);
                    assert!(c.contains("見本"), "{f} page {}: no 見本", i + 1);
                    assert!(
                        !c.contains(card.my_number.as_str()),
                        "{f}: the My Number is printed"
                    );
                    assert!(!t.contains('〓'), "{f}: a glyph is missing from the font");
                    for pin in &pins {
                        assert!(!c.contains(pin.as_str()), "{f}: the PIN is printed");
                    }
                }
                assert!(
                    compact(&pages[0]).contains(&compact(&holder.name)),
                    "{f}: holder's name does not extract"
                );
                // Fonts: embedded, subset (ABCDEF+Name), never whole.
                let mut fonts = 0;
                for obj in doc.objects.values() {
                    if let Ok(dict) = obj.as_dict()
                        && dict.get(b"Type").and_then(|t| t.as_name()).ok()
                            == Some(b"FontDescriptor".as_slice())
                    {
                        fonts += 1;
                        let name = dict
                            .get(b"FontName")
                            .and_then(|n| n.as_name())
                            .expect("name");
                        let name = String::from_utf8_lossy(name);
                        assert!(
                            name.len() > 7 && name.as_bytes()[6] == b'+',
                            "{f}: font {name} is not a subset"
                        );
                        assert!(
                            dict.has(b"FontFile2") || dict.has(b"FontFile3"),
                            "{f}: font not embedded"
                        );
                    }
                }
                assert!(fonts >= 1, "{f}: no embedded font");
                files += 1;
            }
        }
    }
    assert!(files >= 25, "only {files} PDFs");
    // Every kind a bundled profile offers is printed by some bundled scenario.
    assert_eq!(kinds, offered_kinds(), "every offered kind printed");
}

#[test]
fn big_family_register_paginates_without_losing_or_repeating_anyone() {
    let dir = tempfile::tempdir().expect("tmp");
    let o = run_into("multipage-family-register.toml", dir.path());
    let d = &o.documents[0];
    assert!(d.pages / 2 >= 5, "expected 5+ sheets, got {}", d.pages / 2);
    let doc = lopdf::Document::load_mem(&std::fs::read(&d.files[0]).expect("pdf")).expect("pdf");
    let fronts: Vec<String> = texts(&doc)
        .into_iter()
        .step_by(2)
        .map(|t| compact(&t))
        .collect();
    let deck = load_personas().expect("deck");
    let head = deck.persons.get("big-register-head").expect("head");
    let members = deck.register_members(head);
    assert!(members.len() >= 16);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for m in &members {
        let key = compact(&format!("戸籍に記録されている者{}", m.name));
        let count: usize = fronts.iter().map(|t| t.matches(&key).count()).sum();
        seen.insert(m.id.clone(), count);
    }
    assert!(
        seen.values().all(|&c| c == 1),
        "each person exactly once: {seen:?}"
    );
}

#[test]
fn verify_accepts_untouched_and_rejects_tampered_or_unknown_files() {
    let dir = tempfile::tempdir().expect("tmp");
    let o = run_into("multipage-resident-members.toml", dir.path());
    let state = dir.path().join("state");
    let file = PathBuf::from(&o.documents[0].files[0]);
    let v = verify(&file, &state).expect("verify");
    assert!(v.ok, "{:?}", v.problems);
    assert_eq!(v.holder.as_deref(), Some("large-household"));
    assert_eq!(
        v.issue_number.as_deref(),
        Some(o.documents[0].issue_number.as_str())
    );
    assert_eq!(v.sheets, 2);

    // Unknown to the journal: another state folder.
    let empty = dir.path().join("empty");
    std::fs::create_dir_all(&empty).expect("dir");
    assert!(!verify(&file, &empty).expect("verify").ok);

    // One changed character on a front page.
    let mut doc = lopdf::Document::load(&file).expect("load");
    let page1 = *doc.get_pages().get(&1).expect("page 1");
    let mut content =
        lopdf::content::Content::decode(&doc.get_page_content(page1)).expect("decode");
    let mut changed = false;
    for op in content
        .operations
        .iter_mut()
        .filter(|op| op.operator == "Tj")
    {
        if let Some(lopdf::Object::String(bytes, _)) = op.operands.first_mut()
            && bytes.len() >= 4
            && bytes[0..2] != bytes[2..4]
        {
            let (a, b) = (bytes[0..2].to_vec(), bytes[2..4].to_vec());
            bytes[0..2].copy_from_slice(&b);
            bytes[2..4].copy_from_slice(&a);
            changed = true;
            break;
        }
    }
    assert!(changed, "found no text to change");
    doc.change_page_content(page1, content.encode().expect("encode"))
        .expect("change");
    let edited = dir.path().join("edited.pdf");
    doc.save(&edited).expect("save");
    let v = verify(&edited, &state).expect("verify");
    assert!(!v.ok, "a changed character passed");

    // A dropped sheet (front and back of sheet 2).
    let mut doc = lopdf::Document::load(&file).expect("load");
    doc.delete_pages(&[3, 4]);
    let dropped = dir.path().join("dropped.pdf");
    doc.save(&dropped).expect("save");
    let v = verify(&dropped, &state).expect("verify");
    assert!(!v.ok, "a dropped sheet passed");
    // A dropped back page alone.
    let mut doc = lopdf::Document::load(&file).expect("load");
    doc.delete_pages(&[4]);
    doc.save(&dropped).expect("save");
    assert!(!verify(&dropped, &state).expect("verify").ok);

    // A code copied from another file onto this one's back.
    let other_dir = dir.path().join("other");
    let o2 = run_into("happy-resident-fujifilm.toml", &other_dir);
    let other = lopdf::Document::load(&o2.documents[0].files[0]).expect("load");
    let mine = lopdf::Document::load(&file).expect("load");
    let mine_t = texts(&mine);
    let other_t = texts(&other);
    let fronts: Vec<String> = mine_t.iter().step_by(2).cloned().collect();
    let mut backs: Vec<String> = mine_t.iter().skip(1).step_by(2).cloned().collect();
    let records = Database::read_all(&state).expect("journal");
    assert!(
        check_texts(mine_t.len() as u32, &fronts, &backs, &records, &state).ok,
        "untouched texts pass"
    );
    backs[0] = other_t[1].clone();
    assert!(
        !check_texts(mine_t.len() as u32, &fronts, &backs, &records, &state).ok,
        "a copied code passed"
    );
}
