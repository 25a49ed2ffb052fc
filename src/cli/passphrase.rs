//! Where the CLI gets the passphrase of an encrypted assessment: a file, an environment
//! variable, or the terminal. Never a command-line argument, which other users of the machine
//! could read in the process list.

use crate::encryption::Passphrase;
use crate::present::vocabulary::Words;
use anyhow::{Context, anyhow};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// The environment variable holding a passphrase, for scripts.
pub const PASSPHRASE_VARIABLE: &str = "MSGDPIA_PASSPHRASE";

/// Where to find the passphrase of an encrypted assessment.
#[derive(Debug, Default, clap::Args)]
pub(super) struct PassphraseArgs {
    /// Read the passphrase of an encrypted assessment from this file (its first line). The
    /// MSGDPIA_PASSPHRASE environment variable works too; in a terminal msgdpia asks.
    #[arg(long = "passphrase-file", value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

/// Whether a new passphrase is being chosen (typed twice) or an existing one given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Purpose {
    /// To open an encrypted file.
    Open,
    /// To encrypt a file.
    Choose,
}

/// The passphrase for `file`: from `passphrase_file` (its first line), else from
/// `MSGDPIA_PASSPHRASE`, else asked on the terminal, else an error saying how to give it; the
/// question and the errors in `words`' language.
pub(super) fn passphrase_for(
    file: &Path,
    args: &PassphraseArgs,
    purpose: Purpose,
    words: &Words,
) -> anyhow::Result<Passphrase> {
    let text = if let Some(path) = &args.passphrase_file {
        let bytes = crate::io::read_bytes(path)?;
        // Our words alone: the decoder's own (English) reason would follow them as a cause.
        let text = String::from_utf8(bytes).map_err(|_| {
            anyhow::anyhow!(
                "{}: {}",
                path.display(),
                words.get("cli-passphrase-file-not-text")
            )
        })?;
        first_line(&text).to_string()
    } else if let Ok(text) = std::env::var(PASSPHRASE_VARIABLE) {
        text
    } else if std::io::stdin().is_terminal() {
        ask(file, purpose, words)?
    } else {
        let why = match purpose {
            Purpose::Open => "open",
            Purpose::Choose => "choose",
        };
        let needed = words.with_texts(
            "cli-passphrase-needed",
            &[("purpose", why), ("variable", PASSPHRASE_VARIABLE)],
        );
        return Err(anyhow!("{}: {needed}", file.display()));
    };
    match purpose {
        Purpose::Open => Passphrase::new(text),
        Purpose::Choose => Passphrase::new_chosen(text),
    }
    .with_context(|| format!("{}", file.display()))
}

/// The first line, without its line ending: a passphrase file written by `echo` ends in one.
fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

/// Asks on the terminal; twice when a new passphrase is chosen. Each question is followed by a
/// space, where the typing starts.
fn ask(file: &Path, purpose: Purpose, words: &Words) -> anyhow::Result<String> {
    let file = file.display().to_string();
    let prompt = words.with_texts("cli-passphrase-prompt", &[("file", &file)]);
    let unreadable = || words.get("cli-passphrase-unreadable");
    let first = rpassword::prompt_password(format!("{prompt} ")).with_context(unreadable)?;
    if purpose == Purpose::Choose {
        let again = format!("{} ", words.get("cli-passphrase-again"));
        let again = rpassword::prompt_password(again).with_context(unreadable)?;
        if again != first {
            return Err(anyhow!(words.get("cli-passphrases-differ")));
        }
    }
    Ok(first)
}

#[cfg(test)]
mod tests {
    use super::first_line;

    #[test]
    fn a_passphrase_file_gives_its_first_line_without_the_line_ending() {
        assert_eq!(first_line("s3cret phrase\n"), "s3cret phrase");
        assert_eq!(first_line("s3cret\r\nsecond line"), "s3cret");
        assert_eq!(first_line(""), "");
    }
}
