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

use std::path::Path;
use std::time::Instant;

use kofu::report::tour;

#[path = "atspi/controls.rs"]
mod controls;
#[path = "atspi/desktop.rs"]
mod desktop;
#[path = "atspi/processes.rs"]
mod processes;

use controls::*;
use desktop::*;

#[test]
fn the_home_screen_reads_the_same_through_atspi() {
    if !tools_ready() {
        return;
    }
    let started = Instant::now();
    let expected = kittest_controls(tour::options("fujifilm", "ja"));
    let tmp = tempfile::tempdir().expect("tempdir");
    let (json, context) = read_window(tmp.path(), &[], &expected);
    let context = || context.clone();
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
}

/// `--participant-view` as a screen reader finds it: the machine's window has no card picker
/// and no console button (a participant must not see every persona or open the trainer's
/// tools). The moderator's console is a second OS window, which eframe 0.37 gives no AccessKit
/// adapter (only the root viewport gets one; emilk/egui#8409, closed unmerged): it is not on
/// the AT-SPI desktop, a limit README states. Its contents are checked in the kittest tree
/// (tests/gui_participant.rs).
#[test]
fn the_participant_view_hides_the_card_picker_and_the_console_button() {
    if !tools_ready() {
        return;
    }
    let ja = kofu::i18n::I18n::in_lang("ja");
    let title = ja.t("app-title");
    // Read the tree once the home screen's services button is there.
    let services: Vec<Control> = kittest_controls(tour::options("fujifilm", "ja"))
        .into_iter()
        .filter(|c| c.role == "push button" && c.name.contains("行政"))
        .collect();
    assert_eq!(services.len(), 1, "the services button: {services:?}");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (json, context) = read_window(tmp.path(), &["--participant-view"], &services);
    let nodes: Vec<&serde_json::Value> = json["nodes"].as_array().into_iter().flatten().collect();
    let named = |name: &str| {
        nodes
            .iter()
            .filter(|n| n["window"] == title.as_str())
            .any(|n| n["name"].as_str().is_some_and(|s| s.contains(name)))
    };
    assert!(
        named(&services[0].name),
        "no machine window {title:?}{context}"
    );
    for key in ["reader-choose", "trainer-toggle", "trainer-deck"] {
        let name = ja.t(key);
        assert!(
            !named(&name),
            "the participant's window offers {name:?} ({key}){context}"
        );
    }
    let controls = atspi_controls(&json);
    assert!(
        controls.len() > 20,
        "only {} controls: {controls:?}",
        controls.len()
    );
    eprintln!(
        "atspi: participant view, {} controls, none of them the card picker or the console",
        controls.len()
    );
}

/// Starts the window (with `args`) on a private desktop, waits until its AT-SPI tree holds
/// `expected`, and returns what the client printed with the logs a failure adds. The
/// desktop's processes are gone when it returns.
fn read_window(dir: &Path, args: &[&str], expected: &[Control]) -> (serde_json::Value, String) {
    let mut desktop = Desktop::start(dir);
    let a11y_bus = desktop.accessibility_bus();
    let kofu_pid = desktop.start_kofu(args);
    let (client_exit, kofu_exit, stdout, stderr) = desktop.read_tree(kofu_pid, expected);
    let context = context(desktop.dir, &stderr);
    if let Some(s) = kofu_exit {
        panic!("kofu exited ({s}) before its tree was read{context}");
    }
    let Some(client_exit) = client_exit else {
        panic!("atspi_tree.py ran past {CLIENT_KILL_AFTER:?} and was killed{context}");
    };
    let json: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!("atspi_tree.py ({client_exit}) printed no JSON ({e}): {stdout:?}{context}")
    });
    assert!(
        json["app"].is_string(),
        "kofu never appeared on the AT-SPI desktop within {CLIENT_WAIT_S} s (accessibility \
         bus {}){context}",
        a11y_bus.trim(),
    );
    drop(desktop);
    (json, context)
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
