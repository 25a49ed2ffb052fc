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
use anyhow::{Context, bail};
use std::path::Path;
use std::process::ExitCode;

pub(super) fn encrypt(
    path: &Path,
    output: &Path,
    args: &PassphraseArgs,
) -> anyhow::Result<ExitCode> {
    refuse_overwriting_inputs(output, &[path])?;
    let source = match read_maybe_encrypted(path)? {
        MaybeEncrypted::Plain(source) => source,
        MaybeEncrypted::Encrypted(_) => bail!("{}: this file is already encrypted", path.display()),
    };
    // Only a valid assessment is encrypted: an error found later, behind a passphrase, would
    // be harder to see and to fix.
    Assessment::load(&source)?;
    let passphrase = passphrase_for(path, args, Purpose::Choose)?;
    let bytes = encryption::encrypt(source.text().as_bytes(), &passphrase)
        .with_context(|| path.display().to_string())?;
    // Private to its owner, as the app's encrypted saves are.
    write_private(output, &bytes)?;
    println!(
        "Wrote {} ({} bytes), encrypted with the passphrase. {} itself is unchanged: delete it if it should not stay readable.",
        output.display(),
        bytes.len(),
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

pub(super) fn decrypt(
    path: &Path,
    output: &Path,
    args: &PassphraseArgs,
) -> anyhow::Result<ExitCode> {
    refuse_overwriting_inputs(output, &[path])?;
    if matches!(read_maybe_encrypted(path)?, MaybeEncrypted::Plain(_)) {
        bail!("{}: this file is not encrypted", path.display());
    }
    let source = read_assessment_source(path, args)?;
    write_atomic(output, source.text().as_bytes())?;
    println!("Wrote {} (not encrypted).", output.display());
    Ok(ExitCode::SUCCESS)
}
