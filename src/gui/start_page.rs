//! The start screen.

use crate::assessment::Assessment;
use crate::bundle::Bundle;
use crate::embedded;
use crate::source::SourceFile;

/// One shipped example, scored once at start-up.
struct ExampleRow {
    file: &'static str,
    organisation: String,
    apps: String,
    stance: String,
}

/// The app's state: what the start screen shows, computed once.
pub struct StartApp {
    versions: String,
    examples: Vec<ExampleRow>,
    problem: Option<String>,
}

impl Default for StartApp {
    fn default() -> Self {
        StartApp::new()
    }
}

impl StartApp {
    /// Loads the built-in files and scores the shipped examples.
    pub fn new() -> StartApp {
        let bundle = match Bundle::load(
            &embedded::knowledge_base_source(),
            &embedded::questionnaire_sources()[0],
        ) {
            Ok(bundle) => bundle,
            Err(error) => {
                return StartApp {
                    versions: String::new(),
                    examples: Vec::new(),
                    problem: Some(error.to_string()),
                };
            }
        };
        let versions = format!(
            "Questionnaire {} {} · knowledge base {} {} ({} apps)",
            bundle.questionnaire.id,
            bundle.questionnaire.version,
            bundle.knowledge.id,
            bundle.knowledge.version,
            bundle.knowledge.apps.len()
        );
        let examples = embedded::EXAMPLES
            .iter()
            .filter_map(|shipped| {
                let assessment = Assessment::load(&SourceFile::new(shipped.name, shipped.text))
                    .ok()?
                    .value;
                let scoring = bundle.score(&assessment);
                let apps = bundle.questionnaire.chosen_apps(&assessment.answers);
                let names: Vec<String> = apps
                    .iter()
                    .map(|id| {
                        bundle
                            .knowledge
                            .app(id)
                            .map_or_else(|| id.clone(), |a| a.name.clone())
                    })
                    .collect();
                Some(ExampleRow {
                    file: shipped.name,
                    organisation: assessment.metadata.organisation,
                    apps: names.join(", "),
                    stance: scoring.stance.name().to_string(),
                })
            })
            .collect();
        StartApp {
            versions,
            examples,
            problem: None,
        }
    }

    /// Draws the start screen.
    pub fn start_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Messaging DPIA");
        ui.add_space(4.0);
        ui.label("A guided data protection impact assessment (GDPR Art. 35) of using a messaging or video app for business: WhatsApp, Signal, WeChat and others. It asks which app, how sensitive the data is, which jurisdictions are involved and which safeguards exist, then gives a scored PDF report and a stance: FORBID, DEFINE or ACCEPT.");
        ui.add_space(4.0);
        ui.label("Private by design: nothing leaves this machine. msgdpia opens no network connection; your assessments stay in local files.");
        ui.add_space(8.0);
        if let Some(problem) = &self.problem {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!("The built-in files could not be loaded:\n{problem}"),
            );
            return;
        }
        ui.weak(&self.versions);
        ui.add_space(12.0);
        ui.strong("Shipped examples");
        egui::Grid::new("examples")
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                ui.strong("File");
                ui.strong("Organisation");
                ui.strong("App");
                ui.strong("Stance");
                ui.end_row();
                for row in &self.examples {
                    ui.label(row.file);
                    ui.label(&row.organisation);
                    ui.label(&row.apps);
                    ui.label(&row.stance);
                    ui.end_row();
                }
            });
        ui.add_space(12.0);
        ui.label("The step-by-step wizard is not built yet. Meanwhile, the command line scores and reports any assessment file:");
        ui.code("msgdpia score questionnaires/examples/uk-firm-signal-mdm.ron\nmsgdpia report questionnaires/examples/uk-firm-signal-mdm.ron -o report.pdf");
    }
}

impl eframe::App for StartApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| self.start_ui(ui));
        });
    }
}
