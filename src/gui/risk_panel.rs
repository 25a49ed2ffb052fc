//! The live risk panel: stance, screening, a 4×4 risk map with each risk's inherent and residual
//! position, and the why-trail of the risk clicked. It only shows what the core computed.

use super::command::Command;
use super::session::Session;
use crate::present::describe::rating_text;
use crate::present::risk_map::{self, MapCell};
use crate::present::terms::{risk_level, scale_point};
use crate::present::vocabulary::{FluentArgs, Words};
use crate::present::{names, risk_register, verdict, why_trail};
use crate::scale::RiskLevel;
use crate::scoring::{AppResult, Phase, Scoring, Stance};

/// The colour of a stance; a neutral grey while there is no stance yet (INCOMPLETE), so a
/// provisional result never looks like a green light.
pub fn stance_colour(stance: Option<Stance>) -> egui::Color32 {
    match stance {
        None => egui::Color32::from_rgb(110, 115, 125),
        Some(Stance::Accept) => egui::Color32::from_rgb(40, 140, 70),
        Some(Stance::Define) => egui::Color32::from_rgb(200, 130, 20),
        Some(Stance::Forbid) => egui::Color32::from_rgb(200, 45, 45),
    }
}

/// The stance to colour one app's result by: none while the assessment is incomplete.
pub fn app_stance(scoring: &Scoring, result: &AppResult) -> Option<Stance> {
    scoring.complete.then_some(result.decision.stance)
}

/// The cell colours: one hue from pale to deep (ColorBrewer's OrRd), which readers with any
/// of the common colour-vision deficiencies still see in order, unlike green against red.
fn level_fill(level: RiskLevel) -> egui::Color32 {
    match level {
        RiskLevel::Low => egui::Color32::from_rgb(254, 240, 217),
        RiskLevel::Medium => egui::Color32::from_rgb(253, 204, 138),
        RiskLevel::High => egui::Color32::from_rgb(252, 141, 89),
        RiskLevel::VeryHigh => egui::Color32::from_rgb(215, 48, 31),
    }
}

/// The panel folded to a strip: each app's stance, and a button to unfold it.
pub fn folded_risk_panel_ui(
    ui: &mut egui::Ui,
    session: &Session,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    if ui
        .button(words.get("panel-unfold"))
        .on_hover_text(words.get("panel-unfold-hover"))
        .clicked()
    {
        commands.push(Command::ShowRiskPanel(true));
    }
    let scoring = &session.scoring;
    let knowledge = session.shown_knowledge();
    for result in &scoring.apps {
        ui.add_space(6.0);
        ui.label(names::chosen_app(knowledge, result.app.as_deref(), words));
        let stance = if scoring.complete {
            verdict::stance_word(result.decision.stance, words)
        } else {
            verdict::incomplete_word(words)
        };
        ui.label(
            egui::RichText::new(stance)
                .strong()
                .color(stance_colour(app_stance(scoring, result))),
        );
    }
}

/// Draws the panel.
pub fn risk_panel_ui(
    ui: &mut egui::Ui,
    session: &Session,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.strong(words.get("panel-heading"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button(words.get("panel-fold"))
                .on_hover_text(words.get("panel-fold-hover"))
                .clicked()
            {
                commands.push(Command::ShowRiskPanel(false));
            }
        });
    });
    egui::ScrollArea::vertical().show(ui, |ui| {
        let scoring = &session.scoring;
        let knowledge = session.shown_knowledge();
        for result in &scoring.apps {
            let name = names::chosen_app(knowledge, result.app.as_deref(), words);
            ui.horizontal(|ui| {
                ui.label(format!("{name}:"));
                ui.label(
                    egui::RichText::new(verdict::app_headline(scoring, result, words))
                        .strong()
                        .size(18.0)
                        .color(stance_colour(app_stance(scoring, result))),
                );
            });
        }
        if !scoring.complete {
            ui.label(words.count("panel-questions-left", scoring.missing.len()));
        }
        ui.label(verdict::screening(&scoring.screening, words));
        if scoring.prior_consultation {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                verdict::prior_consultation(session.questionnaire(), scoring, words),
            );
        }
        // One map per app assessed, each titled, so no map is taken for another app's.
        for result in &scoring.apps {
            ui.add_space(6.0);
            if scoring.apps.len() > 1 {
                let mut args = FluentArgs::new();
                args.set(
                    "app",
                    names::chosen_app(knowledge, result.app.as_deref(), words),
                );
                ui.strong(words.with("panel-map-of", &args));
            }
            risk_map_ui(ui, result, words);
            ui.add_space(4.0);
            legend_ui(ui, session, result, words, commands);
        }
    });
}

/// The 4×4 map: likelihood across, severity up; hollow circles are inherent positions, filled
/// ones residual, numbered as in the legend.
fn risk_map_ui(ui: &mut egui::Ui, result: &AppResult, words: &Words) {
    let side = ui.available_width().clamp(160.0, 280.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, words.get("panel-map-name"))
    });
    let painter = ui.painter_at(rect);
    let cell = side / 4.0;
    let cell_min = |map_cell: &MapCell| {
        rect.min
            + egui::vec2(
                f32::from(map_cell.likelihood - 1) * cell,
                f32::from(4 - map_cell.severity) * cell,
            )
    };
    let residual_cells = risk_map::map_cells(result, Phase::Residual);
    for map_cell in &residual_cells {
        painter.rect_filled(
            egui::Rect::from_min_size(cell_min(map_cell), egui::vec2(cell, cell)).shrink(1.0),
            2.0,
            level_fill(map_cell.level).gamma_multiply(0.55),
        );
    }
    let radius = (cell / 9.0).clamp(5.0, 8.0);
    let mut used = std::collections::HashMap::new();
    // Inherent positions first, then residual ones, each taking the next free slot of a 4×4
    // grid inside its cell, so markers sharing a cell never cover each other.
    let phases = [
        (false, risk_map::map_cells(result, Phase::Inherent)),
        (true, residual_cells),
    ];
    for (residual, cells) in &phases {
        let residual = *residual;
        for (map_cell, number) in cells
            .iter()
            .flat_map(|c| c.risks.iter().map(move |number| (c, *number)))
        {
            // A risk the safeguards leave where it was is drawn once, as its residual position.
            if !residual && !risk_map::moved(&result.risks[number - 1]) {
                continue;
            }
            let slot = used
                .entry((map_cell.likelihood, map_cell.severity))
                .or_insert(0usize);
            let (column, row) = ((*slot % 4) as f32, ((*slot / 4) % 4) as f32);
            *slot += 1;
            let centre = cell_min(map_cell)
                + egui::vec2((column + 0.5) * cell / 4.0, (row + 0.5) * cell / 4.0);
            let number = number.to_string();
            let font = egui::FontId::proportional(radius * 1.3);
            if residual {
                painter.circle_filled(centre, radius, egui::Color32::from_gray(30));
                painter.text(
                    centre,
                    egui::Align2::CENTER_CENTER,
                    number,
                    font,
                    egui::Color32::WHITE,
                );
            } else {
                // Before safeguards: a hollow diamond, told apart from the filled disc by its
                // shape and fill, not by colour.
                let diamond = vec![
                    centre + egui::vec2(0.0, -radius * 1.25),
                    centre + egui::vec2(radius * 1.25, 0.0),
                    centre + egui::vec2(0.0, radius * 1.25),
                    centre + egui::vec2(-radius * 1.25, 0.0),
                ];
                painter.add(egui::Shape::convex_polygon(
                    diamond,
                    egui::Color32::from_white_alpha(200),
                    egui::Stroke::new(1.5, egui::Color32::from_gray(40)),
                ));
                painter.text(
                    centre,
                    egui::Align2::CENTER_CENTER,
                    number,
                    font,
                    egui::Color32::from_gray(20),
                );
            }
        }
    }
    ui.weak(words.get("panel-map-key"));
}

fn legend_ui(
    ui: &mut egui::Ui,
    session: &Session,
    result: &AppResult,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    // In register order, numbered as on the map.
    for row in risk_register::risk_rows(session.shown_knowledge(), result, words) {
        let risk = row.result;
        let selected = session.selected_risk.as_deref() == Some(risk.risk.as_str());
        let mut args = FluentArgs::new();
        args.set("number", row.number);
        args.set("risk", row.name.as_ref());
        args.set("inherent", words.get(risk_level(row.inherent().level)));
        args.set("residual", words.get(risk_level(row.residual().level)));
        let mut text = words.with("panel-legend-row", &args);
        if row.computed().is_some() {
            text = format!("{text} {}", words.get("panel-your-rating"));
        }
        // Planned is not done: the rating once the action plan is complete only stands beside.
        if let Some(planned) = row.changed_by_plan() {
            let mut args = FluentArgs::new();
            args.set("level", words.get(risk_level(planned.level)));
            text = format!("{text} {}", words.with("panel-once-plan-done", &args));
        }
        if ui
            .selectable_label(selected, text)
            .on_hover_text(words.get("panel-show-why"))
            .clicked()
        {
            commands.push(Command::SelectRisk(if selected {
                None
            } else {
                Some(risk.risk.clone())
            }));
        }
        if selected {
            trail_ui(ui, session, risk, words);
            own_rating_ui(ui, session, result.app.as_deref(), risk, words, commands);
        }
    }
}

fn trail_ui(
    ui: &mut egui::Ui,
    session: &Session,
    risk: &crate::scoring::RiskResult,
    words: &Words,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let mut args = FluentArgs::new();
        args.set("inherent", rating_text(&risk.inherent, words));
        args.set("residual", rating_text(&risk.residual, words));
        ui.strong(words.with("panel-why", &args));
        let rows = why_trail::trail_rows(
            risk,
            session.questionnaire(),
            session.shown_knowledge(),
            &|works: &[String]| cite_in_full(works, words),
            words,
        );
        for row in rows {
            let mut args = FluentArgs::new();
            args.set("likelihood", or_zero(row.likelihood));
            args.set("severity", or_zero(row.severity));
            let amounts = words.with("panel-trail-amounts", &args);
            if row.total {
                ui.strong(words.with_texts(
                    "panel-trail-total",
                    &[("total", &row.text), ("amounts", &amounts)],
                ));
            } else {
                ui.label(format!("{amounts} — {}", row.text));
            }
        }
    });
}

/// The assessor's own rating of the selected risk: likelihood and severity (or "as computed")
/// and the reason, which the rating needs before it counts.
fn own_rating_ui(
    ui: &mut egui::Ui,
    session: &Session,
    app: Option<&str>,
    risk: &crate::scoring::RiskResult,
    words: &Words,
    commands: &mut Vec<Command>,
) {
    // The rating that applies: one for this app, else one for every app.
    let current = session
        .assessment
        .judgement
        .overrides
        .iter()
        .filter(|o| o.concerns(&risk.risk, app))
        .max_by_key(|o| o.app.is_some());
    // With one app assessed, a new rating is the assessor's view of the risk whatever the app,
    // so it survives "Use this app instead"; with several, it is for the app whose map this is.
    let several = session.scoring.apps.len() > 1;
    let mut own = current.cloned().unwrap_or(crate::assessment::RiskOverride {
        risk: risk.risk.clone(),
        app: if several {
            app.map(str::to_string)
        } else {
            None
        },
        likelihood: None,
        severity: None,
        reason: String::new(),
    });
    let computed = risk.computed.unwrap_or(risk.residual);
    let before = own.clone();
    let risk_name = names::risk(session.shown_knowledge(), &risk.risk, words);
    let app_name = names::chosen_app(session.shown_knowledge(), app, words);
    // Widgets are named (and so told apart) per app when several maps show the same risk.
    let name = if several {
        format!("{risk_name} ({app_name})")
    } else {
        risk_name.to_string()
    };
    let named = |id: &str| {
        let mut args = FluentArgs::new();
        args.set("risk", name.as_str());
        words.with(id, &args)
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.strong(words.get("rating-heading"));
        let mut args = FluentArgs::new();
        args.set("rating", rating_text(&computed, words));
        ui.weak(words.with("rating-computed", &args));
        egui::Grid::new(("own_rating", &risk.risk, app))
            .num_columns(2)
            .show(ui, |ui| {
                ui.label(words.get("rating-likelihood"));
                scale_choice_ui(
                    ui,
                    &named("rating-likelihood-of"),
                    computed.likelihood,
                    &mut own.likelihood,
                    words,
                );
                ui.end_row();
                ui.label(words.get("rating-severity"));
                scale_choice_ui(
                    ui,
                    &named("rating-severity-of"),
                    computed.severity,
                    &mut own.severity,
                    words,
                );
                ui.end_row();
            });
        ui.label(words.get("rating-reason"));
        let response = ui.add(
            egui::TextEdit::multiline(&mut own.reason)
                .char_limit(crate::limits::MAX_TEXT_CHARS)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::MultilineTextInput,
                true,
                named("rating-reason-of"),
            )
        });
        let has_rating = own.likelihood.is_some() || own.severity.is_some();
        if has_rating && own.reason.trim().is_empty() {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                words.get("rating-reason-missing"),
            );
        }
        if current.is_some() && ui.button(words.get("rating-use-computed")).clicked() {
            own.likelihood = None;
            own.severity = None;
            own.reason.clear();
        }
    });
    if own != before {
        commands.push(Command::EditJudgement(
            super::command::JudgementEdit::Override(own),
        ));
    }
}

/// A choice of "as computed" or a point of the 1–4 scale, named `name` for screen readers.
fn scale_choice_ui(
    ui: &mut egui::Ui,
    name: &str,
    computed: crate::scale::Scale,
    value: &mut Option<crate::scale::Scale>,
    words: &Words,
) {
    let label = |choice: Option<crate::scale::Scale>| match choice {
        None => {
            let mut args = FluentArgs::new();
            args.set("point", computed.get());
            words.with("rating-as-computed", &args)
        }
        Some(point) => format!("{} ({})", point.get(), words.get(scale_point(point))),
    };
    let response = egui::ComboBox::from_id_salt(name)
        .selected_text(label(*value))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, label(None));
            for point in 1..=4 {
                let point = crate::scale::Scale::new(point);
                ui.selectable_value(value, point, label(point));
            }
        })
        .response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, name));
}

/// Works written out in brackets: the app has no bibliography to number them against.
fn cite_in_full(works: &[String], words: &Words) -> String {
    let mut args = FluentArgs::new();
    args.set("works", works.join(&words.get("cites-separator")));
    words.with("panel-trail-source", &args)
}

fn or_zero(text: String) -> String {
    if text.is_empty() {
        "±0".to_string()
    } else {
        text
    }
}
