//! The sign-off step: the action plan (measures with owner, due date and status), the
//! consultation record of the ICO template's step 3 and the approvals of its step 7.

use super::command::{ApprovalOf, Command, SignOffEdit, SignOffText};
use super::session::Session;
use super::typed_text::{TypedKey, TypedText};
use crate::assessment::{AdviceOutcome, MeasureStatus};
use crate::present::names;

/// Draws the step.
pub fn sign_off_ui(
    ui: &mut egui::Ui,
    session: &Session,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    {
        ui.label("The measures start from the recommended ones; give each an owner and a due date. The approvals follow step 7 of the ICO's DPIA template.");
        ui.add_space(8.0);
        super::own_items_ui::own_items_ui(ui, session, commands);
        ui.add_space(12.0);
        measures_ui(ui, session, typed, commands);
        ui.add_space(12.0);
        super::consultations_ui::consultations_ui(ui, session, typed, commands);
        ui.add_space(12.0);
        approvals_ui(ui, session, typed, commands);
    }
}

fn edit(commands: &mut Vec<Command>, edit: SignOffEdit) {
    commands.push(Command::EditSignOff(edit));
}

fn measures_ui(
    ui: &mut egui::Ui,
    session: &Session,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let knowledge = session.knowledge();
    let measures = &session.assessment.sign_off.measures;
    ui.strong("Measures");
    // One small block per measure rather than a wide table: the central panel can be narrow
    // while the risk panel is open.
    for (index, measure) in measures.iter().enumerate() {
        let name = names::control(knowledge, &measure.control);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let label = ui.strong(name.as_ref());
            ui.horizontal_wrapped(|ui| {
                ui.label("Owner");
                let owner = typed.entry(TypedKey::MeasureOwner(measure.control.clone()), || {
                    measure.owner.clone()
                });
                let response = ui
                    .add(
                        egui::TextEdit::singleline(owner)
                            .char_limit(crate::limits::MAX_TEXT_CHARS)
                            .desired_width(170.0)
                            .hint_text("Name or role"),
                    )
                    .labelled_by(label.id);
                if response.changed() {
                    edit(commands, SignOffEdit::Owner(index, owner.clone()));
                }
                ui.label("Due");
                let due = typed.entry(TypedKey::MeasureDue(measure.control.clone()), || {
                    measure.due.map(|d| d.to_string()).unwrap_or_default()
                });
                let response = ui.add(
                    egui::TextEdit::singleline(due)
                        .char_limit(crate::limits::MAX_TEXT_CHARS)
                        .desired_width(100.0)
                        .hint_text("YYYY-MM-DD"),
                );
                response.widget_info(|| {
                    let mut info =
                        egui::WidgetInfo::text_edit(true, due.as_str(), due.as_str(), "YYYY-MM-DD");
                    info.label = Some(format!("Due date of {name}"));
                    info
                });
                if response.changed() {
                    edit(commands, SignOffEdit::Due(index, due.clone()));
                }
                let combo = egui::ComboBox::from_id_salt(("status", &measure.control))
                    .selected_text(measure.status.name())
                    .show_ui(ui, |ui| {
                        for status in MeasureStatus::ALL {
                            if ui
                                .selectable_label(measure.status == status, status.name())
                                .clicked()
                            {
                                edit(commands, SignOffEdit::Status(index, status));
                            }
                        }
                    });
                name_combo(&combo.response, &format!("Status of {name}"));
                if ui.small_button("Remove").clicked() {
                    edit(commands, SignOffEdit::Remove(index));
                }
            });
            contradiction_ui(ui, session, &measure.control, commands);
            if !due_is_valid(typed.get(&TypedKey::MeasureDue(measure.control.clone()))) {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    "Write the due date as YYYY-MM-DD.",
                );
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button("Add the recommended measures").clicked() {
            edit(commands, SignOffEdit::AddRecommended);
        }
        let combo = egui::ComboBox::from_id_salt("add-measure")
            .selected_text("Add a measure…")
            .show_ui(ui, |ui| {
                for control in &knowledge.controls {
                    if !measures.iter().any(|m| m.control == control.id)
                        && ui.selectable_label(false, &control.name).clicked()
                    {
                        edit(commands, SignOffEdit::Add(control.id.clone()));
                    }
                }
            });
        name_combo(&combo.response, "Add a measure");
    });
}

/// A measure marked done while an answer still says it is not in place: says so, and offers to
/// bring the answer into line with the plan.
fn contradiction_ui(
    ui: &mut egui::Ui,
    session: &Session,
    control: &str,
    commands: &mut Vec<Command>,
) {
    let questionnaire = &session.bundle.questionnaire;
    let denying = session
        .scoring
        .findings
        .iter()
        .find_map(|finding| match finding {
            crate::scoring::Finding::DoneContradictsAnswer {
                control: done,
                answer,
            } if done == control => Some(answer),
            _ => None,
        });
    let Some(answer) = denying else {
        return;
    };
    let Some(question) = questionnaire.question(&answer.question) else {
        return;
    };
    ui.colored_label(
        ui.visuals().warn_fg_color,
        crate::present::verdict::done_contradicts_beside_measure(question),
    );
    if let Some(in_place) = answer_putting_in_place(question, control)
        && ui.button("Update the answer").clicked()
    {
        commands.push(Command::SetAnswer(question.id.clone(), Some(in_place)));
    }
}

/// The answer to `question` that says `control` is in place: "Yes", or the option that brings it.
fn answer_putting_in_place(
    question: &crate::questionnaire::Question,
    control: &str,
) -> Option<crate::answer::Answer> {
    let option = question.options.iter().find(|option| {
        option
            .effects
            .iter()
            .any(|e| matches!(e, crate::effect::Effect::Safeguard(c) if c == control))
    })?;
    match question.kind {
        crate::questionnaire::QuestionKind::YesNo => {
            Some(crate::answer::Answer::YesNo(crate::answer::YesNo::Yes))
        }
        crate::questionnaire::QuestionKind::SingleChoice => {
            Some(crate::answer::Answer::Choice(option.id.clone()))
        }
        _ => None,
    }
}

fn due_is_valid(text: Option<&String>) -> bool {
    text.is_none_or(|t| t.trim().is_empty() || crate::date::Date::parse(t.trim()).is_some())
}

fn approvals_ui(
    ui: &mut egui::Ui,
    session: &Session,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let s = &session.assessment.sign_off;
    ui.strong("Approvals");
    text_row(
        ui,
        "Measures approved by",
        SignOffText::MeasuresApprovedBy,
        &s.measures_approval.by,
        typed,
        commands,
    );
    approval_date_row(
        ui,
        ApprovalOf::Measures,
        s.measures_approval.on,
        typed,
        commands,
    );
    text_row(
        ui,
        "Residual risks approved by",
        SignOffText::ResidualRisksApprovedBy,
        &s.residual_risks_approval.by,
        typed,
        commands,
    );
    approval_date_row(
        ui,
        ApprovalOf::ResidualRisks,
        s.residual_risks_approval.on,
        typed,
        commands,
    );
    text_row(
        ui,
        "DPO advice",
        SignOffText::DpoAdvice,
        &s.dpo_advice,
        typed,
        commands,
    );
    ui.label("DPO advice accepted or overruled");
    ui.horizontal_wrapped(|ui| {
        for outcome in AdviceOutcome::ALL {
            if ui
                .radio(s.dpo_advice_outcome == outcome, outcome.name())
                .clicked()
            {
                edit(commands, SignOffEdit::Outcome(outcome));
            }
        }
    });
    if s.dpo_advice_outcome == AdviceOutcome::Overruled {
        text_row(
            ui,
            "Why the advice was overruled",
            SignOffText::OverruledReason,
            &s.overruled_reason,
            typed,
            commands,
        );
    }
    text_row(
        ui,
        "Consultation responses",
        SignOffText::ConsultationResponses,
        &s.consultation_responses,
        typed,
        commands,
    );
    text_row(
        ui,
        "Kept under review by",
        SignOffText::KeptUnderReviewBy,
        &s.kept_under_review_by,
        typed,
        commands,
    );
}

fn approval_date_row(
    ui: &mut egui::Ui,
    which: ApprovalOf,
    on: Option<crate::date::Date>,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    ui.label("Approved on");
    let buffer = typed.entry(TypedKey::ApprovedOn(which), || {
        on.map(|d| d.to_string()).unwrap_or_default()
    });
    let name = match which {
        ApprovalOf::Measures => "Date the measures were approved",
        ApprovalOf::ResidualRisks => "Date the residual risks were approved",
    };
    ui.vertical(|ui| {
        let response = ui.add(
            egui::TextEdit::singleline(buffer)
                .char_limit(crate::limits::MAX_TEXT_CHARS)
                .desired_width(100.0)
                .hint_text("YYYY-MM-DD"),
        );
        response.widget_info(|| {
            let mut info =
                egui::WidgetInfo::text_edit(true, buffer.as_str(), buffer.as_str(), "YYYY-MM-DD");
            info.label = Some(name.to_string());
            info
        });
        if response.changed() {
            edit(commands, SignOffEdit::ApprovedOn(which, buffer.clone()));
        }
        if !due_is_valid(Some(buffer)) {
            ui.colored_label(ui.visuals().warn_fg_color, "Write the date as YYYY-MM-DD.");
        }
    });
    ui.end_row();
}

fn text_row(
    ui: &mut egui::Ui,
    label: &str,
    field: SignOffText,
    value: &str,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let label_response = ui.label(label);
    let buffer = typed.entry(TypedKey::SignOff(field), || value.to_string());
    let multiline = matches!(
        field,
        SignOffText::DpoAdvice | SignOffText::OverruledReason | SignOffText::ConsultationResponses
    );
    let widget = if multiline {
        egui::TextEdit::multiline(buffer)
            .char_limit(crate::limits::MAX_TEXT_CHARS)
            .desired_rows(3)
    } else {
        egui::TextEdit::singleline(buffer).char_limit(crate::limits::MAX_TEXT_CHARS)
    };
    if ui
        .add(widget.desired_width(ui.available_width().min(420.0)))
        .labelled_by(label_response.id)
        .changed()
    {
        edit(commands, SignOffEdit::Text(field, buffer.clone()));
    }
    ui.end_row();
}

/// Gives a combo box the accessible name a screen reader announces.
fn name_combo(response: &egui::Response, name: &str) {
    let enabled = response.enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, enabled, name));
}
