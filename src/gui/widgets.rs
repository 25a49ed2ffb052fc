//! Small widgets with an accessible name of their own, for the many look-alike buttons ("Remove",
//! "Use this app instead") that a screen reader, and a test, must tell apart.

/// A small button showing `text` and announced as `name`; whether it was clicked.
pub fn named_button(ui: &mut egui::Ui, text: &str, name: &str) -> bool {
    let button = ui.small_button(text);
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    button.clicked()
}
