//! The console's "Print the trainer's handbook": written beside the window (it plays every
//! bundled refusal scenario off-screen, which takes seconds), into the state folder's
//! `handbook/`, for the kiosk's municipality in the screen's language.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::i18n::{Arg, I18n};
use crate::window::app::KioskApp;

/// The trainer's handbook job: it plays every bundled refusal scenario off-screen (seconds), so
/// it runs beside the window instead of freezing it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum HandbookStatus {
    /// Never asked for.
    #[default]
    Idle,
    /// Being written.
    Writing,
    /// Written to this file.
    Written(PathBuf),
    /// Not written, and why.
    Failed(String),
}

/// Starts writing the handbook, unless one is being written.
pub(super) fn start(app: &mut KioskApp) {
    let status = app.console.state.handbook.clone();
    if let Ok(mut st) = status.lock() {
        if *st == HandbookStatus::Writing {
            return;
        }
        *st = HandbookStatus::Writing;
    }
    let Some(write) = app.opts.handbook.clone() else {
        if let Ok(mut st) = status.lock() {
            // A window opened without a writer (an embedding, a test): a developer's mistake.
            *st = HandbookStatus::Failed("no handbook writer was given to this window".into());
        }
        return;
    };
    let lang = app.panel.tr.lang().to_string();
    let m = app.opts.municipality.clone();
    let at = app.session().now();
    let dir = app
        .host
        .out_dir
        .parent()
        .map_or_else(|| app.host.out_dir.clone(), std::path::Path::to_path_buf)
        .join("handbook");
    std::thread::spawn(move || {
        let name = std::path::Path::new(&m).file_stem().map_or_else(
            || "municipality".into(),
            |s| s.to_string_lossy().to_string(),
        );
        let out = dir.join(format!("handbook-{name}-{lang}.pdf"));
        let done = std::fs::create_dir_all(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))
            .and_then(|()| (write.0)(&m, &lang, at, &out));
        if let Ok(mut st) = status.lock() {
            *st = match done {
                Ok(p) => HandbookStatus::Written(p),
                Err(e) => HandbookStatus::Failed(e),
            };
        }
    });
}

/// What the job came to, under its button (a spinner while it runs).
pub(super) fn status_line(
    ui: &mut Ui,
    tr: &I18n,
    status: &HandbookStatus,
    txt: &dyn Fn(String) -> RichText,
) {
    match status {
        HandbookStatus::Idle => {}
        HandbookStatus::Writing => {
            ui.add(egui::Spinner::new());
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(250));
        }
        HandbookStatus::Written(p) => {
            ui.label(txt(tr.ta(
                "trainer-handbook-written",
                &[("path", Arg::Str(p.display().to_string()))],
            )));
        }
        HandbookStatus::Failed(e) => {
            ui.label(txt(
                tr.ta("trainer-error", &[("message", Arg::Str(e.clone()))])
            ));
        }
    }
}
