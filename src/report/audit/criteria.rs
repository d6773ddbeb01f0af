//! What each check stands for: its success criteria in WCAG 2.2, EN 301 549 V3.2.1 and
//! JIS X 8341-3:2016, and the W3C page that explains it — so the report, the CSV and each SARIF
//! rule name the criterion a failure breaks, as axe-core's rules do.
//!
//! JIS X 8341-3:2016 is WCAG 2.0 (ISO/IEC 40500:2012) with its success criteria numbered 7.x.x.x;
//! a criterion new in WCAG 2.1 or 2.2 has no JIS number. EN 301 549 V3.2.1 numbers WCAG 2.1's
//! criteria for non-web software (a kiosk's screens) as 11.x.x.x and has its own clauses for
//! closed functionality (5.1); WCAG 2.2's new criteria are not in it.

use serde::Serialize;

/// A success criterion of WCAG 2.2.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Sc {
    /// Number, e.g. `1.4.3`.
    pub number: &'static str,
    /// Name, e.g. `Contrast (Minimum)`.
    pub name: &'static str,
    /// Level: A, AA or AAA.
    pub level: &'static str,
}

/// One check and the criteria it measures.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    /// The check's id in findings (`contrast`, `spoken`…).
    pub id: &'static str,
    /// One line: what passes.
    pub summary: &'static str,
    /// WCAG 2.2 success criteria, the first the main one.
    pub wcag: &'static [Sc],
    /// EN 301 549 V3.2.1 clauses.
    pub en301549: &'static [&'static str],
    /// JIS X 8341-3:2016 success criteria (WCAG 2.0 numbering).
    pub jis: &'static [&'static str],
    /// W3C page that explains the main criterion.
    pub help_uri: &'static str,
}

impl Rule {
    /// The criteria in one line: `WCAG 2.2 1.4.3 Contrast (Minimum) (AA); EN 301 549 11.1.4.3;
    /// JIS X 8341-3 7.1.4.3`.
    pub fn criteria(&self) -> String {
        let mut parts = Vec::new();
        if !self.wcag.is_empty() {
            let w: Vec<String> = self
                .wcag
                .iter()
                .map(|s| format!("{} {} ({})", s.number, s.name, s.level))
                .collect();
            parts.push(format!("WCAG 2.2 {}", w.join(", ")));
        }
        if !self.en301549.is_empty() {
            parts.push(format!("EN 301 549 {}", self.en301549.join(", ")));
        }
        parts.push(if self.jis.is_empty() {
            "JIS X 8341-3: none (not in WCAG 2.0)".to_string()
        } else {
            format!("JIS X 8341-3 {}", self.jis.join(", "))
        });
        parts.join("; ")
    }
}

const fn sc(number: &'static str, name: &'static str, level: &'static str) -> Sc {
    Sc {
        number,
        name,
        level,
    }
}

const U: &str = "https://www.w3.org/WAI/WCAG22/Understanding/";

macro_rules! understanding {
    ($page:literal) => {
        concat!("https://www.w3.org/WAI/WCAG22/Understanding/", $page)
    };
}

/// Every check, in report order.
pub const RULES: [Rule; 20] = [
    Rule {
        id: "contrast",
        summary: "Text stands out from what is painted under it by the profile's contrast.",
        wcag: &[
            sc("1.4.3", "Contrast (Minimum)", "AA"),
            sc("1.4.6", "Contrast (Enhanced)", "AAA"),
        ],
        en301549: &["11.1.4.3"],
        jis: &["7.1.4.3", "7.1.4.6"],
        help_uri: understanding!("contrast-minimum.html"),
    },
    Rule {
        id: "target_size",
        summary: "Every control is at least the profile's target size on the declared panel.",
        wcag: &[
            sc("2.5.8", "Target Size (Minimum)", "AA"),
            sc("2.5.5", "Target Size (Enhanced)", "AAA"),
        ],
        en301549: &[],
        jis: &[],
        help_uri: understanding!("target-size-minimum.html"),
    },
    Rule {
        id: "named",
        summary: "Every control has an accessible name and a role.",
        wcag: &[sc("4.1.2", "Name, Role, Value", "A")],
        en301549: &["11.4.1.2"],
        jis: &["7.4.1.2"],
        help_uri: understanding!("name-role-value.html"),
    },
    Rule {
        id: "clipped",
        summary: "No text is cut off, elided or runs out of its control.",
        wcag: &[sc("1.4.4", "Resize Text", "AA")],
        en301549: &["11.1.4.4", "5.1.4"],
        jis: &["7.1.4.4"],
        help_uri: understanding!("resize-text.html"),
    },
    Rule {
        id: "below_fold",
        summary: "No text of the body is below its fold: a long screen is paged, not scrolled.",
        wcag: &[sc("1.4.10", "Reflow", "AA")],
        en301549: &["11.1.4.10"],
        jis: &[],
        help_uri: understanding!("reflow.html"),
    },
    Rule {
        id: "overlap",
        summary: "No two texts are painted over each other.",
        wcag: &[sc("1.4.4", "Resize Text", "AA")],
        en301549: &["11.1.4.4"],
        jis: &["7.1.4.4"],
        help_uri: understanding!("resize-text.html"),
    },
    Rule {
        id: "focus_order",
        summary: "The keypad reaches controls in reading order.",
        wcag: &[
            sc("2.4.3", "Focus Order", "A"),
            sc("1.3.2", "Meaningful Sequence", "A"),
        ],
        en301549: &["11.2.4.3"],
        jis: &["7.2.4.3", "7.1.3.2"],
        help_uri: understanding!("focus-order.html"),
    },
    Rule {
        id: "large_text",
        summary: "Large-text mode: a capital H subtends the profile's angle at the viewing distance.",
        wcag: &[sc("1.4.4", "Resize Text", "AA")],
        en301549: &["5.1.4"],
        jis: &["7.1.4.4"],
        help_uri: understanding!("resize-text.html"),
    },
    Rule {
        id: "text_height",
        summary: "Every panel text has at least the profile's capital height (ADA §707.7.2).",
        wcag: &[sc("1.4.4", "Resize Text", "AA")],
        en301549: &["5.1.4"],
        jis: &["7.1.4.4"],
        help_uri: understanding!("resize-text.html"),
    },
    Rule {
        id: "non_text_contrast",
        summary: "Control boundaries and state marks have the profile's non-text contrast.",
        wcag: &[sc("1.4.11", "Non-text Contrast", "AA")],
        en301549: &["11.1.4.11"],
        jis: &[],
        help_uri: understanding!("non-text-contrast.html"),
    },
    Rule {
        id: "focus_indicator",
        summary: "The keypad highlight is a ring at least 2 px thick with the profile's contrast.",
        wcag: &[
            sc("2.4.7", "Focus Visible", "AA"),
            sc("2.4.13", "Focus Appearance", "AAA"),
        ],
        en301549: &["11.2.4.7"],
        jis: &["7.2.4.7"],
        help_uri: understanding!("focus-appearance.html"),
    },
    Rule {
        id: "colour_vision",
        summary: "A chosen and an unchosen option differ by more than colour.",
        wcag: &[sc("1.4.1", "Use of Color", "A")],
        en301549: &["11.1.4.1"],
        jis: &["7.1.4.1"],
        help_uri: understanding!("use-of-color.html"),
    },
    Rule {
        id: "spoken",
        summary: "Every text on the panel is in what the speech guide says (EN 301 549 5.1.3.1, ADA §707.5).",
        wcag: &[sc("1.3.1", "Info and Relationships", "A")],
        en301549: &["5.1.3.1"],
        jis: &["7.1.3.1"],
        help_uri: "https://www.w3.org/TR/wcag2ict-22/#closed-functionality",
    },
    Rule {
        id: "stale_status",
        summary: "No status or live text from an earlier screen or another language is on show.",
        wcag: &[sc("4.1.3", "Status Messages", "AA")],
        en301549: &["11.4.1.3"],
        jis: &[],
        help_uri: understanding!("status-messages.html"),
    },
    Rule {
        id: "line_height",
        summary: "Wrapped text is set at the profile's line height (1.5 for body text).",
        wcag: &[
            sc("1.4.8", "Visual Presentation", "AAA"),
            sc("1.4.12", "Text Spacing", "AA"),
        ],
        en301549: &["11.1.4.12"],
        jis: &["7.1.4.8"],
        help_uri: understanding!("visual-presentation.html"),
    },
    Rule {
        id: "word_break",
        summary: "No line breaks inside a word (UAX #14 and the dictionary word segmenter).",
        wcag: &[sc("1.4.8", "Visual Presentation", "AAA")],
        en301549: &[],
        jis: &["7.1.4.8"],
        help_uri: understanding!("visual-presentation.html"),
    },
    Rule {
        id: "first_page",
        summary: "Large-text mode: the control the instruction names is on the first page.",
        wcag: &[
            sc("1.4.4", "Resize Text", "AA"),
            sc("1.4.10", "Reflow", "AA"),
        ],
        en301549: &["5.1.4", "11.1.4.4"],
        jis: &["7.1.4.4"],
        help_uri: understanding!("resize-text.html"),
    },
    Rule {
        id: "announced",
        summary: "Every keypad highlight move is announced: the speech guide says the highlighted control's accessible name and its position (\"2 of 5\").",
        wcag: &[
            sc("4.1.2", "Name, Role, Value", "A"),
            sc("2.4.3", "Focus Order", "A"),
        ],
        en301549: &["5.1.3.1", "11.4.1.2"],
        jis: &["7.4.1.2", "7.2.4.3"],
        help_uri: understanding!("name-role-value.html"),
    },
    Rule {
        id: "console_named",
        summary: "Every control of the trainer console and of the machine's parts, drawn beside the kiosk, has an accessible name and a role.",
        wcag: &[sc("4.1.2", "Name, Role, Value", "A")],
        en301549: &["11.4.1.2"],
        jis: &["7.4.1.2"],
        help_uri: understanding!("name-role-value.html"),
    },
    Rule {
        id: "tiles_aligned",
        summary: "Tiles in a row have one height and one top (kofu's layout rule).",
        wcag: &[sc("1.4.8", "Visual Presentation", "AAA")],
        en301549: &[],
        jis: &[],
        help_uri: understanding!("visual-presentation.html"),
    },
];

/// The rule of a check id (every check the audit makes is in [`RULES`]).
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The W3C Understanding documents' base address (the manual checklist links into it).
pub const UNDERSTANDING: &str = U;
