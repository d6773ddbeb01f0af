//! `kofu soak` (hidden): issues certificates in a loop and prints each fact once it is durable,
//! for the crash and concurrency tests that kill and race kiosk processes.

use super::*;

/// Issues a resident certificate per session, printing a line once each fact is durable:
/// `pin CARD FAILURES` after every PIN entry, `issued NUMBER HOLDER CARD` after every issue.
#[allow(clippy::too_many_arguments)]
pub(super) fn soak(
    state: &Path,
    card: &str,
    pin: &str,
    sessions: u32,
    kiosk_id: &str,
    wrong_pin_first: bool,
    out: Option<&Path>,
    personas: Option<&Path>,
) -> anyhow::Result<()> {
    use std::io::Write;
    let registry = match personas {
        Some(p) => kofu::kiosk::load_deck(p)?,
        None => kofu::kiosk::load_personas()?,
    };
    let kiosk = Arc::new(Kiosk {
        registry,
        municipality: kofu::kiosk::load_municipality("tsukuba")?,
        vendor: kofu::kiosk::load_vendor("fujifilm")?,
        kiosk_id: kiosk_id.to_string(),
    });
    let wrong = if pin == "0000" { "1111" } else { "0000" };
    let mut stdout = std::io::stdout().lock();
    // 2026-11-25 10:00 JST: inside service hours.
    let start = kofu::domain::calendar::parse_instant("2026-11-25T10:00:00+09:00")?;
    if let Some(o) = out {
        std::fs::create_dir_all(o).with_context(|| format!("{}", o.display()))?;
    }
    let mut store: Box<dyn kofu::domain::store::Store> = Box::new(Database::open(state)?);
    for i in 0..sessions {
        let printer = kofu::kiosk::ModelPrinter::default();
        let models = printer.printed.clone();
        let at = start + chrono::Duration::seconds(i64::from(i));
        let mut s = Session::new(
            kiosk.clone(),
            store,
            Box::new(printer),
            at,
            format!("{kiosk_id}-{i}"),
        );
        for ev in [
            Event::Services,
            Event::CertIssue,
            Event::PlaceCard(card.to_string()),
            Event::Residence,
        ] {
            s.handle(ev)?;
        }
        // Only from a clean counter, so the soak itself never locks the card.
        let all = kofu::domain::card::PIN_MAX_FAILURES;
        if wrong_pin_first && s.pin_tries_left() == all {
            s.handle(Event::Pin(wrong.to_string()))?;
            writeln!(stdout, "pin {card} {}", all - s.pin_tries_left())?;
            stdout.flush()?;
        }
        s.handle(Event::Pin(pin.to_string()))?;
        writeln!(stdout, "pin {card} {}", all - s.pin_tries_left())?;
        stdout.flush()?;
        if s.screen() != Screen::RemoveCard {
            anyhow::bail!(
                "card {card} was not authorised: {:?}",
                s.refusal().map(|r| r.reason)
            );
        }
        let options = CertOptions {
            scope: Scope::Household,
            relationship: true,
            ..CertOptions::default()
        };
        let fee = kiosk
            .municipality
            .fee(CertificateKind::ResidentCertificate)
            .unwrap_or(0);
        for ev in [
            Event::RemoveCard,
            Event::Certificate(CertificateKind::ResidentCertificate),
            Event::Options(options),
            Event::Copies(1),
            Event::Confirm,
        ] {
            s.handle(ev)?;
        }
        for coin in change_free(fee) {
            s.handle(Event::Insert(coin))?;
        }
        while s.screen() == Screen::Printing {
            s.handle(Event::PrinterStep)?;
        }
        if let Some(o) = out {
            for m in models.lock().map(|v| v.clone()).unwrap_or_default() {
                let path = o.join(format!("{}-{}.json", m.issue_number, m.copy));
                let tmp = o.join(format!(".{}-{}.json.tmp", m.issue_number, m.copy));
                std::fs::write(&tmp, serde_json::to_vec(&m)?)?;
                std::fs::rename(&tmp, &path)?;
            }
        }
        for d in s.issued() {
            writeln!(stdout, "issued {} {} {card}", d.issue_number, d.holder)?;
        }
        stdout.flush()?;
        s.handle(Event::TakeItems)?;
        store = s.into_store();
    }
    Ok(())
}

/// Coins that make exactly `fee` (so soak never depends on change).
fn change_free(fee: u32) -> Vec<u32> {
    let mut left = fee;
    let mut v = Vec::new();
    for d in [500, 100, 50, 10] {
        while left >= d {
            v.push(d);
            left -= d;
        }
    }
    v
}
