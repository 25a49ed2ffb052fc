//! The fonts embedded in every PDF (DejaVu Sans, see assets/fonts/LICENSE-DejaVu.txt) and their
//! metrics, used to measure text for wrapping. printpdf draws text but does not wrap it.

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

    /// The TTF file's bytes.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
            Face::Bold => include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf"),
            Face::Oblique => include_bytes!("../../assets/fonts/DejaVuSans-Oblique.ttf"),
        }
    }
}

/// Glyph advances of the three faces, parsed once per report.
pub struct Metrics {
    faces: Vec<(Face, ttf_parser::Face<'static>)>,
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
        Ok(Metrics { faces })
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

    /// The width of `text` in points at `size`.
    pub fn width(&self, text: &str, face: Face, size: f32) -> f32 {
        let parsed = self.face(face);
        let units_per_em = f32::from(parsed.units_per_em().max(1));
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = parsed.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
                u32::from(parsed.glyph_hor_advance(glyph).unwrap_or(0))
            })
            .sum();
        units as f32 * size / units_per_em
    }
}
