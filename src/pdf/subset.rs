//! Cuts each report font down to the glyphs one document draws, before it is embedded.
//!
//! DejaVu Sans holds about 6,000 glyphs (760 KB a face); a report draws a few hundred. printpdf
//! subsets fonts only in its `text_layout` build, which pulls in a whole HTML layout engine
//! (14 more crates, a fifth of a clean release build's compile time). We subset here instead,
//! with allsorts, which printpdf depends on anyway, and hand printpdf the subset as if it were
//! the whole font: printpdf then maps characters to glyphs through the subset's own cmap, so
//! glyph ids, widths and the text a reader extracts all agree.

use super::PdfError;
use super::fonts::{Face, FallbackFont, Metrics};
use super::page::{Layout, Mark};
use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile};
use allsorts::tables::FontTableProvider;
use allsorts::tag;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// The tables a PDF font program needs: outlines, metrics, the cmap printpdf reads characters
/// through, hinting for screen rendering, and OS/2, from which printpdf derives the weight it
/// writes in the font descriptor. Layout tables (GSUB, GPOS, kern) are left out: the report
/// places every glyph itself.
const TABLES: [u32; 11] = [
    tag::CMAP,
    tag::CVT,
    tag::FPGM,
    tag::HEAD,
    tag::HHEA,
    tag::HMTX,
    tag::MAXP,
    tag::NAME,
    tag::OS_2,
    tag::POST,
    tag::PREP,
];

/// The glyph ids of `face` that the pages of `layout` draw, with `.notdef` (glyph 0) first, as
/// allsorts requires. A character the font lacks is drawn as `.notdef`, so it adds nothing.
pub(super) fn glyphs_used(layout: &Layout, face: Face, metrics: &Metrics) -> Vec<u16> {
    // Distinct characters first: a report draws some 20,000 characters but only a hundred or
    // so different ones, and looking each up in the font's cmap took a tenth of a report.
    let mut characters = BTreeSet::new();
    for page in &layout.pages {
        for mark in &page.marks {
            if let Mark::Text { face: f, text, .. } = mark
                && *f == face
            {
                characters.extend(text.chars());
            }
        }
    }
    let glyphs: BTreeSet<u16> = characters
        .into_iter()
        .filter_map(|c| metrics.glyph(face, c))
        .filter(|glyph| *glyph != 0)
        .collect();
    std::iter::once(0).chain(glyphs).collect()
}

/// The name a PDF gives a subset of `face` (ISO 32000-1, 9.6.4): a tag of six capital letters,
/// a plus sign and the PostScript name. The tag is drawn from a hash of the glyphs kept, so the
/// same subset always gets the same name and two different subsets almost never share one.
pub(super) fn subset_name(face: Face, glyphs: &[u16]) -> String {
    format!("{}+{}", subset_tag(glyphs), face.postscript_name())
}

/// Six capital letters drawn from a hash of the glyphs a subset keeps.
fn subset_tag(glyphs: &[u16]) -> String {
    let mut hasher = Sha256::new();
    for glyph in glyphs {
        hasher.update(glyph.to_be_bytes());
    }
    hasher
        .finalize()
        .iter()
        .take(6)
        .map(|byte| char::from(b'A' + byte % 26))
        .collect()
}

/// A TrueType font holding only `glyphs` of `face` (renumbered in that order) and a cmap for the
/// characters that map to them.
pub(super) fn subset(face: Face, glyphs: &[u16]) -> Result<Vec<u8>, PdfError> {
    let cannot = |what: &str, error: &dyn std::fmt::Display| {
        PdfError::Font(format!("{face:?} cannot be {what}: {error}"))
    };
    let font = ReadScope::new(face.bytes())
        .read::<FontData<'_>>()
        .map_err(|e| cannot("read", &e))?;
    let provider = font.table_provider(0).map_err(|e| cannot("read", &e))?;
    allsorts::subset::subset(
        &provider,
        glyphs,
        &SubsetProfile::Custom(TABLES.to_vec()),
        CmapTarget::Unicode,
    )
    .map_err(|e| cannot("subset", &e))
}

/// The fallback font's glyphs the pages draw: for the characters each line's face lacks.
pub(super) fn fallback_glyphs_used(layout: &Layout, metrics: &Metrics) -> Vec<u16> {
    let mut glyphs = BTreeSet::new();
    for page in &layout.pages {
        for mark in &page.marks {
            if let Mark::Text { face, text, .. } = mark {
                glyphs.extend(
                    text.chars()
                        .filter(|c| metrics.uses_fallback(*face, *c))
                        .filter_map(|c| metrics.fallback_glyph(c)),
                );
            }
        }
    }
    glyphs.remove(&0);
    std::iter::once(0).chain(glyphs).collect()
}

/// The subset name of the fallback font, as [`subset_name`] gives the report faces'.
pub(super) fn fallback_subset_name(fallback: &FallbackFont, glyphs: &[u16]) -> String {
    format!("{}+{}", subset_tag(glyphs), fallback.postscript_name)
}

/// The fallback font cut down to `glyphs`: TrueType outlines (`glyf`) or PostScript ones
/// (`CFF `, as in Noto Sans CJK), whichever it has.
pub(super) fn subset_fallback(
    fallback: &FallbackFont,
    glyphs: &[u16],
) -> Result<Vec<u8>, PdfError> {
    let cannot = |what: &str, error: &dyn std::fmt::Display| {
        PdfError::Font(format!(
            "{} cannot be {what}: {error}",
            fallback.postscript_name
        ))
    };
    let font = ReadScope::new(fallback.bytes)
        .read::<FontData<'_>>()
        .map_err(|e| cannot("read", &e))?;
    let provider = font
        .table_provider(fallback.index as usize)
        .map_err(|e| cannot("read", &e))?;
    // PostScript outlines have no TrueType hinting tables; they take the `CFF ` table instead.
    let tables: Vec<u32> = if provider.has_table(tag::CFF) {
        TABLES
            .iter()
            .copied()
            .filter(|t| ![tag::CVT, tag::FPGM, tag::PREP].contains(t))
            .chain([tag::CFF])
            .collect()
    } else {
        TABLES.to_vec()
    };
    allsorts::subset::subset(
        &provider,
        glyphs,
        &SubsetProfile::Custom(tables),
        CmapTarget::Unicode,
    )
    .map_err(|e| cannot("subset", &e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::page::{Colour, Page, PageSize};

    fn layout_with(texts: &[(Face, &str)]) -> Layout {
        let marks = texts
            .iter()
            .map(|(face, text)| Mark::Text {
                x: 0.0,
                y: 0.0,
                size: 10.0,
                face: *face,
                colour: Colour::TEXT,
                text: (*text).to_string(),
                width: 0.0,
                element: None,
            })
            .collect();
        Layout {
            size: PageSize::A4,
            pages: vec![Page {
                marks,
                links: Vec::new(),
            }],
            outline: Vec::new(),
            bookmarks: Vec::new(),
            structure: Vec::new(),
        }
    }

    #[test]
    fn only_the_glyphs_of_the_face_are_kept_once_each_after_notdef() {
        let metrics = Metrics::load().unwrap();
        let layout = layout_with(&[(Face::Bold, "abba"), (Face::Regular, "xyz")]);
        let glyphs = glyphs_used(&layout, Face::Bold, &metrics);
        let a = metrics.glyph(Face::Bold, 'a').unwrap();
        let b = metrics.glyph(Face::Bold, 'b').unwrap();
        assert_eq!(glyphs, vec![0, a.min(b), a.max(b)]);
    }

    #[test]
    fn a_character_the_font_lacks_adds_no_glyph() {
        let metrics = Metrics::load().unwrap();
        let layout = layout_with(&[(Face::Regular, "\u{4e2d}")]);
        assert_eq!(glyphs_used(&layout, Face::Regular, &metrics), vec![0]);
    }

    #[test]
    fn the_subset_maps_each_kept_character_to_a_glyph_of_the_same_width() {
        let metrics = Metrics::load().unwrap();
        let layout = layout_with(&[(Face::Oblique, "Signal – Zoom €")]);
        let bytes = subset(
            Face::Oblique,
            &glyphs_used(&layout, Face::Oblique, &metrics),
        )
        .unwrap();
        let small = ttf_parser::Face::parse(&bytes, 0).unwrap();
        assert!(bytes.len() < Face::Oblique.bytes().len() / 10);
        for c in "Signal – Zoom €".chars() {
            let glyph = small.glyph_index(c).expect("kept character");
            assert_eq!(
                u32::from(small.glyph_hor_advance(glyph).unwrap()),
                metrics.units(&c.to_string(), Face::Oblique),
                "{c:?}"
            );
        }
        assert_eq!(small.glyph_index('Q'), None);
    }

    #[test]
    fn each_face_is_named_by_the_postscript_name_its_font_gives() {
        for face in Face::ALL {
            let parsed = ttf_parser::Face::parse(face.bytes(), 0).unwrap();
            let in_font = parsed
                .names()
                .into_iter()
                .filter(|name| name.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
                .find_map(|name| name.to_string());
            assert_eq!(in_font.as_deref(), Some(face.postscript_name()));
        }
    }

    #[test]
    fn a_subset_is_named_with_a_six_letter_tag_that_depends_on_its_glyphs() {
        let name = subset_name(Face::Bold, &[0, 5, 9]);
        let (tag, postscript) = name.split_once('+').unwrap();
        assert_eq!(postscript, "DejaVuSans-Bold");
        assert_eq!(tag.len(), 6);
        assert!(tag.chars().all(|c| c.is_ascii_uppercase()));
        assert_eq!(subset_name(Face::Bold, &[0, 5, 9]), name);
        assert_ne!(subset_name(Face::Bold, &[0, 5, 10]), name);
    }
}
