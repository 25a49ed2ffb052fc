//! The passphrase dialog's work and the worker thread that does the slow part: recovering
//! encrypted autosaves, opening encrypted files, protecting the open assessment, encrypting saves.

use super::super::background::{Background, Done, Failure, Task, sentence};
use super::super::passphrase_prompt::{PassphrasePrompt, PassphraseReason};
use super::super::protection::Protection;
use super::super::storage::{Origin, RecoveredWork};
use super::Workspace;
use crate::diagnostic::InWords;
use crate::encryption::Passphrase;
use crate::present::vocabulary::Words;
use crate::source::SourceFile;

impl Workspace {
    pub(super) fn recover(&mut self) {
        let Some(recovery) = self.recovery.take() else {
            return;
        };
        match &recovery.work {
            RecoveredWork::Plain(text) => {
                // Work that does not open stays on offer: the next autosave must not replace it.
                if !self.open_recovered(text.clone(), recovery.original.as_ref()) {
                    self.recovery = Some(recovery);
                }
            }
            RecoveredWork::Encrypted { .. } => {
                self.passphrase_prompt =
                    Some(PassphrasePrompt::new(PassphraseReason::Recover(recovery)));
            }
        }
    }

    /// Opens autosaved work; false when it could not be opened (the message bar says why).
    fn open_recovered(&mut self, text: String, original: Option<&Origin>) -> bool {
        let source = SourceFile::new(self.words.get("autosaved-assessment"), text);
        if !self.open_source(&source, original.map(|origin| origin.path.as_path())) {
            return false;
        }
        if let Some(session) = &mut self.session {
            // The recovered work has not been saved to its file yet.
            session.dirty = true;
            // The work began from the file as it was then: a save made there since the crash
            // (by a colleague) is not written over without asking.
            if let Some(digest) = original.and_then(|origin| origin.digest) {
                session.disk_digest = Some(digest);
            }
        }
        true
    }

    /// Checks at once what needs no key (length, the two typings agree), then hands the
    /// passphrase to the worker. The dialog stays open, working, until the worker answers.
    pub(super) fn submit_passphrase(&mut self) {
        let Some(prompt) = &mut self.passphrase_prompt else {
            return;
        };
        if prompt.working {
            return;
        }
        match task_for(prompt, &self.words) {
            Ok(task) => {
                prompt.error = None;
                prompt.working = true;
                self.start_background(task);
            }
            Err(error) => prompt.refuse(error),
        }
    }

    /// Cancels the dialog; a passphrase being checked is no longer wanted.
    pub(super) fn cancel_passphrase(&mut self) {
        if self.background.as_ref().is_some_and(|work| !work.is_save()) {
            self.background = None;
        }
        // An encrypted autosave stays on offer until it is recovered or discarded.
        if let Some(PassphrasePrompt {
            reason: PassphraseReason::Recover(recovery),
            ..
        }) = self.passphrase_prompt.take()
        {
            self.recovery = Some(recovery);
        }
    }

    /// Starts slow work on the worker, after any still running (only one at a time: two saves
    /// must land in the order they were asked).
    pub(super) fn start_background(&mut self, task: Task) {
        self.wait_for_background_work();
        self.background = Some(Background::start(task, self.generation));
    }

    /// Whether slow work is running (the window then redraws now and then to show progress).
    pub fn is_working(&self) -> bool {
        self.background.is_some()
    }

    /// Whether a save is being encrypted.
    pub fn is_saving(&self) -> bool {
        self.background.as_ref().is_some_and(Background::is_save)
    }

    /// Takes in the worker's result if it has finished; called at every frame.
    pub fn poll_background(&mut self) {
        let Some(result) = self.background.as_ref().and_then(Background::finished) else {
            return;
        };
        if let Some(work) = self.background.take() {
            self.finish_background(&work, result);
        }
        self.note_change();
    }

    /// Waits for the slow work under way, then takes in its result: before the window closes
    /// or another assessment replaces the one being saved, and in tests.
    pub fn wait_for_background_work(&mut self) {
        if let Some(work) = self.background.take() {
            let (is_save, generation) = (work.is_save(), work.generation());
            let result = work.wait();
            self.finish_background_of(is_save, generation, result);
        }
        self.note_change();
    }

    fn finish_background(&mut self, work: &Background, result: Result<Done, Failure>) {
        self.finish_background_of(work.is_save(), work.generation(), result);
    }

    fn finish_background_of(
        &mut self,
        is_save: bool,
        generation: u64,
        result: Result<Done, Failure>,
    ) {
        // Work started for an assessment that is no longer open: a save still lands in its
        // file, but nothing else of it touches the assessment open now.
        let same_assessment = generation == self.generation;
        let done = match result {
            Ok(done) => done,
            Err(error) if is_save => {
                let text = self.with_error("not-saved", &error.words(&self.words));
                return self.error(text);
            }
            Err(error) => {
                let text = error.words(&self.words);
                if let Some(prompt) = &mut self.passphrase_prompt {
                    prompt.refuse(text);
                }
                return;
            }
        };
        match done {
            Done::EncryptedForSave { text, path, bytes } => {
                self.finish_save(&path, &text, Ok(bytes), true, same_assessment);
            }
            Done::Protected(_) if !same_assessment => {}
            Done::Protected(protection) => {
                self.passphrase_prompt = None;
                if let Some(session) = &mut self.session {
                    session.protection = Some(protection);
                    session.dirty = true;
                }
                self.info(self.words.get("protected"));
            }
            Done::Decrypted {
                source,
                path,
                protection,
            } => {
                self.passphrase_prompt = None;
                if self.open_source(&source, Some(&path)) {
                    self.protect_opened_session(protection);
                }
            }
            Done::Recovered {
                text,
                original,
                protection,
            } => {
                let prompt = self.passphrase_prompt.take();
                if self.open_recovered(text, original.as_ref()) {
                    self.protect_opened_session(protection);
                } else if let Some(PassphrasePrompt {
                    reason: PassphraseReason::Recover(recovery),
                    ..
                }) = prompt
                {
                    // Work that does not open stays on offer: the next autosave must not
                    // replace it.
                    self.recovery = Some(recovery);
                }
            }
        }
    }

    /// An assessment opened from an encrypted file stays protected by the same passphrase. Only
    /// called once the opening succeeded: otherwise the session still open is another one.
    fn protect_opened_session(&mut self, protection: Protection) {
        if let Some(session) = &mut self.session {
            session.protection = Some(protection);
        }
    }
}

/// The worker's task for the passphrase typed, or why it is refused without trying it.
fn task_for(prompt: &PassphrasePrompt, words: &Words) -> Result<Task, String> {
    let passphrase = match prompt.reason {
        PassphraseReason::Protect => Passphrase::new_chosen(prompt.text.clone()),
        _ => Passphrase::new(prompt.text.clone()),
    }
    .map_err(|e| sentence(&e.in_words(words), words))?;
    Ok(match &prompt.reason {
        PassphraseReason::Protect => {
            if prompt.text != prompt.again {
                return Err(words.get("passphrases-differ"));
            }
            Task::Protect(passphrase)
        }
        PassphraseReason::Open { file, path } => Task::OpenEncrypted {
            file: file.clone(),
            path: path.clone(),
            passphrase,
        },
        PassphraseReason::Recover(recovery) => match &recovery.work {
            RecoveredWork::Encrypted {
                autosave,
                sealed_key,
            } => Task::RecoverEncrypted {
                autosave: autosave.clone(),
                sealed_key: sealed_key.clone(),
                original: recovery.original.clone(),
                passphrase,
            },
            RecoveredWork::Plain(_) => {
                return Err(words.get("autosave-not-encrypted"));
            }
        },
    })
}
