//! The handbook's refusal section: for each reason, its title, code and next step, the screen
//! (a picture when a bundled scenario shows it), the rule and what the resident should do next,
//! all rendered by [`crate::i18n::refusal`] from the refusal's facts.

use chrono::{DateTime, Duration};
use chrono_tz::Tz;

use crate::domain::calendar::year_end_stop_around;
use crate::domain::municipality::Municipality;
use crate::domain::next_step::NextStep;
use crate::domain::reason::Reason;
use crate::domain::refusal::{Facts, Refusal};
use crate::domain::registry::CardKind;
use crate::handout::{Item, Line};
use crate::i18n::{Arg, I18n, refusal};
use crate::pdf::{GREY, INK, NAVY, RED};

use super::Sources;
use super::content::{BODY, H3, SMALL};

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
/// only where the profile sets one.
fn applies(reason: Reason, m: &Municipality) -> bool {
    match reason {
        Reason::FamilyRegisterHours => m.offers.values().any(|o| o.window.is_some()),
        _ => true,
    }
}

/// The refusal of `reason` the handbook shows: the one a bundled scenario played, else one
/// made from the profile.
pub(super) fn refusal_for(reason: Reason, s: &Sources<'_>) -> Refusal {
    s.pictures.get(&reason).map_or_else(
        || example_refusal(reason, s.municipality, s.at),
        |p| p.refusal.clone(),
    )
}

/// One reason's entry (its code is in the appendix only).
pub(super) fn refusal_entry(v: &mut Vec<Item>, i: &I18n, s: &Sources<'_>, reason: Reason) {
    let m = s.municipality;
    let shot = s.pictures.get(&reason);
    if !applies(reason, m) {
        let title = refusal::text(i, &refusal_for(reason, s), m).title;
        v.push(Item::Keep(vec![
            Item::Gap(8.0),
            Item::Text(Line::new(title, H3, 0.0, INK)),
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
    let r = refusal_for(reason, s);
    let text = refusal::text(i, &r, m);
    let next = NextStep::for_reason(reason);
    let mut head = vec![
        Item::Gap(8.0),
        Item::Text(Line::new(text.title.clone(), H3, 0.0, INK)),
        Item::Text(Line::new(
            i.ta(
                "handbook-refusal-next",
                &[("next", Arg::Str(i.t(&format!("next-step-{}", next.code()))))],
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
                i.t("handbook-example-screen"),
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
