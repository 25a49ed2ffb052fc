//! `msgdpia check FILE...`: validate files of any kind and say what is wrong, where.

use super::EXIT_INVALID;
use super::inputs::{SourceArgs, knowledge_source, load_assessment, read_assessment_source};
use crate::diagnostic::Checked;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::Questionnaire;
use crate::source::SourceFile;
use std::path::Path;
use std::process::ExitCode;

/// The kinds of file msgdpia reads, told apart by the name of their outermost item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Questionnaire,
    QuestionnaireTranslation,
    KnowledgeBase,
    KnowledgeBaseTranslation,
    Assessment,
}

pub(super) fn run(files: &[std::path::PathBuf], args: &SourceArgs) -> anyhow::Result<ExitCode> {
    let mut all_ok = true;
    for path in files {
        match check_file(path, args) {
            Ok(summary) => println!("OK: {}: {summary}", path.display()),
            Err(error) => {
                all_ok = false;
                eprintln!("{error:#}");
            }
        }
    }
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_INVALID)
    })
}

fn check_file(path: &Path, args: &SourceArgs) -> anyhow::Result<String> {
    // Only assessments are ever encrypted, and reading one that is asks for its passphrase.
    let source = read_assessment_source(path, &args.passphrase)?;
    match kind_of(&source) {
        Some(Kind::KnowledgeBase) => {
            let kb = KnowledgeBase::load(&source)?;
            print_warnings(&kb);
            let v = &kb.value;
            Ok(format!(
                "knowledge base {} {}: {} risks, {} controls, {} apps",
                v.id,
                v.version,
                v.risks.len(),
                v.controls.len(),
                v.apps.len()
            ))
        }
        Some(Kind::Questionnaire) => {
            let kb = KnowledgeBase::load(&knowledge_source(args)?)?;
            let q = Questionnaire::load(&source, &kb.value)?;
            print_warnings(&q);
            let v = &q.value;
            Ok(format!(
                "questionnaire {} {}: {} sections, {} questions, {} rules",
                v.id,
                v.version,
                v.sections.len(),
                v.questions().count(),
                v.rules.len()
            ))
        }
        Some(Kind::QuestionnaireTranslation) => check_translation(&source, args),
        Some(Kind::KnowledgeBaseTranslation) => {
            let kb =
                KnowledgeBase::load_translated(&knowledge_source(args)?, Some((&source, None)))?;
            print_warnings(&kb);
            let v = &kb.value;
            Ok(format!(
                "translation of knowledge base {} {}: {} risks, {} exposures, {} controls, {} facts",
                v.id,
                v.version,
                v.risks.len(),
                v.exposures.len(),
                v.controls.len(),
                v.facts.len()
            ))
        }
        Some(Kind::Assessment) => check_assessment(path, args),
        None => {
            if let Some(empty) = crate::ron_file::empty_file(&source) {
                return Err(empty.into());
            }
            anyhow::bail!(
                "{}:1:1: cannot tell what kind of file this is: expected it to start with `Questionnaire(`, `QuestionnaireTranslation(`, `KnowledgeBase(`, `KnowledgeBaseTranslation(` or `Assessment(`",
                source.name()
            )
        }
    }
}

/// A translation, against the questionnaire given with `--questionnaire` or the built-in one.
fn check_translation(source: &SourceFile, args: &SourceArgs) -> anyhow::Result<String> {
    let kb = KnowledgeBase::load(&knowledge_source(args)?)?;
    let questionnaire = match &args.questionnaire {
        Some(path) => crate::io::read_source(path)?,
        None => crate::embedded::questionnaire_sources().remove(0),
    };
    // The questionnaire's own faults are said of its own file first; what is wrong once
    // translated is then the translation's.
    Questionnaire::load(&questionnaire, &kb.value)?;
    let q = Questionnaire::load_translated(&questionnaire, Some((source, None)), &kb.value)?;
    print_warnings(&q);
    let v = &q.value;
    Ok(format!(
        "translation of questionnaire {} {}: {} sections, {} questions",
        v.id,
        v.version,
        v.sections.len(),
        v.questions().count()
    ))
}

fn check_assessment(path: &Path, args: &SourceArgs) -> anyhow::Result<String> {
    let loaded = load_assessment(path, args)?;
    let q = &loaded.bundle.questionnaire;
    let same_version = crate::opening::same_questionnaire(&loaded.assessment, q);
    let misfits =
        crate::assessment::misfits(&loaded.assessment.answers, q, &loaded.bundle.knowledge);
    if same_version && !misfits.is_empty() {
        anyhow::bail!("{}", loaded.notes.join("\n"));
    }
    for note in &loaded.notes {
        eprintln!("warning: {note}");
    }
    Ok(format!(
        "assessment of {} answering {} {} ({} answers)",
        loaded.assessment.metadata.organisation,
        q.id,
        q.version,
        loaded.assessment.answers.len()
    ))
}

fn print_warnings<T>(checked: &Checked<T>) {
    for warning in &checked.warnings {
        eprintln!("warning: {warning}");
    }
}

/// Reads the first identifier of the file, after comments and blank space.
fn kind_of(source: &SourceFile) -> Option<Kind> {
    let mut rest = source.text().trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, tail)| tail);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, tail)| tail);
        } else if rest.starts_with("#![") {
            rest = rest.split_once(']').map_or("", |(_, tail)| tail);
        } else {
            break;
        }
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    match word.as_str() {
        "Questionnaire" => Some(Kind::Questionnaire),
        "QuestionnaireTranslation" => Some(Kind::QuestionnaireTranslation),
        "KnowledgeBase" => Some(Kind::KnowledgeBase),
        "KnowledgeBaseTranslation" => Some(Kind::KnowledgeBaseTranslation),
        "Assessment" => Some(Kind::Assessment),
        _ => None,
    }
}
