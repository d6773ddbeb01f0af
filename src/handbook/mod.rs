//! The trainer's handbook (`kofu handbook`, and a button on the trainer console): a printable
//! handout generated from the rules — the municipality profile (hours, stops, fees, offered
//! certificates, offices), the vendor profiles (phones, cash) and, for every reason code, the
//! very sentences the kiosk says ([`crate::i18n::refusal`]) with a picture of the refusal
//! screen. One source: a fee changed in the profile changes the handbook, the screen and the
//! JSON outcome alike. Nothing here states a rule of its own.

mod pictures;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDate};
use chrono_tz::Tz;

use crate::certificate::fonts::{FontError, FontFace};
use crate::certificate::pdf::PdfError;
use crate::domain::calendar::year_end_stop_around;
use crate::domain::eligibility::MIN_AGE;
use crate::domain::municipality::{CertificateKind, Municipality};
use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::domain::refusal::{Facts, Refusal};
use crate::domain::registry::CardKind;
use crate::domain::vendor::Vendor;
use crate::error::InputError;
use crate::handout::{self, Frame, GREY, INK, Item, Line, NAVY, RED};
use crate::i18n::{Arg, I18n, office, refusal};

pub use pictures::{RefusalPicture, refusal_pictures};

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
    /// The bundled face cannot print this language's script.
    #[error(
        "the handbook's font (BIZ UDGothic) has no glyph for {chars:?} of language `{lang}`: a handbook can be printed in {supported}"
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
}

const H1: f32 = 17.0;
const H2: f32 = 13.0;
const H3: f32 = 10.5;
const BODY: f32 = 9.0;
const SMALL: f32 = 8.0;

fn h2(v: &mut Vec<Item>, s: String) {
    v.push(Item::Gap(10.0));
    v.push(Item::Heading(Line::new(s, H2, 0.0, NAVY)));
}

fn p(v: &mut Vec<Item>, s: String) {
    v.push(Item::Text(Line::new(s, BODY, 10.0, INK)));
}

/// The facts a refusal of `reason` shows when no bundled scenario played one: the profile's
/// (from [`Refusal::new`]) and dates taken from `at`, so every sentence has every value.
fn example_refusal(reason: Reason, m: &Municipality, at: DateTime<Tz>) -> Refusal {
    let today = at.date_naive();
    let (stop_from, stop_until) = year_end_stop_around(today);
    let extra = Facts {
        valid_until: today.checked_sub_signed(Duration::days(1)),
        reopens_at: m.calendar.next_open(at).or(Some(at)),
        stop_from: Some(stop_from),
        stop_until: Some(stop_until),
        fiscal_year: m.default_tax_year(today),
        device: (reason == Reason::SmartphoneNotSupported).then_some(CardKind::Android),
        ..Facts::default()
    };
    Refusal::new(reason, m, extra)
}

/// Whether the kiosk can give this refusal in `m` at all: a family-register window exists
/// only where the profile sets one, and a municipality that offers every certificate refuses
/// `not_offered` only for an option (the My Number line), which the profile may allow.
fn applies(reason: Reason, m: &Municipality) -> bool {
    match reason {
        Reason::FamilyRegisterHours => m.offers.values().any(|o| o.window.is_some()),
        _ => true,
    }
}

/// The handbook's items, in order.
pub fn items(s: &Sources<'_>) -> Vec<Item> {
    let i = I18n::in_lang(s.lang);
    let m = s.municipality;
    let city = || ("city", Arg::Str(m.name_in(s.lang).to_string()));
    let today = s.at.date_naive();
    let mut v = vec![Item::Text(Line::new(i.t("handbook-title"), H1, 0.0, INK))];
    let vendors: Vec<String> = s.vendors.iter().map(|x| x.name.clone()).collect();
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
    h2(&mut v, i.t("handbook-refusals"));
    for reason in Reason::ALL {
        refusal_entry(&mut v, &i, s, reason);
    }
    v
}

fn hours(v: &mut Vec<Item>, i: &I18n, s: &Sources<'_>) {
    let m = s.municipality;
    let cal = &m.calendar;
    let hm = |t: chrono::NaiveTime| Arg::Str(t.format("%H:%M").to_string());
    h2(v, i.t("handbook-hours"));
    p(
        v,
        i.ta(
            "handbook-hours-daily",
            &[("open", hm(cal.hours.open)), ("close", hm(cal.hours.close))],
        ),
    );
    if cal.year_end_stop {
        let (from, until) = year_end_stop_around(s.at.date_naive());
        p(
            v,
            i.ta(
                "handbook-year-end",
                &[
                    ("from", Arg::Str(i.date(from))),
                    ("until", Arg::Str(i.date(until))),
                ],
            ),
        );
    } else {
        let city = Arg::Str(m.name_in(s.lang).to_string());
        p(v, i.ta("handbook-year-end-none", &[("city", city)]));
    }
    let upcoming: Vec<_> = cal
        .maintenance
        .iter()
        .filter(|w| w.until >= s.at.fixed_offset())
        .collect();
    if upcoming.is_empty() {
        p(v, i.t("handbook-maintenance-none"));
    }
    for w in upcoming {
        let t = |d: DateTime<chrono::FixedOffset>| {
            Arg::Str(i.date_time(d.with_timezone(&crate::domain::calendar::TOKYO)))
        };
        p(
            v,
            i.ta(
                "handbook-maintenance",
                &[("from", t(w.from)), ("until", t(w.until))],
            ),
        );
    }
    if let Some(w) = m
        .offers
        .get(&CertificateKind::FamilyRegister)
        .and_then(|o| o.window.as_ref())
    {
        p(
            v,
            i.ta(
                "handbook-family-register-window",
                &[("open", hm(w.window.open)), ("close", hm(w.window.close))],
            ),
        );
    }
}

/// The option labels the options screen shows for `kind` in `m` (who the holder is aside).
fn option_labels(i: &I18n, kind: CertificateKind, m: &Municipality) -> Vec<String> {
    let keys: Vec<&str> = match kind {
        CertificateKind::ResidentCertificate => {
            let mut k = vec![
                "opt-scope-holder",
                "opt-scope-household",
                "opt-scope-members",
                "opt-relationship",
                "opt-domicile",
                "opt-nationality",
                "opt-residence-status",
                "opt-residence-card",
            ];
            if m.offers.get(&kind).is_some_and(|o| o.my_number_option) {
                k.push("opt-my-number");
            }
            k
        }
        CertificateKind::FamilyRegister => vec!["opt-extent-whole", "opt-extent-individual"],
        CertificateKind::FamilyRegisterAppendix => vec!["opt-domicile"],
        CertificateKind::TaxCertificate | CertificateKind::SealCertificate => Vec::new(),
    };
    keys.into_iter().map(|k| i.t(k)).collect()
}

fn certificates(v: &mut Vec<Item>, i: &I18n, m: &Municipality, today: NaiveDate) {
    let city = || ("city", Arg::Str(m.name_in(i.lang()).to_string()));
    h2(v, i.t("handbook-certificates"));
    let mut missing = Vec::new();
    for kind in CertificateKind::ALL {
        let name = i.t(&format!("cert-kind-{}", kind.code()));
        let Some(fee) = m.fee(kind) else {
            missing.push(name);
            continue;
        };
        let fee = i.ta("handbook-fee", &[("fee", Arg::Str(i.yen(fee)))]);
        let mut block = vec![
            Item::Gap(3.0),
            Item::Text(Line::new(format!("{name} — {fee}"), H3, 0.0, INK)),
            Item::Text(Line::new(
                i.ta(&format!("handbook-who-{}", kind.code()), &[city()]),
                BODY,
                10.0,
                INK,
            )),
        ];
        let opts = option_labels(i, kind, m);
        if !opts.is_empty() {
            block.push(Item::Text(Line::new(
                i.ta("handbook-options", &[("list", Arg::Str(i.list(&opts)))]),
                SMALL,
                10.0,
                GREY,
            )));
        }
        if kind == CertificateKind::TaxCertificate {
            let years: Vec<String> = m
                .tax_years_offered(today)
                .into_iter()
                .map(|y| i.fiscal_year(y))
                .collect();
            block.push(Item::Text(Line::new(
                i.ta(
                    "handbook-tax-years",
                    &[
                        ("date", Arg::Str(i.date(today))),
                        ("years", Arg::Str(i.list(&years))),
                    ],
                ),
                SMALL,
                10.0,
                GREY,
            )));
        }
        v.push(Item::Keep(block));
    }
    v.push(Item::Gap(3.0));
    p(
        v,
        i.ta(
            "handbook-max-copies",
            &[("max", Arg::Num(i64::from(m.max_copies)))],
        ),
    );
    if !missing.is_empty() {
        p(
            v,
            i.ta(
                "handbook-not-offered",
                &[city(), ("list", Arg::Str(i.list(&missing)))],
            ),
        );
    }
}

fn users(v: &mut Vec<Item>, i: &I18n, s: &Sources<'_>) {
    let m = s.municipality;
    let city = Arg::Str(m.name_in(s.lang).to_string());
    h2(v, i.t("handbook-users"));
    p(
        v,
        i.ta(
            "handbook-users-age",
            &[("age", Arg::Num(i64::from(MIN_AGE)))],
        ),
    );
    p(
        v,
        i.ta(
            "handbook-users-pin",
            &[(
                "tries",
                Arg::Num(i64::from(crate::domain::card::PIN_MAX_FAILURES)),
            )],
        ),
    );
    p(
        v,
        i.ta(
            "handbook-users-registration",
            &[
                ("city", city),
                ("days", Arg::Num(i64::from(m.registration_business_days))),
            ],
        ),
    );
    for vendor in s.vendors {
        let name = || ("vendor", Arg::Str(vendor.name.clone()));
        let phones: Vec<String> = [CardKind::Android, CardKind::Iphone]
            .into_iter()
            .filter_map(|k| {
                let from = vendor.phone_supported_from(k, &m.prefecture)?;
                Some(i.ta(
                    "handbook-phone-from",
                    &[
                        ("device", Arg::Str(i.t(&format!("device-{}", k.code())))),
                        ("date", Arg::Str(i.date(from))),
                    ],
                ))
            })
            .collect();
        let list = if phones.is_empty() {
            i.t("handbook-phone-none")
        } else {
            i.list(&phones)
        };
        p(
            v,
            i.ta("handbook-phones", &[name(), ("list", Arg::Str(list))]),
        );
        let coins: Vec<String> = vendor.accepted_yen.iter().map(|y| i.yen(*y)).collect();
        p(
            v,
            i.ta(
                "handbook-payment",
                &[name(), ("coins", Arg::Str(i.list(&coins)))],
            ),
        );
        if let Some(c) = vendor.max_total_yen {
            p(
                v,
                i.ta(
                    "handbook-payment-ceiling",
                    &[name(), ("ceiling", Arg::Str(i.yen(c)))],
                ),
            );
        }
    }
}

fn refusal_entry(v: &mut Vec<Item>, i: &I18n, s: &Sources<'_>, reason: Reason) {
    let m = s.municipality;
    let shot = s.pictures.get(&reason);
    if !applies(reason, m) {
        v.push(Item::Keep(vec![
            Item::Gap(8.0),
            Item::Text(Line::new(reason.code(), H3, 0.0, INK)),
            Item::Text(Line::new(
                i.ta(
                    "handbook-does-not-apply",
                    &[("city", Arg::Str(m.name_in(s.lang).to_string()))],
                ),
                SMALL,
                0.0,
                GREY,
            )),
        ]));
        return;
    }
    let r = shot.map_or_else(|| example_refusal(reason, m, s.at), |p| p.refusal.clone());
    let text = refusal::text(i, &r, m);
    let next = NextStep::for_reason(reason);
    let mut head = vec![
        Item::Gap(8.0),
        Item::Text(Line::new(text.title.clone(), H3, 0.0, INK)),
        Item::Text(Line::new(
            i.ta(
                "handbook-refusal-code",
                &[
                    ("code", Arg::Str(reason.code().to_string())),
                    (
                        "next",
                        Arg::Str(format!(
                            "{} ({})",
                            next.code(),
                            i.t(&format!("next-step-{}", next.code()))
                        )),
                    ),
                ],
            ),
            SMALL,
            0.0,
            GREY,
        )),
        Item::Gap(3.0),
    ];
    match shot {
        Some(p) => {
            head.push(Item::Picture(p.picture.clone()));
            head.push(Item::Text(Line::new(
                i.ta(
                    "handbook-example",
                    &[("scenario", Arg::Str(p.scenario.clone()))],
                ),
                SMALL,
                0.0,
                GREY,
            )));
        }
        None => head.push(Item::Text(Line::new(
            i.ta(
                "handbook-no-picture",
                &[("city", Arg::Str(m.name_in(s.lang).to_string()))],
            ),
            SMALL,
            0.0,
            RED,
        ))),
    }
    v.push(Item::Keep(head));
    let labelled = |label: &str, body: String| {
        Item::Keep(vec![
            Item::Gap(2.0),
            Item::Text(Line::new(i.t(label), SMALL, 0.0, NAVY)),
            Item::Text(Line::new(body, BODY, 10.0, INK)),
        ])
    };
    // A private reason's screen says less than the rule: both are shown, the rule marked as
    // the trainer's. Otherwise the screen states the rule itself.
    if reason.is_private() {
        v.push(labelled("handbook-screen", text.rule.clone()));
        v.push(labelled(
            "handbook-rule-private",
            refusal::trainer_rule(i, &r, m),
        ));
    } else {
        v.push(labelled("handbook-rule", text.rule.clone()));
    }
    v.push(labelled("handbook-next", text.next_step));
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

/// The languages whose handbook the bundled face prints (checked, not assumed).
pub fn printable_languages(font: &FontFace) -> Vec<&'static str> {
    crate::i18n::LOCALES
        .iter()
        .filter(|(code, source)| lacking(font, &sample(code, source)).is_empty())
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

fn lacking(font: &FontFace, text: &str) -> String {
    let mut chars: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && font.glyph(*c).is_none())
        .collect();
    chars.sort_unstable();
    chars.dedup();
    chars.into_iter().take(12).collect()
}

/// The handbook as a PDF.
pub fn to_pdf(s: &Sources<'_>, font: &FontFace) -> Result<Vec<u8>, HandbookError> {
    let items = items(s);
    let missing = lacking(font, &all_text(&items));
    if !missing.is_empty() {
        return Err(HandbookError::Script {
            lang: s.lang.to_string(),
            chars: missing,
            supported: printable_languages(font).join(", "),
        });
    }
    let title = I18n::in_lang(s.lang).t("handbook-title");
    let mark = I18n::in_lang(s.lang).t("handbook-mark");
    let frame = Frame {
        title: &title,
        mark: &mark,
    };
    Ok(handout::to_pdf(font, frame, items)?)
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
    let shots = if pictures {
        refusal_pictures(&assets.join("scenarios"), municipality, lang)
    } else {
        BTreeMap::new()
    };
    let font = FontFace::from_file(&assets.join(crate::certificate::pdf::BUNDLED_FONT_IN_ASSETS))?;
    let bytes = to_pdf(
        &Sources {
            municipality: &m,
            vendors: &vendors,
            lang,
            at,
            pictures: &shots,
        },
        &font,
    )?;
    crate::output::write_file(out, &bytes)?;
    Ok(out.to_path_buf())
}
