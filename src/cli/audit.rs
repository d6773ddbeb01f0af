//! `kofu audit`: every screen × language × display mode checked for accessibility.

use std::path::PathBuf;
use std::process::ExitCode;

use kofu::output::WriteError;
use kofu::report::audit::{AuditOptions, Profile};

/// Arguments of `kofu audit`.
#[derive(clap::Args, Debug)]
pub struct AuditArgs {
    /// Folder for audit.html, audit.json, audit.csv and audit.sarif.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Only these languages (repeat the flag); default: all bundled.
    #[arg(long)]
    lang: Vec<String>,
    /// Only this vendor (fujifilm or sharp); default: both.
    #[arg(long)]
    vendor: Vec<String>,
    /// Thresholds: an audit profile TOML file, or `bundled:wcag22-aa.toml` /
    /// `bundled:public-terminal.toml`; default: the bundled WCAG 2.2 AA profile.
    #[arg(long)]
    profile: Option<PathBuf>,
}

/// Runs the audit: the problems (grouped by cause) and a summary on stderr; exit 1 on any
/// failure or when a file cannot be written, 2 on a bad profile or when the audit cannot run.
pub fn run(args: AuditArgs) -> ExitCode {
    let profile = match args.profile.as_deref().map(Profile::load).transpose() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("kofu audit: {e}");
            return ExitCode::from(2);
        }
    };
    // The folder is made before the tour (minutes), and a plain file in its place is a failure
    // to write (exit 1, with the path), not a tour that could not run.
    if let Some(dir) = &args.out
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        let why = if dir.exists() && !dir.is_dir() {
            "it is a file, not a folder".to_string()
        } else {
            e.to_string()
        };
        eprintln!("kofu audit: cannot write {}: {why}", dir.display());
        return ExitCode::from(1);
    }
    let o = AuditOptions {
        langs: args.lang,
        vendors: args.vendor,
        out: args.out,
        profile,
        ..Default::default()
    };
    match kofu::report::audit::run(&o) {
        Ok(a) => {
            for g in a.groups.iter().take(50) {
                eprintln!(
                    "{} {} ({} screens): {}",
                    g.id,
                    g.check,
                    g.places.len(),
                    g.cause
                );
            }
            eprintln!(
                "kofu audit ({}): {} screens, {} checks, {} failures in {} problems{}",
                a.profile.name,
                a.screens.len(),
                a.checks,
                a.findings.len(),
                a.groups.len(),
                o.out
                    .as_ref()
                    .map(|d| format!("; report in {}", d.join("audit.html").display()))
                    .unwrap_or_default()
            );
            if a.passed {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) if e.downcast_ref::<WriteError>().is_some() => {
            eprintln!("kofu audit: {e:#}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("kofu audit: {e:#}");
            ExitCode::from(2)
        }
    }
}
