//! The handbook's rule sections, from the profiles: service hours, certificates and fees, who
//! can use the kiosk (with each vendor's phones and cash), as the kiosk's own ftl sentences.

use chrono::{DateTime, NaiveDate};

use crate::domain::calendar::year_end_stop_around;
use crate::domain::eligibility::MIN_AGE;
use crate::domain::municipality::{CertificateKind, Municipality};
use crate::domain::registry::CardKind;
use crate::domain::vendor::Vendor;
use crate::handout::{Item, Line};
use crate::i18n::{Arg, I18n};
use crate::pdf::{GREY, INK, NAVY};

use super::Sources;

pub(super) const H1: f32 = 17.0;
pub(super) const H2: f32 = 13.0;
pub(super) const H3: f32 = 10.5;
pub(super) const BODY: f32 = 9.0;
pub(super) const SMALL: f32 = 8.0;

/// A vendor's name in the handbook's language (`handbook-vendor-<id>`; a vendor profile the
/// handbook has no words for keeps the profile's name).
pub(super) fn vendor_name(i: &I18n, vendor: &Vendor) -> String {
    let key = format!("handbook-vendor-{}", vendor.id);
    let said = i.t(&key);
    if said == key {
        vendor.name.clone()
    } else {
        said
    }
}

/// A section heading.
pub(super) fn h2(v: &mut Vec<Item>, s: String) {
    v.push(Item::Gap(10.0));
    v.push(Item::Heading(Line::new(s, H2, 0.0, NAVY)));
}

/// A body paragraph.
pub(super) fn p(v: &mut Vec<Item>, s: String) {
    v.push(Item::Text(Line::new(s, BODY, 10.0, INK)));
}

/// Service hours, the next year-end stop, announced maintenance, a family-register window.
pub(super) fn hours(v: &mut Vec<Item>, i: &I18n, s: &Sources<'_>) {
    let m = s.municipality;
    let cal = &m.calendar;
    let hm = |t: chrono::NaiveTime| Arg::Str(i.time(t));
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
        CertificateKind::ResidentRecordItems => vec![
            "opt-scope-holder",
            "opt-scope-household",
            "opt-scope-members",
            "opt-relationship",
        ],
        CertificateKind::FamilyRegister => vec!["opt-extent-whole", "opt-extent-individual"],
        CertificateKind::FamilyRegisterAppendix => vec!["opt-domicile"],
        CertificateKind::TaxCertificate
        | CertificateKind::TaxPaymentCertificate
        | CertificateKind::SealCertificate => Vec::new(),
    };
    keys.into_iter().map(|k| i.t(k)).collect()
}

/// Each certificate with its fee, who may get it, its options; what is not offered.
pub(super) fn certificates(v: &mut Vec<Item>, i: &I18n, m: &Municipality, today: NaiveDate) {
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

/// Who can use the kiosk; each vendor's phones and cash.
pub(super) fn users(v: &mut Vec<Item>, i: &I18n, s: &Sources<'_>) {
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
        let name = || ("vendor", Arg::Str(vendor_name(i, vendor)));
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
