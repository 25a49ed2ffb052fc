//! The app's look: DejaVu Sans (already embedded for the PDF) as a fallback font, so the marks the
//! app uses (✔ ○ → • ●) and the names people type (Łukasiewicz, Müller) always have a glyph
//! (egui's own fonts cover only part of them), and text sizes and spacing chosen for reading
//! long questions. Applied to both the light and the dark theme, so the system setting is kept.
//! An installed Chinese face (found with fontdb, as the PDF export finds one) is added after
//! them, so Chinese names and answers show rather than boxes; none is bundled, which would add
//! megabytes to the binary for every user.

use crate::pdf::fonts::Face;
use std::sync::{Once, OnceLock};

/// Characters a fallback face must draw to be added: Chinese as written in Hong Kong (the Hong
/// Kong firms among our users type names and answers in Chinese; egui's fonts and DejaVu Sans
/// have none of it). Simplified-only characters are left out so that a Traditional-only face
/// still qualifies.
const CHINESE_SAMPLE: [char; 5] = ['中', '文', '體', '港', '個'];

/// The installed face found for Chinese, once the search has run: `None` inside when this
/// machine has none.
static CHINESE_FACE: OnceLock<Option<(&'static [u8], u32)>> = OnceLock::new();
static CHINESE_SEARCH: Once = Once::new();

/// Installs the fonts and the style once per context, and an installed Chinese face once one
/// was asked for and found.
pub fn install(ctx: &egui::Context) {
    install_own_fonts_and_style(ctx);
    install_chinese_when_found(ctx);
}

/// Whether `text` holds a character of the scripts the Chinese face draws and the others lack
/// (CJK ideographs, kana, hangul, CJK punctuation and full-width forms).
pub fn needs_chinese(text: &str) -> bool {
    const RANGES: [std::ops::RangeInclusive<char>; 5] = [
        '\u{2E80}'..='\u{9FFF}', // radicals, CJK punctuation, kana, ideographs
        '\u{AC00}'..='\u{D7AF}', // hangul syllables
        '\u{F900}'..='\u{FAFF}', // compatibility ideographs
        '\u{FE30}'..='\u{FE4F}', // compatibility forms
        '\u{FF00}'..='\u{FFEF}', // full-width and half-width forms
    ];
    text.chars()
        .any(|c| RANGES.iter().any(|range| range.contains(&c)))
}

/// Starts the search for an installed Chinese face, once per process, off the UI thread:
/// scanning the system's fonts and reading the face chosen (some 20 MB for Noto Sans CJK) takes
/// a moment, and the memory is spent only once Chinese is on screen.
pub fn ask_for_chinese(ctx: &egui::Context) {
    CHINESE_SEARCH.call_once(|| {
        let ctx = ctx.clone();
        let search = std::thread::Builder::new()
            .name("chinese-font".to_string())
            .spawn(move || {
                let _ = CHINESE_FACE.set(search_chinese_face());
                ctx.request_repaint();
            });
        // Without a thread there is no search: Chinese shows as boxes, as before, rather than
        // the app failing.
        if search.is_err() {
            let _ = CHINESE_FACE.set(None);
        }
    });
}

/// Finds the Chinese face now, waiting for a search already under way: for an interface that
/// speaks Chinese, whose first frame must not be drawn in boxes. Called before anything is
/// drawn in a frame, the face then serves that frame already.
pub fn chinese_now() {
    CHINESE_SEARCH.call_once(|| {
        let _ = CHINESE_FACE.set(search_chinese_face());
    });
    CHINESE_FACE.wait();
}

/// The installed face that draws Chinese, if any. A search that fails in any way (a font file
/// that panics the parser) finds none, so whoever waits for it is always answered.
fn search_chinese_face() -> Option<(&'static [u8], u32)> {
    std::panic::catch_unwind(|| {
        crate::system_fonts::covering(&CHINESE_SAMPLE).map(|f| (f.bytes, f.index))
    })
    .ok()
    .flatten()
}

/// Whether the Chinese face has been asked for.
pub fn chinese_asked_for() -> bool {
    CHINESE_SEARCH.is_completed()
}

fn install_chinese_when_found(ctx: &egui::Context) {
    let id = egui::Id::unique("msgdpia-chinese-font-installed");
    if ctx.data(|d| d.get_temp::<bool>(id)).unwrap_or(false) {
        return;
    }
    let Some(found) = CHINESE_FACE.get() else {
        return;
    };
    if let Some((bytes, index)) = *found {
        let mut data = egui::FontData::from_static(bytes);
        data.index = index;
        // One face for both families, after DejaVu Sans: it only draws what the others lack.
        let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
            .into_iter()
            .map(|family| egui::epaint::text::InsertFontFamily {
                family,
                priority: egui::epaint::text::FontPriority::Lowest,
            })
            .collect();
        ctx.add_font(egui::epaint::text::FontInsert::new(
            "Chinese", data, families,
        ));
        // Text laid out before the face arrived is drawn again with it.
        ctx.request_repaint();
    }
    ctx.data_mut(|d| d.insert_temp(id, true));
}

/// DejaVu Sans and the text style, once per context.
fn install_own_fonts_and_style(ctx: &egui::Context) {
    let id = egui::Id::unique("msgdpia-fonts-installed");
    if ctx.data(|d| d.get_temp::<bool>(id)).unwrap_or(false) {
        return;
    }
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        ctx.add_font(egui::epaint::text::FontInsert::new(
            &format!("DejaVuSans-{family:?}"),
            egui::FontData::from_static(Face::Regular.bytes()),
            vec![egui::epaint::text::InsertFontFamily {
                family,
                priority: egui::epaint::text::FontPriority::Lowest,
            }],
        ));
    }
    ctx.all_styles_mut(|style| {
        use egui::{FontFamily, FontId, TextStyle};
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(22.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(14.5, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(14.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(11.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(13.5, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
    ctx.data_mut(|d| d.insert_temp(id, true));
}

#[cfg(test)]
mod tests {
    #[test]
    fn chinese_and_japanese_need_the_face_and_accented_latin_does_not() {
        assert!(super::needs_chinese("陳黃律師行"));
        assert!(super::needs_chinese("Chan（香港）"));
        assert!(super::needs_chinese("ひらがな"));
        assert!(!super::needs_chinese(
            "Zoë Łukasiewicz, Müller & Associés → ✔"
        ));
    }
}
