//! Native file dialogs behind a small trait, so tests never open one and a machine without a
//! dialog service (no XDG portal, headless) falls back to a path typed in the app.

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
    /// The words used in the fallback prompt.
    pub fn title(self) -> &'static str {
        match self {
            Purpose::OpenAssessment => "Open assessment",
            Purpose::OpenQuestionnaire => "Open questionnaire",
            Purpose::OpenKnowledgeBase => "Use a knowledge base file",
            Purpose::SaveAssessment => "Save assessment as",
            Purpose::ExportPdf => "Export PDF report",
            Purpose::ExportHtml => "Export HTML report",
        }
    }
}

/// Asks the user for a file. `None` means cancelled or no dialog available; the app then offers
/// a path field.
pub trait FileDialogs {
    /// Asks for a file, suggesting `suggested_name` when saving.
    fn ask(&self, purpose: Purpose, suggested_name: &str) -> Option<PathBuf>;
}

/// The operating system's dialogs, through rfd (XDG portal on Linux).
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn ask(&self, purpose: Purpose, suggested_name: &str) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new().set_title(purpose.title());
        match purpose {
            Purpose::OpenAssessment => dialog.add_filter("Assessment", &["ron"]).pick_file(),
            Purpose::OpenQuestionnaire => dialog.add_filter("Questionnaire", &["ron"]).pick_file(),
            Purpose::OpenKnowledgeBase => dialog.add_filter("Knowledge base", &["ron"]).pick_file(),
            Purpose::SaveAssessment => dialog
                .add_filter("Assessment", &["ron"])
                .set_file_name(suggested_name)
                .save_file(),
            Purpose::ExportPdf => dialog
                .add_filter("PDF", &["pdf"])
                .set_file_name(suggested_name)
                .save_file(),
            Purpose::ExportHtml => dialog
                .add_filter("HTML", &["html"])
                .set_file_name(suggested_name)
                .save_file(),
        }
    }
}

/// No dialogs at all: every request falls back to the typed path. Used by tests.
pub struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn ask(&self, _purpose: Purpose, _suggested_name: &str) -> Option<PathBuf> {
        None
    }
}
