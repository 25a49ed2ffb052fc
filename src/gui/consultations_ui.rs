//! The consultation record of the ICO template's step 3 on the sign-off page: who was
//! consulted, how, when and what they said, and why the people concerned were not asked when
//! they were not.

use super::command::{Command, ConsultationField, SignOffEdit, SignOffText};
use super::session::Session;
use super::typed_text::{TypedKey, TypedText};
use crate::present::vocabulary::{FluentArgs, Words};

/// Draws the record.
pub fn consultations_ui(
    ui: &mut egui::Ui,
    session: &Session,
    words: &Words,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let sign_off = &session.assessment.sign_off;
    ui.strong(words.get("consultation-heading"));
    ui.label(words.get("consultation-intro"));
    for (index, consultation) in sign_off.consultations.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Each field is announced with the consultation's number: "Consultation 2: How".
            let announced = |field: &str| {
                let mut args = FluentArgs::new();
                args.set("number", index + 1);
                args.set("field", field);
                words.with("consultation-field", &args)
            };
            egui::Grid::new(("consultation", index))
                .num_columns(2)
                .show(ui, |ui| {
                    let field = |ui: &mut egui::Ui, message: &str, value: &str| {
                        let label = words.get(message);
                        ui.label(&label);
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
                                announced(&label),
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
                    if let Some(text) = field(ui, "consultation-who", &consultation.who) {
                        set(ConsultationField::Who, text);
                    }
                    if let Some(text) = field(ui, "consultation-how", &consultation.how) {
                        set(ConsultationField::How, text);
                    }
                    let when = words.get("consultation-when");
                    ui.label(&when);
                    let buffer = typed.entry(TypedKey::ConsultedOn(index), || {
                        consultation.on.map(|d| d.to_string()).unwrap_or_default()
                    });
                    let response = ui.add(
                        egui::TextEdit::singleline(buffer)
                            .char_limit(crate::limits::MAX_TEXT_CHARS)
                            .desired_width(100.0)
                            .hint_text(words.get("date-hint")),
                    );
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, announced(&when))
                    });
                    if response.changed() {
                        set(ConsultationField::On, buffer.clone());
                    }
                    ui.end_row();
                    if let Some(text) = field(ui, "consultation-views", &consultation.views) {
                        set(ConsultationField::Views, text);
                    }
                });
            let mut args = FluentArgs::new();
            args.set("number", index + 1);
            let name = words.with("consultation-remove", &args);
            if super::widgets::named_button(ui, &words.get("button-remove"), &name) {
                commands.push(Command::EditSignOff(SignOffEdit::RemoveConsultation(index)));
            }
        });
    }
    if ui.button(words.get("consultation-add")).clicked() {
        commands.push(Command::EditSignOff(SignOffEdit::AddConsultation));
    }
    ui.add_space(4.0);
    let label = ui.label(words.get("consultation-why-not"));
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
