//! Serde structs mirroring a questionnaire file field by field. Nothing here is checked yet:
//! see `validate.rs`.

use super::condition::Condition;
use super::{QuestionKind, ReportPart};
use crate::effect::Effect;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Questionnaire {
    pub id: String,
    pub version: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub sections: Vec<Section>,
    #[serde(default)]
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub consistency: Vec<Consistency>,
    #[serde(default)]
    pub regimes: Vec<Regime>,
    #[serde(default)]
    pub unsuitable: Vec<Unsuitable>,
    #[serde(default)]
    pub moved: Vec<Moved>,
    #[serde(default)]
    pub organisation_region: Option<String>,
    #[serde(default)]
    pub current_use: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Section {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub intro: String,
    #[serde(default)]
    pub report: ReportPart,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Question {
    pub id: String,
    pub text: String,
    pub help: String,
    pub kind: QuestionKind,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub show_if: Option<Condition>,
    #[serde(default)]
    pub options: Vec<Choice>,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub max: Option<f64>,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub describe: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Choice {
    pub id: String,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub phrase: String,
    #[serde(default)]
    pub describe: String,
    #[serde(default)]
    pub effects: Vec<Effect>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Rule {
    pub id: String,
    pub title: String,
    pub citation: String,
    pub explanation: String,
    pub when: Condition,
    pub effects: Vec<Effect>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Consistency {
    pub id: String,
    pub when: Condition,
    pub finding: String,
    #[serde(default)]
    pub law: Option<LawCitation>,
    pub resolve: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct LawCitation {
    pub topic: String,
    pub cites: std::collections::BTreeMap<String, String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Regime {
    pub id: String,
    pub when: Condition,
    pub law: String,
    pub authority: String,
    pub assessment: super::Requirement,
    #[serde(default)]
    pub assessment_reference: String,
    pub prior_consultation: super::Requirement,
    #[serde(default)]
    pub prior_consultation_reference: String,
    #[serde(default)]
    pub description_reference: String,
    #[serde(default)]
    pub necessity_reference: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Unsuitable {
    pub id: String,
    pub when: Condition,
    pub controls: Vec<String>,
    pub reason: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Moved {
    pub from: String,
    pub to: String,
    pub when: Condition,
}
