//! Loading the inputs of a command: the knowledge base and questionnaire (built in, or from
//! files given on the command line) and an assessment.

use super::passphrase::{PassphraseArgs, Purpose, passphrase_for};
use crate::embedded;
use crate::io::{MaybeEncrypted, read_maybe_encrypted, read_source};
use crate::opening::{Opened, open};
use crate::present::vocabulary::Words;
use crate::source::SourceFile;
use clap::Args;
use std::path::{Path, PathBuf};

/// Options naming a custom knowledge base or questionnaire instead of the built-in ones.
#[derive(Debug, Args)]
pub(super) struct SourceArgs {
    /// Use this knowledge base instead of the built-in one.
    #[arg(long = "knowledge-base", value_name = "FILE")]
    pub knowledge_base: Option<PathBuf>,
    /// Use this questionnaire instead of the built-in one the assessment names.
    #[arg(long, value_name = "FILE")]
    pub questionnaire: Option<PathBuf>,
    #[command(flatten)]
    pub passphrase: PassphraseArgs,
}

/// The knowledge base's source: the file given, or the built-in one.
impl SourceArgs {
    /// The files these options name, besides the assessment: an output must not be one of them.
    pub(super) fn files(&self) -> impl Iterator<Item = &Path> {
        [&self.knowledge_base, &self.questionnaire]
            .into_iter()
            .flatten()
            .map(PathBuf::as_path)
    }
}

pub(super) fn knowledge_source(args: &SourceArgs) -> anyhow::Result<SourceFile> {
    match &args.knowledge_base {
        Some(path) => {
            let source = read_source(path)?;
            // Only a file the user gives can carry a date from the future; the built-in
            // knowledge base is checked by a test.
            let knowledge = crate::knowledge::KnowledgeBase::load(&source)?.value;
            crate::knowledge::refuse_checks_after(&knowledge, &source, crate::io::today())?;
            Ok(source)
        }
        None => Ok(embedded::knowledge_base_source()),
    }
}

/// Reads an assessment file, decrypting it if it is encrypted.
/// A passphrase asked for on the terminal is asked in `words`' language.
pub(super) fn read_assessment_source(
    path: &Path,
    args: &PassphraseArgs,
    words: &Words,
) -> anyhow::Result<SourceFile> {
    match read_maybe_encrypted(path)? {
        MaybeEncrypted::Plain(source) => Ok(source),
        MaybeEncrypted::Encrypted(file) => {
            let passphrase = passphrase_for(path, args, Purpose::Open, words)?;
            Ok(file.decrypt(&passphrase)?)
        }
    }
}

/// Reads an assessment (decrypting it if needed) and the files it needs, and opens it; with
/// the knowledge base's file, which a translation of it must fit. A passphrase is asked for in
/// `words`' language.
pub(super) fn load_assessment(
    path: &Path,
    args: &SourceArgs,
    words: &Words,
) -> anyhow::Result<(Opened, SourceFile)> {
    let source = read_assessment_source(path, &args.passphrase, words)?;
    let knowledge = knowledge_source(args)?;
    let questionnaire = args.questionnaire.as_deref().map(read_source).transpose()?;
    let opened = open(
        &source,
        &knowledge,
        questionnaire.as_ref(),
        &embedded::questionnaire_sources(),
    )?;
    Ok((opened, knowledge))
}
