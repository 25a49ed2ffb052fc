//! The app's look: DejaVu Sans (already embedded for the PDF) as a fallback font, so the marks the
//! app uses (✔ ○ → • ●) and the names people type (Łukasiewicz, Müller) always have a glyph
//! (egui's own fonts cover only part of them), and text sizes and spacing chosen for reading
//! long questions. Applied to both the light and the dark theme, so the system setting is kept.

use crate::pdf::fonts::Face;

/// Installs the fonts and the style once per context.
pub fn install(ctx: &egui::Context) {
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
