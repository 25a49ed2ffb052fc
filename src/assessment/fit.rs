//! Whether each answer still fits the questionnaire: the question exists, the answer has the
//! question's kind, and every option, app, number and date is one the question accepts.
//!
//! An answer that does not fit is never dropped: it stays in the file and is reported, so that a
//! user who opens an old assessment with a newer questionnaire sees what to re-answer.

use crate::answer::Answer;
use crate::date::Date;
use crate::knowledge::KnowledgeBase;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};

/// One answer that does not fit the questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct Misfit {
    /// The question id the answer is stored under.
    pub question: String,
    /// What does not fit, in plain words.
    pub problem: String,
    /// The id in the answer that does not fit (an option or an app the answer names), so that
    /// the error can point at it; `None` when the whole value is at fault.
    pub offending: Option<String>,
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
            let problem = match questionnaire.question(id) {
                None => Some((
                    format!(
                        "questionnaire {} {} has no question `{id}`; the answer is kept but not used",
                        questionnaire.id, questionnaire.version
                    ),
                    None,
                )),
                Some(question) => problem_with(question, answer, knowledge),
            };
            problem.map(|(problem, offending)| Misfit {
                question: id.clone(),
                problem,
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
) -> Option<(String, Option<String>)> {
    let expected = expected_kind(question.kind);
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
        return Some((
            format!(
                "question `{}` expects {expected}, but the answer is {}",
                question.id,
                answer.kind_name()
            ),
            None,
        ));
    }
    match answer {
        Answer::Choice(_) | Answer::Choices(_) => unknown_options(question, answer),
        Answer::Apps(ids) => ids.iter().find(|id| knowledge.app(id).is_none()).map(|id| {
            let problem = format!(
                "question `{}`: `{id}` is not an app of the knowledge base",
                question.id
            );
            (problem, Some(id.clone()))
        }),
        Answer::Number(value) => number_problem(question, *value).map(|problem| (problem, None)),
        Answer::Date(text) if !text.trim().is_empty() && Date::parse(text).is_none() => Some((
            format!(
                "question `{}`: `{text}` is not a date written YYYY-MM-DD",
                question.id
            ),
            None,
        )),
        _ => None,
    }
}

fn unknown_options(question: &Question, answer: &Answer) -> Option<(String, Option<String>)> {
    let unknown: Vec<&str> = answer
        .selected()
        .into_iter()
        .filter(|id| question.option(id).is_none())
        .collect();
    if unknown.is_empty() {
        return None;
    }
    let known: Vec<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
    let problem = format!(
        "question `{}` has no option {}; its options are: {}",
        question.id,
        unknown
            .iter()
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(", "),
        known.join(", ")
    );
    Some((problem, unknown.first().map(|id| id.to_string())))
}

fn number_problem(question: &Question, value: f64) -> Option<String> {
    if !value.is_finite() {
        return Some(format!(
            "question `{}`: the number is not finite",
            question.id
        ));
    }
    let below = question.min.is_some_and(|min| value < min);
    let above = question.max.is_some_and(|max| value > max);
    (below || above).then(|| {
        let accepted = match (question.min, question.max) {
            (Some(min), Some(max)) => format!("between {min} and {max}"),
            (Some(min), None) => format!("{min} or more"),
            (None, Some(max)) => format!("{max} or less"),
            (None, None) => "within its range".to_string(),
        };
        format!(
            "question `{}`: the number must be {accepted}; found {value}",
            question.id
        )
    })
}

fn expected_kind(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::SingleChoice => "a single choice (Choice)",
        QuestionKind::MultipleChoice => "a multiple choice (Choices)",
        QuestionKind::YesNo => "a yes/no answer (YesNo)",
        QuestionKind::ShortText | QuestionKind::LongText => "a text (Text)",
        QuestionKind::Number => "a number (Number)",
        QuestionKind::Date => "a date (Date)",
        QuestionKind::Apps => "a list of apps (Apps)",
    }
}

/// Measures of the action plan whose control is not in the knowledge base (kept, not used).
pub fn unknown_measures(sign_off: &super::SignOff, knowledge: &KnowledgeBase) -> Vec<String> {
    sign_off
        .measures
        .iter()
        .filter(|m| knowledge.control(&m.control).is_none())
        .map(|m| format!("the action plan names `{}`, which is not a control of the knowledge base; it is kept as written", m.control))
        .collect()
}
