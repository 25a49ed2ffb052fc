//! The assessor's own risks and measures on the sign-off page: risks the catalogue does not
//! cover, rated by the assessor, and measures of their own that lower them (added to the action
//! plan like any measure, they count once done).

use super::command::{Command, JudgementEdit};
use super::session::Session;
use super::widgets::named_button;
use crate::assessment::{OwnMeasure, OwnReduction, OwnRisk};
use crate::knowledge::FearedEvent;
use crate::present::terms::{feared_event, scale_point};
use crate::present::vocabulary::{FluentArgs, Words};
use crate::scale::Scale;

/// Draws both lists with their "Add" buttons.
pub fn own_items_ui(
    ui: &mut egui::Ui,
    session: &Session,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    let judgement = &session.assessment.judgement;
    ui.strong(words.get("own-heading"));
    ui.label(words.get("own-intro"));
    for (index, risk) in judgement.own_risks.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let item = Item::new(words, "own-risk-field", index + 1);
            if let Some(changed) = own_risk_ui(ui, &item, risk) {
                commands.push(Command::EditJudgement(JudgementEdit::SetOwnRisk(
                    index, changed,
                )));
            }
            if named_button(
                ui,
                &words.get("button-remove"),
                &item.named("own-risk-remove"),
            ) {
                commands.push(Command::EditJudgement(JudgementEdit::RemoveOwnRisk(index)));
            }
        });
    }
    if ui.button(words.get("own-risk-add")).clicked() {
        commands.push(Command::EditJudgement(JudgementEdit::AddOwnRisk));
    }
    for (index, measure) in judgement.own_measures.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let item = Item::new(words, "own-measure-field", index + 1);
            if let Some(changed) = own_measure_ui(ui, &item, measure, &judgement.own_risks) {
                commands.push(Command::EditJudgement(JudgementEdit::SetOwnMeasure(
                    index, changed,
                )));
            }
            if named_button(
                ui,
                &words.get("button-remove"),
                &item.named("own-measure-remove"),
            ) {
                commands.push(Command::EditJudgement(JudgementEdit::RemoveOwnMeasure(
                    index,
                )));
            }
        });
    }
    if ui.button(words.get("own-measure-add")).clicked() {
        commands.push(Command::EditJudgement(JudgementEdit::AddOwnMeasure));
    }
}

/// One own risk or measure on screen: its fields are announced with its number ("Own risk 2:
/// Name"), so a screen reader, and a test, can tell the items apart.
struct Item<'a> {
    words: &'a Words,
    /// The message announcing one of the item's fields.
    field_message: &'static str,
    number: usize,
}

impl<'a> Item<'a> {
    fn new(words: &'a Words, field_message: &'static str, number: usize) -> Item<'a> {
        Item {
            words,
            field_message,
            number,
        }
    }

    /// The words of `message`, which names the whole item by its `$number`.
    fn named(&self, message: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("number", self.number);
        self.words.with(message, &args)
    }

    /// The accessible name of the field labelled `label`.
    fn field(&self, label: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("number", self.number);
        args.set("field", label);
        self.words.with(self.field_message, &args)
    }

    /// A labelled combo box over `options` in the item's grid.
    fn choice_row<T: Clone + PartialEq>(
        &self,
        ui: &mut egui::Ui,
        message: &str,
        value: &mut T,
        options: &[T],
        label: impl Fn(&T) -> String,
    ) {
        let text = self.words.get(message);
        ui.label(&text);
        choice(ui, &self.field(&text), value, options, label);
        ui.end_row();
    }

    /// A labelled single-line text field in the item's grid.
    fn text_row(&self, ui: &mut egui::Ui, message: &str, value: &mut String) {
        let label = self.words.get(message);
        ui.label(&label);
        let response = ui.add(
            egui::TextEdit::singleline(value)
                .char_limit(crate::limits::MAX_TEXT_CHARS)
                .desired_width(ui.available_width().min(320.0)),
        );
        let name = self.field(&label);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
        ui.end_row();
    }
}

/// One own risk's fields; the changed risk when anything changed.
fn own_risk_ui(ui: &mut egui::Ui, item: &Item<'_>, risk: &OwnRisk) -> Option<OwnRisk> {
    let words = item.words;
    let mut edited = risk.clone();
    egui::Grid::new(("own_risk", item.number))
        .num_columns(2)
        .show(ui, |ui| {
            item.text_row(ui, "own-risk-name", &mut edited.name);
            item.text_row(ui, "own-risk-description", &mut edited.description);
            item.text_row(ui, "own-risk-harm", &mut edited.harm);
            item.choice_row(
                ui,
                "own-risk-feared-event",
                &mut edited.feared_event,
                &FearedEvent::ALL,
                |e| words.get(feared_event(*e)),
            );
            let points: Vec<Scale> = (1..=4).filter_map(Scale::new).collect();
            let point = |p: &Scale| format!("{} ({})", p.get(), words.get(scale_point(*p)));
            item.choice_row(ui, "own-likelihood", &mut edited.likelihood, &points, point);
            item.choice_row(ui, "own-severity", &mut edited.severity, &points, point);
        });
    (edited != *risk).then_some(edited)
}

/// One own measure's fields, with the own risk it lowers and by how many steps.
fn own_measure_ui(
    ui: &mut egui::Ui,
    item: &Item<'_>,
    measure: &OwnMeasure,
    risks: &[OwnRisk],
) -> Option<OwnMeasure> {
    let words = item.words;
    let mut edited = measure.clone();
    egui::Grid::new(("own_measure", item.number))
        .num_columns(2)
        .show(ui, |ui| {
            item.text_row(ui, "own-measure-name", &mut edited.name);
            item.text_row(ui, "own-measure-wording", &mut edited.wording);
            // The screen edits the first risk lowered; a file may list more, which are kept.
            let mut first = edited.reduces.first().cloned().unwrap_or(OwnReduction {
                risk: String::new(),
                likelihood: 0,
                severity: 0,
            });
            let ids: Vec<String> = risks.iter().map(|r| r.id.clone()).collect();
            item.choice_row(ui, "own-measure-lowers", &mut first.risk, &ids, |id| {
                risks.iter().find(|r| r.id == *id).map_or_else(
                    || words.get("own-measure-choose-risk"),
                    |r| {
                        if r.name.trim().is_empty() {
                            r.id.clone()
                        } else {
                            r.name.clone()
                        }
                    },
                )
            });
            let steps = [0u8, 1, 2, 3];
            let step_label = |n: &u8| words.count("own-measure-steps", usize::from(*n));
            item.choice_row(
                ui,
                "own-measure-likelihood-steps",
                &mut first.likelihood,
                &steps,
                step_label,
            );
            item.choice_row(
                ui,
                "own-measure-severity-steps",
                &mut first.severity,
                &steps,
                step_label,
            );
            if !first.risk.is_empty() {
                match edited.reduces.first_mut() {
                    Some(slot) => *slot = first,
                    None => edited.reduces.push(first),
                }
            }
        });
    (edited != *measure).then_some(edited)
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
