//! The colours of the report as Word writes them (hex RGB): the HTML export's palette, which is
//! the PDF's (`pdf::page::Colour`, `pdf::layout`) rounded to bytes, so a map reads the same in
//! every format.

use crate::report::document::Tone;

/// Body text.
pub(super) const TEXT: &str = "1C1F24";
/// Notes, the running header and the footer.
pub(super) const MUTED: &str = "61666F";
/// Headings and links.
pub(super) const ACCENT: &str = "143866";
/// A table's header row and the labels of facts.
pub(super) const HEADER_FILL: &str = "E6EBF2";
/// Table rules.
pub(super) const RULE: &str = "C7CCD6";
/// The background of a callout.
pub(super) const CALLOUT_FILL: &str = "F7F7FA";
/// The white lines between the cells of a risk map.
pub(super) const WHITE: &str = "FFFFFF";

/// A risk map cell's fill, from the lightest (0) to the strongest (3).
pub(super) fn shade(level: u8) -> &'static str {
    match level {
        0 => "DBF0DB",
        1 => "FCF0C2",
        2 => "FCD6AD",
        _ => "F5B8B8",
    }
}

/// A callout's colour, by its meaning.
pub(super) fn tone(tone: Tone) -> &'static str {
    match tone {
        Tone::Positive => "1F7A40",
        Tone::Caution => "B87307",
        Tone::Negative => "B31F1F",
        Tone::Neutral => "59616B",
    }
}
