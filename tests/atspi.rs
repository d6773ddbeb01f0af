//! The outside check: the real kiosk window, started under Xvfb with the accessibility bus on,
//! is read by an AT-SPI client (`tests/atspi_tree.py`, Debian's python3-pyatspi), and the home
//! screen's controls must have there the names and roles the kittest tree gives them (and the
//! same states: greyed out, on), no more and no fewer.
//!
//! The expected list comes from the same `KioskApp` in an `egui_kittest::Harness` (as
//! `tests/gui.rs` drives it): every shown control (button, toggle button, check box, radio
//! button, entry, slider, link …) on the home screen — the panel's language buttons, "行政サービス",
//! the display-mode toggles and the machine's parts. The AT-SPI side is the window as a screen
//! reader sees it: a private D-Bus session bus, `at-spi-bus-launcher --a11y=1` (accesskit_unix
//! only exposes the tree once `org.a11y.Status.IsEnabled` is true: without it the window never
//! reaches the AT-SPI desktop; the test also sets and reads the property with `dbus-send`),
//! `Xvfb` on a free display (`-displayfd`), and the real `kofu` binary.
//!
//! Tools: `Xvfb` (xvfb), `dbus-daemon` and `dbus-send` (dbus-daemon, dbus-bin),
//! `/usr/libexec/at-spi-bus-launcher` (at-spi2-core), `/usr/bin/python3` with `pyatspi`
//! (python3-pyatspi); `.ci/run` installs them. Without them the test says why and passes,
//! unless `CI` is set, where a missing tool fails it. `KOFU_SKIP_ATSPI=1` skips it outright.
//!
//! Every process it starts runs in one process group, killed when the test ends, passed or not
//! (and, through `setpriv --pdeathsig`, if the test's thread dies without unwinding).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::time::{Duration, Instant};

use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use kofu::report::tour;
use kofu::window::{KioskApp, tokens};

#[path = "atspi/processes.rs"]
mod processes;

use processes::*;

/// The simulated time the window starts at (inside service hours), as in `tour::options`.
const AT: &str = "2026-11-25T10:00:00+09:00";
/// How long the AT-SPI client waits for the window's tree (it starts a debug build on a
/// software renderer).
const CLIENT_WAIT_S: u64 = 60;
/// How long the client may run in all before it is killed.
const CLIENT_KILL_AFTER: Duration = Duration::from_secs(CLIENT_WAIT_S + 30);
const LAUNCHER: &str = "/usr/libexec/at-spi-bus-launcher";
const PYTHON: &str = "/usr/bin/python3";

/// Whether an AT-SPI role name is one a person operates.
fn atspi_role_name_is_control(role: &str) -> bool {
    matches!(
        role,
        "push button"
            | "toggle button"
            | "check box"
            | "radio button"
            | "combo box"
            | "entry"
            | "slider"
            | "spin button"
            | "link"
    )
}

/// A control as a screen reader gets it: its name and its AT-SPI role name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Control {
    name: String,
    role: String,
    /// Greyed out (kittest: disabled; AT-SPI: no "enabled" state).
    disabled: bool,
    /// On (kittest: toggled true; AT-SPI: "checked" or "pressed").
    on: bool,
}

/// The AT-SPI role accesskit_atspi_common gives an interactive accesskit role, `None` for a
/// node that is not a control. Mirrors its mapping, so a mismatch means the tree the window
/// exposes is not the one kittest sees.
fn atspi_role(role: Role, toggled: bool) -> Option<&'static str> {
    Some(match role {
        Role::Button if toggled => "toggle button",
        Role::Button | Role::DefaultButton | Role::ColorWell => "push button",
        Role::CheckBox => "check box",
        Role::Switch | Role::DisclosureTriangle => "toggle button",
        Role::RadioButton => "radio button",
        Role::ComboBox | Role::EditableComboBox => "combo box",
        Role::TextInput
        | Role::MultilineTextInput
        | Role::SearchInput
        | Role::EmailInput
        | Role::NumberInput
        | Role::PhoneNumberInput
        | Role::UrlInput => "entry",
        Role::PasswordInput => "password text",
        Role::Slider => "slider",
        Role::SpinButton => "spin button",
        Role::Link => "link",
        Role::Tab => "page tab",
        Role::MenuItem | Role::MenuListOption => "menu item",
        Role::MenuItemCheckBox => "check menu item",
        Role::MenuItemRadio => "radio menu item",
        Role::ListBoxOption => "list item",
        _ => return None,
    })
}

/// The AT-SPI role names counted as controls on the window's side.
const CONTROL_ROLES: &[&str] = &[
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "entry",
    "password text",
    "slider",
    "spin button",
    "link",
    "page tab",
    "menu item",
    "check menu item",
    "radio menu item",
    "list item",
];

/// The home screen's controls in the kittest tree, in tree order; at least one button, every
/// control named.
fn kittest_controls() -> Vec<Control> {
    let app = KioskApp::new(tour::options("fujifilm", "ja")).expect("kiosk");
    let mut h = Harness::builder()
        .with_size(tokens::window_size())
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app);
    h.run();
    let mut out = Vec::new();
    for n in h.root().children_recursive() {
        let node = n.accesskit_node();
        if node.is_hidden() {
            continue;
        }
        let toggled = node.toggled();
        let role = if node.has_role_description() {
            None
        } else {
            atspi_role(node.role(), toggled.is_some())
        };
        let Some(role) = role else { continue };
        // accesskit_atspi_common's name: the value where the label comes from it, else the label.
        let name = if node.label_comes_from_value() {
            node.value()
        } else {
            node.label()
        };
        out.push(Control {
            name: name.unwrap_or_default(),
            role: role.to_string(),
            disabled: node.is_disabled(),
            on: toggled == Some(Toggled::True),
        });
    }
    assert!(
        out.iter().any(|c| c.role == "push button"),
        "the kittest tree has no button: {out:?}"
    );
    for c in &out {
        assert!(
            !c.name.is_empty(),
            "kittest: a {} without a name ({out:?})",
            c.role
        );
    }
    out
}

/// The window's controls as the AT-SPI client printed them.
fn atspi_controls(json: &serde_json::Value) -> Vec<Control> {
    let nodes = json["nodes"].as_array().cloned().unwrap_or_default();
    nodes
        .iter()
        .filter_map(|n| {
            let role = n["role"].as_str()?;
            if !CONTROL_ROLES.contains(&role) {
                return None;
            }
            let states: Vec<&str> = n["states"]
                .as_array()
                .map(|a| a.iter().filter_map(|s| s.as_str()).collect())
                .unwrap_or_default();
            if !states.contains(&"showing") && !states.contains(&"visible") {
                return None;
            }
            Some(Control {
                name: n["name"].as_str().unwrap_or_default().to_string(),
                role: role.to_string(),
                disabled: !states.contains(&"enabled"),
                on: states.contains(&"checked") || states.contains(&"pressed"),
            })
        })
        .collect()
}

fn counts(v: &[Control]) -> BTreeMap<&Control, usize> {
    let mut m = BTreeMap::new();
    for c in v {
        *m.entry(c).or_insert(0) += 1;
    }
    m
}

/// What differs between the two lists (as multisets), `None` when they agree.
fn diff(expected: &[Control], actual: &[Control]) -> Option<String> {
    let (want, have) = (counts(expected), counts(actual));
    let mut report = String::new();
    for (c, n) in &want {
        let got = have.get(c).copied().unwrap_or(0);
        if got < *n {
            let _ = write!(
                report,
                "\n  missing from AT-SPI: {:?} as {:?}{}{}",
                c.name,
                c.role,
                if c.disabled { " (disabled)" } else { "" },
                if c.on { " (on)" } else { "" }
            );
            if *n > 1 {
                let _ = write!(report, " ×{n}, found {got}");
            }
            let same_name: Vec<String> = actual
                .iter()
                .filter(|a| a.name == c.name && *a != *c)
                .map(|a| format!("{} disabled={} on={}", a.role, a.disabled, a.on))
                .collect();
            if !same_name.is_empty() {
                let _ = write!(report, " — AT-SPI has that name as {same_name:?}");
            }
        }
    }
    for (c, n) in &have {
        let wanted = want.get(c).copied().unwrap_or(0);
        if wanted < *n {
            let _ = write!(
                report,
                "\n  only in AT-SPI: {:?} as {:?}{}{}",
                c.name,
                c.role,
                if c.disabled { " (disabled)" } else { "" },
                if c.on { " (on)" } else { "" }
            );
        }
    }
    (!report.is_empty()).then_some(report)
}

#[test]
fn the_home_screen_reads_the_same_through_atspi() {
    if !tools_ready() {
        return;
    }
    let started = Instant::now();
    let expected = kittest_controls();
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut desktop = Desktop::start(tmp.path());
    let a11y_bus = desktop.accessibility_bus();
    let kofu_pid = desktop.start_kofu();
    let (client_exit, kofu_exit, stdout, stderr) = desktop.read_tree(kofu_pid, &expected);
    let context = || context(desktop.dir, &stderr);
    if let Some(s) = kofu_exit {
        panic!("kofu exited ({s}) before its tree was read{}", context());
    }
    let Some(client_exit) = client_exit else {
        panic!(
            "atspi_tree.py ran past {CLIENT_KILL_AFTER:?} and was killed{}",
            context()
        );
    };
    let json: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!(
            "atspi_tree.py ({client_exit}) printed no JSON ({e}): {stdout:?}{}",
            context()
        )
    });
    assert!(
        json["app"].is_string(),
        "kofu never appeared on the AT-SPI desktop within {CLIENT_WAIT_S} s (accessibility \
         bus {}){}",
        a11y_bus.trim(),
        context()
    );
    window_named_and_on_screen(&json, &context);
    let actual = atspi_controls(&json);
    let report = report(&expected, &actual, &json);
    if let Some(d) = diff(&expected, &actual) {
        panic!(
            "the window's AT-SPI tree differs from the kittest tree:{d}\n\n{report}{}",
            context()
        );
    }
    eprintln!(
        "{report}atspi: same names, roles and states through AT-SPI; {:.1} s in all",
        started.elapsed().as_secs_f64()
    );
    drop(desktop);
}

/// Whether the check runs: not with `KOFU_SKIP_ATSPI=1`, nor without the tools (unless CI).
fn tools_ready() -> bool {
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
fn context(dir: &Path, stderr: &str) -> String {
    format!(
        "\n--- atspi_tree.py stderr:\n{stderr}\n--- kofu (its log's end):\n{}\n\
         --- Xvfb:\n{}\n--- at-spi-bus-launcher:\n{}",
        tail(&dir.join("kofu.log"), 30),
        tail(&dir.join("xvfb.log"), 10),
        tail(&dir.join("launcher.log"), 10),
    )
}

/// The window's private desktop: folder, session bus, display, processes (killed on drop).
struct Desktop<'d> {
    dir: &'d Path,
    bus: String,
    display: String,
    procs: Procs,
}

impl<'d> Desktop<'d> {
    /// Runtime folders, a private session bus, and a display (Xvfb writes a free one on fd 1).
    fn start(dir: &'d Path) -> Self {
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
    fn accessibility_bus(&mut self) -> String {
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

    /// The real window, logging to `kofu.log`; its process id.
    fn start_kofu(&mut self) -> u32 {
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
            .env("KOFU_TIMING", "1")
            .stdout(Stdio::from(out))
            .stderr(Stdio::from(err));
        self.procs.spawn("kofu", cmd).id()
    }

    /// Runs the AT-SPI client, told what to wait for, and stops it if the window dies: its exit
    /// (`None`: killed after a time-out), the window's if it died, the client's stdout, stderr.
    fn read_tree(
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

/// The window has its accessible name (a screen reader's window list reads it), and on a
/// 1366×768 laptop screen every shown control lies on the screen (the window sizes itself to
/// the monitor and zooms the machine to fit).
fn window_named_and_on_screen(json: &serde_json::Value, context: &dyn Fn() -> String) {
    let title = kofu::i18n::I18n::in_lang("ja").t("app-title");
    let nodes: Vec<&serde_json::Value> = json["nodes"].as_array().into_iter().flatten().collect();
    let frames: Vec<&str> = nodes
        .iter()
        .filter(|n| n["role"] == "frame" || n["role"] == "window")
        .filter_map(|n| n["name"].as_str())
        .collect();
    assert!(
        frames.contains(&title.as_str()),
        "the window's AT-SPI name is not {title:?}: frames {frames:?}{}",
        context()
    );
    let placed: Vec<(String, [i64; 4])> = nodes
        .iter()
        .filter(|n| atspi_role_name_is_control(n["role"].as_str().unwrap_or_default()))
        .filter_map(|n| {
            let e: Vec<i64> = n["extents"]
                .as_array()?
                .iter()
                .filter_map(|v| v.as_i64())
                .collect();
            let [x, y, w, h] = e[..] else { return None };
            (w > 0 && h > 0).then(|| (n["name"].to_string(), [x, y, w, h]))
        })
        .collect();
    assert!(
        placed.len() > 20,
        "AT-SPI gave the extents of only {} controls{}",
        placed.len(),
        context()
    );
    let off_screen: Vec<&(String, [i64; 4])> = placed
        .iter()
        .filter(|(_, [x, y, w, h])| *x < 0 || *y < 0 || x + w > 1366 || y + h > 768)
        .collect();
    assert!(
        off_screen.is_empty(),
        "controls off a 1366x768 screen: {off_screen:?}{}",
        context()
    );
}

/// The two sides' counts and the kittest list, printed on success and after a difference.
fn report(expected: &[Control], actual: &[Control], json: &serde_json::Value) -> String {
    let mut report = String::new();
    let _ = writeln!(
        report,
        "kittest: {} controls on the home screen; AT-SPI ({}): {} controls, read after {} s",
        expected.len(),
        json["app"].as_str().unwrap_or("?"),
        actual.len(),
        json["seconds"]
    );
    for c in expected {
        let _ = writeln!(
            report,
            "  {:<14} {:?}{}{}",
            c.role,
            c.name,
            if c.disabled { " (disabled)" } else { "" },
            if c.on { " (on)" } else { "" }
        );
    }
    report
}
