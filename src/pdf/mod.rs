//! The PDF renderer: a report [`Document`] in, PDF bytes out. It writes no file; the IO layer
//! does that. printpdf is used only here (in `write.rs`), pinned, because its patch releases
//! change behaviour; allsorts, its font parser, only in `subset.rs`.

mod annotations;
mod archival;
mod char_memo;
pub mod fonts;
mod icc;
pub mod layout;
mod outline;
pub mod page;
mod printable;
pub mod structure;
mod subset;
mod wrap;
mod wrap_memo;
mod write;
mod xmp;

use crate::diagnostic::InWords;
use crate::present::vocabulary::Words;
use crate::report::document::Document;
pub use fonts::FallbackFont;
pub use page::PageSize;
pub use printable::{Characters, PrintWarning, print_warnings, unprintable};

/// Why a PDF could not be produced. Its `Display` is its English words; the reader's language
/// has them through [`InWords`].
#[derive(Debug, thiserror::Error)]
#[error("{}", self.in_words(Words::english()))]
pub enum PdfError {
    /// An embedded font could not be read (a broken build); the font library's reason.
    Font(String),
    /// printpdf or lopdf failed to serialise the document; the library's reason.
    Serialise(String),
}

impl InWords for PdfError {
    fn in_words(&self, words: &Words) -> String {
        let (id, detail) = match self {
            PdfError::Font(detail) => ("render-font-unusable", detail),
            PdfError::Serialise(detail) => ("render-pdf-not-written", detail),
        };
        words.with_texts(id, &[("detail", detail)])
    }
}

/// The metrics for a document: the embedded fonts' alone, or with a fallback font; either
/// made once per process and shared.
fn metrics_for(fallback: Option<&FallbackFont>) -> Result<&'static fonts::Metrics, PdfError> {
    match fallback {
        None => fonts::Metrics::shared(),
        Some(font) => fonts::Metrics::shared_with(font),
    }
    .map_err(PdfError::Font)
}

/// Renders a document as PDF bytes with the report font alone. The same document always gives
/// the same bytes: no clock, no random ids.
pub fn render(document: &Document, size: PageSize) -> Result<Vec<u8>, PdfError> {
    render_with(document, size, None)
}

/// Renders a document as PDF bytes, drawing what the report font lacks with `fallback` (a
/// subset of it is embedded). The same document and font always give the same bytes.
pub fn render_with(
    document: &Document,
    size: PageSize,
    fallback: Option<&FallbackFont>,
) -> Result<Vec<u8>, PdfError> {
    let metrics = metrics_for(fallback)?;
    let laid_out = layout::lay_out(document, size, metrics);
    write::to_pdf(document, &laid_out, metrics)
}
