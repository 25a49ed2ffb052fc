//! The consultation record of the ICO template's step 3 on the sign-off page: who was
//! consulted, how, when and what they said, and why the people concerned were not asked when
//! they were not.

use super::command::{Command, ConsultationField, SignOffEdit, SignOffText};
use super::session::Session;
use std::collections::HashMap;

/// Draws the record.
pub fn consultations_ui(
    ui: &mut egui::Ui,
    session: &Session,
    buffers: &mut HashMap<String, String>,
    commands: &mut Vec<Command>,
) {
    let sign_off = &session.assessment.sign_off;
    ui.strong("Consultation");
    ui.label("Who was consulted (the people concerned or their representatives, staff, IT, the provider), how, when, and what they said.");
    for (index, consultation) in sign_off.consultations.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let number = index + 1;
            egui::Grid::new(("consultation", index))
                .num_columns(2)
                .show(ui, |ui| {
                    let mut field =
                        |ui: &mut egui::Ui, label: &str, kind: ConsultationField, value: &str| {
                            ui.label(label);
                            let mut text = value.to_string();
                            let response =
                                ui.add(egui::TextEdit::singleline(&mut text).desired_width(300.0));
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::TextInput,
                                    true,
                                    format!("Consultation {number}: {label}"),
                                )
                            });
                            if response.changed() {
                                commands.push(Command::EditSignOff(SignOffEdit::Consultation(
                                    index, kind, text,
                                )));
                            }
                            ui.end_row();
                        };
                    field(ui, "Who", ConsultationField::Who, &consultation.who);
                    field(ui, "How", ConsultationField::How, &consultation.how);
                    field(
                        ui,
                        "What they said",
                        ConsultationField::Views,
                        &consultation.views,
                    );
                    ui.label("When");
                    let buffer = buffers
                        .entry(format!("consultation-on:{index}"))
                        .or_insert_with(|| {
                            consultation.on.map(|d| d.to_string()).unwrap_or_default()
                        });
                    let response = ui.add(
                        egui::TextEdit::singleline(buffer)
                            .desired_width(100.0)
                            .hint_text("YYYY-MM-DD"),
                    );
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::TextInput,
                            true,
                            format!("Consultation {number}: When"),
                        )
                    });
                    if response.changed() {
                        commands.push(Command::EditSignOff(SignOffEdit::Consultation(
                            index,
                            ConsultationField::On,
                            buffer.clone(),
                        )));
                    }
                    ui.end_row();
                });
            let remove = ui.small_button("Remove");
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("Remove consultation {number}"),
                )
            });
            if remove.clicked() {
                commands.push(Command::EditSignOff(SignOffEdit::RemoveConsultation(index)));
            }
        });
    }
    if ui.button("Add a consultation").clicked() {
        commands.push(Command::EditSignOff(SignOffEdit::AddConsultation));
    }
    ui.add_space(4.0);
    let label = ui.label("If the people concerned were not consulted, why not");
    let mut reason = sign_off.individuals_not_consulted_because.clone();
    if ui
        .add(
            egui::TextEdit::multiline(&mut reason)
                .desired_rows(2)
                .desired_width(420.0),
        )
        .labelled_by(label.id)
        .changed()
    {
        commands.push(Command::EditSignOff(SignOffEdit::Text(
            SignOffText::IndividualsNotConsultedBecause,
            reason,
        )));
    }
}
