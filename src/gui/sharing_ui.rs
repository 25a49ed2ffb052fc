//! What the user sees when a colleague has the file open (a notice above a read-only assessment)
//! and when a save would replace what someone else saved (Overwrite / Save as… / Cancel).

use super::command::Command;
use super::session::Session;
use super::workspace::held_by_words;
use std::path::Path;

/// The notice above an assessment opened read-only because a colleague has it open.
pub fn held_notice_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    let Some(holder) = &session.held_by else {
        return;
    };
    ui.add_space(4.0);
    ui.strong(format!("Read-only: {}.", held_by_words(holder)));
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("Edit anyway")
            .on_hover_text(
                "Takes the file over, for when they are no longer working on it. If they save too, the later save replaces the earlier one.",
            )
            .clicked()
        {
            commands.push(Command::TakeOverLock);
        }
        if ui
            .button("Save as…")
            .on_hover_text("Keeps your own copy under another name, which you can then edit.")
            .clicked()
        {
            commands.push(Command::Ask(super::dialogs::Purpose::SaveAssessment));
        }
    });
    ui.add_space(4.0);
}

/// Asks before a save replaces a file someone else changed since it was opened here.
pub fn changed_on_disk_ui(ui: &mut egui::Ui, path: &Path, commands: &mut Vec<Command>) {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let modal = egui::Modal::new(egui::Id::unique("changed-on-disk")).show(ui.ctx(), |ui| {
        ui.heading("The file changed on disk");
        ui.label(format!(
            "{name} was changed since you opened it here: someone else may have saved it. Overwrite it with your version, or save yours under another name?"
        ));
        ui.horizontal(|ui| {
            if ui.button("Overwrite").clicked() {
                commands.push(Command::OverwriteChangedFile);
            }
            if ui.button("Save as…").clicked() {
                commands.push(Command::SaveAsInsteadOfChangedFile);
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::KeepChangedFile);
            }
        });
    });
    // Esc (or a click beside the box) cancels, as the Cancel button does.
    if modal.should_close() {
        commands.push(Command::KeepChangedFile);
    }
}
