//! The structure pass on small hand-made files: what pdf-writer, lopdf and qpdf write passes;
//! each way a viewer and a library could read a file differently is refused.

use super::*;
use pdf_writer::{Finish, Pdf, Rect, Ref};

/// A one-page PDF as pdf-writer writes it (one body, one xref, one `%%EOF`).
fn one_page() -> Vec<u8> {
    let mut pdf = Pdf::new();
    pdf.catalog(Ref::new(1)).pages(Ref::new(2));
    pdf.pages(Ref::new(2)).kids([Ref::new(3)]).count(1);
    let mut page = pdf.page(Ref::new(3));
    page.parent(Ref::new(2))
        .media_box(Rect::new(0.0, 0.0, 595.0, 842.0))
        .contents(Ref::new(4));
    page.finish();
    pdf.stream(Ref::new(4), b"0 0 1 rg 10 10 100 100 re f");
    pdf.finish()
}

fn problems_of(bytes: &[u8]) -> Vec<String> {
    match Document::load_mem(bytes) {
        Ok(doc) => problems(bytes, &doc),
        Err(e) => vec![format!("lopdf: {e}")],
    }
}

fn refused_for(bytes: &[u8], why: &str) {
    let p = problems_of(bytes);
    assert!(p.iter().any(|p| p.contains(why)), "wanted {why:?}: {p:?}");
}

/// Byte offset of the first `needle`.
fn find(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len())
        .position(|w| w == needle)
        .unwrap_or_else(|| panic!("{} not found", String::from_utf8_lossy(needle)))
}

#[test]
fn what_pdf_writer_and_lopdf_write_passes() {
    let bytes = one_page();
    assert_eq!(problems_of(&bytes), Vec::<String>::new());
    let mut doc = Document::load_mem(&bytes).unwrap_or_else(|e| panic!("{e}"));
    let mut saved = Vec::new();
    doc.save_to(&mut saved).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(problems_of(&saved), Vec::<String>::new());
}

#[test]
fn an_incremental_update_is_refused() {
    let mut bytes = one_page();
    let prev = find(&bytes, b"\nxref") + 1;
    bytes.push(b'\n');
    let at = bytes.len();
    bytes.extend_from_slice(b"4 0 obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj\n");
    let xref = bytes.len();
    bytes.extend_from_slice(
        format!(
            "xref\n4 1\n{at:010} 00000 n \ntrailer\n<< /Size 5 /Root 1 0 R /Prev {prev} >>\n\
             startxref\n{xref}\n%%EOF\n"
        )
        .as_bytes(),
    );
    refused_for(&bytes, "2 cross-reference sections");
    refused_for(&bytes, "/Prev");
    refused_for(&bytes, "2 %%EOF");
    refused_for(&bytes, "object 4 is defined twice");
}

#[test]
fn a_shadow_startxref_after_the_last_eof_is_refused() {
    // lopdf reads the startxref before the last %%EOF; a viewer takes the last startxref.
    let mut bytes = one_page();
    bytes.extend_from_slice(b"startxref\n9\n%%EO");
    refused_for(&bytes, "content after %%EOF");
    let mut padded = one_page();
    padded.extend_from_slice(b"\r\n\0\0 \n");
    assert_eq!(problems_of(&padded), Vec::<String>::new());
}

#[test]
fn a_key_twice_is_refused_even_spelled_with_escapes() {
    let bytes = one_page();
    let at = find(&bytes, b"/Contents 4 0 R");
    for twice in [
        &b"/Contents 4 0 R /Contents 4 0 R"[..],
        b"/Cont#65nts 4 0 R /Contents 4 0 R",
    ] {
        let mut forged = bytes[..at].to_vec();
        forged.extend_from_slice(twice);
        forged.extend_from_slice(&bytes[at + b"/Contents 4 0 R".len()..]);
        // The xref offsets after the page moved: the object stream check says so too, but the
        // key is named.
        refused_for(&forged, "/Contents twice");
    }
}

#[test]
fn an_object_not_where_the_xref_says_is_refused() {
    let bytes = one_page();
    let at = find(&bytes, b"3 0 obj");
    let mut forged = bytes[..at].to_vec();
    forged.extend_from_slice(b" ");
    forged.extend_from_slice(&bytes[at..]);
    refused_for(&forged, "where the file does not define them");
}

#[test]
fn startxref_must_point_at_the_section() {
    let bytes = one_page();
    let at = find(&bytes, b"startxref\n") + b"startxref\n".len();
    let mut forged = bytes[..at].to_vec();
    let end = at + find(&bytes[at..], b"\n");
    let old: usize = String::from_utf8_lossy(&bytes[at..end])
        .parse()
        .unwrap_or(0);
    // One byte earlier still finds the xref for a tolerant reader; the rule wants it exact.
    forged.extend_from_slice(format!("{}", old - 1).as_bytes());
    forged.extend_from_slice(&bytes[end..]);
    refused_for(&forged, "startxref says");
}

#[test]
fn the_lexer_reads_names_strings_and_references() {
    let src = b"<< /A (a (nested\\) ) string) /B <41 42> /C [1 0 R 2 3] /D#20E -1.5 /F 7 >>";
    let mut lex = Lexer { b: src, p: 0 };
    let mut twice = Vec::new();
    let v = lex.value(0, &mut twice).unwrap_or_else(|e| panic!("{e}"));
    assert!(twice.is_empty());
    assert_eq!(v.get(b"F"), Some(&Val::Int(7)));
    assert_eq!(v.get(b"D E"), Some(&Val::Other));
    assert_eq!(v.get(b"B"), Some(&Val::Other));
    assert_eq!(lex.p, src.len());
    let mut lex = Lexer {
        b: b"<< /K 5 0 R /K 6 >>",
        p: 0,
    };
    let v = lex.value(0, &mut twice).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v.get(b"K"), Some(&Val::Ref(5)));
    assert_eq!(twice, vec![b"K".to_vec()]);
}

#[test]
fn a_dictionary_of_many_keys_is_read_in_linear_time() {
    let mut src = b"<<".to_vec();
    for i in 0..200_000 {
        src.extend_from_slice(format!("/k{i} 1 ").as_bytes());
    }
    src.extend_from_slice(b"/k7 2 >>");
    let start = std::time::Instant::now();
    let mut lex = Lexer { b: &src, p: 0 };
    let mut twice = Vec::new();
    lex.value(0, &mut twice).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(twice, vec![b"k7".to_vec()]);
    // Quadratic scanning took minutes here; linear takes well under a second even in debug.
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config { cases: 256, ..Default::default() })]

    /// Damaged files are judged, never a panic or a hang: bytes changed, cut or inserted.
    #[test]
    fn damaged_files_never_panic(
        at in 0usize..600,
        bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..24),
        cut in proptest::bool::ANY,
    ) {
        let mut file = one_page();
        let at = at.min(file.len());
        if cut {
            file.truncate(at);
        }
        file.splice(at..at, bytes);
        let _ = problems_of(&file);
        let doc = Document::load_mem(&one_page()).unwrap_or_else(|e| panic!("{e}"));
        let _ = problems(&file, &doc);
    }
}
