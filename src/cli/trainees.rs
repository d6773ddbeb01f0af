//! `kofu results` (trainees' exercise results out of a state folder, as JSON, CSV and a record
//! of completion per trainee) and `kofu personas` (the persona deck as printable case cards).

use std::path::PathBuf;
use std::process::ExitCode;

use kofu::domain::calendar::{TOKYO, parse_instant};
use kofu::i18n::I18n;
use kofu::store::StateStore;
use kofu::training::{cards, cases, results};

use super::{is_language, language_list};

/// Arguments of `kofu results`.
#[derive(clap::Args, Debug)]
pub struct ResultsArgs {
    /// The state folder or class database the window kept the results in (its `--state`).
    #[arg(long, value_parser = super::state::StateParser)]
    state: PathBuf,
    /// The folder to write results.json, results.csv and record-<trainee>.pdf into.
    #[arg(long)]
    out: PathBuf,
    /// Only this trainee's results (the name as typed on the console or given with --trainee).
    #[arg(long, value_name = "NAME")]
    trainee: Option<String>,
}

/// Writes the results; exit 2 when the state folder has no readable database (or no result
/// for the trainee asked for), 1 when a file cannot be written.
pub fn results(args: ResultsArgs) -> ExitCode {
    let kept = StateStore::open_existing(&args.state)
        .and_then(|mut db| db.results(args.trainee.as_deref()));
    let kept = match kept {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: kofu results: {}: {e}", args.state.display());
            return ExitCode::from(2);
        }
    };
    if let (Some(t), true) = (&args.trainee, kept.is_empty()) {
        eprintln!(
            "error: kofu results: no result kept for trainee `{t}` in {}",
            args.state.display()
        );
        return ExitCode::from(2);
    }
    let written = results::fonts(&kofu::kiosk::assets_dir())
        .and_then(|f| results::export(&args.out, &kept, &f));
    match written {
        Ok(paths) => {
            for p in paths {
                eprintln!("kofu results: wrote {}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: kofu results: {e}");
            ExitCode::from(1)
        }
    }
}

/// Arguments of `kofu personas`.
#[derive(clap::Args, Debug)]
pub struct PersonasArgs {
    /// Language of the cards (ja, en, …).
    #[arg(long, default_value = "ja")]
    lang: String,
    /// Municipality profile (id or file) whose kiosk the cases meet.
    #[arg(long, default_value = "tsukuba")]
    municipality: String,
    /// Persona deck (default: the bundled assets/personas.toml).
    #[arg(long)]
    personas: Option<PathBuf>,
    /// The simulated time the outcomes hold for (RFC 3339); default now.
    #[arg(long)]
    at: Option<String>,
    /// The PDF to write.
    #[arg(long)]
    out: PathBuf,
}

/// Prints the deck as case cards; exit 2 for bad input, 1 when the file cannot be written.
pub fn personas(args: PersonasArgs) -> ExitCode {
    let lang = args.lang.as_str();
    if !is_language(lang) {
        eprintln!(
            "error: kofu personas: unknown language `{lang}`; bundled: {}",
            language_list()
        );
        return ExitCode::from(2);
    }
    let at = match args.at.as_deref().map(parse_instant) {
        Some(Ok(t)) => t,
        Some(Err(e)) => {
            eprintln!("error: kofu personas: --at: {e}");
            return ExitCode::from(2);
        }
        None => chrono::Utc::now().with_timezone(&TOKYO),
    };
    let deck = match &args.personas {
        Some(p) => kofu::kiosk::load_deck(p),
        None => kofu::kiosk::load_personas(),
    };
    let loaded = deck.and_then(|d| Ok((d, kofu::kiosk::load_municipality(&args.municipality)?)));
    let (deck, m) = match loaded {
        Ok(x) => x,
        Err(e) => return super::bad_input(&e),
    };
    let tr = I18n::in_lang(lang);
    let all = cases::cases(&tr, &deck, &m, at);
    let pdf = kofu::pdf::FontSet::bundled(&kofu::kiosk::assets_dir(), lang)
        .map_err(kofu::training::TrainingError::from)
        .and_then(|f| cards::to_pdf(&tr, &all, &tr.date_time(at), &f));
    let written = pdf.map_err(|e| e.to_string()).and_then(|bytes| {
        kofu::output::write_file(&args.out, &bytes)
            .map_err(|e| format!("{}: {}", e.path.display(), e.source))
    });
    match written {
        Ok(()) => {
            eprintln!(
                "kofu personas: wrote {} ({} cases)",
                args.out.display(),
                all.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: kofu personas: {e}");
            ExitCode::from(1)
        }
    }
}
