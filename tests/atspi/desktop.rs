//! The window's private desktop for tests/atspi.rs: a session bus, Xvfb, the accessibility
//! bus, the real `kofu` binary and the AT-SPI client, every process killed when it is dropped.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::controls::Control;
use super::processes::*;

/// The simulated time the window starts at (inside service hours), as in `tour::options`.
pub const AT: &str = "2026-11-25T10:00:00+09:00";
/// How long the AT-SPI client waits for the window's tree (it starts a debug build on a
/// software renderer).
pub const CLIENT_WAIT_S: u64 = 60;
/// How long the client may run in all before it is killed.
pub const CLIENT_KILL_AFTER: Duration = Duration::from_secs(CLIENT_WAIT_S + 30);
pub const LAUNCHER: &str = "/usr/libexec/at-spi-bus-launcher";
pub const PYTHON: &str = "/usr/bin/python3";

/// Whether the check runs: not with `KOFU_SKIP_ATSPI=1`, nor without the tools (unless CI).
pub fn tools_ready() -> bool {
    if std::env::var_os("KOFU_SKIP_ATSPI").is_some_and(|v| v == "1") {
        eprintln!("atspi: skipped (KOFU_SKIP_ATSPI=1)");
        return false;
    }
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    if let Some(missing) = missing_tools() {
        assert!(
            !ci,
            "CI is set but the AT-SPI check cannot run: missing {missing}"
        );
        eprintln!("atspi: skipped, missing {missing} (CI would fail)");
        return false;
    }
    true
}

/// What a failure adds: the client's stderr and the ends of the window's and helpers' logs.
pub fn context(dir: &Path, stderr: &str) -> String {
    format!(
        "\n--- atspi_tree.py stderr:\n{stderr}\n--- kofu (its log's end):\n{}\n\
         --- Xvfb:\n{}\n--- at-spi-bus-launcher:\n{}",
        tail(&dir.join("kofu.log"), 30),
        tail(&dir.join("xvfb.log"), 10),
        tail(&dir.join("launcher.log"), 10),
    )
}

/// The window's private desktop: folder, session bus, display, processes (killed on drop).
pub struct Desktop<'d> {
    pub dir: &'d Path,
    pub bus: String,
    pub display: String,
    pub procs: Procs,
}

impl<'d> Desktop<'d> {
    /// Runtime folders, a private session bus, and a display (Xvfb writes a free one on fd 1).
    pub fn start(dir: &'d Path) -> Self {
        for sub in ["run", "config", "cache", "data", "state"] {
            std::fs::create_dir_all(dir.join(sub)).expect("mkdir");
        }
        std::fs::set_permissions(dir.join("run"), std::fs::Permissions::from_mode(0o700))
            .expect("chmod");
        let mut procs = Procs {
            group: None,
            children: Vec::new(),
        };
        let mut cmd = command("dbus-daemon");
        private_env(&mut cmd, dir, None, None);
        cmd.args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .arg(format!("--address=unix:path={}", dir.join("bus").display()))
            .stdout(Stdio::piped())
            .stderr(log_to(&dir.join("dbus.log")));
        let daemon = procs.spawn("dbus-daemon", cmd);
        let daemon_out = daemon.stdout.take().expect("stdout");
        let bus = first_line(daemon_out, Duration::from_secs(10), "dbus-daemon");
        let mut cmd = command("Xvfb");
        private_env(&mut cmd, dir, None, None);
        cmd.args(["-displayfd", "1", "-screen", "0", "1366x768x24"])
            .args(["-nolisten", "tcp", "-noreset"])
            .stdout(Stdio::piped())
            .stderr(log_to(&dir.join("xvfb.log")));
        let xvfb_out = procs.spawn("Xvfb", cmd).stdout.take().expect("stdout");
        let number = first_line(xvfb_out, Duration::from_secs(20), "Xvfb");
        assert!(
            number.chars().all(|c| c.is_ascii_digit()),
            "Xvfb -displayfd wrote {number:?}"
        );
        Desktop {
            display: format!(":{number}"),
            dir,
            bus,
            procs,
        }
    }

    /// The accessibility bus' address, accessibility on from the start (`--a11y=1` is
    /// org.a11y.Status.IsEnabled = true; a screen reader would set ScreenReaderEnabled).
    pub fn accessibility_bus(&mut self) -> String {
        let mut cmd = command(LAUNCHER);
        private_env(&mut cmd, self.dir, Some(&self.bus), Some(&self.display));
        cmd.args(["--launch-immediately", "--a11y=1"])
            .stdout(Stdio::null())
            .stderr(log_to(&self.dir.join("launcher.log")));
        self.procs.spawn("at-spi-bus-launcher", cmd);
        // Wait for it to own org.a11y.Bus (asking the bus driver, which never activates a second
        // launcher from the service file), then make sure IsEnabled is true.
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let owned = dbus_send(
                self.dir,
                &self.bus,
                &[
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:org.a11y.Bus",
                ],
            );
            if owned.is_some_and(|r| r.contains("true")) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "at-spi-bus-launcher did not take org.a11y.Bus within 15 s"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let set = self.a11y(
            "org.freedesktop.DBus.Properties.Set",
            &[
                "string:org.a11y.Status",
                "string:IsEnabled",
                "variant:boolean:true",
            ],
        );
        assert!(set.is_some(), "could not set org.a11y.Status.IsEnabled");
        let enabled = self
            .a11y(
                "org.freedesktop.DBus.Properties.Get",
                &["string:org.a11y.Status", "string:IsEnabled"],
            )
            .unwrap_or_default();
        assert!(
            enabled.contains("true"),
            "org.a11y.Status.IsEnabled reads {enabled:?}"
        );
        let a11y_bus = self
            .a11y("org.a11y.Bus.GetAddress", &[])
            .unwrap_or_default();
        assert!(
            a11y_bus.trim().starts_with("unix:"),
            "the accessibility bus has no address: {a11y_bus:?}"
        );
        a11y_bus
    }

    /// `dbus-send` to the accessibility bus's launcher (`org.a11y.Bus` at `/org/a11y/bus`).
    fn a11y(&self, method: &str, args: &[&str]) -> Option<String> {
        let mut all = vec!["--dest=org.a11y.Bus", "/org/a11y/bus", method];
        all.extend_from_slice(args);
        dbus_send(self.dir, &self.bus, &all)
    }

    /// The real window with `args` after the common ones, logging to `kofu.log`; its process id.
    pub fn start_kofu(&mut self, args: &[&str]) -> u32 {
        let kofu_log = self.dir.join("kofu.log");
        let out = std::fs::File::create(&kofu_log).expect("kofu.log");
        let err = std::fs::File::options()
            .append(true)
            .open(&kofu_log)
            .expect("kofu.log");
        let mut cmd = command(env!("CARGO_BIN_EXE_kofu"));
        private_env(&mut cmd, self.dir, Some(&self.bus), Some(&self.display));
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["--at", AT, "--state"])
            .arg(self.dir.join("state"))
            .args(args)
            .env("KOFU_TIMING", "1")
            .stdout(Stdio::from(out))
            .stderr(Stdio::from(err));
        self.procs.spawn("kofu", cmd).id()
    }

    /// Runs the AT-SPI client, told what to wait for, and stops it if the window dies: its exit
    /// (`None`: killed after a time-out), the window's if it died, the client's stdout, stderr.
    pub fn read_tree(
        &mut self,
        kofu_pid: u32,
        expected: &[Control],
    ) -> (Option<ExitStatus>, Option<ExitStatus>, String, String) {
        let expect_file = self.dir.join("expect.json");
        let expect_json: Vec<serde_json::Value> = expected
            .iter()
            .map(|c| serde_json::json!({"name": c.name, "role": c.role}))
            .collect();
        let bytes = serde_json::to_vec(&expect_json).expect("json");
        std::fs::write(&expect_file, bytes).expect("expect.json");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/atspi_tree.py");
        let mut cmd = command(PYTHON);
        private_env(&mut cmd, self.dir, Some(&self.bus), Some(&self.display));
        cmd.arg(&script)
            .args(["--pid", &kofu_pid.to_string(), "--timeout"])
            .arg(CLIENT_WAIT_S.to_string())
            .arg("--expect")
            .arg(&expect_file)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let client_started = Instant::now();
        let client = self.procs.spawn("atspi_tree.py", cmd);
        let client_out = collect(client.stdout.take().expect("stdout"));
        let client_err = collect(client.stderr.take().expect("stderr"));
        let mut kofu_exit = None;
        let client_exit = loop {
            let [_, _, _, (_, kofu), (_, client)] = self.procs.children.as_mut_slice() else {
                unreachable!("five processes")
            };
            if let Ok(Some(s)) = client.try_wait() {
                break Some(s);
            }
            if kofu_exit.is_none()
                && let Ok(Some(s)) = kofu.try_wait()
            {
                kofu_exit = Some(s);
                let _ = client.kill();
                break client.wait().ok();
            }
            if client_started.elapsed() > CLIENT_KILL_AFTER {
                let _ = client.kill();
                let _ = client.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        let stdout = client_out.join().unwrap_or_default();
        let stderr = client_err.join().unwrap_or_default();
        (client_exit, kofu_exit, stdout, stderr)
    }
}
