//! The IO layer: the only code that reads or writes files or reads the clock.

use crate::date::Date;
use crate::diagnostic::InWords;
use crate::encryption::{self, EncryptedFile};
use crate::present::vocabulary::{FluentArgs, Words};
use crate::source::SourceFile;
use std::path::Path;

mod atomic;
mod lock;
mod on_disk;
mod open_externally;
mod same_file;
mod system_language;

pub use atomic::{STRAY_TEMPORARY_AGE, Sharing, write_as_new, write_atomic, write_private};
pub use lock::{
    AssessmentLock, LockHolder, Locking, REFRESH_EVERY, STALE_AFTER, Takeover, held_by_other, lock,
    lock_path,
};
pub use on_disk::{FileDigest, digest_of, digest_of_file};
pub use open_externally::open_externally;
pub use same_file::refuse_overwriting_inputs;
pub use system_language::system_language;

/// Files larger than this are refused: no questionnaire, knowledge base or assessment comes
/// near it, and reading a multi-gigabyte file by mistake should fail fast, not exhaust memory.
pub const MAX_INPUT_BYTES: u64 = 32 * 1024 * 1024;

/// Why a file could not be read or written. Its `Display` is its English words; the reader's
/// language has them through [`InWords`].
#[derive(Debug, thiserror::Error)]
#[error("{}", self.in_words(Words::english()))]
pub enum IoError {
    /// The operating system refused. The OS error is part of the message, not a separate
    /// source, so that printing the error chain does not repeat it.
    Os {
        /// The file.
        path: String,
        /// What we were doing: the id of the message that says it (`io-cannot-read-file`).
        action: &'static str,
        /// The OS error, which stays in the operating system's words.
        error: std::io::Error,
    },
    /// The file is not text.
    NotText {
        /// The file.
        path: String,
        /// The line of the first byte that is not UTF-8, from 1.
        line: usize,
        /// Its column, counting characters from 1.
        column: usize,
    },
    /// The file to replace is read-only: someone protected it, so it is left alone.
    ReadOnly {
        /// The file.
        path: String,
    },
    /// The output is one of the inputs: writing it would destroy what is being read.
    OutputIsInput {
        /// The output as given.
        output: String,
        /// The input it is the same file as, as given.
        input: String,
    },
    /// Not a regular file: reading a named pipe or a device could wait for ever.
    NotAFile {
        /// The path.
        path: String,
        /// What it is instead: `folder`, `pipe`, `socket`, `device` or `other` (the message
        /// `io-not-a-file` words each).
        kind: &'static str,
    },
    /// The file is far too large to be one of ours.
    TooLarge {
        /// The file.
        path: String,
        /// Its size.
        size: u64,
    },
}

impl InWords for IoError {
    /// "file: what went wrong" ("file:line:column: " for text that is not UTF-8); the operating
    /// system's own reason, when it gave one, as it gave it.
    fn in_words(&self, words: &Words) -> String {
        match self {
            IoError::Os {
                path,
                action,
                error,
            } => {
                let action = words.get(action);
                let refused = words.with_texts(
                    "io-refused",
                    &[("action", &action), ("reason", &error.to_string())],
                );
                format!("{path}: {refused}")
            }
            IoError::NotText { path, line, column } => {
                format!("{path}:{line}:{column}: {}", words.get("io-not-text"))
            }
            IoError::ReadOnly { path } => format!("{path}: {}", words.get("io-read-only")),
            IoError::OutputIsInput { output, input } => format!(
                "{output}: {}",
                words.with_texts("io-output-is-input", &[("input", input)])
            ),
            IoError::NotAFile { path, kind } => format!(
                "{path}: {}",
                words.with_texts("io-not-a-file", &[("kind", kind)])
            ),
            IoError::TooLarge { path, size } => {
                let mut args = FluentArgs::new();
                args.set("size", *size);
                args.set("limit", MAX_INPUT_BYTES);
                format!("{path}: {}", words.with("io-too-large", &args))
            }
        }
    }
}

/// Reads a text file for one of the loaders; messages will name it by `path` as given.
pub fn read_source(path: &Path) -> Result<SourceFile, IoError> {
    let name = path.display().to_string();
    let bytes = read_bytes(path)?;
    text_of(&name, bytes)
}

/// Reads a whole file, refusing one larger than [`MAX_INPUT_BYTES`] before reading it.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, IoError> {
    let os = |action, error| IoError::Os {
        path: path.display().to_string(),
        action,
        error,
    };
    let metadata = std::fs::metadata(path).map_err(|e| os("io-cannot-read-file", e))?;
    // Checked before opening: opening a named pipe waits for a writer, for ever.
    if let Some(kind) = not_a_file(&metadata.file_type()) {
        return Err(IoError::NotAFile {
            path: path.display().to_string(),
            kind,
        });
    }
    let size = metadata.len();
    if size > MAX_INPUT_BYTES {
        return Err(IoError::TooLarge {
            path: path.display().to_string(),
            size,
        });
    }
    std::fs::read(path).map_err(|e| os("io-cannot-read-file", e))
}

/// What a path names when it is not a regular file, as the message `io-not-a-file` tells them
/// apart.
fn not_a_file(kind: &std::fs::FileType) -> Option<&'static str> {
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("pipe");
        }
        if kind.is_socket() {
            return Some("socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("device");
        }
    }
    Some("other")
}

/// The text of a file, without the byte-order mark some editors put at its start (invisible,
/// and not part of the format).
fn text_of(name: &str, bytes: Vec<u8>) -> Result<SourceFile, IoError> {
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        // Valid by construction: `valid_up_to` says so.
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let place = SourceFile::new(name, valid).location_of(valid.len());
        IoError::NotText {
            path: name.to_string(),
            line: place.line,
            column: place.column,
        }
    })?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    Ok(SourceFile::new(name, text))
}

/// A file that may be encrypted, as found on disk.
#[derive(Clone, Debug)]
pub enum MaybeEncrypted {
    /// Plain text.
    Plain(SourceFile),
    /// Encrypted with a passphrase; decrypt it with [`EncryptedFile::decrypt`].
    Encrypted(EncryptedFile),
}

/// Reads a file that may be encrypted (an assessment), telling the two apart by content.
pub fn read_maybe_encrypted(path: &Path) -> Result<MaybeEncrypted, IoError> {
    let name = path.display().to_string();
    let bytes = read_bytes(path)?;
    if encryption::is_encrypted(&bytes) {
        return Ok(MaybeEncrypted::Encrypted(EncryptedFile { name, bytes }));
    }
    Ok(MaybeEncrypted::Plain(text_of(&name, bytes)?))
}

/// Removes a file; one that is not there is already removed.
pub fn remove_if_present(path: &Path) -> Result<(), IoError> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(IoError::Os {
            path: path.display().to_string(),
            action: "io-cannot-remove-file",
            error,
        }),
        _ => Ok(()),
    }
}

/// Creates a folder and the folders above it that are missing.
pub fn create_folder(path: &Path) -> Result<(), IoError> {
    std::fs::create_dir_all(path).map_err(|error| IoError::Os {
        path: path.display().to_string(),
        action: "io-cannot-create-folder",
        error,
    })
}

/// The text of a small settings file, or `None` when there is none yet.
pub fn read_text_if_present(path: &Path) -> Result<Option<String>, IoError> {
    match read_source(path) {
        Ok(source) => Ok(Some(source.text().to_string())),
        Err(IoError::Os { error, .. }) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

/// The time from the system clock, in milliseconds since the Unix epoch (for measurements).
pub fn now_in_milliseconds() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

/// A stopwatch on the monotonic clock, for telling the user how long a batch took.
#[derive(Clone, Copy, Debug)]
pub struct Stopwatch(std::time::Instant);

impl Stopwatch {
    /// Starts now.
    pub fn start() -> Stopwatch {
        Stopwatch(std::time::Instant::now())
    }

    /// The time since it started.
    pub fn elapsed(&self) -> std::time::Duration {
        self.0.elapsed()
    }
}

/// Today's date (UTC) from the system clock. The core never calls this: the date is passed in.
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch(i64::try_from(seconds / 86_400).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_is_not_utf8_is_refused_at_the_first_bad_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("random.ron");
        std::fs::write(&path, b"Ab\ncd\xc3\xa9\xff rest").unwrap();
        let message = read_source(&path).unwrap_err().to_string();
        let expected = format!("{}:2:4: this is not valid text", path.display());
        assert!(message.starts_with(&expected), "{message}");
        assert!(message.contains("save the file as UTF-8"), "{message}");
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_or_a_folder_is_refused_before_it_is_opened() {
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("pipe.ron");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if made.is_ok_and(|status| status.success()) {
            // Opening it would wait for a writer for ever; the refusal comes first.
            let message = read_source(&pipe).unwrap_err().to_string();
            assert!(
                message.contains("a named pipe (FIFO), not a file"),
                "{message}"
            );
        }
        let message = read_bytes(dir.path()).unwrap_err().to_string();
        assert!(message.contains("a folder, not a file"), "{message}");
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bom.ron");
        std::fs::write(&path, "\u{feff}Assessment(").unwrap();
        assert_eq!(read_source(&path).unwrap().text(), "Assessment(");
        let MaybeEncrypted::Plain(source) = read_maybe_encrypted(&path).unwrap() else {
            panic!("plain text taken for encrypted");
        };
        assert_eq!(source.text(), "Assessment(");
    }
}
