//! Each of the audit's newer checks against a frame made to fail it and one that passes:
//! `line_height`, `word_break`, `tiles_aligned`, `spoken`, `stale_status`, `first_page`,
//! `announced`, `console_named`. The frames are drawn on a bare egui context with the window's
//! fonts, on the panel's place (`announced` and `console_named` also on the kiosk's own).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use egui::{Pos2, RichText, Ui, vec2};
use kofu::report::audit::{Mode, Profile, Said, check_all};
use kofu::report::offscreen::FrameOut;
use kofu::report::tour;
use kofu::window::{KioskApp, tokens};

/// A frame of `add`'s widgets placed inside the panel's body.
fn frame_of(mut add: impl FnMut(&mut Ui)) -> FrameOut {
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    kofu::window::fonts::install(&ctx, "ja");
    let mut frame = FrameOut::default();
    // Two frames: the first loads the fonts.
    for _ in 0..2 {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(Pos2::ZERO, tokens::window_size())),
            ..Default::default()
        };
        let mut out = ctx.run_ui(input, |ui| {
            let place = egui::Rect::from_min_size(egui::pos2(60.0, 140.0), vec2(600.0, 400.0));
            ui.scope_builder(egui::UiBuilder::new().max_rect(place), |ui| add(ui));
        });
        // No renderer here: the font atlas's upload is dropped on purpose.
        out.textures_delta.clear();
        frame = FrameOut {
            shapes: std::mem::take(&mut out.shapes),
            ..FrameOut::default()
        };
        if let Some(u) = out.platform_output.accesskit_update.take() {
            frame.root = u.tree.map(|t| t.root);
            frame.nodes = u.nodes.into_iter().collect();
        }
    }
    frame
}

fn tokens() -> tokens::Tokens {
    KioskApp::new(tour::options("fujifilm", "ja"))
        .expect("kiosk")
        .tokens()
        .clone()
}

/// The checks that failed on `frame` with `said` in `mode`.
fn failed(frame: &FrameOut, said: &Said, mode: Mode) -> Vec<(&'static str, String)> {
    let c = check_all(frame, &tokens(), mode, &Profile::wcag22_aa(), Some(said));
    c.fails.into_iter().map(|f| (f.check, f.detail)).collect()
}

fn has(fails: &[(&'static str, String)], check: &str) -> bool {
    fails.iter().any(|(c, _)| *c == check)
}

fn said(speech: &str) -> Said {
    Said {
        lang: "en".into(),
        speech: speech.into(),
        live_status: String::new(),
    }
}

const PARAGRAPH: &str = "Place your card on the reader and keep it there until the screen \
tells you to take it back, then choose the certificate you need.";

#[test]
fn solid_wrapped_body_text_fails_line_height_and_one_and_a_half_passes() {
    let para = |lh: Option<f32>| {
        frame_of(move |ui| {
            ui.set_max_width(300.0);
            ui.add(egui::Label::new(RichText::new(PARAGRAPH).size(22.0).line_height(lh)).wrap());
        })
    };
    let solid = failed(&para(None), &said(PARAGRAPH), Mode::Normal);
    assert!(has(&solid, "line_height"), "{solid:?}");
    let airy = failed(&para(Some(33.0)), &said(PARAGRAPH), Mode::Normal);
    assert!(!has(&airy, "line_height"), "{airy:?}");
}

#[test]
fn a_line_break_inside_a_word_fails_in_japanese_thai_and_english() {
    let lines = |text: &'static str| {
        frame_of(move |ui| {
            ui.add(egui::Label::new(
                RichText::new(text).size(22.0).line_height(Some(33.0)),
            ));
        })
    };
    // Thai: a leading vowel parted from its word (seen on the refusal screen). The ICU
    // dictionary allows สมาร์|ทโฟน, so the check (which trusts it) cannot catch that one.
    for bad in ["スマー\nトフォン", "ของเ\nทศบาล", "รับบ\nัตร", "音声案\n内"]
    {
        let f = failed(&lines(bad), &said(bad), Mode::Normal);
        assert!(has(&f, "word_break"), "{bad:?}: {f:?}");
        // Said as written: no `\u{…}` escapes for Thai vowel marks.
        assert!(f.iter().all(|(_, d)| !d.contains("\\u{")), "{f:?}");
    }
    for good in [
        "スマートフォン\nを使う",
        "หนังสือ\nรับรอง",
        "your\ncertificate",
        // The shaper draws ำ as two glyphs: the check reads each line's characters, not its
        // glyph count (which put these breaks one character late: นำเส|ียง, รับบ|ัตร).
        "ช่องเสียบหูฟัง (คำแนะนำ\nเสียง)",
        "กรุณารับ\nบัตรคืน",
        "ได้\nตั้งแต่",
        "ฉบับ\nละ 150 เยน",
    ] {
        let f = failed(&lines(good), &said(good), Mode::Normal);
        assert!(!has(&f, "word_break"), "{good:?}: {f:?}");
    }
    // A word longer than the line is cut by egui itself.
    let narrow = frame_of(|ui| {
        ui.set_max_width(70.0);
        ui.add(egui::Label::new(RichText::new("certificates").size(22.0)).wrap());
    });
    let f = failed(&narrow, &said("certificates"), Mode::Normal);
    assert!(has(&f, "word_break"), "{f:?}");
    // 禁則: a line may not start with 。
    let f = failed(&lines("取ってください\n。"), &said(""), Mode::Normal);
    assert!(has(&f, "word_break"), "{f:?}");
}

#[test]
fn tiles_of_one_row_with_two_heights_fail_and_equal_tiles_pass() {
    let row = |second: f32| {
        frame_of(move |ui| {
            ui.horizontal(|ui| {
                ui.add_sized([150.0, 60.0], egui::Button::new("Copy"));
                ui.add_sized([150.0, second], egui::Button::new("Print"));
            });
        })
    };
    let f = failed(&row(90.0), &said("Copy Print"), Mode::Normal);
    assert!(has(&f, "tiles_aligned"), "{f:?}");
    let f = failed(&row(60.0), &said("Copy Print"), Mode::Normal);
    assert!(!has(&f, "tiles_aligned"), "{f:?}");
}

#[test]
fn a_text_the_speech_guide_does_not_say_fails_spoken() {
    let frame = frame_of(|ui| {
        ui.label(RichText::new("Keypad: 2 and 8 move the highlight").size(16.0));
        ui.label(RichText::new("Choose a service").size(22.0));
    });
    let f = failed(&frame, &said("Choose a service"), Mode::Normal);
    assert!(
        f.iter()
            .any(|(c, d)| *c == "spoken" && d.contains("Keypad")),
        "{f:?}"
    );
    let f = failed(
        &frame,
        &said("Choose a service ／ Keypad: 2 and 8 move the highlight"),
        Mode::Normal,
    );
    assert!(!has(&f, "spoken"), "{f:?}");
}

#[test]
fn a_status_left_from_an_earlier_screen_fails_stale_status() {
    let frame = frame_of(|ui| {
        let r = ui.label("The PIN is wrong");
        ui.ctx().accesskit_node_builder(r.id, |node| {
            node.set_live(egui::accesskit::Live::Polite);
        });
    });
    // Raised on an earlier screen: the window says no status belongs to this one.
    let f = failed(&frame, &said(""), Mode::Normal);
    assert!(has(&f, "stale_status"), "{f:?}");
    let now = Said {
        live_status: "The PIN is wrong".into(),
        ..said("")
    };
    let f = failed(&frame, &now, Mode::Normal);
    assert!(!has(&f, "stale_status"), "{f:?}");
    // Japanese words on an English screen.
    let frame = frame_of(|ui| {
        let r = ui.label("暗証番号が違います");
        ui.ctx().accesskit_node_builder(r.id, |node| {
            node.set_live(egui::accesskit::Live::Polite);
        });
    });
    let f = failed(&frame, &said(""), Mode::Normal);
    assert!(
        f.iter()
            .any(|(c, d)| *c == "stale_status" && d.contains("another language")),
        "{f:?}"
    );
}

#[test]
fn the_control_the_instruction_names_off_the_first_page_fails_in_large_text() {
    let page = |with: bool| {
        frame_of(move |ui| {
            ui.add_sized([200.0, 88.0], egui::Button::new("Copy"));
            if with {
                ui.add_sized([200.0, 88.0], egui::Button::new("Administrative services"));
            }
            ui.add_sized([200.0, 88.0], egui::Button::new("Next page"));
        })
    };
    let instruction = said("Home ／ Press \"Administrative services\"");
    let f = failed(&page(false), &instruction, Mode::LargeText);
    assert!(has(&f, "first_page"), "{f:?}");
    let f = failed(&page(true), &instruction, Mode::LargeText);
    assert!(!has(&f, "first_page"), "{f:?}");
    // Normal text has one page: the check is for large text.
    let f = failed(&page(false), &instruction, Mode::Normal);
    assert!(!has(&f, "first_page"), "{f:?}");
    // A screen of one page (no "Next page") shows all its controls: a quoted name of a
    // certificate is not a control left on another page.
    let one = frame_of(|ui| {
        ui.add_sized([200.0, 88.0], egui::Button::new("OK"));
    });
    let pin = said("PIN ／ Enter the PIN of \"the user certificate\", then press \"OK\"");
    let f = failed(&one, &pin, Mode::LargeText);
    assert!(!has(&f, "first_page"), "{f:?}");
}

/// An interactive node named `name` at `r`.
fn node(role: &str, name: &str, r: egui::Rect) -> kofu::report::offscreen::A11yNode {
    kofu::report::offscreen::A11yNode {
        depth: 1,
        role: role.into(),
        name: name.into(),
        value: String::new(),
        bounds: Some([r.min.x, r.min.y, r.width(), r.height()]),
        toggled: None,
        disabled: false,
        interactive: true,
    }
}

#[test]
fn a_highlight_move_not_announced_or_naming_another_control_fails_announced() {
    use kofu::report::audit::highlight::{Move, check_moves};
    let a = egui::Rect::from_min_size(egui::pos2(40.0, 200.0), vec2(200.0, 88.0));
    let b = egui::Rect::from_min_size(egui::pos2(260.0, 200.0), vec2(200.0, 88.0));
    let nodes = [
        node("Button", "Copy", a),
        node("Button", "Administrative services", b),
    ];
    let fails = |said: &str, announced: bool| {
        let m = Move {
            said: said.into(),
            announced,
            rect: b,
            pos: 2,
            count: 2,
        };
        let mut f = Vec::new();
        check_moves(&[m], &nodes, &mut f);
        f.into_iter().map(|f| f.cause).collect::<Vec<_>>()
    };
    assert!(fails("Administrative services, button, 2 of 2", true).is_empty());
    // The guide still says the last control, or the screen's title: another control's name.
    assert!(!fails("Copy, button, 1 of 2", true).is_empty());
    // Said the name but not where it is.
    assert!(!fails("Administrative services, button", true).is_empty());
    // The key moved the ring and the guide said nothing.
    assert!(!fails("", false).is_empty());
}

#[test]
fn walking_the_highlight_round_a_real_screen_is_announced_at_every_move() {
    use kofu::report::audit::highlight::{check_moves, walk};
    use kofu::report::offscreen::Offscreen;
    for vendor in ["fujifilm", "sharp"] {
        let mut app = KioskApp::new(tour::options(vendor, "ne")).expect("kiosk");
        tour::reach(&mut app, tour::Stop::Certificate).expect("reach");
        app.show_keypad_highlight();
        let mut off = Offscreen::new(tokens::window_size());
        off.settle(&mut app);
        let moves = walk(&mut app);
        assert!(moves.len() >= 3, "{moves:?}");
        let mut f = Vec::new();
        check_moves(&moves, &off.last.tree(), &mut f);
        assert!(f.is_empty(), "{vendor}: {f:?}");
        // The same walk checked against a frame of another screen names other controls.
        let mut home = KioskApp::new(tour::options(vendor, "ne")).expect("kiosk");
        home.show_keypad_highlight();
        off.settle(&mut home);
        let mut f = Vec::new();
        check_moves(&moves, &off.last.tree(), &mut f);
        assert!(
            !f.is_empty(),
            "{vendor}: moves on one screen, tree of another"
        );
    }
}

#[test]
fn a_console_control_without_a_name_fails_console_named() {
    use kofu::report::audit::highlight::check_console;
    let r = egui::Rect::from_min_size(egui::pos2(1100.0, 100.0), vec2(120.0, 44.0));
    let mut f = Vec::new();
    check_console(
        &[node("Button", "", r), node("CheckBox", "Headset", r)],
        &mut f,
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].check, "console_named");
    // The window with the console docked: every control named, with a role.
    let mut app = KioskApp::new(kofu::window::UiOptions {
        trainer: true,
        ..tour::options("fujifilm", "th")
    })
    .expect("kiosk");
    let size = kofu::report::audit::highlight::console_window_size();
    let mut off = kofu::report::offscreen::Offscreen::new(size);
    off.settle(&mut app);
    let nodes = off.last.tree();
    let title = kofu::i18n::I18n::in_lang("th").t("trainer-title");
    assert!(
        nodes.iter().any(|n| n.name == title || n.value == title),
        "the console is drawn: {title:?}\n{}",
        kofu::report::offscreen::tree_text(&nodes)
    );
    let mut f = Vec::new();
    let checked = check_console(&nodes, &mut f);
    assert!(checked > 30, "{checked} controls");
    assert!(f.is_empty(), "{f:?}");
}
