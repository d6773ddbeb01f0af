//! The `kofu` command.
//!
//! - `kofu [--municipality ID] [--vendor ID] [--at TIME] [--personas FILE] [--state DIR] [--lang CODE]
//!   [--print-seconds S] [--trainer] [--large-text] [--high-contrast] [--record DIR]` (no
//!   subcommand): the kiosk window.
//! - `kofu run SCENARIO [--out DIR] [--state DIR]`: runs a scenario headless, prints the JSON outcome.
//! - `kofu check FILE…`: validates persona decks, municipality and vendor profiles, scenarios.
//! - `kofu verify FILE.pdf… [--state DIR]`: checks specimen PDFs against the journal.
//! - `kofu walkthrough SCENARIO… --out DIR [--vendor fujifilm|sharp|both] [--lang L] [--no-mask]`:
//!   a report of the scenario replayed through the window off-screen.
//! - `kofu study DIR… --out OUT`: sums up recorded sessions (`--record DIR` on the window).
//! - `kofu predict SCENARIO… [--vendor ID|both]… [--user skilled|older] [--keypad] [--json]`:
//!   predicted time on task per step.
//! - `kofu soak …` (hidden): issues certificates in a loop, for crash and concurrency tests.
//!
//! Exit codes: 0 ran (and expectations held), 1 expectations failed or the state folder failed,
//! 2 bad input (the message names file, line and column).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};

use kofu::domain::municipality::CertificateKind;
use kofu::domain::session::{CertOptions, Event, Kiosk, Scope, Screen, Session};
use kofu::error::InputError;
use kofu::scenario::run::{self, RunError, RunOptions};
use kofu::store::Database;

#[derive(Parser, Debug)]
#[command(
    name = "kofu",
    version,
    about = "Emulator of the Japanese convenience-store certificate kiosk (specimens only)"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    window: WindowArgs,
}

/// Flags of the kiosk window (no subcommand).
#[derive(clap::Args, Debug)]
struct WindowArgs {
    /// Window: municipality profile (id or file).
    #[arg(long, default_value = "tsukuba")]
    municipality: String,
    /// Window: vendor profile (fujifilm, sharp, or a file).
    #[arg(long, default_value = "fujifilm")]
    vendor: String,
    /// Window: simulated time at start (RFC 3339, e.g. 2026-11-25T10:00:00+09:00); default now.
    #[arg(long)]
    at: Option<String>,
    /// Window: persona deck (default: the bundled assets/personas.toml).
    #[arg(long)]
    personas: Option<PathBuf>,
    /// Window: state folder (journal; PDFs in output/); default: the user's data dir.
    #[arg(long)]
    state: Option<PathBuf>,
    /// Window: default screen language (ja, en, zh-Hans, ko, pt, es, vi, tl, id, th, ne).
    #[arg(long, default_value = "ja")]
    lang: String,
    /// Window: real seconds per printed copy (real machines take minutes).
    #[arg(long, default_value_t = 1.0)]
    print_seconds: f32,
    /// Window: open the trainer console at start (F2 toggles it).
    #[arg(long)]
    trainer: bool,
    /// Window: start in large-text mode.
    #[arg(long)]
    large_text: bool,
    /// Window: start in the high-contrast theme.
    #[arg(long)]
    high_contrast: bool,
    /// Window: record every session into this folder (a scenario and a timeline per session;
    /// the questionnaire follows each one).
    #[arg(long, value_name = "DIR")]
    record: Option<PathBuf>,
    /// Window: with --record, no questionnaire after the sessions.
    #[arg(long)]
    no_questionnaire: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run a scenario headless and print its JSON outcome.
    Run {
        /// Scenario file (TOML).
        scenario: PathBuf,
        /// Folder for the printed documents.
        #[arg(long)]
        out: Option<PathBuf>,
        /// State folder (journal, PIN counters, issue numbers); omitted: remember nothing.
        #[arg(long)]
        state: Option<PathBuf>,
        /// Run on this vendor instead of the scenario's (fujifilm, sharp, or a file).
        #[arg(long)]
        vendor: Option<String>,
        /// Run in this municipality instead of the scenario's (id or file).
        #[arg(long)]
        municipality: Option<String>,
        /// Print the JSON on one line.
        #[arg(long)]
        compact: bool,
    },
    /// Validate persona decks, municipality and vendor profiles, and scenarios.
    Check {
        /// Files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check specimen PDFs: which issue, holder and page set each is; exit 1 if any was changed
    /// or is unknown to the journal.
    Verify {
        /// PDF files written by `kofu run --out` (or the kiosk).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// State folder whose journal recorded the issue (default: the user's data dir).
        #[arg(long)]
        state: Option<PathBuf>,
    },
    /// Replay scenarios through the kiosk window off-screen and write a report: per step a
    /// picture of the machine, the accessibility tree, the note, what was spoken and the times;
    /// index.html and report.json.
    Walkthrough {
        /// Scenario files (TOML).
        #[arg(required = true)]
        scenarios: Vec<PathBuf>,
        /// Report folder.
        #[arg(long)]
        out: PathBuf,
        /// fujifilm, sharp, both (side by side), or a vendor file; default: the scenario's.
        #[arg(long)]
        vendor: Option<String>,
        /// Kiosk language (every `language` step is turned into it).
        #[arg(long)]
        lang: Option<String>,
        /// Show personal data (names, addresses, My Numbers, dates of birth) unmasked.
        #[arg(long)]
        no_mask: bool,
    },
    /// Audit every screen × language × display mode (contrast, target sizes, names and roles,
    /// clipped or overlapping text, focus order, large text); exit 1 on any failure.
    Audit {
        /// Folder for audit.html and audit.json.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Only these languages (repeat the flag); default: all bundled.
        #[arg(long)]
        lang: Vec<String>,
        /// Only this vendor (fujifilm or sharp); default: both.
        #[arg(long)]
        vendor: Vec<String>,
    },
    /// Print the trainer's handbook (A4 PDF) from the rules: hours, fees, who may get what,
    /// offices, and every refusal with its screen, rule and next step.
    Handbook {
        /// Municipality profile (id or file).
        #[arg(long, default_value = "tsukuba")]
        municipality: String,
        /// Language (ja, en, …; those the bundled face prints).
        #[arg(long, default_value = "ja")]
        lang: String,
        /// Read the rules as of this time (RFC 3339); default now.
        #[arg(long)]
        at: Option<String>,
        /// Leave out the pictures of the refusal screens (quicker; the words stay).
        #[arg(long)]
        no_pictures: bool,
        /// The PDF to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Sum up recorded sessions (`--record`): study.html, study.json, sessions.csv, heat maps.
    Study {
        /// Folders of recordings (`*.timeline.json`), or timeline files.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Report folder.
        #[arg(long)]
        out: PathBuf,
        /// Leave out the heat maps (they take most of the time).
        #[arg(long)]
        no_heatmaps: bool,
    },
    /// Predict the time a person needs for each step of scenarios, from the real panel
    /// (Keystroke-Level Model operators, Fitts' law on the controls' real size; README cites
    /// every constant).
    Predict {
        /// Scenario files (TOML).
        #[arg(required = true)]
        scenarios: Vec<PathBuf>,
        /// fujifilm, sharp, both, or a vendor file (a design variant); repeat to compare.
        #[arg(long)]
        vendor: Vec<String>,
        /// skilled or older.
        #[arg(long, default_value = "skilled")]
        user: String,
        /// Operate by the machine's keypad (2/8 to move, ○ to choose, digits) instead of touch.
        #[arg(long)]
        keypad: bool,
        /// Print JSON (DESIGN.md "Predicted time on task") instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Issue certificates in a loop (crash and concurrency tests).
    #[command(hide = true)]
    Soak {
        #[arg(long)]
        state: PathBuf,
        #[arg(long)]
        card: String,
        /// The card's demo PIN (from the deck).
        #[arg(long)]
        pin: String,
        #[arg(long, default_value_t = 100)]
        sessions: u32,
        #[arg(long, default_value = "kiosk-soak")]
        kiosk: String,
        /// Enter a wrong PIN once before the right one, every session.
        #[arg(long)]
        wrong_pin_first: bool,
        /// Write each document model as JSON here.
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        personas: Option<PathBuf>,
    },
}

#[path = "cli/check.rs"]
mod check_cli;
#[path = "cli/handbook.rs"]
mod handbook_cli;
#[path = "cli/study.rs"]
mod research_cli;
#[path = "cli/soak.rs"]
mod soak;
use check_cli::{cmd_check, cmd_verify};
use soak::soak;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    match cli.command {
        None => cmd_window(cli.window, started),
        Some(Command::Run {
            scenario,
            out,
            state,
            vendor,
            municipality,
            compact,
        }) => cmd_run(
            &scenario,
            RunOptions {
                out,
                state,
                vendor,
                municipality,
                kiosk_id: None,
            },
            compact,
        ),
        Some(Command::Check { files }) => cmd_check(&files),
        Some(Command::Study {
            dirs,
            out,
            no_heatmaps,
        }) => research_cli::cmd_study(&dirs, out, !no_heatmaps),
        Some(Command::Predict {
            scenarios,
            vendor,
            user,
            keypad,
            json,
        }) => research_cli::cmd_predict(&scenarios, &vendor, &user, keypad, json),
        Some(Command::Audit { out, lang, vendor }) => cmd_audit(out, lang, vendor),
        Some(Command::Handbook {
            municipality,
            lang,
            at,
            no_pictures,
            out,
        }) => handbook_cli::run(&municipality, &lang, at.as_deref(), !no_pictures, &out),
        Some(Command::Walkthrough {
            scenarios,
            out,
            vendor,
            lang,
            no_mask,
        }) => cmd_walkthrough(&scenarios, out, vendor, lang, !no_mask),
        Some(Command::Verify { files, state }) => {
            let state = state.unwrap_or_else(kofu::store::default_state_dir);
            cmd_verify(&files, &state)
        }
        Some(Command::Soak {
            state,
            card,
            pin,
            sessions,
            kiosk,
            wrong_pin_first,
            out,
            personas,
        }) => match soak(
            &state,
            &card,
            &pin,
            sessions,
            &kiosk,
            wrong_pin_first,
            out.as_deref(),
            personas.as_deref(),
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("kofu soak: {e:#}");
                ExitCode::from(1)
            }
        },
    }
}

fn cmd_window(w: WindowArgs, started: std::time::Instant) -> ExitCode {
    let at = match w.at.as_deref().map(kofu::domain::calendar::parse_instant) {
        Some(Ok(t)) => Some(t),
        Some(Err(e)) => {
            eprintln!("error: --at: {e}");
            return ExitCode::from(2);
        }
        None => None,
    };
    let opts = kofu::window::UiOptions {
        municipality: w.municipality,
        vendor: w.vendor,
        at,
        personas: w.personas,
        state: w.state,
        lang: w.lang,
        print_seconds_per_copy: w.print_seconds.max(0.0),
        trainer: w.trainer,
        large_text: w.large_text,
        high_contrast: w.high_contrast,
        started: Some(started),
        record: w.record,
        questionnaire: !w.no_questionnaire,
        ..kofu::window::UiOptions::default()
    };
    match kofu::window::run(opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kofu: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn cmd_run(path: &Path, opts: RunOptions, compact: bool) -> ExitCode {
    let sc = match kofu::scenario::load(path) {
        Ok(s) => s,
        Err(e) => return bad_input(&e),
    };
    match run::run(&sc, &opts) {
        Ok(outcome) => {
            let json = if compact {
                serde_json::to_string(&outcome)
            } else {
                serde_json::to_string_pretty(&outcome)
            };
            match json {
                Ok(j) => println!("{j}"),
                Err(e) => {
                    eprintln!("kofu run: cannot write the outcome: {e}");
                    return ExitCode::from(1);
                }
            }
            if let Some(e) = &outcome.output_error {
                // The session ended cleanly (recorded, refunded); the output did not.
                eprintln!("kofu run: cannot write {e}");
                ExitCode::from(1)
            } else if outcome.expectations_met {
                ExitCode::SUCCESS
            } else {
                for m in &outcome.mismatches {
                    eprintln!(
                        "{}:{}: expected {} = {}, got {}",
                        path.display(),
                        m.line,
                        m.field,
                        m.expected,
                        m.actual
                    );
                }
                ExitCode::from(1)
            }
        }
        Err(RunError::Input(e)) => bad_input(&e),
        Err(RunError::Io(e)) => {
            eprintln!("kofu run: {e}");
            ExitCode::from(1)
        }
    }
}

fn cmd_audit(out: Option<PathBuf>, langs: Vec<String>, vendors: Vec<String>) -> ExitCode {
    let o = kofu::report::audit::AuditOptions {
        langs,
        vendors,
        out: out.clone(),
        ..Default::default()
    };
    match kofu::report::audit::run(&o) {
        Ok(a) => {
            for f in a.findings.iter().take(50) {
                eprintln!(
                    "{} {} {} {}: {}: {}",
                    f.lang,
                    f.mode.name(),
                    f.vendor,
                    f.screen,
                    f.check,
                    f.detail
                );
            }
            eprintln!(
                "kofu audit: {} screens, {} checks, {} failures{}",
                a.screens.len(),
                a.checks,
                a.findings.len(),
                out.map(|d| format!("; report in {}", d.join("audit.html").display()))
                    .unwrap_or_default()
            );
            if a.passed {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("kofu audit: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn cmd_walkthrough(
    scenarios: &[PathBuf],
    out: PathBuf,
    vendor: Option<String>,
    lang: Option<String>,
    mask: bool,
) -> ExitCode {
    use kofu::report::walkthrough::{WalkError, WalkOptions, walkthrough};
    if let Some(l) = &lang
        && !kofu::i18n::I18n::new()
            .languages()
            .iter()
            .any(|(c, _)| c == l)
    {
        eprintln!(
            "error: --lang: no language `{l}` (ja, en, zh-Hans, ko, pt, es, vi, tl, id, th, ne)"
        );
        return ExitCode::from(2);
    }
    let vendors = match vendor.as_deref() {
        None => Vec::new(),
        Some("both") => vec!["fujifilm".to_string(), "sharp".to_string()],
        Some(v) => vec![v.to_string()],
    };
    let o = WalkOptions {
        out: out.clone(),
        vendors,
        lang,
        mask,
    };
    match walkthrough(scenarios, &o) {
        Ok(r) => {
            eprintln!(
                "kofu walkthrough: {} scenario(s), {} step(s), {:.0} ms per step; open {}",
                r.scenarios.len(),
                r.steps,
                r.mean_step_ms,
                out.join("index.html").display()
            );
            if r.scenarios
                .iter()
                .flat_map(|s| &s.vendors)
                .all(|v| v.outcome.expectations_met)
            {
                ExitCode::SUCCESS
            } else {
                eprintln!("kofu walkthrough: some expectations did not hold (see the report)");
                ExitCode::from(1)
            }
        }
        Err(WalkError::Input(e)) => bad_input(&e),
        Err(e) => {
            eprintln!("kofu walkthrough: {e}");
            ExitCode::from(1)
        }
    }
}

fn bad_input(e: &InputError) -> ExitCode {
    eprintln!("error: {e}");
    ExitCode::from(2)
}
