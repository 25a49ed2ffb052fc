//! Comparing apps side by side: each app's sourced facts and the residual risks it would give
//! under the same answers, so the user can pick the safer one. The apps assessed come first;
//! apps added here are only compared, and "Use this app instead" makes one the app assessed.

use super::command::{Command, CompareEdit};
use super::risk_panel::{app_stance, stance_colour};
use super::session::Session;
use crate::date::Date;
use crate::present::app_facts::{self, FactRow};
use crate::present::describe::rating_text;
use crate::present::names;
use crate::present::vocabulary::{FluentArgs, Words};

/// Draws the comparison.
pub fn compare_ui(
    ui: &mut egui::Ui,
    session: &Session,
    today: Date,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    let knowledge = session.shown_knowledge();
    let results: Vec<_> = session
        .scoring
        .apps
        .iter()
        .chain(&session.scoring.candidates)
        .filter(|r| r.app.is_some())
        .collect();
    {
        ui.label(words.get("compare-intro"));
        add_app_ui(ui, session, words, commands);
        ui.add_space(6.0);
        if results.len() >= 2 {
            ui.label(words.get("compare-columns"));
            ui.add_space(6.0);
            egui::Grid::new("compare")
                .striped(true)
                .num_columns(results.len() + 1)
                .spacing([14.0, 6.0])
                .show(ui, |ui| {
                    ui.strong("");
                    for result in &results {
                        let name = names::chosen_app(knowledge, result.app.as_deref(), words);
                        ui.vertical(|ui| {
                            // A column heading keeps its width: wrapped, the last column's name and
                            // buttons would be squeezed to a letter a line.
                            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                            ui.strong(name.as_ref());
                            if session.scoring.is_candidate(result) {
                                candidate_actions_ui(
                                    ui,
                                    &name,
                                    result.app.as_deref().unwrap_or_default(),
                                    words,
                                    commands,
                                );
                            } else {
                                ui.weak(words.get("compare-assessed"));
                            }
                        });
                    }
                    ui.end_row();
                    ui.strong(words.get("compare-stance"));
                    for result in &results {
                        ui.label(
                            egui::RichText::new(crate::present::verdict::app_headline(
                                &session.scoring,
                                result,
                                words,
                            ))
                            .strong()
                            .color(stance_colour(app_stance(&session.scoring, result))),
                        );
                    }
                    ui.end_row();
                    for (index, risk) in knowledge.risks.iter().enumerate() {
                        let mut args = FluentArgs::new();
                        args.set("risk", risk.name.as_str());
                        ui.label(words.with("compare-residual", &args));
                        for result in &results {
                            let rating = result
                                .risks
                                .get(index)
                                .map(|r| rating_text(&r.residual, words))
                                .unwrap_or_default();
                            ui.label(rating);
                        }
                        ui.end_row();
                    }
                    ui.strong(words.get("compare-jurisdiction"));
                    for result in &results {
                        let app = result.app.as_deref().and_then(|id| knowledge.app(id));
                        ui.label(app.map_or(String::new(), |a| {
                            crate::present::describe::jurisdiction_text(&a.jurisdiction, words)
                        }));
                    }
                    ui.end_row();
                    // Each app's rows list the knowledge base's facts in the same order.
                    let facts: Vec<Vec<FactRow>> = results
                        .iter()
                        .map(|result| {
                            let app = result.app.as_deref().and_then(|id| knowledge.app(id));
                            app.map(|app| app_facts::fact_rows(knowledge, app, today, words))
                                .unwrap_or_default()
                        })
                        .collect();
                    for (index, definition) in knowledge.facts.iter().enumerate() {
                        ui.label(&definition.label);
                        for rows in &facts {
                            match rows.get(index) {
                                Some(row) => fact_cell_ui(ui, row, words),
                                None => {
                                    ui.label("");
                                }
                            }
                        }
                        ui.end_row();
                    }
                });
        }
    }
}

/// "Add an app to compare…": the knowledge base's apps not yet assessed or compared.
fn add_app_ui(ui: &mut egui::Ui, session: &Session, words: &Words, commands: &mut Vec<Command>) {
    let assessed = session
        .bundle
        .questionnaire
        .chosen_apps(&session.assessment.answers);
    let combo = egui::ComboBox::from_id_salt("compare-add")
        .selected_text(words.get("compare-add"))
        .show_ui(ui, |ui| {
            for app in &session.shown_knowledge().apps {
                let taken =
                    assessed.contains(&app.id) || session.assessment.compared.contains(&app.id);
                if !taken && ui.selectable_label(false, &app.name).clicked() {
                    commands.push(Command::EditCompared(CompareEdit::Add(app.id.clone())));
                }
            }
        });
    combo.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, words.get("compare-add-name"))
    });
}

/// The buttons under a compared app's name.
fn candidate_actions_ui(
    ui: &mut egui::Ui,
    name: &str,
    id: &str,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    let mut args = FluentArgs::new();
    args.set("app", name);
    let instead = ui
        .small_button(words.get("compare-use-instead"))
        .on_hover_text(words.get("compare-use-instead-hover"));
    instead.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            words.with("compare-use-app-instead", &args),
        )
    });
    if instead.clicked() {
        commands.push(Command::EditCompared(CompareEdit::UseInstead(
            id.to_string(),
        )));
    }
    let remove = words.get("button-remove");
    if super::widgets::named_button(ui, &remove, &words.with("compare-stop", &args)) {
        commands.push(Command::EditCompared(CompareEdit::Remove(id.to_string())));
    }
}

/// One app's value for one fact, marked when it should be checked again, with its detail, source
/// and dates on hover.
fn fact_cell_ui(ui: &mut egui::Ui, row: &FactRow<'_>, words: &Words) {
    let label = match row.staleness {
        Some(_) => ui.colored_label(ui.visuals().warn_fg_color, row.value_marked()),
        None => ui.label(row.value()),
    };
    let Some(fact) = row.fact else {
        return;
    };
    let mut args = FluentArgs::new();
    args.set("detail", fact.detail.as_str());
    args.set("source", fact.citation.source.as_str());
    args.set(
        "dating",
        crate::present::citations::dating(&fact.citation, words),
    );
    let mut hover = words.with("compare-fact-hover", &args);
    if let Some(why) = row.check_again() {
        hover = format!("{hover}\n{why}");
    }
    label.on_hover_text(hover);
}
