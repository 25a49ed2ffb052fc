//! The PDF renderer: a report [`Document`] in, PDF bytes out. It writes no file; the IO layer
//! does that. printpdf is used only here (in `write.rs`), pinned, because its patch releases
//! change behaviour; allsorts, its font parser, only in `subset.rs`.

pub mod fonts;
pub mod layout;
mod outline;
pub mod page;
pub mod structure;
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

/// The characters of `document` its fonts cannot draw, each once, in order of first
/// appearance: they would print as empty boxes, so the export warns and names them before
/// writing (a name in Chinese, Japanese or Korean, for example).
pub fn unprintable(document: &Document) -> Result<Vec<char>, PdfError> {
    let metrics = fonts::Metrics::shared().map_err(PdfError::Font)?;
    let mut missing = Vec::new();
    for c in document.texts().into_iter().flat_map(str::chars) {
        if !c.is_control()
            && metrics.glyph(fonts::Face::Regular, c).is_none()
            && !missing.contains(&c)
        {
            missing.push(c);
        }
    }
    Ok(missing)
}

/// The warning for the characters of `document` the fonts cannot draw, naming them (at most
/// twenty), or `None` when they draw every one.
pub fn unprintable_warning(document: &Document) -> Result<Option<String>, PdfError> {
    Ok(warning_for(&unprintable(document)?))
}

fn warning_for(missing: &[char]) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let shown = missing
        .iter()
        .take(20)
        .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
        .collect::<Vec<_>>()
        .join(", ");
    let more = missing.len().saturating_sub(20);
    Some(format!(
        "the report's font cannot draw {} character{}, which will print as empty boxes: {shown}{}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" },
        if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        }
    ))
}

/// Renders a document as PDF bytes. The same document always gives the same bytes: no clock,
/// no random ids.
pub fn render(document: &Document, size: PageSize) -> Result<Vec<u8>, PdfError> {
    let metrics = fonts::Metrics::shared().map_err(PdfError::Font)?;
    let laid_out = layout::lay_out(document, size, metrics);
    write::to_pdf(document, &laid_out, metrics)
}
