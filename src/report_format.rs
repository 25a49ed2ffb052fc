//! The formats a report is exported in — PDF, HTML, Word — and the one switch between them:
//! which format a file name asks for, the extension of each, and the report rendered in it.
//! The command line (`report -o`, batch `--format`) and the app's export use it alone, so a new
//! format is added here and nowhere else decides.

use crate::pdf::{FallbackFont, PageSize};
use crate::report::document::Document;
use std::path::{Path, PathBuf};

/// A report format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// PDF/A-2u, tagged, with the report font embedded.
    Pdf,
    /// One self-contained HTML file.
    Html,
    /// A Word document (.docx).
    Docx,
}

/// Why a report could not be rendered: the renderer's error, which words itself.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The PDF renderer failed.
    #[error(transparent)]
    Pdf(#[from] crate::pdf::PdfError),
    /// The Word renderer failed.
    #[error(transparent)]
    Docx(#[from] crate::docx::DocxError),
}

impl crate::diagnostic::InWords for RenderError {
    fn in_words(&self, words: &crate::present::vocabulary::Words) -> String {
        match self {
            RenderError::Pdf(error) => error.in_words(words),
            RenderError::Docx(error) => error.in_words(words),
        }
    }
}

impl Format {
    /// Every format, in the order the app offers them.
    pub const ALL: [Format; 3] = [Format::Pdf, Format::Html, Format::Docx];

    /// The format a file name asks for by its extension, in any case (`.html` or `.htm`,
    /// `.docx`); PDF for any other name.
    pub fn of(path: &Path) -> Format {
        let Some(extension) = path.extension() else {
            return Format::Pdf;
        };
        Format::ALL
            .into_iter()
            .find(|format| {
                format
                    .extensions()
                    .iter()
                    .any(|e| extension.eq_ignore_ascii_case(e))
            })
            .unwrap_or(Format::Pdf)
    }

    /// The extension its files are given, without the dot.
    pub fn extension(self) -> &'static str {
        self.extensions()[0]
    }

    /// Every extension that asks for it, the one given first.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Pdf => &["pdf"],
            Format::Html => &["html", "htm"],
            Format::Docx => &["docx"],
        }
    }

    /// Where a report asked for in this format goes when `path` was chosen or typed for it: to
    /// `path` when its extension asks for this format, otherwise to `path` with this format's
    /// extension added (`report` → `report.docx`), so that "Export Word…" never writes a PDF
    /// because the name typed had no extension.
    pub fn path_for(self, path: PathBuf) -> PathBuf {
        let has_its_extension = path
            .extension()
            .is_some_and(|e| self.extensions().iter().any(|x| e.eq_ignore_ascii_case(x)));
        if has_its_extension {
            return path;
        }
        let mut name = path.into_os_string();
        name.push(".");
        name.push(self.extension());
        PathBuf::from(name)
    }

    /// Whether the report's fonts go into the file: only the PDF embeds them, so only it needs an
    /// installed font for the characters the report font lacks, and warns about those none has.
    pub fn embeds_fonts(self) -> bool {
        self == Format::Pdf
    }

    /// `document` in this format on paper of `size` (the PDF's and the Word document's; HTML
    /// prints on A4 by its style), drawing what the report font lacks with `fallback` in a PDF.
    pub fn render(
        self,
        document: &Document,
        size: PageSize,
        fallback: Option<&FallbackFont>,
    ) -> Result<Vec<u8>, RenderError> {
        Ok(match self {
            Format::Pdf => crate::pdf::render_with(document, size, fallback)?,
            Format::Html => crate::html::render(document).into_bytes(),
            Format::Docx => crate::docx::render(document, size)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Format;
    use std::path::{Path, PathBuf};

    #[test]
    fn the_extension_chooses_the_format_and_anything_else_is_a_pdf() {
        assert_eq!(Format::of(Path::new("a/report.DOCX")), Format::Docx);
        assert_eq!(Format::of(Path::new("report.htm")), Format::Html);
        assert_eq!(Format::of(Path::new("report.html")), Format::Html);
        assert_eq!(Format::of(Path::new("report.pdf")), Format::Pdf);
        assert_eq!(Format::of(Path::new("report")), Format::Pdf);
        assert_eq!(Format::of(Path::new("report.doc")), Format::Pdf);
        for format in Format::ALL {
            assert_eq!(
                Format::of(Path::new(&format!("x.{}", format.extension()))),
                format
            );
        }
    }

    #[test]
    fn a_name_chosen_for_a_format_gets_its_extension_unless_it_has_it() {
        let path = |text: &str| PathBuf::from(text);
        assert_eq!(
            Format::Docx.path_for(path("a/report")),
            path("a/report.docx")
        );
        assert_eq!(
            Format::Docx.path_for(path("report.DOCX")),
            path("report.DOCX")
        );
        assert_eq!(
            Format::Html.path_for(path("report.htm")),
            path("report.htm")
        );
        assert_eq!(
            Format::Docx.path_for(path("report.pdf")),
            path("report.pdf.docx")
        );
        assert_eq!(
            Format::Pdf.path_for(path("report.v2")),
            path("report.v2.pdf")
        );
        assert_eq!(Format::Pdf.path_for(path("report.pdf")), path("report.pdf"));
    }
}
