//! `msgdpia translation-template --lang TAG [--questionnaire FILE | --knowledge-base [FILE]]
//! [-o FILE]`: the overlay file a translator fills in, holding every text to translate in its
//! own words and order.

use crate::embedded;
use crate::io::{read_source, refuse_overwriting_inputs, write_atomic};
use crate::present::language::Language;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What is translated, from which file (the built-in one when none).
pub(super) enum Of {
    /// A questionnaire.
    Questionnaire(Option<PathBuf>),
    /// The knowledge base.
    KnowledgeBase(Option<PathBuf>),
}

pub(super) fn run(language: &str, of: &Of, output: Option<&Path>) -> anyhow::Result<ExitCode> {
    let Some(language) = Language::from_tag(language) else {
        anyhow::bail!(
            "msgdpia speaks no language `{language}`: expected one of {}",
            Language::ALL.map(Language::tag).join(", ")
        );
    };
    let (file, template) = match of {
        Of::Questionnaire(file) => {
            let source = match file {
                Some(path) => read_source(path)?,
                None => embedded::questionnaire_sources().remove(0),
            };
            let template = crate::questionnaire::translation_template(&source, language.tag())?;
            (file, template)
        }
        Of::KnowledgeBase(file) => {
            let source = match file {
                Some(path) => read_source(path)?,
                None => embedded::knowledge_base_source(),
            };
            let template = crate::knowledge::translation_template(&source, language.tag())?;
            (file, template)
        }
    };
    match output {
        Some(path) => {
            let inputs: Vec<&Path> = file.iter().map(PathBuf::as_path).collect();
            refuse_overwriting_inputs(path, &inputs)?;
            write_atomic(path, template.as_bytes())?;
            println!("Wrote {}", path.display());
        }
        None => println!("{template}"),
    }
    Ok(ExitCode::SUCCESS)
}
