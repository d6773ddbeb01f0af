//! The panel veiled while an exercise's question waits for its answer: the trainee answers
//! before the kiosk's answer is on show (the refusal's title, the amount still due), then the
//! veil lifts on the screen the question was about. The veil is in the panel's language (it is
//! the panel that says it) and is all the speech guide says meanwhile.

use egui::Ui;

use crate::window::app::KioskApp;
use crate::window::screens::Cx;

/// Whether the panel is veiled now: a question of the session on show waits for its answer.
pub fn veils_panel(app: &KioskApp) -> bool {
    app.console
        .state
        .exercises
        .active
        .as_ref()
        .is_some_and(|a| a.pending() && a.session == app.session().id())
}

/// The veil, drawn instead of the screen's body: what it is and where to answer.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("trainer-veil-title");
    let body = cx.t("trainer-veil-body");
    cx.title(ui, &title);
    cx.para(ui, &body);
}
