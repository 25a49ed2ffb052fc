//! The wizard: the list of steps on the left, and one step at a time in the middle.

use super::command::{Command, Field};
use super::question_ui::{QuestionView, question_ui};
use super::session::Session;
use super::step::Step;
use super::typed_text::{TypedKey, TypedText};
use crate::date::Date;
use crate::present::vocabulary::Words;
use std::collections::HashSet;

/// The left panel: each step with a check mark when complete, and the progress bar.
pub fn steps_ui(ui: &mut egui::Ui, session: &Session, words: &Words, commands: &mut Vec<Command>) {
    ui.add_space(6.0);
    ui.strong(words.get("steps-heading"));
    ui.add(egui::ProgressBar::new(session.progress()).show_percentage());
    ui.add_space(6.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        for step in session.steps() {
            let mark = if session.is_complete(step) {
                "✔"
            } else {
                "○"
            };
            let label = format!("{mark} {}", session.step_title(step, words));
            if ui.selectable_label(session.step == step, label).clicked() {
                commands.push(Command::GoTo(step));
            }
        }
    });
}

/// Which questions show their help, and which their note field.
pub struct Unfolded<'a> {
    /// Questions whose help is unfolded.
    pub help: &'a HashSet<String>,
    /// Questions whose note field is unfolded.
    pub notes: &'a HashSet<String>,
}

/// The content of the details step or a questionnaire section.
pub fn step_ui(
    ui: &mut egui::Ui,
    session: &Session,
    unfolded: &Unfolded<'_>,
    today: Date,
    words: &Words,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    // Long lines are hard to read: keep the questions to a comfortable measure.
    ui.set_max_width(ui.available_width().min(760.0));
    match session.step {
        Step::Details => details_ui(ui, session, words, typed, commands),
        Step::Section(index) => {
            let context = SectionContext {
                today,
                unfolded,
                words,
            };
            section_ui(ui, session, index, &context, typed, commands)
        }
        Step::Compare | Step::SignOff | Step::Finish => {}
    }
}

/// What every question of a section is drawn with besides its own state.
#[derive(Clone, Copy)]
struct SectionContext<'a> {
    /// The day taken as today: an app's facts last checked long before it are flagged.
    today: Date,
    unfolded: &'a Unfolded<'a>,
    words: &'a Words,
}

/// Section `index` of the questionnaire, with its apps' facts as of `today`.
fn section_ui(
    ui: &mut egui::Ui,
    session: &Session,
    index: usize,
    context: &SectionContext<'_>,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let SectionContext {
        today,
        unfolded,
        words,
    } = *context;
    let questionnaire = session.questionnaire();
    let Some(section) = questionnaire.sections.get(index) else {
        return;
    };
    if !section.intro.is_empty() {
        ui.label(&section.intro);
        ui.add_space(8.0);
    }
    let shown = questionnaire.shown_questions(&session.assessment.answers);
    for question in &section.questions {
        if !shown.iter().any(|q| q.id == question.id) {
            continue;
        }
        let view = QuestionView {
            question,
            answer: session.assessment.answers.get(&question.id),
            knowledge: session.shown_knowledge(),
            region: session
                .bundle
                .questionnaire
                .organisation_region(&session.assessment.answers),
            help_open: unfolded.help.contains(&question.id),
            note: session
                .assessment
                .judgement
                .notes
                .get(&question.id)
                .map(String::as_str),
            note_open: unfolded.notes.contains(&question.id),
            flagged: session.flagged.contains(&question.id),
            misfit: session.misfit(&question.id),
            today,
            words,
        };
        question_ui(ui, &view, typed, commands);
        ui.separator();
    }
}

fn details_ui(
    ui: &mut egui::Ui,
    session: &Session,
    words: &Words,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let m = &session.assessment.metadata;
    ui.label(words.get("details-intro"));
    ui.add_space(8.0);
    let flagged = session.flagged.iter().any(|f| f == "organisation");
    egui::Grid::new("details")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            text_field(
                ui,
                words,
                &m.organisation,
                Field::Organisation,
                flagged,
                typed,
                commands,
            );
            text_field(ui, words, &m.sector, Field::Sector, false, typed, commands);
            text_field(
                ui,
                words,
                &m.country,
                Field::Country,
                false,
                typed,
                commands,
            );
            text_field(
                ui,
                words,
                &m.assessor,
                Field::Assessor,
                false,
                typed,
                commands,
            );
            text_field(ui, words, &m.dpo, Field::Dpo, false, typed, commands);
            let date = m.assessment_date.to_string();
            text_field(
                ui,
                words,
                &date,
                Field::AssessmentDate,
                false,
                typed,
                commands,
            );
            let review = m.review_date.map(|d| d.to_string()).unwrap_or_default();
            text_field(
                ui,
                words,
                &review,
                Field::ReviewDate,
                false,
                typed,
                commands,
            );
            text_field(
                ui,
                words,
                &m.assessment_version,
                Field::Version,
                false,
                typed,
                commands,
            );
        });
    ui.add_space(12.0);
    super::contributors_ui::contributors_ui(ui, session, words, commands);
}

/// A labelled single-line field in the details grid. The text typed is kept in `typed` so an
/// unfinished date does not snap back; the value is sent whenever it changes.
fn text_field(
    ui: &mut egui::Ui,
    words: &Words,
    value: &str,
    field: Field,
    flagged: bool,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let label = words.get(label_message(field));
    let label_response = if flagged {
        ui.colored_label(ui.visuals().error_fg_color, label)
    } else {
        ui.label(label)
    };
    let buffer = typed.entry(TypedKey::Detail(field), || value.to_string());
    let response = ui
        .add(
            egui::TextEdit::singleline(buffer)
                .desired_width(360.0)
                .char_limit(crate::limits::MAX_DETAIL_CHARS),
        )
        .labelled_by(label_response.id);
    super::focus::claim_if_first_field(ui, &response);
    if response.changed() {
        commands.push(Command::SetField(field, buffer.clone()));
    }
    let is_date = matches!(field, Field::AssessmentDate | Field::ReviewDate);
    ui.end_row();
    if flagged && buffer.trim().is_empty() {
        ui.label("");
        ui.colored_label(ui.visuals().error_fg_color, words.get("details-required"));
        ui.end_row();
    }
    if is_date && !buffer.trim().is_empty() && crate::date::Date::parse(buffer.trim()).is_none() {
        ui.label("");
        ui.colored_label(ui.visuals().warn_fg_color, words.get("details-date-format"));
        ui.end_row();
    }
}

/// The message labelling a details field.
fn label_message(field: Field) -> &'static str {
    match field {
        Field::Organisation => "details-organisation",
        Field::Sector => "details-sector",
        Field::Country => "details-country",
        Field::Assessor => "details-assessor",
        Field::Dpo => "details-dpo",
        Field::AssessmentDate => "details-assessment-date",
        Field::ReviewDate => "details-review-date",
        Field::Version => "details-version",
    }
}
