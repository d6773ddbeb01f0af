//! Results on standard output, written so that a failed write is an error and never a panic:
//! `println!` panics ("failed printing to stdout") on `/dev/full`, and on a closed pipe (Rust
//! ignores SIGPIPE, so the write fails with EPIPE instead of killing the process).

use std::io::Write;
use std::process::ExitCode;

/// Writes `text` and a newline to standard output and flushes it, so the error (full disk,
/// closed pipe) shows here and not at exit.
pub fn stdout_line(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Writes `text` as it is (a table that ends its own lines) to standard output and flushes it.
pub fn stdout_text(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Reports a failed write to standard output the one way every subcommand does: one line on
/// stderr with the reason, exit 1 (a closed pipe included: the reader went away early).
pub fn failed(command: &str, e: &std::io::Error) -> ExitCode {
    // stderr may be gone too; there is nowhere else to say it.
    let _ = writeln!(
        std::io::stderr(),
        "kofu {command}: cannot write to standard output: {e}"
    );
    ExitCode::from(1)
}
