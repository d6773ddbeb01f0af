//! The printer adapter: the session asks for one copy, this builds the content model and,
//! given a renderer, the specimen PDF, and keeps what it printed for the outcome.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::certificate::model::{self, DocumentModel};
use crate::certificate::pdf::Renderer;
use crate::domain::session::{Kiosk, PrintError, PrintRequest, PrintedCopy, Printer};

/// A printer that builds the content model and, given a renderer, the specimen PDF; it keeps
/// what it printed for the outcome.
#[derive(Debug, Clone, Default)]
pub struct ModelPrinter {
    /// Models printed, in order.
    pub printed: Arc<Mutex<Vec<DocumentModel>>>,
    /// Renders PDFs when set.
    pub renderer: Option<Arc<Renderer>>,
    /// Where PDFs are written (one per copy), if anywhere.
    pub out: Option<PathBuf>,
    /// The copy written and not yet put in place ([`Printer::deliver`] does, once the state
    /// has recorded it).
    staged: Arc<Mutex<Option<crate::output::Staged>>>,
}

impl ModelPrinter {
    /// A printer that renders PDFs (and writes them into `out`, if given).
    pub fn with_pdf(renderer: Arc<Renderer>, out: Option<PathBuf>) -> Self {
        Self {
            printed: Arc::default(),
            renderer: Some(renderer),
            out,
            staged: Arc::default(),
        }
    }
}

/// File name of one copy: `S000000001-resident_certificate-1of2.pdf`.
pub fn pdf_name(doc: &DocumentModel) -> String {
    format!(
        "{}-{}-{}of{}.pdf",
        doc.issue_number, doc.certificate, doc.copy, doc.copies
    )
}

impl Printer for ModelPrinter {
    fn print(&mut self, req: &PrintRequest, kiosk: &Kiosk) -> Result<PrintedCopy, PrintError> {
        let doc = model::build(req, kiosk).map_err(PrintError::Content)?;
        let holder = doc.holder.clone();
        let (pages, codes, drawn, hash, file) = match &self.renderer {
            Some(r) => {
                let rendered = r
                    .render(&doc)
                    .map_err(|e| PrintError::Content(e.to_string()))?;
                let hash = crate::domain::session::content_hash(
                    rendered.page_texts.join("\u{c}").as_bytes(),
                );
                let file = match &self.out {
                    Some(dir) => {
                        let path = dir.join(pdf_name(&doc));
                        let staged = crate::output::stage_file(&path, &rendered.bytes)
                            .map_err(write_error)?;
                        if let Ok(mut s) = self.staged.lock() {
                            *s = Some(staged);
                        }
                        Some(path.display().to_string())
                    }
                    None => None,
                };
                (
                    2 * rendered.sheets,
                    rendered.codes,
                    rendered.drawn,
                    hash,
                    file,
                )
            }
            None => (1, Vec::new(), Vec::new(), doc.hash(), None),
        };
        if let Ok(mut v) = self.printed.lock() {
            v.push(doc);
        }
        Ok(PrintedCopy {
            pages,
            content_hash: hash,
            file,
            document_holder: holder,
            codes,
            drawn,
        })
    }

    fn deliver(&mut self) -> Result<(), PrintError> {
        let staged = self.staged.lock().ok().and_then(|mut s| s.take());
        match staged {
            Some(s) => s.publish().map_err(write_error),
            None => Ok(()),
        }
    }
}

/// A file that could not be written, as the session reports it.
fn write_error(e: crate::output::WriteError) -> PrintError {
    PrintError::Write {
        path: e.path.display().to_string(),
        source: e.source,
    }
}
