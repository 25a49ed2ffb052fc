//! Loading the inputs of a command: the knowledge base and questionnaire (built in, or from
//! files given on the command line) and an assessment.

use crate::assessment::{self, Assessment};
use crate::bundle::{Bundle, pick_questionnaire};
use crate::diagnostic::Diagnostic;
use crate::embedded;
use crate::io::read_source;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::Questionnaire;
use crate::source::SourceFile;
use anyhow::{Context, bail};
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
}

/// The knowledge base's source: the file given, or the built-in one.
pub(super) fn knowledge_source(args: &SourceArgs) -> anyhow::Result<SourceFile> {
    match &args.knowledge_base {
        Some(path) => Ok(read_source(path)?),
        None => Ok(embedded::knowledge_base_source()),
    }
}

/// An assessment with the bundle it is scored with, and the answers that do not fit.
pub(super) struct Loaded {
    pub assessment: Assessment,
    pub bundle: Bundle,
    pub notes: Vec<String>,
}

/// Loads an assessment and the knowledge base and questionnaire it needs.
pub(super) fn load_assessment(path: &Path, args: &SourceArgs) -> anyhow::Result<Loaded> {
    let source = read_source(path)?;
    let checked = Assessment::load(&source)?;
    let assessment = checked.value;
    let kb_source = knowledge_source(args)?;
    let kb = KnowledgeBase::load(&kb_source)?;
    let q_source = questionnaire_source(&assessment, args, &kb.value)?;
    let bundle = Bundle::with_knowledge(kb, &kb_source, &q_source)?;
    let mut notes: Vec<String> = checked.warnings.iter().map(Diagnostic::to_string).collect();
    notes.extend(bundle.warnings.iter().map(Diagnostic::to_string));
    notes.extend(fit_notes(&source, &assessment, &bundle));
    Ok(Loaded {
        assessment,
        bundle,
        notes,
    })
}

/// Which questionnaire the assessment is scored against.
fn questionnaire_source(
    assessment: &Assessment,
    args: &SourceArgs,
    kb: &KnowledgeBase,
) -> anyhow::Result<SourceFile> {
    if let Some(path) = &args.questionnaire {
        return Ok(read_source(path)?);
    }
    let sources = embedded::questionnaire_sources();
    let loaded: Vec<Questionnaire> = sources
        .iter()
        .map(|s| Questionnaire::load(s, kb).map(|c| c.value))
        .collect::<Result<_, _>>()
        .context(
            "a built-in questionnaire does not fit this knowledge base; pass --questionnaire FILE",
        )?;
    let candidates: Vec<(String, String)> = loaded
        .iter()
        .map(|q| (q.id.clone(), q.version.clone()))
        .collect();
    match pick_questionnaire(
        &candidates,
        &assessment.questionnaire_id,
        &assessment.questionnaire_version,
    ) {
        Some(index) => Ok(sources[index].clone()),
        None => bail!(
            "the assessment answers questionnaire `{}` version {}, which is not built in; pass it with --questionnaire FILE",
            assessment.questionnaire_id,
            assessment.questionnaire_version
        ),
    }
}

/// Messages for a questionnaire-version mismatch and for every answer that does not fit, each
/// located in the assessment file.
fn fit_notes(source: &SourceFile, assessment: &Assessment, bundle: &Bundle) -> Vec<String> {
    let q = &bundle.questionnaire;
    let mut notes = Vec::new();
    if assessment.questionnaire_id != q.id || assessment.questionnaire_version != q.version {
        notes.push(format!(
            "{}: the assessment was answered against questionnaire {} {}, and is read with {} {}",
            source.name(),
            assessment.questionnaire_id,
            assessment.questionnaire_version,
            q.id,
            q.version
        ));
    }
    for misfit in assessment::misfits(&assessment.answers, q, &bundle.knowledge) {
        let at = source.locate(&[misfit.question.as_str()]);
        notes.push(format!(
            "{}:{}:{}: {}",
            source.name(),
            at.line,
            at.column,
            misfit.problem
        ));
    }
    notes
}
