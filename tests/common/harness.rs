//! Helpers of the reliability harness (issue 24 item 6, `tests/harness_*.rs`): the `kofu`
//! binary with the bundled assets, a call with a timeout (a hang is a failure, not a stuck CI),
//! a scenario for the synthetic deck, and the size knobs read from the environment.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The `kofu` binary under test, its assets the source tree's.
pub fn kofu() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kofu"));
    c.env(
        "KOFU_ASSETS",
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets"),
    );
    c
}

/// A size of the harness: `KOFU_HARNESS_<NAME>` when set, else `default` (the size).
pub fn size(name: &str, default: u64) -> u64 {
    std::env::var(format!("KOFU_HARNESS_{name}"))
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// How one call ended.
#[derive(Debug)]
pub struct Ended {
    /// The exit code; `None` when a signal ended it or the timeout did.
    pub code: Option<i32>,
    /// Killed by the harness at the timeout.
    pub hung: bool,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// Wall time.
    pub took: Duration,
}

/// Runs `cmd` (stdin closed, outputs captured) and kills it after `timeout`.
pub fn run_with_timeout(cmd: &mut Command, timeout: Duration) -> Ended {
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn kofu");
    let readers = readers(&mut child);
    let mut hung = false;
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break Some(s);
        }
        if started.elapsed() > timeout {
            hung = true;
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let (stdout, stderr) = (readers.0.join().unwrap(), readers.1.join().unwrap());
    Ended {
        code: status.and_then(|s| s.code()),
        hung,
        stdout,
        stderr,
        took: started.elapsed(),
    }
}

/// Threads reading the child's stdout and stderr to the end (so a full pipe never blocks it).
pub fn readers(
    child: &mut Child,
) -> (
    std::thread::JoinHandle<String>,
    std::thread::JoinHandle<String>,
) {
    let mut out = child.stdout.take().expect("stdout piped");
    let mut err = child.stderr.take().expect("stderr piped");
    let a = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        String::from_utf8_lossy(&v).into_owned()
    });
    let b = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        String::from_utf8_lossy(&v).into_owned()
    });
    (a, b)
}

/// A scenario for card `c0` of the synthetic deck at `deck` (see `write_deck`): the PINs
/// given in order, then one resident certificate paid with ¥1,000, at Tsukuba on Fujifilm.
pub fn scenario(deck: &Path, pins: &[&str]) -> String {
    let pin_steps: String = pins
        .iter()
        .map(|p| format!("  {{ do = \"pin\", value = \"{p}\" }},\n"))
        .collect();
    format!(
        "title = \"harness\"\nmunicipality = \"tsukuba\"\npersonas = \"{}\"\n\
         vendor = \"fujifilm\"\nat = \"2026-11-25T10:00:00+09:00\"\nuse_card = \"c0\"\n\
         steps = [\n  {{ do = \"services\" }},\n  {{ do = \"cert_issue\" }},\n\
         {{ do = \"place_card\" }},\n  {{ do = \"residence\" }},\n{pin_steps}\
         {{ do = \"remove_card\" }},\n  {{ do = \"certificate\", value = \"resident_certificate\" }},\n\
         {{ do = \"copies\", value = 1 }},\n  {{ do = \"confirm\" }},\n\
         {{ do = \"insert\", value = 1000 }},\n  {{ do = \"take_items\" }},\n]\n",
        deck.display()
    )
}

/// The issue numbers of the documents in a `kofu run` outcome (JSON on stdout).
pub fn issued_numbers(outcome: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(outcome).expect("outcome JSON");
    v["documents"]
        .as_array()
        .map(|docs| {
            docs.iter()
                .filter_map(|d| d["issue_number"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}
