//! The notice shown above an assessment opened with a newer knowledge base: which facts of its
//! apps changed, what re-assessing changes, and a button to record the re-assessment.

use super::command::Command;
use super::session::Session;
use crate::present::since_scored::{advice, change_lines, headline};
use crate::present::vocabulary::Words;
use crate::since_scored::SinceScored;

/// The notice's contents, with its button.
pub fn knowledge_notice_ui(
    ui: &mut egui::Ui,
    session: &Session,
    changes: &SinceScored,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    ui.strong(headline(changes, words));
    ui.horizontal_wrapped(|ui| {
        ui.label(advice(words));
        if ui.button(words.get("knowledge-record")).clicked() {
            commands.push(Command::AcceptNewKnowledge);
        }
    });
    // The list can be long; folded by default so the notice fits a laptop screen.
    let lines = change_lines(session.shown_knowledge(), changes, words);
    egui::CollapsingHeader::new(words.count("knowledge-what-changed", lines.len()))
        .id_salt("knowledge_changes")
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(160.0)
                .show(ui, |ui| {
                    for line in &lines {
                        ui.label(format!("• {line}"));
                    }
                });
        });
    ui.add_space(4.0);
}
