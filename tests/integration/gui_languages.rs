//! The desktop app in each language it speaks: chosen in the View menu at run time, kept for the
//! next start, and with none of the interface's English left on any page once another language
//! is chosen.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use msgdpia::date::Date;
use msgdpia::gui::App;
use msgdpia::gui::command::{Command, CompareEdit};
use msgdpia::gui::dialogs::{NoDialogs, Purpose};
use msgdpia::gui::step::Step;
use msgdpia::gui::storage::Storage;
use msgdpia::present::language::Language;
use msgdpia::present::vocabulary::Words;

fn app_harness(app: App) -> Harness<'static, App> {
    // The Chinese face is found before the first frame (see gui.rs).
    msgdpia::gui::fonts::chinese_now();
    Harness::builder()
        .with_size(egui::vec2(1500.0, 2400.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

fn app() -> App {
    App::new(Box::new(NoDialogs), Date::parse("2026-11-23").unwrap())
}

#[test]
fn the_view_menu_switches_the_language_at_once_and_the_next_start_keeps_it() {
    let folder = tempfile::tempdir().unwrap();
    let storage = Storage::in_folder(folder.path());
    let mut harness = app_harness(app().with_storage(storage.clone()));
    harness.run();
    assert!(harness.query_by_label("File").is_some());
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    // Each language is offered by its own name, whatever the interface speaks now.
    for language in Language::ALL {
        assert!(
            harness.query_by_label(language.own_name()).is_some(),
            "{language:?}"
        );
    }
    harness.get_by_label("Français").click();
    harness.run();
    assert!(harness.query_by_label("Fichier").is_some());
    assert!(harness.query_by_label("File").is_none());
    drop(harness);
    // The next start speaks French without being asked, even where the system would not.
    let mut again = app_harness(
        app()
            .speaking(Some(Language::English))
            .with_storage(storage.clone()),
    );
    again.run();
    assert!(again.query_by_label("Fichier").is_some());
    again
        .state_mut()
        .apply(Command::SetLanguage(Language::ChineseHongKong));
    again.run();
    assert!(again.query_by_label("檔案").is_some());
    assert_eq!(storage.language(), Some(Language::ChineseHongKong));
}

#[test]
fn without_a_choice_the_app_speaks_the_systems_language() {
    let folder = tempfile::tempdir().unwrap();
    let storage = Storage::in_folder(folder.path());
    let mut harness = app_harness(
        app()
            .speaking(Language::from_tag("fr_CA.UTF-8"))
            .with_storage(storage),
    );
    harness.run();
    assert!(harness.query_by_label("Fichier").is_some());
}

/// Opens the example of an English law firm on Signal from the start screen, by its title.
fn open_english_firm_example(harness: &mut Harness<'_, App>) {
    let title = msgdpia::embedded::EXAMPLES
        .iter()
        .find(|e| e.name == "uk-firm-signal-mdm.ron")
        .unwrap()
        .title;
    harness.get_by_label(title).click();
    harness.run();
}

/// The interface's English sentences and labels that the language says otherwise: the messages
/// without variables, as English words them.
fn english_only_words(language: Language) -> Vec<String> {
    let english = Words::new(Language::English);
    let other = Words::new(language);
    crate::vocabulary::messages(Language::English)
        .into_iter()
        .filter(|(_, variables)| variables.is_empty())
        .map(|(id, _)| (english.get(&id), other.get(&id)))
        // Words, not the signs and spaces some messages are ("" after a page number).
        .filter(|(english, other)| english != other && english.chars().any(char::is_alphabetic))
        .map(|(english, _)| english)
        // The answers of yes/no questions, which the questionnaire leaves to the app.
        .chain(["Yes", "No", "Don't know"].map(String::from))
        .collect()
}

/// Every English word of the interface still shown: as a whole label, or as what a composed
/// label ends with ("Will the messages…: Yes").
fn english_left(harness: &Harness<'_, App>, words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|text| {
            harness.query_by_label(text).is_some()
                || harness
                    .query_all_by_label_contains(text)
                    .filter_map(|node| egui_kittest::kittest::NodeT::accesskit_node(&node).label())
                    // Chinese joins the parts with a full-width colon.
                    .any(|label| {
                        label.ends_with(&format!(": {text}"))
                            || label.ends_with(&format!("：{text}"))
                    })
        })
        .cloned()
        .collect()
}

/// Opens an example at every step in `language`, with an app compared, a risk's why-trail and
/// own rating unfolded, a question's help and note open, and the path prompt and passphrase
/// dialog shown once each; on none of them is any of the interface's English left.
fn no_english_left_on_any_page(language: Language) {
    let words = english_only_words(language);
    assert!(words.len() > 150, "{}", words.len());
    let mut harness = app_harness(app().speaking(Some(language)));
    harness.run();
    assert_eq!(english_left(&harness, &words), Vec::<String>::new());
    open_english_firm_example(&mut harness);
    harness
        .state_mut()
        .apply(Command::EditCompared(CompareEdit::Add("whatsapp".into())));
    let steps = harness.state().workspace.session.as_ref().unwrap().steps();
    for step in steps {
        harness.state_mut().apply(Command::GoTo(step));
        if let Step::Section(index) = step {
            let session = harness.state().workspace.session.as_ref().unwrap();
            if let Some(question) = session.bundle.questionnaire.sections[index]
                .questions
                .first()
            {
                let id = question.id.clone();
                harness.state_mut().apply(Command::ToggleHelp(id.clone()));
                harness.state_mut().apply(Command::ToggleNote(id));
            }
        }
        if step == Step::SignOff {
            harness.state_mut().apply(Command::EditJudgement(
                msgdpia::gui::command::JudgementEdit::AddOwnRisk,
            ));
            harness.state_mut().apply(Command::EditJudgement(
                msgdpia::gui::command::JudgementEdit::AddOwnMeasure,
            ));
        }
        let first_risk = harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .scoring
            .apps[0]
            .risks[0]
            .risk
            .clone();
        harness
            .state_mut()
            .apply(Command::SelectRisk(Some(first_risk)));
        harness.run();
        assert_eq!(
            english_left(&harness, &words),
            Vec::<String>::new(),
            "{language:?} at {step:?}"
        );
    }
    harness.state_mut().apply(Command::Ask(Purpose::ExportPdf));
    harness.run();
    assert_eq!(english_left(&harness, &words), Vec::<String>::new());
    harness.state_mut().apply(Command::CancelPrompt);
    harness.state_mut().apply(Command::ProtectWithPassphrase);
    harness.run();
    assert_eq!(english_left(&harness, &words), Vec::<String>::new());
    harness.state_mut().apply(Command::CancelPassphrase);
    harness.state_mut().apply(Command::Close);
    harness.run();
    // The unsaved changes are asked about in the language too.
    assert!(harness.state().workspace.pending.is_some());
    assert_eq!(english_left(&harness, &words), Vec::<String>::new());
}

#[test]
fn in_french_no_page_shows_the_interfaces_english() {
    no_english_left_on_any_page(Language::French);
}

#[test]
fn in_chinese_no_page_shows_the_interfaces_english() {
    no_english_left_on_any_page(Language::ChineseHongKong);
}

#[test]
fn the_questions_speak_the_interfaces_language_and_switch_back_with_it() {
    let mut harness = app_harness(app().speaking(Some(Language::French)));
    harness.run();
    open_english_firm_example(&mut harness);
    harness.state_mut().apply(Command::GoTo(Step::Section(0)));
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    let english = session.bundle.questionnaire.sections[0].questions[0]
        .text
        .clone();
    let french = session.questionnaire().sections[0].questions[0]
        .text
        .clone();
    assert_ne!(english, french);
    assert!(harness.query_by_label(&french).is_some());
    assert!(harness.query_by_label(&english).is_none());
    // The answers are the same ids in either language: nothing to save.
    assert!(!session.dirty);
    harness
        .state_mut()
        .apply(Command::SetLanguage(Language::English));
    harness.run();
    assert!(harness.query_by_label(&english).is_some());
    assert!(harness.query_by_label(&french).is_none());
    assert!(!harness.state().workspace.session.as_ref().unwrap().dirty);
}

#[test]
fn the_report_is_written_in_the_language_chosen_for_it_which_the_next_start_keeps() {
    let folder = tempfile::tempdir().unwrap();
    let storage = Storage::in_folder(folder.path());
    let mut harness = app_harness(
        app()
            .speaking(Some(Language::ChineseHongKong))
            .with_storage(storage.clone()),
    );
    harness.run();
    open_english_firm_example(&mut harness);
    harness.state_mut().apply(Command::GoTo(Step::Finish));
    harness.run();
    // Until another is chosen, reports speak the interface's language.
    assert_eq!(
        harness.state().workspace.report_language(),
        Language::ChineseHongKong
    );
    let export = |harness: &mut Harness<'_, App>, name: &str| {
        let path = folder.path().join(name);
        harness.state_mut().apply(Command::ExportTo(path.clone()));
        harness.run();
        std::fs::read_to_string(path).unwrap()
    };
    assert!(export(&mut harness, "zh.html").contains("<html lang=\"zh-HK\">"));
    // The finish page offers each language by its own name; a Hong Kong firm files in English.
    harness.get_by_label("報告語言：").click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    let english = export(&mut harness, "en.html");
    assert!(english.contains("<html lang=\"en-GB\">") && english.contains("Contents"));
    // The interface still speaks Chinese.
    assert!(harness.query_by_label("檔案").is_some());
    assert_eq!(storage.report_language(), Some(Language::English));
    drop(harness);
    // Read back at the next start, though the interface speaks Chinese again.
    let mut again = app_harness(
        app()
            .speaking(Some(Language::ChineseHongKong))
            .with_storage(storage),
    );
    again.run();
    assert!(again.query_by_label("檔案").is_some());
    assert_eq!(again.state().workspace.report_language(), Language::English);
}

#[test]
fn a_file_that_cannot_be_opened_is_said_to_be_so_in_the_interfaces_language() {
    let mut harness = app_harness(app().speaking(Some(Language::French)));
    harness.run();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("tronque.ron");
    std::fs::write(
        &bad,
        "Assessment(\n    format_version: 5,\n    metadata: (organisation: \"X\",\n",
    )
    .unwrap();
    harness.state_mut().apply(Command::OpenPath(bad));
    harness.run();
    let message = harness.state().workspace.message.clone().unwrap();
    assert!(message.is_error);
    assert!(
        message
            .text
            .contains("tronque.ron:3:15: le fichier se termine avant que ce `(` soit fermé"),
        "{}",
        message.text
    );
}
