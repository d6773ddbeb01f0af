//! `kofu walkthrough`: scenarios replayed through the window off-screen, as a report.

use std::path::PathBuf;
use std::process::ExitCode;

use kofu::report::walkthrough::{WalkError, WalkOptions, walkthrough};

use super::{bad_input, is_language, language_list, vendor_ids};

/// Arguments of `kofu walkthrough`.
#[derive(clap::Args, Debug)]
pub struct WalkthroughArgs {
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
}

/// Writes the report and says where to open it; exit 1 when an expectation did not hold or
/// the report could not be written, 2 for bad input (an unknown language, a broken scenario).
pub fn run(args: WalkthroughArgs) -> ExitCode {
    if let Some(l) = &args.lang
        && !is_language(l)
    {
        eprintln!("error: --lang: no language `{l}` ({})", language_list());
        return ExitCode::from(2);
    }
    let o = WalkOptions {
        out: args.out,
        vendors: args.vendor.as_deref().map(vendor_ids).unwrap_or_default(),
        lang: args.lang,
        mask: !args.no_mask,
    };
    match walkthrough(&args.scenarios, &o) {
        Ok(r) => {
            eprintln!(
                "kofu walkthrough: {} scenario(s), {} step(s), {:.0} ms per step; open {}",
                r.scenarios.len(),
                r.steps,
                r.mean_step_ms,
                o.out.join("index.html").display()
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
