//! A copy reaches the tray (its PDF is put in `--out`) only once the state has recorded it
//! (issue 24, found by the crash harness: a run killed between renaming the PDF into place and
//! recording its copy left a genuine specimen that `verify` called unknown). Here the store
//! refuses the copy's record: no PDF may be in the folder.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "../benches/support/happy.rs"]
mod happy;

use std::path::Path;
use std::sync::Arc;

use kofu::certificate::pdf::Renderer;
use kofu::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};
use kofu::kiosk::ModelPrinter;
use kofu::store::{Database, Store};

/// A state folder whose disk fills up when a copy's record is written.
struct FullAtCopy(Database);

impl Store for FullAtCopy {
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        self.0.pin_failures(card)
    }
    fn begin_pin_entry(&mut self, card: &str, deck: u8, at: &str) -> Result<u8, StoreError> {
        self.0.begin_pin_entry(card, deck, at)
    }
    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        self.0.end_pin_entry(card, correct, at)
    }
    fn begin_issue(&mut self, f: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        self.0.begin_issue(f)
    }
    fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        if matches!(rec, Record::CopyPrinted { .. }) {
            return Err(StoreError::Database {
                path: "kofu.db".into(),
                message: "database or disk is full (injected)".into(),
            });
        }
        self.0.append(rec)
    }
    fn registration(&mut self, p: &str, m: &str) -> Result<Option<String>, StoreError> {
        self.0.registration(p, m)
    }
}

/// The PDFs in `dir`.
fn pdfs(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect()
}

#[test]
fn a_copy_reaches_the_tray_only_once_the_state_has_recorded_it() {
    let tmp = tempfile::tempdir().unwrap();
    let kiosk = happy::kiosk();
    let renderer = Arc::new(Renderer::from_assets_dir(&kofu::kiosk::assets_dir()).unwrap());
    for refused in [true, false] {
        let out = tmp.path().join(format!("out-{refused}"));
        std::fs::create_dir_all(&out).unwrap();
        let db = Database::open(&tmp.path().join(format!("state-{refused}"))).unwrap();
        let store: Box<dyn Store> = if refused {
            Box::new(FullAtCopy(db))
        } else {
            Box::new(db)
        };
        let printer = ModelPrinter::with_pdf(renderer.clone(), Some(out.clone()));
        let s = happy::happy_path(&kiosk, store, Box::new(printer), "s".into());
        drop(s);
        let printed = pdfs(&out);
        if refused {
            assert!(
                printed.is_empty(),
                "copies the state never recorded are in the tray: {printed:?}"
            );
        } else {
            // Both copies of the happy path, so the path did reach the printer.
            assert_eq!(printed.len(), 2, "{printed:?}");
        }
    }
}
