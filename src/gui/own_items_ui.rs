//! The assessor's own risks and measures on the sign-off page: risks the catalogue does not
//! cover, rated by the assessor, and measures of their own that lower them (added to the action
//! plan like any measure, they count once done).

use super::command::{Command, JudgementEdit};
use super::session::Session;
use super::widgets::named_button;
use crate::assessment::{OwnMeasure, OwnReduction, OwnRisk};
use crate::knowledge::FearedEvent;
use crate::scale::Scale;

/// Draws both lists with their "Add" buttons.
pub fn own_items_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    let judgement = &session.assessment.judgement;
    ui.strong("Risks and measures of your own");
    ui.label("For what the catalogue does not cover. Rate your risk before any measure; a measure of your own lowers it once the action plan marks it done.");
    for (index, risk) in judgement.own_risks.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if let Some(changed) = own_risk_ui(ui, index + 1, risk) {
                commands.push(Command::EditJudgement(JudgementEdit::SetOwnRisk(
                    index, changed,
                )));
            }
            if named_button(ui, "Remove", &format!("Remove own risk {}", index + 1)) {
                commands.push(Command::EditJudgement(JudgementEdit::RemoveOwnRisk(index)));
            }
        });
    }
    if ui.button("Add a risk of your own").clicked() {
        commands.push(Command::EditJudgement(JudgementEdit::AddOwnRisk));
    }
    for (index, measure) in judgement.own_measures.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if let Some(changed) = own_measure_ui(ui, index + 1, measure, &judgement.own_risks) {
                commands.push(Command::EditJudgement(JudgementEdit::SetOwnMeasure(
                    index, changed,
                )));
            }
            if named_button(ui, "Remove", &format!("Remove own measure {}", index + 1)) {
                commands.push(Command::EditJudgement(JudgementEdit::RemoveOwnMeasure(
                    index,
                )));
            }
        });
    }
    if ui.button("Add a measure of your own").clicked() {
        commands.push(Command::EditJudgement(JudgementEdit::AddOwnMeasure));
    }
}

/// One own risk's fields; the changed risk when anything changed.
fn own_risk_ui(ui: &mut egui::Ui, number: usize, risk: &OwnRisk) -> Option<OwnRisk> {
    let mut edited = risk.clone();
    let prefix = format!("Own risk {number}");
    egui::Grid::new(("own-risk", number))
        .num_columns(2)
        .show(ui, |ui| {
            text_row(ui, &prefix, "Name", &mut edited.name);
            text_row(ui, &prefix, "What can go wrong", &mut edited.description);
            text_row(
                ui,
                &prefix,
                "Harm to the people concerned",
                &mut edited.harm,
            );
            ui.label("Feared event");
            choice(
                ui,
                &format!("{prefix}: feared event"),
                &mut edited.feared_event,
                &FearedEvent::ALL,
                |e| e.name().to_string(),
            );
            ui.end_row();
            let points: Vec<Scale> = (1..=4).filter_map(Scale::new).collect();
            let point = |p: &Scale| format!("{} ({})", p.get(), p.name());
            ui.label("Likelihood");
            choice(
                ui,
                &format!("{prefix}: likelihood"),
                &mut edited.likelihood,
                &points,
                point,
            );
            ui.end_row();
            ui.label("Severity");
            choice(
                ui,
                &format!("{prefix}: severity"),
                &mut edited.severity,
                &points,
                point,
            );
            ui.end_row();
        });
    (edited != *risk).then_some(edited)
}

/// One own measure's fields, with the own risk it lowers and by how many steps.
fn own_measure_ui(
    ui: &mut egui::Ui,
    number: usize,
    measure: &OwnMeasure,
    risks: &[OwnRisk],
) -> Option<OwnMeasure> {
    let mut edited = measure.clone();
    let prefix = format!("Own measure {number}");
    egui::Grid::new(("own-measure", number))
        .num_columns(2)
        .show(ui, |ui| {
            text_row(ui, &prefix, "Name", &mut edited.name);
            text_row(ui, &prefix, "Wording for the policy", &mut edited.wording);
            // The screen edits the first risk lowered; a file may list more, which are kept.
            let mut first = edited.reduces.first().cloned().unwrap_or(OwnReduction {
                risk: String::new(),
                likelihood: 0,
                severity: 0,
            });
            ui.label("Lowers");
            let ids: Vec<String> = risks.iter().map(|r| r.id.clone()).collect();
            choice(
                ui,
                &format!("{prefix}: risk it lowers"),
                &mut first.risk,
                &ids,
                |id| {
                    risks.iter().find(|r| r.id == *id).map_or_else(
                        || "Choose one of your risks".to_string(),
                        |r| {
                            if r.name.trim().is_empty() {
                                r.id.clone()
                            } else {
                                r.name.clone()
                            }
                        },
                    )
                },
            );
            ui.end_row();
            let steps = [0u8, 1, 2, 3];
            let step_label = |n: &u8| format!("by {n} step{}", if *n == 1 { "" } else { "s" });
            ui.label("Likelihood");
            choice(
                ui,
                &format!("{prefix}: likelihood steps"),
                &mut first.likelihood,
                &steps,
                step_label,
            );
            ui.end_row();
            ui.label("Severity");
            choice(
                ui,
                &format!("{prefix}: severity steps"),
                &mut first.severity,
                &steps,
                step_label,
            );
            ui.end_row();
            if !first.risk.is_empty() {
                match edited.reduces.first_mut() {
                    Some(slot) => *slot = first,
                    None => edited.reduces.push(first),
                }
            }
        });
    (edited != *measure).then_some(edited)
}

/// A labelled single-line text field in a grid, named "<prefix>: <label>" for screen readers.
fn text_row(ui: &mut egui::Ui, prefix: &str, label: &str, value: &mut String) {
    ui.label(label);
    let response = ui.add(
        egui::TextEdit::singleline(value)
            .char_limit(crate::limits::MAX_TEXT_CHARS)
            .desired_width(ui.available_width().min(320.0)),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("{prefix}: {label}"))
    });
    ui.end_row();
}

/// A combo box over `options`, named `name` for screen readers.
fn choice<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    name: &str,
    value: &mut T,
    options: &[T],
    label: impl Fn(&T) -> String,
) {
    // Within the panel: a long choice is cut short in the box, shown whole in the list.
    let response = egui::ComboBox::from_id_salt(name)
        .width(ui.available_width().min(320.0))
        .truncate()
        .selected_text(label(value))
        .show_ui(ui, |ui| {
            for option in options {
                ui.selectable_value(value, option.clone(), label(option));
            }
        })
        .response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, name));
}
