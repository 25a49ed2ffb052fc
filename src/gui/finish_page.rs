//! The last step: the result in words, and saving and exporting.

use super::command::Command;
use super::dialogs::Purpose;
use super::menu_bar::{EXPORT_PDF, SAVE, shortcut_text};
use super::risk_panel::{app_stance, stance_colour};
use super::session::Session;
use crate::present::language::Language;
use crate::present::vocabulary::Words;
use crate::present::{misfits, names, verdict};

/// Draws the result and the save and export buttons.
pub fn finish_ui(
    ui: &mut egui::Ui,
    session: &Session,
    words: &Words,
    report_language: Language,
    commands: &mut Vec<Command>,
) {
    {
        let knowledge = session.shown_knowledge();
        let scoring = &session.scoring;
        if !scoring.complete {
            ui.label(verdict::incomplete_explanation(scoring, words));
            ui.strong(words.get("finish-questions-left"));
            for question in
                verdict::missing_questions(session.questionnaire(), &scoring.missing, words)
            {
                ui.label(format!("• {question}"));
            }
            ui.add_space(10.0);
        }
        for result in &scoring.apps {
            let name = names::chosen_app(knowledge, result.app.as_deref(), words);
            ui.label(
                egui::RichText::new(format!(
                    "{name}: {}",
                    verdict::app_headline(scoring, result, words)
                ))
                .size(22.0)
                .strong()
                .color(stance_colour(app_stance(scoring, result))),
            );
            ui.label(verdict::decision_reason(knowledge, &result.decision, words));
            if let Some(reach) = &result.decision.what_it_would_take {
                ui.label(verdict::what_it_would_take(knowledge, reach, words));
            }
            if !result.decision.conditions.is_empty() {
                ui.strong(words.get("finish-conditions"));
                for id in &result.decision.conditions {
                    let name = names::control(knowledge, id, words);
                    match knowledge.control(id) {
                        Some(control) => ui.label(format!("• {name}: {}", control.policy_text)),
                        None => ui.label(format!("• {name}")),
                    };
                }
            }
            let others: Vec<&String> = result
                .recommended
                .iter()
                .filter(|id| !result.decision.conditions.contains(id))
                .collect();
            if !others.is_empty() {
                ui.strong(words.get(if result.decision.conditions.is_empty() {
                    "finish-recommended"
                } else {
                    "finish-other-recommended"
                }));
                for id in others {
                    let label = ui.label(format!("• {}", names::control(knowledge, id, words)));
                    if let Some(control) = knowledge.control(id) {
                        label.on_hover_text(&control.policy_text);
                    }
                }
            }
            ui.add_space(10.0);
        }
        for finding in &scoring.findings {
            let text = verdict::finding_text(
                session.questionnaire(),
                knowledge,
                &scoring.regimes,
                finding,
                words,
            );
            ui.colored_label(ui.visuals().warn_fg_color, text);
        }
        for misfit in &scoring.misfits {
            let text = misfits::reader_text(session.questionnaire(), misfit, words);
            ui.colored_label(ui.visuals().warn_fg_color, text);
        }
        ui.add_space(10.0);
        report_language_ui(ui, words, report_language, commands);
        ui.horizontal(|ui| {
            let save = ui.button(words.get("finish-save"));
            if save.on_hover_text(shortcut_text(ui, &SAVE)).clicked() {
                commands.push(Command::Save);
            }
            let export = ui.button(words.get("menu-export-pdf"));
            if export
                .on_hover_text(shortcut_text(ui, &EXPORT_PDF))
                .clicked()
            {
                commands.push(Command::Ask(Purpose::ExportPdf));
            }
            if ui.button(words.get("menu-export-html")).clicked() {
                commands.push(Command::Ask(Purpose::ExportHtml));
            }
            if ui.button(words.get("menu-export-word")).clicked() {
                commands.push(Command::Ask(Purpose::ExportWord));
            }
        });
    }
}

/// The language the report is written in, chosen apart from the interface's: a firm may work in
/// Chinese and file in English.
fn report_language_ui(
    ui: &mut egui::Ui,
    words: &Words,
    chosen: Language,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let label = ui.label(words.get("finish-report-language"));
        egui::ComboBox::from_id_salt("report_language")
            .selected_text(chosen.own_name())
            .show_ui(ui, |ui| {
                for language in Language::ALL {
                    if ui
                        .selectable_label(chosen == language, language.own_name())
                        .clicked()
                    {
                        commands.push(Command::SetReportLanguage(language));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}
