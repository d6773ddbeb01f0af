//! Events in words: what the trainer console's event log and the training record say a
//! resident (or the trainer) did and what the kiosk did in return, as one sentence in the
//! reader's language ("PIN entered (4 digits) → Wrong PIN: 2 tries left"). Keys
//! `trainer-ev-*`, `trainer-screen-*`, `trainer-language-*` and `trainer-log-*` in
//! `locales/*.ftl`; the kiosk's results are the effects' own words ([`super::effects`]), the
//! buttons the panel's own words, the options the option screen's words.
//!
//! Decisions:
//! - A PIN is never in words: the sentence says that four digits were entered, whatever the
//!   event carries.
//! - An effect that only restates its event (the language chosen, the certificate chosen, the
//!   fault armed) is left out of the result, so a line says each thing once.

use chrono::{NaiveDateTime, Timelike};

use crate::domain::effect::Effect;
use crate::domain::municipality::Municipality;
use crate::domain::session::{Event, Fault, LogEntry};
use crate::domain::vocab::{CertOptions, Extent, Scope};
use crate::i18n::{Arg, I18n, effects, format, refusal};

/// The log's label of the window's own "walk away" (not an event of the session).
pub const WALK_AWAY: &str = "WalkAway";

/// A screen's short name ("PIN", "Refusal"), from its snake_case name.
pub fn screen(i: &I18n, name: &str) -> String {
    i.t(&format!("trainer-screen-{name}"))
}

/// A screen language's name in the reader's language ("English" in English, 英語 in
/// Japanese); an unknown code as it is.
pub fn language(i: &I18n, code: &str) -> String {
    let key = format!("trainer-language-{code}");
    let name = i.t(&key);
    if name == key { code.to_string() } else { name }
}

/// The options chosen, in the option screen's words (only what differs from the defaults:
/// the holder only, no extra lines, the latest year, the whole register).
pub fn options(i: &I18n, o: &CertOptions) -> String {
    let labelled = |label: &str, value: String| {
        i.ta(
            "trainer-ev-labelled",
            &[("label", Arg::Str(i.t(label))), ("value", Arg::Str(value))],
        )
    };
    let mut parts = Vec::new();
    match &o.scope {
        Scope::Holder => {}
        Scope::Household => parts.push(i.t("opt-scope-household")),
        Scope::Members(ids) => parts.push(labelled("opt-scope-members", i.list(ids))),
    }
    for (on, key) in [
        (o.relationship, "opt-relationship"),
        (o.domicile, "opt-domicile"),
        (o.nationality, "opt-nationality"),
        (o.residence_status, "opt-residence-status"),
        (o.residence_card, "opt-residence-card"),
        (o.my_number, "opt-my-number"),
    ] {
        if on {
            parts.push(i.t(key));
        }
    }
    if let Some(y) = o.year {
        parts.push(labelled("opt-year", i.fiscal_year(y)));
    }
    if o.extent == Extent::Individual {
        parts.push(i.t("opt-extent-individual"));
    }
    if let Some(p) = &o.person {
        parts.push(labelled("opt-person", p.clone()));
    }
    if parts.is_empty() {
        i.t("trainer-ev-options-default")
    } else {
        i.ta(
            "trainer-ev-options",
            &[("options", Arg::Str(i.list(&parts)))],
        )
    }
}

/// A press of the panel's button `key`, in the panel's own words.
fn press(i: &I18n, key: &str) -> String {
    let button = i.ta(key, &[("vendor", Arg::Str("other".into()))]);
    i.ta("trainer-ev-press", &[("button", Arg::Str(button))])
}

/// What a person (or the trainer) did, in words.
pub fn event(i: &I18n, ev: &Event) -> String {
    let with = |key: &str, name: &str, value: Arg| i.ta(key, &[(name, value)]);
    match ev {
        Event::Language(code) => with("trainer-ev-language", "lang", Arg::Str(language(i, code))),
        Event::Services => press(i, "home-services"),
        Event::OtherService(s) => press(i, &format!("home-service-{}", s.code())),
        Event::CertIssue => press(i, "services-cert-issue"),
        Event::Consent => press(i, "consent-agree"),
        Event::PlaceCard(card) => with("trainer-ev-place-card", "card", Arg::Str(card.clone())),
        Event::Next => press(i, "btn-next"),
        Event::RemoveCard => i.t("trainer-ev-remove-card"),
        Event::Residence => press(i, "path-residence"),
        Event::Domicile => press(i, "path-domicile"),
        Event::RegisterDomicile => press(i, "path-register"),
        Event::Pin(_) => i.t("trainer-ev-pin"),
        Event::Certificate(k) => with(
            "trainer-ev-certificate",
            "kind",
            Arg::Str(i.t(&format!("cert-kind-{}", k.code()))),
        ),
        Event::Options(o) => options(i, o),
        Event::Copies(n) => with("trainer-ev-copies", "copies", Arg::Num(i64::from(*n))),
        Event::AddAnother => press(i, "confirm-add"),
        Event::Confirm => press(i, "confirm-pay"),
        Event::Insert(y) => with("trainer-ev-insert", "amount", Arg::Str(i.yen(*y))),
        Event::PrinterStep => i.t("trainer-ev-printer-step"),
        Event::TakeItems => i.t("trainer-ev-take-items"),
        Event::Back => press(i, "btn-back"),
        Event::Cancel => press(i, "btn-cancel"),
        Event::Tick(t) => with("trainer-ev-tick", "time", Arg::Str(i.time(t.time()))),
        Event::Extend => press(i, "warning-extend"),
        Event::ClearFault => i.t("trainer-ev-clear-fault"),
        Event::Fault {
            fault,
            after_copies,
        } => {
            // Only the printer's faults wait for copies to be printed.
            let key = match fault {
                Fault::PaperJam | Fault::OutOfPaper if *after_copies > 0 => {
                    "trainer-ev-fault-after"
                }
                _ => "trainer-ev-fault",
            };
            i.ta(
                key,
                &[
                    ("fault", Arg::Str(i.fault(*fault))),
                    ("after", Arg::Num(i64::from(*after_copies))),
                ],
            )
        }
    }
}

/// What one effect did, as the console says it: the effect's own words, the language by its
/// name, a refusal by its title (its rule and next step follow on lines of their own).
pub fn effect(i: &I18n, e: &Effect, m: &Municipality) -> String {
    match e {
        Effect::LanguageChanged { lang } => i.ta(
            "effect-language_changed",
            &[("lang", Arg::Str(language(i, lang)))],
        ),
        Effect::Refused(r) => i.ta(
            "effect-refused",
            &[("sentence", Arg::Str(refusal::text(i, r, m).title))],
        ),
        e => effects::note(i, e, m),
    }
}

/// Whether `e` only restates `ev` (left out of the line).
fn restates(ev: Option<&Event>, e: &Effect) -> bool {
    matches!(
        (ev, e),
        (Some(Event::Language(_)), Effect::LanguageChanged { .. })
            | (Some(Event::Certificate(_)), Effect::SelectionStarted { .. })
            | (Some(Event::Fault { .. }), Effect::FaultArmed { .. })
    )
}

/// The event of a log entry in words: `ev` when the window kept it, the window's walk-away,
/// else the session's label.
pub fn what(i: &I18n, ev: Option<&Event>, label: &str) -> String {
    match ev {
        Some(ev) => event(i, ev),
        None if label == WALK_AWAY => i.t("trainer-ev-walk-away"),
        None => label.to_string(),
    }
}

/// What the kiosk did in return: the effects (each once) and the screen it went to; `None`
/// when the event itself says all it did (a language chosen).
pub fn result(i: &I18n, ev: Option<&Event>, e: &LogEntry, m: &Municipality) -> Option<String> {
    let mut parts: Vec<String> = e
        .effects
        .iter()
        .filter(|x| !restates(ev, x))
        .map(|x| effect(i, x, m))
        .collect();
    if e.from != e.to {
        parts.push(i.ta(
            "trainer-log-screen",
            &[("screen", Arg::Str(screen(i, e.to)))],
        ));
    }
    match (parts.is_empty(), e.effects.is_empty()) {
        (false, _) => Some(i.list(&parts)),
        (true, true) => Some(i.t("trainer-log-nothing")),
        (true, false) => None,
    }
}

/// The entry as one sentence, without its time: "PIN entered (4 digits) → Wrong PIN: 2 tries
/// left".
pub fn said(i: &I18n, ev: Option<&Event>, e: &LogEntry, m: &Municipality) -> String {
    let event = what(i, ev, &e.event);
    match result(i, ev, e, m) {
        Some(result) => i.ta(
            "trainer-log-said",
            &[("event", Arg::Str(event)), ("result", Arg::Str(result))],
        ),
        None => event,
    }
}

/// An event the session did not accept, in words.
pub fn rejected(i: &I18n, ev: Option<&Event>) -> String {
    let event = ev.map_or_else(|| i.t("trainer-ev-unknown"), |ev| event(i, ev));
    i.ta("trainer-log-rejected", &[("event", Arg::Str(event))])
}

/// The time of day of a log entry's `at` (`2026-11-25 10:00:05`) as `HH:MM:SS` in the
/// language's digits; the text as it is when it is not such a time.
pub fn clock(i: &I18n, at: &str) -> String {
    match NaiveDateTime::parse_from_str(at, "%Y-%m-%d %H:%M:%S") {
        Ok(t) => format::in_digits(
            i.lang(),
            &format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second()),
        ),
        Err(_) => at.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::Screen;

    fn entry(event: &str, from: Screen, to: Screen, effects: Vec<Effect>) -> LogEntry {
        LogEntry {
            at: "2026-11-25 10:00:05".into(),
            event: event.into(),
            from: from.name(),
            to: to.name(),
            effects,
        }
    }

    fn tsukuba() -> Municipality {
        crate::kiosk::load_municipality("tsukuba").expect("profile")
    }

    #[test]
    fn a_pin_is_said_without_its_digits_and_with_the_tries_left() {
        let m = tsukuba();
        let e = entry(
            "Pin(****)",
            Screen::Pin,
            Screen::Pin,
            vec![Effect::PinRejected { tries_left: 2 }],
        );
        let ev = Event::Pin("1234".into());
        let ja = said(&I18n::in_lang("ja"), Some(&ev), &e, &m);
        assert!(ja.contains("暗証番号") && ja.contains('2'), "{ja}");
        assert!(!ja.contains("1234"), "{ja}");
        let en = said(&I18n::in_lang("en"), Some(&ev), &e, &m);
        assert!(en.starts_with("PIN entered (4 digits) → "), "{en}");
        assert!(en.contains("2 tries left"), "{en}");
    }

    #[test]
    fn options_are_the_option_screens_words_never_the_struct() {
        let i = I18n::in_lang("ja");
        let o = CertOptions {
            scope: Scope::Household,
            relationship: true,
            ..CertOptions::default()
        };
        let s = event(&i, &Event::Options(o));
        assert!(s.contains("世帯全員") && s.contains("続柄"), "{s}");
        assert!(
            !s.contains("CertOptions") && !s.contains("Household"),
            "{s}"
        );
        let plain = event(&i, &Event::Options(CertOptions::default()));
        assert!(!plain.is_empty() && !plain.contains('{'), "{plain}");
    }

    #[test]
    fn every_event_and_screen_has_words_in_every_language() {
        let events = [
            Event::Language("en".into()),
            Event::Services,
            Event::CertIssue,
            Event::Consent,
            Event::PlaceCard("card-x".into()),
            Event::Next,
            Event::RemoveCard,
            Event::Residence,
            Event::Domicile,
            Event::RegisterDomicile,
            Event::Pin("****".into()),
            Event::Certificate(crate::domain::municipality::CertificateKind::SealCertificate),
            Event::Copies(2),
            Event::AddAnother,
            Event::Confirm,
            Event::Insert(1000),
            Event::PrinterStep,
            Event::TakeItems,
            Event::Back,
            Event::Cancel,
            Event::Extend,
            Event::Fault {
                fault: Fault::PaperJam,
                after_copies: 1,
            },
        ];
        for (code, _) in crate::i18n::LOCALES {
            let i = I18n::in_lang(code);
            for ev in &events {
                let s = event(&i, ev);
                assert!(!s.is_empty() && !s.contains('{'), "{code}: {ev:?}: {s}");
                assert!(!s.contains("trainer-"), "{code}: {ev:?}: {s}");
            }
            for s in <Screen as strum::IntoEnumIterator>::iter() {
                let name = screen(&i, s.name());
                assert!(!name.starts_with("trainer-"), "{code}: {name}");
            }
            for (other, _) in crate::i18n::LOCALES {
                assert!(!language(&i, other).starts_with("trainer-"), "{code}");
            }
        }
    }

    #[test]
    fn the_time_is_in_the_languages_digits() {
        assert_eq!(
            clock(&I18n::in_lang("en"), "2026-11-25 10:00:05"),
            "10:00:05"
        );
        assert_eq!(
            clock(&I18n::in_lang("ne"), "2026-11-25 10:00:05"),
            "१०:००:०५"
        );
        assert_eq!(clock(&I18n::in_lang("en"), "later"), "later");
    }
}
