//! Comparing apps side by side: each app's sourced facts and the residual risks it would give
//! under the same answers, so the user can pick the safer one.

use super::command::Command;
use super::risk_panel::{app_headline, app_stance, stance_colour};
use super::session::Session;
use crate::report::describe::rating_text;

/// Draws the comparison.
pub fn compare_ui(ui: &mut egui::Ui, session: &Session, commands: &mut Vec<Command>) {
    ui.heading("Compare apps");
    let knowledge = &session.bundle.knowledge;
    let results: Vec<_> = session
        .scoring
        .apps
        .iter()
        .filter(|r| r.app.is_some())
        .collect();
    egui::ScrollArea::both().auto_shrink([false, false]).show(ui, |ui| {
        if results.len() < 2 {
            ui.label("Choose two or more apps in the App step to compare them here under the same answers.");
        } else {
            ui.label("Each column is one app, scored with the same answers. Hover a fact for its source and date.");
            ui.add_space(6.0);
            egui::Grid::new("compare").striped(true).num_columns(results.len() + 1).spacing([14.0, 6.0]).show(ui, |ui| {
                ui.strong("");
                for result in &results {
                    let name = result.app.as_deref().and_then(|id| knowledge.app(id)).map_or("", |a| a.name.as_str());
                    ui.strong(name);
                }
                ui.end_row();
                ui.strong("Stance");
                for result in &results {
                    ui.label(egui::RichText::new(app_headline(&session.scoring, result)).strong().color(stance_colour(app_stance(&session.scoring, result))));
                }
                ui.end_row();
                for (index, risk) in knowledge.risks.iter().enumerate() {
                    ui.label(format!("Residual: {}", risk.name));
                    for result in &results {
                        let rating = result.risks.get(index).map(|r| rating_text(&r.residual)).unwrap_or_default();
                        ui.label(rating);
                    }
                    ui.end_row();
                }
                ui.strong("Vendor's jurisdiction");
                for result in &results {
                    let app = result.app.as_deref().and_then(|id| knowledge.app(id));
                    ui.label(app.map_or(String::new(), |a| crate::report::describe::jurisdiction_text(&a.jurisdiction)));
                }
                ui.end_row();
                for definition in &knowledge.facts {
                    ui.label(&definition.label);
                    for result in &results {
                        let fact = result.app.as_deref().and_then(|id| knowledge.app(id)).and_then(|a| a.fact(&definition.id));
                        match fact {
                            Some(fact) => {
                                ui.label(fact.value.name()).on_hover_text(format!("{}\nSource: {} ({})", fact.detail, fact.citation.source, fact.citation.dating()));
                            }
                            None => {
                                ui.label("Unknown");
                            }
                        }
                    }
                    ui.end_row();
                }
            });
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Back").clicked() {
                commands.push(Command::Back);
            }
            if ui.button("Next").clicked() {
                commands.push(Command::Next);
            }
        });
    });
}
