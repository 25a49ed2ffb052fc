//! The app: one struct holding the state, pages that return commands, and `apply`, which carries
//! the commands out after the frame (the pattern of egui's demo app).

use super::command::{Command, Resolution};
use super::dialogs::{FileDialogs, NoDialogs};
use super::fonts;
use super::passphrase_prompt::passphrase_prompt_ui;
use super::sharing_ui;
use super::step::Step;
use super::step_frame::{StepFrame, step_frame_ui};
use super::storage::Storage;
use super::theme::Theme;
use super::workspace::Workspace;
use super::{
    approval_notice, compare_page, finish_page, focus, knowledge_notice, menu_bar, risk_panel,
    sign_off_page, start_page, wizard,
};
use crate::date::Date;
use crate::io;
use crate::present::language::Language;
use crate::present::vocabulary::FluentArgs;

/// Below this window width the live risk panel starts folded to a narrow strip, so the form
/// keeps room for its fields (at 1024 px the panel beside the steps left the form 440 px).
const RISK_PANEL_BESIDE_FORM_WIDTH: f32 = 1180.0;

/// The desktop app: the [`Workspace`] and how it is drawn.
pub struct App {
    /// Everything the app holds and does apart from drawing.
    pub workspace: Workspace,
    last_title: String,
    /// The step drawn at the last frame: when it differs, a step has just opened.
    last_step: Option<Step>,
    /// The opening of an assessment last looked at for Chinese text.
    looked_for_chinese: Option<u64>,
    /// Whether the start screen was drawn at the last frame.
    start_shown: bool,
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
            last_step: None,
            looked_for_chinese: None,
            start_shown: false,
        }
    }

    /// Speaks `language`, when there is one, rather than English.
    pub fn speaking(mut self, language: Option<Language>) -> App {
        if let Some(language) = language {
            self.workspace.set_language(language);
        }
        self
    }

    /// Keeps the autosave and the recent files in `storage`, and picks up work a previous run
    /// left unsaved.
    pub fn with_storage(self, storage: Storage) -> App {
        App {
            workspace: self.workspace.with_storage(storage),
            ..self
        }
    }

    /// Asks for the Chinese face once Chinese is typed, shown by the interface, named by a file
    /// the start screen lists, or held by an assessment just opened.
    fn ask_for_chinese_when_shown(&mut self, ui: &egui::Ui) {
        let workspace = &self.workspace;
        let interface = workspace.words.language() == Language::ChineseHongKong;
        if interface {
            // The whole window speaks Chinese: it waits for the face rather than showing boxes.
            fonts::chinese_now();
            return;
        }
        if fonts::chinese_asked_for() {
            return;
        }
        let listed = workspace.session.is_none()
            && workspace
                .recent
                .iter()
                .chain(
                    workspace
                        .recovery
                        .iter()
                        .flat_map(|r| &r.original)
                        .map(|o| &o.path),
                )
                .any(|path| fonts::needs_chinese(&path.to_string_lossy()));
        let typed = ui.input(|input| {
            input.events.iter().any(|event| match event {
                egui::Event::Text(text) | egui::Event::Paste(text) => fonts::needs_chinese(text),
                egui::Event::Ime(egui::ImeEvent::Commit(text)) => fonts::needs_chinese(text),
                _ => false,
            })
        });
        let opening = self.workspace.opening();
        let opened = match &self.workspace.session {
            // Once per opening: the assessment's whole text, as its file holds it.
            Some(session) if self.looked_for_chinese != Some(opening) => {
                self.looked_for_chinese = Some(opening);
                fonts::needs_chinese(&session.assessment.to_ron())
            }
            _ => false,
        };
        if listed || typed || opened {
            fonts::ask_for_chinese(ui.ctx());
        }
    }

    /// Carries out one command (see [`Workspace::apply`]).
    pub fn apply(&mut self, command: Command) {
        self.workspace.apply(command);
    }

    /// Draws one frame and then applies what the pages asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.ask_for_chinese_when_shown(ui);
        fonts::install(ui.ctx());
        focus::begin_frame(ui.ctx());
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
        // Measured before any panel takes its share: the whole window's width.
        let window_width = ui.available_width();
        let dialog_open = self.workspace.prompt.is_some()
            || self.workspace.passphrase_prompt.is_some()
            || self.workspace.pending.is_some()
            || self.workspace.changed_on_disk.is_some();
        // A dialog has the keyboard and the last word: no shortcut or dropped file acts behind
        // it (Ctrl+S behind a passphrase being checked would save one assessment while another
        // opens).
        let mut commands = Vec::new();
        if !dialog_open {
            commands.extend(menu_bar::shortcuts(ui, self.workspace.session.is_some()));
            commands.extend(dropped_files(ui));
        }
        if ui.ctx().input(|i| i.viewport().close_requested())
            && self.workspace.has_unsaved_changes()
            && !self.workspace.quit
        {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.workspace.pending = Some(Command::Quit);
        }
        menu_bar::menu_bar_ui(ui, &self.workspace, &mut commands);
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
                            &self.workspace.words,
                            &mut commands,
                        );
                    });
                }
                if session.held_by.is_some() {
                    egui::Panel::top("held_elsewhere").show(ui, |ui| {
                        sharing_ui::held_notice_ui(
                            ui,
                            session,
                            &self.workspace.words,
                            &mut commands,
                        );
                    });
                }
                if let Some(changes) = &session.since_scored {
                    egui::Panel::top("knowledge_changed").show(ui, |ui| {
                        knowledge_notice::knowledge_notice_ui(
                            ui,
                            session,
                            changes,
                            &self.workspace.words,
                            &mut commands,
                        );
                    });
                }
                egui::Panel::left("steps")
                    .resizable(false)
                    .default_size(220.0)
                    .show(ui, |ui| {
                        wizard::steps_ui(ui, session, &self.workspace.words, &mut commands);
                    });
                // The comparison shows every app's risks itself and needs the width.
                if session.step != Step::Compare {
                    let wide = window_width >= RISK_PANEL_BESIDE_FORM_WIDTH;
                    if self.workspace.risk_panel_shown.unwrap_or(wide) {
                        egui::Panel::right("risks")
                            .resizable(true)
                            .default_size(360.0)
                            .size_range(260.0..=520.0)
                            .show(ui, |ui| {
                                risk_panel::risk_panel_ui(
                                    ui,
                                    session,
                                    &self.workspace.words,
                                    &mut commands,
                                );
                            });
                    } else {
                        egui::Panel::right("risks_folded")
                            .resizable(false)
                            .exact_size(110.0)
                            .show(ui, |ui| {
                                risk_panel::folded_risk_panel_ui(
                                    ui,
                                    session,
                                    &self.workspace.words,
                                    &mut commands,
                                );
                            });
                    }
                }
                let frame = StepFrame {
                    entered: self.last_step != Some(session.step),
                    keys_free: !dialog_open,
                    scrolls_sideways: session.step == Step::Compare,
                    words: &self.workspace.words,
                };
                let today = self.workspace.today();
                let report_language = self.workspace.report_language();
                let words = &self.workspace.words;
                let typed = &mut self.workspace.typed;
                let unfolded = wizard::Unfolded {
                    help: &self.workspace.help_open,
                    notes: &self.workspace.notes_open,
                };
                egui::CentralPanel::default().show(ui, |ui| {
                    step_frame_ui(
                        ui,
                        session,
                        &frame,
                        &mut commands,
                        |ui, commands| match session.step {
                            Step::Finish => finish_page::finish_ui(
                                ui,
                                session,
                                words,
                                report_language,
                                commands,
                            ),
                            Step::Compare => {
                                compare_page::compare_ui(ui, session, today, words, commands)
                            }
                            Step::SignOff => {
                                sign_off_page::sign_off_ui(ui, session, words, typed, commands)
                            }
                            _ => wizard::step_ui(
                                ui, session, &unfolded, today, words, typed, commands,
                            ),
                        },
                    );
                });
                self.last_step = Some(session.step);
                self.start_shown = false;
            }
            None => {
                let entered = !self.start_shown;
                self.start_shown = true;
                self.last_step = None;
                let view = start_page::StartView {
                    entered,
                    recent: &self.workspace.recent,
                    recovery: self.workspace.recovery.as_ref(),
                    confirming_discard: self.workspace.confirming_discard,
                    words: &self.workspace.words,
                };
                egui::CentralPanel::default()
                    .show(ui, |ui| start_page::start_ui(ui, &view, &mut commands));
            }
        }
        self.prompt_ui(ui, &mut commands);
        if let Some(prompt) = &mut self.workspace.passphrase_prompt {
            passphrase_prompt_ui(ui, prompt, &self.workspace.words, &mut commands);
        }
        match &self.workspace.changed_on_disk {
            Some(path) => {
                sharing_ui::changed_on_disk_ui(ui, path, &self.workspace.words, &mut commands)
            }
            None => self.unsaved_ui(ui, &mut commands),
        }
        for command in commands {
            self.apply(command);
        }
        if self.workspace.quit {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        focus::focus_ring_ui(ui.ctx());
        self.upkeep(ui.ctx());
        self.update_title(ui);
    }

    /// What must happen even while nobody touches the window, or while it is minimised (eframe
    /// then calls only `logic`, which calls this too): the autosave once due, and the lock's
    /// refresh, so that colleagues never see the lock of an open assessment go stale. Asks for
    /// the next frame when either is due.
    pub fn upkeep(&mut self, ctx: &egui::Context) {
        self.workspace.keep_lock_fresh();
        self.workspace.autosave();
        let next = [
            self.workspace.autosave_due_in(),
            self.workspace.lock_refresh_due_in(),
        ]
        .into_iter()
        .flatten()
        .min();
        if let Some(due) = next {
            ctx.request_repaint_after(due);
        }
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
            .map(|session| session.file_name(&self.workspace.words))
            .unwrap_or_default();
        let words = &self.workspace.words;
        let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ui.ctx(), |ui| {
            ui.heading(words.get("unsaved-heading"));
            let mut args = FluentArgs::new();
            args.set("file", name.as_str());
            ui.label(words.with("unsaved-question", &args));
            if self.workspace.is_saving() {
                super::widgets::working_ui(ui, &words.get("saving-encrypting"));
                return;
            }
            ui.horizontal(|ui| {
                if ui.button(words.get("menu-save")).clicked() {
                    commands.push(Command::Resolve(Resolution::Save));
                }
                if ui.button(words.get("unsaved-dont-save")).clicked() {
                    commands.push(Command::Resolve(Resolution::Discard));
                }
                if ui.button(words.get("button-cancel")).clicked() {
                    commands.push(Command::Resolve(Resolution::Cancel));
                }
            });
        });
        // Esc (or a click beside the box) cancels, as the Cancel button does.
        if modal.should_close() && !self.workspace.is_saving() {
            commands.push(Command::Resolve(Resolution::Cancel));
        }
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
                let words = &self.workspace.words;
                if let Some(path) = &message.open
                    && ui.button(words.get("message-open-report")).clicked()
                {
                    commands.push(Command::OpenExternally(path.clone()));
                }
                if ui.button(words.get("message-dismiss")).clicked() {
                    commands.push(Command::DismissMessage);
                }
            });
        });
    }

    fn prompt_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        if let Some(prompt) = &mut self.workspace.prompt {
            super::path_prompt::path_prompt_ui(ui, prompt, &self.workspace.words, commands);
        }
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
