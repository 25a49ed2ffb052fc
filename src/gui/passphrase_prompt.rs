//! The passphrase dialog: asked when an encrypted assessment or autosave is opened, and when
//! the user protects an assessment with a passphrase (typed twice).

use super::command::Command;
use super::storage::Recovery;
use crate::encryption::EncryptedFile;
use std::path::PathBuf;

/// The open passphrase dialog.
#[derive(Debug)]
pub struct PassphrasePrompt {
    /// Why the passphrase is asked.
    pub reason: PassphraseReason,
    /// The passphrase typed.
    pub text: String,
    /// The passphrase typed again (only when choosing one).
    pub again: String,
    /// What went wrong with the last attempt, shown in the dialog.
    pub error: Option<String>,
    /// Whether the passphrase field should take the keyboard at the next frame.
    pub wants_focus: bool,
    /// Whether the passphrase is being tried on the worker thread (about a second).
    pub working: bool,
}

/// Why a passphrase is asked.
#[derive(Debug)]
pub enum PassphraseReason {
    /// To open this encrypted file, read from `path`.
    Open {
        /// The file's bytes.
        file: EncryptedFile,
        /// Where it came from.
        path: PathBuf,
    },
    /// To reopen an encrypted autosave.
    Recover(Recovery),
    /// To protect the open assessment with a new passphrase.
    Protect,
}

impl PassphrasePrompt {
    /// A new, empty dialog.
    pub fn new(reason: PassphraseReason) -> PassphrasePrompt {
        PassphrasePrompt {
            reason,
            text: String::new(),
            again: String::new(),
            error: None,
            wants_focus: true,
            working: false,
        }
    }

    /// Shows why the last attempt failed and clears the fields for the next one.
    pub fn refuse(&mut self, error: String) {
        self.error = Some(error);
        self.wants_focus = true;
        self.working = false;
        self.text.clear();
        self.again.clear();
    }

    fn is_choosing(&self) -> bool {
        matches!(self.reason, PassphraseReason::Protect)
    }

    fn title(&self) -> String {
        match &self.reason {
            PassphraseReason::Open { file, .. } => format!("{} is encrypted", file.name),
            PassphraseReason::Recover(_) => "The autosaved work is encrypted".to_string(),
            PassphraseReason::Protect => "Protect with a passphrase".to_string(),
        }
    }

    fn explanation(&self) -> &'static str {
        match self.reason {
            PassphraseReason::Open { .. } | PassphraseReason::Recover(_) => {
                "Type the passphrase it was saved with."
            }
            PassphraseReason::Protect => {
                "From now on this assessment is saved encrypted (an age file, which the age and rage tools can also open). Nobody can recover it without the passphrase: keep it somewhere safe."
            }
        }
    }
}

/// Draws the dialog; the typed text goes straight into `prompt`.
pub fn passphrase_prompt_ui(
    ui: &mut egui::Ui,
    prompt: &mut PassphrasePrompt,
    commands: &mut Vec<Command>,
) {
    let modal = egui::Modal::new(egui::Id::unique("passphrase-prompt")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(prompt.title());
        ui.label(prompt.explanation());
        let label = ui.label("Passphrase");
        let first = ui
            .add(
                egui::TextEdit::singleline(&mut prompt.text)
                    .password(true)
                    .desired_width(360.0),
            )
            .labelled_by(label.id);
        // The dialog is there to type a passphrase: the field has the keyboard from the start,
        // and again after a wrong attempt. Only once each time: taking the focus back every
        // frame would undo the Enter that submits.
        if prompt.wants_focus {
            first.request_focus();
            prompt.wants_focus = false;
        }
        // The last attempt's error goes as soon as a new one is typed, so a correct passphrase
        // never sits beside "wrong passphrase".
        if first.changed() {
            prompt.error = None;
        }
        let mut entered = first.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if prompt.is_choosing() {
            let label = ui.label("Type it again");
            let second = ui
                .add(
                    egui::TextEdit::singleline(&mut prompt.again)
                        .password(true)
                        .desired_width(360.0),
                )
                .labelled_by(label.id);
            entered = second.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if second.changed() {
                prompt.error = None;
            }
            ui.weak(format!(
                "At least {} characters: a few unrelated words are easy to remember and hard to guess.",
                crate::encryption::MIN_NEW_PASSPHRASE_CHARS
            ));
        }
        if let Some(error) = &prompt.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        if prompt.working {
            super::widgets::working_ui(ui, "Checking the passphrase (about a second)…");
        }
        ui.horizontal(|ui| {
            let action = if prompt.is_choosing() {
                "Protect"
            } else {
                "Open"
            };
            let ready = !prompt.working;
            if ui.add_enabled(ready, egui::Button::new(action)).clicked() || (entered && ready) {
                commands.push(Command::SubmitPassphrase);
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::CancelPassphrase);
            }
        });
    });
    // Esc (or a click beside the dialog) cancels, as the Cancel button does.
    if modal.should_close() {
        commands.push(Command::CancelPassphrase);
    }
}
