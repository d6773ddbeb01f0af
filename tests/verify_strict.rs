//! `verify` reads the file the way a viewer does (issue 24 item 3). Each forgery of the
//! adversarial round that passed `verify: ok` while a viewer drew something else is refused:
//! an update behind a shadow `startxref`, a decoy `/Parent` hiding an inherited `/Rotate 180`,
//! a decoy `/Parent` hiding a `/CropBox` that cuts the page, a page with `/Contents` twice.
//! Where poppler (`pdftoppm`) or Ghostscript is installed, each forged file is rendered beside
//! the genuine one to show that a viewer draws it differently (skipped without them).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};
use std::process::Command;

use kofu::certificate::verify::{Verdict, verify};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

mod common;

/// Prints the multi-member resident certificate into `dir`; returns the first copy's file.
fn printed(dir: &Path) -> PathBuf {
    common::print_bundled(dir, "multipage-resident-members.toml")
}

fn verify_bytes(dir: &Path, bytes: &[u8], name: &str) -> (PathBuf, Verdict) {
    let file = dir.join(name);
    std::fs::write(&file, bytes).unwrap();
    let v = verify(&file, &dir.join("state")).unwrap();
    (file, v)
}

fn saved(doc: &mut Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn refused_for(v: &Verdict, why: &str) {
    assert!(!v.ok, "accepted");
    assert!(
        v.problems.iter().any(|p| p.contains(why)),
        "wanted {why:?} among {:?}",
        v.problems
    );
}

/// Page 1 rendered by `tool` at low resolution, inside its crop box as a viewer shows it (None
/// when the tool is not installed).
fn rendered(tool: &str, file: &Path) -> Option<Vec<u8>> {
    let out = match tool {
        "pdftoppm" => Command::new("pdftoppm")
            .args(["-cropbox", "-r", "20", "-f", "1", "-l", "1", "-gray"])
            .arg(file)
            .output(),
        _ => Command::new("gs")
            .args([
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=pgmraw",
                "-r20",
            ])
            .args(["-dFirstPage=1", "-dLastPage=1", "-sOutputFile=-"])
            .arg(file)
            .output(),
    };
    let out = out.ok()?;
    (out.status.success() && !out.stdout.is_empty()).then_some(out.stdout)
}

/// When `tool` is installed, it draws `forged`'s first page differently from `genuine`'s.
fn a_viewer_draws_it_differently(tool: &str, genuine: &Path, forged: &Path) {
    let (Some(a), Some(b)) = (rendered(tool, genuine), rendered(tool, forged)) else {
        eprintln!("{tool} not available: the rendering comparison is skipped");
        return;
    };
    assert_ne!(a, b, "{tool} draws the forgery as the genuine file");
}

/// Byte offset of the first `needle` at or after `from`.
fn find(hay: &[u8], needle: &[u8], from: usize) -> usize {
    from + hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .unwrap()
}

fn page_ids(doc: &Document) -> Vec<ObjectId> {
    doc.get_pages().into_values().collect()
}

#[test]
fn an_update_behind_a_shadow_startxref_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let genuine = printed(dir.path());
    let mut bytes = std::fs::read(&genuine).unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    let page = page_ids(&doc)[0];
    let prev = doc.trailer;
    // The page object again, turned upside down, in an update whose startxref has no %%EOF
    // after it: lopdf reads the original revision, a viewer the last startxref.
    let head = format!("\n{} {} obj", page.0, page.1);
    let start = find(&bytes, head.as_bytes(), 0) + 1;
    let end = find(&bytes, b"endobj", start) + b"endobj".len();
    let open = find(&bytes, b"<<", start) + 2;
    let mut object = bytes[start..open].to_vec();
    object.extend_from_slice(b" /Rotate 180 ");
    object.extend_from_slice(&bytes[open..end]);
    let old_xref = find(&bytes, b"startxref", bytes.len() - 40) + b"startxref".len();
    let old_xref: usize = String::from_utf8_lossy(&bytes[old_xref..])
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    bytes.push(b'\n');
    let at = bytes.len();
    bytes.extend_from_slice(&object);
    bytes.push(b'\n');
    let xref = bytes.len();
    let size = prev.get(b"Size").unwrap().as_i64().unwrap();
    let root = prev.get(b"Root").unwrap().as_reference().unwrap();
    bytes.extend_from_slice(
        format!(
            "xref\n{} 1\n{at:010} 00000 n \ntrailer\n<< /Size {size} /Root {} 0 R /Prev {old_xref} >>\nstartxref\n{xref}\n",
            page.0, root.0
        )
        .as_bytes(),
    );
    let (forged, v) = verify_bytes(dir.path(), &bytes, "shadow.pdf");
    refused_for(&v, "content after %%EOF");
    refused_for(&v, "2 cross-reference sections");
    a_viewer_draws_it_differently("pdftoppm", &genuine, &forged);
}

/// The genuine file with a decoy page-tree root: every page's `/Parent` names the decoy, while
/// the root the catalog lists (and viewers walk) gets `key` = `value`.
fn with_decoy_parent(doc: &mut Document, key: &str, value: Object) -> Vec<u8> {
    let root = doc
        .catalog()
        .unwrap()
        .get(b"Pages")
        .unwrap()
        .as_reference()
        .unwrap();
    let decoy = doc.get_dictionary(root).unwrap().clone();
    let decoy = doc.add_object(decoy);
    doc.get_dictionary_mut(root).unwrap().set(key, value);
    for page in page_ids(doc) {
        doc.get_dictionary_mut(page)
            .unwrap()
            .set("Parent", Object::Reference(decoy));
    }
    saved(doc)
}

#[test]
fn a_decoy_parent_hiding_a_rotation_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let genuine = printed(dir.path());
    let mut doc = Document::load(&genuine).unwrap();
    let bytes = with_decoy_parent(&mut doc, "Rotate", Object::Integer(180));
    let (forged, v) = verify_bytes(dir.path(), &bytes, "rotate.pdf");
    refused_for(&v, "/Parent is not the node that lists it");
    refused_for(&v, "draws something other than what was printed");
    a_viewer_draws_it_differently("pdftoppm", &genuine, &forged);
}

#[test]
fn a_decoy_parent_hiding_a_crop_box_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let genuine = printed(dir.path());
    let mut doc = Document::load(&genuine).unwrap();
    // The lower left quarter: the diagonal SPECIMEN mark's upper half is cut off.
    let crop = vec![0.into(), 0.into(), 300.into(), 420.into()];
    let bytes = with_decoy_parent(&mut doc, "CropBox", Object::Array(crop));
    let (forged, v) = verify_bytes(dir.path(), &bytes, "crop.pdf");
    refused_for(&v, "/Parent is not the node that lists it");
    refused_for(&v, "draws something other than what was printed");
    a_viewer_draws_it_differently("pdftoppm", &genuine, &forged);
}

#[test]
fn a_page_with_contents_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let genuine = printed(dir.path());
    let mut doc = Document::load(&genuine).unwrap();
    let page = page_ids(&doc)[0];
    // The first /Contents (which Ghostscript draws) paints the page white; the last (which
    // lopdf keeps) is the genuine one.
    let forged_content = doc.add_object(Stream::new(
        Dictionary::new(),
        b"1 g 0 0 595 842 re f".to_vec(),
    ));
    let old = doc.get_dictionary(page).unwrap().clone();
    let mut dict = Dictionary::new();
    for (k, v) in old.iter() {
        if k == b"Contents" {
            // Same length as "Contents": renamed in the bytes below.
            dict.set("Xontents", Object::Reference(forged_content));
        }
        dict.set(k.clone(), v.clone());
    }
    *doc.get_dictionary_mut(page).unwrap() = dict;
    let mut bytes = saved(&mut doc);
    let at = find(&bytes, b"/Xontents", 0);
    bytes[at + 1] = b'C';
    let (forged, v) = verify_bytes(dir.path(), &bytes, "contents-twice.pdf");
    refused_for(&v, "/Contents twice");
    a_viewer_draws_it_differently("gs", &genuine, &forged);
}

#[test]
fn a_linearized_re_save_is_refused_with_its_reason() {
    // Linearization writes a first-page cross-reference section before the main one: two
    // sections, which is also what an incremental update looks like.
    let dir = tempfile::tempdir().unwrap();
    let genuine = printed(dir.path());
    let out = dir.path().join("linearized.pdf");
    let status = Command::new("qpdf")
        .arg("--linearize")
        .arg(&genuine)
        .arg(&out)
        .status()
        .expect("qpdf is installed (.ci/run installs it)");
    assert!(status.success());
    let v = verify(&out, &dir.path().join("state")).unwrap();
    refused_for(&v, "the file is linearized");
    assert!(
        !v.problems.iter().any(|p| p.contains("incremental update")),
        "{:?}",
        v.problems
    );
}
