//! What a file on disk holds now, as a digest: an assessment remembers the digest of the file it
//! was opened from or saved to, and a save first checks that nobody changed the file since.

use super::{IoError, read_bytes};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The SHA-256 digest of a file's bytes.
pub type FileDigest = [u8; 32];

/// The digest of `bytes`, as [`digest_of_file`] would give for a file holding them.
pub fn digest_of(bytes: &[u8]) -> FileDigest {
    Sha256::digest(bytes).into()
}

/// The digest of the file at `path` now, or `None` when there is no file there.
pub fn digest_of_file(path: &Path) -> Result<Option<FileDigest>, IoError> {
    match read_bytes(path) {
        Ok(bytes) => Ok(Some(digest_of(&bytes))),
        Err(IoError::Os { error, .. }) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_changed_by_someone_else_has_another_digest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        assert_eq!(digest_of_file(&path).unwrap(), None);
        std::fs::write(&path, "mine").unwrap();
        let mine = digest_of_file(&path).unwrap();
        assert_eq!(mine, Some(digest_of(b"mine")));
        std::fs::write(&path, "theirs").unwrap();
        assert_ne!(digest_of_file(&path).unwrap(), mine);
    }
}
