//! A recording's two files: the scenario and the timeline put into words ([`render`]) and
//! written ([`Recorder::write_as`]), the outcome summary a study reads, and the session's name.

use chrono::{DateTime, SecondsFormat, Utc};

use super::class::Saved;
use super::script::ScriptHead;
use super::{Recorder, Recording};
use crate::domain::session::{Session, Status};
use crate::research::timeline::{OutcomeSummary, ScreenVisit, Timeline};

impl Recorder {
    /// Writes the session's two files (if it had an input); errors are kept in `error`.
    pub(super) fn write(&mut self) {
        self.write_as(None);
    }

    /// As [`Recorder::write`]; with `cut`, as a session cut off here with that outcome (a
    /// checkpoint), the recording itself unchanged.
    pub(super) fn write_as(&mut self, cut: Option<&OutcomeSummary>) {
        let Some(r) = self.live.as_mut() else {
            return;
        };
        if r.t0.is_none() {
            return;
        }
        // The database gets its save even when the folder cannot be made.
        let made = std::fs::create_dir_all(&self.dir);
        let name = match &r.name {
            Some(n) => n.clone(),
            None => {
                let mut n = 1;
                while self.dir.join(format!("{}-{n}.toml", r.base)).exists()
                    || self
                        .dir
                        .join(format!("{}-{n}.timeline.json", r.base))
                        .exists()
                {
                    n += 1;
                }
                let name = format!("{}-{n}", r.base);
                r.name = Some(name.clone());
                name
            }
        };
        let toml_path = self.dir.join(format!("{name}.toml"));
        let json_path = self.dir.join(format!("{name}.timeline.json"));
        let (toml_text, json) = match render(r, &self.dir, &name, cut) {
            Ok(x) => x,
            Err(e) => {
                let path = match e {
                    RenderError::Scenario(_) => &toml_path,
                    RenderError::Timeline(_) => &json_path,
                };
                self.error = Some(format!("{}: {e}", path.display()));
                return;
            }
        };
        if let Some(sink) = &self.sink {
            let design = &r.setting.design;
            sink.save(Saved {
                session: name,
                participant: design.participant.clone(),
                condition: design.condition.clone(),
                started: r
                    .started_at
                    .map(|t| t.to_rfc3339_opts(SecondsFormat::Millis, true))
                    .unwrap_or_default(),
                timeline: json.clone(),
            });
        }
        if let Err(e) = made {
            self.error = Some(format!("{}: {e}", self.dir.display()));
            return;
        }
        let result = crate::output::write_file(&toml_path, toml_text.as_bytes())
            .and_then(|()| crate::output::write_file(&json_path, json.as_bytes()));
        match result {
            Ok(()) => {
                self.error = None;
                if !self.written.contains(&json_path) {
                    self.written.push(json_path);
                }
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }
}

/// Why a recording's files could not be put into words (kept for the console like a failed
/// write).
#[derive(Debug, thiserror::Error)]
enum RenderError {
    /// The scenario could not be serialized as TOML.
    #[error("{0}")]
    Scenario(#[from] toml::ser::Error),
    /// The timeline could not be serialized as JSON.
    #[error("{0}")]
    Timeline(#[from] serde_json::Error),
}

/// The scenario text and the timeline JSON of a recording; `cut`: written as left there with
/// that outcome.
fn render(
    r: &Recording,
    dir: &std::path::Path,
    name: &str,
    cut: Option<&OutcomeSummary>,
) -> Result<(String, String), RenderError> {
    let outcome = cut.or(r.outcome.as_ref()).cloned().unwrap_or_default();
    let title = format!("Recorded session {name}");
    let head = ScriptHead {
        title: &title,
        dir,
        municipality: &r.setting.municipality,
        vendor: &r.setting.vendor,
        at: r.sim_start,
        personas: r.setting.personas.as_deref(),
        status: &outcome.status,
        left: r.left || cut.is_some(),
        reason: outcome.reason.as_deref(),
        fee_yen: outcome.fee_yen,
        paid_yen: outcome.paid_yen,
        documents: outcome.documents as usize,
    };
    let toml = r.script.to_toml(&head)?;
    let mut screens = r.screens.clone();
    if !r.open_screen.0.is_empty() {
        // The screen still on show: timed to the last thing that happened.
        let last = r.inputs.last().map_or(0, |i| i.t_ms).max(r.open_screen.1);
        screens.push(ScreenVisit {
            screen: r.open_screen.0.clone(),
            entered_ms: r.open_screen.1,
            left_ms: last,
        });
    }
    let timeline = Timeline {
        version: crate::research::timeline::TIMELINE_VERSION,
        design: r.setting.design.clone(),
        scenario: format!("{name}.toml"),
        vendor: r.setting.vendor.clone(),
        municipality: r.setting.municipality.clone(),
        lang: r.lang.clone(),
        display: r.setting.display.clone(),
        started_at: r
            .started_at
            .map(|t| t.to_rfc3339_opts(SecondsFormat::Millis, true))
            .unwrap_or_default(),
        simulated_start: r.sim_start.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        inputs: r.inputs.clone(),
        screens,
        notes: r.notes.clone(),
        answers: r.answers.clone(),
        outcome,
    };
    Ok((toml, serde_json::to_string_pretty(&timeline)?))
}

/// The outcome fields a study needs, and the errors a person could have avoided.
pub(super) fn summary(s: &Session, errors: &[String]) -> OutcomeSummary {
    let status = s.status().map_or("incomplete", |x| x.name()).to_string();
    let mut errors = errors.to_vec();
    let paid = s.paid_yen();
    let completed = matches!(s.status(), Some(Status::Issued | Status::Registered));
    if !completed && paid > 0 && paid < s.total_yen() {
        errors.push("payment_short".into());
    }
    OutcomeSummary {
        status,
        reason: s.refusal().map(|r| r.reason.code().to_string()),
        screens: s.screens().iter().map(|x| x.name().to_string()).collect(),
        fee_yen: s.total_yen(),
        paid_yen: paid,
        documents: s.issued().iter().filter(|d| d.printed > 0).count() as u32,
        pin_tries_left: s.pin_tries_left(),
        errors,
    }
}

/// `<participant>-<local time>` or `<local time>`: a participant id keeps its letters, digits,
/// `-` and `_` (others become `_`, at most 32), so it is a safe file name on every system.
pub(super) fn base_name(participant: Option<&str>, started: DateTime<Utc>) -> String {
    let when = started
        .with_timezone(&chrono::Local)
        .format("%Y%m%d-%H%M%S")
        .to_string();
    let id: String = participant
        .unwrap_or_default()
        .trim()
        .chars()
        .take(32)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if id.is_empty() {
        when
    } else {
        format!("{id}-{when}")
    }
}
