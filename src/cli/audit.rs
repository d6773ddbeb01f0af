//! `kofu audit`: every screen × language × display mode checked for accessibility.

use std::path::PathBuf;
use std::process::ExitCode;

use kofu::report::audit::AuditOptions;

/// Arguments of `kofu audit`.
#[derive(clap::Args, Debug)]
pub struct AuditArgs {
    /// Folder for audit.html and audit.json.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Only these languages (repeat the flag); default: all bundled.
    #[arg(long)]
    lang: Vec<String>,
    /// Only this vendor (fujifilm or sharp); default: both.
    #[arg(long)]
    vendor: Vec<String>,
}

/// Runs the audit: the first 50 failures and a summary on stderr; exit 1 on any failure, 2
/// when the audit itself cannot run.
pub fn run(args: AuditArgs) -> ExitCode {
    let o = AuditOptions {
        langs: args.lang,
        vendors: args.vendor,
        out: args.out,
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
        Err(e) => {
            eprintln!("kofu audit: {e:#}");
            ExitCode::from(2)
        }
    }
}
