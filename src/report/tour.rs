//! A scripted tour of the kiosk: the events (and machine actions) that bring a fresh kiosk to
//! each screen. The snapshot tests, the accessibility test (every screen × every language) and
//! the frame benchmark use it; it goes through `KioskApp::send` like any click.

use chrono::Duration;

use crate::domain::municipality::CertificateKind;
use crate::domain::session::{CertOptions, Event, Screen};
use crate::window::questionnaire::{Questionnaire, Stage};
use crate::window::{KioskApp, UiOptions};

/// A stop of the tour: a screen, or a notable state of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Home: the copier's services and the Language button.
    Home,
    /// Home: the language list open.
    HomeLanguages,
    /// Home: the notice after touching a service the emulator lacks (copy).
    HomeNotHere,
    /// Administrative services.
    Services,
    /// Sharp only: the notice to agree to.
    Consent,
    /// Place the card.
    PlaceCard,
    /// Residence / domicile / registration.
    Path,
    /// The PIN, two digits typed.
    Pin,
    /// The PIN after one wrong entry (tries left shown).
    PinWrong,
    /// Domicile registration accepted.
    Registered,
    /// Remove the card.
    RemoveCard,
    /// The certificate list.
    Certificate,
    /// Options of the resident certificate.
    Options,
    /// Copies.
    Copies,
    /// Confirmation.
    Confirm,
    /// Payment, ¥100 inserted.
    Payment,
    /// Printing, one of two copies done.
    Printing,
    /// Take your items after an issue.
    TakeItems,
    /// Out of service (23:30).
    OutOfService,
    /// Refused: the PIN is locked.
    Refusal,
    /// The inactivity warning.
    Warning,
    /// The questionnaire after a recorded session: the Single Ease Question.
    Seq,
    /// The questionnaire: a System Usability Scale statement (the longest, the fourth).
    Sus,
}

impl Stop {
    /// Every stop, in flow order.
    pub const ALL: [Stop; 23] = [
        Stop::Home,
        Stop::HomeLanguages,
        Stop::HomeNotHere,
        Stop::Services,
        Stop::Consent,
        Stop::PlaceCard,
        Stop::Path,
        Stop::Pin,
        Stop::PinWrong,
        Stop::Registered,
        Stop::RemoveCard,
        Stop::Certificate,
        Stop::Options,
        Stop::Copies,
        Stop::Confirm,
        Stop::Payment,
        Stop::Printing,
        Stop::TakeItems,
        Stop::OutOfService,
        Stop::Refusal,
        Stop::Warning,
        Stop::Seq,
        Stop::Sus,
    ];

    /// A short name (file names of snapshots).
    pub fn name(self) -> &'static str {
        match self {
            Stop::Home => "01_home",
            Stop::HomeLanguages => "01a_home_languages",
            Stop::HomeNotHere => "01b_home_not_here",
            Stop::Services => "02_services",
            Stop::Consent => "03_consent",
            Stop::PlaceCard => "04_place_card",
            Stop::Path => "05_path",
            Stop::Pin => "06_pin",
            Stop::PinWrong => "07_pin_wrong",
            Stop::Registered => "08_registered",
            Stop::RemoveCard => "09_remove_card",
            Stop::Certificate => "10_certificate",
            Stop::Options => "11_options",
            Stop::Copies => "12_copies",
            Stop::Confirm => "13_confirm",
            Stop::Payment => "14_payment",
            Stop::Printing => "15_printing",
            Stop::TakeItems => "16_take_items",
            Stop::OutOfService => "17_out_of_service",
            Stop::Refusal => "18_refusal",
            Stop::Warning => "19_warning",
            Stop::Seq => "20_seq",
            Stop::Sus => "21_sus",
        }
    }

    /// Whether the stop exists on this vendor's machine.
    pub fn on(self, vendor: &str) -> bool {
        self != Stop::Consent || vendor == "sharp"
    }
}

/// Options for a repeatable tour: 25 Nov 2026 10:00 JST, paused clock, journal in memory, no
/// PDFs, printing that waits for the tour.
pub fn options(vendor: &str, lang: &str) -> UiOptions {
    UiOptions {
        vendor: vendor.to_string(),
        lang: lang.to_string(),
        at: crate::domain::calendar::parse_instant("2026-11-25T10:00:00+09:00").ok(),
        clock_paused: true,
        memory_store: true,
        pdf: false,
        open_files: false,
        print_seconds_per_copy: 10_000.0,
        speech_audio: false,
        ..UiOptions::default()
    }
}

fn need(app: &KioskApp, screen: Screen) -> Result<(), String> {
    if app.session().screen() == screen {
        Ok(())
    } else {
        Err(format!(
            "expected the {} screen, got {} ({:?})",
            screen.name(),
            app.session().screen().name(),
            app.history().last().map(|l| &l.entry)
        ))
    }
}

fn send(app: &mut KioskApp, ev: Event) -> Result<(), String> {
    if app.send(ev.clone()) {
        Ok(())
    } else {
        Err(format!(
            "{ev:?} refused: {:?}",
            app.history().last().map(|l| &l.entry)
        ))
    }
}

/// Up to the card on the reader (and Sharp's "Next").
fn to_path(app: &mut KioskApp, card: &str) -> Result<(), String> {
    send(app, Event::Services)?;
    send(app, Event::CertIssue)?;
    if app.session().screen() == Screen::Consent {
        send(app, Event::Consent)?;
    }
    app.select_card(card);
    app.place_card().map_err(|e| e.to_string())?;
    if app.session().kiosk().vendor.next_after_card {
        send(app, Event::Next)?;
    }
    need(app, Screen::Path)
}

/// Up to the certificate list with Hanako's card (PIN 1234).
fn to_certificate(app: &mut KioskApp) -> Result<(), String> {
    to_path(app, "card-tsukuba-hanako")?;
    send(app, Event::Residence)?;
    send(app, Event::Pin("1234".into()))?;
    need(app, Screen::RemoveCard)?;
    app.remove_card().map_err(|e| e.to_string())?;
    need(app, Screen::Certificate)
}

fn to_confirm(app: &mut KioskApp) -> Result<(), String> {
    to_certificate(app)?;
    send(
        app,
        Event::Certificate(CertificateKind::ResidentCertificate),
    )?;
    send(app, Event::Options(CertOptions::default()))?;
    send(app, Event::Copies(2))?;
    need(app, Screen::Confirm)
}

/// Brings a fresh app (from [`options`]) to `stop`.
pub fn reach(app: &mut KioskApp, stop: Stop) -> Result<(), String> {
    match stop {
        Stop::Home
        | Stop::HomeLanguages
        | Stop::HomeNotHere
        | Stop::Services
        | Stop::Consent
        | Stop::PlaceCard
        | Stop::OutOfService => reach_before_card(app, stop),
        Stop::Path
        | Stop::Pin
        | Stop::PinWrong
        | Stop::Registered
        | Stop::RemoveCard
        | Stop::Refusal => reach_with_card(app, stop),
        Stop::Certificate | Stop::Options | Stop::Copies | Stop::Confirm | Stop::Warning => {
            reach_choosing(app, stop)
        }
        Stop::Payment | Stop::Printing | Stop::TakeItems => reach_paying(app, stop),
        Stop::Seq | Stop::Sus => {
            reach_questionnaire(app, stop);
            Ok(())
        }
    }
}

/// The stops before a card is read: the home screen and its menus, the services, Sharp's
/// notice, the card screen, and the machine out of hours.
fn reach_before_card(app: &mut KioskApp, stop: Stop) -> Result<(), String> {
    match stop {
        Stop::Home => Ok(()),
        Stop::HomeLanguages => {
            app.update(crate::window::msg::Msg::ShowLanguages(true));
            Ok(())
        }
        Stop::HomeNotHere => send(
            app,
            Event::OtherService(crate::domain::vendor::look::OtherService::Copy),
        ),
        Stop::Services => send(app, Event::Services),
        Stop::Consent => {
            send(app, Event::Services)?;
            send(app, Event::CertIssue)?;
            need(app, Screen::Consent)
        }
        Stop::PlaceCard => {
            send(app, Event::Services)?;
            send(app, Event::CertIssue)?;
            if app.session().screen() == Screen::Consent {
                send(app, Event::Consent)?;
            }
            need(app, Screen::PlaceCard)
        }
        Stop::OutOfService => {
            let late = app.session().now() + Duration::minutes(13 * 60 + 30);
            app.set_time(late).map_err(|e| e.to_string())?;
            send(app, Event::Services)?;
            send(app, Event::CertIssue)?;
            need(app, Screen::OutOfService)
        }
        other => Err(format!("{other:?} is not a stop before the card")),
    }
}

/// The stops with a card on the reader: the path, the PIN (half typed, wrong), the domicile
/// registered, the card to take off, and the refusal of a locked card.
fn reach_with_card(app: &mut KioskApp, stop: Stop) -> Result<(), String> {
    match stop {
        Stop::Path => to_path(app, "card-tsukuba-hanako"),
        Stop::Pin => {
            to_path(app, "card-tsukuba-hanako")?;
            send(app, Event::Residence)?;
            app.press(crate::window::app::PadKey::Digit(1));
            app.press(crate::window::app::PadKey::Digit(2));
            need(app, Screen::Pin)
        }
        Stop::PinWrong => {
            to_path(app, "card-tsukuba-hanako")?;
            send(app, Event::Residence)?;
            send(app, Event::Pin("9999".into()))?;
            need(app, Screen::Pin)
        }
        Stop::Registered => {
            to_path(app, "card-domicile-not-registered")?;
            send(app, Event::RegisterDomicile)?;
            send(app, Event::Pin("1234".into()))?;
            need(app, Screen::Registered)
        }
        Stop::RemoveCard => {
            to_path(app, "card-tsukuba-hanako")?;
            send(app, Event::Residence)?;
            send(app, Event::Pin("1234".into()))?;
            need(app, Screen::RemoveCard)
        }
        Stop::Refusal => {
            to_path(app, "card-pin-locked")?;
            send(app, Event::Residence)?;
            need(app, Screen::Refusal)
        }
        other => Err(format!("{other:?} is not a stop with the card")),
    }
}

/// The stops while a certificate is chosen: the list, its options, the copies, the
/// confirmation, and the inactivity warning over the list.
fn reach_choosing(app: &mut KioskApp, stop: Stop) -> Result<(), String> {
    match stop {
        Stop::Certificate => to_certificate(app),
        Stop::Options => {
            to_certificate(app)?;
            send(
                app,
                Event::Certificate(CertificateKind::ResidentCertificate),
            )?;
            need(app, Screen::Options)
        }
        Stop::Copies => {
            to_certificate(app)?;
            send(
                app,
                Event::Certificate(CertificateKind::ResidentCertificate),
            )?;
            send(app, Event::Options(CertOptions::default()))?;
            need(app, Screen::Copies)
        }
        Stop::Confirm => to_confirm(app),
        Stop::Warning => {
            to_certificate(app)?;
            let later = app.session().now() + Duration::seconds(65);
            app.set_time(later).map_err(|e| e.to_string())?;
            if app.session().warning() {
                Ok(())
            } else {
                Err("no inactivity warning".into())
            }
        }
        other => Err(format!("{other:?} is not a stop of the choice")),
    }
}

/// The stops after the confirmation: paying (a coin in), printing (the note in, one printer
/// step), and the items to take (two printer steps).
fn reach_paying(app: &mut KioskApp, stop: Stop) -> Result<(), String> {
    let (yen, printer_steps, screen) = match stop {
        Stop::Payment => (100, 0, Screen::Payment),
        Stop::Printing => (1000, 1, Screen::Printing),
        Stop::TakeItems => (1000, 2, Screen::TakeItems),
        other => return Err(format!("{other:?} is not a stop of the payment")),
    };
    to_confirm(app)?;
    send(app, Event::Confirm)?;
    app.insert(yen).map_err(|e| e.to_string())?;
    for _ in 0..printer_steps {
        send(app, Event::PrinterStep)?;
    }
    need(app, screen)
}

/// The questionnaire after a session: the single ease question, or the SUS part way through.
fn reach_questionnaire(app: &mut KioskApp, stop: Stop) {
    if stop == Stop::Sus {
        app.show_questionnaire(Questionnaire {
            stage: Stage::Sus(3),
            seq: Some(5),
            sus: vec![3, 3, 3],
        });
    } else {
        app.show_questionnaire(Questionnaire::default());
    }
}
