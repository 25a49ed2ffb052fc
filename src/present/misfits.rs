//! Answers that do not fit the questionnaire, in words: for whoever edits the file (with the
//! ids, beside the file, line and column the loader gives) and for the reader of the report and
//! the app (with the question's text, since a reader never sees ids).

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
        MisfitKind::NoSuchQuestion {
            questionnaire,
            version,
        } => {
            return format!(
                "The file holds an answer to “{}”, a question that questionnaire {questionnaire} {version} does not ask; the answer is kept but not used.",
                misfit.question
            );
        }
        MisfitKind::WrongKind { expected, found } => format!(
            "the answer stored is {}, but the question asks for {}",
            plain_kind_text(found),
            plain_kind_text(variant_for(*expected))
        ),
        MisfitKind::NoSuchOptions { unknown, .. } => format!(
            "the answer stored names {} that the question does not offer",
            match unknown.as_slice() {
                [one] => format!("“{one}”, an option"),
                many => format!("“{}”, options", many.join("”, “")),
            }
        ),
        MisfitKind::NoSuchApp(app) => {
            format!("the answer stored names “{app}”, which is not an app of the knowledge base")
        }
        MisfitKind::NumberNotFinite => "the number stored is not a number".to_string(),
        MisfitKind::NumberOutOfRange { min, max, found } => format!(
            "the number must be {}, and {} is stored",
            range_text(*min, *max),
            super::describe::format_number(*found)
        ),
        MisfitKind::NotADate(text) => {
            format!("“{text}” is stored, which is not a date written YYYY-MM-DD")
        }
    };
    format!("“{question}”: {problem}; the answer is not used until it is given again.")
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

fn range_text(min: Option<f64>, max: Option<f64>) -> String {
    match (min, max) {
        (Some(min), Some(max)) => format!("between {min} and {max}"),
        (Some(min), None) => format!("{min} or more"),
        (None, Some(max)) => format!("{max} or less"),
        (None, None) => "within its range".to_string(),
    }
}
