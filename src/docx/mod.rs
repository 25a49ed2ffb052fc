//! The report as a Word document (.docx): a report [`Document`] in, the bytes of the file out,
//! walking the document as the HTML export does, so that it says everything the PDF and the HTML
//! say. It writes no file and reads no clock: the date in its metadata is the report's.
//!
//! Word's own heading styles (`Heading1`… with outline levels, so the navigation pane and the
//! table of contents work), a contents field Word and LibreOffice fill on update, real tables
//! whose header row repeats on each page, the risk maps as tables shaded as in the PDF, web
//! addresses as links, the running header with its marking (DRAFT while unsigned) and the page
//! numbers on every page, in the report's language.
//!
//! Written by hand rather than with docx-rs: docx-rs numbers hyperlinks, bookmarks, headers and
//! footers from process-wide counters, so the same report made twice in one process (a batch,
//! the app) would not give the same bytes; it would also add four crates to the build (docx-rs,
//! a second `zip`, zopfli, typed-path). The package needs a handful of small XML parts and a
//! plain zip (`zip.rs`), deflated with flate2, which the PDF already uses: no new crate.

mod body;
mod colours;
mod names;
mod package;
mod runs;
mod styles;
mod zip;

use crate::diagnostic::InWords;
use crate::pdf::PageSize;
use crate::present::vocabulary::Words;
use crate::report::document::Document;

/// Why a Word document could not be produced. Its `Display` is its English words; the reader's
/// language has them through [`InWords`].
#[derive(Debug, thiserror::Error)]
#[error("{}", self.in_words(Words::english()))]
pub enum DocxError {
    /// Compressing a part failed (it writes to memory, so only if memory ran out). The error is
    /// part of the message, not a separate source, so that printing the chain does not repeat it.
    Deflate(std::io::Error),
    /// A part or the whole would need Zip64, which a report never comes near.
    TooLarge,
}

impl From<std::io::Error> for DocxError {
    fn from(error: std::io::Error) -> DocxError {
        DocxError::Deflate(error)
    }
}

impl InWords for DocxError {
    fn in_words(&self, words: &Words) -> String {
        match self {
            DocxError::Deflate(error) => words.with_texts(
                "render-docx-not-compressed",
                &[("detail", &error.to_string())],
            ),
            DocxError::TooLarge => words.get("render-docx-too-large"),
        }
    }
}

/// Renders a document as the bytes of a .docx file on paper of `size`. The same document always
/// gives the same bytes: fixed timestamps, ids numbered in the order of the document.
pub fn render(document: &Document, size: PageSize) -> Result<Vec<u8>, DocxError> {
    let page = styles::Page::of(size);
    let (body, links) = body::document_xml(document, page);
    let mut zip = zip::Zip::default();
    for (name, text) in package::parts(document, page, body, &links) {
        zip.add(name, text.as_bytes())?;
    }
    zip.finish()
}
