//! The processes the AT-SPI test starts (Xvfb, a private D-Bus bus, the AT-SPI launcher, the
//! window, the Python client): finding the tools, running them bounded, one process group
//! killed at the end.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::desktop::{LAUNCHER, PYTHON};

/// What is missing for the check, or `None` when everything is there.
pub fn missing_tools() -> Option<String> {
    let mut missing = Vec::new();
    for (tool, package) in [
        ("Xvfb", "xvfb"),
        ("dbus-daemon", "dbus-daemon"),
        ("dbus-send", "dbus-bin"),
    ] {
        if which(tool).is_none() {
            missing.push(format!("{tool} (package {package})"));
        }
    }
    if !Path::new(LAUNCHER).exists() {
        missing.push(format!("{LAUNCHER} (package at-spi2-core)"));
    }
    if !Path::new(PYTHON).exists() {
        missing.push(format!("{PYTHON} (package python3)"));
    } else {
        let ok = Command::new(PYTHON)
            .args(["-c", "import pyatspi"])
            .env_remove("PYTHONPATH")
            .env_remove("PYTHONHOME")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            missing.push(format!("pyatspi for {PYTHON} (package python3-pyatspi)"));
        }
    }
    (!missing.is_empty()).then(|| missing.join(", "))
}

pub fn which(tool: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/bin".into(), "/usr/sbin".into(), "/bin".into()])
        .map(|d| d.join(tool))
        .find(|p| p.is_file())
}

/// Every process the test started. They share one process group (the first one's), so the
/// helpers they start themselves (the accessibility bus, the registry daemon) go with them.
pub struct Procs {
    /// The process group every child joins.
    pub group: Option<u32>,
    /// Each child, with what it is.
    pub children: Vec<(&'static str, Child)>,
}

/// A command for `program` that dies with the test's thread even if `Drop` never runs
/// (`setpriv --pdeathsig KILL`, where there is one).
pub fn command(program: impl AsRef<std::ffi::OsStr>) -> Command {
    match which("setpriv") {
        Some(setpriv) => {
            let mut cmd = Command::new(setpriv);
            cmd.args(["--pdeathsig", "KILL", "--"]).arg(program);
            cmd
        }
        None => Command::new(program),
    }
}

impl Procs {
    /// Starts `cmd` in the test's process group.
    pub fn spawn(&mut self, what: &'static str, mut cmd: Command) -> &mut Child {
        use std::os::unix::process::CommandExt;
        cmd.process_group(self.group.map_or(0, |g| g as i32));
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
        if self.group.is_none() {
            self.group = Some(child.id());
        }
        self.children.push((what, child));
        &mut self.children.last_mut().expect("just pushed").1
    }
}

/// A log file for a child's standard error.
pub fn log_to(path: &Path) -> Stdio {
    Stdio::from(std::fs::File::create(path).expect("log file"))
}

impl Drop for Procs {
    fn drop(&mut self) {
        // Politely first (the launcher takes its bus down), then for sure.
        if let Some(g) = self.group {
            signal_group("TERM", g);
        }
        let deadline = Instant::now() + Duration::from_secs(3);
        for (_, child) in self.children.iter_mut().rev() {
            while Instant::now() < deadline {
                match child.try_wait() {
                    Ok(Some(_)) | Err(_) => break,
                    Ok(None) => std::thread::sleep(Duration::from_millis(50)),
                }
            }
        }
        if let Some(g) = self.group {
            signal_group("KILL", g);
        }
        for (_, child) in self.children.iter_mut().rev() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Sends a signal to the test's own process group (only processes this test started are in it).
pub fn signal_group(signal: &str, group: u32) {
    let _ = Command::new("kill")
        .args([format!("-{signal}"), "--".into(), format!("-{group}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// The first line a child writes on its standard output, within `timeout`.
pub fn first_line(out: ChildStdout, timeout: Duration, what: &str) -> String {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let mut r = BufReader::new(out);
        let _ = r.read_line(&mut line);
        let _ = tx.send(line);
        // Keep draining so the child never blocks on a full pipe.
        let _ = std::io::copy(&mut r, &mut std::io::sink());
    });
    match rx.recv_timeout(timeout) {
        Ok(line) if !line.trim().is_empty() => line.trim().to_string(),
        Ok(_) => panic!("{what} exited without printing its address"),
        Err(_) => panic!("{what} printed nothing within {timeout:?}"),
    }
}

/// Reads a stream to its end on a thread.
pub fn collect<R: Read + Send + 'static>(mut r: R) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Waits for `child` to exit, at most `timeout`; `None` if it is still running.
pub fn wait_for(child: &mut Child, timeout: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Ok(Some(s)) = child.try_wait() {
            return Some(s);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Runs a short command to completion within `timeout`; its stdout if it succeeded.
pub fn run_bounded(mut cmd: Command, timeout: Duration) -> Option<String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let out = collect(child.stdout.take()?);
    match wait_for(&mut child, timeout) {
        Some(s) if s.success() => out.join().ok(),
        Some(_) => None,
        None => {
            let _ = child.kill();
            let _ = child.wait();
            None
        }
    }
}

/// The environment every started process shares: the private buses and display, and no way
/// back to the desktop the test may run on.
pub fn private_env(cmd: &mut Command, dir: &Path, bus: Option<&str>, display: Option<&str>) {
    for var in [
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "WAYLAND_SOCKET",
        "XDG_SESSION_TYPE",
        "DBUS_SESSION_BUS_ADDRESS",
        "AT_SPI_BUS_ADDRESS",
        "NO_AT_BRIDGE",
        "XAUTHORITY",
        "PYTHONPATH",
        "PYTHONHOME",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("XDG_RUNTIME_DIR", dir.join("run"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("GSETTINGS_BACKEND", "memory")
        .stdin(Stdio::null());
    if let Some(bus) = bus {
        cmd.env("DBUS_SESSION_BUS_ADDRESS", bus);
    }
    if let Some(display) = display {
        cmd.env("DISPLAY", display);
    }
}

/// `dbus-send` on the private session bus; its reply (`--print-reply=literal`) if it worked.
pub fn dbus_send(dir: &Path, bus: &str, args: &[&str]) -> Option<String> {
    let mut cmd = Command::new("dbus-send");
    private_env(&mut cmd, dir, Some(bus), None);
    cmd.args(["--session", "--print-reply=literal", "--reply-timeout=2000"])
        .args(args);
    run_bounded(cmd, Duration::from_secs(5))
}

pub fn tail(path: &Path, lines: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}
