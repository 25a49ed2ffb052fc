//! The fonts embedded in every PDF (DejaVu Sans, see assets/fonts/LICENSE-DejaVu.txt) and their
//! metrics, used to measure text for wrapping. printpdf draws text but does not wrap it.

use std::collections::HashMap;
use std::sync::RwLock;
use std::sync::atomic::{AtomicU16, Ordering};

/// A face of the report font.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    /// Body text.
    Regular,
    /// Headings, labels, table headers.
    Bold,
    /// Notes.
    Oblique,
}

impl Face {
    /// Every face, in the order fonts are embedded.
    pub const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Oblique];

    /// The PostScript name in the font's `name` table, which a PDF names the font by.
    pub fn postscript_name(self) -> &'static str {
        match self {
            Face::Regular => "DejaVuSans",
            Face::Bold => "DejaVuSans-Bold",
            Face::Oblique => "DejaVuSans-Oblique",
        }
    }

    /// The TTF file's bytes.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
            Face::Bold => include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf"),
            Face::Oblique => include_bytes!("../../assets/fonts/DejaVuSans-Oblique.ttf"),
        }
    }
}

/// Characters below this code point have their advance kept in a table (Latin, Greek, Cyrillic,
/// punctuation, arrows, currency): looking a glyph up in the font's cmap for every character
/// measured took half the time of rendering a report. The table is filled as characters are
/// first met, since filling all of it up front cost a tenth of a report.
const TABLE_SIZE: usize = 0x2400;

/// A table entry not looked up yet. No glyph of DejaVu Sans is 65,535 units wide.
const NOT_LOOKED_UP: u16 = u16::MAX;

/// An installed font for the characters DejaVu Sans lacks (found by `system_fonts`), handed to
/// the renderer as data: its file's bytes, the face's index in it (a collection holds several)
/// and its PostScript name.
#[derive(Clone, Debug)]
pub struct FallbackFont {
    /// The whole font file.
    pub bytes: &'static [u8],
    /// The face's index in the file.
    pub index: u32,
    /// The face's PostScript name, which the PDF names the font by.
    pub postscript_name: String,
}

/// Glyph advances of the three faces, in font units.
pub struct Metrics {
    faces: Vec<(Face, ttf_parser::Face<'static>)>,
    /// `advances[face][c]`: the advance of character `c` of `Face::ALL[face]`, or
    /// [`NOT_LOOKED_UP`]. Atomic so that the reports of a batch, on several threads, share it.
    advances: Vec<Vec<AtomicU16>>,
    /// `beyond[face]`: the advances of the characters past the table (Chinese, above all),
    /// kept as they are first met: looking each one up in two fonts' cmaps every time it was
    /// measured took a quarter of the time of a Chinese report.
    beyond: Vec<RwLock<HashMap<char, u16>>>,
    /// The font that draws what the three faces lack, with its parsed face.
    fallback: Option<(FallbackFont, ttf_parser::Face<'static>)>,
}

impl Metrics {
    /// Parses the embedded fonts. They are part of the binary, so failure means a broken build;
    /// it is still reported as an error rather than a panic.
    pub fn load() -> Result<Metrics, String> {
        let faces = Face::ALL
            .iter()
            .map(|face| {
                ttf_parser::Face::parse(face.bytes(), 0)
                    .map(|parsed| (*face, parsed))
                    .map_err(|e| format!("embedded font {face:?} cannot be read: {e}"))
            })
            .collect::<Result<Vec<_>, String>>()?;
        let advances = faces
            .iter()
            .map(|_| {
                (0..TABLE_SIZE)
                    .map(|_| AtomicU16::new(NOT_LOOKED_UP))
                    .collect()
            })
            .collect();
        let beyond = faces.iter().map(|_| RwLock::default()).collect();
        Ok(Metrics {
            faces,
            advances,
            beyond,
            fallback: None,
        })
    }

    /// The embedded fonts' metrics with `fallback` drawing the characters they lack (in every
    /// face: the fallback has one weight and no slant).
    pub fn with_fallback(fallback: &FallbackFont) -> Result<Metrics, String> {
        let face = ttf_parser::Face::parse(fallback.bytes, fallback.index)
            .map_err(|e| format!("{} cannot be read: {e}", fallback.postscript_name))?;
        let mut metrics = Metrics::load()?;
        metrics.fallback = Some((fallback.clone(), face));
        Ok(metrics)
    }

    /// The fallback font, when there is one.
    pub fn fallback(&self) -> Option<&FallbackFont> {
        self.fallback.as_ref().map(|(font, _)| font)
    }

    /// Whether `c` is drawn with the fallback font: `face` lacks it and the fallback has it.
    pub fn uses_fallback(&self, face: Face, c: char) -> bool {
        self.fallback
            .as_ref()
            .is_some_and(|(_, parsed)| parsed.glyph_index(c).is_some())
            && self.face(face).glyph_index(c).is_none()
    }

    /// The fallback's glyph for `c`, when it has one.
    pub fn fallback_glyph(&self, c: char) -> Option<u16> {
        let (_, parsed) = self.fallback.as_ref()?;
        parsed.glyph_index(c).map(|glyph| glyph.0)
    }

    /// The embedded fonts' metrics, parsed once per process: every report, and every report of a
    /// batch, shares them.
    pub fn shared() -> Result<&'static Metrics, String> {
        static SHARED: std::sync::OnceLock<Result<Metrics, String>> = std::sync::OnceLock::new();
        SHARED
            .get_or_init(Metrics::load)
            .as_ref()
            .map_err(Clone::clone)
    }

    fn face(&self, face: Face) -> &ttf_parser::Face<'static> {
        // `load` parsed every face in `Face::ALL`, so the lookup always succeeds.
        &self
            .faces
            .iter()
            .find(|(f, _)| *f == face)
            .unwrap_or(&self.faces[0])
            .1
    }

    /// The glyph `face` draws `c` with, or `None` when the font lacks it.
    pub fn glyph(&self, face: Face, c: char) -> Option<u16> {
        self.face(face).glyph_index(c).map(|glyph| glyph.0)
    }

    /// The width of `text` in points at `size`.
    pub fn width(&self, text: &str, face: Face, size: f32) -> f32 {
        self.points(self.units(text, face), face, size)
    }

    /// The width of `text` in font units. Widths add up (no kerning is applied), so a line's
    /// width can be kept as a running sum while words are added.
    pub fn units(&self, text: &str, face: Face) -> u32 {
        let index = Face::ALL.iter().position(|f| *f == face).unwrap_or(0);
        let table = &self.advances[index];
        text.chars()
            .map(|c| {
                let Some(entry) = table.get(c as usize) else {
                    return u32::from(self.advance_beyond(index, face, c));
                };
                let mut advance = entry.load(Ordering::Relaxed);
                if advance == NOT_LOOKED_UP {
                    advance = self.advance(face, c);
                    entry.store(advance, Ordering::Relaxed);
                }
                u32::from(advance)
            })
            .sum()
    }

    /// The advance of `c`, a character past the table, in `face` (at `index` of `Face::ALL`):
    /// kept once looked up.
    fn advance_beyond(&self, index: usize, face: Face, c: char) -> u16 {
        let known = self.beyond[index]
            .read()
            .map(|map| map.get(&c).copied())
            .unwrap_or_else(|poisoned| poisoned.into_inner().get(&c).copied());
        if let Some(advance) = known {
            return advance;
        }
        let advance = self.advance(face, c);
        // A lock poisoned by a panicking thread still holds good advances.
        self.beyond[index]
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(c, advance);
        advance
    }

    /// The advance of `c` in `face`'s units: its own glyph's, or the fallback's scaled to
    /// `face`'s units per em, or the missing-glyph box's.
    fn advance(&self, face: Face, c: char) -> u16 {
        let parsed = self.face(face);
        if parsed.glyph_index(c).is_none()
            && let Some((_, fallback)) = &self.fallback
            && let Some(glyph) = fallback.glyph_index(c)
        {
            let advance = f32::from(fallback.glyph_hor_advance(glyph).unwrap_or(0));
            let scale =
                f32::from(parsed.units_per_em()) / f32::from(fallback.units_per_em().max(1));
            return (advance * scale).round().min(f32::from(u16::MAX - 1)) as u16;
        }
        lookup(parsed, c)
    }

    /// `units` of `face` in points at `size`.
    pub fn points(&self, units: u32, face: Face, size: f32) -> f32 {
        let units_per_em = f32::from(self.face(face).units_per_em().max(1));
        units as f32 * size / units_per_em
    }
}

/// The advance of `c` in `parsed`, or of the missing-glyph box when the font lacks it.
fn lookup(parsed: &ttf_parser::Face<'_>, c: char) -> u16 {
    let glyph = parsed.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
    parsed.glyph_hor_advance(glyph).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_character_past_the_table_measures_the_same_once_kept() {
        let metrics = Metrics::load().unwrap();
        // Box drawing and a dingbat DejaVu Sans draws, and an ideograph it lacks (the missing
        // glyph's box): all past the table.
        let text = "─✓本";
        assert!(text.chars().all(|c| c as usize >= TABLE_SIZE));
        let parsed = metrics.face(Face::Regular);
        let expected: u32 = text.chars().map(|c| u32::from(lookup(parsed, c))).sum();
        assert_eq!(metrics.units(text, Face::Regular), expected);
        // Measured again, from what was kept.
        assert_eq!(metrics.units(text, Face::Regular), expected);
        assert_eq!(metrics.beyond[0].read().unwrap().len(), 3);
    }
}
