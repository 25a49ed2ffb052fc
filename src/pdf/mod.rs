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
pub mod structure;
mod subset;
mod wrap;
mod wrap_memo;
mod write;
mod xmp;

use crate::report::document::Document;
pub use fonts::FallbackFont;
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
/// appearance: DejaVu Sans's, and `fallback`'s when there is one. They would print as empty
/// boxes, so the export warns and names them before writing.
pub fn unprintable(
    document: &Document,
    fallback: Option<&FallbackFont>,
) -> Result<Vec<char>, PdfError> {
    let metrics = metrics_for(fallback)?;
    // Each distinct character is looked up once: a report has some 60,000 characters but a
    // few hundred (a Chinese one a few thousand) different ones.
    let mut seen = SeenCharacters::new();
    let mut missing = Vec::new();
    for c in document.texts().into_iter().flat_map(str::chars) {
        if seen.first_time(c)
            && !c.is_control()
            && metrics.glyph(fonts::Face::Regular, c).is_none()
            && !metrics.uses_fallback(fonts::Face::Regular, c)
        {
            missing.push(c);
        }
    }
    Ok(missing)
}

/// The characters met so far, one bit each (139 KB for all of Unicode, cleared in a few
/// microseconds): cheaper per character than any hash set, which cost a report a few percent.
struct SeenCharacters(Vec<u64>);

impl SeenCharacters {
    fn new() -> SeenCharacters {
        SeenCharacters(vec![0; (char::MAX as usize >> 6) + 1])
    }

    /// Whether `c` is met for the first time, which it no longer is after this.
    fn first_time(&mut self, c: char) -> bool {
        let (word, bit) = (c as usize >> 6, 1u64 << (c as usize & 63));
        let first = self.0[word] & bit == 0;
        self.0[word] |= bit;
        first
    }
}

/// The warnings to give before writing `document`: characters no font can draw, named (at
/// most twenty), and right-to-left text, which is set letter by letter from left to right.
pub fn unprintable_warning(
    document: &Document,
    fallback: Option<&FallbackFont>,
) -> Result<Option<String>, PdfError> {
    let mut warnings: Vec<String> = warning_for(&unprintable(document, fallback)?)
        .into_iter()
        .collect();
    warnings.extend(right_to_left_warning(document));
    Ok((!warnings.is_empty()).then(|| warnings.join("; ")))
}

/// Hebrew, Arabic, Syriac, Thaana and N'Ko letters (and their presentation forms) need a shaper
/// the renderer does not have: they would print in the wrong order, unjoined.
fn right_to_left_warning(document: &Document) -> Option<String> {
    let right_to_left =
        |c: char| matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    let mut found: Vec<char> = Vec::new();
    for c in document.texts().into_iter().flat_map(str::chars) {
        if right_to_left(c) && !found.contains(&c) {
            found.push(c);
        }
    }
    let first = found.first()?;
    Some(format!(
        "the report holds right-to-left text (such as {first}, U+{:04X}), which the PDF cannot shape: it will print with its letters in left-to-right order and unjoined; the HTML export shows it correctly",
        u32::from(*first)
    ))
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
