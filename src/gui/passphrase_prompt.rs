//! The passphrase dialog: asked when an encrypted assessment or autosave is opened, and when
//! the user protects an assessment with a passphrase (typed twice).

use super::command::Command;
use super::storage::Recovery;
use crate::encryption::EncryptedFile;
use crate::present::vocabulary::{FluentArgs, Words};
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

    fn title(&self, words: &Words) -> String {
        match &self.reason {
            PassphraseReason::Open { file, .. } => {
                let mut args = FluentArgs::new();
                args.set("file", file.name.as_str());
                words.with("passphrase-file-encrypted", &args)
            }
            PassphraseReason::Recover(_) => words.get("passphrase-autosave-encrypted"),
            PassphraseReason::Protect => words.get("passphrase-protect-title"),
        }
    }

    fn explanation(&self) -> &'static str {
        match self.reason {
            PassphraseReason::Open { .. } | PassphraseReason::Recover(_) => "passphrase-type-it",
            PassphraseReason::Protect => "passphrase-protect-explanation",
        }
    }
}

/// Draws the dialog; the typed text goes straight into `prompt`.
pub fn passphrase_prompt_ui(
    ui: &mut egui::Ui,
    prompt: &mut PassphrasePrompt,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    let modal = egui::Modal::new(egui::Id::unique("passphrase_prompt")).show(ui.ctx(), |ui| {
        ui.set_max_width(460.0);
        ui.heading(prompt.title(words));
        ui.label(words.get(prompt.explanation()));
        let label = ui.label(words.get("passphrase-label"));
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
            let label = ui.label(words.get("passphrase-again"));
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
            ui.weak(words.count(
                "passphrase-length",
                crate::encryption::MIN_NEW_PASSPHRASE_CHARS,
            ));
        }
        if let Some(error) = &prompt.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        if prompt.working {
            super::widgets::working_ui(ui, &words.get("passphrase-checking"));
        }
        ui.horizontal(|ui| {
            let action = words.get(if prompt.is_choosing() {
                "passphrase-protect"
            } else {
                "passphrase-open"
            });
            let ready = !prompt.working;
            if ui.add_enabled(ready, egui::Button::new(action)).clicked() || (entered && ready) {
                commands.push(Command::SubmitPassphrase);
            }
            if ui.button(words.get("button-cancel")).clicked() {
                commands.push(Command::CancelPassphrase);
            }
        });
    });
    // Esc (or a click beside the dialog) cancels, as the Cancel button does.
    if modal.should_close() {
        commands.push(Command::CancelPassphrase);
    }
}
