//! One step of a scenario file: its `do`, its value and options, checked and located.

use std::ops::Range;

use strum::IntoEnumIterator;
use toml::Spanned;

use super::{AFTER_COPIES, Action, RawOptions, RawStep, StepKind, StepSpec, WAIT_SECONDS};
use crate::domain::keypad::PadKey;
use crate::domain::municipality::CertificateKind;
use crate::domain::session::{CertOptions, Extent, Fault, Scope};
use crate::domain::vendor::look::OtherService;
use crate::error::{InputError, Source};

pub(super) fn step(n: usize, s: &Spanned<RawStep>, src: &Source) -> Result<StepSpec, InputError> {
    let raw = s.get_ref();
    let r = Reading {
        n,
        name: raw.action.get_ref().as_str(),
        raw,
        src,
    };
    let Ok(kind) = r.name.parse::<StepKind>() else {
        let names: Vec<&str> = StepKind::iter().map(StepKind::name).collect();
        return Err(r.err(
            raw.action.span(),
            format!(
                "unknown step `{}`; expected one of {}",
                r.name,
                names.join(", ")
            ),
        ));
    };
    let action = match kind {
        StepKind::Language => Action::Language(r.text()?),
        StepKind::Services => Action::Services,
        StepKind::OtherService => r.other_service()?,
        StepKind::CertIssue => Action::CertIssue,
        StepKind::Consent => Action::Consent,
        StepKind::PlaceCard => Action::PlaceCard(match raw.value {
            Some(_) => Some(r.text()?),
            None => None,
        }),
        StepKind::Next => Action::Next,
        StepKind::Residence => Action::Residence,
        StepKind::Domicile => Action::Domicile,
        StepKind::RegisterDomicile => Action::RegisterDomicile,
        StepKind::Pin => r.pin()?,
        StepKind::RemoveCard => Action::RemoveCard,
        StepKind::Certificate => r.certificate()?,
        StepKind::Options => r.options_step()?,
        StepKind::Copies => Action::Copies(r.int()?),
        StepKind::Another => Action::Another,
        StepKind::Confirm => Action::Confirm,
        StepKind::Insert => Action::Insert(r.int()?),
        StepKind::TakeItems => Action::TakeItems,
        StepKind::Back => Action::Back,
        StepKind::Cancel => Action::Cancel,
        StepKind::Extend => Action::Extend,
        StepKind::Wait => r.wait()?,
        StepKind::Fault => r.fault()?,
        StepKind::Key => r.key()?,
        StepKind::ClearFault => Action::ClearFault,
    };
    Ok(StepSpec {
        action,
        note: raw.note.clone(),
        span: s.span(),
    })
}

/// A step being read: its number, its `do` and the file, so that every message about it is
/// located and starts the same way.
struct Reading<'a> {
    n: usize,
    name: &'a str,
    raw: &'a RawStep,
    src: &'a Source,
}

impl Reading<'_> {
    /// Where a message about the value points: the value, else the `do`.
    fn at_value(&self) -> Range<usize> {
        self.raw
            .value
            .as_ref()
            .map_or(self.raw.action.span(), Spanned::span)
    }

    /// An error at `span`, after the step's number and `do`.
    fn err(&self, span: Range<usize>, msg: String) -> InputError {
        let (n, name) = (self.n, self.name);
        self.src
            .error_at(Some(span), format!("step {n} `{name}`: {msg}"))
    }

    /// The value, which must be a string.
    fn text(&self) -> Result<String, InputError> {
        match self.raw.value.as_ref().map(|v| v.get_ref()) {
            Some(toml::Value::String(v)) => Ok(v.clone()),
            _ => Err(self.err(self.at_value(), "needs `value = \"…\"` (a string)".into())),
        }
    }

    /// The value, which must be a whole number that fits a `u32`.
    fn int(&self) -> Result<u32, InputError> {
        match self.raw.value.as_ref().map(|v| v.get_ref()) {
            Some(toml::Value::Integer(v)) if *v >= 0 && *v <= i64::from(u32::MAX) => Ok(*v as u32),
            _ => Err(self.err(self.at_value(), "needs `value = N` (a whole number)".into())),
        }
    }

    /// `do = "key"`: `value = "8"` (or `8`), `"enter"`, `"clear"`, `"cancel"`, `"repeat"`,
    /// `"stop"`.
    fn key(&self) -> Result<Action, InputError> {
        let name = match self.raw.value.as_ref().map(|v| v.get_ref()) {
            Some(toml::Value::String(v)) => v.clone(),
            Some(toml::Value::Integer(v)) => v.to_string(),
            _ => String::new(),
        };
        match PadKey::from_name(&name) {
            Some(k) => Ok(Action::Key(k)),
            None => {
                let names: Vec<&str> = PadKey::NAMES.iter().map(|(n, _)| *n).collect();
                Err(self.err(
                    self.at_value(),
                    format!(
                        "needs `value` = a digit \"0\"–\"9\" or one of {}",
                        names.join(", ")
                    ),
                ))
            }
        }
    }

    /// `do = "other_service"`: a service of the home menu other than certificates.
    fn other_service(&self) -> Result<Action, InputError> {
        let v = self.text()?;
        let Some(s) = OtherService::from_code(&v) else {
            return Err(self.err(
                self.at_value(),
                format!(
                    "unknown service `{v}`; expected one of {}",
                    OtherService::ALL.map(OtherService::code).join(", ")
                ),
            ));
        };
        Ok(Action::OtherService(s))
    }

    /// `do = "pin"`: four digits, or the deck's PIN (`correct`) or another (`wrong`).
    fn pin(&self) -> Result<Action, InputError> {
        let v = self.text()?;
        if v == "correct" || v == "wrong" {
            Ok(Action::PinFromDeck(v == "correct"))
        } else if !crate::domain::card::is_pin_format(&v) {
            // Never echo the value.
            Err(self.err(
                self.at_value(),
                "a PIN is exactly 4 digits, written as a string, or \"correct\" or \"wrong\""
                    .into(),
            ))
        } else {
            Ok(Action::Pin(v))
        }
    }

    /// `do = "certificate"`: the kind, and its options if the step gives them.
    fn certificate(&self) -> Result<Action, InputError> {
        let v = self.text()?;
        let Some(kind) = CertificateKind::from_code(&v) else {
            return Err(self.err(
                self.at_value(),
                format!(
                    "unknown certificate `{v}`; expected one of {}",
                    CertificateKind::ALL.map(|k| k.code()).join(", ")
                ),
            ));
        };
        let options = match &self.raw.options {
            Some(o) => Some(options(o, self.src, self.n)?),
            None => None,
        };
        Ok(Action::Certificate(kind, options))
    }

    /// `do = "options"`: "Next" on the options screen with the step's `options` (none given:
    /// the defaults).
    fn options_step(&self) -> Result<Action, InputError> {
        let o = match &self.raw.options {
            Some(o) => options(o, self.src, self.n)?,
            None => CertOptions::default(),
        };
        Ok(Action::Options(o))
    }

    /// `do = "wait"`: the seconds, from `seconds` or else `value`.
    fn wait(&self) -> Result<Action, InputError> {
        let raw = self.raw;
        let Some(v) = raw.seconds.as_ref().or(raw.value.as_ref()) else {
            return Err(self.err(raw.action.span(), "needs `seconds = N`".into()));
        };
        Ok(Action::Wait(whole(
            v,
            "seconds",
            WAIT_SECONDS,
            self.src,
            self.n,
        )?))
    }

    /// `do = "fault"`: the fault, and after how many copies a printer fault strikes.
    fn fault(&self) -> Result<Action, InputError> {
        let v = self.text()?;
        let Some(f) = Fault::from_code(&v) else {
            return Err(self.err(
                self.at_value(),
                format!(
                    "unknown fault `{v}`; expected one of {}",
                    Fault::iter()
                        .map(Fault::code)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        };
        let after = match &self.raw.after_copies {
            Some(v) => whole(v, "after_copies", AFTER_COPIES, self.src, self.n)?,
            None => 0,
        };
        Ok(Action::Fault(f, after))
    }
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
