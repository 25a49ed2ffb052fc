//! The consultation record of the ICO template's step 3 on the sign-off page: who was
//! consulted, how, when and what they said, and why the people concerned were not asked when
//! they were not.

use super::command::{Command, ConsultationField, SignOffEdit, SignOffText};
use super::session::Session;
use super::typed_text::{TypedKey, TypedText};

/// Draws the record.
pub fn consultations_ui(
    ui: &mut egui::Ui,
    session: &Session,
    typed: &mut TypedText,
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
                    let field = |ui: &mut egui::Ui, label: &str, value: &str| {
                        ui.label(label);
                        let mut text = value.to_string();
                        let response = ui.add(
                            egui::TextEdit::singleline(&mut text)
                                .char_limit(crate::limits::MAX_TEXT_CHARS)
                                .desired_width(ui.available_width().min(300.0)),
                        );
                        response.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::TextInput,
                                true,
                                format!("Consultation {number}: {label}"),
                            )
                        });
                        ui.end_row();
                        response.changed().then_some(text)
                    };
                    let mut set = |kind, text| {
                        commands.push(Command::EditSignOff(SignOffEdit::Consultation(
                            index, kind, text,
                        )));
                    };
                    if let Some(text) = field(ui, "Who", &consultation.who) {
                        set(ConsultationField::Who, text);
                    }
                    if let Some(text) = field(ui, "How", &consultation.how) {
                        set(ConsultationField::How, text);
                    }
                    ui.label("When");
                    let buffer = typed.entry(TypedKey::ConsultedOn(index), || {
                        consultation.on.map(|d| d.to_string()).unwrap_or_default()
                    });
                    let response = ui.add(
                        egui::TextEdit::singleline(buffer)
                            .char_limit(crate::limits::MAX_TEXT_CHARS)
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
                        set(ConsultationField::On, buffer.clone());
                    }
                    ui.end_row();
                    if let Some(text) = field(ui, "What they said", &consultation.views) {
                        set(ConsultationField::Views, text);
                    }
                });
            if super::widgets::named_button(ui, "Remove", &format!("Remove consultation {number}"))
            {
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
                .char_limit(crate::limits::MAX_TEXT_CHARS)
                .desired_rows(2)
                .desired_width(ui.available_width().min(420.0)),
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
