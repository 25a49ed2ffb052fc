//! The assessment file as serde sees it, both ways: read and written field by field.

use crate::answer::Answers;
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Assessment")]
pub(crate) struct Assessment {
    pub format_version: u32,
    pub questionnaire: QuestionnaireRef,
    pub metadata: Metadata,
    #[serde(default)]
    pub answers: Answers,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuestionnaireRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Metadata {
    pub organisation: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub assessor: String,
    #[serde(default)]
    pub dpo: String,
    pub assessment_date: String,
    #[serde(default)]
    pub review_date: String,
    #[serde(default)]
    pub assessment_version: String,
}
