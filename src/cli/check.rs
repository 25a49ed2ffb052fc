//! `msgdpia check FILE...`: validate files of any kind and say what is wrong, where.

use super::EXIT_INVALID;
use super::inputs::{SourceArgs, knowledge_source, load_assessment, read_assessment_source};
use crate::diagnostic::Checked;
use crate::knowledge::KnowledgeBase;
use crate::present::language::Language;
use crate::present::vocabulary::{FluentArgs, Words};
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

pub(super) fn run(
    files: &[std::path::PathBuf],
    args: &SourceArgs,
    language: Language,
) -> anyhow::Result<ExitCode> {
    let words = Words::shared(language);
    let mut all_ok = true;
    for path in files {
        match check_file(path, args, words) {
            Ok(summary) => {
                let file = path.display().to_string();
                let ok = words.with_texts("check-ok", &[("file", &file), ("summary", &summary)]);
                println!("{ok}");
            }
            Err(error) => {
                all_ok = false;
                eprintln!("{}", super::language::worded(&error, words));
            }
        }
    }
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_INVALID)
    })
}

fn check_file(path: &Path, args: &SourceArgs, words: &Words) -> anyhow::Result<String> {
    // Only assessments are ever encrypted, and reading one that is asks for its passphrase.
    let source = read_assessment_source(path, &args.passphrase, words)?;
    match kind_of(&source) {
        Some(Kind::KnowledgeBase) => {
            let kb = KnowledgeBase::load(&source)?;
            print_warnings(&kb, words);
            let v = &kb.value;
            let mut counts = FluentArgs::new();
            counts.set("id", v.id.as_str());
            counts.set("version", v.version.as_str());
            counts.set("risks", v.risks.len());
            counts.set("controls", v.controls.len());
            counts.set("apps", v.apps.len());
            Ok(words.with("check-knowledge-base", &counts))
        }
        Some(Kind::Questionnaire) => {
            let kb = KnowledgeBase::load(&knowledge_source(args)?)?;
            let q = Questionnaire::load(&source, &kb.value)?;
            print_warnings(&q, words);
            let v = &q.value;
            let mut counts = FluentArgs::new();
            counts.set("id", v.id.as_str());
            counts.set("version", v.version.as_str());
            counts.set("sections", v.sections.len());
            counts.set("questions", v.questions().count());
            counts.set("rules", v.rules.len());
            Ok(words.with("check-questionnaire", &counts))
        }
        Some(Kind::QuestionnaireTranslation) => check_translation(&source, args, words),
        Some(Kind::KnowledgeBaseTranslation) => {
            let kb =
                KnowledgeBase::load_translated(&knowledge_source(args)?, Some((&source, None)))?;
            print_warnings(&kb, words);
            let v = &kb.value;
            let mut counts = FluentArgs::new();
            counts.set("id", v.id.as_str());
            counts.set("version", v.version.as_str());
            counts.set("risks", v.risks.len());
            counts.set("exposures", v.exposures.len());
            counts.set("controls", v.controls.len());
            counts.set("facts", v.facts.len());
            Ok(words.with("check-knowledge-base-translation", &counts))
        }
        Some(Kind::Assessment) => check_assessment(path, args, words),
        None => {
            if let Some(empty) = crate::ron_file::empty_file(&source) {
                return Err(empty.into());
            }
            let said = words.get("check-unknown-kind");
            anyhow::bail!("{}:1:1: {said}", source.name())
        }
    }
}

/// A translation, against the questionnaire given with `--questionnaire` or the built-in one.
fn check_translation(
    source: &SourceFile,
    args: &SourceArgs,
    words: &Words,
) -> anyhow::Result<String> {
    let kb = KnowledgeBase::load(&knowledge_source(args)?)?;
    let questionnaire = match &args.questionnaire {
        Some(path) => crate::io::read_source(path)?,
        None => crate::embedded::questionnaire_sources().remove(0),
    };
    // The questionnaire's own faults are said of its own file first; what is wrong once
    // translated is then the translation's.
    Questionnaire::load(&questionnaire, &kb.value)?;
    let q = Questionnaire::load_translated(&questionnaire, Some((source, None)), &kb.value)?;
    print_warnings(&q, words);
    let v = &q.value;
    let mut counts = FluentArgs::new();
    counts.set("id", v.id.as_str());
    counts.set("version", v.version.as_str());
    counts.set("sections", v.sections.len());
    counts.set("questions", v.questions().count());
    Ok(words.with("check-questionnaire-translation", &counts))
}

fn check_assessment(path: &Path, args: &SourceArgs, words: &Words) -> anyhow::Result<String> {
    let (loaded, _) = load_assessment(path, args, words)?;
    let q = &loaded.bundle.questionnaire;
    let same_version = crate::opening::same_questionnaire(&loaded.assessment, q);
    let misfits =
        crate::assessment::misfits(&loaded.assessment.answers, q, &loaded.bundle.knowledge);
    if same_version && !misfits.is_empty() {
        let notes: Vec<String> = loaded.notes.iter().map(|n| n.in_words(words)).collect();
        anyhow::bail!("{}", notes.join("\n"));
    }
    for note in &loaded.notes {
        let text = note.in_words(words);
        eprintln!("{}", words.with_texts("score-warning", &[("text", &text)]));
    }
    let mut counts = FluentArgs::new();
    counts.set(
        "organisation",
        loaded.assessment.metadata.organisation.as_str(),
    );
    counts.set("id", q.id.as_str());
    counts.set("version", q.version.as_str());
    counts.set("answers", loaded.assessment.answers.len());
    Ok(words.with("check-assessment", &counts))
}

fn print_warnings<T>(checked: &Checked<T>, words: &Words) {
    for warning in &checked.warnings {
        let text = warning.in_words(words);
        eprintln!("{}", words.with_texts("score-warning", &[("text", &text)]));
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
