//! `msgdpia encrypt ASSESSMENT -o FILE` and `msgdpia decrypt FILE -o ASSESSMENT`: protect an
//! assessment with a passphrase, or remove the protection. The encrypted file is a standard age
//! file, which the `age` and `rage` tools open too.

use super::inputs::read_assessment_source;
use super::passphrase::{PassphraseArgs, Purpose, passphrase_for};
use crate::assessment::Assessment;
use crate::encryption;
use crate::io::{
    MaybeEncrypted, read_maybe_encrypted, refuse_overwriting_inputs, write_atomic, write_private,
};
use crate::present::language::Language;
use crate::present::vocabulary::{FluentArgs, Words};
use anyhow::{Context, bail};
use std::path::Path;
use std::process::ExitCode;

/// Encrypts the assessment at `path` into `output`, speaking `language`.
pub(super) fn encrypt(
    path: &Path,
    output: &Path,
    args: &PassphraseArgs,
    language: Language,
) -> anyhow::Result<ExitCode> {
    let words = Words::shared(language);
    refuse_overwriting_inputs(output, &[path])?;
    let source = match read_maybe_encrypted(path)? {
        MaybeEncrypted::Plain(source) => source,
        MaybeEncrypted::Encrypted(_) => {
            bail!("{}: {}", path.display(), words.get("cli-already-encrypted"))
        }
    };
    // Only a valid assessment is encrypted: an error found later, behind a passphrase, would
    // be harder to see and to fix.
    Assessment::load(&source)?;
    let passphrase = passphrase_for(path, args, Purpose::Choose, words)?;
    let bytes = encryption::encrypt(source.text().as_bytes(), &passphrase)
        .with_context(|| path.display().to_string())?;
    // Private to its owner, as the app's encrypted saves are.
    write_private(output, &bytes)?;
    let mut wrote = FluentArgs::new();
    wrote.set("file", output.display().to_string());
    wrote.set("bytes", bytes.len());
    wrote.set("input", path.display().to_string());
    println!("{}", words.with("cli-wrote-encrypted", &wrote));
    Ok(ExitCode::SUCCESS)
}

/// Decrypts the encrypted assessment at `path` into `output`, speaking `language`.
pub(super) fn decrypt(
    path: &Path,
    output: &Path,
    args: &PassphraseArgs,
    language: Language,
) -> anyhow::Result<ExitCode> {
    let words = Words::shared(language);
    refuse_overwriting_inputs(output, &[path])?;
    if matches!(read_maybe_encrypted(path)?, MaybeEncrypted::Plain(_)) {
        bail!("{}: {}", path.display(), words.get("cli-not-encrypted"));
    }
    let source = read_assessment_source(path, args, words)?;
    write_atomic(output, source.text().as_bytes())?;
    let file = output.display().to_string();
    println!(
        "{}",
        words.with_texts("cli-wrote-decrypted", &[("file", &file)])
    );
    Ok(ExitCode::SUCCESS)
}
