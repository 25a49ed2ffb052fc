//! What a PDF of a report cannot show as written, found before the file is written: characters
//! no embedded font draws, and right-to-left text, which the renderer sets without a shaper.
//! Data only; the presentation layer words it (`present::print_warnings`).

use super::fonts::{self, FallbackFont};
use super::{PdfError, metrics_for};
use crate::report::document::Document;

/// The distinct characters of a document, each once, in order of first appearance: a report
/// has some 60,000 characters but a few hundred (a Chinese one a few thousand) different ones,
/// so every check after this one pass looks at each character once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Characters(Vec<char>);

impl Characters {
    /// The distinct characters of every text of `document`.
    pub fn of(document: &Document) -> Characters {
        let mut seen = SeenCharacters::new();
        Characters(
            document
                .texts()
                .into_iter()
                .flat_map(str::chars)
                .filter(|c| seen.first_time(*c))
                .collect(),
        )
    }

    /// The characters, in order of first appearance.
    pub fn as_slice(&self) -> &[char] {
        &self.0
    }
}

/// Something a PDF of the report cannot show as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintWarning {
    /// Characters no embedded font draws, in order of first appearance: they print as boxes.
    Unprintable(Vec<char>),
    /// Right-to-left text (its first such character), which prints letter by letter from left
    /// to right and unjoined.
    RightToLeft(char),
}

/// The characters among `characters` the fonts cannot draw, in order: DejaVu Sans's, and
/// `fallback`'s when there is one. They would print as empty boxes, so the export warns and
/// names them before writing.
pub fn unprintable(
    characters: &Characters,
    fallback: Option<&FallbackFont>,
) -> Result<Vec<char>, PdfError> {
    let metrics = metrics_for(fallback)?;
    Ok(characters
        .0
        .iter()
        .copied()
        .filter(|c| {
            !c.is_control()
                && metrics.glyph(fonts::Face::Regular, *c).is_none()
                && !metrics.uses_fallback(fonts::Face::Regular, *c)
        })
        .collect())
}

/// The warnings to give before writing a PDF of a document with these characters, drawn with
/// `fallback` besides the embedded fonts: characters no font draws, then right-to-left text.
pub fn print_warnings(
    characters: &Characters,
    fallback: Option<&FallbackFont>,
) -> Result<Vec<PrintWarning>, PdfError> {
    let missing = unprintable(characters, fallback)?;
    let mut warnings = Vec::new();
    if !missing.is_empty() {
        warnings.push(PrintWarning::Unprintable(missing));
    }
    if let Some(first) = characters.0.iter().copied().find(|c| is_right_to_left(*c)) {
        warnings.push(PrintWarning::RightToLeft(first));
    }
    Ok(warnings)
}

/// Hebrew, Arabic, Syriac, Thaana and N'Ko letters (and their presentation forms) need a shaper
/// the renderer does not have: they would print in the wrong order, unjoined.
fn is_right_to_left(c: char) -> bool {
    matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_letters_are_hebrew_arabic_and_their_neighbours_only() {
        assert!(is_right_to_left('מ'));
        assert!(is_right_to_left('ع'));
        assert!(is_right_to_left('\u{FEFC}'));
        assert!(!is_right_to_left('a'));
        assert!(!is_right_to_left('張'));
        assert!(!is_right_to_left('é'));
    }

    #[test]
    fn each_character_is_seen_once() {
        let mut seen = SeenCharacters::new();
        assert!(seen.first_time('a'));
        assert!(!seen.first_time('a'));
        assert!(seen.first_time(char::MAX));
        assert!(!seen.first_time(char::MAX));
    }
}
