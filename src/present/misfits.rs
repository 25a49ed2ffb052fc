//! Answers that do not fit the questionnaire, in words: for whoever edits the file (with the
//! ids, beside the file, line and column the loader gives) and for the reader of the report and
//! the app (with the question's text, since a reader never sees ids).

use super::names;
use super::vocabulary::Words;
use crate::assessment::{Misfit, MisfitKind};
use crate::diagnostic::Said;
use crate::questionnaire::{QuestionKind, Questionnaire};

/// The problem as the file's editor needs it, as data worded in any language: every id named,
/// as it is written in the file.
pub fn diagnostic(misfit: &Misfit) -> Said {
    let question = &misfit.question;
    match &misfit.kind {
        MisfitKind::NoSuchQuestion {
            questionnaire,
            version,
        } => Said::new("assessment-misfit-no-such-question")
            .with("questionnaire", questionnaire)
            .with("version", version)
            .with("question", question),
        MisfitKind::WrongKind { expected, found } => Said::new("assessment-misfit-wrong-kind")
            .with("question", question)
            .with("expected", variant_for(*expected))
            .with("found", found),
        MisfitKind::NoSuchOptions { unknown, known } => {
            Said::new("assessment-misfit-no-such-options")
                .with("question", question)
                .with(
                    "options",
                    unknown
                        .iter()
                        .map(|id| format!("`{id}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .with("known", known.join(", "))
        }
        MisfitKind::NoSuchApp(app) => Said::new("assessment-misfit-no-such-app")
            .with("question", question)
            .with("app", app),
        MisfitKind::NumberNotFinite => {
            Said::new("assessment-misfit-not-finite").with("question", question)
        }
        MisfitKind::NumberOutOfRange { min, max, found } => {
            let said = match (min, max) {
                (Some(min), Some(max)) => Said::new("assessment-misfit-not-between")
                    .with("min", min)
                    .with("max", max),
                (Some(min), None) => Said::new("assessment-misfit-not-at-least").with("min", min),
                (None, Some(max)) => Said::new("assessment-misfit-not-at-most").with("max", max),
                (None, None) => Said::new("assessment-misfit-out-of-range"),
            };
            said.with("question", question).with("found", found)
        }
        MisfitKind::NotADate(text) => Said::new("assessment-misfit-not-a-date")
            .with("question", question)
            .with("text", text),
    }
}

/// The problem as a reader of the report or the app needs it: the question by its text, and
/// what happens to the answer.
pub fn reader_text(questionnaire: &Questionnaire, misfit: &Misfit, words: &Words) -> String {
    let question = names::question(questionnaire, &misfit.question, words);
    let quoted = |text: &str| words.with_texts("quoted", &[("text", text)]);
    let problem = match &misfit.kind {
        MisfitKind::NoSuchQuestion { version, .. } => {
            return words.with_texts(
                "misfit-no-such-question",
                &[("stored", &misfit.question), ("version", version)],
            );
        }
        MisfitKind::WrongKind { expected, found } => words.with_texts(
            "misfit-wrong-kind",
            &[
                ("found", &words.get(kind_message(found))),
                ("expected", &words.get(kind_message(variant_for(*expected)))),
            ],
        ),
        MisfitKind::NoSuchOptions { unknown, .. } => {
            let options: Vec<String> = unknown.iter().map(|id| quoted(id)).collect();
            match options.as_slice() {
                [one] => words.with_texts("misfit-no-such-option", &[("option", one)]),
                _ => words.with_texts(
                    "misfit-no-such-options",
                    &[("options", &super::verdict::list_in(&options, words))],
                ),
            }
        }
        MisfitKind::NoSuchApp(app) => words.with_texts("misfit-no-such-app", &[("app", app)]),
        MisfitKind::NumberNotFinite => words.get("misfit-not-finite"),
        MisfitKind::NumberOutOfRange { min, max, found } => words.with_texts(
            "misfit-out-of-range",
            &[
                ("range", &range_words(*min, *max, words)),
                ("found", &words.quantity(*found)),
            ],
        ),
        MisfitKind::NotADate(text) => words.with_texts("misfit-not-a-date", &[("text", text)]),
    };
    // Whether the rest of the answer still counts depends on the question (a required one counts
    // as unanswered); the reader's part is the same either way.
    words.with_texts(
        "misfit-answer-again",
        &[("question", &question), ("problem", &problem)],
    )
}

/// The accepted range in the reader's words.
fn range_words(min: Option<f64>, max: Option<f64>, words: &Words) -> String {
    let min = min.map(|n| words.quantity(n));
    let max = max.map(|n| words.quantity(n));
    match (min, max) {
        (Some(min), Some(max)) => {
            words.with_texts("range-between", &[("min", &min), ("max", &max)])
        }
        (Some(min), None) => words.with_texts("range-at-least", &[("min", &min)]),
        (None, Some(max)) => words.with_texts("range-at-most", &[("max", &max)]),
        (None, None) => words.get("range-any"),
    }
}

/// The message naming a kind of answer, by the variant the file writes: "a yes/no answer".
fn kind_message(variant: &str) -> &'static str {
    match variant {
        "Choice" => "kind-choice",
        "Choices" => "kind-choices",
        "YesNo" => "kind-yes-no",
        "Text" => "kind-text",
        "Number" => "kind-number",
        "Date" => "kind-date",
        "Apps" => "kind-apps",
        _ => "kind-other",
    }
}

/// A measure of the action plan whose control the knowledge base does not hold, for the file's
/// editor, as data worded in any language.
pub fn unknown_measure(control: &str) -> Said {
    Said::new("assessment-unknown-measure").with("control", control)
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
            diagnostic(&wrong_kind).in_words(Words::english()),
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
            diagnostic(&options).in_words(Words::english()),
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
            reader_text(questionnaire, &options, Words::english()),
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
            reader_text(questionnaire, &range, Words::english())
                .contains("the number must be between 1 and 100,000, and 250,000 is stored")
        );
        let gone = misfit(
            "old_question",
            MisfitKind::NoSuchQuestion {
                questionnaire: questionnaire.id.clone(),
                version: "0.1".into(),
            },
        );
        let text = reader_text(questionnaire, &gone, Words::english());
        assert!(!text.contains(&questionnaire.id), "{text}");
        assert!(text.contains("version 0.1 of the questionnaire no longer asks"));
    }
}
