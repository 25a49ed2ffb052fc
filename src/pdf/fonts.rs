//! The fonts embedded in every PDF (DejaVu Sans, see assets/fonts/LICENSE-DejaVu.txt) and their
//! metrics, used to measure text for wrapping. printpdf draws text but does not wrap it.

use super::char_memo::CharMemo;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

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

/// Glyph advances of the three faces, in font units, and which font draws each character.
pub struct Metrics {
    faces: Vec<(Face, ttf_parser::Face<'static>)>,
    /// `advances[face]`: the advances of `Face::ALL[face]`'s characters, kept as they are first
    /// met (with the fallback's scaled to the face's units where the face lacks the character).
    advances: Vec<CharMemo>,
    /// `glyphs[face]`: each character's glyph in `Face::ALL[face]`, or [`NO_GLYPH`].
    glyphs: Vec<CharMemo>,
    /// Each character's glyph in the fallback font, or [`NO_GLYPH`].
    fallback_glyphs: CharMemo,
    /// The font that draws what the three faces lack, with its parsed face.
    fallback: Option<(FallbackFont, ttf_parser::Face<'static>)>,
}

/// A character the font has no glyph for, as kept in a [`CharMemo`] (glyph ids are 16 bits).
const NO_GLYPH: u32 = 0x1_0000;

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
        Ok(Metrics {
            advances: faces.iter().map(|_| CharMemo::new()).collect(),
            glyphs: faces.iter().map(|_| CharMemo::new()).collect(),
            fallback_glyphs: CharMemo::new(),
            faces,
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

    /// The metrics with `fallback`, made once per process for each fallback font: the
    /// reports of a batch, and the warning and the rendering of one report, share what they
    /// have looked up.
    pub fn shared_with(fallback: &FallbackFont) -> Result<&'static Metrics, String> {
        type Key = (usize, usize, u32);
        static SHARED: OnceLock<Mutex<HashMap<Key, &'static Metrics>>> = OnceLock::new();
        // The fonts' bytes live as long as the process (`system_fonts` keeps each file once),
        // so where they are, with the face's index, identifies the font (its PostScript name
        // is not needed); a process meets one or two such fonts.
        let key = (
            fallback.bytes.as_ptr() as usize,
            fallback.bytes.len(),
            fallback.index,
        );
        let mut shared = SHARED
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(metrics) = shared.get(&key) {
            return Ok(metrics);
        }
        let metrics: &'static Metrics = Box::leak(Box::new(Metrics::with_fallback(fallback)?));
        shared.insert(key, metrics);
        Ok(metrics)
    }

    /// The fallback font, when there is one.
    pub fn fallback(&self) -> Option<&FallbackFont> {
        self.fallback.as_ref().map(|(font, _)| font)
    }

    /// Whether `c` is drawn with the fallback font: `face` lacks it and the fallback has it.
    pub fn uses_fallback(&self, face: Face, c: char) -> bool {
        self.fallback.is_some() && self.glyph(face, c).is_none() && self.fallback_glyph(c).is_some()
    }

    /// The fallback's glyph for `c`, when it has one.
    pub fn fallback_glyph(&self, c: char) -> Option<u16> {
        let (_, parsed) = self.fallback.as_ref()?;
        let kept = self
            .fallback_glyphs
            .get(c, |c| glyph_or_none(parsed.glyph_index(c)));
        u16::try_from(kept).ok()
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
        let parsed = self.face(face);
        let kept = self.glyphs[face_index(face)].get(c, |c| glyph_or_none(parsed.glyph_index(c)));
        u16::try_from(kept).ok()
    }

    /// The width of `text` in points at `size`.
    pub fn width(&self, text: &str, face: Face, size: f32) -> f32 {
        self.points(self.units(text, face), face, size)
    }

    /// The width of `text` in font units. Widths add up (no kerning is applied), so a line's
    /// width can be kept as a running sum while words are added.
    pub fn units(&self, text: &str, face: Face) -> u32 {
        let advances = &self.advances[face_index(face)];
        text.chars()
            .map(|c| advances.get(c, |c| u32::from(self.advance(face, c))))
            .sum()
    }

    /// The advance of `c` in `face`'s units: its own glyph's, or the fallback's scaled to
    /// `face`'s units per em, or the missing-glyph box's.
    fn advance(&self, face: Face, c: char) -> u16 {
        let parsed = self.face(face);
        if self.glyph(face, c).is_none()
            && let Some((_, fallback)) = &self.fallback
            && let Some(glyph) = self.fallback_glyph(c)
        {
            let advance = f32::from(
                fallback
                    .glyph_hor_advance(ttf_parser::GlyphId(glyph))
                    .unwrap_or(0),
            );
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

/// The position of `face` in `Face::ALL`, which the memos are kept in.
fn face_index(face: Face) -> usize {
    Face::ALL.iter().position(|f| *f == face).unwrap_or(0)
}

/// A glyph id as a [`CharMemo`] keeps it.
fn glyph_or_none(glyph: Option<ttf_parser::GlyphId>) -> u32 {
    glyph.map_or(NO_GLYPH, |glyph| u32::from(glyph.0))
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
        assert!(
            text.chars()
                .all(|c| c as usize >= super::super::char_memo::TABLE_SIZE)
        );
        let parsed = metrics.face(Face::Regular);
        let expected: u32 = text.chars().map(|c| u32::from(lookup(parsed, c))).sum();
        assert_eq!(metrics.units(text, Face::Regular), expected);
        // Measured again, from what was kept.
        assert_eq!(metrics.units(text, Face::Regular), expected);
        assert_eq!(metrics.advances[0].kept_beyond(), 3);
    }

    #[test]
    fn the_metrics_with_a_fallback_font_are_made_once_for_each_font() {
        let font = |bytes: &'static [u8]| FallbackFont {
            bytes,
            index: 0,
            postscript_name: "Test".to_string(),
        };
        let first = Metrics::shared_with(&font(Face::Bold.bytes())).unwrap();
        let again = Metrics::shared_with(&font(Face::Bold.bytes())).unwrap();
        let other = Metrics::shared_with(&font(Face::Oblique.bytes())).unwrap();
        assert!(std::ptr::eq(first, again));
        assert!(!std::ptr::eq(first, other));
        // What one report looked up, the next finds kept.
        assert_eq!(first.fallback_glyph('a'), again.fallback_glyph('a'));
        assert!(first.fallback_glyph('a').is_some());
        assert_eq!(first.fallback_glyphs.kept_beyond(), 0);
        assert!(first.fallback_glyph('本').is_none());
        assert_eq!(again.fallback_glyphs.kept_beyond(), 1);
    }
}
