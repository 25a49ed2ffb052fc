//! The contributors on the details page: who else took part in the assessment, by name and
//! role, for the report's cover.

use super::command::{Command, ContributorEdit};
use super::session::Session;
use crate::present::vocabulary::{FluentArgs, Words};

/// Draws the list with its "Add a contributor" button.
pub fn contributors_ui(
    ui: &mut egui::Ui,
    session: &Session,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    ui.strong(words.get("contributors-heading"));
    ui.label(words.get("contributors-intro"));
    for (index, contributor) in session.assessment.metadata.contributors.iter().enumerate() {
        let mut args = FluentArgs::new();
        args.set("number", index + 1);
        ui.horizontal_wrapped(|ui| {
            // Each field is announced with the contributor's number: "Contributor 2: role".
            let text_field = |ui: &mut egui::Ui, name: &str, value: &str, hint: &str| {
                let mut text = value.to_string();
                let response = ui.add(
                    egui::TextEdit::singleline(&mut text)
                        .char_limit(crate::limits::MAX_TEXT_CHARS)
                        .desired_width(170.0)
                        .hint_text(words.get(hint)),
                );
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::TextInput, true, words.with(name, &args))
                });
                response.changed().then_some(text)
            };
            if let Some(name) = text_field(
                ui,
                "contributor-name-of",
                &contributor.name,
                "contributor-name",
            ) {
                commands.push(Command::EditContributors(ContributorEdit::Name(
                    index, name,
                )));
            }
            if let Some(role) = text_field(
                ui,
                "contributor-role-of",
                &contributor.role,
                "contributor-role",
            ) {
                commands.push(Command::EditContributors(ContributorEdit::Role(
                    index, role,
                )));
            }
            let remove = words.get("button-remove");
            if super::widgets::named_button(ui, &remove, &words.with("contributor-remove", &args)) {
                commands.push(Command::EditContributors(ContributorEdit::Remove(index)));
            }
        });
    }
    if ui.button(words.get("contributor-add")).clicked() {
        commands.push(Command::EditContributors(ContributorEdit::Add));
    }
}
