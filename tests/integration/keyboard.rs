//! The desktop app worked with the keyboard only, at a laptop's 1024 × 700: a whole assessment
//! from the start screen to an exported PDF, and Esc closing every dialog.

use egui::accesskit::{Role, Toggled};
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use msgdpia::date::Date;
use msgdpia::gui::App;
use msgdpia::gui::dialogs::NoDialogs;
use msgdpia::gui::step::Step;
use msgdpia::questionnaire::QuestionKind;

fn laptop() -> Harness<'static, App> {
    let app = App::new(Box::new(NoDialogs), Date::parse("2026-12-03").unwrap());
    // The Chinese face is found before the first frame (see gui.rs).
    msgdpia::gui::fonts::chinese_now();
    Harness::builder()
        .with_size(egui::vec2(1024.0, 700.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// What has the keyboard: its role, its accessible name, whether it is chosen or ticked, and
/// its text.
struct Focused {
    role: Role,
    name: String,
    chosen: bool,
    text: String,
}

fn focused(harness: &Harness<'_, App>) -> Option<Focused> {
    let node = harness.query_by(|node| node.is_focused())?;
    let node = node.accesskit_node();
    Some(Focused {
        role: node.role(),
        name: node.label().unwrap_or_default(),
        chosen: node.toggled() == Some(Toggled::True) || node.is_selected() == Some(true),
        text: node.value().unwrap_or_default(),
    })
}

/// Counts the keys a user presses, to show the flow stays short.
struct Keyboard {
    presses: usize,
}

impl Keyboard {
    fn press(&mut self, harness: &mut Harness<'_, App>, key: Key) {
        self.presses += 1;
        harness.key_press(key);
        harness.run();
    }

    fn press_with(&mut self, harness: &mut Harness<'_, App>, modifiers: Modifiers, key: Key) {
        self.presses += 1;
        harness.key_press_modifiers(modifiers, key);
        harness.run();
    }

    fn type_text(&mut self, harness: &mut Harness<'_, App>, text: &str) {
        self.presses += text.chars().count();
        harness.event(Event::Text(text.to_string()));
        harness.run();
    }
}

fn step(harness: &Harness<'_, App>) -> Step {
    harness.state().workspace.session.as_ref().unwrap().step
}

/// What a user would type into an empty required field, found by the field's name.
fn text_for(harness: &Harness<'_, App>, field: &str) -> Option<&'static str> {
    if field.starts_with("Organisation") {
        return Some("Manchester family law firm");
    }
    let session = harness.state().workspace.session.as_ref().unwrap();
    let question = session
        .bundle
        .questionnaire
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .find(|q| q.text == field)?;
    if !question.required || session.assessment.answers.contains_key(&question.id) {
        return None;
    }
    Some(match question.kind {
        QuestionKind::Number => "12",
        QuestionKind::Date => "2027-12-03",
        _ => "Client updates on family matters",
    })
}

/// Whether the question whose option `name` is ("question: option") has no answer yet.
fn unanswered(harness: &Harness<'_, App>, name: &str) -> bool {
    let session = harness.state().workspace.session.as_ref().unwrap();
    session
        .bundle
        .questionnaire
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .find(|q| name.starts_with(&format!("{}: ", q.text)))
        .is_some_and(|q| !session.assessment.answers.contains_key(&q.id))
}

/// Tabs through the step, answering what is unanswered the way a keyboard user would (Space on
/// a radio group or a check box, typing into an empty required field), until Next has the
/// focus; then Enter. Panics if Tab never reaches Next: the content must come before it.
fn answer_step_and_go_on(harness: &mut Harness<'_, App>, keys: &mut Keyboard) {
    for _ in 0..800 {
        let Some(now) = focused(harness) else {
            keys.press(harness, Key::Tab);
            continue;
        };
        match now.role {
            Role::Button if now.name == "Next" => {
                keys.press(harness, Key::Enter);
                return;
            }
            Role::RadioButton if !now.chosen => keys.press(harness, Key::Space),
            Role::CheckBox if unanswered(harness, &now.name) => keys.press(harness, Key::Space),
            Role::TextInput if now.text.is_empty() => {
                if let Some(text) = text_for(harness, &now.name) {
                    keys.type_text(harness, text);
                }
            }
            _ => {}
        }
        keys.press(harness, Key::Tab);
    }
    panic!("Tab never reached Next on {:?}", step(harness));
}

#[test]
fn a_whole_assessment_is_done_with_the_keyboard_only_at_1024_by_700() {
    let mut harness = laptop();
    harness.run();
    let mut keys = Keyboard { presses: 0 };
    // The start screen's first button has the keyboard: Enter starts a new assessment.
    let first = focused(&harness).expect("the start screen gives the keyboard to a button");
    assert_eq!(first.name, "New assessment");
    keys.press(&mut harness, Key::Enter);
    assert_eq!(step(&harness), Step::Details);
    // Each step gives the keyboard to its first field.
    let field = focused(&harness).expect("the details step gives the keyboard to a field");
    assert_eq!(field.name, "Organisation (required)");
    keys.type_text(&mut harness, "Manchester family law firm");
    // Enter in a single-line field goes to the next step.
    keys.press(&mut harness, Key::Enter);
    assert_eq!(step(&harness), Step::Section(0));
    let first_question = focused(&harness).expect("a section gives the keyboard to a field");
    assert_eq!(
        first_question.role,
        Role::RadioButton,
        "the first question's options have the keyboard, not its help button: {}",
        first_question.name
    );
    let mut guard = 0;
    while step(&harness) != Step::Finish {
        let before = step(&harness);
        answer_step_and_go_on(&mut harness, &mut keys);
        guard += 1;
        assert!(guard < 40, "stuck at {before:?}");
    }
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert!(
        session.scoring.complete,
        "every required question was answered from the keyboard"
    );
    // Export with Ctrl+E: the path field has the keyboard, Enter confirms.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("manchester.pdf");
    keys.press_with(&mut harness, Modifiers::COMMAND, Key::E);
    let field = focused(&harness).expect("the path prompt gives the keyboard to its field");
    assert_eq!(field.name, "Path");
    keys.type_text(&mut harness, &path.display().to_string());
    keys.press(&mut harness, Key::Enter);
    let pdf = std::fs::read(&path).expect("the PDF was exported");
    assert!(pdf.starts_with(b"%PDF"));
    println!("keyboard only: {} key presses", keys.presses);
}

/// A new assessment started with Enter on the start screen, its organisation typed into the
/// field that has the keyboard.
fn new_assessment_from_the_keyboard() -> (Harness<'static, App>, Keyboard) {
    let mut harness = laptop();
    harness.run();
    let mut keys = Keyboard { presses: 0 };
    keys.press(&mut harness, Key::Enter);
    keys.type_text(&mut harness, "A firm");
    (harness, keys)
}

#[test]
fn enter_on_a_focused_radio_group_goes_on_without_choosing_an_option() {
    let (mut harness, mut keys) = new_assessment_from_the_keyboard();
    keys.press(&mut harness, Key::Enter);
    let first = focused(&harness).unwrap();
    assert_eq!(first.role, Role::RadioButton);
    // Enter asks to go on: the required questions are missing, and none was answered by it.
    keys.press(&mut harness, Key::Enter);
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert_eq!(session.step, Step::Section(0));
    assert!(
        !session.flagged.is_empty(),
        "the missing answers are flagged"
    );
    assert!(
        !harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .assessment
            .answers
            .keys()
            .any(|id| id.starts_with("s_"))
    );
    // The arrows choose within the group, and the group stays one Tab stop.
    keys.press(&mut harness, Key::ArrowRight);
    let chosen = focused(&harness).unwrap();
    assert_eq!(chosen.role, Role::RadioButton);
    assert!(chosen.chosen, "the arrow chose the option it moved to");
    let answers = &harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment
        .answers;
    assert_eq!(answers.len(), 1);
    keys.press(&mut harness, Key::Tab);
    let next = focused(&harness).unwrap();
    assert!(
        !next
            .name
            .starts_with(first.name.split(": ").next().unwrap()),
        "Tab left the group in one stop, but landed on {}",
        next.name
    );
}

#[test]
fn esc_closes_the_path_prompt_the_passphrase_dialog_and_the_unsaved_changes_box() {
    let (mut harness, mut keys) = new_assessment_from_the_keyboard();
    // The path prompt (Ctrl+S on a new file asks where).
    keys.press_with(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(harness.state().workspace.prompt.is_some());
    keys.press(&mut harness, Key::Escape);
    assert!(
        harness.state().workspace.prompt.is_none(),
        "Esc cancels the path prompt"
    );
    // The passphrase dialog.
    harness
        .state_mut()
        .apply(msgdpia::gui::command::Command::ProtectWithPassphrase);
    harness.run();
    assert!(harness.state().workspace.passphrase_prompt.is_some());
    keys.press(&mut harness, Key::Escape);
    assert!(
        harness.state().workspace.passphrase_prompt.is_none(),
        "Esc cancels the passphrase dialog"
    );
    // The unsaved-changes box (Ctrl+W closes): Esc keeps the work open.
    keys.press_with(&mut harness, Modifiers::COMMAND, Key::W);
    assert!(harness.state().workspace.pending.is_some());
    keys.press(&mut harness, Key::Escape);
    assert!(harness.state().workspace.pending.is_none());
    assert!(
        harness.state().workspace.session.is_some(),
        "Esc in the unsaved-changes box keeps the work"
    );
}

#[test]
fn the_file_menu_shows_the_shortcuts() {
    let mut harness = laptop();
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    for shortcut in [
        "Ctrl+N",
        "Ctrl+O",
        "Ctrl+S",
        "Ctrl+Shift+S",
        "Ctrl+E",
        "Ctrl+W",
    ] {
        assert!(
            harness
                .query_all_by_label_contains(shortcut)
                .next()
                .is_some(),
            "the File menu does not show {shortcut}"
        );
    }
}
