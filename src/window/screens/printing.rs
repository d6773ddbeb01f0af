//! Printing: progress, and "do not leave". No Back or Cancel (the real machine has none),
//! except while a fault (a jam, no paper) has stopped the printer: then the screen names the
//! fault, asks the resident to call the staff, and offers Cancel (the copies not printed are
//! refunded). That the job waits for the staff and resumes is an assumption (DOMAIN.md: staff
//! help "only with paper jams"; no public source shows the machine's fault screen).

use egui::Ui;

use crate::domain::session::{Event, Fault};
use crate::i18n::Arg;
use crate::window::msg::Msg;
use crate::window::screens::Cx;

/// Draws the printing screen.
pub fn show(ui: &mut Ui, cx: &mut Cx<'_>) {
    if let Some(f) = cx.session.printer_halted() {
        return halted(ui, cx, f);
    }
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

/// The printer stopped mid-job: what happened, how far it got, and what to do.
fn halted(ui: &mut Ui, cx: &mut Cx<'_>, f: Fault) {
    let title = cx.t(&format!("print-halted-title-{}", f.code()));
    cx.title(ui, &title);
    let (done, total) = cx.session.print_progress();
    let progress = cx.ta(
        "print-progress",
        &[
            ("done", Arg::Num(i64::from(done))),
            ("total", Arg::Num(i64::from(total))),
        ],
    );
    cx.para(ui, &progress);
    let call = cx.t("print-halted-call-staff");
    cx.boxed(ui, true, &call);
    let cancel = cx.t("print-halted-cancel-note");
    cx.muted(ui, &cancel);
    cx.bar.cancel = Some(Msg::send(Event::Cancel));
}
