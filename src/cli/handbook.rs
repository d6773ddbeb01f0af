//! `kofu handbook`: the trainer's handbook as a PDF (see `kofu::handbook`).

use std::path::Path;
use std::process::ExitCode;

use kofu::domain::calendar::{TOKYO, parse_instant};

/// Writes the handbook; exit 2 for bad input (an unknown municipality, language or time, or
/// a language the bundled face cannot print), 1 when the file cannot be written.
pub fn run(
    municipality: &str,
    lang: &str,
    at: Option<&str>,
    pictures: bool,
    out: &Path,
) -> ExitCode {
    if !kofu::i18n::LOCALES.iter().any(|(code, _)| *code == lang) {
        let all: Vec<&str> = kofu::i18n::LOCALES.iter().map(|(c, _)| *c).collect();
        eprintln!(
            "kofu handbook: unknown language `{lang}`; bundled: {}",
            all.join(", ")
        );
        return ExitCode::from(2);
    }
    let at = match at {
        Some(s) => match parse_instant(s) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("kofu handbook: --at `{s}`: {e}");
                return ExitCode::from(2);
            }
        },
        None => chrono::Utc::now().with_timezone(&TOKYO),
    };
    match kofu::handbook::write(municipality, lang, at, pictures, out) {
        Ok(path) => {
            eprintln!("kofu handbook: wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("kofu handbook: {e}");
            ExitCode::from(if e.is_input() { 2 } else { 1 })
        }
    }
}
