//! `msgdpia export-pia ASSESSMENT -o PIA.json` and `msgdpia import-pia PIA.json -o
//! ASSESSMENT.ron`: an assessment as a file the CNIL's PIA tool imports, and such a file as a
//! new assessment, with what could not be carried over listed on standard output. Both write
//! atomically and refuse to write over an input. The mapping is in docs/interop.md.

use super::inputs::{SourceArgs, knowledge_source, load_assessment};
use super::report::report_date;
use crate::bundle::Bundle;
use crate::embedded;
use crate::interop::cnil_pia;
use crate::io::{read_source, refuse_overwriting_inputs, write_atomic};
use crate::present::language::Language;
use crate::present::vocabulary::Words;
use anyhow::Context;
use std::path::Path;
use std::process::ExitCode;

/// Writes the assessment at `path` as a CNIL PIA export to `output`, dated `date` (today by
/// default), its texts in `language`.
pub(super) fn export(
    path: &Path,
    output: &Path,
    date: Option<&str>,
    sources: &SourceArgs,
    language: Language,
) -> anyhow::Result<ExitCode> {
    let inputs: Vec<&Path> = std::iter::once(path).chain(sources.files()).collect();
    refuse_overwriting_inputs(output, &inputs)?;
    let words = Words::shared(language);
    let date = report_date(date, words)?;
    let (loaded, knowledge) = load_assessment(path, sources, words)?;
    for note in &loaded.notes {
        let text = note.in_words(words);
        eprintln!("{}", words.with_texts("score-warning", &[("text", &text)]));
    }
    // Scored by id with the files as they are; named in the words of the language asked.
    let scoring = loaded.bundle.score(&loaded.assessment);
    let bundle = loaded.bundle.in_language(&knowledge, language);
    let file = cnil_pia::export(&loaded.assessment, &bundle, &scoring, date, words);
    if !scoring.complete {
        let text = words.get("cnil-pia-export-incomplete");
        eprintln!("{}", words.with_texts("score-warning", &[("text", &text)]));
    }
    let mut json =
        serde_json::to_string_pretty(&file).with_context(|| words.get("cli-pia-not-json"))?;
    json.push('\n');
    write_atomic(output, json.as_bytes())?;
    let wrote = words.with_texts(
        "cnil-pia-wrote",
        &[
            ("file", &output.display().to_string()),
            ("bytes", &json.len().to_string()),
        ],
    );
    println!("{wrote}");
    Ok(ExitCode::SUCCESS)
}

/// Writes the CNIL PIA export at `path` as a new assessment of the built-in questionnaire (or
/// the one given) to `output`, dated `date` (today by default), and lists what it could not
/// carry over.
pub(super) fn import(
    path: &Path,
    output: &Path,
    date: Option<&str>,
    sources: &SourceArgs,
    language: Language,
) -> anyhow::Result<ExitCode> {
    let inputs: Vec<&Path> = std::iter::once(path).chain(sources.files()).collect();
    refuse_overwriting_inputs(output, &inputs)?;
    let words = Words::shared(language);
    let date = report_date(date, words)?;
    let source = read_source(path)?;
    let file = cnil_pia::parse(&source)?;
    let knowledge = knowledge_source(sources)?;
    let questionnaire = match &sources.questionnaire {
        Some(questionnaire) => read_source(questionnaire)?,
        None => embedded::questionnaire_sources()
            .into_iter()
            .next()
            .with_context(|| words.get("cli-no-built-in-questionnaire"))?,
    };
    let bundle = Bundle::load(&knowledge, &questionnaire)?;
    let imported = cnil_pia::import(&file, &bundle.questionnaire, date, words);
    write_atomic(output, imported.assessment.to_ron().as_bytes())?;
    let file = output.display().to_string();
    println!(
        "{}",
        words.with_texts("cnil-pia-imported", &[("file", &file)])
    );
    for line in crate::present::cnil_pia::unmapped_list(&imported.unmapped, words) {
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
