//! Native file dialogs behind a small trait, so tests never open one and a machine without a
//! dialog service (no XDG portal, headless) falls back to a path typed in the app.

use crate::present::vocabulary::Words;
use crate::report_format::Format;
use std::path::PathBuf;

/// What a file dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Open an assessment.
    OpenAssessment,
    /// Open a questionnaire to start a new assessment with it.
    OpenQuestionnaire,
    /// Open a knowledge-base file to score with instead of the built-in one.
    OpenKnowledgeBase,
    /// Save an assessment.
    SaveAssessment,
    /// Export the PDF report.
    ExportPdf,
    /// Export the report as HTML.
    ExportHtml,
    /// Export the report as a Word document.
    ExportWord,
    /// Export the assessment as a CNIL PIA (the CNIL PIA tool's JSON).
    ExportCnilPia,
    /// Import a CNIL PIA as a new assessment.
    ImportCnilPia,
}

impl Purpose {
    /// The message naming what the file is for: the dialog's title, and the fallback prompt's.
    pub fn title(self) -> &'static str {
        match self {
            Purpose::OpenAssessment => "dialog-open-assessment",
            Purpose::OpenQuestionnaire => "dialog-open-questionnaire",
            Purpose::OpenKnowledgeBase => "dialog-open-knowledge-base",
            Purpose::SaveAssessment => "dialog-save-assessment",
            Purpose::ExportPdf => "dialog-export-pdf",
            Purpose::ExportHtml => "dialog-export-html",
            Purpose::ExportWord => "dialog-export-word",
            Purpose::ExportCnilPia => "dialog-export-cnil-pia",
            Purpose::ImportCnilPia => "dialog-import-cnil-pia",
        }
    }

    /// The message naming the kind of file the dialog lists, and the extension of its files.
    fn filter(self) -> (&'static str, &'static str) {
        match self {
            Purpose::OpenAssessment | Purpose::SaveAssessment => {
                ("dialog-filter-assessment", "msgdpia")
            }
            Purpose::OpenQuestionnaire => ("dialog-filter-questionnaire", "ron"),
            Purpose::OpenKnowledgeBase => ("dialog-filter-knowledge-base", "ron"),
            Purpose::ExportPdf => ("dialog-filter-pdf", Format::Pdf.extension()),
            Purpose::ExportHtml => ("dialog-filter-html", Format::Html.extension()),
            Purpose::ExportWord => ("dialog-filter-word", Format::Docx.extension()),
            Purpose::ExportCnilPia | Purpose::ImportCnilPia => ("dialog-filter-cnil-pia", "json"),
        }
    }

    /// The format the report is exported in, for the export dialogs.
    pub fn exports(self) -> Option<Format> {
        match self {
            Purpose::ExportPdf => Some(Format::Pdf),
            Purpose::ExportHtml => Some(Format::Html),
            Purpose::ExportWord => Some(Format::Docx),
            _ => None,
        }
    }

    /// The extensions of the files the dialog lists: its filter's, and, to open an assessment,
    /// also `.ron` (assessments saved before `.msgdpia`) and `.age` (encrypted ones,
    /// `NAME.msgdpia.age` or `NAME.ron.age`).
    pub fn extensions(self) -> Vec<&'static str> {
        let also: &[&'static str] = match self {
            Purpose::OpenAssessment => &["ron", "age"],
            _ => &[],
        };
        std::iter::once(self.filter().1)
            .chain(also.iter().copied())
            .collect()
    }

    /// Whether the dialog asks where to write a new file rather than which file to read.
    fn saves(self) -> bool {
        matches!(self, Purpose::SaveAssessment | Purpose::ExportCnilPia) || self.exports().is_some()
    }
}

/// Asks the user for a file. `None` means cancelled or no dialog available; the app then offers
/// a path field.
pub trait FileDialogs {
    /// Asks for a file, suggesting `suggested_name` when saving, in the interface's `words`.
    fn ask(&self, purpose: Purpose, suggested_name: &str, words: &Words) -> Option<PathBuf>;
}

/// The operating system's dialogs, through rfd (XDG portal on Linux).
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn ask(&self, purpose: Purpose, suggested_name: &str, words: &Words) -> Option<PathBuf> {
        let (kind, _) = purpose.filter();
        let dialog = rfd::FileDialog::new()
            .set_title(words.get(purpose.title()))
            .add_filter(words.get(kind), &purpose.extensions());
        if purpose.saves() {
            dialog.set_file_name(suggested_name).save_file()
        } else {
            dialog.pick_file()
        }
    }
}

/// No dialogs at all: every request falls back to the typed path. Used by tests.
pub struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn ask(&self, _purpose: Purpose, _suggested_name: &str, _words: &Words) -> Option<PathBuf> {
        None
    }
}
