//! Printing: progress, and "do not leave". No Back or Cancel (the real machine has none).

use egui::Ui;

use crate::i18n::Arg;
use crate::window::screens::Cx;

/// Draws the printing screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    let title = cx.t("print-title");
    cx.title(ui, &title);
    let (done, total) = cx.session.print_progress();
    let progress = cx.ta(
        "print-progress",
        &[
            ("done", Arg::Num(i64::from(done))),
            ("total", Arg::Num(i64::from(total))),
        ],
    );
    let frac = if total == 0 {
        0.0
    } else {
        done as f32 / total as f32
    };
    // The count stands above the bar (text over the bar's fill would lose contrast).
    ui.label(
        egui::RichText::new(&progress)
            .color(cx.t.c.text)
            .size(cx.t.s.body),
    );
    let bar = ui.add(
        egui::ProgressBar::new(frac)
            .fill(cx.t.c.progress_fill)
            .desired_height(cx.t.s.target_min),
    );
    ui.ctx()
        .accesskit_node_builder(bar.id, |n| n.set_label(progress.clone()));
    cx.say(&progress);
    ui.add_space(cx.t.s.gap);
    let wait = cx.t("print-wait");
    cx.boxed(ui, true, &wait);
}
