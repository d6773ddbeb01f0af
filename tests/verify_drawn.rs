//! `verify` checks the page as drawn: each forgery the review found (a name painted over with an
//! annotation, the original made invisible with text render mode 3 and another drawn by a form
//! XObject, an invisible SPECIMEN mark, a crop box that hides the header, two lines swapped)
//! fails, though the text check alone passes most of them; lossless re-saves by qpdf that keep
//! one cross-reference section pass (`--linearize` writes two: tests/verify_strict.rs);
//! a Ghostscript re-save, which redraws the pages, is refused (README says why).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};
use std::process::Command;

use kofu::certificate::verify::{Verdict, verify};
use kofu::domain::record::Record;
use kofu::store::Database;
use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, Stream};

mod common;

/// Prints the multi-member resident certificate into `dir`; returns the first copy's file.
fn printed(dir: &Path) -> PathBuf {
    common::print_bundled(dir, "multipage-resident-members.toml")
}

fn check(dir: &Path, doc: &mut Document, name: &str) -> Verdict {
    let file = dir.join(name);
    doc.save(&file).unwrap();
    verify(&file, &dir.join("state")).unwrap()
}

/// True when the text check found nothing: every problem is about the drawing or structure.
fn only_drawing_problems(v: &Verdict) -> bool {
    v.problems
        .iter()
        .all(|p| p.contains("draws something other") || p.contains("kofu never writes"))
}

/// The forgery is refused, and only by the drawing check: the text check alone would pass it.
fn assert_refused_for_the_drawing_only(v: &Verdict) {
    assert!(!v.ok);
    assert!(
        only_drawing_problems(v),
        "the text check alone would pass: {:?}",
        v.problems
    );
}

fn page1(doc: &Document) -> lopdf::ObjectId {
    *doc.get_pages().get(&1).unwrap()
}

fn page_dict(doc: &mut Document) -> &mut Dictionary {
    let id = page1(doc);
    doc.get_dictionary_mut(id).unwrap()
}

#[test]
fn the_untouched_file_passes_and_the_journal_holds_each_pages_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let file = printed(dir.path());
    let v = verify(&file, &dir.path().join("state")).unwrap();
    assert!(v.ok, "{:?}", v.problems);
    let records = Database::read_all(&dir.path().join("state")).unwrap();
    let drawn = records
        .iter()
        .find_map(|r| match r {
            Record::CopyPrinted { drawn, .. } => Some(drawn.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(drawn.len() as u32, v.pages);
    assert!(drawn.iter().all(|d| d.len() == 32));
    // Every page draws something different (the digest is per page, not per file).
    let distinct: std::collections::BTreeSet<_> = drawn.iter().collect();
    assert_eq!(distinct.len(), drawn.len());
}

#[test]
fn an_annotation_over_the_page_fails() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::load(printed(dir.path())).unwrap();
    let mut annot = Dictionary::new();
    annot.set("Type", "Annot");
    annot.set("Subtype", "FreeText");
    annot.set("Rect", vec![56.into(), 700.into(), 300.into(), 720.into()]);
    annot.set("Contents", Object::string_literal("Someone Else"));
    annot.set("DA", Object::string_literal("/Helv 12 Tf 0 g"));
    let annot = doc.add_object(annot);
    page_dict(&mut doc).set("Annots", vec![Object::Reference(annot)]);
    let v = check(dir.path(), &mut doc, "annot.pdf");
    assert!(!v.ok);
    assert!(
        v.problems.iter().any(|p| p.contains("/Annots")),
        "{:?}",
        v.problems
    );
    assert_refused_for_the_drawing_only(&v);
}

#[test]
fn the_original_made_invisible_and_another_drawn_by_a_form_fails() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::load(printed(dir.path())).unwrap();
    let id = page1(&doc);
    let mut content = b"3 Tr\n".to_vec();
    content.extend(doc.get_page_content(id));
    content.extend_from_slice(b"\nq /Fk Do Q\n");
    let mut form = Dictionary::new();
    form.set("Type", "XObject");
    form.set("Subtype", "Form");
    form.set("BBox", vec![0.into(), 0.into(), 595.into(), 842.into()]);
    let form = doc.add_object(Stream::new(form, b"0 Tr 0 g 56 700 200 14 re f".to_vec()));
    doc.change_page_content(id, content).unwrap();
    let resources = page_dict(&mut doc)
        .get_mut(b"Resources")
        .unwrap()
        .as_dict_mut()
        .unwrap();
    resources
        .get_mut(b"XObject")
        .unwrap()
        .as_dict_mut()
        .unwrap()
        .set("Fk", Object::Reference(form));
    let v = check(dir.path(), &mut doc, "render-mode.pdf");
    assert_refused_for_the_drawing_only(&v);
}

#[test]
fn an_invisible_specimen_mark_fails() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::load(printed(dir.path())).unwrap();
    let resources = page_dict(&mut doc)
        .get(b"Resources")
        .unwrap()
        .as_dict()
        .unwrap();
    let states = resources.get(b"ExtGState").unwrap().as_dict().unwrap();
    let ids: Vec<_> = states
        .iter()
        .map(|(_, v)| v.as_reference().unwrap())
        .collect();
    for id in ids {
        let gs = doc.get_dictionary_mut(id).unwrap();
        gs.set("ca", 0);
        gs.set("CA", 0);
    }
    let v = check(dir.path(), &mut doc, "transparent.pdf");
    assert_refused_for_the_drawing_only(&v);
}

#[test]
fn a_crop_box_that_hides_the_header_fails() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::load(printed(dir.path())).unwrap();
    page_dict(&mut doc).set("CropBox", vec![0.into(), 0.into(), 595.into(), 760.into()]);
    let v = check(dir.path(), &mut doc, "crop.pdf");
    assert_refused_for_the_drawing_only(&v);
}

#[test]
fn two_lines_that_change_places_fail() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::load(printed(dir.path())).unwrap();
    let id = page1(&doc);
    let mut content = Content::decode(&doc.get_page_content(id)).unwrap();
    // Two rows of one column (same x, different y): the members' names in the table.
    let moves: Vec<usize> = content
        .operations
        .iter()
        .enumerate()
        .filter(|(_, op)| op.operator == "Td")
        .map(|(i, _)| i)
        .collect();
    let x = |op: &Operation| op.operands[0].as_float().unwrap();
    let y = |op: &Operation| op.operands[1].as_float().unwrap();
    let (a, b) = moves
        .iter()
        .flat_map(|&a| moves.iter().map(move |&b| (a, b)))
        .find(|&(a, b)| {
            let (oa, ob) = (&content.operations[a], &content.operations[b]);
            a < b && x(oa) == x(ob) && y(oa) - y(ob) > 10.0 && x(oa) > 100.0
        })
        .expect("two rows of one column");
    let pa = content.operations[a].operands.clone();
    content.operations[a].operands = content.operations[b].operands.clone();
    content.operations[b].operands = pa;
    doc.change_page_content(id, content.encode().unwrap())
        .unwrap();
    let v = check(dir.path(), &mut doc, "swapped.pdf");
    assert_refused_for_the_drawing_only(&v);
}

/// Re-saves `file` with qpdf's `args` and verifies the result.
fn qpdf(dir: &Path, file: &Path, args: &[&str]) -> Verdict {
    let out = dir.join("resaved.pdf");
    let status = Command::new("qpdf")
        .args(args)
        .arg(file)
        .arg(&out)
        .status()
        .expect("qpdf is installed (.ci/run installs it)");
    assert!(status.success(), "qpdf {args:?}");
    verify(&out, &dir.join("state")).unwrap()
}

#[test]
fn lossless_qpdf_re_saves_pass() {
    let dir = tempfile::tempdir().unwrap();
    let file = printed(dir.path());
    for args in [
        &[][..],
        &["--object-streams=generate"],
        &["--qdf", "--object-streams=disable"],
        &["--normalize-content=y"],
        &["--stream-data=uncompress"],
        &["--recompress-flate", "--compression-level=1"],
        &["--coalesce-contents"],
    ] {
        let v = qpdf(dir.path(), &file, args);
        assert!(v.ok, "qpdf {args:?}: {:?}", v.problems);
    }
}

#[test]
fn a_ghostscript_re_save_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = printed(dir.path());
    let out = dir.path().join("gs.pdf");
    let status = Command::new("gs")
        .args(["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite"])
        .arg(format!("-sOutputFile={}", out.display()))
        .arg(&file)
        .status()
        .expect("Ghostscript is installed (.ci/run installs it)");
    assert!(status.success());
    let v = verify(&out, &dir.path().join("state")).unwrap();
    assert!(!v.ok);
    assert!(
        v.problems
            .iter()
            .any(|p| p.contains("draws something other")),
        "{:?}",
        v.problems
    );
}
