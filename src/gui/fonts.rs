//! Adds DejaVu Sans (already embedded for the PDF) as a fallback font, so the marks the app uses
//! (✔ ○ → • ●) and the names people type (Łukasiewicz, Müller) always have a glyph: egui's own
//! fonts cover only part of them.

use crate::pdf::fonts::Face;

/// Installs the fallback fonts once per context.
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
    ctx.data_mut(|d| d.insert_temp(id, true));
}
