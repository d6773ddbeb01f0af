//! The drawing digest the renderer records is computed from the objects it writes, not by
//! reading the file back (issue 26 item 1). Here it is held to the digest `verify` computes
//! from the file: for every document of every bundled scenario (each copy verifies) and for
//! generated persona content (a property test over names, addresses and lines in every script
//! the certificate meets, characters the face lacks included).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use kofu::certificate::drawn::drawing_of;
use kofu::certificate::model::{Block, DocumentModel, Line, SPECIMEN};
use kofu::certificate::pdf::Renderer;
use kofu::certificate::verify::verify;
use kofu::domain::record::Record;
use kofu::scenario::run::{RunOptions, run};
use kofu::store::Database;
use proptest::prelude::*;

fn scenarios() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios");
    let mut all: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    all.sort();
    all
}

#[test]
fn every_bundled_scenarios_documents_record_the_digest_verify_reads() {
    let mut files = 0;
    for path in scenarios() {
        let Ok(sc) = kofu::scenario::load(&path) else {
            panic!("{}: does not load", path.display());
        };
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state");
        let opts = RunOptions {
            out: Some(dir.path().join("out")),
            state: Some(state.clone()),
            ..RunOptions::default()
        };
        let outcome = match run(&sc, &opts) {
            Ok(o) => o,
            // Keypad scenarios play only with the panel (`kofu walkthrough`).
            Err(e) if e.to_string().contains("walkthrough") => continue,
            Err(e) => panic!("{}: {e}", path.display()),
        };
        let recorded: Vec<Vec<String>> = Database::read_all(&state)
            .unwrap()
            .into_iter()
            .filter_map(|r| match r {
                Record::CopyPrinted { drawn, .. } => Some(drawn),
                _ => None,
            })
            .collect();
        let written: Vec<&String> = outcome.documents.iter().flat_map(|d| &d.files).collect();
        assert_eq!(recorded.len(), written.len(), "{}", path.display());
        for (file, drawn) in written.into_iter().zip(&recorded) {
            let bytes = std::fs::read(file).unwrap();
            let read = drawing_of(&bytes).unwrap();
            assert!(read.problems.is_empty(), "{file}: {:?}", read.problems);
            assert_eq!(&read.pages, drawn, "{}: {file}", path.display());
            let v = verify(Path::new(file), &state).unwrap();
            assert!(v.ok, "{file}: {:?}", v.problems);
            files += 1;
        }
    }
    assert!(
        files >= 20,
        "only {files} files printed by the bundled scenarios"
    );
}

fn renderer() -> &'static Renderer {
    static R: OnceLock<Renderer> = OnceLock::new();
    R.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(kofu::pdf::BUNDLED_FONT);
        Renderer::from_font_file(&path).unwrap()
    })
}

/// Text a persona's record may hold: kanji, kana, Latin with accents, digits, punctuation,
/// Hangul and Thai (which the face lacks: drawn as 〓), spaces.
fn persona_text() -> impl Strategy<Value = String> {
    "[筑波太郎花子東京都豊島区一二三丁目番地号アイウエオカキクケコあいうえおABCxyzéüñ0-9（）・ー、。 가나다กขค]{0,40}"
}

fn model(blocks: Vec<Vec<(String, String)>>, copy: u32) -> DocumentModel {
    DocumentModel {
        certificate: "resident_record".to_string(),
        title: "住民票の写し".to_string(),
        issue_number: "S000000042".to_string(),
        copy,
        copies: copy.max(1),
        municipality: "つくば市".to_string(),
        prefecture: "茨城県".to_string(),
        issued_at: "2026-12-06 10:00".to_string(),
        holder: "p-1".to_string(),
        blocks: blocks
            .into_iter()
            .enumerate()
            .map(|(i, lines)| Block {
                person: Some(format!("p-{i}")),
                lines: lines
                    .into_iter()
                    .map(|(label, value)| Line { label, value })
                    .collect(),
            })
            .collect(),
        certification: "これは、住民票の原本と相違ないことを証明する。".to_string(),
        mayor: "つくば市長　筑波 一葉".to_string(),
        specimen: SPECIMEN.to_string(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn generated_persona_content_records_the_digest_verify_reads(
        blocks in prop::collection::vec(
            prop::collection::vec((persona_text(), persona_text()), 1..9),
            1..14,
        ),
        copy in 1u32..4,
    ) {
        let out = renderer().render(&model(blocks, copy)).unwrap();
        let read = drawing_of(&out.bytes).unwrap();
        prop_assert!(read.problems.is_empty(), "{:?}", read.problems);
        prop_assert_eq!(read.pages, out.drawn);
    }
}
