//! `msgdpia report ASSESSMENT -o REPORT.pdf`: render one report and write it atomically; with
//! several assessments and `--output-dir`, render them all (see [`super::batch`]).

use super::inputs::{SourceArgs, load_assessment};
use crate::date::Date;
use crate::io::{refuse_overwriting_inputs, today, write_atomic};
use crate::pdf::{self, PageSize};
use crate::present::language::Language;
use crate::present::print_warnings;
use crate::present::vocabulary::Words;
use crate::report_format::Format;
use anyhow::{Context, bail};
use std::path::Path;
use std::process::ExitCode;

/// Paper sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum Paper {
    /// ISO A4.
    A4,
    /// US Letter.
    Letter,
}

/// How every report of one command is made.
#[derive(Clone, Copy, Debug)]
pub(super) struct Settings<'a> {
    /// Where the knowledge base, questionnaire and passphrase come from.
    pub sources: &'a SourceArgs,
    /// The report date.
    pub date: Date,
    /// The paper size of PDFs and Word documents.
    pub paper: Paper,
    /// PDF, HTML or Word.
    pub format: Format,
    /// The report's language.
    pub language: Language,
}

/// The date given with `--date`, or today; a date that is not one is refused in `words`'
/// language.
pub(super) fn report_date(date: Option<&str>, words: &Words) -> anyhow::Result<Date> {
    match date {
        None => Ok(today()),
        Some(text) => match Date::parse(text) {
            Some(date) => Ok(date),
            None => bail!(words.with_texts("cli-date-invalid", &[("text", text)])),
        },
    }
}

/// Loads, scores and renders one assessment; the warnings on the way are returned, not printed,
/// so that a batch can print each file's together.
pub(super) fn render(
    path: &Path,
    settings: &Settings<'_>,
) -> anyhow::Result<(Vec<u8>, String, Vec<String>)> {
    let (loaded, knowledge_source) =
        load_assessment(path, settings.sources, Words::shared(settings.language))?;
    let scoring = loaded.bundle.score(&loaded.assessment);
    // Scored by id with the files as they are; written in the words of the report's language.
    let words = Words::shared(settings.language);
    let (document, untranslated) = loaded.bundle.report_in_language(
        &knowledge_source,
        settings.language,
        &loaded.assessment,
        &scoring,
        settings.date,
    );
    let mut notes: Vec<String> = loaded.notes.iter().map(|n| n.in_words(words)).collect();
    notes.extend(
        untranslated
            .iter()
            .map(|said| format!("{}: {}", path.display(), said.in_words(words))),
    );
    // Characters the report font lacks are drawn with an installed font when one has them
    // all; whatever is left is named before the file is written. Only a PDF embeds fonts.
    let fallback = if settings.format.embeds_fonts() {
        let characters = pdf::Characters::of(&document);
        let fallback = crate::system_fonts::fallback_for(&characters);
        let warnings = pdf::print_warnings(&characters, fallback.as_ref())
            .with_context(|| format!("{}: {}", path.display(), words.get("cli-cannot-render")))?;
        notes.extend(
            print_warnings::in_words(&warnings, words)
                .map(|warning| format!("{}: {warning}", path.display())),
        );
        fallback
    } else {
        None
    };
    let size = match settings.paper {
        Paper::A4 => PageSize::A4,
        Paper::Letter => PageSize::LETTER,
    };
    let bytes = settings
        .format
        .render(&document, size, fallback.as_ref())
        .with_context(|| format!("{}: {}", path.display(), words.get("cli-cannot-render")))?;
    let headline = crate::present::verdict::headline(&scoring, words);
    Ok((bytes, headline, notes))
}

/// One report, written to `output`.
pub(super) fn run(path: &Path, output: &Path, settings: &Settings<'_>) -> anyhow::Result<ExitCode> {
    let inputs: Vec<&Path> = std::iter::once(path)
        .chain(settings.sources.files())
        .collect();
    refuse_overwriting_inputs(output, &inputs)?;
    let (bytes, stance, notes) = render(path, settings)?;
    let words = Words::shared(settings.language);
    for note in &notes {
        eprintln!("{}", words.with_texts("score-warning", &[("text", note)]));
    }
    write_atomic(output, &bytes)?;
    let file = output.display().to_string();
    let wrote = words.with_texts(
        "cli-wrote",
        &[
            ("file", &file),
            ("bytes", &bytes.len().to_string()),
            ("stance", &stance),
        ],
    );
    println!("{wrote}");
    Ok(ExitCode::SUCCESS)
}
