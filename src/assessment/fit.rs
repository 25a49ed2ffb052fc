//! Whether each answer still fits the questionnaire: the question exists, the answer has the
//! question's kind, and every option, app, number and date is one the question accepts.
//!
//! An answer that does not fit is never dropped: it stays in the file and is reported, so that a
//! user who opens an old assessment with a newer questionnaire sees what to re-answer. What does
//! not fit is data (`MisfitKind`); `present::misfits` words it, for the file's editor and for the
//! report's reader.

use crate::answer::Answer;
use crate::date::Date;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use serde::Serialize;

/// One answer that does not fit the questionnaire.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Misfit {
    /// The question id the answer is stored under.
    pub question: String,
    /// What does not fit.
    pub kind: MisfitKind,
    /// The id in the answer that does not fit (an option or an app the answer names), so that
    /// the error can point at it; `None` when the whole value is at fault.
    pub offending: Option<String>,
}

/// What does not fit in an answer.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub enum MisfitKind {
    /// The questionnaire (this id and version) has no such question.
    NoSuchQuestion {
        /// The questionnaire's id.
        questionnaire: String,
        /// Its version.
        version: String,
    },
    /// The answer is of another kind than the question asks for.
    WrongKind {
        /// The kind of question.
        expected: QuestionKind,
        /// The answer's variant as the file writes it ([`Answer::variant`]).
        found: &'static str,
    },
    /// The answer names options the question does not have.
    NoSuchOptions {
        /// The options named that do not exist, in the answer's order.
        unknown: Vec<String>,
        /// The question's options.
        known: Vec<String>,
    },
    /// The answer names an app the knowledge base does not hold.
    NoSuchApp(String),
    /// The number is not finite.
    NumberNotFinite,
    /// The number is outside the question's range.
    NumberOutOfRange {
        /// The lowest accepted, if any.
        min: Option<f64>,
        /// The highest accepted, if any.
        max: Option<f64>,
        /// The number given.
        found: f64,
    },
    /// The text is not a date written YYYY-MM-DD.
    NotADate(String),
}

/// Every answer that does not fit `questionnaire`, in question-id order.
pub fn misfits(
    answers: &crate::answer::Answers,
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
) -> Vec<Misfit> {
    answers
        .iter()
        .filter_map(|(id, answer)| {
            let misfit = match questionnaire.question(id) {
                None => Some((
                    MisfitKind::NoSuchQuestion {
                        questionnaire: questionnaire.id.clone(),
                        version: questionnaire.version.clone(),
                    },
                    None,
                )),
                Some(question) => problem_with(question, answer, knowledge),
            };
            misfit.map(|(kind, offending)| Misfit {
                question: id.clone(),
                kind,
                offending,
            })
        })
        .collect()
}

/// What does not fit in an answer, and the id at fault when it is one the answer names.
fn problem_with(
    question: &Question,
    answer: &Answer,
    knowledge: &KnowledgeBase,
) -> Option<(MisfitKind, Option<String>)> {
    let kind_fits = matches!(
        (question.kind, answer),
        (QuestionKind::SingleChoice, Answer::Choice(_))
            | (QuestionKind::MultipleChoice, Answer::Choices(_))
            | (QuestionKind::YesNo, Answer::YesNo(_))
            | (
                QuestionKind::ShortText | QuestionKind::LongText,
                Answer::Text(_)
            )
            | (QuestionKind::Number, Answer::Number(_))
            | (QuestionKind::Date, Answer::Date(_))
            | (QuestionKind::Apps, Answer::Apps(_))
    );
    if !kind_fits {
        let kind = MisfitKind::WrongKind {
            expected: question.kind,
            found: answer.variant(),
        };
        return Some((kind, None));
    }
    match answer {
        Answer::Choice(_) | Answer::Choices(_) => unknown_options(question, answer),
        Answer::Apps(ids) => ids
            .iter()
            .find(|id| knowledge.app(id).is_none())
            .map(|id| (MisfitKind::NoSuchApp(id.clone()), Some(id.clone()))),
        Answer::Number(value) => number_problem(question, *value).map(|kind| (kind, None)),
        Answer::Date(text) if !text.trim().is_empty() && Date::parse(text).is_none() => {
            Some((MisfitKind::NotADate(text.clone()), None))
        }
        _ => None,
    }
}

fn unknown_options(question: &Question, answer: &Answer) -> Option<(MisfitKind, Option<String>)> {
    let unknown: Vec<String> = answer
        .selected()
        .into_iter()
        .filter(|id| question.option(id).is_none())
        .map(str::to_string)
        .collect();
    let first = unknown.first()?.clone();
    let known = question.options.iter().map(|o| o.id.clone()).collect();
    Some((MisfitKind::NoSuchOptions { unknown, known }, Some(first)))
}

fn number_problem(question: &Question, value: f64) -> Option<MisfitKind> {
    if !value.is_finite() {
        return Some(MisfitKind::NumberNotFinite);
    }
    let below = question.min.is_some_and(|min| value < min);
    let above = question.max.is_some_and(|max| value > max);
    (below || above).then_some(MisfitKind::NumberOutOfRange {
        min: question.min,
        max: question.max,
        found: value,
    })
}

/// The controls named by measures of the action plan that are not in the knowledge base (kept
/// as written, not used).
pub fn unknown_measures(sign_off: &super::SignOff, knowledge: &KnowledgeBase) -> Vec<String> {
    sign_off
        .measures
        .iter()
        .filter(|m| knowledge.control(&m.control).is_none())
        .map(|m| m.control.clone())
        .collect()
}
