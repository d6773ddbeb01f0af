//! The instructor station's words: its own (`locales/class/<lang>.ftl`) and the kiosk's and the
//! console's where they say the same thing (a screen's name, a refusal's title, a fault's
//! name), so the instructor reads what the trainee's console says.

use chrono::Utc;

use crate::domain::calendar::TOKYO;
use crate::domain::municipality::Municipality;
use crate::domain::reason::Reason;
use crate::domain::session::Fault;
use crate::i18n::{Arg, I18n};
use crate::training::feedback;

/// The faults the instructor can inject, in the console's order.
pub const FAULTS: [Fault; 5] = [
    Fault::PaperJam,
    Fault::OutOfPaper,
    Fault::CardUnreadable,
    Fault::NoChange,
    Fault::CentreUnreachable,
];

/// The language and the municipality refusals are worded for.
pub struct Words<'a> {
    /// The instructor's language.
    pub tr: &'a I18n,
    /// The bundled default municipality (a station does not say its own).
    pub municipality: Option<&'a Municipality>,
}

impl Words<'_> {
    /// A key's words.
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    /// A key's words with arguments.
    pub fn ta(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.tr.ta(key, args)
    }

    /// A screen's name, as the console's event log says it; a recording's own states (the
    /// language list, the inactivity warning, the questionnaire) in the station's words; an
    /// unknown code as it is.
    pub fn screen(&self, code: &str) -> String {
        let key = match code {
            "language_list" | "warning" | "questionnaire" => {
                format!("class-screen-{}", code.replace('_', "-"))
            }
            _ => format!("trainer-screen-{code}"),
        };
        self.tr
            .ta_complete(&key, &[])
            .unwrap_or_else(|| code.to_string())
    }

    /// A refusal's title as the kiosk shows it (its facts the typical ones), or the code.
    pub fn refusal(&self, code: &str) -> String {
        match (Reason::from_code(code), self.municipality) {
            (Some(r), Some(m)) => {
                let today = Utc::now().with_timezone(&TOKYO).date_naive();
                let refusal = feedback::typical(r, m, today);
                crate::i18n::refusal::text(self.tr, &refusal, m).title
            }
            _ => code.to_string(),
        }
    }

    /// A fault's name from its code (the code when this kofu does not know it).
    pub fn fault(&self, code: &str) -> String {
        Fault::from_code(code).map_or_else(|| code.to_string(), |f| self.tr.fault(f))
    }

    /// A command (as stored) in words.
    pub fn command(&self, c: &serde_json::Value) -> String {
        let field = |k: &str| c.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
        match field("command").as_str() {
            "start-exercise" => self.ta(
                "class-cmd-start-exercise",
                &[("exercise", Arg::Str(field("exercise")))],
            ),
            "inject-fault" => self.ta(
                "class-cmd-inject-fault",
                &[("fault", Arg::Str(self.fault(&field("fault"))))],
            ),
            "pause" => self.t("class-cmd-pause"),
            "resume" => self.t("class-cmd-resume"),
            "set-clock" => self.ta("class-cmd-set-clock", &[("time", Arg::Str(field("at")))]),
            "end-session" => self.t("class-cmd-end-session"),
            other => other.to_string(),
        }
    }

    /// A station's answer to a command in words.
    pub fn outcome(&self, code: &str) -> String {
        match code {
            "applied" => self.t("class-outcome-applied"),
            "unknown" => self.t("class-outcome-unknown"),
            other => self.ta("class-outcome-other", &[("code", Arg::Str(other.into()))]),
        }
    }

    /// A reason a station needs help, in words.
    pub fn help(&self, reason: &str) -> String {
        self.t(&format!("class-help-{reason}"))
    }

    /// A recorded session's outcome status in words.
    pub fn status(&self, status: &str) -> String {
        let key = format!("class-status-{}", status.replace('_', "-"));
        match self.tr.ta_complete(&key, &[]) {
            Some(s) => s,
            None => status.to_string(),
        }
    }
}

/// Milliseconds as minutes and seconds (`1:05`), the same in every language.
pub fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}
