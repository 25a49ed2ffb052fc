//! The menu bar and the keyboard shortcuts it shows beside its entries.

use super::command::Command;
use super::dialogs::Purpose;
use super::theme::Theme;
use super::workspace::Workspace;
use crate::present::language::Language;
use egui::{Key, KeyboardShortcut, Modifiers};

const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Saves the open assessment.
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
/// Exports the PDF report.
pub const EXPORT_PDF: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
const CLOSE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::W);

/// How `shortcut` is written on this platform ("Ctrl+S", "⌘S"), for a button's hover text.
pub fn shortcut_text(ui: &egui::Ui, shortcut: &KeyboardShortcut) -> String {
    ui.ctx().format_shortcut(shortcut)
}

/// The commands of the shortcuts pressed this frame (they work without opening the menu).
pub fn shortcuts(ui: &mut egui::Ui, open: bool) -> Vec<Command> {
    let mut commands = Vec::new();
    // In a text field Ctrl+W deletes a word and Ctrl+N is the field's own: there they are left
    // to the field rather than closing the assessment or starting another.
    let typing = ui.ctx().egui_wants_keyboard_input();
    ui.input_mut(|input| {
        if !typing && input.consume_shortcut(&NEW) {
            commands.push(Command::New(0));
        }
        if input.consume_shortcut(&OPEN) {
            commands.push(Command::Ask(Purpose::OpenAssessment));
        }
        if !open {
            return;
        }
        // The longer shortcut first, or Ctrl+S would take Ctrl+Shift+S.
        if input.consume_shortcut(&SAVE_AS) {
            commands.push(Command::Ask(Purpose::SaveAssessment));
        } else if input.consume_shortcut(&SAVE) {
            commands.push(Command::Save);
        }
        if input.consume_shortcut(&EXPORT_PDF) {
            commands.push(Command::Ask(Purpose::ExportPdf));
        }
        if !typing && input.consume_shortcut(&CLOSE) {
            commands.push(Command::Close);
        }
    });
    commands
}

/// Draws the File and View menus.
pub fn menu_bar_ui(ui: &mut egui::Ui, workspace: &Workspace, commands: &mut Vec<Command>) {
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            let words = &workspace.words;
            ui.menu_button(words.get("menu-file"), |ui| {
                file_menu_ui(ui, workspace, commands);
            });
            ui.menu_button(words.get("menu-view"), |ui| {
                for theme in Theme::ALL {
                    if ui
                        .radio(workspace.theme == theme, theme.label(words))
                        .clicked()
                    {
                        commands.push(Command::SetTheme(theme));
                    }
                }
                ui.separator();
                ui.menu_button(words.get("menu-language"), |ui| {
                    // Each language by its own name, so a reader finds theirs whatever the
                    // interface speaks now.
                    for language in Language::ALL {
                        let current = words.language() == language;
                        if ui.radio(current, language.own_name()).clicked() {
                            commands.push(Command::SetLanguage(language));
                        }
                    }
                });
            });
        });
    });
}

/// The language reports are written in, each language by its own name; the command when one
/// is chosen.
fn report_language_menu_ui(ui: &mut egui::Ui, workspace: &Workspace) -> Option<Command> {
    let chosen = workspace.report_language();
    let mut command = None;
    ui.menu_button(workspace.words.get("menu-report-language"), |ui| {
        for language in Language::ALL {
            if ui.radio(chosen == language, language.own_name()).clicked() {
                command = Some(Command::SetReportLanguage(language));
            }
        }
    });
    command
}

fn file_menu_ui(ui: &mut egui::Ui, workspace: &Workspace, commands: &mut Vec<Command>) {
    let open = workspace.session.is_some();
    // Each entry is named by its message in the vocabulary.
    let mut entry = |ui: &mut egui::Ui,
                     enabled: bool,
                     message: &str,
                     shortcut: Option<&KeyboardShortcut>,
                     command: Command| {
        let mut button = egui::Button::new(workspace.words.get(message));
        if let Some(shortcut) = shortcut {
            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
        }
        if ui.add_enabled(enabled, button).clicked() {
            commands.push(command);
        }
    };
    entry(ui, true, "menu-new-assessment", Some(&NEW), Command::New(0));
    entry(
        ui,
        true,
        "menu-open",
        Some(&OPEN),
        Command::Ask(Purpose::OpenAssessment),
    );
    // Importing makes a new assessment, so it sits with New and Open.
    entry(
        ui,
        true,
        "menu-import-cnil-pia",
        None,
        Command::Ask(Purpose::ImportCnilPia),
    );
    entry(
        ui,
        true,
        "menu-use-knowledge-base",
        None,
        Command::Ask(Purpose::OpenKnowledgeBase),
    );
    ui.separator();
    entry(ui, open, "menu-save", Some(&SAVE), Command::Save);
    entry(
        ui,
        open,
        "menu-save-as",
        Some(&SAVE_AS),
        Command::Ask(Purpose::SaveAssessment),
    );
    entry(
        ui,
        open,
        "menu-export-pdf",
        Some(&EXPORT_PDF),
        Command::Ask(Purpose::ExportPdf),
    );
    entry(
        ui,
        open,
        "menu-export-html",
        None,
        Command::Ask(Purpose::ExportHtml),
    );
    entry(
        ui,
        open,
        "menu-export-word",
        None,
        Command::Ask(Purpose::ExportWord),
    );
    entry(
        ui,
        open,
        "menu-export-cnil-pia",
        None,
        Command::Ask(Purpose::ExportCnilPia),
    );
    // Pushed once the entries, which hold the commands, are done.
    let report_language = report_language_menu_ui(ui, workspace);
    ui.separator();
    let protected = workspace
        .session
        .as_ref()
        .is_some_and(|s| s.protection.is_some());
    if protected {
        entry(
            ui,
            true,
            "menu-remove-passphrase",
            None,
            Command::RemovePassphrase,
        );
    } else {
        entry(
            ui,
            open,
            "menu-protect",
            None,
            Command::ProtectWithPassphrase,
        );
    }
    ui.separator();
    entry(ui, open, "menu-close", Some(&CLOSE), Command::Close);
    commands.extend(report_language);
}
