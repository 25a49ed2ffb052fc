//! `msgdpia report ASSESSMENT -o REPORT.pdf`: render the PDF and write it atomically.

use super::inputs::{SourceArgs, load_assessment};
use crate::date::Date;
use crate::io::{today, write_atomic};
use crate::pdf::{self, PageSize};
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

pub(super) fn run(
    path: &Path,
    output: &Path,
    args: &SourceArgs,
    date: Option<&str>,
    paper: Paper,
) -> anyhow::Result<ExitCode> {
    let report_date = match date {
        None => today(),
        Some(text) => match Date::parse(text) {
            Some(date) => date,
            None => bail!(
                "--date must be a real date written YYYY-MM-DD, such as 2026-03-31; found `{text}`"
            ),
        },
    };
    let loaded = load_assessment(path, args)?;
    for note in &loaded.notes {
        eprintln!("warning: {note}");
    }
    let scoring = loaded.bundle.score(&loaded.assessment);
    let document = loaded
        .bundle
        .report(&loaded.assessment, &scoring, report_date);
    let size = match paper {
        Paper::A4 => PageSize::A4,
        Paper::Letter => PageSize::LETTER,
    };
    let is_html = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let bytes = if is_html {
        crate::html::render(&document).into_bytes()
    } else {
        pdf::render(&document, size).context("cannot render the report")?
    };
    write_atomic(output, &bytes)?;
    println!(
        "Wrote {} ({} bytes): stance {}",
        output.display(),
        bytes.len(),
        scoring.stance
    );
    Ok(ExitCode::SUCCESS)
}
