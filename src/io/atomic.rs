//! Writing a file whole or not at all, with the permissions it should have: a file replaced
//! keeps its permission bits (and its owner and group where the system allows), so colleagues
//! on a shared drive keep their access after a save; a new file follows the umask; encrypted
//! assessments and autosaves are private to their owner (0600) whatever they replace.

use super::IoError;
use std::fs::{File, Metadata};
use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime};

/// Who may read the file written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sharing {
    /// As the file replaced was, or as the umask says for a new file.
    AsBefore,
    /// Its owner only (0600): encrypted assessments and autosaves.
    Private,
    /// As the umask says for a new file, whatever it replaces: a lock file taken over from a
    /// colleague must stay readable by the others, whatever the colleague's umask made it.
    AsNew,
}

/// Writes `bytes` to `path` so that a crash or a full disk never leaves a half-written file:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary
/// file is then renamed over `path` in one step. On any error the temporary file is removed and
/// `path` is left as it was. A read-only `path` is refused, not replaced. The file keeps the
/// permissions of the one it replaces (see [`Sharing::AsBefore`]). After a successful write,
/// temporary files left in the folder by saves that were killed long ago are removed (see
/// [`STRAY_TEMPORARY_AGE`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    write_with(path, bytes, Sharing::AsBefore)
}

/// [`write_atomic`] for a file only its owner may read (0600), whatever it replaces.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    write_with(path, bytes, Sharing::Private)
}

/// [`write_atomic`] for a file with a new file's permissions, whatever it replaces (see
/// [`Sharing::AsNew`]).
pub fn write_as_new(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    write_with(path, bytes, Sharing::AsNew)
}

fn write_with(path: &Path, bytes: &[u8], sharing: Sharing) -> Result<(), IoError> {
    let name = path.display().to_string();
    let os = |action, error| IoError::Os {
        path: name.clone(),
        action,
        error,
    };
    let replaced = std::fs::metadata(path).ok();
    if replaced
        .as_ref()
        .is_some_and(|m| m.permissions().readonly())
    {
        return Err(IoError::ReadOnly { path: name });
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".msgdpia-").suffix(".tmp");
    // Created as 0666, the system takes the umask off, as for any new file. (Elsewhere than
    // Unix a new file's access comes from its folder.)
    #[cfg(unix)]
    if sharing == Sharing::AsNew || (sharing == Sharing::AsBefore && replaced.is_none()) {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temporary = builder
        .tempfile_in(folder)
        .map_err(|e| os("io-cannot-create-temporary", without_path(e)))?;
    // Writing through the `File` itself gives the plain OS error; `NamedTempFile` would add the
    // temporary file's name, which means nothing to the user.
    temporary
        .as_file_mut()
        .write_all(bytes)
        .map_err(|e| os("io-cannot-write", e))?;
    if sharing == Sharing::AsBefore
        && let Some(replaced) = &replaced
    {
        keep_access(temporary.as_file(), replaced)
            .map_err(|e| os("io-cannot-copy-permissions", e))?;
    }
    temporary
        .as_file()
        .sync_all()
        .map_err(|e| os("io-cannot-flush", e))?;
    temporary
        .persist(path)
        .map_err(|e| os("io-cannot-replace", e.error))?;
    remove_stray_temporaries(folder, SystemTime::now());
    Ok(())
}

/// Gives `file` the permission bits of the file it replaces, and its owner and group where the
/// system allows (only an administrator may give a file away; a failure there is not an error).
fn keep_access(file: &File, replaced: &Metadata) -> std::io::Result<()> {
    file.set_permissions(replaced.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(file, Some(replaced.uid()), Some(replaced.gid()));
    }
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

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
    }

    #[cfg(unix)]
    fn set_mode(path: &Path, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions_and_a_new_one_follows_the_umask() {
        let dir = tempfile::tempdir().unwrap();
        for shared in [0o644, 0o664, 0o660] {
            let path = dir.path().join(format!("shared-{shared:o}.ron"));
            std::fs::write(&path, "old").unwrap();
            set_mode(&path, shared);
            write_atomic(&path, b"new").unwrap();
            assert_eq!(
                mode(&path),
                shared,
                "a {shared:o} file lost its permissions"
            );
            assert_eq!(std::fs::read(&path).unwrap(), b"new");
        }
        // A new file gets what any program's new file gets here: 0666 less the umask.
        let ours = dir.path().join("new.ron");
        write_atomic(&ours, b"new").unwrap();
        let theirs = dir.path().join("made-by-std.txt");
        std::fs::write(&theirs, "x").unwrap();
        assert_eq!(mode(&ours), mode(&theirs));
        // A file written as new gets the same, whatever it replaces.
        let lock = dir.path().join(".~lock.a.ron#");
        std::fs::write(&lock, "theirs").unwrap();
        set_mode(&lock, 0o600);
        write_as_new(&lock, b"ours").unwrap();
        assert_eq!(mode(&lock), mode(&theirs));
    }

    #[cfg(unix)]
    #[test]
    fn a_private_file_is_the_owners_alone_whatever_it_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron.age");
        std::fs::write(&path, "old").unwrap();
        set_mode(&path, 0o644);
        write_private(&path, b"encrypted").unwrap();
        assert_eq!(mode(&path), 0o600);
        let new = dir.path().join("autosave.ron");
        write_private(&new, b"work").unwrap();
        assert_eq!(mode(&new), 0o600);
    }

    #[test]
    fn a_read_only_file_is_refused_and_left_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.pdf");
        std::fs::write(&path, "kept").unwrap();
        let mut permissions = std::fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&path, permissions).unwrap();
        let message = write_atomic(&path, b"new").unwrap_err().to_string();
        assert!(message.contains("read-only"), "{message}");
        assert_eq!(std::fs::read(&path).unwrap(), b"kept");
    }
}
