//! `kofu verify`: says which issue, holder and page set a specimen PDF is, and refuses a file
//! that draws anything other than what kofu printed, or that the journal does not know.
//!
//! Two checks, both against the journal in the state folder:
//! - **the text**: every sheet is a front page followed by its back. The front's text is
//!   extracted in drawing order; the verification code is recomputed from it (with the issue
//!   number, the copy, the page's place `n / N` from the file's own page count) and must equal
//!   the code printed on the back; the journal's record of that copy must list the same codes
//!   and the same number of sheets, and names the certificate and the holder. This is the
//!   check a person can make by eye with the code on the back.
//! - **the drawing**: each page's digest ([`crate::certificate::drawn`]: boxes, decoded
//!   content, every resource it uses) must equal the one the journal recorded when the copy was
//!   printed, and the file may hold nothing a viewer would show or run besides the pages
//!   (annotations, forms, actions, optional content). So text painted over or made invisible,
//!   a transparent SPECIMEN mark, a crop box or swapped names fail, while a lossless re-save by
//!   qpdf passes. A Ghostscript re-save does not: it re-encodes the pages and re-subsets the
//!   font, so the file no longer shows what kofu recorded byte for byte, and `verify` cannot
//!   tell a faithful rewrite from a forgery without rendering both.

use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::certificate::drawn;
use crate::certificate::pdf::verification_code;
use crate::domain::record::{IssueNumber, Record};

/// What `verify` found.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Verdict {
    /// True when the file is an untouched specimen the journal knows.
    pub ok: bool,
    /// The file checked.
    pub file: String,
    /// Issue number read from the file.
    pub issue_number: Option<String>,
    /// Certificate kind (from the journal).
    pub certificate: Option<String>,
    /// Person id of the holder (from the journal).
    pub holder: Option<String>,
    /// Copy index read from the file.
    pub copy: u32,
    /// Sheets (front pages) in the file.
    pub sheets: u32,
    /// PDF pages in the file.
    pub pages: u32,
    /// Codes printed on the backs.
    pub codes: Vec<String>,
    /// Everything that does not hold.
    pub problems: Vec<String>,
}

/// Why a file could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// The file cannot be read.
    #[error("{path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

/// Finds `S` followed by 9 digits after 「発行番号」.
fn issue_number_in(text: &str) -> Option<String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let at = compact.find("発行番号S")? + "発行番号".len();
    let rest = compact.get(at..)?;
    let digits: String = rest.chars().skip(1).take(9).collect();
    (digits.len() == 9 && digits.chars().all(|c| c.is_ascii_digit())).then(|| format!("S{digits}"))
}

/// Reads `copy k/K` from a front page (absent: copy 1).
fn copy_in(text: &str) -> u32 {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    compact
        .find("copy")
        .and_then(|i| compact.get(i + 4..))
        .and_then(|rest| rest.split('/').next())
        .and_then(|k| k.parse().ok())
        .unwrap_or(1)
}

/// The code printed on a back page: 「検証コード XXXX-XXXX-XXXX」.
fn code_in(text: &str) -> Option<String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let at = compact.find("検証コード")? + "検証コード".len();
    let code: String = compact.get(at..)?.chars().take(14).collect();
    (code.len() == 14).then_some(code)
}

/// The largest file `verify` reads (a specimen of many sheets is well under 1 MiB).
const MAX_PDF_BYTES: u64 = crate::error::MAX_INPUT_BYTES;

/// Checks one file against the journal in `state`.
pub fn verify(file: &Path, state: &Path) -> Result<Verdict, VerifyError> {
    let read_err = |source| VerifyError::Read {
        path: file.display().to_string(),
        source,
    };
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_PDF_BYTES + 1).read_to_end(&mut bytes))
        .map_err(read_err)?;
    let mut v = Verdict {
        file: file.display().to_string(),
        ..Verdict::default()
    };
    if bytes.len() as u64 > MAX_PDF_BYTES {
        v.problems.push(format!(
            "the file is larger than {} MiB; a specimen is tens of KB",
            MAX_PDF_BYTES >> 20
        ));
        return Ok(v);
    }
    let doc = match lopdf::Document::load_mem(&bytes) {
        Ok(d) => d,
        Err(e) => {
            v.problems.push(format!("not a readable PDF: {e}"));
            return Ok(v);
        }
    };
    let pages = doc.get_pages().len() as u32;
    let mut fronts = Vec::new();
    let mut backs = Vec::new();
    for n in 1..=pages / 2 {
        fronts.push(doc.extract_text(&[2 * n - 1]).unwrap_or_default());
        backs.push(doc.extract_text(&[2 * n]).unwrap_or_default());
    }
    // The journal's events of the issue the first front names, found by index and read
    // read-only (the checks below match on that issue; another issue finds nothing).
    let issue = fronts
        .first()
        .and_then(|f| issue_number_in(f))
        .and_then(|n| IssueNumber::parse(&n));
    // The state is a folder or a class database (`crate::store::state`).
    let (records, unreadable) = match crate::store::state::issue_events_at(state, issue) {
        Ok(records) => (records.unwrap_or_default(), None),
        Err(e) => (
            Vec::new(),
            Some(format!("the state folder cannot be read: {e}")),
        ),
    };
    let drawing = drawn::drawing(&doc);
    let mut checked = check_texts(pages, &fronts, &backs, &records, state);
    checked.problems.extend(unreadable);
    checked.problems.extend(drawn::structure(&bytes, &doc));
    checked.problems.extend(drawing.problems);
    check_drawing(&mut checked, &drawing.pages, &records);
    checked.ok = checked.problems.is_empty();
    checked.file = v.file;
    Ok(checked)
}

/// The checks on the pages' extracted text: front texts and back texts sheet by sheet,
/// `pages` the file's page count, `records` the journal.
pub fn check_texts(
    pages: u32,
    fronts: &[String],
    backs: &[String],
    records: &[Record],
    state: &Path,
) -> Verdict {
    let mut v = Verdict {
        pages,
        ..Verdict::default()
    };
    if pages == 0 || !pages.is_multiple_of(2) || fronts.len() != backs.len() {
        v.problems.push(format!(
            "{pages} pages: a specimen has a back page for every front page"
        ));
        return v;
    }
    let total = pages / 2;
    v.sheets = total;
    let mut issue: Option<String> = None;
    for (i, (front, back)) in fronts.iter().zip(backs).enumerate() {
        check_sheet(&mut v, &mut issue, i as u32 + 1, front, back);
    }
    v.issue_number = issue.clone();
    let Some(number) = issue.as_deref().and_then(IssueNumber::parse) else {
        v.problems.push("no issue number".into());
        return v;
    };
    check_journal(&mut v, number, records, state);
    v.ok = v.problems.is_empty();
    v
}

/// Sheet `n` of `v.sheets`: its front names the issue (the first sheet's, which `issue`
/// keeps), the copy (sheet 1's, kept in `v.copy`) and its place `n / N`; the code on its back
/// is the one recomputed from the front.
fn check_sheet(v: &mut Verdict, issue: &mut Option<String>, n: u32, front: &str, back: &str) {
    let total = v.sheets;
    let Some(number) = issue_number_in(front) else {
        v.problems
            .push(format!("sheet {n}: no issue number on the front"));
        return;
    };
    match issue {
        None => *issue = Some(number.clone()),
        Some(first) if *first != number => {
            v.problems
                .push(format!("sheet {n} belongs to issue {number}, not {first}"));
        }
        Some(_) => {}
    }
    let copy = copy_in(front);
    if n == 1 {
        v.copy = copy;
    } else if copy != v.copy {
        v.problems
            .push(format!("sheet {n} is copy {copy}, sheet 1 copy {}", v.copy));
    }
    let compact: String = front.chars().filter(|c| !c.is_whitespace()).collect();
    if !compact.contains(&format!("{n}/{total}")) {
        v.problems.push(format!(
            "sheet {n}: the page number does not read {n} / {total}"
        ));
    }
    let expected = verification_code(&number, copy, n, total, front);
    match code_in(back) {
        Some(code) => {
            if code != expected {
                v.problems.push(format!(
                    "sheet {n}: the code on the back ({code}) does not match the front"
                ));
            }
            v.codes.push(code);
        }
        None => v
            .problems
            .push(format!("sheet {n}: no verification code on the back")),
    }
}

/// The journal's side: it knows issue `number` (and names its holder and certificate), and
/// recorded this copy on as many sheets, with the same codes, as the file has.
fn check_journal(v: &mut Verdict, number: IssueNumber, records: &[Record], state: &Path) {
    let total = v.sheets;
    let mut known = false;
    let mut printed = None;
    for r in records {
        match r {
            Record::IssueStarted {
                issue,
                holder,
                certificate,
                ..
            } if *issue == number => {
                known = true;
                v.holder = Some(holder.clone());
                v.certificate = Some(certificate.clone());
            }
            Record::CopyPrinted {
                issue,
                copy,
                sheets,
                codes,
                ..
            } if *issue == number && *copy == v.copy => printed = Some((*sheets, codes.clone())),
            _ => {}
        }
    }
    if !known {
        v.problems.push(format!(
            "the journal in {} does not know issue {number}",
            crate::store::state::state_label(state)
        ));
        return;
    }
    match printed {
        None => v.problems.push(format!(
            "the journal has no copy {} of issue {number}",
            v.copy
        )),
        Some((sheets, codes)) => {
            if sheets != total {
                v.problems.push(format!(
                    "issue {number} copy {} was printed on {sheets} sheets; this file has {total}",
                    v.copy
                ));
            } else if codes != v.codes {
                v.problems
                    .push("the codes differ from the ones the journal recorded".into());
            }
        }
    }
}

/// Compares the file's page digests with the ones the journal recorded for this copy (when
/// the text check found the issue and the copy).
fn check_drawing(v: &mut Verdict, pages: &[String], records: &[Record]) {
    let Some(number) = v.issue_number.as_deref().and_then(IssueNumber::parse) else {
        return;
    };
    let recorded = records.iter().find_map(|r| match r {
        Record::CopyPrinted {
            issue, copy, drawn, ..
        } if *issue == number && *copy == v.copy => Some(drawn),
        _ => None,
    });
    let Some(recorded) = recorded else {
        return;
    };
    if recorded.is_empty() {
        v.problems.push(format!(
            "the journal has no drawing of issue {number} copy {} (printed by an older kofu): \
             print it again to verify it",
            v.copy
        ));
        return;
    }
    if recorded.len() != pages.len() {
        v.problems.push(format!(
            "the file has {} pages; copy {} of issue {number} was printed on {}",
            pages.len(),
            v.copy,
            recorded.len()
        ));
        return;
    }
    for (n, (mine, theirs)) in pages.iter().zip(recorded).enumerate() {
        if mine != theirs {
            v.problems.push(format!(
                "page {} draws something other than what was printed",
                n + 1
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_from_page_text() {
        let t = "茨城県つくば市\n発行番号 S000000123\n1 / 3\ncopy 2/3\n";
        assert_eq!(issue_number_in(t).as_deref(), Some("S000000123"));
        assert_eq!(copy_in(t), 2);
        assert_eq!(copy_in("発行番号 S000000123"), 1);
        assert_eq!(
            code_in("検証コード ABCD-EF01-2345\n").as_deref(),
            Some("ABCD-EF01-2345")
        );
        assert_eq!(code_in("no code"), None);
    }
}
