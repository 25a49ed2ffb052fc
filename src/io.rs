//! The IO layer: the only code that reads or writes files or reads the clock.

use crate::date::Date;
use crate::source::SourceFile;
use std::io::Write;
use std::path::Path;

/// Files larger than this are refused: no questionnaire, knowledge base or assessment comes
/// near it, and reading a multi-gigabyte file by mistake should fail fast, not exhaust memory.
pub const MAX_INPUT_BYTES: u64 = 32 * 1024 * 1024;

/// Why a file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum IoError {
    /// The operating system refused.
    #[error("{path}: {action}: {source}")]
    Os {
        /// The file.
        path: String,
        /// What we were doing.
        action: &'static str,
        /// The OS error.
        source: std::io::Error,
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
    let os = |action, source| IoError::Os {
        path: name.clone(),
        action,
        source,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| os("cannot read the file", e))?
        .len();
    if size > MAX_INPUT_BYTES {
        return Err(IoError::TooLarge { path: name, size });
    }
    let bytes = std::fs::read(path).map_err(|e| os("cannot read the file", e))?;
    let text = String::from_utf8(bytes).map_err(|_| IoError::NotText { path: name.clone() })?;
    Ok(SourceFile::new(name, text))
}

/// Writes `bytes` to `path` so that a crash or a full disk never leaves a half-written file:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary
/// file is then renamed over `path` in one step. On any error the temporary file is removed and
/// `path` is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    let name = path.display().to_string();
    let os = |action, source| IoError::Os {
        path: name.clone(),
        action,
        source,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".msgdpia-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|e| os("cannot create a temporary file in its folder", e))?;
    temporary
        .write_all(bytes)
        .map_err(|e| os("cannot write", e))?;
    temporary
        .as_file()
        .sync_all()
        .map_err(|e| os("cannot flush to disk", e))?;
    temporary
        .persist(path)
        .map_err(|e| os("cannot replace the file", e.error))?;
    Ok(())
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
        assert!(write_atomic(&missing, b"x").is_err());
        assert!(!missing.exists());
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
