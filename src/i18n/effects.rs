//! Effects in words: the line the trainer's log and the JSON outcome's `note` show for each
//! effect, and what the live region (and the speech guide) announces. Keys `effect-*` and
//! `live-*` in `locales/*.ftl`.

use crate::domain::effect::Effect;
use crate::domain::municipality::{CertificateKind, Municipality};
use crate::domain::session::Fault;
use crate::domain::vendor::look::OtherService;
use crate::i18n::{Arg, I18n, refusal};

fn kind(i: &I18n, k: CertificateKind) -> Arg {
    Arg::Str(i.t(&format!("cert-kind-{}", k.code())))
}

fn fault(i: &I18n, f: Fault) -> Arg {
    Arg::Str(i.fault(f))
}

fn other(i: &I18n, s: OtherService) -> Arg {
    Arg::Str(i.t(&format!("home-service-{}", s.code())))
}

/// What the home menu's notice says when a service the emulator lacks is touched (the speech
/// guide reads it with the screen; the live region's status is the short `live-not-here`).
pub fn not_here(i: &I18n, s: OtherService) -> String {
    i.ta(
        "home-not-here",
        &[
            ("service", other(i, s)),
            ("services", Arg::Str(i.t("home-services"))),
        ],
    )
}

/// The log line for one effect.
pub fn note(i: &I18n, e: &Effect, m: &Municipality) -> String {
    let key = format!("effect-{}", e.name());
    let yen = |y: u32| Arg::Str(i.yen(y));
    let n = |x: u32| Arg::Num(i64::from(x));
    match e {
        Effect::LanguageChanged { lang } => i.ta(&key, &[("lang", Arg::Str(lang.clone()))]),
        Effect::OtherServiceTouched { service: s } => i.ta(&key, &[("service", other(i, *s))]),
        Effect::PinRejected { tries_left } => {
            i.ta(&key, &[("tries", Arg::Num(i64::from(*tries_left)))])
        }
        Effect::RegistrationAccepted { ready_on } => {
            i.ta(&key, &[("date", Arg::Str(i.date(*ready_on)))])
        }
        Effect::SelectionStarted { certificate } | Effect::SelectionReopened { certificate } => {
            i.ta(&key, &[("kind", kind(i, *certificate))])
        }
        Effect::SelectionAdded {
            certificate,
            copies,
            fee_yen,
        } => i.ta(
            &key,
            &[
                ("kind", kind(i, *certificate)),
                ("copies", n(*copies)),
                ("fee", yen(*fee_yen)),
            ],
        ),
        Effect::Total { yen: y } | Effect::PaymentDue { yen: y } => {
            i.ta(&key, &[("amount", yen(*y))])
        }
        Effect::MoneyAccepted {
            yen: y,
            remaining_yen,
        } => i.ta(
            &key,
            &[("amount", yen(*y)), ("remaining", yen(*remaining_yen))],
        ),
        Effect::MoneyReturned { yen: y, why } => i.ta(
            &key,
            &[
                ("amount", yen(*y)),
                (
                    "why",
                    Arg::Str(i.t(&format!("effect-returned-{}", why.name()))),
                ),
            ],
        ),
        Effect::PrintingStarted { copies } => i.ta(&key, &[("copies", n(*copies))]),
        Effect::CopyPrinted { .. } | Effect::PrinterHalted { .. } => printed(i, &key, e),
        Effect::PrinterStopped { fault: f }
        | Effect::FaultArmed { fault: f }
        | Effect::PrinterResumed { fault: f } => i.ta(&key, &[("fault", fault(i, *f))]),
        Effect::OutputFailed { path, error } => i.ta(
            &key,
            &[
                ("path", Arg::Str(path.clone())),
                ("error", Arg::Str(error.clone())),
            ],
        ),
        Effect::Refused(r) => i.ta(&key, &[("sentence", Arg::Str(refusal::sentence(i, r, m)))]),
        Effect::InactivityWarning { seconds_left } => i.ta(&key, &[("seconds", n(*seconds_left))]),
        Effect::SessionEnded { status: s } => i.ta(
            &key,
            &[(
                "status",
                Arg::Str(i.t(&format!("effect-status-{}", s.name()))),
            )],
        ),
        Effect::CardRead
        | Effect::CardTakenOff
        | Effect::CardMayBeRemoved
        | Effect::PinAccepted
        | Effect::PinLocked
        | Effect::PrintingDone
        | Effect::RefusalLeft
        | Effect::TimeExtended
        | Effect::TimedOut
        | Effect::ReturnedHome => i.t(&key),
    }
}

/// The log lines of the printer's progress: a copy out, or the job stopped mid-way.
fn printed(i: &I18n, key: &str, e: &Effect) -> String {
    let n = |x: u32| Arg::Num(i64::from(x));
    match e {
        Effect::CopyPrinted {
            certificate,
            issue_number,
            copy,
            of,
            ..
        } => i.ta(
            key,
            &[
                ("kind", kind(i, *certificate)),
                ("copy", n(*copy)),
                ("of", n(*of)),
                ("number", Arg::Str(issue_number.to_string())),
            ],
        ),
        Effect::PrinterHalted {
            fault: f,
            printed,
            of,
        } => i.ta(
            key,
            &[
                ("fault", fault(i, *f)),
                ("printed", n(*printed)),
                ("of", n(*of)),
            ],
        ),
        _ => i.t(key),
    }
}

/// The effects of one step as one line ("" for none).
pub fn notes(i: &I18n, effects: &[Effect], m: &Municipality) -> String {
    effects
        .iter()
        .map(|e| note(i, e, m))
        .collect::<Vec<_>>()
        .join("; ")
}

/// What the live region announces for an effect, if it is one the domain announces.
pub fn live(i: &I18n, e: &Effect) -> Option<String> {
    if !e.announced() {
        return None;
    }
    Some(match e {
        Effect::CardRead => i.t("live-card-placed"),
        Effect::OtherServiceTouched { service } => {
            i.ta("live-not-here", &[("service", other(i, *service))])
        }
        Effect::CardTakenOff => i.t("live-card-removed"),
        Effect::CardMayBeRemoved => i.t("live-card-can-remove"),
        Effect::PinRejected { tries_left } => {
            i.ta("pin-wrong", &[("tries", Arg::Num(i64::from(*tries_left)))])
        }
        Effect::MoneyReturned { yen, .. } => {
            i.ta("live-returned", &[("amount", Arg::Str(i.yen(*yen)))])
        }
        Effect::PrintingDone => i.t("live-printing-done"),
        Effect::PrinterHalted { fault: f, .. } => {
            i.ta("live-printer-halted", &[("fault", fault(i, *f))])
        }
        Effect::PrinterResumed { .. } => i.t("live-printer-resumed"),
        _ => return None,
    })
}
