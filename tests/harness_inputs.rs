//! The round's bad inputs (issue 24 item 6): ≥ 700 malformed variants (`KOFU_HARNESS_VARIANTS`
//! scales them) of every kind of input, each through the commands that read it — scenarios
//! through `check`, `run` and (one in four, it is slow) `predict`; persona decks through
//! `check` and a `run` that names them; municipality and vendor profiles through `check`;
//! timelines through `study`; printed PDFs through `verify` — and pipes, folders and devices
//! in place of each. Every call has a timeout. Nothing may panic (exit 101), crash (a signal)
//! or hang; an exit-2 error on a text file names its `file:line:column`; no message is longer
//! than 16 KiB (values are quoted at most 80 characters). Behind `--ignored` (≈ 2 min on two
//! threads): `.ci/run` runs it.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::harness::{self, kofu};

/// One call of `kofu`.
struct Job {
    /// The command's name, for the tally.
    command: &'static str,
    /// Its arguments.
    args: Vec<OsString>,
    /// The text files (names) one of which an exit-2 error must name with a line and a
    /// column (none: a PDF, a pipe…).
    located: Vec<String>,
    /// What the variant is, for a failure's message.
    what: String,
}

/// What the calls of one command ended with.
#[derive(Default, Debug)]
struct Tally {
    calls: u32,
    by_code: BTreeMap<i32, u32>,
    located: u32,
    longest_message: usize,
    slowest: Duration,
}

fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

fn os(items: &[&dyn AsRef<std::ffi::OsStr>]) -> Vec<OsString> {
    items.iter().map(|s| s.as_ref().to_os_string()).collect()
}

/// Whether `stderr` names `file` with a line and a column (`…file:L:C`).
fn has_location(stderr: &str, file: &str) -> bool {
    stderr.match_indices(file).any(|(i, _)| {
        let rest = &stderr[i + file.len()..];
        let mut parts = rest.splitn(3, ':');
        parts.next() == Some("")
            && parts
                .next()
                .is_some_and(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()))
            && parts
                .next()
                .is_some_and(|c| c.starts_with(|ch: char| ch.is_ascii_digit()))
    })
}

/// A scenario that plays card `card` of the deck at `deck`.
fn scenario_with_deck(deck: &Path) -> String {
    format!(
        "title = \"deck\"\nmunicipality = \"tsukuba\"\nvendor = \"fujifilm\"\npersonas = \"{}\"\n\
         at = \"2026-11-25T10:00:00+09:00\"\nuse_card = \"card-tsukuba-hanako\"\nsteps = [\n\
         {{ do = \"services\" }},\n{{ do = \"cert_issue\" }},\n{{ do = \"place_card\" }},\n\
         {{ do = \"residence\" }},\n{{ do = \"pin\", value = \"1234\" }},\n]\n",
        deck.display()
    )
}

/// The jobs: every variant of every input with the commands that read it.
fn jobs(dir: &Path, per: u64, pdf: &Path) -> Vec<Job> {
    let mut rng = common::Rng(0xBAD1_4B07_0000_0024);
    let mut jobs = Vec::new();
    let scenario = std::fs::read(assets().join("scenarios/pin-two-wrong-then-right.toml")).unwrap();
    let deck = std::fs::read(assets().join("personas.toml")).unwrap();
    let profile = std::fs::read(assets().join("municipalities/tsukuba.toml")).unwrap();
    let vendor = std::fs::read(assets().join("vendors/fujifilm.toml")).unwrap();
    let timeline = serde_json::to_string_pretty(&kofu::report::study::synthetic::corpus(1, 24)[0])
        .unwrap()
        .into_bytes();
    let pdf_bytes = std::fs::read(pdf).unwrap();
    let kinds: [(&str, &[u8], u64); 6] = [
        ("scenario", &scenario, per * 40 / 100),
        ("deck", &deck, per * 20 / 100),
        ("profile", &profile, per * 13 / 100),
        ("vendor", &vendor, per * 9 / 100),
        ("timeline", &timeline, per * 9 / 100),
        ("pdf", &pdf_bytes, per * 9 / 100),
    ];
    for (kind, base, n) in kinds {
        for i in 0..n {
            let (what, bytes) = if kind == "pdf" {
                pdf_variant(&pdf_bytes, &mut rng)
            } else {
                common::mutate::variant(base, &mut rng)
            };
            let what = format!("{kind} {i}: {what}");
            let ext = match kind {
                "timeline" => "timeline.json",
                "pdf" => "pdf",
                _ => "toml",
            };
            let v = dir.join(format!("{kind}-{i}"));
            std::fs::create_dir(&v).unwrap();
            let file = v.join(format!("{kind}-{i}.{ext}"));
            std::fs::write(&file, &bytes).unwrap();
            jobs.extend(for_file(kind, &file, &v, i, &what));
        }
    }
    // Not regular files: a pipe (which blocked for ever before issue 24), a folder, a device.
    let fifo = dir.join("fifo.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for (j, special) in [fifo, dir.to_path_buf(), PathBuf::from("/dev/zero")]
        .iter()
        .enumerate()
    {
        for kind in ["scenario", "deck", "timeline", "pdf"] {
            let v = dir.join(format!("special-{j}-{kind}"));
            std::fs::create_dir(&v).unwrap();
            let what = format!("{kind} given as {}", special.display());
            let mut js = for_file(kind, special, &v, 0, &what);
            js.iter_mut().for_each(|j| j.located.clear());
            jobs.extend(js);
        }
    }
    jobs
}

/// The calls that read the file `file` of kind `kind` (working folder `v`).
fn for_file(kind: &str, file: &Path, v: &Path, i: u64, what: &str) -> Vec<Job> {
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let job = |command, args| Job {
        command,
        args,
        located: vec![name.clone()],
        what: what.to_string(),
    };
    let out = v.join("out");
    match kind {
        "scenario" => {
            let mut js = vec![
                job("check", os(&[&"check", &file])),
                job(
                    "run",
                    os(&[&"run", &file, &"--out", &out, &"--state", &v.join("st")]),
                ),
            ];
            if i.is_multiple_of(4) {
                js.push(job("predict", os(&[&"predict", &file])));
            }
            js
        }
        "deck" => {
            let sc = v.join("uses-deck.toml");
            std::fs::write(&sc, scenario_with_deck(file)).unwrap();
            let mut run = job("run", os(&[&"run", &sc, &"--out", &out]));
            run.located.push("uses-deck.toml".into());
            vec![job("check", os(&[&"check", &file])), run]
        }
        "profile" | "vendor" => vec![job("check", os(&[&"check", &file]))],
        "timeline" => vec![job(
            "study",
            os(&[
                &"study",
                &file,
                &"--out",
                &out,
                &"--no-heatmaps",
                &"--no-replays",
            ]),
        )],
        _ => {
            let mut j = job("verify", os(&[&"verify", &file, &"--state", &v.join("st")]));
            j.located.clear();
            vec![j]
        }
    }
}

/// A damaged copy of a printed PDF: cut, a byte changed, a stretch lost or doubled, a number
/// made huge, or an update appended.
fn pdf_variant(pdf: &[u8], rng: &mut common::Rng) -> (String, Vec<u8>) {
    let len = pdf.len() as u64;
    let at = usize::try_from(rng.range(0, len)).unwrap();
    let span = usize::try_from(rng.range(1, 400))
        .unwrap()
        .min(pdf.len() - at);
    let mut b = pdf.to_vec();
    let what = match rng.range(0, 6) {
        0 => {
            b.truncate(at);
            format!("cut at {at}")
        }
        1 => {
            b[at] ^= 0x20;
            format!("byte {at} changed")
        }
        2 => {
            b.drain(at..at + span);
            format!("{span} bytes at {at} lost")
        }
        3 => {
            let copy = b[at..at + span].to_vec();
            b.splice(at..at, copy);
            format!("{span} bytes at {at} doubled")
        }
        4 => {
            let key = b"/Count ";
            if let Some(p) = b.windows(key.len()).position(|w| w == key) {
                b.splice(p + key.len()..p + key.len(), b"99999999999".iter().copied());
            }
            "a page count made huge".into()
        }
        _ => {
            b.extend_from_slice(
                b"\n1 0 obj\n<< /Type /Catalog /Pages 99 0 R >>\nendobj\nstartxref\n0\n%%EOF\n",
            );
            "an update appended".into()
        }
    };
    (what, b)
}

#[test]
#[ignore = "the round's size, ≈ 2 min: cargo test --test harness_inputs -- --ignored"]
fn seven_hundred_bad_inputs_never_panic_hang_or_lose_their_place() {
    let per = harness::size("VARIANTS", 720);
    let tmp = tempfile::tempdir().unwrap();
    let pdf = common::print_bundled(&tmp.path().join("printed"), "happy-resident-fujifilm.toml");
    let work = tmp.path().join("v");
    std::fs::create_dir(&work).unwrap();
    let jobs = jobs(&work, per, &pdf);
    let next = AtomicUsize::new(0);
    let tallies: Mutex<BTreeMap<&str, Tally>> = Mutex::new(BTreeMap::new());
    let failures: Mutex<Vec<String>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                while let Some(job) = jobs.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let e =
                        harness::run_with_timeout(kofu().args(&job.args), Duration::from_secs(30));
                    let problem = judge(job, &e);
                    let mut t = tallies.lock().unwrap();
                    let t = t.entry(job.command).or_default();
                    t.calls += 1;
                    *t.by_code.entry(e.code.unwrap_or(-1)).or_default() += 1;
                    t.located += u32::from(job.located.iter().any(|f| has_location(&e.stderr, f)));
                    t.longest_message = t.longest_message.max(e.stderr.len());
                    t.slowest = t.slowest.max(e.took);
                    if let Some(p) = problem {
                        failures.lock().unwrap().push(p);
                    }
                }
            });
        }
    });
    let tallies = tallies.into_inner().unwrap();
    let calls: u32 = tallies.values().map(|t| t.calls).sum();
    let variants = std::fs::read_dir(&work).unwrap().count();
    eprintln!("bad inputs: {variants} variants, {calls} calls");
    for (c, t) in &tallies {
        eprintln!(
            "  {c}: {} calls, exit codes {:?} (-1: a signal or the timeout), {} errors located, \
             longest message {} bytes, slowest {:?}",
            t.calls, t.by_code, t.located, t.longest_message, t.slowest
        );
    }
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} calls failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(variants >= usize::try_from(per).unwrap() * 95 / 100);
}

/// What is wrong with how a call ended, if anything.
fn judge(job: &Job, e: &harness::Ended) -> Option<String> {
    let head: String = e.stderr.chars().take(300).collect();
    let what = format!("{} ({}): {:?}", job.what, job.command, head);
    if e.hung {
        return Some(format!("hung: {what}"));
    }
    match e.code {
        None => return Some(format!("killed by a signal: {what}")),
        Some(101) => return Some(format!("panicked: {what}")),
        _ => {}
    }
    if e.stderr.contains("panicked") {
        return Some(format!("a panic message: {what}"));
    }
    if e.stderr.len() > 16 * 1024 {
        return Some(format!("a {}-byte message: {what}", e.stderr.len()));
    }
    if e.code == Some(2)
        && !job.located.is_empty()
        && !job.located.iter().any(|f| has_location(&e.stderr, f))
    {
        let f = job.located.join(" or ");
        return Some(format!("an error without {f}:line:column: {what}"));
    }
    None
}

/// The harness's own reading of a location: it must tell a located error from one without.
#[test]
fn a_location_is_told_from_its_absence() {
    let f = "scenario-3.toml";
    assert!(has_location(
        "error: /tmp/v/scenario-3.toml:12:7: unknown step",
        f
    ));
    assert!(!has_location(
        "error: /tmp/v/scenario-3.toml: not a regular file",
        f
    ));
    assert!(!has_location(
        "error: /tmp/v/scenario-3.toml:12: no column",
        f
    ));
    assert!(!has_location("error: other.toml:1:1: elsewhere", f));
}

/// Found by this harness: `predict` reported the scenario's own unknown vendor as if it were
/// a `--vendor` flag, with no line and column (`run` and `check` had them).
#[test]
fn predict_reports_an_unknown_vendor_at_the_scenarios_line() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(assets().join("scenarios/pin-two-wrong-then-right.toml"))
        .unwrap()
        .replace("vendor = \"fujifilm\"", "vendor = \"nonesuch\"");
    let file = tmp.path().join("s.toml");
    std::fs::write(&file, text).unwrap();
    let e = harness::run_with_timeout(kofu().arg("predict").arg(&file), Duration::from_secs(60));
    assert_eq!(e.code, Some(2), "{}", e.stderr);
    assert!(has_location(&e.stderr, "s.toml"), "{}", e.stderr);
    assert!(e.stderr.contains("s.toml:3:"), "{}", e.stderr);
}
