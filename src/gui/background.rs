//! Slow work on a worker thread: every use of a passphrase costs about a second of scrypt, so
//! checking one, protecting an assessment and encrypting a save run here while the window keeps
//! drawing (a frozen window beside an old error looks like a rejected passphrase).

use super::protection::Protection;
use super::storage::Origin;
use crate::diagnostic::InWords;
use crate::encryption::{self, EncryptedFile, EncryptionError, Passphrase, SessionKey};
use crate::present::vocabulary::Words;
use crate::source::SourceFile;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Work to do off the UI thread.
pub enum Task {
    /// Protect the open assessment with a new passphrase (seals a new autosave key).
    Protect(Passphrase),
    /// Decrypt a file read from `path`.
    OpenEncrypted {
        /// The file's bytes.
        file: EncryptedFile,
        /// Where it came from.
        path: PathBuf,
        /// The passphrase typed.
        passphrase: Passphrase,
    },
    /// Decrypt an encrypted autosave.
    RecoverEncrypted {
        /// The autosave, encrypted to the session key.
        autosave: Vec<u8>,
        /// The session key, sealed with the passphrase.
        sealed_key: Vec<u8>,
        /// The file the work belonged to, if any.
        original: Option<Origin>,
        /// The passphrase typed.
        passphrase: Passphrase,
    },
    /// Encrypt an assessment's text for saving to `path`.
    EncryptForSave {
        /// The text as saved.
        text: String,
        /// Where it goes.
        path: PathBuf,
        /// The passphrase protecting it.
        passphrase: Passphrase,
    },
}

/// What finished work produced.
pub enum Done {
    /// The protection for the open assessment.
    Protected(Protection),
    /// A decrypted file and the protection it keeps.
    Decrypted {
        /// The assessment's text.
        source: SourceFile,
        /// Where it came from.
        path: PathBuf,
        /// The same passphrase, with a new autosave key.
        protection: Protection,
    },
    /// Decrypted autosaved work and the protection it keeps.
    Recovered {
        /// The assessment's text.
        text: String,
        /// The file it belonged to, if any.
        original: Option<Origin>,
        /// The passphrase and the autosave key it opened.
        protection: Protection,
    },
    /// An assessment encrypted for saving.
    EncryptedForSave {
        /// The text that was encrypted (to tell whether it changed meanwhile).
        text: String,
        /// Where it goes.
        path: PathBuf,
        /// The encrypted bytes.
        bytes: Vec<u8>,
    },
}

/// Why slow work failed.
#[derive(Debug)]
pub enum Failure {
    /// Encryption or decryption failed (a wrong passphrase, a damaged file).
    Encryption(EncryptionError),
    /// The decrypted autosave is not text.
    NotText,
    /// The worker thread stopped without an answer, which the encryption library should never
    /// make it do.
    WorkerStopped,
}

impl Failure {
    /// The failure in the interface's words.
    pub fn words(&self, words: &Words) -> String {
        match self {
            Failure::Encryption(error) => sentence(&error.in_words(words), words),
            Failure::NotText => words.get("autosave-not-text"),
            Failure::WorkerStopped => words.get("encryption-stopped"),
        }
    }
}

impl Task {
    /// Whether the task is a save (the others answer a passphrase dialog).
    pub fn is_save(&self) -> bool {
        matches!(self, Task::EncryptForSave { .. })
    }

    /// Does the work here, on the calling thread.
    pub fn run(self) -> Result<Done, Failure> {
        match self {
            Task::Protect(passphrase) => Ok(Done::Protected(protect(passphrase)?)),
            Task::OpenEncrypted {
                file,
                path,
                passphrase,
            } => {
                let source = file
                    .decrypt(&passphrase)
                    .map_err(|e| Failure::Encryption(e.error))?;
                Ok(Done::Decrypted {
                    source,
                    path,
                    protection: protect(passphrase)?,
                })
            }
            Task::RecoverEncrypted {
                autosave,
                sealed_key,
                original,
                passphrase,
            } => {
                let key =
                    SessionKey::unseal(&sealed_key, &passphrase).map_err(Failure::Encryption)?;
                let plain = key.decrypt(&autosave).map_err(Failure::Encryption)?;
                let text = String::from_utf8(plain).map_err(|_| Failure::NotText)?;
                Ok(Done::Recovered {
                    text,
                    original,
                    protection: Protection {
                        passphrase,
                        key,
                        sealed_key,
                    },
                })
            }
            Task::EncryptForSave {
                text,
                path,
                passphrase,
            } => {
                let bytes = encryption::encrypt(text.as_bytes(), &passphrase)
                    .map_err(Failure::Encryption)?;
                Ok(Done::EncryptedForSave { text, path, bytes })
            }
        }
    }
}

fn protect(passphrase: Passphrase) -> Result<Protection, Failure> {
    Protection::new(passphrase).map_err(Failure::Encryption)
}

/// An error's message, as its language words it, made a sentence for the message bar or a
/// dialog: a capital first letter where the language has them, and the language's full stop.
pub fn sentence(text: &str, words: &Words) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => format!(
            "{}{}{}",
            first.to_uppercase(),
            chars.as_str(),
            words.get("prose-full-stop")
        ),
        None => text.to_string(),
    }
}

/// A task running on its own thread.
pub struct Background {
    is_save: bool,
    generation: u64,
    receiver: Receiver<Result<Done, Failure>>,
}

impl Background {
    /// Starts `task` on a new thread, for the assessment open as `generation` (see
    /// [`Background::generation`]).
    pub fn start(task: Task, generation: u64) -> Background {
        let (sender, receiver) = mpsc::channel();
        let is_save = task.is_save();
        std::thread::spawn(move || {
            // The receiver is gone when the user cancelled: the result is not wanted then.
            let _ = sender.send(task.run());
        });
        Background {
            is_save,
            generation,
            receiver,
        }
    }

    /// Which opening of an assessment the work was started for: a result that comes back
    /// after another assessment was opened must not change that one.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether the work is a save.
    pub fn is_save(&self) -> bool {
        self.is_save
    }

    /// The result, once the work has finished.
    pub fn finished(&self) -> Option<Result<Done, Failure>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(Failure::WorkerStopped)),
        }
    }

    /// Waits for the result.
    pub fn wait(self) -> Result<Done, Failure> {
        self.receiver
            .recv()
            .unwrap_or_else(|_| Err(Failure::WorkerStopped))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passphrase() -> Passphrase {
        Passphrase::new("correct horse battery".to_string()).unwrap()
    }

    #[test]
    fn a_save_encrypted_on_the_worker_decrypts_with_the_same_passphrase() {
        let work = Background::start(
            Task::EncryptForSave {
                text: "Assessment()".to_string(),
                path: PathBuf::from("a.ron.age"),
                passphrase: passphrase(),
            },
            7,
        );
        assert_eq!(work.generation(), 7);
        assert!(work.is_save());
        let Ok(Done::EncryptedForSave { text, bytes, .. }) = work.wait() else {
            panic!("the save was not encrypted");
        };
        assert_eq!(text, "Assessment()");
        assert_eq!(
            encryption::decrypt(&bytes, &passphrase()).unwrap(),
            b"Assessment()"
        );
    }

    #[test]
    fn a_wrong_passphrase_comes_back_as_a_sentence() {
        let bytes = encryption::encrypt(b"Assessment()", &passphrase()).unwrap();
        let work = Background::start(
            Task::OpenEncrypted {
                file: EncryptedFile {
                    name: "a.ron.age".to_string(),
                    bytes,
                },
                path: PathBuf::from("a.ron.age"),
                passphrase: Passphrase::new("not the right one".to_string()).unwrap(),
            },
            0,
        );
        assert!(!work.is_save());
        let error = work.wait().err().expect("a wrong passphrase was accepted");
        let said = error.words(&Words::new(crate::present::language::Language::English));
        assert!(said.starts_with(char::is_uppercase) && said.ends_with('.'));
        assert!(said.to_lowercase().contains("passphrase"), "{said}");
    }
}
