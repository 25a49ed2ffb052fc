//! What the user sees when a colleague has the file open (a notice above a read-only assessment)
//! and when a save would replace what someone else saved (Overwrite / Save as… / Cancel).

use super::command::Command;
use super::session::Session;
use super::workspace::held_by_words;
use crate::present::vocabulary::{FluentArgs, Words};
use std::path::Path;

/// The notice above an assessment opened read-only because a colleague has it open.
pub fn held_notice_ui(
    ui: &mut egui::Ui,
    session: &Session,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    let Some(holder) = &session.held_by else {
        return;
    };
    ui.add_space(4.0);
    let mut args = FluentArgs::new();
    args.set("holder", held_by_words(holder, words));
    ui.strong(words.with("held-read-only", &args));
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(words.get("held-edit-anyway"))
            .on_hover_text(words.get("held-edit-anyway-hover"))
            .clicked()
        {
            commands.push(Command::TakeOverLock);
        }
        if ui
            .button(words.get("menu-save-as"))
            .on_hover_text(words.get("held-save-as-hover"))
            .clicked()
        {
            commands.push(Command::Ask(super::dialogs::Purpose::SaveAssessment));
        }
    });
    ui.add_space(4.0);
}

/// Asks before a save replaces a file someone else changed since it was opened here.
pub fn changed_on_disk_ui(
    ui: &mut egui::Ui,
    path: &Path,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let modal = egui::Modal::new(egui::Id::unique("changed_on_disk")).show(ui.ctx(), |ui| {
        ui.heading(words.get("changed-on-disk-heading"));
        let mut args = FluentArgs::new();
        args.set("file", name.as_str());
        ui.label(words.with("changed-on-disk-question", &args));
        ui.horizontal(|ui| {
            if ui.button(words.get("changed-on-disk-overwrite")).clicked() {
                commands.push(Command::OverwriteChangedFile);
            }
            if ui.button(words.get("menu-save-as")).clicked() {
                commands.push(Command::SaveAsInsteadOfChangedFile);
            }
            if ui.button(words.get("button-cancel")).clicked() {
                commands.push(Command::KeepChangedFile);
            }
        });
    });
    // Esc (or a click beside the box) cancels, as the Cancel button does.
    if modal.should_close() {
        commands.push(Command::KeepChangedFile);
    }
}
