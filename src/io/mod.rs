//! The IO layer: the only code that reads or writes files or reads the clock.

use crate::date::Date;
use crate::encryption::{self, EncryptedFile};
use crate::source::SourceFile;
use std::path::Path;

mod atomic;
mod same_file;

pub use atomic::{STRAY_TEMPORARY_AGE, Sharing, write_atomic, write_private};
pub use same_file::refuse_overwriting_inputs;

/// Files larger than this are refused: no questionnaire, knowledge base or assessment comes
/// near it, and reading a multi-gigabyte file by mistake should fail fast, not exhaust memory.
pub const MAX_INPUT_BYTES: u64 = 32 * 1024 * 1024;

/// Why a file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum IoError {
    /// The operating system refused. The OS error is part of the message, not a separate
    /// source, so that printing the error chain does not repeat it.
    #[error("{path}: {action}: {error}")]
    Os {
        /// The file.
        path: String,
        /// What we were doing.
        action: &'static str,
        /// The OS error.
        error: std::io::Error,
    },
    /// The file is not text.
    #[error(
        "{path}: this is not a text file (it is not valid UTF-8); expected a RON file such as an assessment saved by msgdpia"
    )]
    NotText {
        /// The file.
        path: String,
    },
    /// The file to replace is read-only: someone protected it, so it is left alone.
    #[error(
        "{path}: the file is read-only, so it was not replaced; choose another name, or make the file writable first"
    )]
    ReadOnly {
        /// The file.
        path: String,
    },
    /// The output is one of the inputs: writing it would destroy what is being read.
    #[error(
        "{output}: this is the same file as the input {input}; writing it would replace that input, so nothing was written; choose another output name"
    )]
    OutputIsInput {
        /// The output as given.
        output: String,
        /// The input it is the same file as, as given.
        input: String,
    },
    /// The file is far too large to be one of ours.
    #[error(
        "{path}: the file is {size} bytes, too large to be a msgdpia file (limit {MAX_INPUT_BYTES} bytes)"
    )]
    TooLarge {
        /// The file.
        path: String,
        /// Its size.
        size: u64,
    },
}

/// Reads a text file for one of the loaders; messages will name it by `path` as given.
pub fn read_source(path: &Path) -> Result<SourceFile, IoError> {
    let name = path.display().to_string();
    let bytes = read_bytes(path)?;
    let text = String::from_utf8(bytes).map_err(|_| IoError::NotText { path: name.clone() })?;
    Ok(SourceFile::new(name, text))
}

/// Reads a whole file, refusing one larger than [`MAX_INPUT_BYTES`] before reading it.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, IoError> {
    let os = |action, error| IoError::Os {
        path: path.display().to_string(),
        action,
        error,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| os("cannot read the file", e))?
        .len();
    if size > MAX_INPUT_BYTES {
        return Err(IoError::TooLarge {
            path: path.display().to_string(),
            size,
        });
    }
    std::fs::read(path).map_err(|e| os("cannot read the file", e))
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
    let text = String::from_utf8(bytes).map_err(|_| IoError::NotText { path: name.clone() })?;
    Ok(MaybeEncrypted::Plain(SourceFile::new(name, text)))
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
    fn binary_files_are_refused_with_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("random.ron");
        std::fs::write(&path, [0xff, 0xfe, 0x00, 0x81]).unwrap();
        let message = read_source(&path).unwrap_err().to_string();
        assert!(
            message.contains("random.ron") && message.contains("not a text file"),
            "{message}"
        );
    }
}
