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
                None => Some(format!(
                    "questionnaire {} {} has no question `{id}`; the answer is kept but not used",
                    questionnaire.id, questionnaire.version
                )),
                Some(question) => problem_with(question, answer, knowledge),
            };
            problem.map(|problem| Misfit {
                question: id.clone(),
                problem,
            })
        })
        .collect()
}

fn problem_with(question: &Question, answer: &Answer, knowledge: &KnowledgeBase) -> Option<String> {
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
        return Some(format!(
            "question `{}` expects {expected}, but the answer is {}",
            question.id,
            answer.kind_name()
        ));
    }
    match answer {
        Answer::Choice(_) | Answer::Choices(_) => unknown_options(question, answer),
        Answer::Apps(ids) => ids.iter().find(|id| knowledge.app(id).is_none()).map(|id| {
            format!(
                "question `{}`: `{id}` is not an app of the knowledge base",
                question.id
            )
        }),
        Answer::Number(value) => number_problem(question, *value),
        Answer::Date(text) if !text.trim().is_empty() && Date::parse(text).is_none() => {
            Some(format!(
                "question `{}`: `{text}` is not a date written YYYY-MM-DD",
                question.id
            ))
        }
        _ => None,
    }
}

fn unknown_options(question: &Question, answer: &Answer) -> Option<String> {
    let unknown: Vec<&str> = answer
        .selected()
        .into_iter()
        .filter(|id| question.option(id).is_none())
        .collect();
    if unknown.is_empty() {
        return None;
    }
    let known: Vec<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
    Some(format!(
        "question `{}` has no option {}; its options are: {}",
        question.id,
        unknown
            .iter()
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(", "),
        known.join(", ")
    ))
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
        let min = question.min.map_or("any".to_string(), |m| m.to_string());
        let max = question.max.map_or("any".to_string(), |m| m.to_string());
        format!(
            "question `{}`: {value} is outside the accepted range ({min} to {max})",
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
