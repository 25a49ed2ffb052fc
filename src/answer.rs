//! Answers to questions, as stored in an assessment file.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The answers of an assessment, keyed by question id. A sorted map, so files and reports list
/// them in a stable order.
pub type Answers = BTreeMap<String, Answer>;

/// An answer to one question. The variant matches the question's kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Answer {
    /// Single choice: the id of the chosen option.
    Choice(String),
    /// Multiple choice: the ids of the chosen options.
    Choices(Vec<String>),
    /// Yes / no / don't know.
    YesNo(YesNo),
    /// Short or long text.
    Text(String),
    /// A number.
    Number(f64),
    /// A date, `YYYY-MM-DD`.
    Date(String),
    /// Apps picked from the knowledge base, by id.
    Apps(Vec<String>),
}

/// The three answers to a yes/no question; "don't know" is a real answer, not a missing one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum YesNo {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Don't know.
    DontKnow,
}

impl YesNo {
    /// All three, in the order a form shows them.
    pub const ALL: [YesNo; 3] = [YesNo::Yes, YesNo::No, YesNo::DontKnow];

    /// The option id under which a questionnaire attaches effects to this answer.
    pub fn option_id(self) -> &'static str {
        match self {
            YesNo::Yes => "yes",
            YesNo::No => "no",
            YesNo::DontKnow => "dont_know",
        }
    }

    /// The label shown when the questionnaire gives none.
    pub fn default_label(self) -> &'static str {
        match self {
            YesNo::Yes => "Yes",
            YesNo::No => "No",
            YesNo::DontKnow => "Don't know",
        }
    }
}

impl Answer {
    /// The option ids this answer selects: the chosen option(s), the yes/no/dont_know id, or the
    /// picked apps. Text, number and date answers select none.
    pub fn selected(&self) -> Vec<&str> {
        match self {
            Answer::Choice(id) => vec![id.as_str()],
            Answer::Choices(ids) | Answer::Apps(ids) => ids.iter().map(String::as_str).collect(),
            Answer::YesNo(value) => vec![value.option_id()],
            Answer::Text(_) | Answer::Number(_) | Answer::Date(_) => Vec::new(),
        }
    }

    /// Whether the answer says anything: an empty text or an empty selection counts as no answer,
    /// so a required question is not satisfied by clearing a field.
    pub fn is_given(&self) -> bool {
        match self {
            Answer::Choice(id) => !id.trim().is_empty(),
            Answer::Choices(ids) | Answer::Apps(ids) => !ids.is_empty(),
            Answer::Text(text) | Answer::Date(text) => !text.trim().is_empty(),
            Answer::YesNo(_) => true,
            Answer::Number(value) => value.is_finite(),
        }
    }

    /// The variant as an assessment file writes it (`Choice`, `YesNo`…): data for messages, which
    /// the presentation layer words.
    pub fn variant(&self) -> &'static str {
        match self {
            Answer::Choice(_) => "Choice",
            Answer::Choices(_) => "Choices",
            Answer::YesNo(_) => "YesNo",
            Answer::Text(_) => "Text",
            Answer::Number(_) => "Number",
            Answer::Date(_) => "Date",
            Answer::Apps(_) => "Apps",
        }
    }
}
