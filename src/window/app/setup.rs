//! Building what the app runs on: the kiosk from its profiles, the printer, session ids and
//! the lists of bundled profiles.

use super::*;

pub(super) fn now_tokyo() -> DateTime<Tz> {
    chrono::Utc::now().with_timezone(&crate::domain::calendar::TOKYO)
}

/// The ids of the `.toml` files in an assets subfolder, sorted.
pub(super) fn ids_in(sub: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(kiosk::assets_dir().join(sub))
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    let p = e.path();
                    if p.extension()? != "toml" {
                        return None;
                    }
                    p.file_stem()?.to_str().map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

pub(super) fn build_kiosk(
    opts: &UiOptions,
    municipality: &str,
    vendor: &str,
) -> anyhow::Result<Kiosk> {
    let deck = match (&opts.deck, &opts.personas) {
        (Some(d), _) => Some(d.clone()),
        (None, Some(p)) => Some(crate::kiosk::load_deck(p)?),
        (None, None) => None,
    };
    Ok(kiosk::assemble(deck, municipality, vendor, &opts.kiosk_id)?)
}

pub(super) fn make_printer(
    renderer: Option<&Arc<Renderer>>,
    out: &std::path::Path,
) -> Box<dyn Printer> {
    match renderer {
        Some(r) => Box::new(ModelPrinter::with_pdf(r.clone(), Some(out.to_path_buf()))),
        None => Box::new(NullPrinter),
    }
}

/// `kiosk-1-20261125T100000`, as `kofu run` names its session; `-2`, `-3`… if the previous
/// session started in the same second.
pub(super) fn session_id(kiosk: &str, at: DateTime<Tz>, prev: Option<&str>) -> String {
    let base = format!("{kiosk}-{}", at.format("%Y%m%dT%H%M%S"));
    match prev {
        Some(p) if p == base || p.starts_with(&format!("{base}-")) => {
            let n = p
                .strip_prefix(&format!("{base}-"))
                .and_then(|x| x.parse::<u32>().ok())
                .unwrap_or(1);
            format!("{base}-{}", n + 1)
        }
        _ => base,
    }
}
