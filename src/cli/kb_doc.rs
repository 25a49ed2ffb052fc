//! `msgdpia kb-doc [--verification] [-o FILE]`: the knowledge base as Markdown, for review by a
//! lawyer, or its verification record.

use super::inputs::{SourceArgs, knowledge_source};
use crate::bundle::Bundle;
use crate::embedded;
use crate::io::{read_source, refuse_overwriting_inputs, write_atomic};
use crate::present::knowledge_review::review_markdown;
use crate::present::verification_record::verification_markdown;
use std::path::Path;
use std::process::ExitCode;

pub(super) fn run(
    output: Option<&Path>,
    verification: bool,
    args: &SourceArgs,
) -> anyhow::Result<ExitCode> {
    let knowledge = knowledge_source(args)?;
    let questionnaire = match &args.questionnaire {
        Some(path) => read_source(path)?,
        None => embedded::questionnaire_sources().remove(0),
    };
    let bundle = Bundle::load(&knowledge, &questionnaire)?;
    let markdown = if verification {
        verification_markdown(&bundle.knowledge)
    } else {
        review_markdown(&bundle.knowledge, &bundle.questionnaire)
    };
    match output {
        Some(path) => {
            let inputs: Vec<&Path> = args.files().collect();
            refuse_overwriting_inputs(path, &inputs)?;
            write_atomic(path, markdown.as_bytes())?;
            println!("Wrote {}", path.display());
        }
        None => print!("{markdown}"),
    }
    Ok(ExitCode::SUCCESS)
}
