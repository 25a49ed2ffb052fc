//! The PDF renderer: a report [`Document`] in, PDF bytes out. It writes no file; the IO layer
//! does that. printpdf is used only here (in `write.rs`), pinned, because its patch releases
//! change behaviour; allsorts, its font parser, only in `subset.rs`.

pub mod fonts;
pub mod layout;
pub mod page;
mod subset;
mod wrap;
mod write;

use crate::report::document::Document;
pub use page::PageSize;

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// An embedded font could not be read (a broken build).
    #[error("the report font cannot be used: {0}")]
    Font(String),
    /// printpdf or lopdf failed to serialise the document.
    #[error("the PDF could not be written: {0}")]
    Serialise(String),
}

/// Renders a document as PDF bytes. The same document always gives the same bytes: no clock,
/// no random ids.
pub fn render(document: &Document, size: PageSize) -> Result<Vec<u8>, PdfError> {
    let metrics = fonts::Metrics::shared().map_err(PdfError::Font)?;
    let laid_out = layout::lay_out(document, size, metrics);
    write::to_pdf(document, &laid_out, metrics)
}
