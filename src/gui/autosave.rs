//! The autosave, written by a thread of its own so that typing never waits for the disk: the UI
//! hands it the assessment's text about a second after the last change ([`AUTOSAVE_DELAY`], and
//! at the latest [`AUTOSAVE_LONGEST_WAIT`] after the first), and
//! it encrypts (for a protected assessment) and writes in order. Removing the autosave goes
//! through the same queue, so a write still queued can never bring back an autosave just removed.

use super::storage::{Origin, Storage};
use crate::diagnostic::InWords;
use crate::encryption::{EncryptionError, SessionKey};
use crate::io::IoError;
use crate::present::vocabulary::Words;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;
use std::time::Duration;

/// How long after the last change the autosave is written: long enough that typing a sentence
/// writes once, short enough that a crash loses little.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(1);

/// However long the typing goes on, the autosave is written this long after the first change
/// not yet autosaved, so a crash in the middle of a long text loses ten seconds at most.
pub const AUTOSAVE_LONGEST_WAIT: Duration = Duration::from_secs(10);

/// What the writer does, in order.
enum Job {
    /// Write the autosave of this text.
    Write {
        /// The assessment's text.
        text: String,
        /// For a protected assessment: the session key to encrypt to, and that key sealed with
        /// the passphrase.
        encrypt_to: Option<(SessionKey, Vec<u8>)>,
        /// The assessment's file, if it has one.
        original: Option<Origin>,
    },
    /// Remove the autosave (the work was saved or thrown away).
    Clear,
    /// Report back once every job before this one is done.
    Flush,
}

/// What the writer could not do, with the error that stopped it.
#[derive(Debug)]
pub enum AutosaveFailure {
    /// The autosave could not be written; the work is still open in the app.
    Write(AutosaveError),
    /// The autosave could not be removed, so it may be offered again at the next start.
    Remove(AutosaveError),
}

/// The error that stopped the writer, worded in the interface's language when it is shown.
#[derive(Debug)]
pub enum AutosaveError {
    /// Writing or removing the file.
    Io(IoError),
    /// Encrypting to the session key.
    Encryption(EncryptionError),
}

impl AutosaveFailure {
    /// The failure in the interface's words.
    pub fn words(&self, words: &Words) -> String {
        let (id, error) = match self {
            AutosaveFailure::Write(error) => ("autosave-failed", error),
            AutosaveFailure::Remove(error) => ("autosave-not-removed", error),
        };
        let error = match error {
            AutosaveError::Io(error) => error.in_words(words),
            AutosaveError::Encryption(error) => error.in_words(words),
        };
        words.with_texts(id, &[("error", &error)])
    }
}

/// What the writer reports.
enum Report {
    /// A write or removal failed.
    Failed(AutosaveFailure),
    /// Everything asked before the flush is done.
    Flushed,
}

/// The autosave writer thread and its two channels.
pub struct AutosaveWriter {
    jobs: Option<Sender<Job>>,
    reports: Receiver<Report>,
    thread: Option<JoinHandle<()>>,
}

impl AutosaveWriter {
    /// Starts the writer for the autosaves in `storage`.
    pub fn start(storage: Storage) -> AutosaveWriter {
        let (jobs, queue) = channel::<Job>();
        let (report, reports) = channel::<Report>();
        let thread = std::thread::Builder::new()
            .name("msgdpia_autosave".to_string())
            .spawn(move || write_in_order(&storage, &queue, &report))
            .ok();
        AutosaveWriter {
            jobs: Some(jobs),
            reports,
            thread,
        }
    }

    /// Queues a write of `text`, encrypted to `encrypt_to` when the assessment is protected.
    pub fn write(
        &self,
        text: String,
        encrypt_to: Option<(SessionKey, Vec<u8>)>,
        original: Option<Origin>,
    ) {
        self.send(Job::Write {
            text,
            encrypt_to,
            original,
        });
    }

    /// Queues the removal of the autosave, after any write queued before it.
    pub fn clear(&self) {
        self.send(Job::Clear);
    }

    fn send(&self, job: Job) {
        // The thread ends only when this writer is dropped; should it have died, the failure
        // shows as the autosave not being written, which `failures` cannot report either.
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(job);
        }
    }

    /// The failures reported since the last call.
    pub fn failures(&self) -> Vec<AutosaveFailure> {
        self.reports
            .try_iter()
            .filter_map(|report| match report {
                Report::Failed(message) => Some(message),
                Report::Flushed => None,
            })
            .collect()
    }

    /// Waits until every job queued so far is done, and returns the failures reported.
    pub fn flush(&self) -> Vec<AutosaveFailure> {
        self.send(Job::Flush);
        let mut failures = Vec::new();
        while let Ok(report) = self.reports.recv() {
            match report {
                Report::Failed(message) => failures.push(message),
                Report::Flushed => break,
            }
        }
        failures
    }
}

impl Drop for AutosaveWriter {
    /// Lets the queued jobs finish: the app never quits with an autosave half done.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn write_in_order(storage: &Storage, queue: &Receiver<Job>, report: &Sender<Report>) {
    for job in queue {
        let outcome = match job {
            Job::Write {
                text,
                encrypt_to,
                original,
            } => write_one(storage, &text, encrypt_to, original),
            Job::Clear => storage
                .clear_autosave()
                .map_err(|error| AutosaveFailure::Remove(AutosaveError::Io(error))),
            Job::Flush => {
                let _ = report.send(Report::Flushed);
                continue;
            }
        };
        if let Err(failure) = outcome {
            let _ = report.send(Report::Failed(failure));
        }
    }
}

fn write_one(
    storage: &Storage,
    text: &str,
    encrypt_to: Option<(SessionKey, Vec<u8>)>,
    original: Option<Origin>,
) -> Result<(), AutosaveFailure> {
    let written = match encrypt_to {
        None => storage.autosave(text, original.as_ref()),
        Some((key, sealed_key)) => {
            let encrypted = key
                .encrypt(text.as_bytes())
                .map_err(|error| AutosaveFailure::Write(AutosaveError::Encryption(error)))?;
            storage.autosave_encrypted(&encrypted, &sealed_key, original.as_ref())
        }
    };
    written.map_err(|error| AutosaveFailure::Write(AutosaveError::Io(error)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_removals_land_in_the_order_they_were_asked() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::in_folder(dir.path());
        let writer = AutosaveWriter::start(storage.clone());
        writer.write("first".to_string(), None, None);
        writer.write("second".to_string(), None, None);
        assert!(writer.flush().is_empty());
        let recovered = storage.recovery().expect("an autosave");
        assert!(format!("{recovered:?}").contains("second"), "{recovered:?}");
        writer.write("third".to_string(), None, None);
        writer.clear();
        assert!(writer.flush().is_empty());
        assert!(
            storage.recovery().is_none(),
            "the removal came after the write"
        );
    }

    #[test]
    fn a_failed_write_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        // The storage folder is a file: nothing can be written under it.
        let blocked = dir.path().join("blocked");
        crate::io::write_atomic(&blocked, b"").unwrap();
        let writer = AutosaveWriter::start(Storage::in_folder(&blocked));
        writer.write("text".to_string(), None, None);
        let failures = writer.flush();
        assert_eq!(failures.len(), 1, "{failures:?}");
        assert!(
            matches!(failures[0], AutosaveFailure::Write(_)),
            "{failures:?}"
        );
        let english = Words::new(crate::present::language::Language::English);
        assert!(
            failures[0].words(&english).starts_with("Autosave failed"),
            "{failures:?}"
        );
    }
}
