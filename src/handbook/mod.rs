//! The trainer's handbook (`kofu handbook`, and a button on the trainer console): a printable
//! handout generated from the rules — the municipality profile (hours, stops, fees, offered
//! certificates, offices), the vendor profiles (phones, cash) and, for every reason code, the
//! very sentences the kiosk says ([`crate::i18n::refusal`]) with a picture of the refusal
//! screen. One source: a fee changed in the profile changes the handbook, the screen and the
//! JSON outcome alike. Nothing here states a rule of its own.

mod appendix;
mod content;
mod pictures;
mod refusals;
mod staff;
mod walk;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::DateTime;
use chrono_tz::Tz;

use crate::domain::municipality::Municipality;
use crate::domain::reason::Reason;
use crate::domain::vendor::Vendor;
use crate::error::InputError;
use crate::handout::{self, Frame, Item, Line};
use crate::i18n::{Arg, I18n, office};
use crate::pdf::{FontError, FontSet, GREY, INK, PdfError};

use content::{BODY, H1, SMALL, certificates, h2, hours, users, vendor_name};
use refusals::refusal_entry;

pub use appendix::appendix_heading;
pub use pictures::{RefusalPicture, refusal_pictures};
pub use walk::{Walk, WalkStep, walk_pictures};

/// Why a handbook could not be made.
#[derive(Debug, thiserror::Error)]
pub enum HandbookError {
    /// A profile could not be read.
    #[error(transparent)]
    Input(#[from] InputError),
    /// The font could not be loaded.
    #[error(transparent)]
    Font(#[from] FontError),
    /// The PDF could not be written.
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// The bundled faces cannot print some of this language's text.
    #[error(
        "the handbook's fonts have no glyph for {chars:?} of language `{lang}`: a handbook can be printed in {supported}"
    )]
    Script {
        /// The language asked for.
        lang: String,
        /// Characters the face lacks (the first few).
        chars: String,
        /// The languages that print.
        supported: String,
    },
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] crate::output::WriteError),
}

impl HandbookError {
    /// Whether the error is the user's input (exit 2) rather than a failure to write (exit 1).
    pub fn is_input(&self) -> bool {
        matches!(self, HandbookError::Input(_) | HandbookError::Script { .. })
    }
}

/// What a handbook is made from.
#[derive(Debug)]
pub struct Sources<'a> {
    /// The municipality.
    pub municipality: &'a Municipality,
    /// The vendor profiles whose machines the handbook describes.
    pub vendors: &'a [Vendor],
    /// The language.
    pub lang: &'a str,
    /// The day the rules are read for (tax years offered, the next stops).
    pub at: DateTime<Tz>,
    /// Refusal screens by reason (see [`refusal_pictures`]).
    pub pictures: &'a BTreeMap<Reason, RefusalPicture>,
    /// The normal visit on each vendor's machine, pictured (see [`walk_pictures`]); a vendor
    /// without one gets the steps in words.
    pub walks: &'a [Walk],
}

/// The handbook's items, in order.
pub fn items(s: &Sources<'_>) -> Vec<Item> {
    let i = I18n::in_lang(s.lang);
    let m = s.municipality;
    let city = || ("city", Arg::Str(m.name_in(s.lang).to_string()));
    let today = s.at.date_naive();
    let mut v = vec![Item::Text(Line::new(i.t("handbook-title"), H1, 0.0, INK))];
    let vendors: Vec<String> = s.vendors.iter().map(|x| vendor_name(&i, x)).collect();
    v.push(Item::Text(Line::new(
        i.ta(
            "handbook-subtitle",
            &[
                city(),
                ("date", Arg::Str(i.date(today))),
                ("vendors", Arg::Str(i.list(&vendors))),
            ],
        ),
        BODY,
        0.0,
        GREY,
    )));
    v.push(Item::Gap(4.0));
    v.push(Item::Text(Line::new(i.t("handbook-intro"), BODY, 0.0, INK)));
    walk::walk_section(&mut v, &i, s);
    hours(&mut v, &i, s);
    certificates(&mut v, &i, m, today);
    users(&mut v, &i, s);
    h2(&mut v, i.t("handbook-offices"));
    for o in &m.offices {
        v.push(Item::Text(Line::new(office::full(&i, o), BODY, 10.0, INK)));
        let tasks: Vec<String> = o
            .handles
            .iter()
            .map(|t| i.t(&format!("handbook-task-{}", t.code())))
            .collect();
        v.push(Item::Text(Line::new(
            i.ta(
                "handbook-office-for",
                &[("tasks", Arg::Str(i.list(&tasks)))],
            ),
            SMALL,
            20.0,
            GREY,
        )));
    }
    staff::staff_section(&mut v, &i);
    h2(&mut v, i.t("handbook-refusals"));
    for reason in Reason::ALL {
        refusal_entry(&mut v, &i, s, reason);
    }
    appendix::appendix(&mut v, &i, s);
    v
}

/// Every text of the handbook, joined (what a test or a glyph check reads).
pub fn all_text(items: &[Item]) -> String {
    let mut out = String::new();
    for it in items {
        match it {
            Item::Text(l) | Item::Heading(l) => {
                out.push_str(&l.text);
                out.push('\n');
            }
            Item::Keep(inner) => out.push_str(&all_text(inner)),
            Item::Gap(_) | Item::Picture(_) => {}
        }
    }
    out
}

/// The languages whose handbook the faces of `fonts` print (checked, not assumed: every
/// message of the language, each character in the face chosen for it).
pub fn printable_languages(assets: &Path) -> Vec<&'static str> {
    crate::i18n::LOCALES
        .iter()
        .filter(|(code, source)| {
            FontSet::bundled(assets, code)
                .is_ok_and(|f| f.lacking(&sample(code, source), 1).is_empty())
        })
        .map(|(code, _)| *code)
        .collect()
}

/// Every message of the language, as a sample of its script.
fn sample(code: &str, source: &str) -> String {
    let i = I18n::in_lang(code);
    crate::i18n::keys_of(source)
        .iter()
        .map(|k| i.t(k))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `items` with a break hint between the words of text written without spaces (Thai), so
/// lines break between words and never inside one.
fn hinted(items: Vec<Item>) -> Vec<Item> {
    let hint = |l: Line| {
        let text = crate::i18n::line_break::with_break_hints(&l.text).into_owned();
        Line { text, ..l }
    };
    items
        .into_iter()
        .map(|it| match it {
            Item::Text(l) if has_thai(&l.text) => Item::Text(hint(l)),
            Item::Heading(l) if has_thai(&l.text) => Item::Heading(hint(l)),
            Item::Keep(v) => Item::Keep(hinted(v)),
            other => other,
        })
        .collect()
}

fn has_thai(s: &str) -> bool {
    s.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
}

/// The handbook as a PDF, each run of text in the face of its script (`fonts`: see
/// [`FontSet::bundled`]); a character no face prints is an error, never an empty box.
pub fn to_pdf(s: &Sources<'_>, fonts: &FontSet) -> Result<Vec<u8>, HandbookError> {
    let items = items(s);
    let i = I18n::in_lang(s.lang);
    let title = i.t("handbook-title");
    let mark = i.t("handbook-mark");
    let text = format!("{}{title}\n{mark}", all_text(&items));
    let missing = fonts.lacking(&text, 12);
    let script_error = |chars: String| HandbookError::Script {
        lang: s.lang.to_string(),
        chars,
        supported: printable_languages(&crate::kiosk::assets_dir()).join(", "),
    };
    if !missing.is_empty() {
        return Err(script_error(missing.into_iter().collect()));
    }
    let frame = Frame {
        title: &title,
        mark: &mark,
    };
    match handout::to_pdf_set(fonts, frame, hinted(items), Some(s.lang)) {
        Err(PdfError::NoGlyph { chars }) => Err(script_error(chars)),
        other => Ok(other?),
    }
}

/// The writer the window's trainer console uses (with pictures): the window sits below the
/// handbook in the layers, so the program that opens it passes this in.
pub fn window_writer() -> crate::window::HandbookWriter {
    crate::window::HandbookWriter(std::sync::Arc::new(|m, lang, at, out| {
        write(m, lang, at, true, out).map_err(|e| e.to_string())
    }))
}

/// Builds the handbook of `municipality` (an id or a profile file) for the bundled vendors
/// and writes it to `out`. `pictures` false leaves the screens out (quicker; the words stay).
pub fn write(
    municipality: &str,
    lang: &str,
    at: DateTime<Tz>,
    pictures: bool,
    out: &Path,
) -> Result<PathBuf, HandbookError> {
    let m = crate::kiosk::load_municipality(municipality)?;
    let vendors = vec![
        crate::kiosk::load_vendor("fujifilm")?,
        crate::kiosk::load_vendor("sharp")?,
    ];
    let assets = crate::kiosk::assets_dir();
    let scenarios = assets.join("scenarios");
    let (shots, walks) = if pictures {
        let ids: Vec<&str> = vendors.iter().map(|v| v.id.as_str()).collect();
        pictures::all_pictures(&scenarios, municipality, lang, &ids)
    } else {
        (BTreeMap::new(), Vec::new())
    };
    let fonts = FontSet::bundled(&assets, lang)?;
    let bytes = to_pdf(
        &Sources {
            municipality: &m,
            vendors: &vendors,
            lang,
            at,
            pictures: &shots,
            walks: &walks,
        },
        &fonts,
    )?;
    crate::output::write_file(out, &bytes)?;
    Ok(out.to_path_buf())
}
