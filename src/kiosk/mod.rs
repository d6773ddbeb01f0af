//! Assembly: where the bundled data is, loading the persona deck and the profiles, and the
//! printer adapter that turns the session's print requests into specimen PDFs. The scenario
//! runner, the window and the tools all build their kiosk here, so none of them imports another.

mod printer;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::domain::municipality::Municipality;
use crate::domain::registry::{Registry, compat};
use crate::domain::session::Kiosk;
use crate::domain::vendor::Vendor;
use crate::error::{InputError, Source};

pub use printer::{ModelPrinter, pdf_name};

/// Where bundled data lives: `$KOFU_ASSETS`, else `./assets`, else the source tree's `assets/`.
pub fn assets_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("KOFU_ASSETS") {
        return PathBuf::from(dir);
    }
    let local = PathBuf::from("assets");
    if local.join("personas.toml").is_file() {
        return local;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets")
}

/// Loads `assets/municipalities/<id>.toml`, or a path if `id` names a file.
pub fn load_municipality(id: &str) -> Result<Municipality, InputError> {
    let p = Path::new(id);
    if p.extension().is_some_and(|e| e == "toml") {
        return load_municipality_file(p);
    }
    let path = assets_dir()
        .join("municipalities")
        .join(format!("{id}.toml"));
    let m = load_municipality_file(&path)?;
    if m.id != id {
        return Err(Source::read(&path)?.error_at(
            Some(0..0),
            format!(
                "the profile's id is `{}` but its file is named `{id}.toml`",
                m.id
            ),
        ));
    }
    Ok(m)
}

/// Loads `assets/vendors/<id>.toml`, or a path if `id` names a file.
pub fn load_vendor(id: &str) -> Result<Vendor, InputError> {
    let p = Path::new(id);
    if p.extension().is_some_and(|e| e == "toml") {
        return load_vendor_file(p);
    }
    load_vendor_file(&assets_dir().join("vendors").join(format!("{id}.toml")))
}

/// Loads the bundled persona deck.
pub fn load_personas() -> Result<Registry, InputError> {
    load_deck(&assets_dir().join("personas.toml"))
}

/// Reads and validates a persona deck file.
pub fn load_deck(path: &Path) -> Result<Registry, InputError> {
    let mut deck = Registry::parse(&Source::read(path)?)?;
    // A deck of an earlier format without `domicile_address` prints the profile's name.
    deck.name_domiciles(|id| {
        load_municipality(id)
            .ok()
            .map(|m| format!("{}{}", m.prefecture, m.name))
    });
    Ok(deck)
}

/// Reads and validates a municipality profile file.
pub fn load_municipality_file(path: &Path) -> Result<Municipality, InputError> {
    static PARSED: Parsed<Municipality> = OnceLock::new();
    parsed_once(&PARSED, Source::read(path)?, |src| {
        Municipality::parse(&compat::profile(src, compat::Kind::Municipality)?)
    })
}

/// Reads and validates a vendor profile file.
pub fn load_vendor_file(path: &Path) -> Result<Vendor, InputError> {
    static PARSED: Parsed<Vendor> = OnceLock::new();
    parsed_once(&PARSED, Source::read(path)?, |src| {
        Vendor::parse(&compat::profile(src, compat::Kind::Vendor)?)
    })
}

/// Profiles already parsed in this process, by path and whole text.
type Parsed<T> = OnceLock<Mutex<HashMap<(PathBuf, String), T>>>;

/// `parse(src)`, or a copy of what it gave before for the same path and text: a window lists
/// every municipality when it opens and the audit opens one per screen (1,485), and parsing
/// the same TOML again was a sixth of the audit's time. The key holds the text, so an edited
/// file is parsed again; errors are not kept (compatibility warnings are said once anyway).
fn parsed_once<T: Clone>(
    cache: &'static Parsed<T>,
    src: Source,
    parse: impl FnOnce(Source) -> Result<T, InputError>,
) -> Result<T, InputError> {
    let key = (src.path.clone(), src.text.clone());
    let map = cache.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(hit) = map.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return Ok(hit);
    }
    let value = parse(src)?;
    if let Ok(mut m) = map.lock() {
        m.insert(key, value.clone());
    }
    Ok(value)
}

/// Builds a kiosk from a deck (or the bundled one) and two profile ids or files.
pub fn assemble(
    deck: Option<Registry>,
    municipality: &str,
    vendor: &str,
    kiosk_id: &str,
) -> Result<Kiosk, InputError> {
    let registry = match deck {
        Some(d) => d,
        None => load_personas()?,
    };
    Ok(Kiosk {
        registry,
        municipality: load_municipality(municipality)?,
        vendor: load_vendor(vendor)?,
        kiosk_id: kiosk_id.to_string(),
    })
}
