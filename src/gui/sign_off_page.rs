//! The sign-off step: the action plan (measures with owner, due date and status), the
//! consultation record of the ICO template's step 3 and the approvals of its step 7.

use super::command::{ApprovalOf, Command, SignOffEdit, SignOffText};
use super::session::Session;
use super::typed_text::{TypedKey, TypedText};
use crate::assessment::{AdviceOutcome, MeasureStatus};
use crate::present::names;
use crate::present::terms::{advice_outcome, measure_status};
use crate::present::vocabulary::{FluentArgs, Words};

/// Draws the step.
pub fn sign_off_ui(
    ui: &mut egui::Ui,
    session: &Session,
    words: &Words,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    {
        ui.label(words.get("sign-off-intro"));
        ui.add_space(8.0);
        super::own_items_ui::own_items_ui(ui, session, words, commands);
        ui.add_space(12.0);
        measures_ui(ui, session, words, typed, commands);
        ui.add_space(12.0);
        super::consultations_ui::consultations_ui(ui, session, words, typed, commands);
        ui.add_space(12.0);
        approvals_ui(ui, session, words, typed, commands);
    }
}

fn edit(commands: &mut Vec<Command>, edit: SignOffEdit) {
    commands.push(Command::EditSignOff(edit));
}

fn measures_ui(
    ui: &mut egui::Ui,
    session: &Session,
    words: &Words,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let knowledge = session.shown_knowledge();
    let measures = &session.assessment.sign_off.measures;
    ui.strong(words.get("sign-off-measures"));
    // One small block per measure rather than a wide table: the central panel can be narrow
    // while the risk panel is open.
    for (index, measure) in measures.iter().enumerate() {
        let name = names::control(knowledge, &measure.control, words);
        let mut args = FluentArgs::new();
        args.set("measure", name.as_ref());
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let label = ui.strong(name.as_ref());
            ui.horizontal_wrapped(|ui| {
                ui.label(words.get("measure-owner"));
                let owner = typed.entry(TypedKey::MeasureOwner(measure.control.clone()), || {
                    measure.owner.clone()
                });
                let response = ui
                    .add(
                        egui::TextEdit::singleline(owner)
                            .char_limit(crate::limits::MAX_TEXT_CHARS)
                            .desired_width(170.0)
                            .hint_text(words.get("measure-owner-hint")),
                    )
                    .labelled_by(label.id);
                if response.changed() {
                    edit(commands, SignOffEdit::Owner(index, owner.clone()));
                }
                ui.label(words.get("measure-due"));
                let date_hint = words.get("date-hint");
                let due = typed.entry(TypedKey::MeasureDue(measure.control.clone()), || {
                    measure.due.map(|d| d.to_string()).unwrap_or_default()
                });
                let response = ui.add(
                    egui::TextEdit::singleline(due)
                        .char_limit(crate::limits::MAX_TEXT_CHARS)
                        .desired_width(100.0)
                        .hint_text(&date_hint),
                );
                response.widget_info(|| {
                    let mut info =
                        egui::WidgetInfo::text_edit(true, due.as_str(), due.as_str(), &date_hint);
                    info.label = Some(words.with("measure-due-of", &args));
                    info
                });
                if response.changed() {
                    edit(commands, SignOffEdit::Due(index, due.clone()));
                }
                let combo = egui::ComboBox::from_id_salt(("status", &measure.control))
                    .selected_text(words.get(measure_status(measure.status)))
                    .show_ui(ui, |ui| {
                        for status in MeasureStatus::ALL {
                            if ui
                                .selectable_label(
                                    measure.status == status,
                                    words.get(measure_status(status)),
                                )
                                .clicked()
                            {
                                edit(commands, SignOffEdit::Status(index, status));
                            }
                        }
                    });
                name_combo(&combo.response, &words.with("measure-status-of", &args));
                if ui.small_button(words.get("button-remove")).clicked() {
                    edit(commands, SignOffEdit::Remove(index));
                }
            });
            contradiction_ui(ui, session, &measure.control, words, commands);
            if !due_is_valid(typed.get(&TypedKey::MeasureDue(measure.control.clone()))) {
                ui.colored_label(ui.visuals().warn_fg_color, words.get("measure-due-format"));
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(words.get("measure-add-recommended")).clicked() {
            edit(commands, SignOffEdit::AddRecommended);
        }
        let combo = egui::ComboBox::from_id_salt("add_measure")
            .selected_text(words.get("measure-add"))
            .show_ui(ui, |ui| {
                for control in &knowledge.controls {
                    if !measures.iter().any(|m| m.control == control.id)
                        && ui.selectable_label(false, &control.name).clicked()
                    {
                        edit(commands, SignOffEdit::Add(control.id.clone()));
                    }
                }
            });
        name_combo(&combo.response, &words.get("measure-add-name"));
    });
}

/// A measure marked done while an answer still says it is not in place: says so, and offers to
/// bring the answer into line with the plan.
fn contradiction_ui(
    ui: &mut egui::Ui,
    session: &Session,
    control: &str,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    let questionnaire = session.questionnaire();
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
        crate::present::verdict::done_contradicts_beside_measure(question, words),
    );
    if let Some(in_place) = answer_putting_in_place(question, control)
        && ui.button(words.get("measure-update-answer")).clicked()
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
    words: &Words,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let s = &session.assessment.sign_off;
    ui.strong(words.get("sign-off-approvals"));
    text_row(
        ui,
        &words.get("sign-off-measures-approved-by"),
        SignOffText::MeasuresApprovedBy,
        &s.measures_approval.by,
        typed,
        commands,
    );
    approval_date_row(
        ui,
        ApprovalOf::Measures,
        s.measures_approval.on,
        words,
        typed,
        commands,
    );
    text_row(
        ui,
        &words.get("sign-off-risks-approved-by"),
        SignOffText::ResidualRisksApprovedBy,
        &s.residual_risks_approval.by,
        typed,
        commands,
    );
    approval_date_row(
        ui,
        ApprovalOf::ResidualRisks,
        s.residual_risks_approval.on,
        words,
        typed,
        commands,
    );
    text_row(
        ui,
        &words.get("sign-off-dpo-advice"),
        SignOffText::DpoAdvice,
        &s.dpo_advice,
        typed,
        commands,
    );
    ui.label(words.get("sign-off-advice-outcome"));
    ui.horizontal_wrapped(|ui| {
        for outcome in AdviceOutcome::ALL {
            if ui
                .radio(
                    s.dpo_advice_outcome == outcome,
                    words.get(advice_outcome(outcome)),
                )
                .clicked()
            {
                edit(commands, SignOffEdit::Outcome(outcome));
            }
        }
    });
    if s.dpo_advice_outcome == AdviceOutcome::Overruled {
        text_row(
            ui,
            &words.get("sign-off-overruled-reason"),
            SignOffText::OverruledReason,
            &s.overruled_reason,
            typed,
            commands,
        );
    }
    text_row(
        ui,
        &words.get("sign-off-consultation-responses"),
        SignOffText::ConsultationResponses,
        &s.consultation_responses,
        typed,
        commands,
    );
    text_row(
        ui,
        &words.get("sign-off-kept-under-review-by"),
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
    words: &Words,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    ui.label(words.get("sign-off-approved-on"));
    let buffer = typed.entry(TypedKey::ApprovedOn(which), || {
        on.map(|d| d.to_string()).unwrap_or_default()
    });
    let name = words.get(match which {
        ApprovalOf::Measures => "sign-off-measures-approved-on",
        ApprovalOf::ResidualRisks => "sign-off-risks-approved-on",
    });
    let date_hint = words.get("date-hint");
    ui.vertical(|ui| {
        let response = ui.add(
            egui::TextEdit::singleline(buffer)
                .char_limit(crate::limits::MAX_TEXT_CHARS)
                .desired_width(100.0)
                .hint_text(&date_hint),
        );
        response.widget_info(|| {
            let mut info =
                egui::WidgetInfo::text_edit(true, buffer.as_str(), buffer.as_str(), &date_hint);
            info.label = Some(name.clone());
            info
        });
        if response.changed() {
            edit(commands, SignOffEdit::ApprovedOn(which, buffer.clone()));
        }
        if !due_is_valid(Some(buffer)) {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                words.get("sign-off-date-format"),
            );
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
