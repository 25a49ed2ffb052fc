//! Optional encryption at rest. An assessment saved with a passphrase is an age file
//! (<https://age-encryption.org/v1>) with one scrypt recipient, so the standard `age` and `rage`
//! tools can open it too and nobody is locked in to msgdpia.
//!
//! This module is outside the pure core: encrypting draws random numbers from the operating
//! system, and age calibrates scrypt's work factor by timing it (about one second per key).
//!
//! The desktop app autosaves an encrypted assessment every few seconds, and one second of scrypt
//! per autosave would freeze the window. So each encrypted session has a [`SessionKey`], a
//! random X25519 key: autosaves are encrypted to it (fast), and the key itself is stored once,
//! encrypted with the passphrase ([`SessionKey::seal`]).

use crate::diagnostic::InWords;
use crate::present::vocabulary::{FluentArgs, Words};
use crate::source::SourceFile;
use age::secrecy::{ExposeSecret, SecretString};
use std::str::FromStr;

/// How every age file starts.
const AGE_HEADER: &[u8] = b"age-encryption.org/v1\n";

/// Whether `bytes` are an age-encrypted file rather than plain text.
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_HEADER)
}

/// Why a file could not be encrypted or decrypted. Its `Display` is its English words; the
/// reader's language has them through [`InWords`].
#[derive(Debug, thiserror::Error)]
#[error("{}", self.in_words(Words::english()))]
pub enum EncryptionError {
    /// The passphrase does not open the file.
    WrongPassphrase,
    /// No passphrase, or only spaces.
    EmptyPassphrase,
    /// A new passphrase too short to resist guessing (fewer than
    /// [`MIN_NEW_PASSPHRASE_CHARS`] characters).
    TooShort,
    /// The file asks for more scrypt work than msgdpia allows: damaged, or made to stall us.
    ExcessiveWork {
        /// The work factor the file asks for (log2 of scrypt's N).
        required: u8,
    },
    /// The bytes are not a complete, intact age file; age's own reason, in its words.
    Damaged(String),
    /// The file decrypted, but to something that is not text: not a msgdpia assessment.
    DecryptedNotText,
    /// A sealed session key decrypted to something that is not text.
    KeyNotText,
    /// Encryption itself failed (the random number generator or memory); age's own reason.
    Encrypt(String),
}

impl InWords for EncryptionError {
    fn in_words(&self, words: &Words) -> String {
        match self {
            EncryptionError::WrongPassphrase => words.get("encryption-wrong-passphrase"),
            EncryptionError::EmptyPassphrase => words.get("encryption-empty-passphrase"),
            EncryptionError::TooShort => {
                words.count("encryption-too-short", MIN_NEW_PASSPHRASE_CHARS)
            }
            EncryptionError::ExcessiveWork { required } => {
                let mut args = FluentArgs::new();
                args.set("required", *required);
                args.set("allowed", MAX_WORK_FACTOR);
                words.with("encryption-excessive-work", &args)
            }
            EncryptionError::Damaged(detail) => {
                words.with_texts("encryption-damaged", &[("detail", detail)])
            }
            EncryptionError::DecryptedNotText => words.get("encryption-decrypted-not-text"),
            EncryptionError::KeyNotText => words.get("encryption-key-not-text"),
            EncryptionError::Encrypt(detail) => {
                words.with_texts("encryption-cannot-encrypt", &[("detail", detail)])
            }
        }
    }
}

/// A passphrase, never empty, kept in memory that is wiped when dropped.
#[derive(Clone)]
pub struct Passphrase(SecretString);

impl Passphrase {
    /// The passphrase as typed. Surrounding spaces count: what the user typed is what opens it.
    pub fn new(text: String) -> Result<Passphrase, EncryptionError> {
        if text.trim().is_empty() {
            return Err(EncryptionError::EmptyPassphrase);
        }
        Ok(Passphrase(SecretString::from(text)))
    }

    /// A passphrase chosen to protect a file: at least [`MIN_NEW_PASSPHRASE_CHARS`] characters,
    /// since the file may leave the machine and be guessed at offline. Opening an existing file
    /// takes whatever it was saved with ([`Passphrase::new`]).
    pub fn new_chosen(text: String) -> Result<Passphrase, EncryptionError> {
        if text.trim().chars().count() < MIN_NEW_PASSPHRASE_CHARS {
            return Err(if text.trim().is_empty() {
                EncryptionError::EmptyPassphrase
            } else {
                EncryptionError::TooShort
            });
        }
        Passphrase::new(text)
    }

    /// Whether two passphrases are the same (for "type it again" checks).
    pub fn matches(&self, other: &Passphrase) -> bool {
        self.0.expose_secret() == other.0.expose_secret()
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// The fewest characters a new passphrase may have: with scrypt at about a second a guess,
/// twelve characters of a few words put guessing beyond an offline attacker's reach, where a
/// short word falls in hours.
pub const MIN_NEW_PASSPHRASE_CHARS: usize = 12;

/// The scrypt work factor msgdpia encrypts with (log2 of N): age's own default, about a second
/// on a laptop. Fixed rather than timed, so a file made on a fast machine opens on a slow one.
pub const WORK_FACTOR: u8 = 18;

/// The most scrypt work a file may ask for (log2 of N): four times [`WORK_FACTOR`], for files
/// made by the age tools on a faster machine. More is refused before any work, since each step
/// doubles time and memory (2^22 took 4 GB and 23 s here before saying "wrong passphrase").
pub const MAX_WORK_FACTOR: u8 = 20;

/// Encrypts `plain` with `passphrase` (age, scrypt recipient, work factor [`WORK_FACTOR`]).
pub fn encrypt(plain: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>, EncryptionError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.0.clone());
    recipient.set_work_factor(WORK_FACTOR);
    age::encrypt(&recipient, plain).map_err(|e| EncryptionError::Encrypt(e.to_string()))
}

/// Decrypts an age file encrypted with a passphrase, refusing one that asks for more work than
/// [`MAX_WORK_FACTOR`] before doing any.
pub fn decrypt(bytes: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>, EncryptionError> {
    let mut identity = age::scrypt::Identity::new(passphrase.0.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    age::decrypt(&identity, bytes).map_err(decrypt_error)
}

fn decrypt_error(error: age::DecryptError) -> EncryptionError {
    match error {
        age::DecryptError::DecryptionFailed
        | age::DecryptError::KeyDecryptionFailed
        | age::DecryptError::NoMatchingKeys => EncryptionError::WrongPassphrase,
        age::DecryptError::ExcessiveWork { required, .. } => {
            EncryptionError::ExcessiveWork { required }
        }
        other => EncryptionError::Damaged(other.to_string()),
    }
}

/// An encrypted file as read from disk, waiting for its passphrase.
#[derive(Clone, Debug)]
pub struct EncryptedFile {
    /// The file's name as messages show it.
    pub name: String,
    /// Its bytes (an age file).
    pub bytes: Vec<u8>,
}

/// Why an encrypted file could not be opened: "file: why", in English as its `Display`, in the
/// reader's language through [`InWords`].
#[derive(Debug, thiserror::Error)]
#[error("{}", self.in_words(Words::english()))]
pub struct OpenEncryptedError {
    /// The file.
    pub name: String,
    /// What went wrong.
    pub error: EncryptionError,
}

impl InWords for OpenEncryptedError {
    fn in_words(&self, words: &Words) -> String {
        format!("{}: {}", self.name, self.error.in_words(words))
    }
}

impl EncryptedFile {
    /// The decrypted text, named like the file so that messages point at it.
    pub fn decrypt(&self, passphrase: &Passphrase) -> Result<SourceFile, OpenEncryptedError> {
        let fail = |error| OpenEncryptedError {
            name: self.name.clone(),
            error,
        };
        let plain = decrypt(&self.bytes, passphrase).map_err(fail)?;
        let text = String::from_utf8(plain).map_err(|_| fail(EncryptionError::DecryptedNotText))?;
        Ok(SourceFile::new(self.name.clone(), text))
    }
}

/// A random key for the autosaves of one encrypted session (see the module's notes).
#[derive(Clone)]
pub struct SessionKey(age::x25519::Identity);

impl SessionKey {
    /// A new random key.
    pub fn generate() -> SessionKey {
        SessionKey(age::x25519::Identity::generate())
    }

    /// The key, encrypted with `passphrase`, to store beside the autosave.
    pub fn seal(&self, passphrase: &Passphrase) -> Result<Vec<u8>, EncryptionError> {
        encrypt(self.0.to_string().expose_secret().as_bytes(), passphrase)
    }

    /// The key stored by [`SessionKey::seal`].
    pub fn unseal(sealed: &[u8], passphrase: &Passphrase) -> Result<SessionKey, EncryptionError> {
        let text = decrypt(sealed, passphrase)?;
        let text = String::from_utf8(text).map_err(|_| EncryptionError::KeyNotText)?;
        age::x25519::Identity::from_str(text.trim())
            .map(SessionKey)
            .map_err(|e| EncryptionError::Damaged(e.to_string()))
    }

    /// Encrypts `plain` to this key (fast: no scrypt).
    pub fn encrypt(&self, plain: &[u8]) -> Result<Vec<u8>, EncryptionError> {
        age::encrypt(&self.0.to_public(), plain)
            .map_err(|e| EncryptionError::Encrypt(e.to_string()))
    }

    /// Decrypts what [`SessionKey::encrypt`] produced.
    pub fn decrypt(&self, bytes: &[u8]) -> Result<Vec<u8>, EncryptionError> {
        age::decrypt(&self.0, bytes).map_err(decrypt_error)
    }
}

impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionKey(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passphrase(text: &str) -> Passphrase {
        Passphrase::new(text.to_string()).unwrap()
    }

    #[test]
    fn a_file_asking_for_more_work_than_allowed_is_refused_before_any_is_done() {
        let encrypted = encrypt(b"Assessment()", &passphrase("correct horse")).unwrap();
        let text = String::from_utf8_lossy(&encrypted).into_owned();
        // The header's stanza names the work factor: "-> scrypt SALT 18".
        let stanza = text
            .lines()
            .find(|line| line.starts_with("-> scrypt "))
            .unwrap();
        assert!(stanza.ends_with(&format!(" {WORK_FACTOR}")), "{stanza}");
        let hostile = format!("{} 22", stanza.rsplit_once(' ').unwrap().0);
        let bytes = text.replacen(stanza, &hostile, 1).into_bytes();
        // age checks the bound before deriving anything: this error comes instead of the
        // tens of seconds and gigabytes that 2^22 would cost.
        let error = decrypt(&bytes, &passphrase("correct horse")).unwrap_err();
        assert!(matches!(
            error,
            EncryptionError::ExcessiveWork { required: 22 }
        ));
        assert!(
            error
                .to_string()
                .contains("more than the 2^20 msgdpia allows")
        );
    }

    #[test]
    fn the_right_passphrase_opens_what_it_encrypted_and_a_wrong_one_does_not() {
        let plain = b"Assessment(format_version: 2)";
        let encrypted = encrypt(plain, &passphrase("correct horse")).unwrap();
        assert!(is_encrypted(&encrypted));
        assert!(!encrypted.windows(plain.len()).any(|w| w == plain));
        assert_eq!(
            decrypt(&encrypted, &passphrase("correct horse")).unwrap(),
            plain
        );
        assert!(matches!(
            decrypt(&encrypted, &passphrase("wrong horse")),
            Err(EncryptionError::WrongPassphrase)
        ));
    }

    #[test]
    fn a_truncated_file_is_damaged_not_a_wrong_passphrase() {
        let encrypted = encrypt(b"some text to protect", &passphrase("p")).unwrap();
        let cut = &encrypted[..encrypted.len() - 5];
        let error = decrypt(cut, &passphrase("p")).unwrap_err();
        assert!(matches!(error, EncryptionError::Damaged(_)), "{error:?}");
    }

    #[test]
    fn an_empty_passphrase_is_refused() {
        assert!(matches!(
            Passphrase::new("   ".to_string()),
            Err(EncryptionError::EmptyPassphrase)
        ));
    }

    #[test]
    fn a_session_key_survives_sealing_and_opens_its_autosaves() {
        let key = SessionKey::generate();
        let sealed = key.seal(&passphrase("pass")).unwrap();
        let autosave = key.encrypt(b"answers").unwrap();
        let reopened = SessionKey::unseal(&sealed, &passphrase("pass")).unwrap();
        assert_eq!(reopened.decrypt(&autosave).unwrap(), b"answers");
        assert!(matches!(
            SessionKey::unseal(&sealed, &passphrase("nope")),
            Err(EncryptionError::WrongPassphrase)
        ));
        assert!(matches!(
            SessionKey::generate().decrypt(&autosave),
            Err(EncryptionError::WrongPassphrase)
        ));
    }
}
