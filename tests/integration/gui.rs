//! The desktop app driven headlessly with egui_kittest: the real `App`, clicked and typed into
//! through its accessible labels.

use crate::support::message;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use msgdpia::date::Date;
use msgdpia::gui::App;
use msgdpia::gui::command::{Command, JudgementEdit};
use msgdpia::gui::dialogs::NoDialogs;
use msgdpia::gui::step::Step;

fn harness() -> Harness<'static, App> {
    harness_on("2026-11-23")
}

/// Starts a new assessment, answers one question and drops the app without saving, as a crash
/// would: the autosave in `storage` is all that is left.
fn leave_unsaved_work(storage: &msgdpia::gui::storage::Storage) {
    let mut harness = harness_with(storage);
    harness.get_by_label("New assessment").click();
    harness.run();
    harness.state_mut().apply(Command::SetAnswer(
        "s_sensitive".into(),
        Some(msgdpia::answer::Answer::YesNo(msgdpia::answer::YesNo::Yes)),
    ));
    harness.run();
    // The autosave is written once the user pauses; a crash within that second loses it.
    std::thread::sleep(msgdpia::gui::autosave::AUTOSAVE_DELAY);
    harness.run();
}

/// An app keeping its autosave, recent files and theme in `storage`.
fn harness_with(storage: &msgdpia::gui::storage::Storage) -> Harness<'static, App> {
    msgdpia::gui::fonts::chinese_now();
    let app = App::new(Box::new(NoDialogs), Date::parse("2026-11-23").unwrap())
        .with_storage(storage.clone());
    Harness::builder()
        .with_size(egui::vec2(1500.0, 2400.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

fn harness_on(today: &str) -> Harness<'static, App> {
    // The Chinese face is found before the first frame, so no test sees the search thread's
    // repaint arrive in the middle of its steps.
    msgdpia::gui::fonts::chinese_now();
    let app = App::new(Box::new(NoDialogs), Date::parse(today).unwrap());
    Harness::builder()
        .with_size(egui::vec2(1500.0, 2400.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// The accessible label of an option of a question, as the app builds it.
fn option_label(harness: &Harness<'_, App>, question: &str, option: &str) -> String {
    let session = harness
        .state()
        .workspace
        .session
        .as_ref()
        .expect("an assessment is open");
    let question = session
        .bundle
        .questionnaire
        .question(question)
        .expect("question exists");
    let label = question
        .option(option)
        .map_or(option.to_string(), |o| o.label.clone());
    format!("{}: {label}", question.text)
}

fn click_option(harness: &mut Harness<'_, App>, question: &str, option: &str) {
    let label = option_label(harness, question, option);
    harness.get_by_label(&label).click();
    harness.run();
}

/// The index of the last measure of the open assessment's action plan.
fn last_measure(harness: &Harness<'_, App>) -> usize {
    let session = harness
        .state()
        .workspace
        .session
        .as_ref()
        .expect("an assessment is open");
    session.assessment.sign_off.measures.len() - 1
}

/// An app with a shipped example open at `step`.
pub(crate) fn opened_at(example: &str, step: Step) -> Harness<'static, App> {
    let mut harness = harness();
    open_example(&mut harness, example);
    harness.run();
    harness.state_mut().apply(Command::GoTo(step));
    harness.run();
    harness
}

/// Clicks a shipped example on the start screen, by its file name (the link shows its title).
fn open_example(harness: &mut Harness<'_, App>, name: &str) {
    let title = msgdpia::embedded::EXAMPLES
        .iter()
        .find(|e| e.name == name)
        .expect("a shipped example")
        .title;
    harness.get_by_label(title).click();
}

fn step(harness: &Harness<'_, App>) -> Step {
    harness
        .state()
        .workspace
        .session
        .as_ref()
        .expect("an assessment is open")
        .step
}

/// Types a path into the fallback path field and confirms it, as a user without a file dialog.
pub(crate) fn type_path_and_confirm(harness: &mut Harness<'_, App>, path: &std::path::Path) {
    let field = egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field, "Path").click();
    harness.run();
    harness
        .get_by_role_and_label(field, "Path")
        .type_text(path.to_str().unwrap());
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
}

fn answer_all_remaining_with_examples(harness: &mut Harness<'_, App>, example: &str) {
    let answers = crate::support::example(example).answers;
    for (question, answer) in answers {
        harness
            .state_mut()
            .apply(Command::SetAnswer(question, Some(answer)));
    }
    harness.run();
}

#[test]
fn a_new_assessment_goes_from_first_question_to_an_exported_pdf() {
    let mut harness = harness();
    harness.get_by_label("New assessment").click();
    harness.run();
    assert_eq!(step(&harness), Step::Details);

    // Next without the organisation says what is missing instead of silently refusing.
    harness.get_by_label("Next").click();
    harness.run();
    assert_eq!(step(&harness), Step::Details);
    assert!(
        message(&harness).contains("Organisation"),
        "{}",
        message(&harness)
    );

    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Organisation (required)")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Organisation (required)")
        .type_text("Zoë Łukasiewicz, Müller & Associés");
    harness.run();
    harness.get_by_label("Next").click();
    harness.run();
    assert_eq!(step(&harness), Step::Section(0));

    // The screening section has nine required questions: Next lists them.
    harness.get_by_label("Next").click();
    harness.run();
    assert_eq!(step(&harness), Step::Section(0));
    assert!(
        message(&harness).contains("these 9 required questions"),
        "{}",
        message(&harness)
    );
    assert_eq!(
        harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .flagged
            .len(),
        9
    );

    // Answer by clicking the labelled radio buttons.
    for question in [
        "s_evaluation",
        "s_automated",
        "s_monitoring",
        "s_large_scale",
        "s_matching",
        "s_vulnerable",
        "s_innovative",
        "s_prevents_rights",
    ] {
        click_option(&mut harness, question, "no");
    }
    click_option(&mut harness, "s_sensitive", "yes");
    assert!(
        harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .flagged
            .is_empty()
    );
    harness.get_by_label("Next").click();
    harness.run();
    assert_eq!(step(&harness), Step::Section(1));

    // A conditional question appears once its condition holds.
    let members = option_label(&harness, "group_members", "staff_only");
    assert!(
        harness.query_by_label(&members).is_none(),
        "shown before groups are used"
    );
    click_option(&mut harness, "uses_groups", "yes");
    assert!(
        harness.query_by_label(&members).is_some(),
        "not shown after groups are used"
    );

    // The stance in the risk panel follows the answers.
    answer_all_remaining_with_examples(&mut harness, "uk-firm-signal-mdm.ron");
    assert!(
        harness.query_by_label("ACCEPT").is_some(),
        "the risk panel should show ACCEPT for Signal"
    );
    harness.state_mut().apply(Command::GoTo(Step::Section(2)));
    harness.run();
    let wechat = option_label(&harness, "apps", "wechat").replace(": wechat", ": WeChat (Weixin)");
    // Signal is already ticked (from the example's answers); ticking WeChat compares both.
    harness.get_by_label(&wechat).click();
    harness.run();
    assert!(
        harness.query_by_label("FORBID").is_some(),
        "the risk panel should show FORBID for WeChat"
    );

    // The last step exports the PDF through the typed-path fallback (no file dialog here).
    harness.state_mut().apply(Command::GoTo(Step::Finish));
    harness.run();
    harness.get_by_label("Export PDF…").click();
    harness.run();
    assert!(
        harness.state().workspace.prompt.is_some(),
        "no dialog: the path field should open"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    type_path_and_confirm(&mut harness, &path);
    assert!(
        message(&harness).contains("Exported"),
        "{}",
        message(&harness)
    );
    let text = crate::pdf::pdf_text(&std::fs::read(&path).unwrap());
    assert!(text.contains("Zoë Łukasiewicz, Müller & Associés"));
    assert!(text.contains("WeChat (Weixin): FORBID"));
    assert!(
        text.contains("Signal: ACCEPT") || text.contains("Signal: DEFINE"),
        "Signal's stance is missing"
    );
}

#[test]
fn saving_clears_the_unsaved_marker_and_reopening_gives_the_same_answers() {
    let mut harness = harness();
    open_example(&mut harness, "hk-law-firm-wechat.ron");
    harness.run();
    let opened = harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment
        .clone();
    harness.state_mut().apply(Command::SetAnswer(
        "gov_notes".into(),
        Some(msgdpia::answer::Answer::Text("Reviewed".into())),
    ));
    harness.run();
    assert!(
        harness.state().title().starts_with('●'),
        "{}",
        harness.state().title()
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hk.ron");
    harness.state_mut().apply(Command::Save);
    harness.run();
    assert!(
        harness.state().workspace.prompt.is_some(),
        "an unsaved example asks where to save"
    );
    harness.state_mut().apply(Command::SaveTo(path.clone()));
    harness.run();
    assert_eq!(harness.state().title(), "hk.ron — Messaging DPIA");

    harness.state_mut().apply(Command::Close);
    harness.state_mut().apply(Command::OpenPath(path));
    harness.run();
    let reopened = &harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment;
    assert_eq!(reopened.metadata, opened.metadata);
    assert_eq!(
        reopened.answers.get("gov_notes"),
        Some(&msgdpia::answer::Answer::Text("Reviewed".into()))
    );
}

#[test]
fn a_bad_file_shows_an_error_and_keeps_the_work() {
    let mut harness = harness();
    harness.get_by_label("New assessment").click();
    harness.run();
    harness.state_mut().apply(Command::SetAnswer(
        "s_sensitive".into(),
        Some(msgdpia::answer::Answer::YesNo(msgdpia::answer::YesNo::Yes)),
    ));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    std::fs::write(
        &bad,
        "Assessment(format_version: 1, questionnaire: QuestionnaireRef(id: \"x\"",
    )
    .unwrap();
    harness.state_mut().apply(Command::OpenPath(bad));
    harness.run();
    assert!(
        harness.state().workspace.pending.is_some(),
        "opening another file over unsaved work must ask first"
    );
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(
        harness.state().workspace.session.as_ref().unwrap().dirty,
        "the work is still unsaved"
    );
    let message = harness.state().workspace.message.clone().unwrap();
    assert!(message.is_error);
    assert!(message.text.contains("broken.ron:1:"), "{}", message.text);
    assert!(
        harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .assessment
            .answers
            .contains_key("s_sensitive"),
        "the open work was lost"
    );
}

#[test]
fn the_sign_off_starts_from_the_recommended_measures_and_reaches_the_pdf() {
    let mut harness = harness();
    open_example(&mut harness, "hk-law-firm-wechat.ron");
    harness.run();
    harness
        .get_by_label_contains("Action plan and sign-off")
        .click();
    harness.run();
    assert_eq!(step(&harness), Step::SignOff);
    let session = harness.state().workspace.session.as_ref().unwrap();
    let planned: Vec<String> = session
        .assessment
        .sign_off
        .measures
        .iter()
        .map(|m| m.control.clone())
        .collect();
    assert!(!planned.is_empty());
    assert_eq!(planned, session.recommended_controls());
    let first = session
        .bundle
        .knowledge
        .control(&planned[0])
        .unwrap()
        .name
        .clone();

    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, &first)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, &first)
        .type_text("Senior Partner Wong");
    harness.run();
    harness
        .get_by_role_and_label(
            egui::accesskit::Role::TextInput,
            "Residual risks approved by",
        )
        .click();
    harness.run();
    harness
        .get_by_role_and_label(
            egui::accesskit::Role::TextInput,
            "Residual risks approved by",
        )
        .type_text("Managing Partner");
    harness.run();
    let approved_on = "Date the residual risks were approved";
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, approved_on)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, approved_on)
        .type_text("2026-11-30");
    harness.run();
    let sign_off = &harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment
        .sign_off;
    assert_eq!(sign_off.measures[0].owner, "Senior Partner Wong");
    assert_eq!(sign_off.residual_risks_approval.by, "Managing Partner");
    assert_eq!(
        sign_off.residual_risks_approval.on.map(|d| d.to_string()),
        Some("2026-11-30".to_string())
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hk.pdf");
    harness.state_mut().apply(Command::ExportTo(path.clone()));
    harness.run();
    let text = crate::pdf::pdf_text(&std::fs::read(&path).unwrap());
    assert!(
        text.contains("Senior Partner Wong") || text.contains("Senior Partner"),
        "the owner is not in the PDF"
    );
    assert!(text.contains("Managing Partner, on 2026-11-30"), "{text}");
}

#[test]
fn comparing_apps_shows_each_apps_stance_facts_and_residual_risks() {
    let mut harness = harness();
    open_example(&mut harness, "uk-firm-signal-mdm.ron");
    harness.run();
    harness.get_by_label_contains("Compare apps").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Comparing does not change what is assessed")
            .is_some()
    );
    harness.state_mut().apply(Command::SetAnswer(
        "apps".into(),
        Some(msgdpia::answer::Answer::Apps(vec![
            "signal".into(),
            "wechat".into(),
        ])),
    ));
    harness.run();
    assert_eq!(step(&harness), Step::Compare);
    // Outside the comparison, the risk panel draws one titled map per app assessed.
    harness.state_mut().apply(Command::GoTo(Step::Details));
    harness.run();
    assert!(harness.query_by_label("Risk map: Signal").is_some());
    assert!(
        harness
            .query_by_label("Risk map: WeChat (Weixin)")
            .is_some()
    );
    harness.state_mut().apply(Command::GoTo(Step::Compare));
    harness.run();
    assert!(
        harness
            .query_by_label("Residual: Confidentiality breach")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("One-to-one chats end-to-end encrypted by default")
            .is_some()
    );
    assert!(
        !harness
            .query_all_by_label("ACCEPT")
            .collect::<Vec<_>>()
            .is_empty(),
        "Signal's stance is missing"
    );
    assert!(
        !harness
            .query_all_by_label("FORBID")
            .collect::<Vec<_>>()
            .is_empty(),
        "WeChat's stance is missing"
    );
}

#[test]
fn closing_with_unsaved_changes_asks_first_and_cancel_keeps_the_work() {
    let mut harness = harness();
    harness.get_by_label("New assessment").click();
    harness.run();
    harness.state_mut().apply(Command::SetAnswer(
        "s_sensitive".into(),
        Some(msgdpia::answer::Answer::YesNo(msgdpia::answer::YesNo::Yes)),
    ));
    harness.run();
    harness.state_mut().apply(Command::Close);
    harness.run();
    assert!(
        harness.query_by_label("Unsaved changes").is_some(),
        "no question was asked"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().workspace.session.is_some());
    assert!(harness.state().workspace.pending.is_none());
    harness.state_mut().apply(Command::Close);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(harness.state().workspace.session.is_none());
}

#[test]
fn work_is_autosaved_and_offered_back_after_a_crash() {
    let data = tempfile::tempdir().unwrap();
    let storage = msgdpia::gui::storage::Storage::in_folder(data.path());
    leave_unsaved_work(&storage);
    let mut harness = harness_with(&storage);
    harness.run();
    harness.get_by_label("Recover").click();
    harness.run();
    let session = harness
        .state()
        .workspace
        .session
        .as_ref()
        .expect("the autosaved work reopened");
    assert!(session.dirty);
    assert_eq!(
        session.assessment.answers.get("s_sensitive"),
        Some(&msgdpia::answer::Answer::YesNo(msgdpia::answer::YesNo::Yes))
    );

    // Saving clears the autosave and puts the file in the recent list.
    let path = data.path().join("saved.ron");
    harness.state_mut().apply(Command::SaveTo(path.clone()));
    harness.run();
    assert!(
        storage.recovery().is_none(),
        "the autosave should be gone once saved"
    );
    let harness = harness_with(&storage);
    assert!(
        harness
            .query_by_label(&std::path::absolute(&path).unwrap().display().to_string())
            .is_some(),
        "the saved file is not in the recent list"
    );
}

#[test]
fn a_custom_questionnaire_from_disk_starts_an_assessment_that_saves_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/default.ron"),
    )
    .unwrap();
    let custom = shipped
        .replacen("id: \"msgdpia-default\"", "id: \"acme-dpia\"", 1)
        .replacen("version: \"0.2.0\"", "version: \"2.0\"", 1);
    let questionnaire = dir.path().join("acme.ron");
    std::fs::write(&questionnaire, custom).unwrap();
    let broken = dir.path().join("broken-questionnaire.ron");
    std::fs::write(&broken, "Questionnaire(id: \"x\", version: \"1\", title: \"T\", sections: [Section(id: \"s\", title: \"S\", questions: [Question(id: \"q\", text: \"Q?\", help: \"H\", kind: Sometimes)])])").unwrap();

    let mut harness = harness();
    harness
        .state_mut()
        .apply(Command::NewFromQuestionnaire(broken));
    harness.run();
    let message = harness.state().workspace.message.clone().unwrap();
    assert!(
        message.is_error && message.text.contains("broken-questionnaire.ron:1:"),
        "{}",
        message.text
    );
    assert!(
        message
            .text
            .contains("`Sometimes` is not one of the values allowed here"),
        "{}",
        message.text
    );
    assert!(harness.state().workspace.session.is_none());

    harness
        .state_mut()
        .apply(Command::NewFromQuestionnaire(questionnaire));
    harness.run();
    assert_eq!(
        harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .bundle
            .questionnaire
            .id,
        "acme-dpia"
    );
    harness.state_mut().apply(Command::SetField(
        msgdpia::gui::command::Field::Organisation,
        "Acme".into(),
    ));
    let saved = dir.path().join("acme-assessment.ron");
    harness.state_mut().apply(Command::SaveTo(saved.clone()));
    harness.state_mut().apply(Command::Close);
    harness.state_mut().apply(Command::OpenPath(saved));
    harness.run();
    let session = harness
        .state()
        .workspace
        .session
        .as_ref()
        .expect("the assessment reopened");
    assert_eq!(session.bundle.questionnaire.id, "acme-dpia");
    assert_eq!(session.assessment.metadata.organisation, "Acme");
}

#[test]
fn enter_goes_to_the_next_step_and_ctrl_s_asks_where_to_save() {
    let mut harness = harness();
    harness.get_by_label("New assessment").click();
    harness.run();
    harness.state_mut().apply(Command::SetField(
        msgdpia::gui::command::Field::Organisation,
        "Acme".into(),
    ));
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(step(&harness), Step::Section(0));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let prompt = harness
        .state()
        .workspace
        .prompt
        .clone()
        .expect("Ctrl+S on a new assessment asks for a file");
    assert_eq!(
        prompt.purpose,
        msgdpia::gui::dialogs::Purpose::SaveAssessment
    );
}

#[test]
fn clicking_a_risk_shows_its_why_trail() {
    let mut harness = harness();
    open_example(&mut harness, "hk-law-firm-wechat.ron");
    harness.run();
    assert!(harness.query_by_label_contains("Why: ").is_none());
    harness
        .get_by_label_contains("2. Loss of legal professional privilege")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Why: L4 × S4 = Very high")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Rule: PRC courts admit instant messages as evidence")
            .is_some()
    );
    // The subtotals the report's Appendix B gives, from the same rows.
    let session = harness.state().workspace.session.as_ref().unwrap();
    let risk = session.scoring.apps[0]
        .risks
        .iter()
        .find(|r| r.risk == "privilege")
        .unwrap();
    for (name, rating) in [("= Inherent", risk.inherent), ("= Residual", risk.residual)] {
        let total = format!(
            "{name}: L{} S{}",
            rating.likelihood.get(),
            rating.severity.get()
        );
        assert!(harness.query_by_label(&total).is_some(), "{total}");
    }
}

#[test]
fn the_report_also_exports_as_html_through_the_path_field() {
    let mut harness = opened_at("scottish-team-whatsapp.ron", Step::Finish);
    harness.get_by_label("Export HTML…").click();
    harness.run();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.html");
    type_path_and_confirm(&mut harness, &path);
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains("WhatsApp: DEFINE"));
    assert!(
        harness.query_by_label("Open the report").is_some(),
        "the app offers to open what it exported"
    );
}

/// Types `text` into the text field with this accessible label.
fn type_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    let field = egui::accesskit::Role::PasswordInput;
    let role = if harness.query_by_role_and_label(field, label).is_some() {
        field
    } else {
        egui::accesskit::Role::TextInput
    };
    harness.get_by_role_and_label(role, label).click();
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

/// Types a new passphrase twice into the open "Protect with a passphrase" dialog and confirms.
fn choose_passphrase(harness: &mut Harness<'_, App>, passphrase: &str) {
    type_into(harness, "Passphrase", passphrase);
    type_into(harness, "Type it again", passphrase);
    harness.get_by_label("Protect").click();
    harness.run();
    finish_work(harness);
}

/// Waits for the work on the worker thread (about a second of scrypt per passphrase), then
/// draws what it changed.
fn finish_work(harness: &mut Harness<'_, App>) {
    harness.state_mut().workspace.wait_for_background_work();
    harness.run();
}

#[test]
fn a_protected_assessment_is_saved_encrypted_and_reopens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hk.ron.age");
    let mut harness = harness();
    open_example(&mut harness, "hk-law-firm-wechat.ron");
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Protect with a passphrase…").click();
    harness.run();
    type_into(&mut harness, "Passphrase", "harbour lantern");
    type_into(&mut harness, "Type it again", "harbour lanterns");
    harness.get_by_label("Protect").click();
    harness.run();
    assert!(
        !harness.state().workspace.is_working(),
        "two different typings are refused without deriving a key"
    );
    assert!(
        harness
            .query_by_label_contains("The two passphrases differ")
            .is_some(),
        "a mistyped confirmation must be caught"
    );
    // A short passphrase is refused with the reason; typing again clears the old error.
    choose_passphrase(&mut harness, "x");
    assert!(
        harness
            .query_by_label_contains("The passphrase is too short")
            .is_some()
    );
    type_into(&mut harness, "Passphrase", "h");
    assert!(
        harness
            .query_by_label_contains("The passphrase is too short")
            .is_none(),
        "the last attempt's error goes once a new one is typed"
    );
    harness
        .state_mut()
        .workspace
        .passphrase_prompt
        .as_mut()
        .unwrap()
        .text
        .clear();
    choose_passphrase(&mut harness, "harbour lantern");
    assert!(harness.state().workspace.passphrase_prompt.is_none());
    harness.state_mut().apply(Command::SaveTo(path.clone()));
    harness.run();
    assert!(
        harness.state().workspace.is_saving(),
        "an encrypted save runs on the worker"
    );
    finish_work(&mut harness);
    assert!(harness.state().title().contains("(encrypted)"));
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(!String::from_utf8_lossy(&bytes).contains("Łukasiewicz"));
    let saved_answers = harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment
        .answers
        .clone();

    harness.state_mut().apply(Command::Close);
    harness.state_mut().apply(Command::OpenPath(path.clone()));
    harness.run();
    assert!(
        harness.state().workspace.session.is_none(),
        "opened without the passphrase"
    );
    type_into(&mut harness, "Passphrase", "harbour lamp");
    harness.get_by_label("Open").click();
    harness.run();
    // The window keeps drawing while the passphrase is tried, and says so.
    assert!(
        harness
            .query_by_label_contains("Checking the passphrase")
            .is_some()
    );
    finish_work(&mut harness);
    assert!(
        harness
            .query_by_label_contains("passphrase is wrong")
            .is_some(),
        "a wrong passphrase must say so in the dialog"
    );
    assert!(harness.state().workspace.session.is_none());
    type_into(&mut harness, "Passphrase", "harbour lantern");
    harness.get_by_label("Open").click();
    harness.run();
    finish_work(&mut harness);
    let session = harness
        .state()
        .workspace
        .session
        .as_ref()
        .expect("the assessment opened");
    assert_eq!(session.assessment.answers, saved_answers);
    assert!(
        session.protection.is_some(),
        "an assessment opened from an encrypted file stays protected"
    );
}

#[test]
fn the_autosave_of_a_protected_assessment_is_encrypted_and_recovers_with_the_passphrase() {
    let data = tempfile::tempdir().unwrap();
    let storage = msgdpia::gui::storage::Storage::in_folder(data.path());
    {
        let mut harness = harness_with(&storage);
        open_example(&mut harness, "hk-law-firm-wechat.ron");
        harness.run();
        harness.state_mut().apply(Command::ProtectWithPassphrase);
        harness.run();
        choose_passphrase(&mut harness, "harbour lantern");
        harness.state_mut().apply(Command::SetAnswer(
            "purpose_detail".into(),
            Some(msgdpia::answer::Answer::Text(
                "Matter 2026/114 for Mr Chan".into(),
            )),
        ));
        harness.run();
        std::thread::sleep(msgdpia::gui::autosave::AUTOSAVE_DELAY);
        harness.run();
        // Dropped without saving, as a crash would leave it.
    }
    for entry in std::fs::read_dir(data.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains("Mr Chan"),
            "an autosave of a protected assessment is readable"
        );
    }
    let mut harness = harness_with(&storage);
    harness.get_by_label("Recover").click();
    harness.run();
    type_into(&mut harness, "Passphrase", "harbour lantern");
    harness.get_by_label("Open").click();
    harness.run();
    finish_work(&mut harness);
    let session = harness
        .state()
        .workspace
        .session
        .as_ref()
        .expect("the autosaved work reopened");
    assert_eq!(
        session.assessment.answers.get("purpose_detail"),
        Some(&msgdpia::answer::Answer::Text(
            "Matter 2026/114 for Mr Chan".into()
        ))
    );
    assert!(session.dirty && session.protection.is_some());
}

#[test]
fn an_encrypted_file_that_is_not_a_valid_assessment_leaves_the_open_work_unprotected_and_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron.age");
    let passphrase = msgdpia::encryption::Passphrase::new("harbour lantern".into()).unwrap();
    let encrypted =
        msgdpia::encryption::encrypt(b"Assessment(format_version: 2,", &passphrase).unwrap();
    std::fs::write(&path, encrypted).unwrap();
    let mut harness = harness();
    open_example(&mut harness, "uk-firm-signal-mdm.ron");
    harness.run();
    harness.state_mut().apply(Command::OpenPath(path));
    harness.run();
    type_into(&mut harness, "Passphrase", "harbour lantern");
    harness.get_by_label("Open").click();
    harness.run();
    finish_work(&mut harness);
    assert!(
        message(&harness).contains("Could not open"),
        "{}",
        message(&harness)
    );
    let session = harness
        .state()
        .workspace
        .session
        .as_ref()
        .expect("the example stays open");
    assert!(
        session.protection.is_none(),
        "the passphrase of a file that failed to open must not protect the work left open"
    );
}

#[test]
fn the_risk_panel_shows_the_rating_once_the_plan_is_done_beside_todays() {
    // The Scottish example with its monthly transcription planned rather than done: records
    // loss is very high today and comes down once the plan is done.
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("questionnaires/examples/scottish-team-whatsapp.ron"),
    )
    .unwrap()
    .replace("\"sg_transcription\": YesNo(Yes)", "\"sg_transcription\": YesNo(No)")
    .replace(
        "PlannedMeasure(control: \"transcription_monthly\", owner: \"Group Responsible Owner\", due: \"2026-10-31\", status: Done)",
        "PlannedMeasure(control: \"transcription_monthly\", owner: \"Group Responsible Owner\", due: \"2026-10-31\", status: Planned)",
    );
    assert!(
        text.contains("status: Planned)")
            && text.contains("YesNo(No),\n        \"sg_group_owner\"")
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("planned.ron");
    std::fs::write(&path, text).unwrap();
    let mut harness = harness();
    harness.state_mut().apply(Command::OpenPath(path));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Very high (Low once the plan is done)")
            .is_some()
    );
}

#[test]
fn an_assessment_scored_with_an_older_knowledge_base_says_what_changed_until_re_assessed() {
    let sample =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/format-3.ron");
    let mut harness = harness();
    harness.state_mut().apply(Command::OpenPath(sample));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("The knowledge base has changed since this assessment was last scored (version 2026.11.1 then")
            .is_some()
    );
    harness.get_by_label("Record the re-assessment").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("The knowledge base has changed since")
            .is_none()
    );
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert!(
        session.dirty,
        "recording the re-assessment is a change to save"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reassessed.ron");
    harness.state_mut().apply(Command::SaveTo(path.clone()));
    harness.run();
    let saved = std::fs::read_to_string(&path).unwrap();
    let sha = &harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .bundle
        .knowledge_sha256;
    assert!(saved.contains(sha.as_str()), "{saved}");
}

#[test]
fn a_newer_knowledge_base_file_is_validated_then_used_and_the_notice_says_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("newer-kb.ron");
    std::fs::write(
        &newer,
        crate::support::knowledge_text_with_signal_keeping_metadata(),
    )
    .unwrap();
    let broken = dir.path().join("broken-kb.ron");
    std::fs::write(&broken, "KnowledgeBase(id: \"k\")").unwrap();

    // On a day before its facts were checked, the file is refused.
    let mut early = harness();
    early
        .state_mut()
        .apply(Command::UseKnowledgeBase(newer.clone()));
    early.run();
    assert!(
        message(&early).contains("after today"),
        "{}",
        message(&early)
    );

    let mut harness = harness_on("2026-12-02");
    harness
        .state_mut()
        .apply(Command::OpenExample("uk-firm-signal-mdm.ron"));
    harness.run();
    // A file that is not a valid knowledge base changes nothing.
    harness.state_mut().apply(Command::UseKnowledgeBase(broken));
    harness.run();
    assert!(
        message(&harness).contains("cannot be used"),
        "{}",
        message(&harness)
    );
    assert!(
        harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .since_scored
            .is_none()
    );

    harness.state_mut().apply(Command::UseKnowledgeBase(newer));
    harness.run();
    assert!(
        message(&harness).contains("Scoring with knowledge base"),
        "{}",
        message(&harness)
    );
    let session = harness.state().workspace.session.as_ref().unwrap();
    let changes = session.since_scored.as_ref().expect("the notice is shown");
    let words = msgdpia::present::since_scored::change_lines(
        &session.bundle.knowledge,
        changes,
        msgdpia::present::vocabulary::Words::english(),
    )
    .join("\n");
    assert!(
        words.contains("Signal: Provider collects extensive metadata: No then, Yes now."),
        "{words}"
    );
    let notice = format!(
        "The knowledge base (version {}) has changed since",
        session.bundle.knowledge.version
    );
    assert!(harness.query_by_label_contains(&notice).is_some());
}

#[test]
fn the_assessor_notes_a_question_and_rates_a_risk_themselves_with_a_reason() {
    let mut harness = opened_at("hk-law-firm-wechat.ron", Step::Section(0));
    let question = "Will the messages be used to evaluate or score people, for example their performance, reliability or creditworthiness?";
    harness
        .get_by_label(&format!("Add a note: {question}"))
        .click();
    harness.run();
    let field = format!("{question}: your note");
    harness
        .get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, &field)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, &field)
        .type_text("Confirmed with HR: never used in appraisals.");
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert_eq!(
        session
            .assessment
            .judgement
            .notes
            .get("s_evaluation")
            .map(String::as_str),
        Some("Confirmed with HR: never used in appraisals.")
    );
    // The risk panel: the assessor lowers privilege's severity; it counts only with a reason.
    harness
        .get_by_label_contains("2. Loss of legal professional privilege")
        .click();
    harness.run();
    assert!(harness.query_by_label_contains("Your own rating").is_some());
    let app = session_app(&harness);
    harness
        .state_mut()
        .apply(Command::EditJudgement(JudgementEdit::Override(
            msgdpia::assessment::RiskOverride {
                risk: "privilege".to_string(),
                app: Some(app),
                likelihood: None,
                severity: msgdpia::scale::Scale::new(3),
                reason: String::new(),
            },
        )));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Not counted until you give your reason")
            .is_some()
    );
    let reason_field = "Loss of legal professional privilege: why you rate it differently";
    harness
        .get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, reason_field)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, reason_field)
        .type_text("Partners never discuss live matters on WeChat.");
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    let privilege = session.scoring.apps[0]
        .risks
        .iter()
        .find(|r| r.risk == "privilege")
        .unwrap();
    assert_eq!(privilege.residual.severity.get(), 3);
    assert_eq!(privilege.computed.map(|c| c.severity.get()), Some(4));
    assert!(
        harness
            .query_by_label_contains("Computed with the safeguards in place: L3 × S4")
            .is_some(),
        "the computed rating stays in view"
    );
    assert!(session.dirty, "the change is unsaved work");
}

fn session_app(harness: &Harness<'_, App>) -> String {
    harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .scoring
        .apps[0]
        .app
        .clone()
        .unwrap()
}

#[test]
fn an_approved_assessment_is_read_only_until_a_new_revision_starts() {
    let mut harness = harness();
    open_example(&mut harness, "scottish-team-whatsapp.ron");
    harness.run();
    assert!(
        harness
            .query_by_label_contains("was approved by Deputy Director, Resilience")
            .is_some()
    );
    let before = harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment
        .clone();
    harness.state_mut().apply(Command::GoTo(Step::Section(0)));
    harness.run();
    click_option(&mut harness, "s_evaluation", "yes");
    harness.run();
    assert_eq!(
        harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .assessment,
        before,
        "an approved version does not change"
    );
    assert!(message(&harness).contains("approved and read-only"));
    harness.get_by_label("Start a new revision").click();
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    let metadata = &session.assessment.metadata;
    assert_eq!(metadata.assessment_version, "1.1");
    let kept = metadata.history.last().unwrap();
    assert_eq!(kept.version, "1.0");
    assert_eq!(kept.on, Date::parse("2026-11-23"));
    assert!(
        !session.assessment.is_approved(),
        "the new version needs approving again"
    );
    assert!(harness.query_by_label("Start a new revision").is_none());
    click_option(&mut harness, "s_evaluation", "yes");
    harness.run();
    assert_ne!(
        harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .assessment
            .answers,
        before.answers,
        "the new revision can be changed"
    );
}

#[test]
fn contributors_and_consultations_are_recorded_in_the_app() {
    let mut harness = harness();
    open_example(&mut harness, "uk-firm-signal-mdm.ron");
    harness.run();
    harness.get_by_label("Add a contributor").click();
    harness.run();
    type_into(&mut harness, "Contributor 1: name", "Sam Okafor");
    type_into(&mut harness, "Contributor 1: role", "IT support provider");
    harness.state_mut().apply(Command::GoTo(Step::SignOff));
    harness.run();
    harness.get_by_label("Add a consultation").click();
    harness.run();
    type_into(&mut harness, "Consultation 1: Who", "Two fee earners");
    type_into(&mut harness, "Consultation 1: When", "2026-11-20");
    type_into(
        &mut harness,
        "Consultation 1: What they said",
        "Prefer Signal to WhatsApp",
    );
    let assessment = &harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment;
    let contributor = &assessment.metadata.contributors[0];
    assert_eq!(
        (contributor.name.as_str(), contributor.role.as_str()),
        ("Sam Okafor", "IT support provider")
    );
    let consultation = &assessment.sign_off.consultations[0];
    assert_eq!(consultation.who, "Two fee earners");
    assert_eq!(consultation.on, Date::parse("2026-11-20"));
    assert_eq!(consultation.views, "Prefer Signal to WhatsApp");
    harness.get_by_label("Remove consultation 1").click();
    harness.run();
    let assessment = &harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment;
    assert!(assessment.sign_off.consultations.is_empty());
}

#[test]
fn compare_and_result_are_ticked_once_seen() {
    let mut harness = harness();
    open_example(&mut harness, "uk-firm-signal-mdm.ron");
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert!(!session.is_complete(Step::Compare) && !session.is_complete(Step::Finish));
    for step in [Step::Compare, Step::Finish] {
        harness.state_mut().apply(Command::GoTo(step));
        harness.run();
    }
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert!(session.is_complete(Step::Compare) && session.is_complete(Step::Finish));
    assert!(harness.query_by_label_contains("✔ Compare apps").is_some());
}

#[test]
fn an_answer_that_does_not_fit_its_question_is_an_error_that_blocks_next() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("unfit.ron");
    let text = msgdpia::embedded::EXAMPLES
        .iter()
        .find(|e| e.name == "uk-firm-signal-mdm.ron")
        .unwrap()
        .text
        .replace(
            "\"org_type\": Choice(\"law_firm\")",
            "\"org_type\": Choice(\"bakery\")",
        );
    assert!(text.contains("bakery"));
    std::fs::write(&path, text).unwrap();
    let mut harness = harness();
    harness.state_mut().apply(Command::OpenPath(path));
    harness.run();
    let section = {
        let session = harness.state().workspace.session.as_ref().unwrap();
        let sections = &session.bundle.questionnaire.sections;
        sections
            .iter()
            .position(|s| s.questions.iter().any(|q| q.id == "org_type"))
            .unwrap()
    };
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert!(!session.is_complete(Step::Section(section)), "no ✔ for it");
    harness
        .state_mut()
        .apply(Command::GoTo(Step::Section(section)));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("does not fit this question")
            .is_some()
    );
    harness.state_mut().apply(Command::Next);
    harness.run();
    assert_eq!(
        step(&harness),
        Step::Section(section),
        "Next does not let it through"
    );
    assert!(message(&harness).contains("Please answer or correct"));
    click_option(&mut harness, "org_type", "law_firm");
    harness.state_mut().apply(Command::Next);
    harness.run();
    assert_ne!(step(&harness), Step::Section(section));
}

#[test]
fn a_measure_marked_done_against_the_answer_is_flagged_and_the_answer_can_follow_the_plan() {
    use msgdpia::assessment::MeasureStatus;
    use msgdpia::gui::command::SignOffEdit;
    let mut harness = harness();
    open_example(&mut harness, "hk-law-firm-wechat.ron");
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert_eq!(
        session.assessment.answers.get("sg_mdm"),
        Some(&msgdpia::answer::Answer::YesNo(msgdpia::answer::YesNo::No))
    );
    harness.state_mut().apply(Command::GoTo(Step::SignOff));
    harness.run();
    let index = {
        let measures = &harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .assessment
            .sign_off
            .measures;
        match measures.iter().position(|m| m.control == "mdm") {
            Some(index) => index,
            None => {
                harness
                    .state_mut()
                    .apply(Command::EditSignOff(SignOffEdit::Add("mdm".to_string())));
                harness
                    .state()
                    .workspace
                    .session
                    .as_ref()
                    .unwrap()
                    .assessment
                    .sign_off
                    .measures
                    .len()
                    - 1
            }
        }
    };
    harness
        .state_mut()
        .apply(Command::EditSignOff(SignOffEdit::Status(
            index,
            MeasureStatus::Done,
        )));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Marked done, but the answer to")
            .is_some()
    );
    harness.get_by_label("Update the answer").click();
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert_eq!(
        session.assessment.answers.get("sg_mdm"),
        Some(&msgdpia::answer::Answer::YesNo(msgdpia::answer::YesNo::Yes))
    );
    assert!(
        harness
            .query_by_label_contains("Marked done, but the answer to")
            .is_none()
    );
}

#[test]
fn the_view_menu_switches_between_light_and_dark_and_the_choice_is_remembered() {
    use msgdpia::gui::theme::Theme;
    let data = tempfile::tempdir().unwrap();
    let storage = msgdpia::gui::storage::Storage::in_folder(data.path());
    let app = App::new(Box::new(NoDialogs), Date::parse("2026-11-23").unwrap())
        .with_storage(storage.clone());
    assert_eq!(
        app.workspace.theme,
        Theme::System,
        "the system's by default"
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 700.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Light").click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    let next_start =
        App::new(Box::new(NoDialogs), Date::parse("2026-11-23").unwrap()).with_storage(storage);
    assert_eq!(next_start.workspace.theme, Theme::Dark);
}

#[test]
fn an_app_added_on_the_compare_page_is_compared_without_being_assessed_until_used_instead() {
    use msgdpia::gui::command::CompareEdit;
    let mut harness = opened_at("uk-firm-signal-mdm.ron", Step::Compare);
    assert!(harness.query_by_label("Add an app to compare").is_some());
    harness
        .state_mut()
        .apply(Command::EditCompared(CompareEdit::Add(
            "whatsapp".to_string(),
        )));
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert_eq!(session.scoring.apps.len(), 1, "still one app assessed");
    assert_eq!(
        session.scoring.candidates[0].app.as_deref(),
        Some("whatsapp")
    );
    harness.get_by_label("Use WhatsApp instead").click();
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert_eq!(session.scoring.apps[0].app.as_deref(), Some("whatsapp"));
    assert_eq!(session.assessment.compared, vec!["signal".to_string()]);
    assert!(harness.query_by_label("Stop comparing Signal").is_some());
}

#[test]
fn discarding_recovered_work_asks_first_and_the_examples_are_listed_by_title() {
    let data = tempfile::tempdir().unwrap();
    let storage = msgdpia::gui::storage::Storage::in_folder(data.path());
    {
        let harness = harness_with(&storage);
        for example in msgdpia::embedded::EXAMPLES {
            assert!(harness.query_by_label(example.title).is_some());
            assert!(harness.query_by_label(example.name).is_some());
        }
    }
    leave_unsaved_work(&storage);
    let mut harness = harness_with(&storage);
    harness.run();
    harness.get_by_label("Discard it").click();
    harness.run();
    assert!(storage.recovery().is_some(), "nothing is thrown away yet");
    harness.get_by_label("Keep it").click();
    harness.run();
    assert!(harness.query_by_label("Recover").is_some());
    harness.get_by_label("Discard it").click();
    harness.run();
    harness.get_by_label("Discard for good").click();
    harness.run();
    assert!(storage.recovery().is_none());
}

#[test]
fn the_assessor_adds_a_risk_and_a_measure_of_their_own_on_the_sign_off_page() {
    use msgdpia::assessment::{MeasureStatus, OwnReduction};
    use msgdpia::gui::command::SignOffEdit;
    let mut harness = opened_at("uk-firm-signal-mdm.ron", Step::SignOff);
    harness.get_by_label("Add a risk of your own").click();
    harness.run();
    type_into(
        &mut harness,
        "Own risk 1: Name",
        "Hearing lists forwarded home",
    );
    let mut risk = harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment
        .judgement
        .own_risks[0]
        .clone();
    assert_eq!(risk.name, "Hearing lists forwarded home");
    risk.likelihood = msgdpia::scale::Scale::new(3).unwrap();
    risk.severity = msgdpia::scale::Scale::new(3).unwrap();
    harness
        .state_mut()
        .apply(Command::EditJudgement(JudgementEdit::SetOwnRisk(
            0,
            risk.clone(),
        )));
    harness.get_by_label("Add a measure of your own").click();
    harness.run();
    type_into(&mut harness, "Own measure 1: Name", "No forwarding");
    let mut measure = harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment
        .judgement
        .own_measures[0]
        .clone();
    measure.reduces = vec![OwnReduction {
        risk: risk.id.clone(),
        likelihood: 2,
        severity: 0,
    }];
    harness
        .state_mut()
        .apply(Command::EditJudgement(JudgementEdit::SetOwnMeasure(
            0,
            measure.clone(),
        )));
    harness.run();
    let residual = |harness: &Harness<'_, App>| {
        harness
            .state()
            .workspace
            .session
            .as_ref()
            .unwrap()
            .scoring
            .apps[0]
            .risks
            .iter()
            .find(|r| r.risk == risk.id)
            .unwrap()
            .residual
    };
    assert_eq!(
        residual(&harness).likelihood.get(),
        3,
        "not in the plan yet"
    );
    // The own measure is offered in the plan like the catalogue's, and counts once done.
    harness
        .state_mut()
        .apply(Command::EditSignOff(SignOffEdit::Add(measure.id.clone())));
    let index = last_measure(&harness);
    harness
        .state_mut()
        .apply(Command::EditSignOff(SignOffEdit::Status(
            index,
            MeasureStatus::Done,
        )));
    harness.run();
    assert_eq!(residual(&harness).likelihood.get(), 1);
    assert!(
        harness.query_by_label("No forwarding").is_some(),
        "named in the plan"
    );
}

#[test]
fn typing_the_last_approver_does_not_lock_the_assessment_midway_but_saving_it_approved_does() {
    use msgdpia::assessment::AdviceOutcome;
    use msgdpia::gui::command::{ApprovalOf, SignOffEdit, SignOffText};
    let mut harness = opened_at("uk-firm-signal-mdm.ron", Step::SignOff);
    for edit in [
        SignOffEdit::Text(SignOffText::MeasuresApprovedBy, "Tom Hartley".to_string()),
        SignOffEdit::ApprovedOn(ApprovalOf::Measures, "2026-11-23".to_string()),
        SignOffEdit::ApprovedOn(ApprovalOf::ResidualRisks, "2026-11-23".to_string()),
        SignOffEdit::Outcome(AdviceOutcome::Accepted),
    ] {
        harness.state_mut().apply(Command::EditSignOff(edit));
    }
    harness.run();
    type_into(&mut harness, "Residual risks approved by", "Jane Smith");
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert_eq!(
        session.assessment.sign_off.residual_risks_approval.by, "Jane Smith",
        "the whole name, not its first letter"
    );
    assert!(session.assessment.is_approved() && !session.locked);
    let dir = tempfile::tempdir().unwrap();
    harness
        .state_mut()
        .apply(Command::SaveTo(dir.path().join("approved.ron")));
    harness.run();
    assert!(
        harness.state().workspace.session.as_ref().unwrap().locked,
        "saved approved"
    );
    assert!(harness.query_by_label("Start a new revision").is_some());
}

#[test]
fn removing_an_own_measure_takes_it_out_of_the_plan_and_its_id_is_not_given_again() {
    use msgdpia::assessment::MeasureStatus;
    use msgdpia::gui::command::SignOffEdit;
    let mut harness = opened_at("uk-firm-signal-mdm.ron", Step::SignOff);
    let edit = |harness: &mut Harness<'_, App>, command: Command| {
        harness.state_mut().apply(command);
    };
    edit(
        &mut harness,
        Command::EditJudgement(JudgementEdit::AddOwnMeasure),
    );
    let id = harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment
        .judgement
        .own_measures[0]
        .id
        .clone();
    edit(
        &mut harness,
        Command::EditSignOff(SignOffEdit::Add(id.clone())),
    );
    let index = last_measure(&harness);
    edit(
        &mut harness,
        Command::EditSignOff(SignOffEdit::Status(index, MeasureStatus::Done)),
    );
    edit(
        &mut harness,
        Command::EditJudgement(JudgementEdit::RemoveOwnMeasure(0)),
    );
    let assessment = &harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment;
    assert!(!assessment.sign_off.measures.iter().any(|m| m.control == id));
    // A plan entry that still names the id (as a file may) keeps it from a new measure, which
    // would otherwise count as done without anyone marking it.
    edit(
        &mut harness,
        Command::EditSignOff(SignOffEdit::Add(id.clone())),
    );
    edit(
        &mut harness,
        Command::EditJudgement(JudgementEdit::AddOwnMeasure),
    );
    let assessment = &harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment;
    assert_ne!(assessment.judgement.own_measures[0].id, id);
}

#[test]
fn with_one_app_the_assessors_rating_is_for_the_risk_and_survives_using_another_app() {
    use msgdpia::gui::command::CompareEdit;
    let mut harness = opened_at("uk-firm-signal-mdm.ron", Step::Details);
    harness
        .get_by_label_contains("7. Device loss or theft")
        .click();
    harness.run();
    let reason = "Device loss or theft: why you rate it differently";
    let field = egui::accesskit::Role::MultilineTextInput;
    harness.get_by_role_and_label(field, reason).click();
    harness.run();
    harness
        .get_by_role_and_label(field, reason)
        .type_text("Two phones were stolen this year.");
    harness.run();
    let overrides = &harness
        .state()
        .workspace
        .session
        .as_ref()
        .unwrap()
        .assessment
        .judgement
        .overrides;
    assert_eq!(overrides.len(), 1);
    assert_eq!(overrides[0].app, None, "for the risk, whatever the app");
    harness
        .state_mut()
        .apply(Command::EditCompared(CompareEdit::Add(
            "whatsapp".to_string(),
        )));
    harness
        .state_mut()
        .apply(Command::EditCompared(CompareEdit::UseInstead(
            "whatsapp".to_string(),
        )));
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert_eq!(session.scoring.apps[0].app.as_deref(), Some("whatsapp"));
    assert!(
        session.assessment.judgement.overrides[0].concerns("device_loss", Some("whatsapp")),
        "the rating still concerns the app now assessed"
    );
}

#[test]
fn at_a_laptops_width_the_live_risk_panel_starts_folded_with_the_stance_and_unfolds_on_request() {
    let app = App::new(Box::new(NoDialogs), Date::parse("2026-11-23").unwrap());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 700.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    open_example(&mut harness, "uk-firm-signal-mdm.ron");
    harness.run();
    harness.state_mut().apply(Command::GoTo(Step::Section(0)));
    harness.run();
    assert_eq!(step(&harness), Step::Section(0));
    assert!(
        harness.query_by_label("◂ Live risk").is_some(),
        "folded at 1024 px"
    );
    assert!(
        harness.query_by_label("ACCEPT").is_some(),
        "the folded strip still shows the stance"
    );
    assert!(harness.query_by_label_contains("Screening: ").is_none());
    harness.get_by_label("◂ Live risk").click();
    harness.run();
    assert!(harness.query_by_label_contains("Screening: ").is_some());
    harness.get_by_label("Fold ▸").click();
    harness.run();
    assert!(harness.query_by_label_contains("Screening: ").is_none());
    // The app's own default window, 1200 px wide, shows it from the start, as wider ones do.
    let app = App::new(Box::new(NoDialogs), Date::parse("2026-11-23").unwrap());
    let mut default_window = Harness::builder()
        .with_size(egui::vec2(1200.0, 780.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    open_example(&mut default_window, "uk-firm-signal-mdm.ron");
    default_window.run();
    assert!(
        default_window
            .query_by_label_contains("Screening: ")
            .is_some()
    );
    let mut wide = harness_on("2026-11-23");
    open_example(&mut wide, "uk-firm-signal-mdm.ron");
    wide.run();
    assert!(wide.query_by_label_contains("Screening: ").is_some());
}

#[test]
fn open_at_step_finds_a_step_by_its_short_name_and_an_unknown_name_lists_them() {
    let mut harness = harness();
    open_example(&mut harness, "uk-firm-signal-mdm.ron");
    harness.run();
    harness.state_mut().workspace.open_at_step("result");
    assert_eq!(step(&harness), Step::Finish);
    harness.state_mut().workspace.open_at_step("safeguards");
    let Step::Section(index) = step(&harness) else {
        panic!("a section's id names its step");
    };
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert_eq!(
        session.bundle.questionnaire.sections[index].id,
        "safeguards"
    );
    harness.state_mut().workspace.open_at_step("nowhere");
    assert_eq!(
        step(&harness),
        Step::Section(index),
        "an unknown name moves nothing"
    );
    let text = message(&harness);
    assert!(
        text.contains("details, screening") && text.contains("compare, sign-off, result"),
        "{text}"
    );
}

/// The text of an assessment saved encrypted with "harbour lantern".
fn saved_text(path: &std::path::Path) -> String {
    let passphrase = msgdpia::encryption::Passphrase::new("harbour lantern".into()).unwrap();
    let saved = msgdpia::encryption::decrypt(&std::fs::read(path).unwrap(), &passphrase).unwrap();
    String::from_utf8(saved).unwrap()
}

/// Opens the Hong Kong example protected by a passphrase, saved once to `path`.
fn protected_and_saved(harness: &mut Harness<'_, App>, path: &std::path::Path) {
    open_example(harness, "hk-law-firm-wechat.ron");
    harness.run();
    harness.state_mut().apply(Command::ProtectWithPassphrase);
    harness.run();
    choose_passphrase(harness, "harbour lantern");
    harness
        .state_mut()
        .apply(Command::SaveTo(path.to_path_buf()));
    finish_work(harness);
    assert!(!harness.state().workspace.session.as_ref().unwrap().dirty);
}

#[test]
fn an_answer_changed_while_a_save_is_encrypted_stays_unsaved_and_the_file_has_the_text_before() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hk.ron.age");
    let mut harness = harness();
    protected_and_saved(&mut harness, &path);
    harness.state_mut().apply(Command::Save);
    assert!(harness.state().workspace.is_saving());
    harness.state_mut().apply(Command::SetAnswer(
        "purpose_detail".into(),
        Some(msgdpia::answer::Answer::Text("Typed while saving".into())),
    ));
    finish_work(&mut harness);
    let session = harness.state().workspace.session.as_ref().unwrap();
    assert!(
        session.dirty,
        "the change made during the save is not saved yet"
    );
    assert!(!saved_text(&path).contains("Typed while saving"));
}

#[test]
fn save_in_the_unsaved_changes_box_runs_the_held_back_close_once_the_encrypted_save_lands() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hk.ron.age");
    let mut harness = harness();
    protected_and_saved(&mut harness, &path);
    harness.state_mut().apply(Command::SetAnswer(
        "purpose_detail".into(),
        Some(msgdpia::answer::Answer::Text("Matter 2026/115".into())),
    ));
    harness.state_mut().apply(Command::Close);
    harness.run();
    assert!(harness.state().workspace.pending.is_some());
    harness.get_by_label("Save").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Saving (encrypting)")
            .is_some(),
        "the box says it is saving"
    );
    assert!(
        harness.state().workspace.session.is_some(),
        "not closed before the save lands"
    );
    finish_work(&mut harness);
    assert!(
        harness.state().workspace.session.is_none(),
        "closed once saved"
    );
    assert!(harness.state().workspace.pending.is_none());
    assert!(saved_text(&path).contains("Matter 2026/115"));
}

#[test]
fn cancelling_while_the_passphrase_is_checked_opens_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hk.ron.age");
    let mut harness = harness();
    protected_and_saved(&mut harness, &path);
    harness.state_mut().apply(Command::Close);
    harness.state_mut().apply(Command::OpenPath(path));
    harness.run();
    type_into(&mut harness, "Passphrase", "harbour lantern");
    harness.get_by_label("Open").click();
    harness.run();
    assert!(harness.state().workspace.is_working());
    harness.get_by_label("Cancel").click();
    harness.run();
    finish_work(&mut harness);
    assert!(harness.state().workspace.passphrase_prompt.is_none());
    assert!(
        harness.state().workspace.session.is_none(),
        "a cancelled attempt must not open the file when its check ends"
    );
}

#[test]
fn shortcuts_do_nothing_behind_a_dialog() {
    let mut harness = harness();
    open_example(&mut harness, "hk-law-firm-wechat.ron");
    harness.run();
    harness.state_mut().apply(Command::ProtectWithPassphrase);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::W);
    harness.run();
    assert!(
        harness.state().workspace.session.is_some(),
        "Ctrl+W closed the work behind the dialog"
    );
    assert!(harness.state().workspace.passphrase_prompt.is_some());
}

#[test]
fn exporting_the_report_over_the_assessments_own_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("uk.ron");
    let mut harness = harness();
    open_example(&mut harness, "uk-firm-signal-mdm.ron");
    harness.run();
    harness.state_mut().apply(Command::SaveTo(path.clone()));
    let saved = std::fs::read(&path).unwrap();
    harness.state_mut().apply(Command::ExportTo(path.clone()));
    assert!(
        message(&harness).contains("same file as the input"),
        "{}",
        message(&harness)
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        saved,
        "the assessment was replaced"
    );
}

#[test]
fn an_autosave_that_cannot_be_removed_after_a_save_is_reported_beside_the_save() {
    let data = tempfile::tempdir().unwrap();
    // Something in the autosave's place that cannot be removed as a file.
    std::fs::create_dir(data.path().join("autosave.ron")).unwrap();
    let storage = msgdpia::gui::storage::Storage::in_folder(data.path());
    let mut harness = harness_with(&storage);
    open_example(&mut harness, "uk-firm-signal-mdm.ron");
    harness.run();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("uk.ron");
    harness.state_mut().apply(Command::SaveTo(path.clone()));
    let text = message(&harness);
    assert!(text.starts_with("Saved to"), "{text}");
    assert!(text.contains("The autosave could not be removed"), "{text}");
    assert!(harness.state().workspace.message.as_ref().unwrap().is_error);
}

#[test]
fn the_autosave_waits_for_a_pause_in_typing_and_is_written_once_after_it() {
    let data = tempfile::tempdir().unwrap();
    let storage = msgdpia::gui::storage::Storage::in_folder(data.path());
    let mut harness = harness_with(&storage);
    harness.get_by_label("New assessment").click();
    harness.run();
    let mut typed = String::new();
    for word in ["Partners", "message", "clients", "about", "matters"] {
        typed = format!("{typed} {word}").trim().to_string();
        harness.state_mut().apply(Command::SetAnswer(
            "purpose_detail".into(),
            Some(msgdpia::answer::Answer::Text(typed.clone())),
        ));
        harness.run();
        // Nothing is written while the user is still typing.
        assert!(storage.recovery().is_none(), "written after {typed:?}");
    }
    assert!(harness.state().workspace.autosave_due_in().is_some());
    std::thread::sleep(msgdpia::gui::autosave::AUTOSAVE_DELAY);
    harness.run();
    harness.state_mut().workspace.wait_for_autosave();
    assert!(harness.state().workspace.autosave_due_in().is_none());
    let recovery = storage.recovery().expect("written after the pause");
    assert!(
        format!("{recovery:?}").contains("Partners message clients about matters"),
        "{recovery:?}"
    );
}

/// The wizard step of the section holding `question`.
fn section_of(harness: &Harness<'_, App>, question: &str) -> Step {
    let session = harness.state().workspace.session.as_ref().unwrap();
    let index = session
        .bundle
        .questionnaire
        .sections
        .iter()
        .position(|s| s.questions.iter().any(|q| q.id == question))
        .expect("the question is in a section");
    Step::Section(index)
}

/// Opens the Signal example on `today`, shows the app question, and returns how many of Signal's
/// facts the knowledge base holds an entry for.
fn signal_facts_on(today: &str) -> (Harness<'static, App>, usize) {
    let mut harness = harness_on(today);
    open_example(&mut harness, "uk-firm-signal-mdm.ron");
    harness.run();
    let apps = section_of(&harness, "apps");
    harness.state_mut().apply(Command::GoTo(apps));
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    let entries = session.knowledge().app("signal").unwrap().facts.len();
    (harness, entries)
}

#[test]
fn facts_last_checked_long_ago_are_flagged_on_the_app_question_and_in_the_comparison() {
    // Years after every check in the knowledge base, each of Signal's facts is to check again,
    // and the folded header says how many without being opened.
    let (mut harness, entries) = signal_facts_on("2031-01-01");
    let header = format!("Key facts about Signal ({entries} to check again)");
    harness.get_by_label(&header).click();
    harness.run();
    let warnings = harness
        .query_all_by_label_contains("To check again: last checked more than")
        .count();
    assert_eq!(warnings, entries, "each fact says why to check it again");
    // The comparison shows two apps or more.
    harness.state_mut().apply(Command::SetAnswer(
        "apps".into(),
        Some(msgdpia::answer::Answer::Apps(vec![
            "signal".into(),
            "wechat".into(),
        ])),
    ));
    harness.state_mut().apply(Command::GoTo(Step::Compare));
    harness.run();
    let session = harness.state().workspace.session.as_ref().unwrap();
    let wechat = session.knowledge().app("wechat").unwrap().facts.len();
    assert_eq!(
        harness
            .query_all_by_label_contains("(to check again)")
            .count(),
        entries + wechat,
        "the comparison marks every fact of both columns"
    );

    // On the day the facts were last checked, none is flagged for the age of its check (some
    // still are for resting on an old version of the vendor's page).
    let session = harness.state().workspace.session.as_ref().unwrap();
    let last_check = session
        .knowledge()
        .app("signal")
        .unwrap()
        .facts
        .iter()
        .map(|f| f.citation.checked_on)
        .max()
        .unwrap();
    let (mut harness, _) = signal_facts_on(&last_check.to_string());
    harness
        .get_by_label_contains("Key facts about Signal")
        .click();
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("Source: Signal")
            .count()
            > 1,
        "the facts are unfolded"
    );
    assert_eq!(
        harness
            .query_all_by_label_contains("To check again: last checked more than")
            .count(),
        0
    );
}

#[test]
fn the_screening_reads_the_same_in_the_risk_panel_the_report_and_score() {
    let bundle = crate::support::shipped_bundle();
    let assessment = crate::support::example("hk-law-firm-wechat.ron");
    let sentence = msgdpia::present::verdict::screening(
        &bundle.score(&assessment).screening,
        msgdpia::present::vocabulary::Words::english(),
    );
    assert!(sentence.starts_with("Screening: 3 of the nine WP248 criteria met"));
    let mut harness = harness();
    open_example(&mut harness, "hk-law-firm-wechat.ron");
    harness.run();
    assert!(harness.query_by_label(&sentence).is_some(), "{sentence}");
    let report = crate::support::report_text(&bundle, &assessment, "2026-12-02");
    assert!(report.contains(&sentence));
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("questionnaires/examples/hk-law-firm-wechat.ron");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_msgdpia"))
        .arg("score")
        .arg(&path)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains(&sentence));
}

#[test]
fn in_french_the_start_screen_the_menus_the_steps_and_their_buttons_speak_french() {
    use msgdpia::present::language::Language;
    use msgdpia::present::vocabulary::Words;
    let mut harness = harness();
    harness.state_mut().workspace.words = Words::new(Language::French);
    harness.run();
    assert!(harness.query_by_label("Fichier").is_some());
    assert!(harness.query_by_label("Exemples").is_some());
    assert!(harness.query_by_label("New assessment").is_none());
    harness.get_by_label("Nouvelle analyse").click();
    harness.run();
    assert_eq!(step(&harness), Step::Details);
    assert!(harness.query_by_label("Étapes").is_some());
    // The heading and the step's entry in the list.
    assert_eq!(
        harness
            .query_all_by_label_contains("À propos de cette analyse")
            .count(),
        2
    );
    assert!(harness.query_by_label("Suivant").is_some());
    assert!(harness.query_by_label("Précédent").is_some());
    assert!(
        harness
            .query_by_label("La touche Entrée passe aussi à l'étape suivante.")
            .is_some()
    );
}
