//! The assessment file as serde sees it, both ways: read and written field by field. This is
//! the current format, [`super::FORMAT_VERSION`]; older formats are read by their own modules
//! (such as [`super::format_1`]) and migrated to this one.

use super::sign_off::{AdviceOutcome, MeasureStatus};
use crate::answer::Answers;
use crate::knowledge::FactValue;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename = "Assessment")]
pub(crate) struct Assessment {
    /// The file format: 5, the one msgdpia writes. Formats 2 to 4 are this one without the
    /// fields added since, which default; format 1 is read by its own structs and migrated, and
    /// a newer format is refused.
    #[schemars(range(min = 2, max = super::FORMAT_VERSION))]
    pub format_version: u32,
    pub questionnaire: QuestionnaireRef,
    pub metadata: Metadata,
    #[serde(default)]
    pub answers: Answers,
    #[serde(default)]
    pub sign_off: SignOff,
    #[serde(default, skip_serializing_if = "Judgement::is_empty")]
    pub judgement: Judgement,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compared: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scored_with: Option<ScoredWith>,
}

/// Format 5: the assessor's own judgement.
#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct Judgement {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<RiskOverride>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub own_risks: Vec<OwnRisk>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub own_measures: Vec<OwnMeasure>,
}

impl Judgement {
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
            && self.overrides.is_empty()
            && self.own_risks.is_empty()
            && self.own_measures.is_empty()
    }
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct OwnRisk {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub harm: String,
    pub feared_event: crate::knowledge::FearedEvent,
    pub likelihood: u8,
    pub severity: u8,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct OwnMeasure {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub wording: String,
    #[serde(default)]
    pub reduces: Vec<OwnReduction>,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename = "Reduces")]
pub(crate) struct OwnReduction {
    pub risk: String,
    #[serde(default)]
    pub likelihood: u8,
    #[serde(default)]
    pub severity: u8,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default, rename = "Override")]
pub(crate) struct RiskOverride {
    pub risk: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub app: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub likelihood: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<u8>,
    pub reason: String,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ScoredWith {
    pub knowledge_base: String,
    pub version: String,
    pub sha256: String,
    #[serde(default)]
    pub facts: BTreeMap<String, BTreeMap<String, FactValue>>,
    pub stance: String,
    #[serde(default)]
    pub residual: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct SignOff {
    pub measures: Vec<PlannedMeasure>,
    pub measures_approval: Approval,
    pub residual_risks_approval: Approval,
    pub dpo_advice: String,
    pub dpo_advice_outcome: AdviceOutcome,
    pub overruled_reason: String,
    pub consultation_responses: String,
    pub kept_under_review_by: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub consultations: Vec<Consultation>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub individuals_not_consulted_because: String,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct Consultation {
    pub who: String,
    pub how: String,
    pub on: String,
    pub views: String,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct Revision {
    pub version: String,
    pub on: String,
    pub by: String,
    pub changes: String,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct Approval {
    pub by: String,
    pub on: String,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PlannedMeasure {
    pub control: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub status: MeasureStatus,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuestionnaireRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Revision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distribution: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributors: Vec<Contributor>,
}

/// Format 5: who else contributed to the assessment.
#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct Contributor {
    pub name: String,
    pub role: String,
}
