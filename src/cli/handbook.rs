//! `kofu handbook`: the trainer's handbook as a PDF (see `kofu::handbook`).

use std::path::PathBuf;
use std::process::ExitCode;

use kofu::domain::calendar::{TOKYO, parse_instant};

use super::{is_language, language_list};

/// Arguments of `kofu handbook`.
#[derive(clap::Args, Debug)]
pub struct HandbookArgs {
    /// Municipality profile (id or file).
    #[arg(long, default_value = "tsukuba")]
    municipality: String,
    /// Language (any kiosk language: ja, en, zh-Hans, ko, pt, es, vi, tl, id, th, ne).
    #[arg(long, default_value = "ja")]
    lang: String,
    /// Read the rules as of this time (RFC 3339); default now.
    #[arg(long)]
    at: Option<String>,
    /// Leave out the pictures of the screens (quicker; the words stay).
    #[arg(long)]
    no_pictures: bool,
    /// The PDF to write.
    #[arg(long)]
    out: PathBuf,
}

/// Writes the handbook; exit 2 for bad input (an unknown municipality, language or time, or
/// text no bundled face can print), 1 when the file cannot be written.
pub fn run(args: HandbookArgs) -> ExitCode {
    let lang = args.lang.as_str();
    if !is_language(lang) {
        eprintln!(
            "kofu handbook: unknown language `{lang}`; bundled: {}",
            language_list()
        );
        return ExitCode::from(2);
    }
    let at = match args.at.as_deref() {
        Some(s) => match parse_instant(s) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("kofu handbook: --at `{s}`: {e}");
                return ExitCode::from(2);
            }
        },
        None => chrono::Utc::now().with_timezone(&TOKYO),
    };
    let pictures = !args.no_pictures;
    match kofu::handbook::write(&args.municipality, lang, at, pictures, &args.out) {
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
