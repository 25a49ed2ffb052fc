//! The start screen: what the tool does, a new assessment, open one, or try an example.

use super::command::Command;
use super::dialogs::Purpose;
use super::storage::Recovery;
use crate::embedded;
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
}

/// Draws the start screen.
pub fn start_ui(ui: &mut egui::Ui, view: &StartView<'_>, commands: &mut Vec<Command>) {
    if view.confirming_discard && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        commands.push(Command::ConfirmDiscardRecovery(false));
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_max_width(ui.available_width().min(820.0));
        super::focus::first_field_anchor_ui(ui, view.entered);
        ui.add_space(8.0);
        ui.label(egui::RichText::new("Messaging DPIA").size(30.0).strong());
        ui.add_space(4.0);
        ui.label("A guided data protection impact assessment (GDPR Art. 35) of using a messaging or video app for business. It asks which app, how sensitive the data is, which jurisdictions are involved and which safeguards exist, then gives a scored PDF report and a stance: FORBID, DEFINE or ACCEPT.");
        ui.add_space(4.0);
        ui.label("Private by design: nothing leaves this machine. Messaging DPIA opens no network connection; your assessments stay in local files.");
        if let Some(recovery) = view.recovery {
            ui.add_space(12.0);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                let from = recovery.original.as_ref().map_or_else(|| "a new assessment".to_string(), |origin| origin.path.display().to_string());
                ui.strong("Unsaved work was found");
                ui.label(format!("The last session ended before {from} was saved. Recover it?"));
                if view.confirming_discard {
                    // Discarding cannot be undone: it asks once more.
                    ui.colored_label(ui.visuals().warn_fg_color, "Discard the unsaved work for good? It cannot be recovered afterwards.");
                    ui.horizontal(|ui| {
                        if ui.button("Discard for good").clicked() {
                            commands.push(Command::DiscardRecovery);
                        }
                        if ui.button("Keep it").clicked() {
                            commands.push(Command::ConfirmDiscardRecovery(false));
                        }
                    });
                } else {
                    ui.horizontal(|ui| {
                        if ui.button("Recover").clicked() {
                            commands.push(Command::Recover);
                        }
                        if ui.button("Discard it").clicked() {
                            commands.push(Command::ConfirmDiscardRecovery(true));
                        }
                    });
                }
            });
        }
        ui.add_space(16.0);
        ui.label(egui::RichText::new("Start").size(18.0).strong());
        ui.horizontal_wrapped(|ui| {
            for (index, shipped) in embedded::QUESTIONNAIRES.iter().enumerate() {
                let label = if index == 0 { "New assessment".to_string() } else { format!("New assessment ({})", shipped.name) };
                if ui.button(label).clicked() {
                    commands.push(Command::New(index));
                }
            }
            if ui.button("New assessment from a questionnaire file…").clicked() {
                commands.push(Command::Ask(Purpose::OpenQuestionnaire));
            }
            if ui.button("Open assessment…").clicked() {
                commands.push(Command::Ask(Purpose::OpenAssessment));
            }
        });
        if !view.recent.is_empty() {
            ui.add_space(16.0);
            ui.label(egui::RichText::new("Recent files").size(18.0).strong());
            for path in view.recent {
                if ui.link(path.display().to_string()).clicked() {
                    commands.push(Command::OpenPath(path.clone()));
                }
            }
        }
        ui.add_space(16.0);
        ui.label(egui::RichText::new("Examples").size(18.0).strong());
        ui.label("Assessments drawn from published guidance. Opening one starts an unsaved copy.");
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
