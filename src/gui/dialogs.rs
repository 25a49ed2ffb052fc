//! Native file dialogs behind a small trait, so tests never open one and a machine without a
//! dialog service (no XDG portal, headless) falls back to a path typed in the app.

use crate::present::vocabulary::Words;
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
        }
    }

    /// The message naming the kind of file the dialog lists, and the extension of its files.
    fn filter(self) -> (&'static str, &'static str) {
        match self {
            Purpose::OpenAssessment | Purpose::SaveAssessment => {
                ("dialog-filter-assessment", "ron")
            }
            Purpose::OpenQuestionnaire => ("dialog-filter-questionnaire", "ron"),
            Purpose::OpenKnowledgeBase => ("dialog-filter-knowledge-base", "ron"),
            Purpose::ExportPdf => ("dialog-filter-pdf", "pdf"),
            Purpose::ExportHtml => ("dialog-filter-html", "html"),
        }
    }

    /// Whether the dialog asks where to write a new file rather than which file to read.
    fn saves(self) -> bool {
        matches!(
            self,
            Purpose::SaveAssessment | Purpose::ExportPdf | Purpose::ExportHtml
        )
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
        let (kind, extension) = purpose.filter();
        let dialog = rfd::FileDialog::new()
            .set_title(words.get(purpose.title()))
            .add_filter(words.get(kind), &[extension]);
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
