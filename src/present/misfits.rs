//! Answers that do not fit the questionnaire, in words: for whoever edits the file (with the
//! ids, beside the file, line and column the loader gives) and for the reader of the report and
//! the app (with the question's text, since a reader never sees ids).

use super::describe::quantity;
use super::names;
use crate::assessment::{Misfit, MisfitKind};
use crate::questionnaire::{QuestionKind, Questionnaire};

/// The problem as the file's editor needs it: every id named, as it is written in the file.
pub fn diagnostic(misfit: &Misfit) -> String {
    let question = &misfit.question;
    match &misfit.kind {
        MisfitKind::NoSuchQuestion {
            questionnaire,
            version,
        } => format!(
            "questionnaire {questionnaire} {version} has no question `{question}`; the answer is kept but not used"
        ),
        MisfitKind::WrongKind { expected, found } => format!(
            "question `{question}` expects {}, but the answer is {}",
            kind_text(variant_for(*expected)),
            kind_text(found)
        ),
        MisfitKind::NoSuchOptions { unknown, known } => format!(
            "question `{question}` has no option {}; its options are: {}",
            unknown
                .iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", "),
            known.join(", ")
        ),
        MisfitKind::NoSuchApp(app) => {
            format!("question `{question}`: `{app}` is not an app of the knowledge base")
        }
        MisfitKind::NumberNotFinite => format!("question `{question}`: the number is not finite"),
        MisfitKind::NumberOutOfRange { min, max, found } => format!(
            "question `{question}`: the number must be {}; found {found}",
            range_text(*min, *max)
        ),
        MisfitKind::NotADate(text) => {
            format!("question `{question}`: `{text}` is not a date written YYYY-MM-DD")
        }
    }
}

/// The problem as a reader of the report or the app needs it: the question by its text, and
/// what happens to the answer.
pub fn reader_text(questionnaire: &Questionnaire, misfit: &Misfit) -> String {
    let question = names::question(questionnaire, &misfit.question);
    let problem = match &misfit.kind {
        MisfitKind::NoSuchQuestion { version, .. } => {
            return format!(
                "The file holds an answer (stored as “{}”) to a question that version {version} of the questionnaire no longer asks; it is kept but not used.",
                misfit.question
            );
        }
        MisfitKind::WrongKind { expected, found } => format!(
            "the answer stored is {}, but the question asks for {}",
            plain_kind_text(found),
            plain_kind_text(variant_for(*expected))
        ),
        MisfitKind::NoSuchOptions { unknown, .. } => {
            let quoted: Vec<String> = unknown.iter().map(|id| format!("“{id}”")).collect();
            match quoted.as_slice() {
                [one] => {
                    format!("the answer stored names {one}, an option the question does not offer")
                }
                _ => format!(
                    "the answer stored names options the question does not offer: {}",
                    super::verdict::list(&quoted)
                ),
            }
        }
        MisfitKind::NoSuchApp(app) => {
            format!("the answer stored names “{app}”, which is not an app of the knowledge base")
        }
        MisfitKind::NumberNotFinite => "the value stored is not a finite number".to_string(),
        MisfitKind::NumberOutOfRange { min, max, found } => format!(
            "the number must be {}, and {} is stored",
            range_text(min.map(quantity), max.map(quantity)),
            quantity(*found)
        ),
        MisfitKind::NotADate(text) => {
            format!("“{text}” is stored, which is not a date written YYYY-MM-DD")
        }
    };
    // Whether the rest of the answer still counts depends on the question (a required one counts
    // as unanswered); the reader's part is the same either way.
    format!("“{question}”: {problem}. Please answer it again.")
}

/// A measure of the action plan whose control the knowledge base does not hold, for the file's
/// editor.
pub fn unknown_measure_diagnostic(control: &str) -> String {
    format!(
        "the action plan names `{control}`, which is not a control of the knowledge base; it is kept as written"
    )
}

/// The answer variant a kind of question takes.
fn variant_for(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::SingleChoice => "Choice",
        QuestionKind::MultipleChoice => "Choices",
        QuestionKind::YesNo => "YesNo",
        QuestionKind::ShortText | QuestionKind::LongText => "Text",
        QuestionKind::Number => "Number",
        QuestionKind::Date => "Date",
        QuestionKind::Apps => "Apps",
    }
}

/// A kind of answer in words, with the variant the file writes: "a yes/no answer (YesNo)".
fn kind_text(variant: &str) -> String {
    format!("{} ({variant})", plain_kind_text(variant))
}

/// A kind of answer in words: "a yes/no answer".
fn plain_kind_text(variant: &str) -> &'static str {
    match variant {
        "Choice" => "a single choice",
        "Choices" => "a multiple choice",
        "YesNo" => "a yes/no answer",
        "Text" => "a text",
        "Number" => "a number",
        "Date" => "a date",
        "Apps" => "a list of apps",
        _ => "an answer of another kind",
    }
}

/// The accepted range, each bound written as the caller writes numbers.
fn range_text<N: std::fmt::Display>(min: Option<N>, max: Option<N>) -> String {
    match (min, max) {
        (Some(min), Some(max)) => format!("between {min} and {max}"),
        (Some(min), None) => format!("{min} or more"),
        (None, Some(max)) => format!("{max} or less"),
        (None, None) => "within its range".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    fn misfit(question: &str, kind: MisfitKind) -> Misfit {
        Misfit {
            question: question.to_string(),
            kind,
            offending: None,
        }
    }

    #[test]
    fn the_file_editor_gets_the_ids_as_the_file_writes_them() {
        let wrong_kind = misfit(
            "s_sensitive",
            MisfitKind::WrongKind {
                expected: QuestionKind::YesNo,
                found: "Text",
            },
        );
        assert_eq!(
            diagnostic(&wrong_kind),
            "question `s_sensitive` expects a yes/no answer (YesNo), but the answer is a text (Text)"
        );
        let options = misfit(
            "devices",
            MisfitKind::NoSuchOptions {
                unknown: vec!["tablet".into(), "watch".into()],
                known: vec!["managed".into(), "byod".into()],
            },
        );
        assert_eq!(
            diagnostic(&options),
            "question `devices` has no option `tablet`, `watch`; its options are: managed, byod"
        );
    }

    #[test]
    fn the_reader_gets_the_question_by_its_text_and_whole_sentences() {
        let knowledge = &embedded::knowledge_base().unwrap().value;
        let questionnaire = &embedded::questionnaires(knowledge).unwrap()[0].value;
        let question = questionnaire.questions().next().unwrap();
        let options = misfit(
            &question.id,
            MisfitKind::NoSuchOptions {
                unknown: vec!["tablet".into(), "watch".into()],
                known: Vec::new(),
            },
        );
        assert_eq!(
            reader_text(questionnaire, &options),
            format!(
                "“{}”: the answer stored names options the question does not offer: “tablet” and “watch”. Please answer it again.",
                question.text
            )
        );
        let range = misfit(
            &question.id,
            MisfitKind::NumberOutOfRange {
                min: Some(1.0),
                max: Some(100000.0),
                found: 250000.0,
            },
        );
        assert!(
            reader_text(questionnaire, &range)
                .contains("the number must be between 1 and 100,000, and 250,000 is stored")
        );
        let gone = misfit(
            "old_question",
            MisfitKind::NoSuchQuestion {
                questionnaire: questionnaire.id.clone(),
                version: "0.1".into(),
            },
        );
        let text = reader_text(questionnaire, &gone);
        assert!(!text.contains(&questionnaire.id), "{text}");
        assert!(text.contains("version 0.1 of the questionnaire no longer asks"));
    }
}
