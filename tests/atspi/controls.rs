//! The controls on both sides of tests/atspi.rs: what the kittest tree of the same window holds,
//! and what the AT-SPI client read, as (name, role, disabled, on), and their difference.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use kofu::window::{KioskApp, UiOptions, tokens};

/// Whether an AT-SPI role name is one a person operates.
pub fn atspi_role_name_is_control(role: &str) -> bool {
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
pub struct Control {
    pub name: String,
    pub role: String,
    /// Greyed out (kittest: disabled; AT-SPI: no "enabled" state).
    pub disabled: bool,
    /// On (kittest: toggled true; AT-SPI: "checked" or "pressed").
    pub on: bool,
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
pub fn kittest_controls(opts: UiOptions) -> Vec<Control> {
    let app = KioskApp::new(opts).expect("kiosk");
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
pub fn atspi_controls(json: &serde_json::Value) -> Vec<Control> {
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

/// How many times each control occurs (a list compared as a multiset).
fn counts(v: &[Control]) -> BTreeMap<&Control, usize> {
    let mut m = BTreeMap::new();
    for c in v {
        *m.entry(c).or_insert(0) += 1;
    }
    m
}

/// What differs between the two lists (as multisets), `None` when they agree.
pub fn diff(expected: &[Control], actual: &[Control]) -> Option<String> {
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

/// The two sides' counts and the kittest list, printed on success and after a difference.
pub fn report(expected: &[Control], actual: &[Control], json: &serde_json::Value) -> String {
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
