//! One step of a scenario file: its `do`, its value and options, checked and located.

use toml::Spanned;

use super::*;

pub(super) fn step(n: usize, s: &Spanned<RawStep>, src: &Source) -> Result<StepSpec, InputError> {
    let raw = s.get_ref();
    let name = raw.action.get_ref().as_str();
    let at_value = || raw.value.as_ref().map_or(raw.action.span(), Spanned::span);
    let err = |span: Range<usize>, msg: String| {
        src.error_at(Some(span), format!("step {n} `{name}`: {msg}"))
    };
    let text = || -> Result<String, InputError> {
        match raw.value.as_ref().map(|v| v.get_ref()) {
            Some(toml::Value::String(v)) => Ok(v.clone()),
            _ => Err(err(at_value(), "needs `value = \"…\"` (a string)".into())),
        }
    };
    let int = || -> Result<u32, InputError> {
        match raw.value.as_ref().map(|v| v.get_ref()) {
            Some(toml::Value::Integer(v)) if *v >= 0 && *v <= i64::from(u32::MAX) => Ok(*v as u32),
            _ => Err(err(at_value(), "needs `value = N` (a whole number)".into())),
        }
    };
    let action = match name {
        "language" => Action::Language(text()?),
        "services" => Action::Services,
        "other_service" => {
            let v = text()?;
            let Some(s) = OtherService::from_code(&v) else {
                return Err(err(
                    at_value(),
                    format!(
                        "unknown service `{v}`; expected one of {}",
                        OtherService::ALL.map(OtherService::code).join(", ")
                    ),
                ));
            };
            Action::OtherService(s)
        }
        "cert_issue" => Action::CertIssue,
        "consent" => Action::Consent,
        "place_card" => Action::PlaceCard(match raw.value {
            Some(_) => Some(text()?),
            None => None,
        }),
        "next" => Action::Next,
        "residence" => Action::Residence,
        "domicile" => Action::Domicile,
        "register_domicile" => Action::RegisterDomicile,
        "pin" => {
            let v = text()?;
            if v == "correct" || v == "wrong" {
                Action::PinFromDeck(v == "correct")
            } else if !crate::domain::card::is_pin_format(&v) {
                // Never echo the value.
                return Err(err(
                    at_value(),
                    "a PIN is exactly 4 digits, written as a string, or \"correct\" or \"wrong\""
                        .into(),
                ));
            } else {
                Action::Pin(v)
            }
        }
        "remove_card" => Action::RemoveCard,
        "certificate" => {
            let v = text()?;
            let Some(kind) = CertificateKind::from_code(&v) else {
                return Err(err(
                    at_value(),
                    format!(
                        "unknown certificate `{v}`; expected one of {}",
                        CertificateKind::ALL.map(|k| k.code()).join(", ")
                    ),
                ));
            };
            let options = match &raw.options {
                Some(o) => Some(options(o, src, n)?),
                None => None,
            };
            Action::Certificate(kind, options)
        }
        "copies" => Action::Copies(int()?),
        "another" => Action::Another,
        "confirm" => Action::Confirm,
        "insert" => Action::Insert(int()?),
        "take_items" => Action::TakeItems,
        "back" => Action::Back,
        "cancel" => Action::Cancel,
        "extend" => Action::Extend,
        "wait" => {
            let Some(v) = raw.seconds.as_ref().or(raw.value.as_ref()) else {
                return Err(err(raw.action.span(), "needs `seconds = N`".into()));
            };
            Action::Wait(whole(v, "seconds", WAIT_SECONDS, src, n)?)
        }
        "fault" => {
            let v = text()?;
            let Some(f) = Fault::from_code(&v) else {
                return Err(err(
                    at_value(),
                    format!(
                        "unknown fault `{v}`; expected paper_jam, out_of_paper, card_unreadable or no_change"
                    ),
                ));
            };
            let after = match &raw.after_copies {
                Some(v) => whole(v, "after_copies", AFTER_COPIES, src, n)?,
                None => 0,
            };
            Action::Fault(f, after)
        }
        other => {
            return Err(err(
                raw.action.span(),
                format!(
                    "unknown step `{other}`; expected one of language, services, other_service, cert_issue, consent, place_card, next, residence, domicile, register_domicile, pin, remove_card, certificate, copies, another, confirm, insert, take_items, back, cancel, wait, extend, fault"
                ),
            ));
        }
    };
    Ok(StepSpec {
        action,
        note: raw.note.clone(),
        span: s.span(),
    })
}

/// A whole number in `range`, else an error at its span (a negative wait, or one past the
/// range, is never wrapped or clamped).
fn whole(
    v: &Spanned<toml::Value>,
    field: &str,
    range: std::ops::RangeInclusive<i64>,
    src: &Source,
    n: usize,
) -> Result<u32, InputError> {
    let bad = || {
        src.error_at(
            Some(v.span()),
            format!(
                "step {n}: `{field}` must be a whole number {}..={}",
                range.start(),
                range.end()
            ),
        )
    };
    match v.get_ref() {
        toml::Value::Integer(x) if range.contains(x) => u32::try_from(*x).map_err(|_| bad()),
        _ => Err(bad()),
    }
}

fn options(o: &Spanned<RawOptions>, src: &Source, n: usize) -> Result<CertOptions, InputError> {
    let r = o.get_ref();
    let err = |msg: &str| src.error_at(Some(o.span()), format!("step {n} options: {msg}"));
    let scope = match (r.scope.as_deref(), r.members.is_empty()) {
        (None | Some("self" | "holder"), true) => Scope::Holder,
        (Some("household"), true) => Scope::Household,
        (None | Some("members"), false) => Scope::Members(r.members.clone()),
        (Some("members"), true) => {
            return Err(err(
                "scope = \"members\" needs members = [\"person-id\", …]",
            ));
        }
        (Some(s), _) => {
            return Err(err(&format!(
                "unknown scope `{s}` (self, household, members); members only with scope = \"members\""
            )));
        }
    };
    let extent = match r.register.as_deref() {
        None | Some("whole") => Extent::Whole,
        Some("individual") => Extent::Individual,
        Some(other) => {
            return Err(err(&format!(
                "register must be \"whole\" or \"individual\", not `{other}`"
            )));
        }
    };
    Ok(CertOptions {
        scope,
        relationship: r.relationship,
        domicile: r.domicile,
        nationality: r.nationality,
        residence_status: r.residence_status,
        residence_card: r.residence_card,
        my_number: r.my_number,
        year: r.year,
        extent,
        person: r.person.clone(),
    })
}
