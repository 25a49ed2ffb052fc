//! Every sentence the report can write from an answer, for every option of every question:
//! the catalogue a reviewer reads once to be sure no answer makes a stitched or ungrammatical
//! sentence ("stay in the app for indefinitely"), and that tests check mechanically.

use super::prose::{answer_words, sentence_with};
use crate::answer::{Answer, YesNo};
use crate::knowledge::KnowledgeBase;
use crate::present::describe::answer_text;
use crate::present::vocabulary::Words;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use std::fmt::Write;

/// Typed answers that test a free-text template: one that reads as a phrase, one that is a full
/// sentence with its own full stop, one that ends without punctuation.
const SAMPLE_TEXTS: [&str; 3] = [
    "indefinitely, on the partners' personal phones",
    "Clients expect replies within the hour.",
    "Until the matter closes",
];

/// One sentence of the catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogueSentence {
    /// The question's id.
    pub question: String,
    /// The answer, in words.
    pub answer: String,
    /// What the report writes for it.
    pub sentence: String,
}

/// Every sentence the report can write from a single answer of `questionnaire`, in the language
/// of `words`.
pub fn catalogue(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    words: &Words,
) -> Vec<CatalogueSentence> {
    questionnaire
        .questions()
        .flat_map(|question| {
            sample_answers(question)
                .into_iter()
                .filter_map(move |answer| {
                    let items = answer_words(question, &answer, knowledge, words);
                    let sentence = sentence_with(question, &answer, &items, words)?;
                    Some(CatalogueSentence {
                        question: question.id.clone(),
                        answer: answer_text(question, &answer, knowledge, words),
                        sentence,
                    })
                })
        })
        .collect()
}

/// The catalogue as Markdown, question by question, in the language of `words`.
pub fn catalogue_markdown(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    words: &Words,
) -> String {
    let mut out = format!(
        "# {}\n\n{}\n",
        words.get("prose-catalogue-title"),
        words.with_texts(
            "prose-catalogue-intro",
            &[
                ("questionnaire", &questionnaire.id),
                ("version", &questionnaire.version),
            ],
        )
    );
    let header = format!(
        "| {} | {} |",
        words.get("prose-catalogue-answer"),
        words.get("prose-catalogue-sentence")
    );
    let mut last = String::new();
    for entry in catalogue(questionnaire, knowledge, words) {
        if entry.question != last {
            let text = crate::present::names::question(questionnaire, &entry.question, words);
            let _ = write!(out, "\n## {text}\n\n{header}\n|---|---|\n");
            last = entry.question.clone();
        }
        let _ = writeln!(
            out,
            "| {} | {} |",
            entry.answer.replace('|', "\\|"),
            entry.sentence.replace('|', "\\|")
        );
    }
    out
}

/// Each option alone, every option of a multiple-choice question at once (those that do not
/// exclude the others), and samples for typed answers.
fn sample_answers(question: &Question) -> Vec<Answer> {
    let ids = || question.options.iter().map(|o| o.id.clone());
    match question.kind {
        QuestionKind::SingleChoice => ids().map(Answer::Choice).collect(),
        QuestionKind::YesNo => YesNo::ALL.iter().map(|v| Answer::YesNo(*v)).collect(),
        QuestionKind::MultipleChoice => {
            let mut answers: Vec<Answer> = ids().map(|id| Answer::Choices(vec![id])).collect();
            let together: Vec<String> = question
                .options
                .iter()
                .filter(|o| o.describe.is_empty())
                .map(|o| o.id.clone())
                .collect();
            if together.len() > 1 {
                answers.push(Answer::Choices(together));
            }
            answers
        }
        QuestionKind::ShortText | QuestionKind::LongText => SAMPLE_TEXTS
            .iter()
            .map(|text| Answer::Text((*text).to_string()))
            .collect(),
        QuestionKind::Number => vec![Answer::Number(1.0), Answer::Number(12_500.0)],
        QuestionKind::Date => vec![Answer::Date("2027-03-31".to_string())],
        QuestionKind::Apps => Vec::new(),
    }
}
