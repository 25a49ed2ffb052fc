//! Small widgets with an accessible name of their own, for the many look-alike buttons ("Remove",
//! "Use this app instead") that a screen reader, and a test, must tell apart.

/// A small button showing `text` and announced as `name`; whether it was clicked.
pub fn named_button(ui: &mut egui::Ui, text: &str, name: &str) -> bool {
    let button = ui.small_button(text);
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    button.clicked()
}

/// A turning arc beside `text`, for slow work on the worker thread. Unlike egui's spinner it
/// does not ask for a redraw at every frame: the app redraws every tenth of a second while work
/// runs, which is enough to show that it does.
pub fn working_ui(ui: &mut egui::Ui, text: &str) {
    ui.horizontal(|ui| {
        let size = ui.text_style_height(&egui::TextStyle::Body);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
        let turn = ui.input(|i| i.time) as f32 * std::f32::consts::TAU;
        let radius = size / 2.0 - 2.0;
        let points: Vec<egui::Pos2> = (0..=12)
            .map(|step| {
                let angle = turn + step as f32 / 12.0 * std::f32::consts::PI * 1.5;
                rect.center() + radius * egui::vec2(angle.cos(), angle.sin())
            })
            .collect();
        let stroke = egui::Stroke::new(2.0, ui.visuals().strong_text_color());
        ui.painter().add(egui::Shape::line(points, stroke));
        ui.label(text);
    });
}
