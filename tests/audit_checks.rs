//! Each of the audit's newer checks against a frame made to fail it and one that passes:
//! `line_height`, `word_break`, `tiles_aligned`, `spoken`, `stale_status`, `first_page`. The
//! frames are drawn on a bare egui context with the window's fonts, on the panel's place.

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
}
