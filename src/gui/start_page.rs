//! The start screen: what the tool does, a new assessment, open one, or try an example.

use super::command::Command;
use super::dialogs::Purpose;
use super::storage::Recovery;
use crate::embedded;
use crate::present::vocabulary::{FluentArgs, Words};
use std::path::PathBuf;

/// What the start screen shows besides the fixed text.
pub struct StartView<'a> {
    /// Recently used files.
    pub recent: &'a [PathBuf],
    /// Work left unsaved by a previous run.
    pub recovery: Option<&'a Recovery>,
    /// Whether "Discard it" was pressed and waits for confirmation.
    pub confirming_discard: bool,
    /// The screen has just appeared: its first button takes the focus.
    pub entered: bool,
    /// The interface's words.
    pub words: &'a Words,
}

/// Draws the start screen.
pub fn start_ui(ui: &mut egui::Ui, view: &StartView<'_>, commands: &mut Vec<Command>) {
    if view.confirming_discard && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        commands.push(Command::ConfirmDiscardRecovery(false));
    }
    let words = view.words;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_max_width(ui.available_width().min(820.0));
        super::focus::first_field_anchor_ui(ui, view.entered, view.words);
        ui.add_space(8.0);
        ui.label(
            egui::RichText::new(words.get("start-title"))
                .size(30.0)
                .strong(),
        );
        ui.add_space(4.0);
        ui.label(words.get("start-intro"));
        ui.add_space(4.0);
        ui.label(words.get("start-private"));
        if let Some(recovery) = view.recovery {
            ui.add_space(12.0);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.strong(words.get("start-unsaved-found"));
                ui.label(match &recovery.original {
                    Some(origin) => {
                        let mut args = FluentArgs::new();
                        args.set("file", origin.path.display().to_string());
                        words.with("start-recover-file", &args)
                    }
                    None => words.get("start-recover-new"),
                });
                if view.confirming_discard {
                    // Discarding cannot be undone: it asks once more.
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        words.get("start-discard-confirm"),
                    );
                    ui.horizontal(|ui| {
                        if ui.button(words.get("start-discard-for-good")).clicked() {
                            commands.push(Command::DiscardRecovery);
                        }
                        if ui.button(words.get("start-keep-it")).clicked() {
                            commands.push(Command::ConfirmDiscardRecovery(false));
                        }
                    });
                } else {
                    ui.horizontal(|ui| {
                        if ui.button(words.get("start-recover")).clicked() {
                            commands.push(Command::Recover);
                        }
                        if ui.button(words.get("start-discard-it")).clicked() {
                            commands.push(Command::ConfirmDiscardRecovery(true));
                        }
                    });
                }
            });
        }
        ui.add_space(16.0);
        ui.label(
            egui::RichText::new(words.get("start-heading"))
                .size(18.0)
                .strong(),
        );
        ui.horizontal_wrapped(|ui| {
            for (index, shipped) in embedded::QUESTIONNAIRES.iter().enumerate() {
                let label = if index == 0 {
                    words.get("start-new")
                } else {
                    let mut args = FluentArgs::new();
                    args.set("questionnaire", shipped.name);
                    words.with("start-new-with", &args)
                };
                if ui.button(label).clicked() {
                    commands.push(Command::New(index));
                }
            }
            if ui.button(words.get("start-new-from-file")).clicked() {
                commands.push(Command::Ask(Purpose::OpenQuestionnaire));
            }
            if ui.button(words.get("start-open")).clicked() {
                commands.push(Command::Ask(Purpose::OpenAssessment));
            }
        });
        if !view.recent.is_empty() {
            ui.add_space(16.0);
            ui.label(
                egui::RichText::new(words.get("start-recent"))
                    .size(18.0)
                    .strong(),
            );
            for path in view.recent {
                if ui.link(path.display().to_string()).clicked() {
                    commands.push(Command::OpenPath(path.clone()));
                }
            }
        }
        ui.add_space(16.0);
        ui.label(
            egui::RichText::new(words.get("start-examples"))
                .size(18.0)
                .strong(),
        );
        ui.label(words.get("start-examples-intro"));
        for example in embedded::EXAMPLES {
            ui.horizontal_wrapped(|ui| {
                if ui.link(example.title).clicked() {
                    commands.push(Command::OpenExample(example.name));
                }
                ui.weak(example.name);
            });
        }
    });
}
