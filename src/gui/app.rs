//! The app: one struct holding the state, pages that return commands, and `apply`, which carries
//! the commands out after the frame (the pattern of egui's demo app).

use super::command::{Command, Resolution};
use super::dialogs::{FileDialogs, NoDialogs, Purpose};
use super::passphrase_prompt::passphrase_prompt_ui;
use super::session::{Session, Step};
use super::storage::Storage;
use super::theme::Theme;
use super::workspace::Workspace;
use super::{
    approval_notice, compare_page, finish_page, knowledge_notice, risk_panel, sign_off_page,
    start_page, wizard,
};
use crate::date::Date;
use crate::io;
use std::path::PathBuf;

/// The desktop app: the [`Workspace`] and how it is drawn.
pub struct App {
    /// Everything the app holds and does apart from drawing.
    pub workspace: Workspace,
    last_title: String,
}

impl Default for App {
    /// An app with no file dialogs (every file request shows the path field), dated today.
    fn default() -> Self {
        App::new(Box::new(NoDialogs), io::today())
    }
}

impl App {
    /// An app using these file dialogs, taking `today` as the date of new assessments and reports.
    pub fn new(dialogs: Box<dyn FileDialogs>, today: Date) -> App {
        App {
            workspace: Workspace::new(dialogs, today),
            last_title: String::new(),
        }
    }

    /// Keeps the autosave and the recent files in `storage`, and picks up work a previous run
    /// left unsaved.
    pub fn with_storage(self, storage: Storage) -> App {
        App {
            workspace: self.workspace.with_storage(storage),
            ..self
        }
    }

    /// Carries out one command (see [`Workspace::apply`]).
    pub fn apply(&mut self, command: Command) {
        self.workspace.apply(command);
    }

    /// Draws one frame and then applies what the pages asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        super::fonts::install(ui.ctx());
        let theme = egui_theme(self.workspace.theme);
        if ui.ctx().options(|o| o.theme_preference) != theme {
            ui.ctx().set_theme(theme);
        }
        self.workspace.poll_background();
        if self.workspace.is_working() {
            // Not every frame: a second of scrypt needs no more than a few redraws to show.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        let mut commands = shortcuts(ui, self.workspace.session.is_some());
        commands.extend(dropped_files(ui));
        if ui.ctx().input(|i| i.viewport().close_requested())
            && self.workspace.has_unsaved_changes()
            && !self.workspace.quit
        {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.workspace.pending = Some(Command::Quit);
        }
        self.menu_bar_ui(ui, &mut commands);
        self.message_ui(ui, &mut commands);
        if let Some(session) = &mut self.workspace.session {
            session.mark_visited();
        }
        match &self.workspace.session {
            Some(session) => {
                if session.locked {
                    egui::Panel::top("approved").show(ui, |ui| {
                        approval_notice::approval_notice_ui(
                            ui,
                            session,
                            self.workspace.today(),
                            &mut commands,
                        );
                    });
                }
                if let Some(changes) = &session.since_scored {
                    egui::Panel::top("knowledge-changed").show(ui, |ui| {
                        knowledge_notice::knowledge_notice_ui(ui, session, changes, &mut commands);
                    });
                }
                egui::Panel::left("steps")
                    .resizable(false)
                    .default_size(220.0)
                    .show(ui, |ui| {
                        wizard::steps_ui(ui, session, &mut commands);
                    });
                // The comparison shows every app's risks itself and needs the width.
                if session.step != Step::Compare {
                    egui::Panel::right("risks")
                        .resizable(true)
                        .default_size(360.0)
                        .size_range(260.0..=520.0)
                        .show(ui, |ui| {
                            risk_panel::risk_panel_ui(ui, session, &mut commands);
                        });
                }
                egui::CentralPanel::default().show(ui, |ui| match session.step {
                    Step::Finish => finish_page::finish_ui(ui, session, &mut commands),
                    Step::Compare => compare_page::compare_ui(ui, session, &mut commands),
                    Step::SignOff => sign_off_page::sign_off_ui(
                        ui,
                        session,
                        &mut self.workspace.typed,
                        &mut commands,
                    ),
                    _ => wizard::step_ui(
                        ui,
                        session,
                        &wizard::Unfolded {
                            help: &self.workspace.help_open,
                            notes: &self.workspace.notes_open,
                        },
                        &mut self.workspace.typed,
                        &mut commands,
                    ),
                });
            }
            None => {
                let view = start_page::StartView {
                    recent: &self.workspace.recent,
                    recovery: self.workspace.recovery.as_ref(),
                    confirming_discard: self.workspace.confirming_discard,
                };
                egui::CentralPanel::default()
                    .show(ui, |ui| start_page::start_ui(ui, &view, &mut commands));
            }
        }
        self.prompt_ui(ui, &mut commands);
        if let Some(prompt) = &mut self.workspace.passphrase_prompt {
            passphrase_prompt_ui(ui, prompt, &mut commands);
        }
        self.unsaved_ui(ui, &mut commands);
        for command in commands {
            self.apply(command);
        }
        if self.workspace.quit {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.workspace.autosave();
        self.update_title(ui);
    }

    /// Asks what to do with unsaved changes before a command that would drop them.
    fn unsaved_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        if self.workspace.pending.is_none() || self.workspace.prompt.is_some() {
            return;
        }
        let name = self
            .workspace
            .session
            .as_ref()
            .map(Session::file_name)
            .unwrap_or_default();
        egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ui.ctx(), |ui| {
            ui.heading("Unsaved changes");
            ui.label(format!("Save the changes to {name} first?"));
            if self.workspace.is_saving() {
                super::widgets::working_ui(ui, "Saving (encrypting)…");
                return;
            }
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    commands.push(Command::Resolve(Resolution::Save));
                }
                if ui.button("Don't save").clicked() {
                    commands.push(Command::Resolve(Resolution::Discard));
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::Resolve(Resolution::Cancel));
                }
            });
        });
    }

    fn menu_bar_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let open = self.workspace.session.is_some();
        egui::Panel::top("menu").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button("File", |ui| {
                    if ui.button("Open…").clicked() {
                        commands.push(Command::Ask(Purpose::OpenAssessment));
                    }
                    if ui.button("Use a knowledge base file…").clicked() {
                        commands.push(Command::Ask(Purpose::OpenKnowledgeBase));
                    }
                    if ui.add_enabled(open, egui::Button::new("Save")).clicked() {
                        commands.push(Command::Save);
                    }
                    if ui
                        .add_enabled(open, egui::Button::new("Save as…"))
                        .clicked()
                    {
                        commands.push(Command::Ask(Purpose::SaveAssessment));
                    }
                    if ui
                        .add_enabled(open, egui::Button::new("Export PDF…"))
                        .clicked()
                    {
                        commands.push(Command::Ask(Purpose::ExportPdf));
                    }
                    if ui
                        .add_enabled(open, egui::Button::new("Export HTML…"))
                        .clicked()
                    {
                        commands.push(Command::Ask(Purpose::ExportHtml));
                    }
                    let protected = self
                        .workspace
                        .session
                        .as_ref()
                        .is_some_and(|s| s.protection.is_some());
                    if protected {
                        if ui.button("Remove the passphrase").clicked() {
                            commands.push(Command::RemovePassphrase);
                        }
                    } else if ui
                        .add_enabled(open, egui::Button::new("Protect with a passphrase…"))
                        .clicked()
                    {
                        commands.push(Command::ProtectWithPassphrase);
                    }
                    if ui.add_enabled(open, egui::Button::new("Close")).clicked() {
                        commands.push(Command::Close);
                    }
                });
                ui.menu_button("View", |ui| {
                    for theme in Theme::ALL {
                        if ui
                            .radio(self.workspace.theme == theme, theme.label())
                            .clicked()
                        {
                            commands.push(Command::SetTheme(theme));
                        }
                    }
                });
            });
        });
    }

    fn message_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let Some(message) = &self.workspace.message else {
            return;
        };
        egui::Panel::bottom("message").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let colour = if message.is_error {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                ui.colored_label(colour, &message.text);
                if let Some(path) = &message.open
                    && ui.button("Open the report").clicked()
                {
                    commands.push(Command::OpenExternally(path.clone()));
                }
                if ui.button("Dismiss").clicked() {
                    commands.push(Command::DismissMessage);
                }
            });
        });
    }

    fn prompt_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let Some(prompt) = &mut self.workspace.prompt else {
            return;
        };
        egui::Modal::new(egui::Id::unique("path-prompt")).show(ui.ctx(), |ui| {
            ui.heading(prompt.purpose.title());
            ui.label("No file dialog is available here (or it was cancelled). Type the file's full path:");
            let label = ui.label("Path");
            let edit = ui.add(egui::TextEdit::singleline(&mut prompt.text).desired_width(420.0)).labelled_by(label.id);
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if ui.button("OK").clicked() || entered {
                    let path = PathBuf::from(prompt.text.trim());
                    commands.push(match prompt.purpose {
                        Purpose::OpenAssessment => Command::OpenPath(path),
                        Purpose::OpenQuestionnaire => Command::NewFromQuestionnaire(path),
                        Purpose::OpenKnowledgeBase => Command::UseKnowledgeBase(path),
                        Purpose::SaveAssessment => Command::SaveTo(path),
                        Purpose::ExportPdf | Purpose::ExportHtml => Command::ExportTo(path),
                    });
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::CancelPrompt);
                }
            });
        });
    }

    fn update_title(&mut self, ui: &egui::Ui) {
        let title = self.workspace.window_title();
        if title != self.last_title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
    }

    /// The window title the app last set.
    pub fn title(&self) -> &str {
        &self.last_title
    }
}

/// Keyboard shortcuts: Ctrl+S, Ctrl+Shift+S, Ctrl+O, Ctrl+E.
fn shortcuts(ui: &mut egui::Ui, open: bool) -> Vec<Command> {
    use egui::{Key, KeyboardShortcut, Modifiers};
    let save_as = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
    let open_file = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
    let export = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
    let mut commands = Vec::new();
    ui.input_mut(|input| {
        if input.consume_shortcut(&open_file) {
            commands.push(Command::Ask(Purpose::OpenAssessment));
        }
        if !open {
            return;
        }
        // The longer shortcut first, or Ctrl+S would take Ctrl+Shift+S.
        if input.consume_shortcut(&save_as) {
            commands.push(Command::Ask(Purpose::SaveAssessment));
        } else if input.consume_shortcut(&save) {
            commands.push(Command::Save);
        }
        if input.consume_shortcut(&export) {
            commands.push(Command::Ask(Purpose::ExportPdf));
        }
    });
    commands
}

/// Files dropped on the window: the first one is opened.
fn dropped_files(ui: &egui::Ui) -> Option<Command> {
    ui.ctx()
        .input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        })
        .map(Command::OpenPath)
}

/// egui's name for a theme.
fn egui_theme(theme: Theme) -> egui::ThemePreference {
    match theme {
        Theme::System => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    }
}
