//! One question, drawn with the widget its kind needs. Every widget carries an accessible label
//! that includes the question, so a screen reader (and a test) can tell the many "Yes" buttons
//! apart.

use super::command::Command;
use super::radio_group::{GroupChoice, RadioOption, radio_group_ui};
use super::typed_text::{TypedKey, TypedText};
use crate::answer::{Answer, YesNo};
use crate::assessment::Misfit;
use crate::date::Date;
use crate::knowledge::{App, KnowledgeBase};
use crate::present::app_facts::{self, FactRow};
use crate::present::vocabulary::{FluentArgs, Words};
use crate::questionnaire::{Question, QuestionKind};

/// What a question widget needs to know.
pub struct QuestionView<'a> {
    /// The question.
    pub question: &'a Question,
    /// Its current answer.
    pub answer: Option<&'a Answer>,
    /// For the app picker.
    pub knowledge: &'a KnowledgeBase,
    /// The region the organisation is in, once answered: the app picker says who provides each
    /// app there.
    pub region: Option<&'a str>,
    /// Whether its help is unfolded.
    pub help_open: bool,
    /// The assessor's note on it, if any.
    pub note: Option<&'a str>,
    /// Whether its note field is unfolded (it always is when there is a note).
    pub note_open: bool,
    /// Whether the user tried to move on without answering it.
    pub flagged: bool,
    /// Why its stored answer does not fit it, if it does not.
    pub misfit: Option<&'a Misfit>,
    /// The day taken as today: an app's facts last checked long before it are flagged.
    pub today: Date,
    /// The interface's words.
    pub words: &'a Words,
}

/// Draws a question: its text, a "Why we ask" toggle with the help, and its widget.
pub fn question_ui(
    ui: &mut egui::Ui,
    view: &QuestionView<'_>,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let question = view.question;
    let words = view.words;
    let label = ui
        .horizontal_wrapped(|ui| {
            let label = ui.label(egui::RichText::new(&question.text).strong());
            if question.required {
                ui.weak(words.get("question-required"));
            }
            let help = words.get(if view.help_open {
                "question-hide-why"
            } else {
                "question-why"
            });
            if ui
                .small_button(help)
                .on_hover_text(&question.help)
                .clicked()
            {
                commands.push(Command::ToggleHelp(question.id.clone()));
            }
            if view.note.is_none() {
                let text = words.get(if view.note_open {
                    "question-hide-note"
                } else {
                    "question-add-note"
                });
                let button = ui
                    .small_button(&text)
                    .on_hover_text(words.get("question-note-hover"));
                let mut args = FluentArgs::new();
                args.set("button", text.as_str());
                args.set("question", question.text.as_str());
                let name = words.with("question-note-button", &args);
                button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if button.clicked() {
                    commands.push(Command::ToggleNote(question.id.clone()));
                }
            }
            label
        })
        .inner;
    if let Some(misfit) = view.misfit {
        // The file's own wording names ids: it is there on hover for whoever edits the file.
        ui.colored_label(ui.visuals().error_fg_color, words.get("question-misfit"))
            .on_hover_text(crate::present::misfits::diagnostic(misfit).in_words(words));
    } else if view.flagged {
        ui.colored_label(ui.visuals().error_fg_color, words.get("question-flagged"));
    }
    if view.help_open {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(egui::RichText::new(&question.help).italics());
        });
    }
    match question.kind {
        QuestionKind::SingleChoice => single_choice_ui(ui, view, commands),
        QuestionKind::YesNo => yes_no_ui(ui, view, commands),
        QuestionKind::MultipleChoice => multiple_choice_ui(ui, view, commands),
        QuestionKind::ShortText | QuestionKind::LongText => {
            text_ui(ui, view, label.id, typed, commands)
        }
        QuestionKind::Number => parsed_ui(ui, view, label.id, typed, commands, number_answer),
        QuestionKind::Date => parsed_ui(ui, view, label.id, typed, commands, date_answer),
        QuestionKind::Apps => apps_ui(ui, view, commands),
    }
    if view.note.is_some() || view.note_open {
        note_ui(ui, view, commands);
    }
    ui.add_space(6.0);
}

/// The assessor's note on the question, saved as it is typed.
fn note_ui(ui: &mut egui::Ui, view: &QuestionView<'_>, commands: &mut Vec<Command>) {
    let question = view.question;
    let mut text = view.note.unwrap_or_default().to_string();
    ui.horizontal(|ui| {
        ui.label(view.words.get("note-label"));
        let response = ui.add(
            egui::TextEdit::multiline(&mut text)
                .char_limit(crate::limits::MAX_TEXT_CHARS)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
                .hint_text(view.words.get("note-hint")),
        );
        let name = about_question(view.words, question, &view.words.get("note-name"));
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &name));
        if response.changed() {
            commands.push(Command::EditJudgement(super::command::JudgementEdit::Note(
                question.id.clone(),
                text.clone(),
            )));
        }
    });
}

/// The accessible name of one of the question's widgets: the question, then what the widget is
/// ("Which app…: Signal"), so the many "Yes" buttons can be told apart.
fn about_question(words: &Words, question: &Question, what: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("question", question.text.as_str());
    args.set("what", what);
    words.with("question-widget", &args)
}

/// Gives a widget an accessible label that names the question too.
fn describe(
    response: &egui::Response,
    kind: egui::Role,
    selected: bool,
    view: &QuestionView<'_>,
    option: &str,
) {
    let enabled = response.enabled();
    let name = about_question(view.words, view.question, option);
    response.widget_info(|| egui::WidgetInfo::selected(kind, enabled, selected, &name));
}

fn single_choice_ui(ui: &mut egui::Ui, view: &QuestionView<'_>, commands: &mut Vec<Command>) {
    let answers = view
        .question
        .options
        .iter()
        .map(|option| Answer::Choice(option.id.clone()));
    choice_group_ui(ui, view, answers.collect(), commands);
}

fn yes_no_ui(ui: &mut egui::Ui, view: &QuestionView<'_>, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let answers = YesNo::ALL.iter().map(|value| Answer::YesNo(*value));
        choice_group_ui(ui, view, answers.collect(), commands);
    });
}

/// The question's options as one radio group: one Tab stop, the arrows choose.
fn choice_group_ui(
    ui: &mut egui::Ui,
    view: &QuestionView<'_>,
    answers: Vec<Answer>,
    commands: &mut Vec<Command>,
) {
    let question = view.question;
    let options: Vec<RadioOption<'_>> = question
        .options
        .iter()
        .map(|option| RadioOption {
            label: &option.label,
            name: about_question(view.words, question, &option.label),
        })
        .collect();
    let selected = answers
        .iter()
        .position(|answer| view.answer == Some(answer));
    let id = egui::Id::unique(("answer", &question.id));
    if let GroupChoice::Chose(index) = radio_group_ui(ui, id, &options, selected)
        && let Some(answer) = answers.get(index)
    {
        commands.push(Command::SetAnswer(
            question.id.clone(),
            Some(answer.clone()),
        ));
    }
}

fn multiple_choice_ui(ui: &mut egui::Ui, view: &QuestionView<'_>, commands: &mut Vec<Command>) {
    let chosen: Vec<&str> = view.answer.map(Answer::selected).unwrap_or_default();
    for option in &view.question.options {
        let mut checked = chosen.contains(&option.id.as_str());
        let response = ui.checkbox(&mut checked, &option.label);
        describe(
            &response,
            egui::Role::CheckBox,
            checked,
            view,
            &option.label,
        );
        if ticked_by_mouse_or_space(ui, &response) {
            let all = view.question.options.iter().map(|o| o.id.as_str());
            let ids = toggled(all, &chosen, &option.id, checked);
            let answer = (!ids.is_empty()).then_some(Answer::Choices(ids));
            commands.push(Command::SetAnswer(view.question.id.clone(), answer));
        }
    }
}

fn text_ui(
    ui: &mut egui::Ui,
    view: &QuestionView<'_>,
    label: egui::Id,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
) {
    let current = match view.answer {
        Some(Answer::Text(text)) => text.clone(),
        _ => String::new(),
    };
    let buffer = typed.entry(TypedKey::Answer(view.question.id.clone()), || current);
    let edit = if view.question.kind == QuestionKind::LongText {
        egui::TextEdit::multiline(buffer).desired_rows(4)
    } else {
        egui::TextEdit::singleline(buffer)
    };
    // The limit a loaded file is held to, so that what is typed always saves and reopens.
    let edit = edit.char_limit(crate::limits::MAX_TEXT_CHARS);
    let response = ui.add(edit.desired_width(f32::INFINITY)).labelled_by(label);
    super::focus::claim_if_first_field(ui, &response);
    if response.changed() {
        let answer = (!buffer.trim().is_empty()).then(|| Answer::Text(buffer.clone()));
        commands.push(Command::SetAnswer(view.question.id.clone(), answer));
    }
}

/// A text field whose content is parsed into an answer (numbers, dates); while it does not parse,
/// the field shows why and the previous answer stays.
fn parsed_ui(
    ui: &mut egui::Ui,
    view: &QuestionView<'_>,
    label: egui::Id,
    typed: &mut TypedText,
    commands: &mut Vec<Command>,
    parse: fn(&Question, &str, &Words) -> Result<Answer, String>,
) {
    let current = match view.answer {
        Some(Answer::Number(n)) => crate::report::format_number(*n),
        Some(Answer::Date(text)) => text.clone(),
        _ => String::new(),
    };
    let buffer = typed.entry(TypedKey::Answer(view.question.id.clone()), || current);
    let response = ui
        .horizontal(|ui| {
            let response = ui
                .add(egui::TextEdit::singleline(buffer).desired_width(160.0))
                .labelled_by(label);
            if !view.question.unit.is_empty() {
                ui.label(&view.question.unit);
            }
            response
        })
        .inner;
    super::focus::claim_if_first_field(ui, &response);
    let parsed = if buffer.trim().is_empty() {
        None
    } else {
        Some(parse(view.question, buffer.trim(), view.words))
    };
    if let Some(Err(problem)) = &parsed {
        ui.colored_label(ui.visuals().warn_fg_color, problem);
    }
    if response.changed() {
        match parsed {
            None => commands.push(Command::SetAnswer(view.question.id.clone(), None)),
            Some(Ok(answer)) => {
                commands.push(Command::SetAnswer(view.question.id.clone(), Some(answer)))
            }
            Some(Err(_)) => {}
        }
    }
}

/// The selection after ticking or unticking `id`, in the order of `all` (the questionnaire's or
/// the knowledge base's), whatever order the boxes were ticked in.
fn toggled<'a>(
    all: impl Iterator<Item = &'a str>,
    chosen: &[&str],
    id: &str,
    checked: bool,
) -> Vec<String> {
    all.filter(|candidate| {
        if *candidate == id {
            checked
        } else {
            chosen.contains(candidate)
        }
    })
    .map(str::to_string)
    .collect()
}

fn number_answer(question: &Question, text: &str, words: &Words) -> Result<Answer, String> {
    let value: f64 = text
        .replace([',', '_', ' '], "")
        .parse()
        .map_err(|_| words.get("number-expected"))?;
    if !value.is_finite() {
        return Err(words.get("number-ordinary"));
    }
    let limit = |id: &str, limit: f64| {
        let mut args = FluentArgs::new();
        args.set("limit", crate::report::format_number(limit));
        words.with(id, &args)
    };
    if let Some(min) = question.min.filter(|min| value < *min) {
        return Err(limit("number-at-least", min));
    }
    if let Some(max) = question.max.filter(|max| value > *max) {
        return Err(limit("number-at-most", max));
    }
    Ok(Answer::Number(value))
}

fn date_answer(_question: &Question, text: &str, words: &Words) -> Result<Answer, String> {
    Date::parse(text)
        .map(|date| Answer::Date(date.to_string()))
        .ok_or_else(|| words.get("details-date-format"))
}

/// Whether a check box was ticked or unticked this frame. Enter on a focused box goes to the
/// next step instead (egui would also toggle it), so a box changes only by a click or Space.
fn ticked_by_mouse_or_space(ui: &egui::Ui, response: &egui::Response) -> bool {
    super::focus::enter_moves_on(ui, response);
    super::focus::claim_if_first_field(ui, response);
    response.changed() && !ui.input(|i| i.key_pressed(egui::Key::Enter))
}

fn apps_ui(ui: &mut egui::Ui, view: &QuestionView<'_>, commands: &mut Vec<Command>) {
    let chosen: Vec<&str> = view.answer.map(Answer::selected).unwrap_or_default();
    let words = view.words;
    for app in &view.knowledge.apps {
        let mut checked = chosen.contains(&app.id.as_str());
        let label = format!(
            "{} — {} ({})",
            app.name,
            app.vendor,
            crate::present::describe::jurisdiction_text(&app.jurisdiction, words)
        );
        // A closed app stays in the list so that old assessments open, and says it is closed.
        let name = match &app.discontinued {
            Some(closed) => {
                let mut args = FluentArgs::new();
                args.set("app", app.name.as_str());
                args.set("on", closed.on.to_string());
                words.with("app-closed", &args)
            }
            None => app.name.clone(),
        };
        let response = ui.checkbox(&mut checked, &name).on_hover_text(&label);
        describe(&response, egui::Role::CheckBox, checked, view, &app.name);
        if ticked_by_mouse_or_space(ui, &response) {
            let all = view.knowledge.apps.iter().map(|a| a.id.as_str());
            let ids = toggled(all, &chosen, &app.id, checked);
            let answer = (!ids.is_empty()).then_some(Answer::Apps(ids));
            commands.push(Command::SetAnswer(view.question.id.clone(), answer));
        }
        let facts = app_facts::fact_rows(view.knowledge, app, view.today, words);
        // Said on the folded header too, so a user need not open every app to see it.
        let stale = facts.iter().filter(|row| row.staleness.is_some()).count();
        let mut args = FluentArgs::new();
        args.set("app", app.name.as_str());
        args.set("count", stale);
        let header = words.with("app-key-facts", &args);
        ui.indent(("facts", &app.id), |ui| {
            egui::CollapsingHeader::new(header)
                .id_salt(("facts_header", &app.id))
                .show(ui, |ui| app_facts_ui(ui, app, &facts, view.region, words));
        });
    }
}

/// An app's facts, each with its source and dates and whether to check it again, after who
/// provides it in the organisation's `region` (once known) and where the data goes.
pub fn app_facts_ui(
    ui: &mut egui::Ui,
    app: &App,
    facts: &[FactRow<'_>],
    region: Option<&str>,
    words: &Words,
) {
    let mut args = FluentArgs::new();
    args.set("vendor", app.vendor.as_str());
    args.set(
        "jurisdiction",
        crate::present::describe::jurisdiction_text(&app.jurisdiction, words),
    );
    ui.label(words.with("app-vendor", &args));
    let source = |citation: &crate::knowledge::Citation| {
        let mut args = FluentArgs::new();
        args.set("source", citation.source.as_str());
        args.set("dating", crate::present::citations::dating(citation, words));
        words.with("app-fact-source", &args)
    };
    let provision = region.and_then(|id| {
        Some((
            app.region(id)?,
            crate::present::describe::provision_text(app, id, words)?,
        ))
    });
    if let Some((entry, text)) = provision {
        ui.label(text);
        ui.weak(source(&entry.citation));
    }
    for row in facts {
        ui.label(format!("{}: {} — {}", row.label, row.value(), row.detail()));
        if let Some(fact) = row.fact {
            ui.weak(source(&fact.citation));
        }
        if let Some(why) = row.check_again() {
            ui.colored_label(ui.visuals().warn_fg_color, why);
        }
    }
}
