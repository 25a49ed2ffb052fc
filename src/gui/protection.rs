//! The passphrase protecting an open assessment, and the key its autosaves are encrypted to.

use crate::encryption::{EncryptionError, Passphrase, SessionKey};

/// An assessment protected by a passphrase: saving encrypts it with the passphrase (about a
/// second of scrypt work), autosaving encrypts it to `key` (instant), and `sealed_key`, the key
/// encrypted with the passphrase, sits beside the autosave so that recovery needs only the
/// passphrase.
#[derive(Clone, Debug)]
pub struct Protection {
    /// The passphrase.
    pub passphrase: Passphrase,
    /// The key autosaves are encrypted to.
    pub key: SessionKey,
    /// `key`, encrypted with the passphrase.
    pub sealed_key: Vec<u8>,
}

impl Protection {
    /// Protection by `passphrase`, with a new autosave key.
    pub fn new(passphrase: Passphrase) -> Result<Protection, EncryptionError> {
        let key = SessionKey::generate();
        let sealed_key = key.seal(&passphrase)?;
        Ok(Protection {
            passphrase,
            key,
            sealed_key,
        })
    }
}
