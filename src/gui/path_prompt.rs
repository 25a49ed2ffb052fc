//! The typed-path fallback, shown when no file dialog answered.

use super::command::Command;
use super::workspace::PathPrompt;
use crate::present::vocabulary::Words;
use std::path::PathBuf;

/// Draws the prompt; the typed text goes straight into `prompt`. Enter confirms, Esc cancels.
pub fn path_prompt_ui(
    ui: &mut egui::Ui,
    prompt: &mut PathPrompt,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    let modal = egui::Modal::new(egui::Id::unique("path_prompt")).show(ui.ctx(), |ui| {
        ui.heading(words.get(prompt.purpose.title()));
        ui.label(words.get("path-prompt-intro"));
        let label = ui.label(words.get("path-prompt-path"));
        let edit = ui
            .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(420.0))
            .labelled_by(label.id);
        if prompt.wants_focus {
            edit.request_focus();
            prompt.wants_focus = false;
        }
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            if ui.button(words.get("button-ok")).clicked() || entered {
                commands.push(Command::for_path(
                    prompt.purpose,
                    PathBuf::from(prompt.text.trim()),
                ));
            }
            if ui.button(words.get("button-cancel")).clicked() {
                commands.push(Command::CancelPrompt);
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::CancelPrompt);
    }
}
