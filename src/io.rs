//! The IO layer: the only code that reads or writes files or reads the clock.

use crate::date::Date;
use crate::encryption::{self, EncryptedFile};
use crate::source::SourceFile;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime};

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

/// Writes `bytes` to `path` so that a crash or a full disk never leaves a half-written file:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary
/// file is then renamed over `path` in one step. On any error the temporary file is removed and
/// `path` is left as it was. After a successful write, temporary files left in the folder by
/// saves that were killed long ago are removed (see [`STRAY_TEMPORARY_AGE`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    let name = path.display().to_string();
    let os = |action, error| IoError::Os {
        path: name.clone(),
        action,
        error,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".msgdpia-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|e| {
            os(
                "cannot create a temporary file in its folder",
                without_path(e),
            )
        })?;
    // Writing through the `File` itself gives the plain OS error; `NamedTempFile` would add the
    // temporary file's name, which means nothing to the user.
    temporary
        .as_file_mut()
        .write_all(bytes)
        .map_err(|e| os("cannot write", e))?;
    temporary
        .as_file()
        .sync_all()
        .map_err(|e| os("cannot flush to disk", e))?;
    temporary
        .persist(path)
        .map_err(|e| os("cannot replace the file", e.error))?;
    remove_stray_temporaries(folder, SystemTime::now());
    Ok(())
}

/// The OS error alone: `tempfile` appends " at path" and the temporary file's random name, which
/// means nothing to the user, and it keeps no OS error code to rebuild the plain error from.
fn without_path(error: std::io::Error) -> std::io::Error {
    let text = error.to_string();
    match text.split_once(" at path ") {
        Some((plain, _)) => std::io::Error::new(error.kind(), plain.to_string()),
        None => error,
    }
}

/// A temporary file this old cannot belong to a save still in progress (a save takes
/// milliseconds), so it was left by a save that was killed, and the next save to its folder
/// removes it.
pub const STRAY_TEMPORARY_AGE: Duration = Duration::from_secs(15 * 60);

/// Removes `.msgdpia-*.tmp` files in `folder` last modified before `now` minus
/// [`STRAY_TEMPORARY_AGE`]. Cleaning up is a courtesy: a failure here must never turn a good
/// save into an error, so every error is ignored.
fn remove_stray_temporaries(folder: &Path, now: SystemTime) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(".msgdpia-") && name.ends_with(".tmp")) {
            continue;
        }
        let modified = entry.metadata().and_then(|m| m.modified());
        let is_stray = modified
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STRAY_TEMPORARY_AGE);
        if is_stray {
            let _ = std::fs::remove_file(entry.path());
        }
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
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.ron")]);
    }

    #[test]
    fn failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-folder").join("a.ron");
        let message = write_atomic(&missing, b"x").unwrap_err().to_string();
        assert!(!missing.exists());
        // The message names the target, not the temporary file's random name.
        assert!(
            message.contains("a.ron") && !message.contains(".msgdpia-"),
            "{message}"
        );
    }

    #[test]
    fn a_save_removes_old_stray_temporaries_and_keeps_everything_else() {
        let dir = tempfile::tempdir().unwrap();
        let make = |name: &str, age: Duration| {
            let path = dir.path().join(name);
            let file = std::fs::File::create(&path).unwrap();
            file.set_modified(SystemTime::now() - age).unwrap();
            path
        };
        let killed_long_ago = make(".msgdpia-abc123.tmp", Duration::from_secs(3600));
        let in_progress = make(".msgdpia-def456.tmp", Duration::from_secs(1));
        let users_own = make("notes.tmp", Duration::from_secs(3600));
        write_atomic(&dir.path().join("a.ron"), b"saved").unwrap();
        assert!(!killed_long_ago.exists(), "the stray temporary was kept");
        assert!(
            in_progress.exists(),
            "a recent temporary may belong to a save in progress"
        );
        assert!(users_own.exists(), "a file that is not ours was removed");
    }

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
