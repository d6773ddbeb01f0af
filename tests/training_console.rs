//! The trainer console's "Exercises" section driven by accessible label: an exercise played to
//! its question and answered, the score, the exported log; the question asked before the
//! answer is on show (the panel veiled, the kiosk's answers in the log hidden), by play and by
//! hand; each wrong choice told why (the feedback's sentences, and in the console).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kofu::domain::reason::Reason;
use kofu::domain::session::Screen;
use kofu::i18n::I18n;
use kofu::report::tour;
use kofu::training::{Score, TrainingLog};
use kofu::window::{KioskApp, UiOptions, tokens};

fn harness(app: KioskApp) -> Harness<'static, KioskApp> {
    let mut size = tokens::window_size();
    size.x += tokens::TRAINER_WIDTH + tokens::MARGIN;
    Harness::builder()
        .with_size(size)
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut KioskApp| app.show(ui), app)
}

/// A kiosk with the console open, in `lang` (the console's language too), state in `state`.
fn console(lang: &str, state: &std::path::Path) -> Harness<'static, KioskApp> {
    let o = UiOptions {
        trainer: true,
        lang: lang.into(),
        print_seconds_per_copy: 0.0,
        state: Some(state.to_path_buf()),
        ..tour::options("fujifilm", lang)
    };
    let mut h = harness(KioskApp::new(o).expect("kiosk"));
    h.run();
    h
}

fn click(h: &mut Harness<'_, KioskApp>, label: &str) {
    let node = h.get_by_label(label);
    node.scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

fn combo(h: &mut Harness<'_, KioskApp>, label: &str) {
    let node = h.get_by_role_and_label(egui::accesskit::Role::ComboBox, label);
    node.scroll_to_me();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, label)
        .click();
    h.run();
}

/// Chooses the exercise whose picker label contains `part`.
fn choose_exercise(h: &mut Harness<'_, KioskApp>, part: &str) {
    combo(h, "Exercise scenario");
    let label = h
        .get_by_label_contains(part)
        .accesskit_node()
        .label()
        .expect("label");
    click(h, &label);
}

/// The choices as the console shows them (the kiosk's sentences).
fn reason_label(r: Reason) -> String {
    let m = kofu::kiosk::load_municipality("tsukuba").expect("profile");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("day");
    kofu::training::feedback::reason_choices(&I18n::in_lang("en"), &m, today)
        .into_iter()
        .find(|(x, _)| *x == r)
        .expect("reason")
        .1
}

fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every label and value on show (the panel's and the console's).
fn all_text(h: &Harness<'_, KioskApp>) -> String {
    h.root()
        .children_recursive()
        .flat_map(|n| {
            let a = n.accesskit_node();
            [a.label(), a.value()]
        })
        .flatten()
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn trainer_console_runs_an_exercise_scores_it_and_exports_the_log() {
    let state = tempfile::tempdir().expect("tmp");
    let mut h = console("en", state.path());
    h.get_by_label("Exercises");
    // Choose the PIN-locked exercise, start it and play to the question.
    choose_exercise(&mut h, "Exercise: PIN locked");
    click(&mut h, "Start exercise");
    assert_eq!(h.state().session().screen(), Screen::Language);
    click(&mut h, "Play to the question");
    assert_eq!(h.state().session().screen(), Screen::Refusal);
    // The trainer's own question, in the language it is written in.
    h.get_by_label_contains("The trainer asks: The resident typed the right PIN");
    // Every control of the console, the question's pickers included, has a name.
    let unnamed = h.unnamed_widgets();
    assert!(unnamed.is_empty(), "{unnamed:?}");
    // Answer: the reason right, the next step wrong.
    combo(&mut h, "Reason");
    click(&mut h, &reason_label(Reason::PinLocked));
    combo(&mut h, "Next step");
    click(&mut h, "Ask at the municipal office's counter");
    click(&mut h, "Submit answer");
    h.get_by_label("Wrong.");
    h.get_by_label_contains(
        "Not \"Ask at the municipal office's counter\": the next step is \"Reset the PIN at the municipal office\"",
    );
    h.get_by_label_contains("From the trainer: Any counter can take the resident in");
    assert!(
        h.query_all_by_label_contains("Rule: The PIN locks after 3 wrong entries in a row")
            .count()
            >= 2,
        "the answer shows the rule, as the event log does"
    );
    h.get_by_label_contains("Score: 0 / 1");
    // A second exercise by hand: out of hours, answered right.
    choose_exercise(&mut h, "Exercise: out of service hours");
    click(&mut h, "Start exercise");
    assert_eq!(h.state().session().kiosk().vendor.id, "sharp");
    // The Language button, in whatever language the exercise set.
    let language = h
        .get_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.contains("Language") && l.contains('/'))
        .expect("the Language button");
    click(&mut h, &language);
    click(&mut h, "English");
    click(&mut h, "Administrative services");
    click(&mut h, "Cert. issue service (convenience store)");
    assert_eq!(h.state().session().screen(), Screen::OutOfService);
    h.get_by_label_contains("It is 23:10");
    // Asked by hand too before the answer is on show.
    assert!(
        !h.state().speech().contains("Outside service hours"),
        "{}",
        h.state().speech()
    );
    combo(&mut h, "Reason");
    click(&mut h, &reason_label(Reason::OutOfServiceHours));
    combo(&mut h, "Next step");
    click(&mut h, "Come back in service hours");
    click(&mut h, "Submit answer");
    h.get_by_label("Right.");
    h.get_by_label_contains("The reason is right: the kiosk says \"Outside service hours\"");
    h.get_by_label_contains("Score: 1 / 2");
    assert!(
        h.state().speech().contains("Outside service hours"),
        "the veil is lifted"
    );
    exported(&mut h, state.path());
}

/// Exports the log of the two exercises above and reads it back.
fn exported(h: &mut Harness<'_, KioskApp>, state: &std::path::Path) {
    click(h, "Export log (JSON and PDF)");
    let dir = state.join("training");
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("training folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    let json = files
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("json written");
    let pdf = files
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        .expect("pdf written");
    h.get_by_label_contains(&json.display().to_string());
    let log = TrainingLog::from_json(&std::fs::read_to_string(json).expect("read")).expect("json");
    assert_eq!(log.exercises.len(), 2);
    assert_eq!(
        log.score,
        Score {
            correct: 1,
            total: 2
        }
    );
    assert!(!log.exercises[0].marking.correct && log.exercises[1].marking.correct);
    assert!(log.refusals().any(|(_, r)| r.reason == Reason::PinLocked));
    assert!(
        log.events.iter().any(|e| e.said.ends_with(
            "PIN locked, Refused: Your PIN is locked, Session ended: refused, screen: Refused"
        )),
        "events as sentences: {:#?}",
        log.events
    );
    let text = std::fs::read_to_string(json).expect("read");
    assert!(!text.contains("2580"));
    let doc = lopdf::Document::load(pdf).expect("pdf");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let t = compact(&doc.extract_text(&pages).expect("text"));
    assert!(t.contains("SPECIMEN"), "{t}");
    assert!(t.contains(&compact("Language chosen: English")), "{t}");
    assert!(!t.contains("Pin(") && !t.contains("CertOptions"), "{t}");
}

/// The question comes before the answer is on show: the panel is veiled (what it says and
/// speaks lacks the refusal's title), the console's log says what the resident did but not
/// what the kiosk answered, and the answer lifts the veil.
#[test]
fn the_question_is_asked_while_the_answer_is_not_on_show() {
    let state = tempfile::tempdir().expect("tmp");
    let mut h = console("en", state.path());
    choose_exercise(&mut h, "Exercise: PIN locked");
    click(&mut h, "Start exercise");
    click(&mut h, "Play to the question");
    assert_eq!(
        h.state().session().screen(),
        Screen::Refusal,
        "the kiosk refused"
    );
    let title = "Your PIN is locked";
    let speech = h.state().speech().to_string();
    assert!(
        !speech.contains(title),
        "the panel says the answer: {speech}"
    );
    assert!(speech.contains("Training question"), "{speech}");
    let shown = all_text(&h);
    assert!(!shown.contains(title), "the answer on show:\n{shown}");
    for (hint, what) in [
        ("PIN locked", "the exercise's title"),
        ("The PIN locks after", "the rule"),
        // The card is named by its holder: the deck's id tells the answer.
        ("card-pin-locked", "the card's id"),
    ] {
        assert!(!shown.contains(hint), "{what} on show:\n{shown}");
    }
    // The log says what the resident did, not what the kiosk answered (a locked card is refused
    // as soon as the resident chooses the certificates of residence).
    let act = "Pressed \"Certificates issued at your municipality of residence\" → ";
    h.get_by_label_contains(&format!("{act}? (shown after the answer)"));
    // Answered: the veil lifts, the log says everything.
    combo(&mut h, "Reason");
    click(&mut h, &reason_label(Reason::CardExpired));
    combo(&mut h, "Next step");
    click(&mut h, "Reset the PIN at the municipal office");
    click(&mut h, "Submit answer");
    assert!(h.state().speech().contains(title), "{}", h.state().speech());
    h.get_by_label_contains("Not \"Your card has expired\": the kiosk says \"Your PIN is locked\"");
    h.get_by_label_contains("From the trainer: The card is still valid");
    h.get_by_label_contains(&format!("{act}PIN locked, Refused: Your PIN is locked"));
}

/// Two trainees, two wrong reasons: each is told about the choice made.
#[test]
fn different_wrong_choices_get_different_feedback_in_the_console() {
    let mut told = Vec::new();
    for wrong in [Reason::CardExpired, Reason::UnderAge] {
        let state = tempfile::tempdir().expect("tmp");
        let mut h = console("en", state.path());
        choose_exercise(&mut h, "Exercise: PIN locked");
        click(&mut h, "Start exercise");
        click(&mut h, "Play to the question");
        combo(&mut h, "Reason");
        click(&mut h, &reason_label(wrong));
        combo(&mut h, "Next step");
        click(&mut h, "Reset the PIN at the municipal office");
        click(&mut h, "Submit answer");
        let shown = all_text(&h);
        let line = shown
            .lines()
            .find(|l| {
                l.starts_with("Not \"") && l.contains("the kiosk says \"Your PIN is locked\"")
            })
            .unwrap_or_else(|| panic!("no feedback:\n{shown}"))
            .to_string();
        assert!(line.contains(&reason_label(wrong)), "{line}");
        told.push(line);
    }
    assert_ne!(told[0], told[1]);
}

// ---- the feedback's sentences -----------------------------------------------------------------

use kofu::domain::next_step::NextStep;
use kofu::training::{Answer, mark};

fn pin_locked() -> kofu::scenario::Scenario {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    kofu::scenario::load(&root.join("assets/scenarios/exercise-pin-locked.toml")).expect("scenario")
}

fn feedback_for(ex: &kofu::scenario::Exercise, lang: &str, answer: &Answer) -> Vec<String> {
    use kofu::training::feedback::{Asked, feedback};
    let m = kofu::kiosk::load_municipality("tsukuba").expect("profile");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("day");
    let refusal = ex
        .reason
        .map(|r| kofu::domain::refusal::Refusal::new(r, &m, Default::default()));
    let q = Asked {
        exercise: ex,
        refusal: refusal.as_ref(),
        municipality: &m,
        today,
    };
    feedback(
        &kofu::i18n::I18n::in_lang(lang),
        &q,
        answer,
        &mark(ex, answer),
    )
}

/// Each wrong choice gets its own feedback: what it is not, the rule the kiosk applied, the
/// rule of the reason chosen where it can be said, and the trainer's words for that choice.
#[test]
fn each_wrong_choice_gets_its_own_feedback_and_a_right_one_says_why() {
    let sc = pin_locked();
    let ex = &sc.exercises[0];
    let right = Answer {
        reason: Some(Reason::PinLocked),
        next_step: Some(NextStep::ResetPinAtCityHall),
        yen: None,
    };
    let said = feedback_for(ex, "en", &right);
    assert_eq!(said[0], "Right.");
    assert!(
        said.iter().any(|l| l.contains("Your PIN is locked")
            && l.contains("The PIN locks after 3 wrong entries in a row")),
        "a right reason says why: {said:#?}"
    );
    assert!(
        said.iter()
            .any(|l| l.starts_with("The next step is right: "))
    );
    let mut seen = BTreeSet::new();
    for chosen in [
        Some(Reason::CardExpired),
        Some(Reason::UnderAge),
        Some(Reason::OutOfServiceHours),
        None,
    ] {
        let answer = Answer {
            reason: chosen,
            ..right.clone()
        };
        let said = feedback_for(ex, "en", &answer);
        assert_eq!(said[0], "Wrong.", "{said:#?}");
        let text = said.join("\n");
        assert!(
            text.contains("Rule: The PIN locks after 3 wrong entries in a row"),
            "the kiosk's rule: {text}"
        );
        assert!(seen.insert(text.clone()), "the same feedback twice: {text}");
        if chosen == Some(Reason::UnderAge) {
            assert!(
                text.contains("The rule of \"Not available under 15\" is"),
                "the chosen reason's rule: {text}"
            );
        }
    }
    // The trainer's words for a choice (exercise-pin-locked.toml), in the console's language.
    let expired = Answer {
        reason: Some(Reason::CardExpired),
        ..right
    };
    let en = feedback_for(ex, "en", &expired).join("\n");
    assert!(en.contains("From the trainer: "), "{en}");
    let ja = feedback_for(ex, "ja", &expired).join("\n");
    assert!(
        ja.contains("不正解です。") && !ja.contains("From the trainer"),
        "{ja}"
    );
    assert!(
        !ja.chars()
            .any(|c| c.is_ascii_alphabetic() && c != 'P' && c != 'I' && c != 'N'),
        "nothing English in Japanese feedback: {ja}"
    );
    // A wrong next step says which one it is.
    let wrong_step = Answer {
        next_step: Some(NextStep::CityHall),
        ..right
    };
    let text = feedback_for(ex, "en", &wrong_step).join("\n");
    assert!(
        text.contains("Not \"Ask at the municipal office's counter\": the next step is \"Reset the PIN at the municipal office\""),
        "{text}"
    );
}
