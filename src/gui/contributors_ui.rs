//! The contributors on the details page: who else took part in the assessment, by name and
//! role, for the report's cover.

use super::command::{Command, ContributorEdit};
use super::session::Session;

/// Draws the list with its "Add a contributor" button.
pub fn contributors_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    ui.strong("Contributors");
    ui.label("Others who took part: IT or security, the team that will use the app, the provider.");
    for (index, contributor) in session.assessment.metadata.contributors.iter().enumerate() {
        let number = index + 1;
        ui.horizontal_wrapped(|ui| {
            let text_field = |ui: &mut egui::Ui, label: &str, value: &str, hint: &str| {
                let mut text = value.to_string();
                let response = ui.add(
                    egui::TextEdit::singleline(&mut text)
                        .char_limit(crate::limits::MAX_TEXT_CHARS)
                        .desired_width(170.0)
                        .hint_text(hint),
                );
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::TextInput,
                        true,
                        format!("Contributor {number}: {label}"),
                    )
                });
                response.changed().then_some(text)
            };
            if let Some(name) = text_field(ui, "name", &contributor.name, "Name") {
                commands.push(Command::EditContributors(ContributorEdit::Name(
                    index, name,
                )));
            }
            if let Some(role) = text_field(ui, "role", &contributor.role, "Role") {
                commands.push(Command::EditContributors(ContributorEdit::Role(
                    index, role,
                )));
            }
            if super::widgets::named_button(ui, "Remove", &format!("Remove contributor {number}")) {
                commands.push(Command::EditContributors(ContributorEdit::Remove(index)));
            }
        });
    }
    if ui.button("Add a contributor").clicked() {
        commands.push(Command::EditContributors(ContributorEdit::Add));
    }
}
