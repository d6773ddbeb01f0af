//! The printable training record: the log as lines of text (headings, questions with the
//! expected and given answers, refusals, events), wrapped and paginated on A4, each page marked
//! [`SPECIMEN_MARK`] and numbered `n / N`. The face is embedded through the certificate's
//! [`SubsetFont`], so the record reads back as text (Japanese included).

use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::{SPECIMEN_MARK, TrainingError, TrainingLog, redact};
use crate::certificate::fonts::FontFace;
use crate::certificate::pdf::font::{SubsetFont, deflate};
use crate::certificate::pdf::{PAGE_H, PAGE_W};
use crate::domain::reason::Reason;

/// The printable log of `log`, with `font` subset into it.
pub(super) fn to_pdf(log: &TrainingLog, font: &FontFace) -> Result<Vec<u8>, TrainingError> {
    let lines = lines(log);
    let pages = paginate(font, &lines);
    render(font, &pages)
}

const MARGIN_X: f32 = 50.0;
const TOP: f32 = PAGE_H - 70.0;
const BOTTOM: f32 = 60.0;
const INK: (f32, f32, f32) = (0.1, 0.1, 0.12);
const NAVY: (f32, f32, f32) = (0.1, 0.16, 0.32);
const RED: (f32, f32, f32) = (0.75, 0.05, 0.05);

/// The record as lines of text, before wrapping.
fn lines(log: &TrainingLog) -> Vec<Line> {
    let mut v = Vec::new();
    let h1 = |v: &mut Vec<Line>, s: String| v.push(Line::new(s, 15.0, 0.0, INK));
    let h2 = |v: &mut Vec<Line>, s: String| {
        v.push(Line::gap(6.0));
        v.push(Line::new(s, 11.5, 0.0, NAVY));
    };
    let p = |v: &mut Vec<Line>, s: String, indent: f32| {
        v.push(Line::new(s, 9.0, indent, INK));
    };
    h1(&mut v, "Training record / 研修記録".into());
    p(&mut v, format!("Started: {}", log.started_at), 0.0);
    if let Some(t) = &log.trainee {
        p(&mut v, format!("Trainee: {t}"), 0.0);
    }
    p(&mut v, format!("Score: {}", log.score), 0.0);
    h2(&mut v, format!("Questions ({})", log.exercises.len()));
    if log.exercises.is_empty() {
        p(&mut v, "No question answered.".into(), 0.0);
    }
    for (i, e) in log.exercises.iter().enumerate() {
        v.push(Line::gap(3.0));
        let verdict = if e.marking.correct { "RIGHT" } else { "WRONG" };
        v.push(Line::new(
            format!("Q{}. [{verdict}] {}", i + 1, e.question),
            9.5,
            0.0,
            if e.marking.correct { INK } else { RED },
        ));
        p(
            &mut v,
            format!("Scenario: {} ({})", e.scenario, e.file),
            14.0,
        );
        let when = match e.after_step {
            Some(n) => format!("after step {n}"),
            None => "when the session ended".into(),
        };
        p(
            &mut v,
            format!(
                "Asked {when}, at {}; answered in {:.0} s",
                e.asked_at, e.seconds
            ),
            14.0,
        );
        p(
            &mut v,
            format!(
                "Expected: reason {}; next step {} ({}){}",
                reason_text(e.expected_reason),
                e.expected_next_step,
                crate::i18n::I18n::in_lang("en")
                    .t(&format!("next-step-{}", e.expected_next_step.code())),
                e.expected_yen
                    .map(|y| format!("; amount ¥{y}"))
                    .unwrap_or_default()
            ),
            14.0,
        );
        let mark = |ok: bool| if ok { "right" } else { "wrong" };
        p(
            &mut v,
            format!(
                "Answer: reason {} ({}); next step {} ({}){}",
                reason_text(e.answer.reason),
                mark(e.marking.reason),
                e.answer
                    .next_step
                    .map_or("none".to_string(), |n| n.code().to_string()),
                mark(e.marking.next_step),
                match (e.marking.yen, e.answer.yen) {
                    (Some(ok), Some(y)) => format!("; amount ¥{y} ({})", mark(ok)),
                    (Some(ok), None) => format!("; amount none ({})", mark(ok)),
                    _ => String::new(),
                }
            ),
            14.0,
        );
        if let Some(r) = &e.refusal {
            p(&mut v, format!("Rule: {}", r.rule), 14.0);
            p(&mut v, format!("Next step: {}", r.next_step), 14.0);
        }
        if let Some(x) = &e.explanation {
            p(&mut v, format!("Note: {x}"), 14.0);
        }
    }
    let refusals: Vec<_> = log.refusals().collect();
    h2(&mut v, format!("Refusals ({})", refusals.len()));
    if refusals.is_empty() {
        p(&mut v, "No refusal.".into(), 0.0);
    }
    for (e, r) in refusals {
        v.push(Line::gap(2.0));
        v.push(Line::new(
            format!("{} {} — {}", e.at, e.session, r.reason),
            9.0,
            0.0,
            INK,
        ));
        p(&mut v, format!("Rule: {}", r.rule), 14.0);
        p(
            &mut v,
            format!("Next step ({}): {}", r.next_step_code, r.next_step),
            14.0,
        );
    }
    h2(&mut v, format!("Events ({})", log.events.len()));
    for e in &log.events {
        let line = if e.from.is_empty() {
            format!("{} {}: {}", e.session, e.event, e.note)
        } else {
            format!(
                "{} {} {} → {}: {}",
                e.at.get(11..).unwrap_or(&e.at),
                e.event,
                e.from,
                e.to,
                e.note
            )
        };
        v.push(Line::new(redact(&line), 8.0, 0.0, INK));
    }
    v
}

/// An expected or given reason as its code.
fn reason_text(r: Option<Reason>) -> String {
    r.map_or("none (not a refusal)".to_string(), |r| r.code().to_string())
}

/// One line of the record as written: text, size, indent and colour.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    size: f32,
    indent: f32,
    color: (f32, f32, f32),
}

impl Line {
    fn new(text: String, size: f32, indent: f32, color: (f32, f32, f32)) -> Self {
        Self {
            text,
            size,
            indent,
            color,
        }
    }
    fn gap(points: f32) -> Self {
        Self::new(String::new(), points / 1.3, 0.0, INK)
    }
}

/// Wraps a text to `max_w` points (by character, so Japanese wraps too; Latin at spaces
/// where possible).
fn wrap(font: &FontFace, text: &str, size: f32, max_w: f32) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        cur.push(c);
        if font.width(&cur, size) > max_w {
            cur.pop();
            // Break at the last space if there is one in the second half of the line.
            let cut = cur
                .rfind(' ')
                .filter(|i| *i > cur.len() / 2)
                .map(|i| (cur[..i].to_string(), cur[i + 1..].to_string()));
            match cut {
                Some((a, b)) => {
                    out.push(a);
                    cur = b;
                }
                None => out.push(std::mem::take(&mut cur)),
            }
            cur.push(c);
        }
    }
    out.push(cur);
    out
}

/// Wraps the lines and deals them onto pages, top to bottom.
fn paginate(font: &FontFace, lines: &[Line]) -> Vec<Vec<(f32, Line)>> {
    let mut pages = vec![Vec::new()];
    let mut y = TOP;
    for l in lines {
        let max_w = PAGE_W - 2.0 * MARGIN_X - l.indent;
        let parts = if l.text.is_empty() {
            vec![String::new()]
        } else {
            wrap(font, &l.text, l.size, max_w)
        };
        for (i, part) in parts.into_iter().enumerate() {
            let h = l.size * 1.3;
            if y - h < BOTTOM {
                pages.push(Vec::new());
                y = TOP;
            }
            y -= h;
            let indent = l.indent + if i > 0 { 10.0 } else { 0.0 };
            if let Some(p) = pages.last_mut() {
                p.push((y, Line::new(part, l.size, indent, l.color)));
            }
        }
    }
    pages
}

/// Draws one string at `(x, y)` through the subset font.
fn text(
    c: &mut Content,
    g: &mut SubsetFont<'_>,
    x: f32,
    y: f32,
    size: f32,
    color: (f32, f32, f32),
    s: &str,
) -> Result<(), TrainingError> {
    if s.trim().is_empty() {
        return Ok(());
    }
    let bytes = g.encode(s)?;
    c.begin_text()
        .set_font(Name(b"F1"), size)
        .set_fill_rgb(color.0, color.1, color.2)
        .next_line(x, y)
        .show(Str(&bytes))
        .end_text();
    Ok(())
}

/// Writes the PDF: one content stream per page, header and footer on each, the font last.
fn render(font: &FontFace, pages: &[Vec<(f32, Line)>]) -> Result<Vec<u8>, TrainingError> {
    let mut next = 1;
    let mut id = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog = id();
    let tree = id();
    let mut g = SubsetFont::new(font, &mut id);
    let info = id();
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (id(), id())).collect();
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().map(|(p, _)| *p))
        .count(i32::try_from(pages.len()).unwrap_or(i32::MAX));
    pdf.document_info(info)
        .title(TextStr("kofu training record (SPECIMEN)"))
        .producer(TextStr("kofu"));
    let total = pages.len();
    for (n, (lines, (page_id, content_id))) in pages.iter().zip(&page_ids).enumerate() {
        let mut c = Content::new();
        // Header: the specimen mark; footer: page n / N.
        text(
            &mut c,
            &mut g,
            MARGIN_X,
            PAGE_H - 40.0,
            10.0,
            RED,
            SPECIMEN_MARK,
        )?;
        c.set_stroke_rgb(RED.0, RED.1, RED.2)
            .set_line_width(0.8)
            .move_to(MARGIN_X, PAGE_H - 48.0)
            .line_to(PAGE_W - MARGIN_X, PAGE_H - 48.0)
            .stroke();
        let number = format!("{} / {total}", n + 1);
        let w = font.width(&number, 9.0);
        text(
            &mut c,
            &mut g,
            PAGE_W - MARGIN_X - w,
            34.0,
            9.0,
            INK,
            &number,
        )?;
        text(&mut c, &mut g, MARGIN_X, 34.0, 8.0, RED, SPECIMEN_MARK)?;
        for (y, l) in lines {
            text(
                &mut c,
                &mut g,
                MARGIN_X + l.indent,
                *y,
                l.size,
                l.color,
                &l.text,
            )?;
        }
        let mut page = pdf.page(*page_id);
        page.parent(tree)
            .media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .contents(*content_id);
        page.resources().fonts().pair(Name(b"F1"), g.font_ref());
        page.finish();
        pdf.stream(*content_id, &deflate(&c.finish()))
            .filter(Filter::FlateDecode);
    }
    g.embed(&mut pdf)?;
    Ok(pdf.finish())
}
