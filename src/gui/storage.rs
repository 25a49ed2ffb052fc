//! What the app keeps between runs, in the user's data folder: the autosaved assessment (for
//! recovery after a crash) and the list of recent files. Writes are atomic, like every other.
//!
//! The autosave of an assessment protected by a passphrase is never written in plain text: it
//! is `autosave.ron.age`, encrypted to the session's key, beside `autosave-key.age`, that key
//! encrypted with the passphrase (see [`crate::encryption::SessionKey`]).
//!
//! Beside the autosave, `autosave-origin.txt` names the assessment's file and
//! `autosave-digest.txt` holds the digest of that file as it was opened or last saved (see
//! [`Origin`]).

use super::theme::Theme;
use crate::io;
use crate::present::language::Language;
use std::path::{Path, PathBuf};

/// Where the interface's language is kept.
const LANGUAGE_FILE: &str = "language.txt";
/// Where the reports' language is kept.
const REPORT_LANGUAGE_FILE: &str = "report-language.txt";

/// How many recent files are remembered.
pub const RECENT_LIMIT: usize = 8;

/// The app's data folder.
#[derive(Clone, Debug)]
pub struct Storage {
    dir: PathBuf,
}

/// An autosaved assessment found at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovery {
    /// The autosaved work.
    pub work: RecoveredWork,
    /// The file it belonged to, if it had one.
    pub original: Option<Origin>,
}

/// The file autosaved work belongs to, and what that file held when the work was last opened
/// from it or saved to it: recovered work then still asks before writing over a save a
/// colleague made after the crash.
#[derive(Clone, Debug, PartialEq)]
pub struct Origin {
    /// The assessment's file.
    pub path: PathBuf,
    /// The digest of what the file held, when it was known.
    pub digest: Option<io::FileDigest>,
}

/// The autosaved work, as found.
#[derive(Clone, Debug, PartialEq)]
pub enum RecoveredWork {
    /// An assessment's text.
    Plain(String),
    /// An assessment protected by a passphrase: the passphrase opens `sealed_key`, which opens
    /// `autosave`.
    Encrypted {
        /// The autosave, encrypted to the session key.
        autosave: Vec<u8>,
        /// The session key, encrypted with the passphrase.
        sealed_key: Vec<u8>,
    },
}

impl Storage {
    /// The data folder for this user (such as `~/.local/share/msgdpia`), if the system has one.
    pub fn for_user() -> Option<Storage> {
        let dirs = directories::ProjectDirs::from("", "", "msgdpia")?;
        Some(Storage {
            dir: dirs.data_dir().to_path_buf(),
        })
    }

    /// Storage in a given folder (tests use a temporary one).
    pub fn in_folder(dir: &Path) -> Storage {
        Storage {
            dir: dir.to_path_buf(),
        }
    }

    fn autosave_path(&self) -> PathBuf {
        self.dir.join("autosave.ron")
    }

    fn encrypted_autosave_path(&self) -> PathBuf {
        self.dir.join("autosave.ron.age")
    }

    fn autosave_key_path(&self) -> PathBuf {
        self.dir.join("autosave-key.age")
    }

    fn autosave_origin_path(&self) -> PathBuf {
        self.dir.join("autosave-origin.txt")
    }

    /// The digest of the origin's file, in a record of its own: older versions read the origin
    /// record whole as a path.
    fn autosave_digest_path(&self) -> PathBuf {
        self.dir.join("autosave-digest.txt")
    }

    fn recent_path(&self) -> PathBuf {
        self.dir.join("recent.txt")
    }

    /// Writes the autosave of an assessment that is not protected by a passphrase.
    pub fn autosave(&self, text: &str, original: Option<&Origin>) -> Result<(), io::IoError> {
        self.write_origin(original)?;
        io::write_private(&self.autosave_path(), text.as_bytes())?;
        // An encrypted autosave from before the passphrase was removed is out of date.
        io::remove_if_present(&self.encrypted_autosave_path())?;
        io::remove_if_present(&self.autosave_key_path())
    }

    /// Writes the autosave of an assessment protected by a passphrase: `encrypted` is the
    /// assessment encrypted to the session key, `sealed_key` that key encrypted with the
    /// passphrase. Any plain autosave is removed, so no readable copy stays behind.
    pub fn autosave_encrypted(
        &self,
        encrypted: &[u8],
        sealed_key: &[u8],
        original: Option<&Origin>,
    ) -> Result<(), io::IoError> {
        self.write_origin(original)?;
        // The key first: an autosave is never on disk without the key that opens it.
        io::write_private(&self.autosave_key_path(), sealed_key)?;
        io::write_private(&self.encrypted_autosave_path(), encrypted)?;
        io::remove_if_present(&self.autosave_path())
    }

    fn write_origin(&self, original: Option<&Origin>) -> Result<(), io::IoError> {
        io::create_folder(&self.dir)?;
        let path = original.map(|o| o.path.display().to_string());
        let digest = original
            .and_then(|o| o.digest.as_ref())
            .map(|digest| crate::fingerprint::hex(digest));
        // The digest first: an origin is never on disk with the digest of an earlier file.
        io::write_private(
            &self.autosave_digest_path(),
            digest.unwrap_or_default().as_bytes(),
        )?;
        io::write_private(
            &self.autosave_origin_path(),
            path.unwrap_or_default().as_bytes(),
        )
    }

    /// The autosave left by a run that did not end cleanly, if any.
    pub fn recovery(&self) -> Option<Recovery> {
        let work = match io::read_source(&self.autosave_path()) {
            Ok(source) => RecoveredWork::Plain(source.text().to_string()),
            Err(_) => RecoveredWork::Encrypted {
                autosave: io::read_bytes(&self.encrypted_autosave_path()).ok()?,
                sealed_key: io::read_bytes(&self.autosave_key_path()).ok()?,
            },
        };
        // Without the record of where it came from, the work is still offered, as new work.
        let origin = io::read_text_if_present(&self.autosave_origin_path())
            .ok()
            .flatten()
            .unwrap_or_default();
        let digest = io::read_text_if_present(&self.autosave_digest_path())
            .ok()
            .flatten()
            .and_then(|hex| crate::fingerprint::from_hex(&hex));
        let original = (!origin.trim().is_empty()).then(|| Origin {
            path: PathBuf::from(origin.trim()),
            digest,
        });
        Some(Recovery { work, original })
    }

    /// Removes the autosave: the work was saved, or deliberately discarded. Every part is tried;
    /// the first failure is returned, for the user to hear of (a stale autosave would be
    /// offered again at the next start).
    pub fn clear_autosave(&self) -> Result<(), io::IoError> {
        let mut first_failure = Ok(());
        for path in [
            self.autosave_path(),
            self.encrypted_autosave_path(),
            self.autosave_key_path(),
            self.autosave_origin_path(),
            self.autosave_digest_path(),
        ] {
            if let Err(error) = io::remove_if_present(&path)
                && first_failure.is_ok()
            {
                first_failure = Err(error);
            }
        }
        first_failure
    }

    /// The colour theme chosen in the View menu (following the system when none was chosen).
    pub fn theme(&self) -> Theme {
        // An unreadable setting is no reason not to start: the system's theme it is.
        let stored = io::read_text_if_present(&self.dir.join("theme.txt"));
        Theme::from_stored_name(&stored.ok().flatten().unwrap_or_default())
    }

    /// Remembers the colour theme for the next start.
    pub fn remember_theme(&self, theme: Theme) -> Result<(), io::IoError> {
        io::create_folder(&self.dir)?;
        io::write_atomic(&self.dir.join("theme.txt"), theme.stored_name().as_bytes())
    }

    /// The language chosen in the View menu, if one was.
    pub fn language(&self) -> Option<Language> {
        self.stored_language(LANGUAGE_FILE)
    }

    /// Remembers the language for the next start.
    pub fn remember_language(&self, language: Language) -> Result<(), io::IoError> {
        self.remember_language_in(LANGUAGE_FILE, language)
    }

    /// The language chosen for reports, if one was.
    pub fn report_language(&self) -> Option<Language> {
        self.stored_language(REPORT_LANGUAGE_FILE)
    }

    /// Remembers the reports' language for the next start.
    pub fn remember_report_language(&self, language: Language) -> Result<(), io::IoError> {
        self.remember_language_in(REPORT_LANGUAGE_FILE, language)
    }

    fn stored_language(&self, file: &str) -> Option<Language> {
        // An unreadable setting is no reason not to start: the default language it is.
        let stored = io::read_text_if_present(&self.dir.join(file));
        Language::from_tag(stored.ok().flatten().unwrap_or_default().trim())
    }

    fn remember_language_in(&self, file: &str, language: Language) -> Result<(), io::IoError> {
        io::create_folder(&self.dir)?;
        io::write_atomic(&self.dir.join(file), language.tag().as_bytes())
    }

    /// The recent files, most recent first.
    pub fn recent(&self) -> Vec<PathBuf> {
        // An unreadable list is shown empty rather than stopping the start.
        io::read_text_if_present(&self.recent_path())
            .ok()
            .flatten()
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(PathBuf::from)
            .take(RECENT_LIMIT)
            .collect()
    }

    /// Puts a file at the top of the recent list; the list as it now is, and whether it could
    /// be stored for the next start.
    pub fn remember(&self, path: &Path) -> (Vec<PathBuf>, Result<(), io::IoError>) {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let mut recent = self.recent();
        recent.retain(|p| *p != absolute);
        recent.insert(0, absolute);
        recent.truncate(RECENT_LIMIT);
        let text: String = recent
            .iter()
            .map(|p| format!("{}\n", p.display()))
            .collect();
        let stored = io::create_folder(&self.dir)
            .and_then(|()| io::write_private(&self.recent_path(), text.as_bytes()));
        (recent, stored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_origin_keeps_its_file_and_digest_and_an_older_record_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::in_folder(dir.path());
        let origin = Origin {
            path: PathBuf::from("/share/dpia/firm.ron"),
            digest: Some(io::digest_of(b"as opened")),
        };
        storage.autosave("work", Some(&origin)).unwrap();
        assert_eq!(storage.recovery().unwrap().original, Some(origin));
        // The path is stored as older versions read it, whole; the digest in a record of its own.
        assert_eq!(
            io::read_text_if_present(&dir.path().join("autosave-origin.txt")).unwrap(),
            Some("/share/dpia/firm.ron".to_string())
        );
        // Autosaves written before digests were kept name the file alone.
        io::remove_if_present(&dir.path().join("autosave-digest.txt")).unwrap();
        let older = storage.recovery().unwrap().original.unwrap();
        assert_eq!(older.path, PathBuf::from("/share/dpia/firm.ron"));
        assert_eq!(older.digest, None);
        storage.autosave("work", None).unwrap();
        assert_eq!(storage.recovery().unwrap().original, None);
    }
}
