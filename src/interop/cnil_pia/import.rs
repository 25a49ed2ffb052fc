//! A CNIL PIA export taken in as a new assessment, where the mapping allows: names, the text
//! answers our text questions ask word for word, the other texts as notes on the question of
//! ours on the same subject, each rated risk item as a risk of the assessor's own, the measures
//! as measures of their own, the DPO's opinion and the consultation of the people concerned.
//! No answer to a choice question is ever made up from text: those questions stay unanswered.
//! Everything else is listed, as data, with the reason it could not be carried over.

use super::html_text::to_text;
use super::model::{Answer, PiaExport};
use super::structure::{FEARED_EVENT_ITEMS, RiskItem, answer_target, item_of, note_target};
use crate::assessment::{Assessment, Consultation, OwnMeasure, OwnRisk};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, InvalidFile, Said};
use crate::knowledge::FearedEvent;
use crate::limits::{MAX_DETAIL_CHARS, MAX_TEXT_CHARS};
use crate::present::vocabulary::Words;
use crate::questionnaire::Questionnaire;
use crate::scale::Scale;
use crate::source::{Location, SourceFile};
use serde_json::Value;
use std::collections::BTreeMap;

/// A new assessment made from a CNIL PIA, and what could not be carried into it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The assessment.
    pub assessment: Assessment,
    /// What the file holds that the assessment does not, in the file's order.
    pub unmapped: Vec<Unmapped>,
}

/// One thing of the CNIL file the assessment does not hold, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmapped {
    /// Where it is in the CNIL PIA.
    pub place: Place,
    /// Why it was not carried over.
    pub why: Why,
}

/// A place in a CNIL PIA.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A question of the standard structure, by id (`112`).
    Question(u32),
    /// An answer to a question the standard structure does not have, by its reference.
    Answer(String),
    /// A risk item of section 3 (2, 3 or 4).
    RiskItem(u32),
    /// A measure of section 3.1, by title (empty when it has none).
    Measure(String),
    /// A field of the PIA object, by its name in the file.
    Field(&'static str),
    /// An evaluation, by what it evaluates (`2.1.211`).
    Evaluation(String),
    /// Evaluations submitted and still pending, by number.
    PendingEvaluations(usize),
    /// A comment, by the question or measure it is on.
    Comment(String),
}

/// Why something was not carried over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// msgdpia asks nothing on that subject.
    NoQuestion,
    /// Which measures treat which risk: msgdpia needs by how much a measure lowers a risk.
    MeasureLinks,
    /// A risk item without both gauges has no rating.
    NoRating,
    /// The evaluator's verdict, comments and action plan: msgdpia's method rates the answers.
    Evaluation,
    /// Submitted for evaluation, nothing evaluated yet.
    Pending,
    /// msgdpia's assessments hold no comments.
    Comment,
    /// The PIA's status: an approval in msgdpia has a name and a date.
    Status,
    /// The validator: msgdpia names who approved, with the date, once they have.
    Validator,
    /// Favourable or not: msgdpia records whether the DPO's advice was followed.
    OpinionStatus,
    /// Favourable or not: msgdpia records what the people concerned said.
    PeopleStatus,
    /// msgdpia has no such field.
    NoField,
    /// The PIA's name names the processing, not the organisation, which the CNIL PIA does not
    /// record and msgdpia asks for.
    ProcessingName,
    /// Not a question of the CNIL's standard structure.
    NotStandard,
    /// Longer than an assessment may hold there.
    TooLong,
    /// A measure without a title cannot be named.
    Untitled,
    /// Where the tool writes text, something else (a number, a list…).
    NotText,
}

/// Reads a CNIL PIA export. A file that is not JSON, or not shaped like the tool's export, is
/// refused with its line, column and the field expected.
pub fn parse(source: &SourceFile) -> Result<PiaExport, InvalidFile> {
    serde_json::from_str(source.text()).map_err(|error| {
        // serde_json's message ends with the place, which the diagnostic gives itself.
        let message = error.to_string();
        let detail = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(detail, _)| detail);
        let location = Location {
            line: error.line().max(1),
            column: error.column().max(1),
        };
        let field = super::json_path::path_at(source.text(), location.line, location.column);
        let said = match error.classify() {
            serde_json::error::Category::Data if field.is_empty() => {
                Said::new("cnil-pia-wrong-structure").with("detail", detail)
            }
            serde_json::error::Category::Data => Said::new("cnil-pia-wrong-field")
                .with("field", field)
                .with("detail", detail),
            _ => Said::new("cnil-pia-not-json").with("detail", detail),
        };
        InvalidFile {
            diagnostics: vec![Diagnostic::new(source.name(), location, said)],
        }
    })
}

/// The CNIL PIA as a new assessment of `questionnaire`, dated `date`; the own risks are named
/// in `words`' language.
pub fn import(
    file: &PiaExport,
    questionnaire: &Questionnaire,
    date: Date,
    words: &Words,
) -> Imported {
    let mut state = State {
        assessment: Assessment::blank(questionnaire, date),
        unmapped: Vec::new(),
        questionnaire,
    };
    state.pia_fields(file);
    let mut notes: BTreeMap<String, Vec<(u32, String)>> = BTreeMap::new();
    for answer in &file.answers {
        state.answer(answer, &mut notes);
    }
    for (question, texts) in notes {
        state.set_note(&question, texts);
    }
    for item in FEARED_EVENT_ITEMS {
        state.risk_item(item, &file.answers, words);
    }
    for (index, measure) in file.measures.iter().enumerate() {
        state.measure(index, measure);
    }
    state.evaluations(file);
    for comment in &file.comments {
        state.lose(
            Place::Comment(reference(&comment.reference_to)),
            Why::Comment,
        );
    }
    Imported {
        assessment: state.assessment,
        unmapped: state.unmapped,
    }
}

struct State<'q> {
    assessment: Assessment,
    unmapped: Vec<Unmapped>,
    questionnaire: &'q Questionnaire,
}

impl State<'_> {
    fn lose(&mut self, place: Place, why: Why) {
        self.unmapped.push(Unmapped { place, why });
    }

    /// A value where the tool writes text, or `null`, that is neither: listed, not dropped
    /// silently.
    fn check_text(&mut self, value: &Value, field: &'static str) {
        if !matches!(value, Value::Null | Value::String(_)) {
            self.lose(Place::Field(field), Why::NotText);
        }
    }

    /// A detail of the metadata, if it is text and fits.
    fn detail(&mut self, value: &Value, field: &'static str) -> Option<String> {
        self.check_text(value, field);
        let text = string(value)?;
        if text.chars().count() > MAX_DETAIL_CHARS {
            self.lose(Place::Field(field), Why::TooLong);
            return None;
        }
        Some(text)
    }

    /// A text of the PIA object, if it is text and an assessment can hold it.
    fn text(&mut self, value: &Value, field: &'static str) -> Option<String> {
        self.check_text(value, field);
        let text = string(value)?;
        if too_long(&text) {
            self.lose(Place::Field(field), Why::TooLong);
            return None;
        }
        Some(text)
    }

    fn pia_fields(&mut self, file: &PiaExport) {
        let pia = &file.pia;
        // The PIA's name names the processing ("Messagerie de l'équipe contentieux"), not the
        // organisation, which the CNIL tool does not record: listed, and the organisation is
        // left for the assessor to give.
        self.check_text(&pia.name, "name");
        if string(&pia.name).is_some() {
            self.lose(Place::Field("name"), Why::ProcessingName);
        }
        if let Some(author) = self.detail(&pia.author_name, "author_name") {
            self.assessment.metadata.assessor = author;
        }
        let dpo = match string(&pia.dpos_names) {
            Some(_) => self.detail(&pia.dpos_names, "dpos_names"),
            None => {
                self.check_text(&pia.dpos_names, "dpos_names");
                self.detail(&pia.evaluator_name, "evaluator_name")
            }
        };
        if let Some(dpo) = dpo {
            self.assessment.metadata.dpo = dpo;
        }
        if let Some(opinion) = self.text(&pia.dpo_opinion, "dpo_opinion") {
            self.assessment.sign_off.dpo_advice = opinion;
        }
        if pia.concerned_people_searched_opinion == Value::Bool(false)
            && let Some(why) = self.text(
                &pia.concerned_people_searched_content,
                "concerned_people_searched_content",
            )
        {
            self.assessment.sign_off.individuals_not_consulted_because = why;
        }
        let who = self.text(&pia.people_names, "people_names");
        let views = self.text(&pia.concerned_people_opinion, "concerned_people_opinion");
        let sign_off = &mut self.assessment.sign_off;
        if who.is_some() || views.is_some() {
            sign_off.consultations.push(Consultation {
                who: who.unwrap_or_default(),
                how: String::new(),
                on: None,
                views: views.unwrap_or_default(),
            });
        }
        if number(&pia.status).is_some_and(|status| status != 0) {
            self.lose(Place::Field("status"), Why::Status);
        }
        for (value, field, why) in [
            (&pia.validator_name, "validator_name", Why::Validator),
            (&pia.dpo_status, "dpo_status", Why::OpinionStatus),
            (
                &pia.concerned_people_status,
                "concerned_people_status",
                Why::PeopleStatus,
            ),
            (&pia.category, "category", Why::NoField),
            (&pia.rejection_reason, "rejection_reason", Why::Status),
            (&pia.rejected_reason, "rejected_reason", Why::Status),
            (&pia.applied_adjustments, "applied_adjustments", Why::Status),
            (
                &pia.applied_adjustements,
                "applied_adjustements",
                Why::Status,
            ),
        ] {
            if string(value).is_some() || number(value).is_some() {
                self.lose(Place::Field(field), why);
            }
        }
    }

    fn answer(&mut self, answer: &Answer, notes: &mut BTreeMap<String, Vec<(u32, String)>>) {
        let Some(question) = number(&answer.reference_to).filter(|q| item_of(*q).is_some()) else {
            self.lose(
                Place::Answer(reference(&answer.reference_to)),
                Why::NotStandard,
            );
            return;
        };
        let text = answer.data.text.as_deref().map(to_text).unwrap_or_default();
        let given = !text.is_empty()
            || answer.data.list.as_ref().is_some_and(|l| !l.is_empty())
            || answer.data.gauge.as_f64().is_some_and(|g| g > 0.0);
        if !given
            || FEARED_EVENT_ITEMS
                .iter()
                .any(|item| in_risk_item(*item, question))
        {
            // Risk items are read whole, by `risk_item`.
            return;
        }
        let ours = |id: &str| self.questionnaire.question(id).is_some();
        if let Some(target) = answer_target(question).filter(|id| ours(id)) {
            if too_long(&text) {
                self.lose(Place::Question(question), Why::TooLong);
            } else {
                let answer = crate::answer::Answer::Text(text);
                self.assessment.answers.insert(target.to_string(), answer);
            }
        } else if let Some(target) = note_target(question).filter(|id| ours(id)) {
            notes
                .entry(target.to_string())
                .or_default()
                .push((question, text));
        } else {
            self.lose(Place::Question(question), Why::NoQuestion);
        }
    }

    /// The CNIL texts on one of our questions, a blank line apart, as its note; a text that
    /// would take the note past what a text may hold is listed instead.
    fn set_note(&mut self, question: &str, texts: Vec<(u32, String)>) {
        let mut note = String::new();
        for (cnil_question, text) in texts {
            let separator = if note.is_empty() { "" } else { "\n\n" };
            let length = note.chars().count() + separator.len() + text.chars().count();
            if length > MAX_TEXT_CHARS {
                self.lose(Place::Question(cnil_question), Why::TooLong);
                continue;
            }
            note.push_str(separator);
            note.push_str(&text);
        }
        if !note.is_empty() {
            self.assessment
                .judgement
                .notes
                .insert(question.to_string(), note);
        }
    }

    /// A rated risk item becomes a risk of the assessor's own, rated as the CNIL PIA rates it;
    /// its impacts are its harm, its threats, sources and justifications its description. The
    /// CNIL rates a risk "taking account of the existing or planned measures", and planned is not
    /// done: the report would show that rating as the risk today. So the risk's name says where
    /// its rating comes from wherever the risk is named (register, why-trail, risk panel),
    /// and its description opens with what the rating counts, until the assessor re-rates and
    /// renames it.
    fn risk_item(&mut self, item: RiskItem, answers: &[Answer], words: &Words) {
        let of = |question: u32| {
            answers
                .iter()
                .find(|a| number(&a.reference_to) == Some(question))
        };
        let list = |question: u32| {
            of(question)
                .and_then(|a| a.data.list.clone())
                .unwrap_or_default()
                .join("\n")
        };
        let gauge = |question: u32| {
            of(question)
                .and_then(|a| a.data.gauge.as_f64())
                .filter(|g| g.fract() == 0.0 && (1.0..=4.0).contains(g))
                .and_then(|g| Scale::new(g as u8))
        };
        let justification = |question: u32| {
            of(question)
                .and_then(|a| a.data.text.as_deref())
                .map(to_text)
                .unwrap_or_default()
        };
        if of(item.measures).is_some_and(|a| a.data.list.as_ref().is_some_and(|l| !l.is_empty())) {
            self.lose(Place::Question(item.measures), Why::MeasureLinks);
        }
        let (Some(severity), Some(likelihood)) = (gauge(item.seriousness), gauge(item.likelihood))
        else {
            let anything = [
                item.impacts,
                item.threats,
                item.sources,
                item.seriousness,
                item.likelihood,
            ]
            .into_iter()
            .any(|q| of(q).is_some());
            if anything {
                self.lose(Place::RiskItem(item.item), Why::NoRating);
            }
            return;
        };
        let mut description = vec![words.with_texts(
            "cnil-pia-own-risk-basis",
            &[
                ("severity", &severity.get().to_string()),
                ("likelihood", &likelihood.get().to_string()),
            ],
        )];
        for (question, id) in [
            (item.threats, "cnil-pia-threats"),
            (item.sources, "cnil-pia-sources"),
        ] {
            let list = list(question);
            if !list.is_empty() {
                description.push(words.with_texts(id, &[("list", &list)]));
            }
        }
        let mut justifications = vec![justification(item.seriousness)];
        let second = justification(item.likelihood);
        if second != justifications[0] {
            justifications.push(second);
        }
        description.extend(justifications.into_iter().filter(|j| !j.is_empty()));
        let description = description.join("\n");
        let harm = list(item.impacts);
        if too_long(&description) || too_long(&harm) {
            return self.lose(Place::RiskItem(item.item), Why::TooLong);
        }
        self.assessment.judgement.own_risks.push(OwnRisk {
            id: own_risk_id(item.feared_event).to_string(),
            name: words.with_texts(
                "cnil-pia-own-risk-name",
                &[(
                    "event",
                    &words.get(crate::present::terms::feared_event(item.feared_event)),
                )],
            ),
            description,
            harm,
            feared_event: item.feared_event,
            likelihood,
            severity,
        });
    }

    fn measure(&mut self, index: usize, measure: &super::model::Measure) {
        let title = measure
            .title
            .as_deref()
            .unwrap_or_default()
            .trim()
            .to_string();
        let wording = measure.content.as_deref().map(to_text).unwrap_or_default();
        if title.is_empty() {
            if !wording.is_empty() {
                self.lose(Place::Measure(String::new()), Why::Untitled);
            }
            return;
        }
        if too_long(&title) || too_long(&wording) {
            return self.lose(Place::Measure(title), Why::TooLong);
        }
        self.assessment.judgement.own_measures.push(OwnMeasure {
            id: format!("cnil_measure_{}", index + 1),
            name: title,
            wording,
            reduces: Vec::new(),
        });
    }

    fn evaluations(&mut self, file: &PiaExport) {
        let mut pending = 0;
        for evaluation in &file.evaluations {
            let said_something = number(&evaluation.status).is_some_and(|s| s != 0)
                || evaluation
                    .evaluation_comment
                    .as_deref()
                    .is_some_and(|c| !to_text(c).is_empty())
                || evaluation
                    .action_plan_comment
                    .as_deref()
                    .is_some_and(|c| !to_text(c).is_empty());
            if said_something {
                let place = Place::Evaluation(reference(&evaluation.reference_to));
                self.lose(place, Why::Evaluation);
            } else {
                pending += 1;
            }
        }
        if pending > 0 {
            self.lose(Place::PendingEvaluations(pending), Why::Pending);
        }
    }
}

/// Longer than any text of an assessment may be.
fn too_long(text: &str) -> bool {
    text.chars().count() > MAX_TEXT_CHARS
}

fn in_risk_item(item: RiskItem, question: u32) -> bool {
    (item.impacts..=item.likelihood).contains(&question)
}

/// The id of the own risk a CNIL risk item becomes.
fn own_risk_id(event: FearedEvent) -> &'static str {
    match event {
        FearedEvent::IllegitimateAccess => "cnil_illegitimate_access",
        FearedEvent::UnwantedModification => "cnil_unwanted_modification",
        FearedEvent::Disappearance => "cnil_disappearance",
    }
}

/// A non-empty text, trimmed; `None` for null, a number or blank.
fn string(value: &Value) -> Option<String> {
    value
        .as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A whole number, written as a number or as text (the tool's server mode writes some as text).
fn number(value: &Value) -> Option<u32> {
    match value {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A reference as the file writes it.
fn reference(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}
